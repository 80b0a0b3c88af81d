using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsReader.Web.Security;

namespace NewsReader.Web.Pages.Account;

/// <summary>Ends the admin's sign-in (a POST with the antiforgery token; the GET shows the button).</summary>
[AllowAnonymous]
public sealed class SignOutModel : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(AccessControl.CookieScheme);
        return LocalRedirect("/");
    }
}
