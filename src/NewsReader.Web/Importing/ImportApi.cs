using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace NewsReader.Web.Importing;

/// <summary>
/// <c>POST /api/import</c> (multipart/form-data, any number of files) answers with one JSON result per file, for scripts.
/// Browsers cannot send it from another site: it needs the <c>X-NewsReader-Client</c> header, which forces a CORS preflight
/// that this app never grants.
/// </summary>
public static class ImportApi
{
    public const string ClientHeader = "X-NewsReader-Client";

    public sealed record FileResult(string File, string Status, string? Reason, string? Slug, string? Url, string? Headline);

    public sealed record ImportResponse(IReadOnlyList<FileResult> Results);

    public static IEndpointRouteBuilder MapImportApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/import", async (HttpContext context, Importer importer, [FromQuery(Name = "dryRun"), Description("true: parse and report each file without storing it.")] bool? dryRun, CancellationToken cancellationToken) =>
        {
            if (!context.Request.Headers.ContainsKey(ClientHeader))
                return Results.Problem($"Send the header {ClientHeader} (any value) with script requests.", statusCode: StatusCodes.Status400BadRequest);
            if (!context.Request.HasFormContentType)
                return Results.Problem("Send the files as multipart/form-data.", statusCode: StatusCodes.Status415UnsupportedMediaType);
            IFormCollection form;
            try
            {
                form = await context.Request.ReadFormAsync(cancellationToken);
            }
            catch (Exception exception) when (exception is InvalidDataException or IOException or BadHttpRequestException)
            {
                return Results.Problem("The request body could not be read as multipart/form-data: " + exception.Message, statusCode: StatusCodes.Status400BadRequest);
            }
            if (form.Files.Count == 0)
                return Results.Problem("The request holds no files.", statusCode: StatusCodes.Status400BadRequest);
            var results = new List<FileResult>();
            foreach (var file in form.Files)
            {
                var name = Path.GetFileName(file.FileName.Replace('\\', '/'));
                await using var stream = file.OpenReadStream();
                foreach (var result in await importer.ImportAsync(name, stream, dryRun ?? false, cancellationToken))
                    results.Add(new FileResult(result.FileName, result.StatusName, result.Reason, result.Slug,
                        result.Slug is null ? null : $"/articles/{result.Slug}", result.Headline));
            }
            return Results.Json(new ImportResponse(results), ArticleJson.Options);
        }).DisableAntiforgery().WithMetadata(new RequestSizeLimitAttribute(Pages.ImportModel.UploadLimit))
            .WithName("Import")
            .WithSummary("Import article files")
            .WithDescription($"multipart/form-data with any number of files (.txt, .md, .html, .zip) and the header {ClientHeader}; " +
                "one result per file. Needs the API token (Authorization: Bearer TOKEN) whenever changing the library needs a sign-in.")
            .Produces<ImportResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return app;
    }
}
