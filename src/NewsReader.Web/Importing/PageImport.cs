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

    public async Task<Outcome> SaveAsync(string? url, bool dryRun = false, CancellationToken cancellationToken = default)
    {
        var fetched = await fetcher.GetAsync(url ?? "", cancellationToken: cancellationToken);
        if (!fetched.Succeeded) return new(ImportResult.Reject(Importer.Label(fetched.Url), fetched.Error!), fetched);
        var final = fetched.FinalUrl!.ToString();
        if (FormatOf(fetched.MediaType) is not { } format)
            return new(ImportResult.Reject(Importer.Label(final), $"{final}: the address serves {fetched.MediaType}, not a web page"), fetched);
        return new(await importer.ImportPageAsync(final, fetched.Text!, format, dryRun, cancellationToken), fetched);
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
