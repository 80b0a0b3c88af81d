using Microsoft.AspNetCore.Mvc.RazorPages;
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

    public async Task OnGetAsync(string? q, int? page, CancellationToken cancellationToken)
    {
        Query = q is null ? "" : q.Length > SearchQuery.MaxLength ? q[..SearchQuery.MaxLength] : q;
        Parsed = SearchQuery.Parse(Query);
        PageNumber = Math.Clamp(page ?? 1, 1, 50);
        // The same search again, before the library changes, is answered from memory.
        Results = Parsed.IsEmpty ? new SearchResults([], false)
            : await cache.GetAsync($"search:{PageNumber}:{Parsed}", () => search.SearchAsync(db, Parsed, PageNumber, PageSize, cancellationToken));
    }
}
