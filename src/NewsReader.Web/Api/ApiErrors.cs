using Microsoft.AspNetCore.Diagnostics;

namespace NewsReader.Web.Api;

/// <summary>
/// Errors answer in the caller's language: under <c>/api/</c> every 4xx and 5xx (a failed binding, an unknown route, a wrong
/// method, an exception) is an RFC 9457 problem document (<c>application/problem+json</c>); pages keep the HTML status
/// page (<c>/Status/{code}</c>) and, outside Development, the error page.
/// </summary>
public static class ApiErrors
{
    /// <summary>A request to the API (<c>/api/…</c>); the page that documents it (<c>/api</c>) is a page.</summary>
    public static bool IsApi(HttpRequest request) =>
        request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase, out var rest) && rest.Value is { Length: > 1 };

    public static WebApplication UseErrorResponses(this WebApplication app)
    {
        app.UseWhen(context => IsApi(context.Request), api =>
        {
            api.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = WriteExceptionAsync });
            api.UseStatusCodePages(status =>
            {
                var code = status.HttpContext.Response.StatusCode;
                // An empty 400 is a query parameter the framework could not read as its type (limit=abc, from=yesterday).
                var detail = code switch
                {
                    StatusCodes.Status400BadRequest => "A parameter could not be read: see /openapi/v1.json for each parameter and its type.",
                    StatusCodes.Status403Forbidden => "The browser marked this request as sent from another site (Sec-Fetch-Site), so it was refused.",
                    _ => null,
                };
                return Results.Problem(detail, statusCode: code).ExecuteAsync(status.HttpContext);
            });
        });
        app.UseWhen(context => !IsApi(context.Request), pages =>
        {
            if (!app.Environment.IsDevelopment()) pages.UseExceptionHandler("/Error");
            pages.UseStatusCodePagesWithReExecute("/Status/{0}");
        });
        return app;
    }

    // A request the framework could not read (a body too large, a malformed header) keeps its 4xx; anything else is a 500
    // that says nothing about the server's insides.
    private static Task WriteExceptionAsync(HttpContext context)
    {
        var exception = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        return exception is BadHttpRequestException bad
            ? Results.Problem(bad.Message, statusCode: bad.StatusCode).ExecuteAsync(context)
            : Results.Problem("The server could not answer this request. Nothing in the library was changed.",
                statusCode: StatusCodes.Status500InternalServerError).ExecuteAsync(context);
    }
}
