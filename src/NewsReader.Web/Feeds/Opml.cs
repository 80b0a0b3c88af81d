using System.Xml.Linq;
using NewsReader.Web.Data;
using NewsReader.Web.Fetching;

namespace NewsReader.Web.Feeds;

/// <summary>
/// OPML 2.0 subscription lists: an <c>&lt;outline type="rss" xmlUrl=…&gt;</c> per feed, nested in an outline per folder
/// (or with a <c>category</c> attribute, as some readers write). Read with <see cref="SafeXml"/>.
/// </summary>
public static class Opml
{
    public sealed record Subscription(string XmlUrl, string? Title, string? Folder);

    /// <summary>The subscriptions in <paramref name="xml"/>, or the reason it could not be read.</summary>
    public static (IReadOnlyList<Subscription> Subscriptions, string? Error) Read(string xml)
    {
        var (document, error) = SafeXml.Parse(xml);
        if (document?.Root is not { Name.LocalName: "opml" } root) return ([], error ?? "this is not an OPML file (its root element is not <opml>)");
        var found = new List<Subscription>();
        void Walk(XElement parent, string? folder)
        {
            foreach (var outline in parent.Elements("outline"))
            {
                var title = (string?)outline.Attribute("title") ?? (string?)outline.Attribute("text");
                if ((string?)outline.Attribute("xmlUrl") is { Length: > 0 } url)
                {
                    var category = ((string?)outline.Attribute("category"))?.Split(',')[0].Trim('/', ' ');
                    found.Add(new(url.Trim(), title, folder ?? (string.IsNullOrEmpty(category) ? null : category)));
                }
                else
                {
                    Walk(outline, string.IsNullOrWhiteSpace(title) ? folder : folder is null ? title.Trim() : $"{folder}/{title.Trim()}");
                }
            }
        }
        if (root.Element("body") is { } body) Walk(body, null);
        return (found, null);
    }

    /// <summary>An OPML 2.0 document of <paramref name="feeds"/>, each folder an outline of its own.</summary>
    public static XDocument Write(IEnumerable<StoredFeed> feeds, DateTime nowUtc)
    {
        static XElement Outline(StoredFeed feed) => new("outline",
            new XAttribute("type", "rss"), new XAttribute("text", feed.Title), new XAttribute("title", feed.Title),
            new XAttribute("xmlUrl", feed.Url), feed.SiteUrl is null ? null : new XAttribute("htmlUrl", feed.SiteUrl));
        var body = new XElement("body");
        foreach (var group in feeds.GroupBy(f => f.Folder).OrderBy(g => g.Key is not null).ThenBy(g => g.Key, StringComparer.OrdinalIgnoreCase))
        {
            var items = group.OrderBy(f => f.Title, StringComparer.OrdinalIgnoreCase).Select(Outline);
            if (group.Key is null) body.Add(items);
            else body.Add(new XElement("outline", new XAttribute("text", group.Key), new XAttribute("title", group.Key), items));
        }
        return new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement("opml", new XAttribute("version", "2.0"),
            new XElement("head", new XElement("title", "NewsReader subscriptions"), new XElement("dateCreated", nowUtc.ToString("R"))), body));
    }
}
