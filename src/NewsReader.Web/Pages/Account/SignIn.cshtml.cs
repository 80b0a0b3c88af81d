using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using NewsReader.Web.Security;

namespace NewsReader.Web.Pages.Account;

/// <summary>The admin's sign-in: one password, a lockout after repeated failures, a cookie that lasts <c>Access:SessionHours</c>.</summary>
[AllowAnonymous]
public sealed partial class SignInModel(AccessStore store, IOptionsSnapshot<AccessOptions> options, TimeProvider clock, ILogger<SignInModel> logger) : PageModel
{
    public string ReturnUrl { get; private set; } = "/";
    public string? Message { get; private set; }
    public bool PasswordSet => store.Read() is { HasPassword: true, PasswordHash.Length: > 0 };
    public bool SignedIn => AccessPolicy.IsAdmin(HttpContext);

    public void OnGet(string? returnUrl) => ReturnUrl = LocalOrHome(returnUrl);

    public async Task<IActionResult> OnPostAsync(string? password, string? returnUrl)
    {
        ReturnUrl = LocalOrHome(returnUrl);
        var access = options.Value;
        var (outcome, state) = store.CheckPassword(password, access.MaxFailedSignIns, TimeSpan.FromMinutes(access.LockoutMinutes));
        var client = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "local";
        switch (outcome)
        {
            case AccessStore.SignInOutcome.Succeeded:
                await HttpContext.SignInAsync(AccessControl.CookieScheme, AccessControl.AdminPrincipal(state.PasswordStamp ?? ""),
                    new AuthenticationProperties { IsPersistent = false, AllowRefresh = true });
                LogSignedIn(client);
                return LocalRedirect(ReturnUrl);
            case AccessStore.SignInOutcome.LockedOut:
                var minutes = Math.Max(1, (int)Math.Ceiling(((state.LockedUntil ?? clock.GetUtcNow()) - clock.GetUtcNow()).TotalMinutes));
                Response.Headers.RetryAfter = (minutes * 60).ToString(System.Globalization.CultureInfo.InvariantCulture);
                Message = $"Too many failed sign-ins: the account is locked. Try again in {minutes} {(minutes == 1 ? "minute" : "minutes")}.";
                LogLockedOut(client);
                Response.StatusCode = StatusCodes.Status429TooManyRequests;
                return Page();
            case AccessStore.SignInOutcome.NoPassword:
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
            default:
                Message = "That password is not right.";
                LogFailed(client);
                Response.StatusCode = StatusCodes.Status401Unauthorized;
                return Page();
        }
    }

    private string LocalOrHome(string? url) => url is { Length: > 0 and < 2048 } && Url.IsLocalUrl(url) ? url : "/";

    [LoggerMessage(Level = LogLevel.Information, Message = "Admin signed in from {Client}")]
    private partial void LogSignedIn(string client);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Failed admin sign-in from {Client}")]
    private partial void LogFailed(string client);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Admin sign-in refused from {Client}: the account is locked after repeated failures")]
    private partial void LogLockedOut(string client);
}
