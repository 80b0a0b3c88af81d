using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NewsReader.Web.Fetching;

namespace NewsReader.Web.Tests.Fetching;

/// <summary>The safe fetcher against the loopback server's good and hostile pages; each failure is a result with the reason in words.</summary>
public abstract class FetcherTests(LoopbackFetchFactory factory, HostileServer server)
{
    private Task<FetchResult> FetchAsync(string path) => factory.Services.GetRequiredService<Fetcher>().GetAsync(server.Url(path));

    [SkippableFact]
    public async Task ANewsPageComesBackDecodedWithItsFinalAddress()
    {
        var result = await FetchAsync("/hops/2");
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(server.Url("/hops/0"), result.FinalUrl!.ToString());
        Assert.Equal("text/html", result.MediaType);
        Assert.Contains("Five redirects later", result.Text);
        Assert.StartsWith("utf-8 (Content-Type header)", result.Encoding);
    }

    [SkippableFact]
    public async Task FiveRedirectsAreFollowedAndASixthIsRefused()
    {
        Assert.True((await FetchAsync("/hops/5")).Succeeded);
        var result = await FetchAsync("/hops/6");
        Assert.Equal(FetchFailure.Redirects, result.Failure);
        Assert.EndsWith("too many redirects (more than 5)", result.Error);
    }

    [SkippableFact]
    public async Task ARedirectLoopStopsAfterFiveRedirects()
    {
        var result = await FetchAsync("/loop/a");
        Assert.Equal(FetchFailure.Redirects, result.Failure);
        Assert.Contains("too many redirects", result.Error);
        Assert.Equal(6, server.Visits("/loop/a") + server.Visits("/loop/b"));
    }

    [SkippableFact]
    public async Task ARedirectToAnotherSchemeIsRefused()
    {
        var result = await FetchAsync("/to-file");
        Assert.Equal(FetchFailure.Redirects, result.Failure);
        Assert.Contains("redirected to file:///etc/passwd: only http and https addresses are fetched, not file:", result.Error);
    }

    /// <summary>A body that never ends, one that declares 1 GB (refused before reading), and a gzip bomb (counted after decompression).</summary>
    [SkippableTheory]
    [InlineData("/endless")]
    [InlineData("/huge")]
    [InlineData("/bomb")]
    public async Task ABodyLargerThanTheLimitStopsAtTheLimit(string path)
    {
        var result = await FetchAsync(path);
        Assert.Equal(FetchFailure.TooLarge, result.Failure);
        Assert.Equal($"{server.Url(path)}: the page is larger than 1 MB", result.Error);
    }

    [SkippableFact]
    public async Task NotFoundIsReportedInWords()
    {
        var result = await FetchAsync("/missing");
        Assert.Equal(FetchFailure.ServerError, result.Failure);
        Assert.Equal(HttpStatusCode.NotFound, result.Status);
        Assert.Equal($"{server.Url("/missing")}: the server answered 404 Not Found", result.Error);
        Assert.Equal(1, server.Visits("/missing")); // a 404 is not retried
    }

    [SkippableFact]
    public async Task TooManyRequestsReportsRetryAfterAndIsNotRetried()
    {
        var result = await FetchAsync("/busy");
        Assert.Equal(HttpStatusCode.TooManyRequests, result.Status);
        Assert.Equal(TimeSpan.FromSeconds(120), result.RetryAfter);
        Assert.EndsWith("the server answered 429 Too Many Requests; it asks to wait 2 min before trying again", result.Error);
        Assert.Equal(1, server.Visits("/busy"));
    }

    [SkippableFact]
    public async Task ATransientServiceUnavailableIsRetried()
    {
        var result = await FetchAsync("/flaky/once");
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(2, server.Visits("/flaky/once"));
    }

    [SkippableFact]
    public async Task ABinaryBodyIsNotText()
    {
        var result = await FetchAsync("/binary");
        Assert.Equal(FetchFailure.NotText, result.Failure);
        Assert.Contains("binary", result.Error);
    }

