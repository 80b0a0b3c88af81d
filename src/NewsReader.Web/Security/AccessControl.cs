using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace NewsReader.Web.Security;

/// <summary>Marks a page that only the admin may open while sign-in is required (the upload form).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class SignInToViewAttribute : Attribute;

/// <summary>
/// Reading is open; changing the library (every request that is not GET, HEAD, OPTIONS or TRACE) needs the admin's
/// cookie sign-in or the API token whenever <see cref="AccessPolicy.SignInRequired"/> says so.
/// </summary>
public static partial class AccessControl
{
    public const string CookieScheme = CookieAuthenticationDefaults.AuthenticationScheme;
    public const string CookieName = "NewsReader.Admin";
    public const string SignInPath = "/account/signin";
    private const string SelectorScheme = "NewsReader";

    public static WebApplicationBuilder AddAccessControl(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<AccessOptions>().BindConfiguration(AccessOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<AccessStore>();
        builder.Services.AddSingleton<AccessPolicy>();
        builder.Services.AddAuthentication(SelectorScheme)
            .AddPolicyScheme(SelectorScheme, "Cookie or API token", scheme =>
                scheme.ForwardDefaultSelector = context => ApiTokenHandler.BearerToken(context.Request) is null ? CookieScheme : ApiTokenHandler.SchemeName)
            .AddCookie(CookieScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenHandler>(ApiTokenHandler.SchemeName, null);
        builder.Services.AddOptions<CookieAuthenticationOptions>(CookieScheme).Configure<IOptionsMonitor<AccessOptions>>((cookie, access) =>
        {
            cookie.Cookie.Name = CookieName;
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.LoginPath = SignInPath;
            cookie.AccessDeniedPath = SignInPath;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(access.CurrentValue.SessionHours);
            cookie.SlidingExpiration = true;
            cookie.Events.OnValidatePrincipal = context =>
            {
                // A new password (set-password) ends every earlier sign-in.
                var stamp = context.HttpContext.RequestServices.GetRequiredService<AccessStore>().Read().PasswordStamp;
                if (stamp is null || context.Principal?.FindFirstValue(AccessPolicy.StampClaim) != stamp) context.RejectPrincipal();
                return Task.CompletedTask;
            };
        });
        builder.Services.Configure<AntiforgeryOptions>(antiforgery => antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        builder.Services.AddAuthorization();
        builder.Services.PostConfigure<RazorPagesOptions>(pages =>
        {
            pages.Conventions.AddPageApplicationModelConvention("/Import", model => model.EndpointMetadata.Add(new SignInToViewAttribute()));
            pages.Conventions.AddPageApplicationModelConvention("/Add", model => model.EndpointMetadata.Add(new SignInToViewAttribute()));
        });
        return builder;
    }

    public static WebApplication UseAccessControl(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        var policy = app.Services.GetRequiredService<AccessPolicy>();
        app.Use(async (context, next) =>
        {
            if (!Guarded(context) || AccessPolicy.IsAdmin(context) || !policy.SignInRequired(context))
            {
                await next(context);
                return;
            }
            if (context.Request.Path.StartsWithSegments("/api"))
            {
                context.Response.Headers.WWWAuthenticate = "Bearer realm=\"NewsReader\"";
                var detail = ApiTokenHandler.BearerToken(context.Request) is null
                    ? "Changing the library needs a sign-in: send the API token as 'Authorization: Bearer TOKEN' (make one with the create-token command)."
                    : "The API token is not valid (make a new one with the create-token command).";
                await Results.Problem(detail, statusCode: StatusCodes.Status401Unauthorized).ExecuteAsync(context);
                return;
            }
            context.Response.StatusCode = StatusCodes.Status303SeeOther;
            context.Response.Headers.Location = SignInPath + "?returnUrl=" + Uri.EscapeDataString(context.Request.PathBase + context.Request.Path);
        });
        app.Lifetime.ApplicationStarted.Register(() => WarnWhenNoPassword(app));
        return app;
    }

    /// <summary>Requests that change something, and pages marked <see cref="SignInToViewAttribute"/>; never the status and error pages.</summary>
    private static bool Guarded(HttpContext context)
    {
        if (context.GetEndpoint() is not { } endpoint) return false;
        if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null) return false;
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.Features.Get<IExceptionHandlerPathFeature>() is not null) return false;
        return !FetchMetadataAntiforgery.IsSafeMethod(context.Request.Method) || endpoint.Metadata.GetMetadata<SignInToViewAttribute>() is not null;
    }

    private static void WarnWhenNoPassword(WebApplication app)
    {
        var policy = app.Services.GetRequiredService<AccessPolicy>();
        if (!policy.SignInRequired() || app.Services.GetRequiredService<AccessStore>().Read().HasPassword) return;
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        LogNoPassword(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AccessControl)), string.Join(", ", addresses));
    }

    /// <summary>The claims of the admin's cookie sign-in.</summary>
    public static ClaimsPrincipal AdminPrincipal(string stamp) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, Admin.Name), new Claim(AccessPolicy.AdminClaim, "password"), new Claim(AccessPolicy.StampClaim, stamp)],
        CookieScheme));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Listening on {Addresses}: changing the library needs a sign-in, but no admin password is set. Run the set-password command.")]
    private static partial void LogNoPassword(ILogger logger, string addresses);
}
