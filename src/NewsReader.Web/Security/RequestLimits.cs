using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace NewsReader.Web.Security;

/// <summary>
/// Rate limits per client on import, search (the page and <c>/api/search</c> share one count) and sign-in (answered with
/// 429 and the status page, or a problem document for the API), and request timeouts: <c>Limits:PageTimeoutSeconds</c>
/// for pages and the read API, <c>Limits:ImportTimeoutSeconds</c> for the upload page and every other endpoint (the import
/// API, exports, feeds).
/// </summary>
public static partial class RequestLimits
{
    public const string PagePolicy = "page";
    public const string ImportPolicy = "import";

    public enum Kind { None, Import, Search, SignIn }

    public static WebApplicationBuilder AddRequestLimits(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<LimitOptions>().BindConfiguration(LimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddRateLimiter(_ => { });
        builder.Services.AddOptions<RateLimiterOptions>().Configure<IOptions<LimitOptions>>((rate, limits) =>
        {
            rate.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            rate.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                var kind = Classify(context.Request);
                var permits = kind switch
                {
                    Kind.Import => limits.Value.ImportsPerMinute,
                    Kind.Search => limits.Value.SearchesPerMinute,
                    Kind.SignIn => limits.Value.SignInsPerMinute,
                    _ => 0,
                };
                if (kind == Kind.None) return RateLimitPartition.GetNoLimiter("none");
                var client = context.Connection.RemoteIpAddress?.ToString() ?? "local";
                return RateLimitPartition.GetFixedWindowLimiter($"{kind}:{client}", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = permits,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
            rate.OnRejected = async (rejected, cancellationToken) =>
            {
                var context = rejected.HttpContext;
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
                context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                LogRejected(context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RequestLimits)),
                    Classify(context.Request), context.Connection.RemoteIpAddress?.ToString() ?? "local");
                if (context.Request.Path.StartsWithSegments("/api"))
                {
                    await Results.Problem($"Too many requests: try again in {seconds} seconds.", statusCode: StatusCodes.Status429TooManyRequests)
                        .ExecuteAsync(context);
                }
                // Pages get the status page (/Status/429) through UseStatusCodePagesWithReExecute.
            };
        });

        builder.Services.AddRequestTimeouts(_ => { });
        builder.Services.AddOptions<RequestTimeoutOptions>().Configure<IOptions<LimitOptions>>((timeouts, limits) =>
        {
            timeouts.AddPolicy(PagePolicy, new RequestTimeoutPolicy
            {
                Timeout = TimeSpan.FromSeconds(limits.Value.PageTimeoutSeconds),
                TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable,
            });
            var import = new RequestTimeoutPolicy
            {
                Timeout = TimeSpan.FromSeconds(limits.Value.ImportTimeoutSeconds),
                TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable,
            };
            timeouts.AddPolicy(ImportPolicy, import);
            timeouts.DefaultPolicy = import;
        });
        builder.Services.PostConfigure<RazorPagesOptions>(pages =>
        {
            pages.Conventions.AddFolderApplicationModelConvention("/", model =>
                model.EndpointMetadata.Add(new RequestTimeoutAttribute(model.ViewEnginePath == "/Import" ? ImportPolicy : PagePolicy)));
            pages.Conventions.ConfigureFilter(new UnknownHandlers());
        });
        return builder;
    }

    /// <summary>Call after <c>UseRouting</c>: the timeouts follow the endpoint's policy.</summary>
    public static WebApplication UseRequestLimits(this WebApplication app)
    {
        app.UseRateLimiter();
        app.UseRequestTimeouts();
        // A body announced larger than the endpoint accepts is refused with 413 before anything reads it (reading it
        // would fail inside the antiforgery check and answer 400).
        app.Use(async (context, next) =>
        {
            var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize
                ?? context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize;
            if (context.Request.ContentLength is { } length && limit is { } max && length > max
                && context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is null)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                context.Response.Headers.Connection = "close";
                // The body is refused: nothing after this (the status page included) may try to read it as a form.
                context.Request.ContentType = null;
                context.Request.ContentLength = 0;
                context.Request.Body = Stream.Null;
                if (context.Request.Path.StartsWithSegments("/api"))
                    await Results.Problem($"The request body is larger than the {max / 1024 / 1024} MB this endpoint accepts.",
                        statusCode: StatusCodes.Status413PayloadTooLarge).ExecuteAsync(context);
                return;
            }
            await next(context);
        });
        return app;
    }

    public static Kind Classify(HttpRequest request)
    {
        var path = (request.Path.Value ?? "").TrimEnd('/');
        if (HttpMethods.IsPost(request.Method))
        {
            if (path.Equals("/import", StringComparison.OrdinalIgnoreCase) || path.Equals("/api/import", StringComparison.OrdinalIgnoreCase)) return Kind.Import;
            if (path.Equals(AccessControl.SignInPath, StringComparison.OrdinalIgnoreCase)) return Kind.SignIn;
        }
        if ((path.Equals("/search", StringComparison.OrdinalIgnoreCase) || path.Equals("/api/search", StringComparison.OrdinalIgnoreCase))
            && request.Query.ContainsKey("q")) return Kind.Search;
        return Kind.None;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rate limit reached for {Kind} by {Client}")]
    private static partial void LogRejected(ILogger logger, Kind kind, string client);
}
