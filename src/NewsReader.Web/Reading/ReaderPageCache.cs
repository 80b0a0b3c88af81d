using System.Text;
using Microsoft.AspNetCore.Antiforgery;

namespace NewsReader.Web.Reading;

/// <summary>
/// Serves the reader page of an article from memory once it has been rendered for the current library version.
/// The page holds one per-visitor value, the antiforgery token of its star and read forms: the cached copy keeps a
/// placeholder there, and each response gets a fresh token, so caching never shares a token between visitors.
/// Anything that changes the article or its reading state bumps the library version, which retires the copy.
/// </summary>
public sealed class ReaderPageCache(RequestDelegate next, LibraryCache cache, IAntiforgery antiforgery)
{
    /// <summary>The rendered page cut at each place its antiforgery token stood.</summary>
    private sealed record Page(string[] Parts, string ContentType);

    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value;
        // The admin's pages hold per-user markup (sign-out form, tokens bound to the sign-in): never cached or served from the cache.
        if (!HttpMethods.IsGet(context.Request.Method) || context.Request.QueryString.HasValue || path is null
            || context.Request.Cookies.ContainsKey(Security.AccessControl.CookieName)
            || !path.StartsWith("/articles/", StringComparison.Ordinal) || path.IndexOf('/', "/articles/".Length) >= 0
            || path.EndsWith(".md", StringComparison.Ordinal) || path.EndsWith(".json", StringComparison.Ordinal) || path.Length > 220)
        {
            await next(context);
            return;
        }

        var key = "page:" + path;
        var version = cache.Version;
        if (cache.TryGet<Page>(key, version) is { } cached)
        {
            var tokens = antiforgery.GetAndStoreTokens(context);
            context.Response.ContentType = cached.ContentType;
            await context.Response.WriteAsync(string.Join(tokens.RequestToken, cached.Parts), context.RequestAborted);
            return;
        }

        // Render once through the Razor page, keep a copy with the token taken out.
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }
        buffer.Position = 0;
        if (context.Response.StatusCode == StatusCodes.Status200OK && cache.Version == version
            && context.Response.ContentType?.StartsWith("text/html", StringComparison.Ordinal) == true
            && antiforgery.GetAndStoreTokens(context).RequestToken is { } token)
        {
            var parts = Encoding.UTF8.GetString(buffer.ToArray()).Split(token);
            if (parts.Length > 1) cache.Set(key, version, new Page(parts, context.Response.ContentType!));
        }
        await buffer.CopyToAsync(original, context.RequestAborted);
    }
}
