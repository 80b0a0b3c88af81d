using System.Text.Json;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace NewsReader.Web.Pages;

/// <summary>
/// <c>GET /add?url=…</c>, where the bookmarklet lands: it shows the address and a "Save this page" button that posts,
/// with the antiforgery token, to the import page's save handler. A GET never saves anything, so another site cannot
/// make the library change by linking here.
/// </summary>
public sealed class AddPage : PageModel
{
    public string? Address { get; private set; }

    /// <summary>Why the address cannot be saved as it stands, said before anything is fetched.</summary>
    public string? Problem { get; private set; }

    public void OnGet(string? url)
    {
        Address = url?.Trim();
        if (string.IsNullOrEmpty(Address)) return;
        if (!Uri.TryCreate(Address, UriKind.Absolute, out var uri) || Address.StartsWith('/'))
            Problem = $"{Address}: this is not a web address (it should begin with http:// or https://)";
        else if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            Problem = $"{Address}: only http and https addresses can be saved, not {uri.Scheme}:";
    }

    /// <summary>The bookmarklet's <c>javascript:</c> address, for this app's own origin as the request reached it.</summary>
    public static string Bookmarklet(HttpRequest request)
    {
        var add = JsonSerializer.Serialize($"{request.Scheme}://{request.Host}{request.PathBase}/add?url=");
        return $"javascript:void(location.href={add}+encodeURIComponent(location.href))";
    }
}
