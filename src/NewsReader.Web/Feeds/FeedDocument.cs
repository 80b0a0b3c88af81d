using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using NewsReader.Web.Fetching;

namespace NewsReader.Web.Feeds;

/// <summary>One entry of a feed: its link, and its content as HTML when the feed carries the whole article.</summary>
public sealed record FeedEntry(string? Link, string? Title, string? ContentHtml, string? Summary, DateTimeOffset? Published, string? Author);

/// <summary>
/// A feed read from its text: RSS 2.0 and Atom 1.0 by System.ServiceModel.Syndication (through <see cref="SafeXml"/>, so
/// DTD processing is off), RSS 1.0 (RDF) from the same safe <see cref="XDocument"/>, JSON Feed 1.x by System.Text.Json.
/// Never throws on content: what is no feed comes back with <see cref="Error"/> in words.
/// </summary>
public sealed partial record FeedDocument(string Title, string? SiteUrl, IReadOnlyList<FeedEntry> Entries, string? Error = null)
{
    private const string ContentNs = "http://purl.org/rss/1.0/modules/content/";
    private const string RdfNs = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private const string Rss1Ns = "http://purl.org/rss/1.0/";
    private const string DcNs = "http://purl.org/dc/elements/1.1/";

    private const string NotAFeed = "this is a web page (HTML), not a feed";

    public bool IsFeed => Error is null;

    public static FeedDocument Failed(string error) => new("", null, [], error);

    public static FeedDocument Parse(string text, string? mediaType = null)
    {
        var trimmed = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (trimmed.StartsWith('{') || mediaType is "application/feed+json" or "application/json")
            return ParseJson(trimmed);
        if (!trimmed.StartsWith('<')) return Failed("this is not a feed (neither XML nor JSON)");
        if (trimmed.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("<html", StringComparison.OrdinalIgnoreCase))
            return Failed(NotAFeed);
        var (document, error) = SafeXml.Parse(trimmed);
        if (document?.Root is not { } root) return Failed(error ?? "the XML is empty");
        if (root.Name.LocalName == "html") return Failed(NotAFeed);
        if (root.Name == XName.Get("RDF", RdfNs)) return ParseRdf(root);
        try
        {
            using var reader = SafeXml.CreateReader(trimmed);
            reader.MoveToContent();
            var formatter = root.Name.LocalName == "feed" ? (SyndicationFeedFormatter)new Atom10FeedFormatter() : new Rss20FeedFormatter();
            formatter.DateTimeParser = TryParseDate;
            if (!formatter.CanRead(reader)) return Failed($"this XML is no feed (its root element is <{root.Name.LocalName}>)");
            formatter.ReadFrom(reader);
            var feed = formatter.Feed;
            var site = feed.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.Uri?.ToString();
            return new(feed.Title?.Text?.Trim() ?? "", site, feed.Items.Select(FromSyndication).ToList());
        }
        catch (Exception exception) when (exception is XmlException or FormatException or ArgumentException or InvalidOperationException)
        {
            return Failed("the feed could not be read: " + exception.Message);
        }
    }

    private static FeedEntry FromSyndication(SyndicationItem item)
    {
        var link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.Uri?.ToString()
            ?? (Uri.TryCreate(item.Id, UriKind.Absolute, out var id) && id.Scheme.StartsWith("http", StringComparison.Ordinal) ? item.Id : null);
        var encoded = Extension(item, "encoded", ContentNs);
        var content = encoded ?? (item.Content as TextSyndicationContent)?.Text;
        var date = item.PublishDate != default ? item.PublishDate : item.LastUpdatedTime != default ? item.LastUpdatedTime : (DateTimeOffset?)null;
        var author = item.Authors.Select(a => a.Name ?? a.Email).FirstOrDefault(a => !string.IsNullOrWhiteSpace(a))
            ?? Extension(item, "creator", DcNs);
        return new(link, item.Title?.Text, NullIfBlank(content), NullIfBlank(item.Summary?.Text), date, author);
    }

