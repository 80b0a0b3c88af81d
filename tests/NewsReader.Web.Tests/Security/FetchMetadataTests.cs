using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace NewsReader.Web.Tests.Security;

/// <summary>
/// CSRF protection by Fetch Metadata (<c>Sec-Fetch-Site</c>) with the antiforgery token as the fallback: a browser that
/// sends the header gets pages without a token or cookie and posts with the header; a post marked from anywhere else is
/// refused even with a valid token; a post without the header still needs the token.
/// </summary>
public abstract class FetchMetadataTests
{
    private readonly NewsReaderFactory factory;

    protected FetchMetadataTests(NewsReaderFactory factory) => this.factory = factory;

    private bool IsStarred(string slug) => factory.Query(db => db.Articles.Single(a => a.Slug == slug).IsStarred);

    private HttpClient Client() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string url, string? site, string? token = null)
    {
        var request = new HttpRequestMessage(method, url);
        if (site is not null) request.Headers.Add("Sec-Fetch-Site", site);
        if (method == HttpMethod.Post)
            request.Content = new FormUrlEncodedContent(token is null ? [] : [new("__RequestVerificationToken", token)]);
        return await client.SendAsync(request);
    }

    private static async Task<(string Token, bool SetsCookie)> ReaderPageAsync(HttpClient client, string slug, string? site)
    {
        var response = await SendAsync(client, HttpMethod.Get, $"/articles/{slug}", site);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // With a token or without, a page with forms is never kept by a cache.
        Assert.True(response.Headers.CacheControl is { NoCache: true, NoStore: true }, $"Cache-Control: {response.Headers.CacheControl}");
        var setsCookie = response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.Contains("Antiforgery", StringComparison.Ordinal));
        var document = await NewsReaderFactory.ParseAsync(response);
        return (Forms.Token(document, "form.article-actions"), setsCookie);
    }

    [SkippableFact]
    public async Task ABrowserSendingFetchMetadataGetsNoTokenAndItsSameOriginPostNeedsNone()
    {
        var slug = (await factory.ImportAsync("fetch-metadata.txt", Articles.Make(1, "FetchMetadata")[0].Text)).Slug!;
        var browser = Client();

        // Asked twice (rendered, then from the cache): no token, no antiforgery cookie, nothing protected for the response.
        foreach (var _ in new[] { 1, 2 })
        {
            var (token, setsCookie) = await ReaderPageAsync(browser, slug, "none");
            Assert.Equal("", token);
            Assert.False(setsCookie);
        }

        var posted = await SendAsync(browser, HttpMethod.Post, $"/articles/{slug}?handler=Star", "same-origin");
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.True(IsStarred(slug));
    }

    [SkippableFact]
    public async Task APostMarkedFromAnotherSiteIsRefusedEvenWithAValidTokenAndOneWithoutTheHeaderNeedsTheToken()
    {
        var slug = (await factory.ImportAsync("cross-site.txt", Articles.Make(1, "CrossSite")[0].Text)).Slug!;
        var client = Client();
        var (token, setsCookie) = await ReaderPageAsync(client, slug, site: null);
        Assert.NotEqual("", token);
        Assert.True(setsCookie);

        // Another site, a sibling subdomain, a value not known: refused before any handler, with the status page.
        foreach (var site in new[] { "cross-site", "same-site", "same-origin, cross-site", "bogus" })
        {
            var refused = await SendAsync(client, HttpMethod.Post, $"/articles/{slug}?handler=Star", site, token);
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Contains("another site", (await NewsReaderFactory.ParseAsync(refused)).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        }
        // The API too: a problem document.
        var api = await SendAsync(client, HttpMethod.Post, "/api/import", "cross-site");
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.False(IsStarred(slug));

        // No header: the token decides, as before.
        var noToken = await SendAsync(client, HttpMethod.Post, $"/articles/{slug}?handler=Star", site: null);
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        Assert.False(IsStarred(slug));
        var withToken = await SendAsync(client, HttpMethod.Post, $"/articles/{slug}?handler=Star", site: null, token);
        Assert.Equal(HttpStatusCode.Redirect, withToken.StatusCode);
        Assert.True(IsStarred(slug));
    }

    [SkippableFact]
    public async Task ACachedReaderPageServesATokenToClientsWithoutTheHeaderWhicheverKindRenderedIt()
    {
        var imported = await Task.WhenAll(Articles.Make(2, "FetchCache").Select(a => factory.ImportAsync(a.Name, a.Text)));
        var (browserFirst, clientFirst) = (imported[0].Slug!, imported[1].Slug!);
        foreach (var (slug, order) in new[] { (browserFirst, new string?[] { "none", null, "none", null }), (clientFirst, [null, "none", null, "none"]) })
        {
            var tokens = new List<string>();
            foreach (var site in order)
            {
                var client = Client();
                var (token, _) = await ReaderPageAsync(client, slug, site);
                if (site is not null)
                {
                    Assert.Equal("", token);
                    continue;
                }
                Assert.NotEqual("", token);
                var posted = await SendAsync(client, HttpMethod.Post, $"/articles/{slug}?handler=Read", site: null, token);
                Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
                tokens.Add(token);
            }
            Assert.Equal(2, tokens.Distinct().Count());
        }
    }
}

public sealed class FetchMetadataTestsOnSqlite(NewsReaderFactory factory) : FetchMetadataTests(factory), IClassFixture<NewsReaderFactory>;
public sealed class FetchMetadataTestsOnPostgres(NewsReaderFactoryOnPostgres factory) : FetchMetadataTests(factory), IClassFixture<NewsReaderFactoryOnPostgres>;
