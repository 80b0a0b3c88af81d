using System.ComponentModel;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NewsReader.Web.Data;
using NewsReader.Web.Importing.Formats;
using NewsReader.Web.Reading;

namespace NewsReader.Web.Api;

/// <summary>
/// Highlights over HTTP: the exports (<c>/highlights.md</c>, <c>/highlights.json</c>) and the API
/// (<c>GET /api/highlights</c>, <c>POST /api/articles/{slug}/highlights</c>, <c>DELETE /api/highlights/{id}</c>, and each
/// article's highlights in <c>GET /api/articles/{slug}</c>).
/// Changes follow the same access rules as every other change (open on loopback without a password, else the admin's
/// sign-in or the API token), enforced by the access-control middleware for every request that is not a read.
/// </summary>
public static class HighlightEndpoints
{
    /// <summary>A new highlight: a stretch of the article's reader text (<c>start</c>, <c>end</c>, optionally the <c>exact</c> words), or a quote's words.</summary>
    public sealed record NewHighlight(int? Start, int? End, string? Exact, int? Quote, string? Note);

    public sealed record HighlightJson(long Id, string Article, string Headline, string Url, int Start, int End, string Exact, string Prefix, string Suffix,
        string? Note, bool Orphaned, int? Quote, string? Speaker, DateTime CreatedUtc, DateTime UpdatedUtc)
    {
        public static HighlightJson From(HighlightRow r) => new(r.Id, r.ArticleSlug, r.Headline, $"/articles/{r.ArticleSlug}#highlight-{r.Id}",
            r.Start, r.End, r.Exact, r.Prefix, r.Suffix, r.Note, r.Orphaned, r.QuoteNumber, r.Speaker, r.CreatedUtc, r.UpdatedUtc);
    }

    /// <summary>The exports beside the Highlights page (not part of the API document).</summary>
    public static IEndpointRouteBuilder MapHighlightExports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/highlights.json", async (string? article, string? outlet, string? speaker, string? q, HighlightTransfer transfer, CancellationToken cancellationToken) =>
            Results.File(Encoding.UTF8.GetBytes(await transfer.ToJsonAsync(HighlightFilter.From(article, outlet, speaker, q), cancellationToken)),
                "application/json; charset=utf-8", "highlights.json"));
        app.MapGet("/highlights.md", async (string? article, string? outlet, string? speaker, string? q, HighlightTransfer transfer, CancellationToken cancellationToken) =>
            Results.File(Encoding.UTF8.GetBytes(await transfer.ToMarkdownAsync(HighlightFilter.From(article, outlet, speaker, q), cancellationToken)),
                "text/markdown; charset=utf-8", "highlights.md"));
        return app;
    }

    /// <summary>The highlight endpoints, in the read API's group (ETags on the GET, problem details, the page timeout).</summary>
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/highlights", ListAsync).WithName("ListHighlights").WithTags("Highlights")
            .WithSummary("Highlights, newest first, filtered like the Highlights page")
            .WithDescription("Paged with limit and after (the next value of the previous page). Each highlight has its article, its place in the reader text (start, end), its words with context (exact, prefix, suffix), its note, and whether its words are gone from the article (orphaned).")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapPost("/articles/{slug}/highlights", AddAsync).WithName("AddHighlight").WithTags("Highlights")
            .WithSummary("Highlights words of an article, with an optional note")
            .WithDescription("The body gives either start and end (offsets in the article's reader text, with the exact words to check them) or quote (a quote's number, as in #quote-N). Needs the admin's sign-in or the API token when the library is not open.")
            .Produces<HighlightJson>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapDelete("/highlights/{id}", RemoveAsync).WithName("RemoveHighlight").WithTags("Highlights")
            .WithSummary("Removes a highlight")
            .WithDescription("Needs the admin's sign-in or the API token when the library is not open.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <summary>An article's highlights in reading order, for <c>GET /api/articles/{slug}</c>.</summary>
    public static async Task<IReadOnlyList<HighlightJson>> OfArticleAsync(NewsReaderDb db, HighlightStore store, string slug, CancellationToken cancellationToken) =>
        (await HighlightQueries.CurrentAsync(store, () => HighlightQueries.Rows(db, new HighlightFilter(Article: slug)).ToListAsync(cancellationToken), cancellationToken))
            .OrderBy(r => r.Start).Select(HighlightJson.From).ToList();

    private static async Task<Results<Ok<Page<HighlightJson>>, ProblemHttpResult>> ListAsync(NewsReaderDb db, HighlightStore store, LibraryCache cache, CancellationToken cancellationToken,
        [Description("Only this article's highlights (its slug).")] string? article = null,
        [Description("Only highlights in articles of this outlet.")] string? outlet = null,
        [Description("Only highlights in quotes of this person (their slug).")] string? speaker = null,
        [Description("Only highlights whose words or note hold this text.")] string? q = null,
        [Description(Paging.LimitDescription)] int? limit = null,
        [Description(Paging.AfterDescription)] string? after = null)
    {
        if (Paging.Read(limit, after, CursorKind.Highlights, out var take, out var cursor) is { } problem) return problem;
        var filter = await HighlightFilter.From(article, outlet, speaker, q).WithSpeakerFormsAsync(cache, db, cancellationToken);
        var rows = await HighlightQueries.CurrentAsync(store, () => HighlightQueries.Rows(db, filter, cursor?.First).Take(take + 1).ToListAsync(cancellationToken), cancellationToken);
        var page = Paging.Of(rows, take, r => new Cursor(CursorKind.Highlights, r.Id, 0));
        return TypedResults.Ok(new Page<HighlightJson>(page.Items.Select(HighlightJson.From).ToList(), page.Next));
    }

    private static async Task<IResult> AddAsync([Description("The article's slug, as in /articles/{slug}.")] string slug, NewHighlight body, NewsReaderDb db, HighlightStore highlights, CancellationToken cancellationToken)
    {
        var stored = slug.Length <= 200 ? await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Slug == slug, cancellationToken) : null;
        if (stored is null) return Paging.NotFound($"There is no article '{slug}' in the library.");
        var view = ArticleView.Build(ArticleFormats.Parse(stored.Format, stored.Text));
        try
        {
            var row = body switch
            {
                { Quote: { } quote } => await highlights.AddQuoteAsync(stored, view, quote, body.Note, cancellationToken),
                { Start: { } start, End: { } end } => await highlights.AddAsync(stored, view, start, end, body.Exact, body.Note, cancellationToken),
                _ => throw new HighlightException("Give either quote (a quote's number) or start and end (offsets in the article's reader text)."),
            };
            var created = await HighlightQueries.OneAsync(db, row.Id, cancellationToken);
            return Results.Created($"/api/highlights?article={Uri.EscapeDataString(slug)}", HighlightJson.From(created!));
        }
        catch (HighlightException refused)
        {
            return Results.Problem(refused.Message, statusCode: StatusCodes.Status400BadRequest, title: "Highlight refused");
        }
    }

    private static async Task<IResult> RemoveAsync([Description("The highlight's id.")] long id, HighlightStore highlights, CancellationToken cancellationToken) =>
        await highlights.RemoveAsync(id, null, cancellationToken)
            ? Results.NoContent()
            : Paging.NotFound($"There is no highlight {id}.");
}
