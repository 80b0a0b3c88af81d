using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using NewsReader.Web.Security;

namespace NewsReader.Web.Tests.Security;

/// <summary>Tiny rate limits, so that a test reaches them.</summary>
public class TightLimitsFactory : NewsReaderFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
        [new("Limits:SearchesPerMinute", "3"), new("Limits:ImportsPerMinute", "2"), new("Limits:SignInsPerMinute", "2")];
}

/// <summary>The same app on PostgreSQL.</summary>
public sealed class TightLimitsFactoryOnPostgres : TightLimitsFactory, IOnPostgres;

public abstract class LimitTests
{
    private readonly TightLimitsFactory factory;

    protected LimitTests(TightLimitsFactory factory) => this.factory = factory;

    [SkippableFact]
    public async Task SearchBeyondTheLimitGets429AndTheClearStatusPage()
    {
        var client = factory.CreateClient();
        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/search?q=kata{i}")).StatusCode);
        var response = await client.GetAsync("/search?q=lagi");
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        var page = await NewsReaderFactory.ParseAsync(response);
        Assert.Equal("Too many requests", page.QuerySelector("h1")!.TextContent);
        // Reading is not limited.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }

    [SkippableFact]
    public async Task TheImportApiBeyondTheLimitGets429AsAProblem()
    {
        var client = factory.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++) statuses.Add((await Forms.ApiImportAsync(client, $"x{i}.txt", "", token: null)).StatusCode);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        var last = await Forms.ApiImportAsync(client, "x.txt", "", token: null);
        Assert.Equal("application/problem+json", last.Content.Headers.ContentType!.MediaType);
    }

    [SkippableFact]
    public async Task SignInBeyondTheLimitGets429()
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++) statuses.Add((await client.PostAsync("/account/signin", new FormUrlEncodedContent([new("password", "x")]))).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    [SkippableFact]
    public void PagesHaveATimeoutAndTheUploadPageALongerOne()
    {
        _ = factory.CreateClient();
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints;
        string? Policy(string name) => endpoints.Single(e => e.DisplayName == name).Metadata.GetMetadata<RequestTimeoutAttribute>()?.PolicyName;
        Assert.Equal(RequestLimits.PagePolicy, Policy("/Index"));
        Assert.Equal(RequestLimits.PagePolicy, Policy("/Search"));
        Assert.Equal(RequestLimits.ImportPolicy, Policy("/Import"));
        var options = factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<RequestTimeoutOptions>>().Value;
        Assert.Equal(TimeSpan.FromSeconds(30), options.Policies[RequestLimits.PagePolicy].Timeout);
        Assert.Equal(Microsoft.AspNetCore.Http.StatusCodes.Status503ServiceUnavailable, options.Policies[RequestLimits.PagePolicy].TimeoutStatusCode);
        Assert.Equal(TimeSpan.FromSeconds(600), options.DefaultPolicy!.Timeout);
    }
}

public sealed class LimitTestsOnSqlite(TightLimitsFactory factory) : LimitTests(factory), IClassFixture<TightLimitsFactory>;
public sealed class LimitTestsOnPostgres(TightLimitsFactoryOnPostgres factory) : LimitTests(factory), IClassFixture<TightLimitsFactoryOnPostgres>;

/// <summary>The app on a real Kestrel port, where request body limits apply.</summary>
public class KestrelFactory : NewsReaderFactory
{
    public KestrelFactory() => UseKestrel(0);

    public Uri BaseAddress
    {
        get
        {
            StartServer();
            return new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().Replace("[::]", "127.0.0.1"));
        }
    }
}

/// <summary>The same app on PostgreSQL.</summary>
public sealed class KestrelFactoryOnPostgres : KestrelFactory, IOnPostgres;

public abstract class BodyLimitTests
{
    private readonly KestrelFactory factory;

    protected BodyLimitTests(KestrelFactory factory) => this.factory = factory;

    /// <summary>Sends only the request head (and a little body) announcing a body over the limit, then reads the answer.</summary>
    private async Task<(int Status, string Body)> PostHeadAsync(string path, string? cookie, params string[] headers)
    {
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(factory.BaseAddress.Host, factory.BaseAddress.Port);
        var stream = tcp.GetStream();
        var head = $"POST {path} HTTP/1.1\r\nHost: localhost\r\nContent-Type: multipart/form-data; boundary=b\r\n" +
            $"Content-Length: {Pages.ImportModel.UploadLimit + 1024 * 1024}\r\n{(cookie is null ? "" : "Cookie: " + cookie + "\r\n")}" +
            string.Concat(headers.Select(h => h + "\r\n")) + "\r\n--b\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.txt\"\r\n\r\naaaa";
        await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes(head));
        using var reader = new StreamReader(stream);
        var response = await reader.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(30));
        return (int.Parse(response.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture), response);
    }

    [SkippableFact]
    public async Task AnUploadOverTheLimitGets413AndTheStatusPageNot500()
    {
        var (status, body) = await PostHeadAsync("/import", null, "Connection: close");
        Assert.Equal(413, status);
        Assert.True(body.Contains("<h1>Too large</h1>"), body[..Math.Min(body.Length, 3000)]);

        var (apiStatus, _) = await PostHeadAsync("/api/import", null, "Connection: close", "X-NewsReader-Client: tests");
        Assert.Equal(413, apiStatus);
    }
}

public sealed class BodyLimitTestsOnSqlite(KestrelFactory factory) : BodyLimitTests(factory), IClassFixture<KestrelFactory>;
public sealed class BodyLimitTestsOnPostgres(KestrelFactoryOnPostgres factory) : BodyLimitTests(factory), IClassFixture<KestrelFactoryOnPostgres>;
