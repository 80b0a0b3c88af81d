using AngleSharp.Dom;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Dom;
using NewsReader.Web.Importing;

namespace NewsReader.Web.Tests.Fetching;

/// <summary>Saving a page by its address: the import page's form, the bookmarklet's confirm page /add, and POST /api/import with url=.</summary>
public abstract class SaveByUrlTests(LoopbackFetchFactory factory, HostileServer server)
{
    /// <summary>Submits the form of <paramref name="pageUrl"/> as a browser would (antiforgery token included), with <paramref name="address"/> typed in.</summary>
    private async Task<IHtmlDocument> SubmitAsync(HttpClient client, string pageUrl, string address)
    {
        var page = await factory.GetDocumentAsync(client, pageUrl);
        var form = (IHtmlFormElement)page.QuerySelector("form.save-url-form")!;
        Assert.Equal("post", form.Method, ignoreCase: true);
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = form.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value,
            ["url"] = address,
        };
        var response = await client.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(fields));
        Assert.True(response.StatusCode is HttpStatusCode.OK, $"Saving answered {response.StatusCode}");
        return await NewsReaderFactory.ParseAsync(response);
    }

    private static (string File, string Status, string Details) Row(IHtmlDocument document)
    {
        var row = Assert.Single(document.QuerySelectorAll(".import-results tbody tr"));
        return (row.QuerySelector(".file")!.TextContent, row.QuerySelector(".status")!.TextContent, row.Children[2].TextContent.Trim());
    }

    private async Task StillServingAsync(HttpClient client) => Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);

    [SkippableFact]
    public async Task APageSavedByItsAddressIsImportedThenUnchanged()
    {
        var client = factory.CreateClient();
        var url = server.Url("/article/first");

        var first = Row(await SubmitAsync(client, "/import", url));
        Assert.Equal((url, "Imported"), (first.File, first.Status));
        Assert.Equal("Commuter trains run again in first", first.Details);
        var stored = factory.Query(db => db.Articles.Single(a => a.SourceUrl == url));
        Assert.Equal("html", stored.Format);
        Assert.Equal(url, stored.SourceName);
        Assert.Contains(factory.Query(db => db.Quotes.Where(q => q.ArticleId == stored.Id).Select(q => q.Speaker).ToList()), s => s != null && s.Contains("Rina Wijaya"));

        var second = Row(await SubmitAsync(client, "/import", url));
        Assert.Equal((url, "Already in the library"), (second.File, second.Status));
    }

    [SkippableFact]
    public async Task APageThatChangedIsUpdatedAndARedirectIsSavedUnderItsFinalAddress()
    {
        var client = factory.CreateClient();
        var url = server.Url("/changing/bogor");
        Assert.Equal("Imported", Row(await SubmitAsync(client, "/import", url)).Status);
        Assert.Equal("Updated", Row(await SubmitAsync(client, "/import", url)).Status);
        Assert.Equal(1, factory.Query(db => db.Articles.Count(a => a.SourceUrl == url)));

        var redirected = Row(await SubmitAsync(client, "/import", server.Url("/hops/1")));
        Assert.Equal(server.Url("/hops/0"), redirected.File);
    }

    [SkippableFact]
    public async Task APageThatNamesItsCanonicalAddressIsStoredUnderIt()
    {
        Assert.Equal("Imported", Row(await SubmitAsync(factory.CreateClient(), "/import", server.Url("/canonical/depok"))).Status);
        Assert.Equal(1, factory.Query(db => db.Articles.Count(a => a.SourceUrl == "https://news.example/canonical/depok")));
    }

    [SkippableTheory]
    [InlineData("/endless", "the page is larger than 1 MB")]
    [InlineData("/bomb", "the page is larger than 1 MB")]
    [InlineData("/drip", "timed out after 2 s")]
    [InlineData("/loop/a", "too many redirects (more than 5)")]
    [InlineData("/missing", "the server answered 404 Not Found")]
    [InlineData("/busy", "the server answered 429 Too Many Requests; it asks to wait 2 min before trying again")]
    [InlineData("/not-article", "no headline was recognised")]
    [InlineData("/plain", "the address serves application/pdf, not a web page")]
    [InlineData("/binary", "the page is binary")]
    public async Task AHostilePageIsRejectedWithTheReasonAndNothingIsStored(string path, string reason)
    {
        var client = factory.CreateClient();
        var before = factory.CountArticles();
        var row = Row(await SubmitAsync(client, "/import", server.Url(path)));
        Assert.Equal("Rejected", row.Status);
        Assert.Contains(reason, row.Details);
        Assert.StartsWith(server.BaseUrl, row.File); // the result names the address, as a file's names the file
        Assert.Equal(before, factory.CountArticles());
        await StillServingAsync(client);
    }

    [SkippableTheory]
    [InlineData("javascript:alert(1)", "only http and https addresses are fetched, not javascript:")]
    [InlineData("file:///etc/passwd", "only http and https addresses are fetched, not file:")]
    [InlineData("ftp://example.com/a.html", "only http and https addresses are fetched, not ftp:")]
    [InlineData("kompas dot com", "this is not a web address")]
    public async Task OtherSchemesAreRefusedFromTheForm(string address, string reason)
    {
        var row = Row(await SubmitAsync(factory.CreateClient(), "/import", address));
        Assert.Equal("Rejected", row.Status);
        Assert.Contains(reason, row.Details);
    }

    [SkippableFact]
    public async Task TheAddPageShowsTheAddressAndNeverSavesOnGet()
    {
        var client = factory.CreateClient();
        var url = server.Url("/article/bookmarklet");
        var before = factory.CountArticles();
        var response = await client.GetAsync("/add?url=" + Uri.EscapeDataString(url));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await NewsReaderFactory.ParseAsync(response);
        var form = (IHtmlFormElement)page.QuerySelector("form.save-url-form")!;
        Assert.Equal("/import?handler=Url", form.GetAttribute("action"));
        Assert.Equal(url, form.QuerySelector<IHtmlInputElement>("input[name=url]")!.Value);
        Assert.NotNull(form.QuerySelector("input[name=__RequestVerificationToken]"));
        Assert.Equal("Save this page", form.QuerySelector("button")!.TextContent);
        Assert.Equal(before, factory.CountArticles());
        Assert.Equal(0, server.Visits("/article/bookmarklet")); // not even fetched

        var saved = Row(await SubmitAsync(client, "/add?url=" + Uri.EscapeDataString(url), url));
        Assert.Equal((url, "Imported"), (saved.File, saved.Status));
    }

    [SkippableFact]
    public async Task TheAddPageNamesAnAddressItCannotSave()
    {
        var page = await factory.GetDocumentAsync(factory.CreateClient(), "/add?url=" + Uri.EscapeDataString("javascript:alert(1)"));
        Assert.Equal("javascript:alert(1): only http and https addresses can be saved, not javascript:", page.QuerySelector("[role=alert]")!.TextContent);
    }

    [SkippableFact]
    public async Task TheImportPageOffersTheBookmarkletForItsOwnOriginWithoutInlineScript()
    {
        var response = await factory.CreateClient().GetAsync("/import");
        Assert.Equal(Web.SecurityHeaders.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        var page = await NewsReaderFactory.ParseAsync(response);
        Assert.Equal("javascript:void(location.href=\"http://localhost/add?url=\"+encodeURIComponent(location.href))",
            page.QuerySelector("a.bookmarklet")!.GetAttribute("href"));
        Assert.All(page.QuerySelectorAll("script"), script => Assert.True(script.HasAttribute("src") && script.TextContent.Length == 0));
        Assert.NotNull(page.QuerySelector("form.save-url-form input[type=url][name=url][required]"));
    }

    private HttpRequestMessage ApiRequest(string query, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/import" + query) { Content = content };
        request.Headers.Add(ImportApi.ClientHeader, "tests");
        return request;
    }

    private static async Task<JsonElement> SingleResultAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var results = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("results");
        return Assert.Single(results.EnumerateArray().ToList());
    }

    [SkippableFact]
    public async Task TheApiSavesAnAddressFromTheQueryAFormFieldOrJson()
    {
        var client = factory.CreateClient();
        var url = server.Url("/article/api");
        var first = await SingleResultAsync(await client.SendAsync(ApiRequest("?url=" + Uri.EscapeDataString(url))));
        Assert.Equal(("imported", url), (first.GetProperty("status").GetString(), first.GetProperty("file").GetString()));
        Assert.StartsWith("/articles/", first.GetProperty("url").GetString());

        var form = await SingleResultAsync(await client.SendAsync(ApiRequest("", new FormUrlEncodedContent([new("url", url)]))));
        Assert.Equal("unchanged", form.GetProperty("status").GetString());
        var json = await SingleResultAsync(await client.SendAsync(ApiRequest("", JsonContent.Create(new { url }))));
        Assert.Equal("unchanged", json.GetProperty("status").GetString());

        var dryRun = await SingleResultAsync(await client.SendAsync(ApiRequest("?dryRun=true&url=" + Uri.EscapeDataString(server.Url("/article/dry")))));
        Assert.Equal("imported", dryRun.GetProperty("status").GetString());
        Assert.Equal(0, factory.Query(db => db.Articles.Count(a => a.SourceUrl == server.Url("/article/dry"))));
    }

    [SkippableTheory]
    [InlineData("/missing", HttpStatusCode.BadGateway, "the server answered 404 Not Found")]
    [InlineData("/drip", HttpStatusCode.GatewayTimeout, "timed out after 2 s")]
    [InlineData("/bomb", HttpStatusCode.BadGateway, "the page is larger than 1 MB")]
    public async Task TheApiAnswersAPageThatCannotBeFetchedWithAProblem(string path, HttpStatusCode status, string reason)
    {
        var client = factory.CreateClient();
        var before = factory.CountArticles();
        var response = await client.SendAsync(ApiRequest("?url=" + Uri.EscapeDataString(server.Url(path))));
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal($"{server.Url(path)}: {reason}", problem.GetProperty("detail").GetString());
        Assert.Equal(server.Url(path), problem.GetProperty("url").GetString());
        Assert.Equal(before, factory.CountArticles());
        await StillServingAsync(client);
    }

    [SkippableFact]
    public async Task TheApiRefusesOtherSchemesAndAPageThatIsNoArticleIsRejectedAsAFileIs()
    {
        var client = factory.CreateClient();
        var refused = await client.SendAsync(ApiRequest("?url=" + Uri.EscapeDataString("file:///etc/passwd")));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("not file:", await refused.Content.ReadAsStringAsync());

        var rejected = await SingleResultAsync(await client.SendAsync(ApiRequest("?url=" + Uri.EscapeDataString(server.Url("/not-article")))));
        Assert.Equal("rejected", rejected.GetProperty("status").GetString());

        var empty = await client.SendAsync(ApiRequest("", JsonContent.Create(new { other = 1 })));
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
    }
}

public sealed class SaveByUrlTestsOnSqlite(LoopbackFetchFactory factory, HostileServer server) : SaveByUrlTests(factory, server), IClassFixture<LoopbackFetchFactory>, IClassFixture<HostileServer>;
public sealed class SaveByUrlTestsOnPostgres(LoopbackFetchFactoryOnPostgres factory, HostileServer server) : SaveByUrlTests(factory, server), IClassFixture<LoopbackFetchFactoryOnPostgres>, IClassFixture<HostileServer>;
