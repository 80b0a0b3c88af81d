using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace NewsReader.Web.Security;

/// <summary>
/// Decides whether changing the library needs a sign-in: always when an admin password is set; also when the app
/// listens on anything but loopback, or when a request did not come straight from this machine (another address, or
/// through a proxy that forwards one). On loopback with no password, the app stays open as it always was.
/// </summary>
public sealed class AccessPolicy(IServer server, AccessStore store, IOptionsMonitor<AccessOptions> options)
{
    public const string AdminClaim = "newsreader:admin";
    public const string StampClaim = "newsreader:stamp";

    public bool SignInRequired(HttpContext? context = null)
    {
        if (options.CurrentValue.RequireSignIn is { } configured) return configured;
        if (store.Read().HasPassword) return true;
        if (!ListensOnLoopbackOnly(server)) return true;
        return context is not null && !CameFromThisMachine(context);
    }

    public static bool IsAdmin(HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true && context.User.HasClaim(c => c.Type == AdminClaim);

    /// <summary>True when every address the server listens on is loopback; a server with none (the test server) counts as loopback.</summary>
    public static bool ListensOnLoopbackOnly(IServer server)
    {
        var addresses = server.Features?.Get<IServerAddressesFeature>()?.Addresses;
        return addresses is null || addresses.All(IsLoopbackAddress);
    }

    /// <summary>Whether a listening address such as <c>http://localhost:5272</c> or <c>http://[::]:80</c> is loopback only.</summary>
    public static bool IsLoopbackAddress(string address)
    {
        var rest = address.Contains("://", StringComparison.Ordinal) ? address[(address.IndexOf("://", StringComparison.Ordinal) + 3)..] : address;
        if (rest.StartsWith("unix:", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("pipe:", StringComparison.OrdinalIgnoreCase))
            return false; // a socket is how a reverse proxy reaches the app: treat it as exposed
        string host;
        if (rest.StartsWith('['))
        {
            var end = rest.IndexOf(']');
            if (end < 0) return false;
            host = rest[1..end];
        }
        else
        {
            var end = rest.IndexOfAny([':', '/']);
            host = end < 0 ? rest : rest[..end];
        }
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase)) return true;
        return IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip);
    }

    /// <summary>A request from another address, or one a proxy forwarded, is not local even when the app listens on loopback.</summary>
    public static bool CameFromThisMachine(HttpContext context)
    {
        var headers = context.Request.Headers;
        if (headers.ContainsKey("X-Forwarded-For") || headers.ContainsKey("Forwarded") || headers.ContainsKey("X-Original-For")) return false;
        var remote = context.Connection.RemoteIpAddress;
        return remote is null || IPAddress.IsLoopback(remote);
    }
}
