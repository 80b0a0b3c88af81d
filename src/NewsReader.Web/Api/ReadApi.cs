using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Timeouts;
using NewsReader.Web.Reading;
using NewsReader.Web.Security;

namespace NewsReader.Web.Api;

/// <summary>
/// The API under <c>/api</c>: articles, speakers, search and highlights as JSON, for scripts and other tools. Reading is open, as
/// the pages are; every GET has an ETag; every error is a problem document. Described by the OpenAPI document at
/// <c>/openapi/v1.json</c> and the page <c>/api</c>.
/// </summary>
public static class ReadApi
{
    public const string DocumentName = "v1";

    public static WebApplicationBuilder AddReadApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi(DocumentName, options =>
        {
            // Only the API: the downloads and feeds beside the pages are not part of it.
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/", StringComparison.OrdinalIgnoreCase) == true;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "NewsReader read API";
                document.Info.Description = "Articles, speakers, search and highlights of a NewsReader library. Lists are paged with limit and an opaque " +
                    "after cursor (the next cursor of the previous page); errors are RFC 9457 problem documents; GETs carry ETags.";
                return Task.CompletedTask;
            });
        });
        return builder;
    }

    /// <summary>Maps the read endpoints and the OpenAPI document (<c>/openapi/v1.json</c>).</summary>
    public static IEndpointRouteBuilder MapReadApi(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi("/openapi/{documentName}.json");
        var api = app.MapGroup("/api").WithETags();
        api.WithRequestTimeout(RequestLimits.PagePolicy);
        ArticlesApi.Map(api);
        SpeakersApi.Map(api);
        SearchApi.Map(api);
        HighlightEndpoints.Map(api);
        return app;
    }
}

/// <summary>A page of a list: its items, and the cursor of the next page (null on the last).</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? Next);

/// <summary>The <c>limit</c> and <c>after</c> parameters every list takes.</summary>
internal static class Paging
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;
    public const string LimitDescription = "How many items to return, 1 to 200 (default 50).";
    public const string AfterDescription = "The next cursor of the previous page; leave it out for the first page.";

    /// <summary>The limit and cursor, or the 400 problem that says what is wrong with them.</summary>
    public static ProblemHttpResult? Read(int? limit, string? after, CursorKind kind, out int take, out Cursor? cursor)
    {
        take = limit ?? DefaultLimit;
        cursor = null;
        if (take is < 1 or > MaxLimit)
            return TypedResults.Problem($"limit must be from 1 to {MaxLimit}.", statusCode: StatusCodes.Status400BadRequest, title: "Invalid limit");
        if (after is null) return null;
        if (!Cursor.TryParse(after, kind, out var parsed))
            return TypedResults.Problem("after is not a cursor this list gave out: pass the next value of the previous page unchanged.",
                statusCode: StatusCodes.Status400BadRequest, title: "Invalid cursor");
        cursor = parsed;
        return null;
    }

    /// <summary>The items of one page of a list read with one row more than <paramref name="take"/>, and the next cursor.</summary>
    public static Page<T> Of<T>(List<T> rows, int take, Func<T, Cursor> next) =>
        new(rows.Count > take ? rows[..take] : rows, rows.Count > take ? next(rows[take - 1]).ToString() : null);

    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");
}
