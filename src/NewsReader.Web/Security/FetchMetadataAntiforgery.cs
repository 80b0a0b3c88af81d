using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;

namespace NewsReader.Web.Security;

/// <summary>
/// Cross-site request forgery protection by Fetch Metadata first and antiforgery tokens second: the design of Go 1.25's
/// <c>net/http.CrossOriginProtection</c> and of ASP.NET Core 11's token-free CSRF middleware, with ASP.NET Core's own
/// antiforgery tokens kept for every client that does not send the header.
/// </summary>
/// <remarks>
/// <para>Every browser since 2023 sends <c>Sec-Fetch-Site</c> with every request, and no page can set or change it (it
/// is a forbidden header name). An unsafe request (a POST) that it marks <c>same-origin</c> (or <c>none</c>: the reader
/// themself) came from this app's own pages, so it needs no token; one that it marks <c>cross-site</c> is refused
/// even with a token. <c>same-site</c> (a sibling subdomain), an unknown value, or no header at all (an older browser,
/// a script, the tests' HTTP client) falls back to ASP.NET Core's token and cookie, checked exactly as before.</para>
/// <para>A page asked for by a browser that sends the header gets no token: its forms will be posted with the header,
/// so nothing is protected with Data Protection, and no antiforgery cookie is set, for that response. That is what
/// makes a cached reader page nearly as cheap as a static file. A page asked for without the header gets a fresh
/// token and cookie as before.</para>
/// </remarks>
public sealed class FetchMetadataAntiforgery(IAntiforgery tokens, IOptions<AntiforgeryOptions> options) : IAntiforgery
{
    public const string HeaderName = "Sec-Fetch-Site";

    /// <summary>What the header alone decides for an unsafe request.</summary>
    public enum Verdict { SameOrigin, CrossSite, AskForToken }

    public static Verdict Judge(HttpRequest request) => request.Headers[HeaderName].ToString() switch
    {
        "same-origin" or "none" => Verdict.SameOrigin,
        "cross-site" => Verdict.CrossSite,
        _ => Verdict.AskForToken,
    };

    /// <summary>Whether the client sends Fetch Metadata, so its forms will come back with the header instead of a token.</summary>
    public static bool SendsFetchMetadata(HttpRequest request) => request.Headers.ContainsKey(HeaderName);

    private AntiforgeryTokenSet NoToken => new("", null, options.Value.FormFieldName, options.Value.HeaderName);

    public AntiforgeryTokenSet GetAndStoreTokens(HttpContext httpContext)
    {
        if (!SendsFetchMetadata(httpContext.Request)) return tokens.GetAndStoreTokens(httpContext);
        // What ASP.NET Core's antiforgery does for a page with a token: a page with forms is never kept by a cache.
        if (!httpContext.Response.HasStarted)
        {
            httpContext.Response.Headers.CacheControl = "no-cache, no-store";
            httpContext.Response.Headers.Pragma = "no-cache";
        }
        return NoToken;
    }

    public AntiforgeryTokenSet GetTokens(HttpContext httpContext) =>
        SendsFetchMetadata(httpContext.Request) ? NoToken : tokens.GetTokens(httpContext);

    public Task<bool> IsRequestValidAsync(HttpContext httpContext) => IsSafe(httpContext.Request) ? tokens.IsRequestValidAsync(httpContext)
        : Judge(httpContext.Request) switch
        {
            Verdict.SameOrigin => Task.FromResult(true),
            Verdict.CrossSite => Task.FromResult(false),
            _ => tokens.IsRequestValidAsync(httpContext),
        };

    public Task ValidateRequestAsync(HttpContext httpContext) => IsSafe(httpContext.Request) ? tokens.ValidateRequestAsync(httpContext)
        : Judge(httpContext.Request) switch
        {
            Verdict.SameOrigin => Task.CompletedTask,
            Verdict.CrossSite => throw new AntiforgeryValidationException($"The browser marked this request {HeaderName}: cross-site; another site may not post to this one."),
            _ => tokens.ValidateRequestAsync(httpContext),
        };

    public void SetCookieTokenAndHeader(HttpContext httpContext)
    {
        if (!SendsFetchMetadata(httpContext.Request)) tokens.SetCookieTokenAndHeader(httpContext);
    }

    private static bool IsSafe(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method) || HttpMethods.IsTrace(request.Method);

    /// <summary>Wraps the <see cref="IAntiforgery"/> that <c>AddAntiforgery</c> registered.</summary>
    public static IServiceCollection Decorate(IServiceCollection services) =>
        ServiceDecoration.Decorate<IAntiforgery>(services, (provider, inner) =>
            new FetchMetadataAntiforgery(inner, provider.GetRequiredService<IOptions<AntiforgeryOptions>>()));
}
