using AngleSharp.Html.Parser;

namespace NewsReader.Web.Feeds;

/// <summary>Feed autodiscovery: the feeds a web page names in its head, <c>&lt;link rel="alternate" type="application/rss+xml|atom+xml|feed+json" href=…&gt;</c>.</summary>
public static class Autodiscovery
{
    private static readonly string[] FeedTypes = ["application/rss+xml", "application/atom+xml", "application/feed+json", "application/rdf+xml", "application/json"];

    public static IReadOnlyList<Uri> FeedLinks(string html, Uri pageUrl)
    {
        var document = new HtmlParser().ParseDocument(html);
        return document.QuerySelectorAll("link[rel][href][type]")
            .Where(link => link.GetAttribute("rel")!.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("alternate", StringComparer.OrdinalIgnoreCase)
                && FeedTypes.Contains(link.GetAttribute("type")!.Trim(), StringComparer.OrdinalIgnoreCase))
            .Select(link => Uri.TryCreate(pageUrl, link.GetAttribute("href")!.Trim(), out var uri) ? uri : null)
            .OfType<Uri>()
            .Distinct()
            .ToList();
    }
}
