using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsReader.Web.Reading;
using NewsReader.Web.Tests.Security;

namespace NewsReader.Web.Tests.Api;

/// <summary>The read API over a small library: paging to the end, the library's filters, errors as problem documents, ETags.</summary>
public abstract class ReadApiTests : IAsyncLifetime
{
    private readonly NewsReaderFactory factory;
    private string seedSlug = "";

    protected ReadApiTests(NewsReaderFactory factory) => this.factory = factory;

    public async Task InitializeAsync()
    {
        seedSlug = (await factory.ImportSeedAsync()).Slug!;
        for (var i = 1; i <= 6; i++)
            await factory.ImportAsync($"markets-{i}.txt", $"""
                Markets

                Rupiah moves for the {i}th day as investors weigh rates

                By Jane Smith, Reuters
                August {i}, 2025 9:30 AM GMT+7

                JAKARTA, Aug {i} (Reuters) - The rupiah moved on day {i} as investors weighed the central bank's next step.

                "We see the currency staying within its range this week," Governor Perry Warjiyo told reporters on day {i}.
                """);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    /// <summary>Every item of a list, read <paramref name="limit"/> at a time by following next.</summary>
    private static async Task<(List<JsonElement> Items, int Pages)> ReadAllAsync(HttpClient client, string url, int limit)
    {
        var items = new List<JsonElement>();
        var pages = 0;
        string? after = null;
        do
        {
            var separator = url.Contains('?', StringComparison.Ordinal) ? '&' : '?';
            var page = await JsonAsync(await client.GetAsync($"{url}{separator}limit={limit}" + (after is null ? "" : "&after=" + Uri.EscapeDataString(after))));
            var batch = page.GetProperty("items").EnumerateArray().ToList();
            Assert.InRange(batch.Count, pages == 0 ? 0 : 1, limit);
            items.AddRange(batch);
            after = page.GetProperty("next").GetString();
            pages++;
        } while (after is not null && pages < 100);
        return (items, pages);
    }

    [SkippableFact]
    public async Task ArticlesPageToTheEndInTheLibrarysOrder()
    {
        var (items, pages) = await ReadAllAsync(factory.CreateClient(), "/api/articles", limit: 2);
        var expected = factory.Query(db => db.Articles.OrderByDescending(a => a.SortKey).ThenByDescending(a => a.Id).Select(a => a.Slug).ToList());
        Assert.Equal(expected, items.Select(i => i.GetProperty("slug").GetString()));
        Assert.Equal((expected.Count + 1) / 2, pages);
        Assert.Equal(7, expected.Count);
    }

    [SkippableTheory]
    [InlineData("section=Markets")]
    [InlineData("outlet=CNBC%20Indonesia")]
    [InlineData("author=jane-smith")]
    [InlineData("speaker=perry-warjiyo")]
    [InlineData("lang=en")]
    [InlineData("from=2025-08-03&to=2025-08-05")]
    [InlineData("unread=true")]
    [InlineData("starred=true")]
    public async Task FiltersSelectWhatTheLibraryPageShows(string query)
    {
        var client = factory.CreateClient();
        var page = await factory.GetDocumentAsync(client, "/?" + query);
        var shown = page.QuerySelectorAll(".article-list h2 a").Select(a => a.GetAttribute("href")).ToList();
        var (items, _) = await ReadAllAsync(client, "/api/articles?" + query, limit: 200);
        Assert.Equal(shown, items.Select(i => i.GetProperty("url").GetString()));
        if (query is not "starred=true") Assert.NotEmpty(shown);
    }

    [SkippableTheory]
    [InlineData("/api/articles?limit=0")]
    [InlineData("/api/articles?limit=201")]
    [InlineData("/api/articles?limit=abc")]
    [InlineData("/api/articles?after=garbage")]
    [InlineData("/api/articles?after=%00%FF")]
    [InlineData("/api/articles?from=yesterday")]
    [InlineData("/api/articles?unread=maybe")]
    [InlineData("/api/speakers?limit=-1")]
    [InlineData("/api/speakers?after=AAAA")]
    [InlineData("/api/speakers/yang-moo-jin?limit=1000")]
    [InlineData("/api/search?q=")]
    [InlineData("/api/search?q=putin&page=51")]
    public async Task BadParametersAre400ProblemDocuments(string url) =>
        await AssertProblemAsync(await factory.CreateClient().GetAsync(url), HttpStatusCode.BadRequest);

    [SkippableFact]
    public async Task AnEditedOrBorrowedCursorIsRefused()
    {
        var client = factory.CreateClient();
        var next = (await JsonAsync(await client.GetAsync("/api/articles?limit=1"))).GetProperty("next").GetString()!;
        var edited = next[..5] + (next[5] == 'A' ? 'B' : 'A') + next[6..];
        await AssertProblemAsync(await client.GetAsync("/api/articles?after=" + edited), HttpStatusCode.BadRequest);
        // A cursor of the speaker list is not one of the article list.
        var speakers = (await JsonAsync(await client.GetAsync("/api/speakers?limit=1"))).GetProperty("next").GetString()!;
        await AssertProblemAsync(await client.GetAsync("/api/articles?after=" + speakers), HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/articles?after=" + next)).StatusCode);
    }

    [SkippableTheory]
    [InlineData("/api/articles/no-such-article")]
    [InlineData("/api/speakers/no-such-person")]
    [InlineData("/api/no-such-endpoint")]
    public async Task UnknownThingsAre404ProblemDocumentsEvenForABrowser(string url)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd("text/html");
        await AssertProblemAsync(await factory.CreateClient().SendAsync(request), HttpStatusCode.NotFound);
    }

    [SkippableFact]
    public async Task AWrongMethodIsA405ProblemDocument() =>
        await AssertProblemAsync(await factory.CreateClient().DeleteAsync("/api/articles"), HttpStatusCode.MethodNotAllowed);

    [SkippableFact]
    public async Task AnArticleIsItsParseJsonShapeWithItsStoredState()
    {
        var client = factory.CreateClient();
        var article = await JsonAsync(await client.GetAsync($"/api/articles/{seedSlug}"));
        var download = JsonDocument.Parse(await client.GetStringAsync($"/articles/{seedSlug}.json")).RootElement;
        foreach (var field in download.EnumerateObject().Where(f => f.Name != "file"))
            Assert.Equal(field.Value.GetRawText(), article.GetProperty(field.Name).GetRawText());
        Assert.Equal(seedSlug, article.GetProperty("slug").GetString());
        Assert.Equal($"/articles/{seedSlug}", article.GetProperty("url").GetString());
        Assert.Equal(JsonValueKind.False, article.GetProperty("starred").ValueKind);
        Assert.Equal(JsonValueKind.Null, article.GetProperty("sourceUrl").ValueKind);
        Assert.True(article.GetProperty("importedUtc").GetDateTime() > DateTime.UtcNow.AddHours(-1));
        Assert.NotEmpty(article.GetProperty("quotes").EnumerateArray());
    }

    [SkippableFact]
    public async Task SpeakersPageToTheEndAndAPersonListsTheirQuotesWithTheirPlaces()
    {
        var client = factory.CreateClient();
        var (all, _) = await ReadAllAsync(client, "/api/speakers", limit: 200);
        var (paged, pages) = await ReadAllAsync(client, "/api/speakers", limit: 1);
        Assert.Equal(all.Select(s => s.GetRawText()), paged.Select(s => s.GetRawText()));
        Assert.Equal(all.Count, pages);
        Assert.Contains(all, s => s.GetProperty("slug").GetString() == "perry-warjiyo" && s.GetProperty("quotes").GetInt32() == 6);

        var (quotes, quotePages) = await ReadAllAsync(client, "/api/speakers/perry-warjiyo", limit: 4);
        Assert.Equal(6, quotes.Count);
        Assert.Equal(2, quotePages);
        Assert.All(quotes, q => Assert.Matches("^/articles/[a-z0-9-]+#quote-1$", q.GetProperty("link").GetString()));
        var person = await JsonAsync(await client.GetAsync("/api/speakers/perry-warjiyo"));
        Assert.Equal("Perry Warjiyo", person.GetProperty("name").GetString());
        Assert.Equal(6, person.GetProperty("quotes").GetInt32());
        Assert.Contains(person.GetProperty("quotedAs").EnumerateArray(), n => n.GetProperty("name").GetString() == "Governor Perry Warjiyo");
    }

    [SkippableFact]
    public async Task SearchFindsTheSeedWithTheMatchedWordMarked()
    {
        var result = await JsonAsync(await factory.CreateClient().GetAsync("/api/search?q=limpahan"));
        var hit = Assert.Single(result.GetProperty("items").EnumerateArray());
        Assert.Equal(seedSlug, hit.GetProperty("slug").GetString());
        var snippet = hit.GetProperty("snippet").GetString()!;
        var mark = hit.GetProperty("marks")[0];
        Assert.Equal("limpahan", snippet.Substring(mark[0].GetInt32(), mark[1].GetInt32()), ignoreCase: true);
        Assert.Equal(JsonValueKind.Null, result.GetProperty("next").ValueKind);
    }

    [SkippableTheory]
    [MemberData(nameof(LibraryTests.HostileSearches), MemberType = typeof(LibraryTests))]
    [InlineData("%")]
    public async Task AnySearchGivesResultsOrAProblemNeverAnError(string query)
    {
        var response = await factory.CreateClient().GetAsync("/api/search?q=" + Uri.EscapeDataString(query));
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{query}: {response.StatusCode}");
        Assert.Equal(response.StatusCode == HttpStatusCode.OK ? "application/json" : "application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var longQuery = await factory.CreateClient().GetAsync("/api/search?q=" + new string('a', 10_000));
        await AssertProblemAsync(longQuery, HttpStatusCode.BadRequest);
    }

    [SkippableTheory]
    [InlineData("/api/articles?limit=3")]
    [InlineData("/api/articles/{seed}")]
    [InlineData("/api/speakers")]
    [InlineData("/api/speakers/yang-moo-jin")]
    [InlineData("/api/search?q=rupiah")]
    [InlineData("/api/highlights")]
    [InlineData("/openapi/v1.json")]
    public async Task AMatchingETagGives304(string url)
    {
        var client = factory.CreateClient();
        url = url.Replace("{seed}", seedSlug, StringComparison.Ordinal);
        var first = await client.GetAsync(url);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);

        var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(etag);
        var notModified = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, notModified.Headers.ETag);

        var other = new HttpRequestMessage(HttpMethod.Get, url);
        other.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"something-else\""));
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(other)).StatusCode);
    }

    [SkippableFact]
    public async Task TheETagChangesWhenTheLibraryDoes()
    {
        var client = factory.CreateClient();
        var before = (await client.GetAsync("/api/articles?starred=true")).Headers.ETag;
        var slug = factory.Query(db => db.Articles.OrderBy(a => a.Id).Select(a => a.Slug).First());
        factory.Query(db => db.Articles.Where(a => a.Slug == slug).ExecuteUpdate(s => s.SetProperty(a => a.IsStarred, true)));
        factory.Services.GetRequiredService<LibraryCache>().Changed();
        try
        {
            var after = await client.GetAsync("/api/articles?starred=true");
            Assert.NotEqual(before, after.Headers.ETag);
            Assert.Contains(slug, await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        finally
        {
            factory.Query(db => db.Articles.Where(a => a.Slug == slug).ExecuteUpdate(s => s.SetProperty(a => a.IsStarred, false)));
            factory.Services.GetRequiredService<LibraryCache>().Changed();
        }
    }

    [SkippableFact]
    public async Task CorsStaysClosed()
    {
        var client = factory.CreateClient();
        var get = new HttpRequestMessage(HttpMethod.Get, "/api/articles");
        get.Headers.Add("Origin", "https://elsewhere.example");
        var response = await client.SendAsync(get);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));

        var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/articles");
        preflight.Headers.Add("Origin", "https://elsewhere.example");
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        Assert.False((await client.SendAsync(preflight)).Headers.Contains("Access-Control-Allow-Origin"));
    }

    [SkippableFact]
    public async Task TheApiPageDescribesEveryEndpoint()
    {
        var page = await factory.GetDocumentAsync(factory.CreateClient(), "/api");
        var headings = page.QuerySelectorAll(".api-operation h2").Select(h => h.TextContent).ToList();
        Assert.Contains("GET /api/articles", headings);
        Assert.Contains("GET /api/speakers/{slug}", headings);
        Assert.Contains("GET /api/search", headings);
        Assert.Contains(page.QuerySelectorAll(".api-table th code"), c => c.TextContent == "after");
    }

    internal static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
    }
}

