using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace NewsReader.Web.Api;

/// <summary>
/// ETags on GET endpoints: the response is rendered into memory, its SHA-256 becomes a strong ETag, and a request whose
/// <c>If-None-Match</c> holds it is answered 304 with no body. A hash of the body, rather than the library's version
/// counter, stays right across restarts and after imports made by another process (the command line).
/// </summary>
public static class ConditionalGet
{
    /// <summary>Adds ETags and <c>If-None-Match</c> to every GET endpoint of <paramref name="builder"/>.</summary>
    public static TBuilder WithETags<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter<TBuilder>(async (invocation, next) =>
        {
            var result = await next(invocation);
            return HttpMethods.IsGet(invocation.HttpContext.Request.Method) && result is IResult inner ? new Tagged(inner) : result;
        });

    /// <summary>The strong ETag of a body: the first 16 bytes of its SHA-256, base64url, quoted.</summary>
    public static EntityTagHeaderValue For(ReadOnlySpan<byte> body) =>
        new('"' + WebEncoders.Base64UrlEncode(SHA256.HashData(body)[..16]) + '"');

    /// <summary>The same for the OpenAPI document, which the framework writes itself (no endpoint filter reaches it).</summary>
    public static IApplicationBuilder UseOpenApiETags(this IApplicationBuilder app) =>
        app.Use((context, next) => HttpMethods.IsGet(context.Request.Method) && context.Request.Path.StartsWithSegments("/openapi")
            ? WriteTaggedAsync(context, () => next(context))
            : next(context));

    private sealed class Tagged(IResult inner) : IResult
    {
        public Task ExecuteAsync(HttpContext context) => WriteTaggedAsync(context, () => inner.ExecuteAsync(context));
    }

    // Renders the response into memory; a 200 is then sent with its ETag, or as 304 when If-None-Match holds it.
    private static async Task WriteTaggedAsync(HttpContext context, Func<Task> render)
    {
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await render();
        }
        finally
        {
            context.Response.Body = original;
        }
        if (context.Response.StatusCode != StatusCodes.Status200OK)
        {
            buffer.Position = 0;
            await buffer.CopyToAsync(original, context.RequestAborted);
            return;
        }
        // The file result answers If-None-Match (304) by the rules of RFC 9110.
        var body = buffer.ToArray();
        context.Response.Headers.CacheControl = "no-cache";
        await Results.Bytes(body, context.Response.ContentType, entityTag: For(body)).ExecuteAsync(context);
    }
}