    // Syndication's own parser throws on a date it cannot read, losing the whole feed; outlets write dates in their own
    // language ("Rabu, 13 Agu 2025 07:30:00 +0700"), so a date is read leniently and an unreadable one is left out.
    private static bool TryParseDate(XmlDateTimeData data, out DateTimeOffset date)
    {
        date = default;
        var text = DayName().Replace(data.DateTimeString.Trim(), "");
        foreach (var (local, english) in Months) text = text.Replace(" " + local + " ", " " + english + " ", StringComparison.OrdinalIgnoreCase);
        text = CompactOffset().Replace(text, "$1:$2");
        text = text.EndsWith(" WIB", StringComparison.Ordinal) ? text[..^4] + " +07:00" : text;
        if (DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var parsed)) date = parsed;
        return true;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^[^\d,]+,\s*")]
    private static partial System.Text.RegularExpressions.Regex DayName();

    [System.Text.RegularExpressions.GeneratedRegex(@"([+-]\d\d)(\d\d)$")]
    private static partial System.Text.RegularExpressions.Regex CompactOffset();

    // Indonesian month names and abbreviations that differ from the English ones.
    private static readonly (string Local, string English)[] Months =
    [
        ("Januari", "Jan"), ("Februari", "Feb"), ("Peb", "Feb"), ("Maret", "Mar"), ("Mei", "May"), ("Juni", "Jun"), ("Juli", "Jul"),
        ("Agustus", "Aug"), ("Agu", "Aug"), ("Agt", "Aug"), ("Oktober", "Oct"), ("Okt", "Oct"), ("Desember", "Dec"), ("Des", "Dec"),
    ];

    private static string? Extension(SyndicationItem item, string name, string ns) =>
        item.ElementExtensions.Where(e => e.OuterName == name && e.OuterNamespace == ns).Select(e => e.GetObject<XElement>().Value).FirstOrDefault();

    // RSS 1.0: <rdf:RDF><channel/><item rdf:about=…><title/><link/><description/><dc:date/><content:encoded/></item></rdf:RDF>.
    private static FeedDocument ParseRdf(XElement root)
    {
        XName Rss(string name) => XName.Get(name, Rss1Ns);
        var channel = root.Element(Rss("channel"));
        var entries = root.Elements(Rss("item")).Select(item => new FeedEntry(
            NullIfBlank(item.Element(Rss("link"))?.Value.Trim()) ?? (string?)item.Attribute(XName.Get("about", RdfNs)),
            item.Element(Rss("title"))?.Value.Trim(),
            NullIfBlank(item.Element(XName.Get("encoded", ContentNs))?.Value),
            NullIfBlank(item.Element(Rss("description"))?.Value),
            DateTimeOffset.TryParse(item.Element(XName.Get("date", DcNs))?.Value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date) ? date : null,
            item.Element(XName.Get("creator", DcNs))?.Value.Trim())).ToList();
        return new(channel?.Element(Rss("title"))?.Value.Trim() ?? "", channel?.Element(Rss("link"))?.Value.Trim(), entries);
    }

    // JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/): title, home_page_url, items[] with url, content_html, summary, date_published.
    private static FeedDocument ParseJson(string text)
    {
        try
        {
            using var json = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 32 });
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object || Str(root, "version") is not { } version || !version.StartsWith("https://jsonfeed.org/version/", StringComparison.Ordinal))
                return Failed("this JSON is no JSON Feed (it has no \"version\": \"https://jsonfeed.org/version/1.1\")");
            var entries = new List<FeedEntry>();
            if (root.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array)
                foreach (var item in items.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.Object))
                {
                    var author = item.TryGetProperty("authors", out var authors) && authors.ValueKind == JsonValueKind.Array
                        ? authors.EnumerateArray().Select(a => a.ValueKind == JsonValueKind.Object ? Str(a, "name") : null).FirstOrDefault(n => n is not null)
                        : null;
                    entries.Add(new(Str(item, "url") ?? Str(item, "external_url"), Str(item, "title"), NullIfBlank(Str(item, "content_html")),
                        NullIfBlank(Str(item, "summary") ?? Str(item, "content_text")),
                        DateTimeOffset.TryParse(Str(item, "date_published"), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date) ? date : null,
                        author));
                }
            return new(Str(root, "title") ?? "", Str(root, "home_page_url"), entries);
        }
        catch (JsonException exception)
        {
            return Failed("the JSON is not well-formed: " + exception.Message);
        }
    }

    private static string? Str(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