public sealed class ReadApiTestsOnSqlite(NewsReaderFactory factory) : ReadApiTests(factory), IClassFixture<NewsReaderFactory>;
public sealed class ReadApiTestsOnPostgres(NewsReaderFactoryOnPostgres factory) : ReadApiTests(factory), IClassFixture<NewsReaderFactoryOnPostgres>;

/// <summary>Reading through the API is open, as the pages are, when changing the library needs a sign-in.</summary>
public abstract class ReadApiAccessTests(PasswordFactory factory)
{
    [SkippableTheory]
    [InlineData("/api/articles")]
    [InlineData("/api/speakers")]
    [InlineData("/api/search?q=x")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/feeds/library.atom")]
    public async Task ReadingNeedsNoSignIn(string url) =>
        Assert.Equal(HttpStatusCode.OK, (await factory.Client().GetAsync(url)).StatusCode);
}

public sealed class ReadApiAccessTestsOnSqlite(PasswordFactory factory) : ReadApiAccessTests(factory), IClassFixture<PasswordFactory>;
public sealed class ReadApiAccessTestsOnPostgres(PasswordFactoryOnPostgres factory) : ReadApiAccessTests(factory), IClassFixture<PasswordFactoryOnPostgres>;

/// <summary>API searches count against the same limit as the search page's.</summary>
public abstract class ReadApiLimitTests(TightLimitsFactory factory)
{
    [SkippableFact]
    public async Task SearchBeyondTheLimitIsA429Problem()
    {
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/search?q=satu")).StatusCode);
        for (var i = 0; i < 2; i++) Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/search?q=kata{i}")).StatusCode);
        var response = await client.GetAsync("/api/search?q=lagi");
        await ReadApiTests.AssertProblemAsync(response, HttpStatusCode.TooManyRequests);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/articles")).StatusCode);
    }
}

public sealed class ReadApiLimitTestsOnSqlite(TightLimitsFactory factory) : ReadApiLimitTests(factory), IClassFixture<TightLimitsFactory>;
public sealed class ReadApiLimitTestsOnPostgres(TightLimitsFactoryOnPostgres factory) : ReadApiLimitTests(factory), IClassFixture<TightLimitsFactoryOnPostgres>;
