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

    private sealed class Tagged(IResult inner) : IResult
    {
        public async Task ExecuteAsync(HttpContext context)
        {
            var original = context.Response.Body;
            using var buffer = new MemoryStream();
            context.Response.Body = buffer;
            try
            {
                await inner.ExecuteAsync(context);
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
}
