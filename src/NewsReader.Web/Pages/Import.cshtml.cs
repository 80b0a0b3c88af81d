using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using NewsReader.Web.Fetching;
using NewsReader.Web.Importing;

namespace NewsReader.Web.Pages;

/// <summary>
/// Upload one or more article files, or save a page by its address; each gets a line saying what happened to it. The
/// page also offers the bookmarklet that opens <c>/add</c> for the page being read.
/// </summary>
[RequestSizeLimit(UploadLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadLimit)]
public sealed class ImportModel(Importer importer, PageImport pages, IOptions<FetchOptions> fetch) : PageModel
{
    public const long UploadLimit = 64L * 1024 * 1024;

    public IReadOnlyList<ImportResult> Results { get; private set; } = [];
    public string? Notice { get; private set; }
    public long MaxFileBytes => importer.MaxFileBytes;
    public FetchOptions FetchLimits => fetch.Value;

    /// <summary>The address typed into the save form, shown again after a rejection.</summary>
    public string? Address { get; private set; }

    /// <summary>
    /// The bookmarklet: a <c>javascript:</c> link that opens this app's <c>/add</c> page for the page being read. It runs
    /// from the bookmarks bar on the other site's page, never on ours (our Content-Security-Policy would block it here).
    /// </summary>
    public string Bookmarklet => AddPage.Bookmarklet(Request);

    public void OnGet()
    {
    }

    /// <summary>Saves the page at <paramref name="url"/> (the form here and the confirm page <c>/add</c> post to this).</summary>
    public async Task<IActionResult> OnPostUrlAsync(string? url, CancellationToken cancellationToken)
    {
        Address = url;
        if (string.IsNullOrWhiteSpace(url))
        {
            Notice = "Type or paste the address of a page to save.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        Results = [(await pages.SaveAsync(url, cancellationToken: cancellationToken)).Result];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(List<IFormFile>? files, CancellationToken cancellationToken)
    {
        if (files is null || files.Count == 0)
        {
            Notice = "Choose one or more article files to import.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var results = new List<ImportResult>(files.Count);
        foreach (var file in files)
        {
            if (file.Length > importer.MaxFileBytes && !file.FileName.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
            {
                results.Add(ImportResult.Reject(Path.GetFileName(file.FileName), $"the file is larger than the {Importer.FormatSize(importer.MaxFileBytes)} limit"));
                continue;
            }
            // Browsers send a bare name, but the name is only ever a label: strip any folder part.
            var name = Path.GetFileName(file.FileName.Replace('\\', '/'));
            await using var stream = file.OpenReadStream();
            results.AddRange(await importer.ImportAsync(name, stream, cancellationToken: cancellationToken));
        }
        Results = results;
        return Page();
    }
}
