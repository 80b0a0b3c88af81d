using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NewsReader.Web.Data;
using NewsReader.Web.Importing.Formats;
using NewsReader.Web.Reading;

namespace NewsReader.Web.Api;

/// <summary>
/// Highlights over HTTP: the exports (<c>/highlights.md</c>, <c>/highlights.json</c>) and the API
/// (<c>GET /api/highlights</c>, <c>POST /api/articles/{slug}/highlights</c>, <c>DELETE /api/highlights/{id}</c>).
/// Changes follow the same access rules as every other change (open on loopback without a password, else the admin's
/// sign-in or the API token), enforced by the access-control middleware for every request that is not a read.
/// </summary>
public static class HighlightEndpoints
{
    public const int MaxLimit = 200;

    /// <summary>A new highlight: a stretch of the article's reader text (<c>start</c>, <c>end</c>, optionally the <c>exact</c> words), or a quote's words.</summary>
    public sealed record NewHighlight(int? Start, int? End, string? Exact, int? Quote, string? Note);

    public sealed record HighlightJson(long Id, string Article, string Headline, string Url, int Start, int End, string Exact, string Prefix, string Suffix,
        string? Note, bool Orphaned, int? Quote, string? Speaker, DateTime CreatedUtc, DateTime UpdatedUtc)
    {
        public static HighlightJson From(HighlightRow r) => new(r.Id, r.ArticleSlug, r.Headline, $"/articles/{r.ArticleSlug}#highlight-{r.Id}",
            r.Start, r.End, r.Exact, r.Prefix, r.Suffix, r.Note, r.Orphaned, r.QuoteNumber, r.Speaker, r.CreatedUtc, r.UpdatedUtc);
    }

    public sealed record HighlightPage(IReadOnlyList<HighlightJson> Items, string? Next);

    public static IEndpointRouteBuilder MapHighlightEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/highlights.json", async (string? article, string? outlet, string? speaker, string? q, HighlightTransfer transfer, CancellationToken cancellationToken) =>
            Results.File(Encoding.UTF8.GetBytes(await transfer.ToJsonAsync(HighlightFilter.From(article, outlet, speaker, q), cancellationToken)),
                "application/json; charset=utf-8", "highlights.json")).ExcludeFromDescription();
        app.MapGet("/highlights.md", async (string? article, string? outlet, string? speaker, string? q, HighlightTransfer transfer, CancellationToken cancellationToken) =>
            Results.File(Encoding.UTF8.GetBytes(await transfer.ToMarkdownAsync(HighlightFilter.From(article, outlet, speaker, q), cancellationToken)),
                "text/markdown; charset=utf-8", "highlights.md")).ExcludeFromDescription();

        var api = app.MapGroup("/api").WithTags("Highlights");
        api.MapGet("/highlights", ListAsync).WithName("ListHighlights")
            .WithSummary("Highlights, newest first, filtered like the Highlights page and paged by an opaque cursor.")
            .Produces<HighlightPage>().ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapPost("/articles/{slug}/highlights", AddAsync).WithName("AddHighlight")
            .WithSummary("Highlights a stretch of an article's reader text (start, end, exact) or a quote's words (quote), with an optional note.")
            .Produces<HighlightJson>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapDelete("/highlights/{id:long}", RemoveAsync).WithName("RemoveHighlight")
            .WithSummary("Removes a highlight.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<IResult> ListAsync(NewsReaderDb db, CancellationToken cancellationToken,
        [FromQuery] string? article = null, [FromQuery] string? outlet = null, [FromQuery] string? speaker = null, [FromQuery] string? q = null,
        [FromQuery] string? limit = null, [FromQuery] string? after = null)
    {
        var take = 50;
        if (limit is not null && (!int.TryParse(limit, out take) || take is < 1 or > MaxLimit))
            return Results.Problem($"limit must be a whole number from 1 to {MaxLimit}.", statusCode: StatusCodes.Status400BadRequest, title: "Bad limit");
        long? last = null;
        if (after is not null)
        {
            if (!long.TryParse(after, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) || id <= 0)
                return Results.Problem("after must be the next value of an earlier page.", statusCode: StatusCodes.Status400BadRequest, title: "Bad cursor");
            last = id;
        }
        var rows = await HighlightQueries.Rows(db, HighlightFilter.From(article, outlet, speaker, q), last).Take(take + 1).ToListAsync(cancellationToken);
        var next = rows.Count > take ? rows[take - 1].Id.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
        return Results.Ok(new HighlightPage(rows.Take(take).Select(HighlightJson.From).ToList(), next));
    }

    private static async Task<IResult> AddAsync(string slug, NewHighlight body, NewsReaderDb db, HighlightStore highlights, CancellationToken cancellationToken)
    {
        var stored = slug.Length <= 200 ? await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Slug == slug, cancellationToken) : null;
        if (stored is null) return Results.Problem($"There is no article '{slug}'.", statusCode: StatusCodes.Status404NotFound, title: "Not found");
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

    private static async Task<IResult> RemoveAsync(long id, HighlightStore highlights, CancellationToken cancellationToken) =>
        await highlights.RemoveAsync(id, null, cancellationToken)
            ? Results.NoContent()
            : Results.Problem($"There is no highlight {id}.", statusCode: StatusCodes.Status404NotFound, title: "Not found");
}
