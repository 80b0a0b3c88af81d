using Microsoft.Extensions.DependencyInjection;
using NewsReader.Web.Reading;
using System.Net;
using System.Text.Json;

namespace NewsReader.Web.Tests;

/// <summary>Search, who said what, filters and reading state, over a small library.</summary>
public abstract class LibraryTests : IAsyncLifetime
{
    private readonly NewsReaderFactory factory;
    private string seedSlug = "";
    private string englishSlug = "";

    protected LibraryTests(NewsReaderFactory factory) => this.factory = factory;

    public async Task InitializeAsync()
    {
        seedSlug = (await factory.ImportSeedAsync()).Slug!;
        englishSlug = (await factory.ImportAsync("english.txt", TestFiles.EnglishArticle)).Slug!;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [SkippableFact]
    public async Task SearchFindsAWordFromTheSeedWithAMarkedSnippet()
    {
        var document = await factory.GetDocumentAsync(factory.CreateClient(), "/search?q=limpahan");
        var result = Assert.Single(document.QuerySelectorAll(".search-result"));
        Assert.Equal($"/articles/{seedSlug}", result.QuerySelector("h2 a")!.GetAttribute("href"));
        Assert.Equal("limpahan", result.QuerySelector(".snippet mark")!.TextContent, ignoreCase: true);
    }

    [SkippableTheory]
    [InlineData("econom*", "english")]
    [InlineData("mengonfirm*", "seed")]
    [InlineData("\"efek limpahan\"", "seed")]
    [InlineData("speaker:Yang", "seed")]
    [InlineData("speaker:Perry", "english")]
    [InlineData("outlet:Reuters", "english")]
    [InlineData("section:Internasional", "seed")]
    [InlineData("PYONGYANG", "seed")]
    public async Task SearchSyntaxFindsTheRightArticle(string query, string expected)
    {
        var document = await factory.GetDocumentAsync(factory.CreateClient(), "/search?q=" + Uri.EscapeDataString(query));
        var links = document.QuerySelectorAll(".search-result h2 a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([$"/articles/{(expected == "seed" ? seedSlug : englishSlug)}"], links);
    }

    /// <summary>Search input that is FTS5 syntax, SQL or odd characters; the search page and the API answer every one.</summary>
    public static TheoryData<string> HostileSearches =>
        ["\"unbalanced", "AND OR NOT", "(((", "speaker:", "col:\"x\" * ^ - + NEAR(a b)", "'; DROP TABLE Articles; --", "\u0000\uE000\uFFFF"];

    [SkippableTheory]
    [MemberData(nameof(HostileSearches))]
    public async Task AnySearchInputGivesAPageNeverAnError(string query)
    {
        var response = await factory.CreateClient().GetAsync("/search?q=" + Uri.EscapeDataString(query));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await NewsReaderFactory.ParseAsync(response);
        Assert.Equal("Search", document.QuerySelector("main h1")!.TextContent);
    }

    [SkippableFact]
    public async Task TenKilobyteSearchGivesAPage()
    {
        var query = string.Concat(Enumerable.Repeat("kata \"yang ", 1000));
        var response = await factory.CreateClient().GetAsync("/search?q=" + Uri.EscapeDataString(query));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [SkippableFact]
    public async Task SpeakersPageListsEverySpeakerWithCounts()
    {
        var response = await factory.CreateClient().GetAsync("/speakers");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await NewsReaderFactory.ParseAsync(response);
        var rows = document.QuerySelectorAll(".speaker-table tbody tr")
            .Select(r => (Name: r.QuerySelector("a")!.TextContent, Quotes: r.Children[1].TextContent, Articles: r.Children[2].TextContent)).ToList();
        Assert.Contains(("Yang Moo Jin", "2", "1"), rows);
        Assert.Contains(("KCNA", "1", "1"), rows);
        Assert.Contains(("Perry Warjiyo", "1", "1"), rows);
    }

    [SkippableFact]
    public async Task SpeakerPageLinksEachQuoteBackToItsPlaceInTheArticle()
    {
        var client = factory.CreateClient();
        var document = await factory.GetDocumentAsync(client, "/speakers/yang-moo-jin");
        Assert.Equal("Yang Moo Jin", document.QuerySelector("h1")!.TextContent);
        var links = document.QuerySelectorAll(".speaker-quote .item-meta a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([$"/articles/{seedSlug}#quote-2", $"/articles/{seedSlug}#quote-3"], links);

        var reader = await factory.GetDocumentAsync(client, $"/articles/{seedSlug}");
        Assert.NotNull(reader.QuerySelector("#quote-2"));
        Assert.Equal("/speakers/yang-moo-jin", reader.QuerySelectorAll(".speaker-tag")[1].GetAttribute("href"));
    }

    [SkippableFact]
    public async Task SpeakerQuotesExportAsCsvAndJson()
    {
        var client = factory.CreateClient();
        var csv = await client.GetStringAsync("/speakers/yang-moo-jin.csv");
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("speaker,quote,article,outlet,date,link", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("Yang Moo Jin,\"Jika Trump dan Putin", lines[1]);
        Assert.EndsWith($"/articles/{seedSlug}#quote-2", lines[1]);

        var json = JsonDocument.Parse(await client.GetStringAsync("/speakers/yang-moo-jin.json")).RootElement;
        Assert.Equal(2, json.GetArrayLength());
        Assert.Equal("CNBC Indonesia", json[0].GetProperty("outlet").GetString());
        Assert.Equal("2025-08-13T14:11:00+07:00", json[0].GetProperty("date").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/speakers/nobody.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/speakers/nobody")).StatusCode);
    }

    [SkippableTheory]
    [InlineData("/?section=Markets", "english")]
    [InlineData("/?outlet=CNBC%20Indonesia", "seed")]
    [InlineData("/?author=jane-smith", "english")]
    [InlineData("/?speaker=kcna", "seed")]
    [InlineData("/?lang=id", "seed")]
    [InlineData("/?from=2025-08-14", "english")]
    [InlineData("/?to=2025-08-13", "seed")]
    [InlineData("/?lang=en&outlet=Reuters&from=2025-08-01&to=2025-08-31", "english")]
    public async Task FiltersCombineInTheUrl(string url, string expected)
    {
        var document = await factory.GetDocumentAsync(factory.CreateClient(), url);
        var links = document.QuerySelectorAll(".article-item h2 a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([$"/articles/{(expected == "seed" ? seedSlug : englishSlug)}"], links);
    }

    [SkippableFact]
    public async Task FacetsCountSectionsAndOutlets()
    {
        var document = await factory.GetDocumentAsync(factory.CreateClient(), "/");
        var facets = document.QuerySelectorAll(".facet-list a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Contains("Internasional 1", facets);
        Assert.Contains("Markets 1", facets);
        Assert.Contains("Reuters 1", facets);
        Assert.Contains("CNBC Indonesia 1", facets);
    }
}

public sealed class LibraryTestsOnSqlite(NewsReaderFactory factory) : LibraryTests(factory), IClassFixture<NewsReaderFactory>;
public sealed class LibraryTestsOnPostgres(NewsReaderFactoryOnPostgres factory) : LibraryTests(factory), IClassFixture<NewsReaderFactoryOnPostgres>;

public abstract class ReadingStateTests
{
    private readonly NewsReaderFactory factory;

    protected ReadingStateTests(NewsReaderFactory factory) => this.factory = factory;

    private bool IsRead(string slug) => factory.Query(db => db.Articles.Single(a => a.Slug == slug).IsRead);

    /// <summary>The slugs of the articles a library page lists (the items matching <paramref name="selector"/>).</summary>
    private async Task<List<string>> SlugsAsync(HttpClient client, string url, string selector = ".article-item h2 a") =>
        (await factory.GetDocumentAsync(client, url)).QuerySelectorAll(selector).Select(a => a.GetAttribute("href")!["/articles/".Length..]).ToList();

    private static FormUrlEncodedContent Form(string token) => new([new("__RequestVerificationToken", token)]);

    [SkippableFact]
    public async Task OpeningAnArticleChangesNothingAndTheReadButtonMarksItRead()
    {
        var slug = (await factory.ImportAsync("opening-read.txt", Articles.Make(1, "BacaTombol")[0].Text)).Slug!;
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var cache = factory.Services.GetRequiredService<LibraryCache>();
        var version = cache.Version;

        // A GET (a visit, a prefetch) writes nothing and leaves every cached page in place.
        var reader = await factory.GetDocumentAsync(client, $"/articles/{slug}");
        await factory.GetDocumentAsync(client, $"/articles/{slug}");
        Assert.False(IsRead(slug));
        Assert.Equal(version, cache.Version);
        Assert.Contains(slug, await SlugsAsync(client, "/?unread=true", ".article-item.is-unread h2 a"));

        // The Mark read button (a form, no script needed) marks it read; the library version stays, only marked pages are retired.
        var form = reader.QuerySelector("form.article-actions")!;
        var markRead = form.QuerySelectorAll("button").Single(b => b.TextContent == "Mark read");
        var response = await client.PostAsync(markRead.GetAttribute("formaction"), Form(form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(IsRead(slug));
        Assert.Equal(version, cache.Version);
        Assert.DoesNotContain(slug, await SlugsAsync(client, "/?unread=true"));
        reader = await factory.GetDocumentAsync(client, $"/articles/{slug}");
        Assert.Single(reader.QuerySelectorAll("form.article-actions button"), b => b.TextContent == "Mark unread");
        Assert.Empty(reader.QuerySelectorAll("form.article-actions button[data-mark-read]"));
    }

    [SkippableFact]
    public async Task TheScriptsPostMarksReadWithTheTokenAndIsRefusedWithoutIt()
    {
        var slug = (await factory.ImportAsync("script-read.txt", Articles.Make(1, "BacaSkrip")[0].Text)).Slug!;
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var reader = await factory.GetDocumentAsync(client, $"/articles/{slug}");
        // What reader.js sends: the form's fields, urlencoded, to the formaction of the button marked data-mark-read.
        var button = reader.QuerySelector("form.article-actions button[data-mark-read]")!;
        var action = button.GetAttribute("formaction")!;
        Assert.Equal($"/articles/{slug}?handler=Read", action);

        var forged = await client.PostAsync(action, new FormUrlEncodedContent([new("x", "y")]));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.False(IsRead(slug));

        var token = reader.QuerySelector("form.article-actions input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var posted = await client.PostAsync(action, Form(token));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, posted.StatusCode);
        Assert.True(IsRead(slug));
        Assert.NotNull(factory.Query(db => db.Articles.Single(a => a.Slug == slug).ReadUtc));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.PostAsync("/articles/no-such-article?handler=Read", Form(token))).StatusCode);
    }

    [SkippableFact]
    public async Task MarkingReadKeepsTheFacetCountsCached()
    {
        var slug = (await factory.ImportAsync("facets-read.txt", Articles.Make(1, "BacaFaset")[0].Text)).Slug!;
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await factory.GetDocumentAsync(client, "/?lang=xx-facets"); // a URL not served before: the page renders and caches the counts
        var cache = factory.Services.GetRequiredService<LibraryCache>();
        var version = cache.Version;
        var facets = cache.TryGet<object>("facets:section", version);
        Assert.NotNull(facets);

        var reader = await factory.GetDocumentAsync(client, $"/articles/{slug}");
        var token = reader.QuerySelector("form.article-actions input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        await client.PostAsync($"/articles/{slug}?handler=Read", Form(token));

        Assert.Same(facets, cache.TryGet<object>("facets:section", cache.Version));
        Assert.DoesNotContain(slug, await SlugsAsync(client, "/", ".article-item.is-unread h2 a"));
    }

    [SkippableFact]
    public async Task TheReaderFormsStarAndMarkUnread()
    {
        var slug = (await factory.ImportSeedAsync()).Slug!;
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var reader = await factory.GetDocumentAsync(client, $"/articles/{slug}");
        var form = reader.QuerySelector("form.article-actions")!;
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        await client.PostAsync($"/articles/{slug}?handler=Read", Form(token));
        var star = form.QuerySelector("button.star")!;
        var starResponse = await client.PostAsync(star.GetAttribute("formaction"), Form(token));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, starResponse.StatusCode);

        var starred = await factory.GetDocumentAsync(client, "/?starred=true");
        Assert.Single(starred.QuerySelectorAll(".article-item .star-mark"));
        reader = await factory.GetDocumentAsync(client, $"/articles/{slug}");
        Assert.Equal("true", reader.QuerySelector("form.article-actions button.star")!.GetAttribute("aria-pressed"));
        Assert.DoesNotContain(slug, await SlugsAsync(client, "/?unread=true"));

        var unreadButton = reader.QuerySelectorAll("form.article-actions button").Single(b => b.TextContent == "Mark unread");
        await client.PostAsync(unreadButton.GetAttribute("formaction"), Form(token));
        Assert.False(IsRead(slug));
        Assert.Contains(slug, await SlugsAsync(client, "/?unread=true"));

        var forged = await client.PostAsync(star.GetAttribute("formaction"), new FormUrlEncodedContent([new("x", "y")]));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, forged.StatusCode);
    }
}

public sealed class ReadingStateTestsOnSqlite(NewsReaderFactory factory) : ReadingStateTests(factory), IClassFixture<NewsReaderFactory>;
public sealed class ReadingStateTestsOnPostgres(NewsReaderFactoryOnPostgres factory) : ReadingStateTests(factory), IClassFixture<NewsReaderFactoryOnPostgres>;

public abstract class ReaderPageCacheTests
{
    private readonly NewsReaderFactory factory;

    protected ReaderPageCacheTests(NewsReaderFactory factory) => this.factory = factory;

    private static async Task<(string Html, string Token)> PageAsync(HttpClient client, string slug)
    {
        var response = await client.GetAsync($"/articles/{slug}");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var document = await NewsReaderFactory.ParseAsync(response);
        return (document.QuerySelector("main")!.InnerHtml, document.QuerySelector("form.article-actions input[name=__RequestVerificationToken]")!.GetAttribute("value")!);
    }

    [SkippableFact]
    public async Task CachedReaderPagesGiveEachVisitorTheirOwnWorkingToken()
    {
        var slug = (await factory.ImportSeedAsync()).Slug!;
        var options = new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false };
        var alice = factory.CreateClient(options);
        var bob = factory.CreateClient(options);
        var first = await PageAsync(alice, slug);
        var second = await PageAsync(bob, slug);
        var third = await PageAsync(alice, slug);

        Assert.NotEqual(first.Token, second.Token);
        Assert.Equal(first.Html.Replace(first.Token, "", StringComparison.Ordinal), second.Html.Replace(second.Token, "", StringComparison.Ordinal));
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Matches(third.Html, "<q class=\"quote").Count);

        // Bob's token works for Bob; Alice's does not.
        var wrong = await bob.PostAsync($"/articles/{slug}?handler=Star", new FormUrlEncodedContent([new("__RequestVerificationToken", first.Token)]));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, wrong.StatusCode);
        var right = await bob.PostAsync($"/articles/{slug}?handler=Star", new FormUrlEncodedContent([new("__RequestVerificationToken", second.Token)]));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, right.StatusCode);

        // The star shows at once: the change retired the cached copy.
        var after = await factory.GetDocumentAsync(alice, $"/articles/{slug}");
        Assert.Equal("true", after.QuerySelector("form.article-actions button.star")!.GetAttribute("aria-pressed"));
    }
}

public sealed class ReaderPageCacheTestsOnSqlite(NewsReaderFactory factory) : ReaderPageCacheTests(factory), IClassFixture<NewsReaderFactory>;
public sealed class ReaderPageCacheTestsOnPostgres(NewsReaderFactoryOnPostgres factory) : ReaderPageCacheTests(factory), IClassFixture<NewsReaderFactoryOnPostgres>;

public class SmallPagesFactory : NewsReaderFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("Reader:PageSize", "5")];
}

/// <summary>The same app on PostgreSQL.</summary>
public sealed class SmallPagesFactoryOnPostgres : SmallPagesFactory, IOnPostgres;

public abstract class PaginationTests
{
    private readonly SmallPagesFactory factory;

    protected PaginationTests(SmallPagesFactory factory) => this.factory = factory;

    [SkippableFact]
    public async Task OlderLinksWalkTheWholeLibraryNewestFirstWithoutRepeats()
    {
        foreach (var (name, text) in Articles.Make(12, "Halaman")) await factory.ImportAsync(name, text);
        var client = factory.CreateClient();
        var seen = new List<(string Href, string Time)>();
        var url = "/?section=Ekonomi";
        for (var page = 0; page < 10 && url is not null; page++)
        {
            var document = await factory.GetDocumentAsync(client, url);
            var items = document.QuerySelectorAll(".article-item").ToList();
            Assert.True(items.Count <= 5);
            seen.AddRange(items.Select(i => (i.QuerySelector("h2 a")!.GetAttribute("href")!, i.QuerySelector("time")!.GetAttribute("datetime")!)));
            url = document.QuerySelector(".pager a[rel=next]")?.GetAttribute("href");
            if (url is not null) Assert.Contains("section=Ekonomi", url);
        }
        Assert.Equal(12, seen.Count);
        Assert.Equal(12, seen.Select(s => s.Href).Distinct().Count());
        var times = seen.Select(s => DateTimeOffset.Parse(s.Time, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(times.OrderByDescending(t => t).ToList(), times);
    }
}

public sealed class PaginationTestsOnSqlite(SmallPagesFactory factory) : PaginationTests(factory), IClassFixture<SmallPagesFactory>;
public sealed class PaginationTestsOnPostgres(SmallPagesFactoryOnPostgres factory) : PaginationTests(factory), IClassFixture<SmallPagesFactoryOnPostgres>;
