using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using NewsReader.Web.Fetching;

namespace NewsReader.Web.Importing;

/// <summary>
/// <c>POST /api/import</c> (multipart/form-data, any number of files) answers with one JSON result per file, for scripts.
/// With <c>url=</c> (in the query, a form field or a JSON body <c>{"url": "…"}</c>) it saves the page at that address
/// instead, answering with its one result, or with a problem document when the page could not be fetched.
/// Browsers cannot send it from another site: it needs the <c>X-NewsReader-Client</c> header, which forces a CORS preflight
/// that this app never grants.
/// </summary>
public static class ImportApi
{
    public const string ClientHeader = "X-NewsReader-Client";

    public sealed record FileResult(string File, string Status, string? Reason, string? Slug, string? Url, string? Headline)
    {
        public static FileResult From(ImportResult result) =>
            new(result.FileName, result.StatusName, result.Reason, result.Slug, result.Slug is null ? null : $"/articles/{result.Slug}", result.Headline);
    }

    public sealed record ImportResponse(IReadOnlyList<FileResult> Results);

    /// <summary>The JSON body of a save by address.</summary>
    public sealed record UrlRequest(string? Url);

    public static IEndpointRouteBuilder MapImportApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/import", async (HttpContext context, Importer importer, PageImport pages,
            [FromQuery(Name = "dryRun"), Description("true: parse and report each file without storing it.")] bool? dryRun,
            [FromQuery(Name = "url"), Description("The address (http or https) of a page to fetch and save, instead of files; also accepted as a form field or a JSON body {\"url\": \"…\"}.")] string? url,
            CancellationToken cancellationToken) =>
        {
            if (!context.Request.Headers.ContainsKey(ClientHeader))
                return Results.Problem($"Send the header {ClientHeader} (any value) with script requests.", statusCode: StatusCodes.Status400BadRequest);
            if (url is null && context.Request.HasJsonContentType())
            {
                try
                {
                    url = (await context.Request.ReadFromJsonAsync<UrlRequest>(ArticleJson.Options, cancellationToken))?.Url;
                }
                catch (System.Text.Json.JsonException exception)
                {
                    return Results.Problem("The JSON body could not be read: " + exception.Message, statusCode: StatusCodes.Status400BadRequest);
                }
                if (string.IsNullOrWhiteSpace(url))
                    return Results.Problem("The JSON body names no address: send {\"url\": \"https://…\"}.", statusCode: StatusCodes.Status400BadRequest);
            }
            if (url is not null) return await SaveAsync(pages, url, dryRun ?? false, cancellationToken);
            if (!context.Request.HasFormContentType)
                return Results.Problem("Send the files as multipart/form-data, or the address of a page as url=.", statusCode: StatusCodes.Status415UnsupportedMediaType);
            IFormCollection form;
            try
            {
                form = await context.Request.ReadFormAsync(cancellationToken);
            }
            catch (Exception exception) when (exception is InvalidDataException or IOException or BadHttpRequestException)
            {
                return Results.Problem("The request body could not be read as multipart/form-data: " + exception.Message, statusCode: StatusCodes.Status400BadRequest);
            }
            if (form.Files.Count == 0 && form.TryGetValue("url", out var fields) && fields.ToString() is { Length: > 0 } field)
                return await SaveAsync(pages, field, dryRun ?? false, cancellationToken);
            if (form.Files.Count == 0)
                return Results.Problem("The request holds no files and no url.", statusCode: StatusCodes.Status400BadRequest);
            var results = new List<FileResult>();
            foreach (var file in form.Files)
            {
                var name = Path.GetFileName(file.FileName.Replace('\\', '/'));
                await using var stream = file.OpenReadStream();
                foreach (var result in await importer.ImportAsync(name, stream, dryRun ?? false, cancellationToken))
                    results.Add(FileResult.From(result));
            }
            return Results.Json(new ImportResponse(results), ArticleJson.Options);
        }).DisableAntiforgery().WithMetadata(new RequestSizeLimitAttribute(Pages.ImportModel.UploadLimit))
            .WithName("Import")
            .WithSummary("Import article files, or save a page by its address")
            .WithDescription($"multipart/form-data with any number of files (.txt, .md, .html, .zip) and the header {ClientHeader}; " +
                "one result per file. Or url= (query, form field or JSON body): the page is fetched and saved, with one result; a page that " +
                "could not be fetched is a problem document (400 for an address that is refused, 502 for the other server's failure, 504 " +
                "for a timeout). Needs the API token (Authorization: Bearer TOKEN) whenever changing the library needs a sign-in.")
            .Produces<ImportResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status502BadGateway)
            .ProducesProblem(StatusCodes.Status504GatewayTimeout)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return app;
    }

    /// <summary>Saves the page at <paramref name="url"/>: its result as for a file, or a problem document when it could not be fetched.</summary>
    private static async Task<IResult> SaveAsync(PageImport pages, string url, bool dryRun, CancellationToken cancellationToken)
    {
        var outcome = await pages.SaveAsync(url, dryRun, cancellationToken);
        if (outcome.Fetched) return Results.Json(new ImportResponse([FileResult.From(outcome.Result)]), ArticleJson.Options);
        var status = outcome.Fetch.Failure switch
        {
            FetchFailure.InvalidAddress or FetchFailure.Refused => StatusCodes.Status400BadRequest,
            FetchFailure.Timeout => StatusCodes.Status504GatewayTimeout,
            _ => StatusCodes.Status502BadGateway,
        };
        return Results.Problem(outcome.Fetch.Error, statusCode: status, title: "The page could not be fetched",
            extensions: new Dictionary<string, object?> { ["url"] = outcome.Fetch.Url, ["reason"] = outcome.Fetch.Failure.ToString() });
    }
}
