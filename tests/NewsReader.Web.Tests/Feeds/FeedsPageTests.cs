using AngleSharp.Dom;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsReader.Web.Feeds;
using NewsReader.Web.Tests.Fetching;

namespace NewsReader.Web.Tests.Feeds;

/// <summary>The Feeds page's forms, submitted as a browser without JavaScript would: add, rename, pause, refresh, remove with and without articles.</summary>
public abstract class FeedsPageTests(LoopbackFetchFactory factory, FeedServer server)
{
    /// <summary>Submits the form matched by <paramref name="selector"/> on /feeds with its own fields plus <paramref name="values"/>; the page after the redirect.</summary>
    private async Task<IHtmlDocument> SubmitAsync(HttpClient client, string selector, Dictionary<string, string>? values = null)
    {
        var page = await factory.GetDocumentAsync(client, "/feeds");
        var form = (IHtmlFormElement?)page.QuerySelector(selector) ?? throw new InvalidOperationException($"no form {selector} on /feeds");
        var fields = form.QuerySelectorAll("input[name]").OfType<IHtmlInputElement>().Where(i => i.Type is not ("checkbox" or "file"))
            .ToDictionary(i => i.Name!, i => i.Value);
        foreach (var (key, value) in values ?? []) fields[key] = value;
        var response = await client.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await NewsReaderFactory.ParseAsync(response);
    }

    private long FeedId(string url) => factory.Query(db => db.Feeds.Single(f => f.Url == url).Id);

    [SkippableFact]
    public async Task AFeedIsAddedRenamedPausedRefreshedAndRemovedKeepingItsArticles()
    {
        var client = factory.CreateClient();
        var added = await SubmitAsync(client, "form.feed-add-form", new() { ["url"] = server.Url("/rss/page"), ["folder"] = "Indonesia" });
        Assert.Contains("Subscribed to Loopback Times page", added.QuerySelector(".notice")!.TextContent);
        var id = FeedId(server.Url("/rss/page"));
        Assert.Equal("Indonesia", added.QuerySelector($"#feed-{id}")!.ParentElement!.PreviousElementSibling!.TextContent);

        var refreshed = await SubmitAsync(client, $"#feed-{id} form[action*=Refresh]");
        Assert.Contains("2 imported", refreshed.QuerySelector(".notice")!.TextContent);
        Assert.Contains("2 unread of 2 articles", refreshed.QuerySelector($"#feed-{id} .feed-counts")!.TextContent);

        var renamed = await SubmitAsync(client, $"#feed-{id} .feed-rename-form", new() { ["title"] = "Kabar Kereta" });
        Assert.Contains("Kabar Kereta", renamed.QuerySelector($"#feed-{id} .feed-title")!.TextContent);

        var paused = await SubmitAsync(client, $"#feed-{id} form[action*=Pause]");
        Assert.Contains("(paused)", paused.QuerySelector($"#feed-{id} .feed-title")!.TextContent);
        Assert.True(factory.Query(db => db.Feeds.Single(f => f.Id == id).IsPaused));

        var removed = await SubmitAsync(client, $"#feed-{id} .feed-remove-form");
        Assert.Contains("its articles stay", removed.QuerySelector(".notice")!.TextContent);
        Assert.Null(removed.QuerySelector($"#feed-{id}"));
        Assert.Equal(2, factory.Query(db => db.Articles.Count(a => a.SourceUrl!.StartsWith(server.Url("/entries/page/")) && a.FeedId == null)));
    }

    [SkippableFact]
    public async Task RemovingAFeedWithItsArticlesDeletesThem()
    {
        var client = factory.CreateClient();
        await SubmitAsync(client, "form.feed-add-form", new() { ["url"] = server.Url("/atom/gone") });
        var id = FeedId(server.Url("/atom/gone"));
        await SubmitAsync(client, $"#feed-{id} form[action*=Refresh]");
        Assert.Equal(1, factory.Query(db => db.Articles.Count(a => a.FeedId == id)));
        var removed = await SubmitAsync(client, $"#feed-{id} .feed-remove-form", new() { ["removeArticles"] = "true" });
        Assert.Contains("and its articles", removed.QuerySelector(".notice")!.TextContent);
        Assert.Equal(0, factory.Query(db => db.Articles.Count(a => a.SourceUrl!.StartsWith(server.Url("/entries/gone/")))));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/search?q=MAKASSAR+gone")).StatusCode);
    }

    [SkippableFact]
    public async Task AnAddressThatIsNoFeedIsRefusedOnThePageWithTheReason()
    {
        var client = factory.CreateClient();
        var page = await SubmitAsync(client, "form.feed-add-form", new() { ["url"] = server.Url("/html-feed") });
        var notice = page.QuerySelector(".notice-error")!;
        Assert.Contains("Not subscribed", notice.TextContent);
        Assert.Equal("alert", notice.GetAttribute("role"));
        var nonsense = await SubmitAsync(client, "form.feed-add-form", new() { ["url"] = "javascript:alert(1)" });
        Assert.Contains("Not subscribed", nonsense.QuerySelector(".notice-error")!.TextContent);
    }

    [SkippableFact]
    public async Task TheFeedsPageExportsOpml()
    {
        await using (var scope = factory.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<Subscriptions>().AddAsync(server.Url("/json/export"), "Gazette", "World/Asia");
        var response = await factory.CreateClient().GetAsync("/feeds?handler=Opml");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var (read, error) = Opml.Read(await response.Content.ReadAsStringAsync());
        Assert.Null(error);
        Assert.Contains(read, s => s.XmlUrl == server.Url("/json/export") && s.Folder == "World/Asia");
    }
}

public sealed class FeedsPageTestsOnSqlite(LoopbackFetchFactory factory, FeedServer server) : FeedsPageTests(factory, server), IClassFixture<LoopbackFetchFactory>, IClassFixture<FeedServer>;
public sealed class FeedsPageTestsOnPostgres(LoopbackFetchFactoryOnPostgres factory, FeedServer server) : FeedsPageTests(factory, server), IClassFixture<LoopbackFetchFactoryOnPostgres>, IClassFixture<FeedServer>;
