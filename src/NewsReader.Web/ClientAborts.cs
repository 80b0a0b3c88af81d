namespace NewsReader.Web;

/// <summary>
/// A visitor who closes the connection mid-request cancels the request's work; that is not a server error. The request
/// ends quietly with status 499 (client closed request) instead of a 500 and an error in the log.
/// </summary>
public static class ClientAborts
{
    public const int ClientClosedRequest = 499;

    public static IApplicationBuilder UseClientAbortHandling(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        try
        {
            await next(context);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            if (!context.Response.HasStarted) context.Response.StatusCode = ClientClosedRequest;
        }
    });
}
