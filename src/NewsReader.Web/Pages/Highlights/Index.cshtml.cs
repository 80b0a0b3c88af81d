using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsReader.Web.Data;
using NewsReader.Web.Reading;

namespace NewsReader.Web.Pages.Highlights;

/// <summary>Every highlight in the library, newest first, filtered by article, outlet, speaker or words; export and import.</summary>
public sealed class IndexModel(NewsReaderDb db, HighlightTransfer transfer, HighlightStore store, LibraryCache cache) : PageModel
{
    public HighlightFilter Filter { get; private set; } = new();
    public IReadOnlyList<HighlightRow> Rows { get; private set; } = [];
    public long? NextAfter { get; private set; }
    public bool IsLaterPage { get; private set; }
    public int Total { get; private set; }
    public string? ArticleHeadline { get; private set; }
    public IReadOnlyList<string> Outlets { get; private set; } = [];
    public IReadOnlyList<(string Slug, string Name)> Speakers { get; private set; } = [];

    /// <summary>What an import of highlights did, or why it was refused.</summary>
    public HighlightTransfer.ImportSummary? Imported { get; private set; }
    public string? ImportError { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? article, string? outlet, string? speaker, string? q, long? after, CancellationToken cancellationToken)
    {
        await LoadAsync(HighlightFilter.From(article, outlet, speaker, q), after, cancellationToken);
        return Page();
    }

    /// <summary>Brings back highlights from a Highlights JSON export (this library's or another's with the same articles).</summary>
    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0) ImportError = "Choose a Highlights export (a .json file) to import.";
        else if (file.Length > HighlightTransfer.MaxImportBytes) ImportError = $"{file.FileName}: the file is larger than {HighlightTransfer.MaxImportBytes / (1024 * 1024)} MB.";
        else
        {
            await using var stream = file.OpenReadStream();
            try { Imported = await transfer.ImportAsync(stream, cancellationToken); }
            catch (HighlightException refused) { ImportError = $"{file.FileName}: {refused.Message}"; }
        }
        if (ImportError is not null) Response.StatusCode = StatusCodes.Status400BadRequest;
        await LoadAsync(new HighlightFilter(), null, cancellationToken);
        return Page();
    }

    private async Task LoadAsync(HighlightFilter filter, long? after, CancellationToken cancellationToken)
    {
        Filter = filter = await filter.WithSpeakerFormsAsync(cache, db, cancellationToken);
        IsLaterPage = after is not null;
        var rows = await HighlightQueries.CurrentAsync(store, () => HighlightQueries.Rows(db, filter, after).Take(HighlightQueries.PageSize + 1).ToListAsync(cancellationToken), cancellationToken);
        NextAfter = rows.Count > HighlightQueries.PageSize ? rows[HighlightQueries.PageSize - 1].Id : null;
        Rows = rows.Take(HighlightQueries.PageSize).ToList();
        Total = await db.Highlights.CountAsync(cancellationToken);
        if (filter.Article is { } slug)
            ArticleHeadline = await db.Articles.AsNoTracking().Where(a => a.Slug == slug).Select(a => a.Headline).FirstOrDefaultAsync(cancellationToken);
        (Outlets, Speakers) = await HighlightQueries.FacetsAsync(db, cancellationToken);
    }
}
