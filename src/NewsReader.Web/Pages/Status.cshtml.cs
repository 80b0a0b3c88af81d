using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace NewsReader.Web.Pages;

/// <summary>The page shown for 4xx and 5xx status codes, keeping the status code.</summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public string Title { get; private set; } = "";
    public string Message { get; private set; } = "";

    public void OnGet(int code) => Describe(code);

    public void OnPost(int code) => Describe(code);

    private void Describe(int code)
    {
        (Title, Message) = code switch
        {
            404 => ("Not found", "There is no page or article at this address. It may have been typed wrongly, or the article is not in this library."),
            400 => ("Bad request", "The request could not be understood. Please check the address or the form and try again."),
            403 => ("Refused", "Your browser says this form was sent from another site, so NewsReader refused it. Nothing in your library was changed. To make this change, use NewsReader's own page."),
            405 => ("Not allowed", "This address does not accept that kind of request."),
            413 => ("Too large", "The upload is larger than NewsReader accepts. Try fewer or smaller files."),
            429 => ("Too many requests", "Please wait a moment and try again."),
            >= 500 => ("Something went wrong", "NewsReader could not finish this request. Nothing in your library was changed."),
            _ => ($"Error {code}", "The request could not be completed."),
        };
    }
}
