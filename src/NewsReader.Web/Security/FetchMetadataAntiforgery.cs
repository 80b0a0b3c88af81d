using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;

namespace NewsReader.Web.Security;

/// <summary>
/// Cross-site request forgery protection by Fetch Metadata first and antiforgery tokens second, modelled on Go 1.25's
/// <c>net/http.CrossOriginProtection</c> and ASP.NET Core 11's token-free CSRF middleware, with ASP.NET Core's own
/// antiforgery tokens kept for every client that does not send the header.
/// </summary>
/// <remarks>
/// <para>Browsers send <c>Sec-Fetch-Site</c> with every request to an HTTPS or localhost address, and no page can set or
/// change it (it is a forbidden header name). An unsafe request (a POST) that it marks <c>same-origin</c> came from this
/// app's own pages, and <c>none</c> from the reader themself; either needs no token. Any other value (<c>cross-site</c>,
/// <c>same-site</c> from a sibling subdomain or another localhost port, a value not known) is refused on every endpoint
/// by <see cref="UseCrossSiteRefusal"/>, before any handler runs. No header at all (an older browser, a page over plain
/// HTTP, a script, the tests' HTTP client) falls back to ASP.NET Core's token and cookie, checked exactly as before.</para>
/// <para>A page asked for by a browser that sends the header gets no token: its forms will be posted with the header,
/// so nothing is protected with Data Protection, and no antiforgery cookie is set, for that response. That is what
/// makes a cached reader page nearly as cheap as a static file. A page asked for without the header gets a token (and
/// a cookie when it has none) as before.</para>
/// </remarks>
public sealed class FetchMetadataAntiforgery(IAntiforgery tokens, IOptions<AntiforgeryOptions> options) : IAntiforgery
{
    public const string HeaderName = "Sec-Fetch-Site";

    /// <summary>What the header alone decides for an unsafe request.</summary>
    public enum Verdict { SameOrigin, Refused, AskForToken }

    /// <summary>No header (or an empty one): the token decides; <c>same-origin</c> or <c>none</c>: accepted; anything else: refused.</summary>
    public static Verdict Judge(HttpRequest request) => request.Headers[HeaderName].ToString() switch
    {
        "" => Verdict.AskForToken,
        "same-origin" or "none" => Verdict.SameOrigin,
        _ => Verdict.Refused,
    };

    /// <summary>Whether the client sends Fetch Metadata, so its forms will come back with the header instead of a token.</summary>
    public static bool SendsFetchMetadata(HttpRequest request) => request.Headers[HeaderName].ToString().Length > 0;

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
            Verdict.Refused => Task.FromResult(false),
            _ => tokens.IsRequestValidAsync(httpContext),
        };

    public Task ValidateRequestAsync(HttpContext httpContext) => IsSafe(httpContext.Request) ? tokens.ValidateRequestAsync(httpContext)
        : Judge(httpContext.Request) switch
        {
            Verdict.SameOrigin => Task.CompletedTask,
            Verdict.Refused => throw new AntiforgeryValidationException(RefusedMessage),
            _ => tokens.ValidateRequestAsync(httpContext),
        };

    public void SetCookieTokenAndHeader(HttpContext httpContext)
    {
        if (!SendsFetchMetadata(httpContext.Request)) tokens.SetCookieTokenAndHeader(httpContext);
    }

    private const string RefusedMessage = "The browser marked this request as sent from another site (" + HeaderName + "); it was refused.";

    private static bool IsSafe(HttpRequest request) => IsSafeMethod(request.Method);

    /// <summary>GET, HEAD, OPTIONS and TRACE: methods that read and change nothing.</summary>
    public static bool IsSafeMethod(string method) =>
        HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method);

    /// <summary>Wraps the <see cref="IAntiforgery"/> that <c>AddAntiforgery</c> registered.</summary>
    public static IServiceCollection Decorate(IServiceCollection services) =>
        ServiceDecoration.Decorate<IAntiforgery>(services, (provider, inner) =>
            new FetchMetadataAntiforgery(inner, provider.GetRequiredService<IOptions<AntiforgeryOptions>>()));

    /// <summary>
    /// Refuses (403) every unsafe request a browser marks as not from this app's own pages, on every endpoint (the API
    /// included), before routing: the whole of Go's check, whatever a handler's own antiforgery settings are. The status
    /// page it leads to is not refused again.
    /// </summary>
    public static IApplicationBuilder UseCrossSiteRefusal(IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!IsSafe(context.Request) && Judge(context.Request) == Verdict.Refused
            && context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is null)
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }
        await next(context);
    });
}
