using NewsReader.Web.Fetching;
using NewsReader.Web.Importing.Formats;

namespace NewsReader.Web.Importing;

/// <summary>
/// Saving a page by its address (the import page's form, <c>/add</c>, <c>POST /api/import</c> with <c>url=</c>): the
/// page is fetched by the safe <see cref="Fetcher"/>, then imported through the <see cref="Importer"/> as a saved web
/// page is, from its final address after redirects.
/// </summary>
public sealed class PageImport(Fetcher fetcher, Importer importer)
{
    /// <summary>What happened, as for a file; <see cref="Fetch"/> says why when the page could not be fetched.</summary>
    public sealed record Outcome(ImportResult Result, FetchResult Fetch)
    {
        public bool Fetched => Fetch.Succeeded;
    }

    /// <summary>What a feed knows about an entry's page, used only where the page itself says nothing: the outlet and the date.</summary>
    public sealed record Fallbacks(string? Outlet, DateTimeOffset? Published);

    public Task<Outcome> SaveAsync(string? url, bool dryRun = false, CancellationToken cancellationToken = default) =>
        SaveAsync(url, null, dryRun, cancellationToken);

    public async Task<Outcome> SaveAsync(string? url, Fallbacks? fallbacks, bool dryRun = false, CancellationToken cancellationToken = default)
    {
        var fetched = await fetcher.GetAsync(url ?? "", cancellationToken: cancellationToken);
        if (!fetched.Succeeded) return new(ImportResult.Reject(Importer.Label(fetched.Url), fetched.Error!), fetched);
        var final = fetched.FinalUrl!.ToString();
        if (FormatOf(fetched.MediaType) is not { } format)
            return new(ImportResult.Reject(Importer.Label(final), $"{final}: the address serves {fetched.MediaType}, not a web page"), fetched);
        var text = format == ArticleFormat.Html && fallbacks is not null ? WithFallbacks(fetched.Text!, fallbacks) : fetched.Text!;
        return new(await importer.ImportPageAsync(final, text, format, dryRun, cancellationToken), fetched);
    }

    /// <summary>
    /// The page with meta tags for what it does not name itself (no site name: the feed's title as outlet; no date: the
    /// entry's), added at the end of its head; a page that names them is left as it is.
    /// </summary>
    private static string WithFallbacks(string html, Fallbacks fallbacks)
    {
        var metadata = new PageMetadata(new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html));
        var tags = new System.Text.StringBuilder();
        if (metadata.SiteName is null && !string.IsNullOrWhiteSpace(fallbacks.Outlet))
            tags.Append($"<meta property=\"og:site_name\" content=\"{System.Net.WebUtility.HtmlEncode(fallbacks.Outlet)}\">\n");
        if (metadata.Published() is null && fallbacks.Published is { } published)
            tags.Append($"<meta property=\"article:published_time\" content=\"{published.ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture)}\">\n");
        if (tags.Length == 0) return html;
        var end = html.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        return end < 0 ? tags + html : html.Insert(end, tags.ToString());
    }

    /// <summary>The import format for a media type: web pages as HTML, plain text and Markdown as themselves, anything else none.</summary>
    private static ArticleFormat? FormatOf(string? mediaType) => mediaType switch
    {
        null or "text/html" or "application/xhtml+xml" => ArticleFormat.Html,
        "text/plain" => ArticleFormat.Text,
        "text/markdown" or "text/x-markdown" => ArticleFormat.Markdown,
        _ => null,
    };
}
