using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsReader.Web.Data;
using NewsReader.Web.Reading;

namespace NewsReader.Web.Pages.Speakers;

/// <summary>All of one speaker's quotes across the library, newest first, each linked back to its place in the article.</summary>
public sealed class SpeakerModel(NewsReaderDb db) : PageModel
{
    public const int Limit = 500;

    public string Slug { get; private set; } = "";
    public string Name { get; private set; } = "";
    public IReadOnlyList<string> Roles { get; private set; } = [];
    public IReadOnlyList<SpeakerQueries.QuoteRow> Quotes { get; private set; } = [];
    public int ArticleCount { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (slug.Length > 200) return NotFound();
        var quotes = await SpeakerQueries.QuotesAsync(db, slug, Limit, cancellationToken);
        if (quotes.Count == 0) return NotFound();
        Slug = slug;
        Quotes = quotes;
        Name = quotes.GroupBy(q => q.Speaker).OrderByDescending(g => g.Count()).First().Key;
        Roles = quotes.Where(q => q.Role is not null).Select(q => q.Role!).Distinct().ToList();
        ArticleCount = quotes.Select(q => q.ArticleSlug).Distinct().Count();
        return Page();
    }
}