    [SkippableTheory]
    [InlineData("file:///etc/passwd", "only http and https addresses are fetched, not file:")]
    [InlineData("ftp://example.com/article.html", "only http and https addresses are fetched, not ftp:")]
    [InlineData("javascript:alert(1)", "only http and https addresses are fetched, not javascript:")]
    [InlineData("/etc/passwd", "this is not a web address")]
    [InlineData("not a url", "this is not a web address")]
    [InlineData("", "this is not a web address")]
    [InlineData("http://user:secret@example.com/", "addresses with a user name or password are not fetched")]
    public async Task OnlyHttpAndHttpsAddressesAreFetched(string url, string reason)
    {
        var result = await factory.Services.GetRequiredService<Fetcher>().GetAsync(url);
        Assert.Equal(FetchFailure.InvalidAddress, result.Failure);
        Assert.Contains(reason, result.Error);
    }

    [SkippableFact]
    public async Task TheHeaderCharsetWinsOverTheMetaCharsetAsInBrowsers()
    {
        // The server says ISO-8859-1 while the page is UTF-8 with <meta charset="utf-8">: the documented order (byte order
        // mark, header, XML declaration, meta) takes the header, as browsers do, so the page reads as the server sent it.
        var result = await FetchAsync("/charset/header-wins");
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("iso-8859-1 (Content-Type header)", result.Encoding);
        Assert.Contains("CafÃ© society", result.Text);
    }

    [SkippableFact]
    public async Task WithoutAHeaderCharsetTheMetaCharsetIsRead()
    {
        var result = await FetchAsync("/charset/meta");
        Assert.Equal("iso-8859-1 (meta charset)", result.Encoding);
        Assert.Contains("Crème brûlée for the minister", result.Text);
    }

    [SkippableFact]
    public async Task AnUnknownHeaderCharsetFallsBackToThePage()
    {
        var result = await FetchAsync("/charset/unknown-header");
        Assert.Equal("utf-8 (meta charset)", result.Encoding);
        Assert.Contains("Señor Bank", result.Text);
    }

    [SkippableFact]
    public async Task TheUserAgentNamesTheApp()
    {
        var result = await FetchAsync("/user-agent");
        Assert.Equal("NewsReader/1.0", result.Text);
    }
}

// These tests expect an answer other than a timeout, so they run with the default time limit: with the 2 s limit a redirect's
// refusal timed out once when the whole suite loaded the machine's two cores (CI, 2026-12-07).
public sealed class FetcherTestsOnSqlite(BusyLoopbackFetchFactory factory, HostileServer server) : FetcherTests(factory, server), IClassFixture<BusyLoopbackFetchFactory>, IClassFixture<HostileServer>;
public sealed class FetcherTestsOnPostgres(BusyLoopbackFetchFactoryOnPostgres factory, HostileServer server) : FetcherTests(factory, server), IClassFixture<BusyLoopbackFetchFactoryOnPostgres>, IClassFixture<HostileServer>;

/// <summary>The fetcher's time limit, with the 2 s setting that makes a hostile server fail fast.</summary>
public abstract class FetcherTimeoutTests(LoopbackFetchFactory factory, HostileServer server)
{
    [SkippableFact]
    public async Task ASlowDripTimesOutWithinTheSetting()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var result = await factory.Services.GetRequiredService<Fetcher>().GetAsync(server.Url("/drip"));
        Assert.Equal(FetchFailure.Timeout, result.Failure);
        Assert.EndsWith("timed out after 2 s", result.Error);
        Assert.InRange(clock.Elapsed.TotalSeconds, 1.5, 10);
    }
}

public sealed class FetcherTimeoutTestsOnSqlite(LoopbackFetchFactory factory, HostileServer server) : FetcherTimeoutTests(factory, server), IClassFixture<LoopbackFetchFactory>, IClassFixture<HostileServer>;
public sealed class FetcherTimeoutTestsOnPostgres(LoopbackFetchFactoryOnPostgres factory, HostileServer server) : FetcherTimeoutTests(factory, server), IClassFixture<LoopbackFetchFactoryOnPostgres>, IClassFixture<HostileServer>;
