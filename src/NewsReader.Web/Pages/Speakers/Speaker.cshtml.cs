using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsReader.Web.Data;
using NewsReader.Web.Reading;

namespace NewsReader.Web.Pages.Speakers;

/// <summary>
/// All of one person's quotes across the library, newest first, each linked back to its place in the article, with the
/// names they were quoted under.
/// </summary>
public sealed class SpeakerModel(NewsReaderDb db, LibraryCache cache) : PageModel
{
    public const int PageSize = 50;

    public string Slug { get; private set; } = "";
    public SpeakerQueries.Summary Summary { get; private set; } = null!;
    public IReadOnlyList<SpeakerQueries.QuoteRow> Quotes { get; private set; } = [];
    public int PageNumber { get; private set; }
    public bool HasMore => PageNumber * PageSize < Summary.Quotes;

    public async Task<IActionResult> OnGetAsync(string slug, int? page, CancellationToken cancellationToken)
    {
        if (await SpeakerQueries.PersonAsync(db, cache, slug, cancellationToken) is not { } person) return NotFound();
        // A shorter form of a person's name ("sri-mulyani") leads to the person's page ("sri-mulyani-indrawati").
        if (person.Slug != slug) return RedirectPermanent($"/speakers/{person.Slug}" + (page is > 1 ? $"?page={page}" : ""));
        var (slugs, summary) = (person.Slugs, person.Summary);
        Slug = slug;
        Summary = summary;
        PageNumber = Math.Clamp(page ?? 1, 1, Math.Max(1, (summary.Quotes + PageSize - 1) / PageSize));
        Quotes = await cache.GetAsync($"speaker:{slug}:{PageNumber}",
            () => SpeakerQueries.QuotesAsync(db, slugs, PageSize, cancellationToken, (PageNumber - 1) * PageSize));
        return Page();
    }
}
