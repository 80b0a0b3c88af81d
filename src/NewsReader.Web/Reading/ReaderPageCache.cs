using System.Buffers;
using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;

namespace NewsReader.Web.Reading;

/// <summary>
/// Serves the reader page of an article, and library, search and speaker pages, from memory once rendered for the current library version.
/// A reader page holds one per-visitor value, the antiforgery token of its star and read forms: the cached copy is cut
/// at the value of each token field, and each response gets its own (a fresh token, or none for a browser that sends
/// Fetch Metadata; see <see cref="Security.FetchMetadataAntiforgery"/>), so caching never shares a token between visitors.
/// Anything that changes an article bumps the library version, which retires every copy; a change of reading marks
/// (read, unread, starred) retires only the pages that show them, the reader pages and the library list.
/// Copies count against the cache's size limit by their length, so memory stays bounded whatever URLs are asked for.
/// </summary>
/// <remarks>
/// Registered twice: early in the pipeline (<see cref="ServeEarly"/>, just after the security headers) it only answers
/// copies it already holds, for requests that no rate limit, access rule or sign-in concerns (see <see cref="BypassesLimits"/>), so
/// that they skip static files, routing, rate limits, timeouts, authentication and access rules; everything else,
/// a copy to render included, passes on to its second place, after those.
/// </remarks>
public sealed class ReaderPageCache(RequestDelegate next, LibraryCache cache, IAntiforgery antiforgery, IOptions<AntiforgeryOptions> antiforgeryOptions, bool hitsOnly = false)
{
    /// <summary>The early registration: answers only copies in memory, for requests <see cref="BypassesLimits"/> admits.</summary>
    public static IApplicationBuilder ServeEarly(IApplicationBuilder app) => app.UseMiddleware<ReaderPageCache>(true);

    /// <summary>The rendered page, encoded once, cut at the value of each antiforgery token field.</summary>
    private sealed record Page(byte[][] Parts, string ContentType);

    /// <summary>How ASP.NET Core writes the token field (<c>IAntiforgery.GetHtml</c>); its value runs to the next quote.</summary>
    private readonly string tokenField = $"name=\"{antiforgeryOptions.Value.FormFieldName}\" type=\"hidden\" value=\"";

    private const int MaxLibraryQuery = 300;

    /// <summary>Which GET requests are cached: a reader page without a query; library, search and speaker pages.</summary>
    private static bool IsCacheable(HttpRequest request, string path)
    {
        var shortQuery = request.QueryString.Value is null || request.QueryString.Value.Length <= MaxLibraryQuery;
        if (path is "/" or "/search" or "/speakers") return shortQuery;
        if (path.StartsWith("/speakers/", StringComparison.Ordinal))
            return shortQuery && path.IndexOf('/', "/speakers/".Length) < 0 && path.IndexOf('.', "/speakers/".Length) < 0 && path.Length <= 220;
        return !request.QueryString.HasValue && path.StartsWith("/articles/", StringComparison.Ordinal) && path.IndexOf('/', "/articles/".Length) < 0
            && !path.EndsWith(".md", StringComparison.Ordinal) && !path.EndsWith(".json", StringComparison.Ordinal) && path.Length <= 220;
    }

    /// <summary>
    /// Whether a cached copy may be answered before the rate limits, authentication and access rules: only when no rate
    /// limit applies to the request (a search is limited) and it carries no credential (an API token), since a GET of a
    /// cached page is open to everyone and the admin's sign-in cookie is refused earlier.
    /// </summary>
    private static bool BypassesLimits(HttpRequest request) =>
        Security.RequestLimits.Classify(request) == Security.RequestLimits.Kind.None && !request.Headers.ContainsKey("Authorization");

    /// <summary>The library list (unread and star marks, the unread and starred filters) and the reader page (its star and read buttons).</summary>
    private static bool ShowsMarks(string path) => path == "/" || path.StartsWith("/articles/", StringComparison.Ordinal);

    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value;
        // The admin's pages hold per-user markup (sign-out form, tokens bound to the sign-in): never cached or served from the cache.
        if (!HttpMethods.IsGet(context.Request.Method) || path is null
            || context.Request.Cookies.ContainsKey(Security.AccessControl.CookieName)
            || !IsCacheable(context.Request, path)
            || (hitsOnly && !BypassesLimits(context.Request)))
        {
            await next(context);
            return;
        }

        var key = "page:" + path + context.Request.QueryString.Value;
        if (ShowsMarks(path)) key = cache.WithMarks(key);
        var version = cache.Version;
        if (cache.TryGet<Page>(key, version) is { } cached)
        {
            context.Response.ContentType = cached.ContentType;
            await WriteAsync(context, cached.Parts);
            return;
        }
        if (hitsOnly)
        {
            await next(context);
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
            && context.Response.ContentType?.StartsWith("text/html", StringComparison.Ordinal) == true)
        {
            var html = Encoding.UTF8.GetString(buffer.ToArray());
            // Kept only when the cut took out every token: this request's own token (when it has one) is in no part.
            var token = Security.FetchMetadataAntiforgery.SendsFetchMetadata(context.Request) ? null : antiforgery.GetTokens(context).RequestToken;
            if (CutAtTokens(html) is { } cut && (string.IsNullOrEmpty(token) || !cut.Any(part => part.Contains(token, StringComparison.Ordinal))))
                cache.Set(key, version, new Page(cut.Select(Encoding.UTF8.GetBytes).ToArray(), context.Response.ContentType!), size: 1 + html.Length / 4096);
        }
        await buffer.CopyToAsync(original, context.RequestAborted);
    }

    /// <summary>
    /// The page without the value of its token fields: the text before the first, between each two, and after the last;
    /// null when a field's value is not closed.
    /// </summary>
    private List<string>? CutAtTokens(string html)
    {
        var parts = new List<string>();
        var from = 0;
        for (var at = html.IndexOf(tokenField, StringComparison.Ordinal); at >= 0; at = html.IndexOf(tokenField, from, StringComparison.Ordinal))
        {
            var start = at + tokenField.Length;
            var end = html.IndexOf('"', start);
            if (end < 0) return null;
            parts.Add(html[from..start]);
            from = end;
        }
        parts.Add(html[from..]);
        return parts;
    }

    // The parts with this response's token between them, written without building the page again as one string.
    private async Task WriteAsync(HttpContext context, byte[][] parts)
    {
        var token = parts.Length == 1 ? [] : Encoding.UTF8.GetBytes(antiforgery.GetAndStoreTokens(context).RequestToken ?? "");
        context.Response.ContentLength = parts.Sum(p => p.Length) + (long)token.Length * (parts.Length - 1);
        var body = context.Response.BodyWriter;
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0) body.Write(token);
            body.Write(parts[i]);
        }
        await body.FlushAsync(context.RequestAborted);
    }
}
