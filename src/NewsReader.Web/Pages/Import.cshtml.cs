using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsReader.Web.Importing;

namespace NewsReader.Web.Pages;

/// <summary>Upload one or more article files; each gets a line saying what happened to it.</summary>
[RequestSizeLimit(UploadLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadLimit)]
public sealed class ImportModel(Importer importer) : PageModel
{
    public const long UploadLimit = 64L * 1024 * 1024;

    public IReadOnlyList<ImportResult> Results { get; private set; } = [];
    public string? Notice { get; private set; }
    public long MaxFileBytes => importer.MaxFileBytes;

    public void OnGet()
    {
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
