using System.ComponentModel;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using NewsReader.Web.Data;
using NewsReader.Web.Reading;
using NewsReader.Web.Search;

namespace NewsReader.Web.Api;

/// <summary>A search hit. <see cref="Marks"/> locates the matched words in <see cref="Snippet"/> as [start, length] pairs.</summary>
public sealed record SearchResult(string Slug, string Url, string Headline, string? Section, string? Outlet, string? Published,
    string Snippet, IReadOnlyList<int[]> Marks);

/// <summary>One page of results, best first; <see cref="Next"/> is the next page's number, or null.</summary>
public sealed record SearchPage(string Query, int Page, IReadOnlyList<SearchResult> Items, int? Next);

/// <summary><c>GET /api/search?q=</c>: the search page's full-text search (the same syntax and ranking) as JSON.</summary>
internal static class SearchApi
{
    public const int PageSize = 20;
    public const int MaxPage = 50;

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/search", SearchAsync)
            .WithName("Search")
            .WithSummary("Full-text search, best first")
            .WithDescription("Words, prefix* words, \"phrases\" and speaker:, section:, outlet: and author: filters, as on the search page. " +
                "Syntax characters are only text: any query gives results or none. 20 results a page, up to page 50.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

    private static async Task<Results<Ok<SearchPage>, ProblemHttpResult>> SearchAsync(
        [Description("The search, up to 500 characters.")] string? q,
        [Description("The page of results, 1 to 50 (default 1).")] int? page,
        NewsReaderDb db, ISearchIndex search, LibraryCache cache, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(q))
            return TypedResults.Problem("Give the search in q.", statusCode: StatusCodes.Status400BadRequest, title: "Missing query");
        if (q.Length > SearchQuery.MaxLength)
            return TypedResults.Problem($"q may be up to {SearchQuery.MaxLength} characters.", statusCode: StatusCodes.Status400BadRequest, title: "Query too long");
        var number = page ?? 1;
        if (number is < 1 or > MaxPage)
            return TypedResults.Problem($"page must be from 1 to {MaxPage}.", statusCode: StatusCodes.Status400BadRequest, title: "Invalid page");
        var parsed = SearchQuery.Parse(q);
        // The same cache entry as the search page's: one search, asked either way, is run once per library version.
        var results = parsed.IsEmpty ? new SearchResults([], false)
            : await cache.GetAsync($"search:{number}:{parsed}", () => search.SearchAsync(db, parsed, number, PageSize, cancellationToken));
        var items = results.Hits.Select(hit =>
        {
            var (snippet, marks) = Unmark(hit.Snippet);
            return new SearchResult(hit.Slug, "/articles/" + hit.Slug, hit.Headline, hit.Section, hit.Outlet, hit.PublishedIso, snippet, marks);
        }).ToList();
        return TypedResults.Ok(new SearchPage(q, number, items, results.HasMore && number < MaxPage ? number + 1 : null));
    }

    /// <summary>The snippet's text without the U+E000/U+E001 markers, and where the marked words stand in it.</summary>
    internal static (string Text, IReadOnlyList<int[]> Marks) Unmark(string snippet)
    {
        var text = new StringBuilder(snippet.Length);
        var marks = new List<int[]>();
        var start = -1;
        foreach (var c in snippet)
        {
            if (c == SearchDocument.MarkStart) start = text.Length;
            else if (c == SearchDocument.MarkEnd && start >= 0)
            {
                marks.Add([start, text.Length - start]);
                start = -1;
            }
            else if (c != SearchDocument.MarkEnd) text.Append(c);
        }
        return (text.ToString(), marks);
    }
}
