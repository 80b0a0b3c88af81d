using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace NewsReader.Web.Importing.Formats;

/// <summary>
/// Reads a saved web page. Headline from <see cref="Title"/>; authors from meta author, article:author, rel=author or
/// JSON-LD; published from article:published_time, &lt;time datetime&gt; or JSON-LD datePublished; caption from
/// figure/figcaption; section from article:section; the body from <see cref="BodyExtractor"/>, which scores the page's
/// containers to find the article. The page is never rendered: only its text is kept.
/// </summary>
public static class HtmlConverter
{
    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = false });

    public static ArticleDraft Convert(string html)
    {
        var document = Parser.ParseDocument(html);
        var draft = new ArticleDraft();
        var jsonLd = ReadJsonLd(document);

        draft.Title = Title(document, jsonLd.Headline);
        draft.Section = Meta(document, "article:section") ?? jsonLd.Section;
        draft.Outlet = Meta(document, "og:site_name") ?? jsonLd.Publisher;
        draft.Published = Meta(document, "article:published_time") ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime") ?? jsonLd.Published;
        draft.Updated = Meta(document, "article:modified_time") ?? jsonLd.Modified;
        draft.SourceUrl = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? Meta(document, "og:url");
        draft.Description = Meta(document, "og:description") ?? Meta(document, "description");

        var authors = document.QuerySelectorAll("meta[name=author]").Select(m => m.GetAttribute("content"))
            .Concat(document.QuerySelectorAll("meta[property='article:author']").Select(m => m.GetAttribute("content")))
            .Concat(document.QuerySelectorAll("a[rel~=author], [rel~=author]").Select(a => Text(a)))
            .Concat(jsonLd.Authors)
            .Select(a => ArticleDraft.OneLine(a))
            .Where(a => a.Length is > 0 and < 100 && !a.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase);
        draft.Authors.AddRange(authors);

        var figure = document.QuerySelector("article figure figcaption, main figure figcaption") ?? document.QuerySelector("figure figcaption");
        if (figure is not null)
        {
            var credit = figure.QuerySelector("[class*=credit], [class*=copyright], small, cite");
            draft.Credit = Text(credit);
            credit?.Remove();
            draft.Caption = Text(figure);
        }

        foreach (var block in BodyExtractor.Extract(document, draft.Title)) draft.Blocks.Add((block.Text, block.IsHeading));
        return draft;
    }

    private static readonly string[] TitleSeparators = [" | ", " - ", " \u2013 ", " \u2014 ", " \u00BB ", " \u00AB ", " :: ", " : ", " / ", ": "];

    /// <summary>
    /// The article's title: JSON-LD's headline, else the page's heading that its &lt;title&gt; or og:title holds (so that a
    /// site's logo in an h1 is passed over), else og:title or &lt;title&gt; without the site's name ("… | The Everywhereist").
    /// </summary>
    private static string? Title(IDocument document, string? jsonLdHeadline)
    {
        var og = Meta(document, "og:title") ?? Meta(document, "twitter:title");
        var page = Text(document.QuerySelector("head title")) ?? Text(document.QuerySelector("title"));
        var site = Meta(document, "og:site_name") ?? Meta(document, "application-name");
        if (jsonLdHeadline is { Length: > 0 } headline && ArticleDraft.OneLine(headline) is { Length: > 0 } clean) return clean;
        var headings = document.QuerySelectorAll("h1, h2, h3").Select(Text).OfType<string>().Where(h => h.Length >= 4).ToList();
        foreach (var source in new[] { og, page })
        {
            if (source is null) continue;
            // The heading the title was made from: it stands in the title, long enough to be a title of its own.
            var heading = headings.Where(h => Words(h) >= 2 && source.Contains(h, StringComparison.OrdinalIgnoreCase)).MaxBy(h => h.Length);
            if (heading is not null && heading.Length * 2 >= WithoutSiteName(source, site).Length) return heading;
        }
        if (og is not null) return WithoutSiteName(og, site);
        if (page is not null) return WithoutSiteName(page, site);
        return headings.FirstOrDefault();
    }

    // "Title | Site", "Title - Site.com", "Site | Title": the part that is not the site's name, when a separator splits the
    // title into the name and a longer part. At a colon only the site's own name (og:site_name) is taken off.
    private static string WithoutSiteName(string title, string? site)
    {
        if (site is { Length: > 0 })
        {
            foreach (var separator in TitleSeparators)
            {
                if (title.EndsWith(separator + site, StringComparison.OrdinalIgnoreCase)) return title[..^(separator.Length + site.Length)].Trim();
                if (title.StartsWith(site + separator, StringComparison.OrdinalIgnoreCase)) return title[(site.Length + separator.Length)..].Trim();
            }
        }
        foreach (var separator in TitleSeparators)
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (separator != ": " && at > 0 && (Words(title[..at]) >= 3 || title[..at].Trim().Length >= 15)
                && Words(title[(at + separator.Length)..]) <= 4 && title.Length - at - separator.Length <= 40) return title[..at].Trim();
            var first = title.IndexOf(separator, StringComparison.Ordinal);
            // "Site | Title", "Site » Title"; never at a colon, which titles use for themselves ("Brexit: what happens next").
            if (first > 0 && Words(title[..first]) <= 4 && Words(title[(first + separator.Length)..]) >= 3 && separator is " | " or " \u00BB ")
                return title[(first + separator.Length)..].Trim();
        }
        return title;
    }

    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static string? Meta(IDocument document, string name)
    {
        var meta = document.QuerySelectorAll("meta").FirstOrDefault(m =>
            string.Equals(m.GetAttribute("property"), name, StringComparison.OrdinalIgnoreCase) ||
            string.Equals(m.GetAttribute("name"), name, StringComparison.OrdinalIgnoreCase));
        var value = ArticleDraft.OneLine(meta?.GetAttribute("content"));
        // Some pages escape their metadata twice ("&amp;quot;"): what is left of an entity is decoded once more.
        if (value.Contains('&') && value.Contains(';')) value = ArticleDraft.OneLine(System.Net.WebUtility.HtmlDecode(value));
        return value.Length > 0 ? value : null;
    }

    private static string? Text(IElement? element)
    {
        var text = ArticleDraft.OneLine(element?.TextContent);
        return text.Length > 0 ? text : null;
    }

    private sealed record JsonLd(string? Headline, string? Section, string? Publisher, string? Published, string? Modified, List<string> Authors);

    private static JsonLd ReadJsonLd(IDocument document)
    {
        var result = new JsonLd(null, null, null, null, null, []);
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 32 });
                foreach (var item in Items(json.RootElement))
                {
                    if (!IsArticle(item)) continue;
                    result = result with
                    {
                        Headline = result.Headline ?? String(item, "headline"),
                        Section = result.Section ?? String(item, "articleSection"),
                        Published = result.Published ?? String(item, "datePublished"),
                        Modified = result.Modified ?? String(item, "dateModified"),
                        Publisher = result.Publisher ?? (item.TryGetProperty("publisher", out var p) ? Name(p) : null),
                    };
                    if (item.TryGetProperty("author", out var author))
                        result.Authors.AddRange((author.ValueKind == JsonValueKind.Array ? author.EnumerateArray().ToList() : [author]).Select(Name).OfType<string>());
                }
            }
            catch (JsonException)
            {
                // A broken JSON-LD block is ignored; the page's other metadata still counts.
            }
        }
        return result;
    }

    private static IEnumerable<JsonElement> Items(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Array) { foreach (var item in root.EnumerateArray()) foreach (var inner in Items(item)) yield return inner; }
        else if (root.ValueKind == JsonValueKind.Object)
        {
            yield return root;
            if (root.TryGetProperty("@graph", out var graph)) foreach (var inner in Items(graph)) yield return inner;
        }
    }

    private static bool IsArticle(JsonElement item) =>
        item.TryGetProperty("@type", out var type) && Types(type).Any(t => t.Contains("Article", StringComparison.OrdinalIgnoreCase) || t is "Report" or "BlogPosting");

    private static IEnumerable<string> Types(JsonElement type) => type.ValueKind switch
    {
        JsonValueKind.String => [type.GetString() ?? ""],
        JsonValueKind.Array => type.EnumerateArray().Select(t => t.ToString()),
        _ => [],
    };

    private static string? String(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.ValueKind == JsonValueKind.Array && value.GetArrayLength() > 0 ? value[0].ToString() : null : null;

    private static string? Name(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Object when value.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String => name.GetString(),
        _ => null,
    };
}
