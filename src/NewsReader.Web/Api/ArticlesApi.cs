using System.ComponentModel;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NewsReader.Web.Data;
using NewsReader.Web.Importing;
using NewsReader.Web.Importing.Formats;
using NewsReader.Web.Reading;

namespace NewsReader.Web.Api;

/// <summary>An article in a list: what the library page shows of it.</summary>
public sealed record ArticleSummary(string Slug, string Url, string Headline, string? Section, string? Outlet, IReadOnlyList<string> Authors,
    string? Published, string Language, int QuoteCount, int WordCount, bool Read, bool Starred);

/// <summary>
/// One article: the <c>parse --json</c> shape (<c>file</c> is the name it was imported from) and its stored state.
/// </summary>
public sealed record ArticleDetail(
    [property: JsonIgnore] ArticleJson Parsed, string Slug, string Url, bool Read, bool Starred, DateTime ImportedUtc, string? SourceUrl,
    IReadOnlyList<HighlightEndpoints.HighlightJson> Highlights)
    : ArticleJson(Parsed);

/// <summary><c>GET /api/articles</c> and <c>GET /api/articles/{slug}</c>.</summary>
internal static class ArticlesApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/articles", ListAsync)
            .WithName("ListArticles")
            .WithSummary("Articles, newest first, with the library's filters")
            .WithDescription("Keyset-paged in the library's order (newest first). Pass the response's next as after to read on; next is null on the last page.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/articles/{slug}", GetAsync)
            .WithName("GetArticle")
            .WithSummary("One article: its parse and its reading state")
            .WithDescription("The parse --json shape of the stored text (parsed afresh), with slug, url, read, starred, importedUtc, sourceUrl and the article's highlights in reading order.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<Ok<Page<ArticleSummary>>, ProblemHttpResult>> ListAsync(
        [AsParameters] LibraryFilterParameters filters,
        [Description(Paging.LimitDescription)] int? limit,
        [Description(Paging.AfterDescription)] string? after,
        NewsReaderDb db, LibraryCache cache, CancellationToken cancellationToken)
    {
        if (Paging.Read(limit, after, CursorKind.Articles, out var take, out var cursor) is { } problem) return problem;
        var query = await filters.ToFilter().ApplyAsync(db.Articles.AsNoTracking(), db, cache, cancellationToken);
        var rows = await query.NewestFirst(cursor).Take(take + 1)
            .Select(a => new { a.Id, a.SortKey, a.Slug, a.Headline, a.Section, a.Outlet, a.Authors, a.PublishedIso, a.Language, a.QuoteCount, a.WordCount, a.IsRead, a.IsStarred })
            .ToListAsync(cancellationToken);
        var page = Paging.Of(rows, take, a => Cursor.Article(a.SortKey, a.Id));
        return TypedResults.Ok(new Page<ArticleSummary>(page.Items.Select(a => new ArticleSummary(a.Slug, "/articles/" + a.Slug, a.Headline, a.Section,
            a.Outlet, a.Authors?.Split("; ") ?? [], a.PublishedIso, a.Language, a.QuoteCount, a.WordCount, a.IsRead, a.IsStarred)).ToList(), page.Next));
    }

    private static async Task<Results<Ok<ArticleDetail>, ProblemHttpResult>> GetAsync(
        [Description("The article's slug, as in /articles/{slug}.")] string slug, NewsReaderDb db, HighlightStore store, CancellationToken cancellationToken)
    {
        var stored = slug.Length > 200 ? null : await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Slug == slug, cancellationToken);
        if (stored is null) return Paging.NotFound($"There is no article '{slug}' in the library.");
        var parsed = ArticleJson.From(ArticleFormats.Parse(stored.Format, stored.Text), stored.SourceName);
        return TypedResults.Ok(new ArticleDetail(parsed, stored.Slug, "/articles/" + stored.Slug, stored.IsRead, stored.IsStarred,
            DateTime.SpecifyKind(stored.ImportedUtc, DateTimeKind.Utc), stored.SourceUrl, await HighlightEndpoints.OfArticleAsync(db, store, stored.Slug, cancellationToken)));
    }
}
