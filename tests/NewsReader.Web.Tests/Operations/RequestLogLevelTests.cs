using Microsoft.AspNetCore.Http;
using NewsReader.Web.Operations;
using Serilog.Events;

namespace NewsReader.Web.Tests.Operations;

public sealed class RequestLogLevelTests
{
    private static LogEventLevel Level(string method, int status, double milliseconds = 5, Exception? exception = null)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        context.Response.StatusCode = status;
        return Logs.RequestLevel(context, milliseconds, exception);
    }

    [Theory]
    [InlineData("GET", 200, 5, LogEventLevel.Debug)]
    [InlineData("HEAD", 304, 5, LogEventLevel.Debug)]
    [InlineData("GET", 302, 5, LogEventLevel.Debug)]
    [InlineData("GET", 200, 1500, LogEventLevel.Information)]
    [InlineData("GET", 404, 5, LogEventLevel.Information)]
    [InlineData("GET", 429, 5, LogEventLevel.Information)]
    [InlineData("POST", 302, 5, LogEventLevel.Information)]
    [InlineData("POST", 400, 5, LogEventLevel.Information)]
    [InlineData("GET", 500, 5, LogEventLevel.Error)]
    public void QuickSuccessfulReadsAreDebugEverythingElseIsLogged(string method, int status, double milliseconds, LogEventLevel expected) =>
        Assert.Equal(expected, Level(method, status, milliseconds));

    [Fact]
    public void AnExceptionIsAnErrorWhateverTheStatus() =>
        Assert.Equal(LogEventLevel.Error, Level("GET", 200, exception: new InvalidOperationException()));
}
