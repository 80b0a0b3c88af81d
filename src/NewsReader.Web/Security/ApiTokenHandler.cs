using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace NewsReader.Web.Security;

/// <summary>Authenticates scripts by the API token in <c>Authorization: Bearer TOKEN</c>, checked against its stored SHA-256.</summary>
public sealed class ApiTokenHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, AccessStore store)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    public static string? BearerToken(HttpRequest request) =>
        request.Headers.Authorization.ToString() is { } value && value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? value["Bearer ".Length..].Trim()
            : null;

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var token = BearerToken(Request);
        if (token is null) return Task.FromResult(AuthenticateResult.NoResult());
        if (!store.IsValidToken(token)) return Task.FromResult(AuthenticateResult.Fail("The API token is not valid."));
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "api-token"), new Claim(AccessPolicy.AdminClaim, "token")], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer realm=\"NewsReader\"";
        return Task.CompletedTask;
    }
}
