using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace NewsReader.Web.Security;

/// <summary>
/// A request that names a handler the page does not have (<c>?handler=nosuch</c>), or that posts to a page with no
/// handler for it, is answered 404 / 405 instead of rendering the page without running any handler (which fails).
/// </summary>
public sealed class UnknownHandlers : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (context.HandlerMethod is null)
        {
            var request = context.HttpContext.Request;
            var named = context.RouteData.Values.ContainsKey("handler") || request.Query.ContainsKey("handler");
            if (named)
            {
                context.Result = new NotFoundResult();
                return;
            }
            if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
            {
                context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
                return;
            }
        }
        await next();
    }
}
