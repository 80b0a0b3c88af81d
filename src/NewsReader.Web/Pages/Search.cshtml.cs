using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsReader.Web.Data;
using NewsReader.Web.Reading;
using NewsReader.Web.Search;

namespace NewsReader.Web.Pages;

/// <summary>Full-text search. Any input gives results or "no results", never an error.</summary>
public sealed class SearchModel(NewsReaderDb db, ISearchIndex search, LibraryCache cache) : PageModel
{
    public const int PageSize = 20;

    public string Query { get; private set; } = "";
    public SearchQuery Parsed { get; private set; } = SearchQuery.Parse(null);
    public SearchResults Results { get; private set; } = new([], false);
    public int PageNumber { get; private set; } = 1;

    /// <summary>Highlights whose words or note hold the query as typed (first page only), and whether there are more.</summary>
    public IReadOnlyList<HighlightRow> Highlights { get; private set; } = [];
    public bool MoreHighlights { get; private set; }
    public const int HighlightCount = 5;

    public async Task OnGetAsync(string? q, int? page, CancellationToken cancellationToken)
    {
        Query = q is null ? "" : q.Length > SearchQuery.MaxLength ? q[..SearchQuery.MaxLength] : q;
        Parsed = SearchQuery.Parse(Query);
        PageNumber = Math.Clamp(page ?? 1, 1, 50);
        // The same search again, before the library changes, is answered from memory.
        Results = Parsed.IsEmpty ? new SearchResults([], false)
            : await cache.GetAsync($"search:{PageNumber}:{Parsed}", () => search.SearchAsync(db, Parsed, PageNumber, PageSize, cancellationToken));
        // Search covers the reader's own notes too.
        if (PageNumber == 1 && HighlightFilter.From(null, null, null, Query) is { Text: not null } notes)
        {
            var rows = await HighlightQueries.Rows(db, notes).Take(HighlightCount + 1).ToListAsync(cancellationToken);
            (Highlights, MoreHighlights) = (rows.Take(HighlightCount).ToList(), rows.Count > HighlightCount);
        }
    }
}
