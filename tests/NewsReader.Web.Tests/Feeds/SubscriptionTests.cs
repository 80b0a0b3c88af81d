using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsReader.Web.Data;
using NewsReader.Web.Feeds;
using NewsReader.Web.Tests.Fetching;

namespace NewsReader.Web.Tests.Feeds;

/// <summary>Following feeds against servers on loopback: each format read, subscribe and poll, conditional GET, autodiscovery, hostile feeds, OPML and the commands.</summary>
public abstract class SubscriptionTests(LoopbackFetchFactory factory, FeedServer server)
{
    private async Task<T> WithAsync<T>(Func<Subscriptions, Task<T>> action)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<Subscriptions>());
    }

    private async Task<StoredFeed> SubscribeAsync(string url)
    {
        var (feed, error) = await WithAsync(s => s.SubscribeAsync(url));
        Assert.True(feed is not null, error);
        return feed;
    }

    private Task<PollResult> PollAsync(StoredFeed feed) => WithAsync(s => s.PollAsync(factory.Query(db => db.Feeds.AsNoTracking().Single(f => f.Id == feed.Id))));

    private StoredFeed Reload(StoredFeed feed) => factory.Query(db => db.Feeds.AsNoTracking().Single(f => f.Id == feed.Id));

    private int ArticlesOf(StoredFeed feed) => factory.Query(db => db.Articles.Count(a => a.FeedId == feed.Id));

    private async Task StillServingAsync() => Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync("/")).StatusCode);

    [SkippableTheory]
    [InlineData("rss", "Loopback Times", 2, true)]
    [InlineData("id", "Kabar Loopback", 1, false)]
    [InlineData("rdf", "RDF Chronicle", 1, true)]
    [InlineData("atom", "Atom Herald", 1, true)]
    [InlineData("json", "JSON Gazette", 1, true)]
    public void EachFeedFormatIsRead(string format, string title, int entries, bool fullContent)
    {
        var text = format switch
        {
            "rss" => server.Rss2("p"), "id" => server.IndonesianRss("p"), "rdf" => server.Rdf("p"), "atom" => server.Atom("p"), _ => server.Json("p"),
        };
        var feed = FeedDocument.Parse(text);
        Assert.True(feed.IsFeed, feed.Error);
        Assert.Equal($"{title} p", feed.Title);
        Assert.Equal(entries, feed.Entries.Count);
        Assert.All(feed.Entries, e => Assert.StartsWith(server.BaseUrl, e.Link));
        Assert.All(feed.Entries, e => Assert.Equal(fullContent, e.ContentHtml?.Contains("spokesperson Rina Wijaya", StringComparison.Ordinal) == true));
        if (format != "id") Assert.All(feed.Entries, e => Assert.NotNull(e.Published));
    }

    [SkippableTheory]
    [InlineData("rss", 2)]
    [InlineData("rdf", 1)]
    [InlineData("atom", 1)]
    [InlineData("json", 1)]
    public async Task SubscribeAndPollImportsEveryEntryOnceThenGetsNotModified(string format, int entries)
    {
        var feed = await SubscribeAsync(server.Url($"/{format}/once"));
        var first = await PollAsync(feed);
        Assert.Null(first.Error);
        Assert.Equal(entries, first.Imported);
        Assert.Equal(entries, ArticlesOf(feed));
        var article = factory.Query(db => db.Articles.AsNoTracking().First(a => a.FeedId == feed.Id));
        Assert.StartsWith(server.Url("/entries/once/"), article.SourceUrl);
        Assert.Equal(feed.Title, article.Outlet);
        Assert.StartsWith("2025-08-13", article.PublishedIso);

        var second = await PollAsync(feed);
        Assert.True(second.NotModified);
        Assert.Equal(0, second.Imported);
        Assert.Equal(entries, ArticlesOf(feed));
        var state = Reload(feed);
        Assert.NotNull(state.ETag);
        Assert.NotNull(state.LastFetchedUtc);
        Assert.NotNull(state.LastNewEntryUtc);
        Assert.Null(state.LastError);
        Assert.True(state.NextPollUtc > DateTime.UtcNow.AddMinutes(30));
    }

    [SkippableFact]
    public async Task AMatchingConditionalGetIsASuccessThatSaysNotModified()
    {
        var fetcher = factory.Services.GetRequiredService<NewsReader.Web.Fetching.Fetcher>();
        var first = await fetcher.GetAsync(server.Url("/atom/conditional"));
        Assert.True(first.Succeeded, first.Error);
        Assert.False(first.NotModified);
        Assert.StartsWith("\"", first.Validators!.ETag);
        Assert.Equal("Wed, 13 Aug 2025 01:00:00 GMT", first.Validators.LastModified);
        var second = await fetcher.GetAsync(server.Url("/atom/conditional"), request => request.Headers.TryAddWithoutValidation("If-None-Match", first.Validators.ETag));
        Assert.True(second.Succeeded, second.Error);
        Assert.True(second.NotModified);
        Assert.Equal(HttpStatusCode.NotModified, second.Status);
        Assert.Null(second.Text);
    }

    [SkippableFact]
    public async Task AnEntryAlreadyStoredByItsAddressIsNotImportedAgain()
    {
        var feed = await SubscribeAsync(server.Url("/rss/again"));
        Assert.Equal(2, (await PollAsync(feed)).Imported);
        factory.Query(db => db.Feeds.Where(f => f.Id == feed.Id).ExecuteUpdate(s => s.SetProperty(f => f.ETag, (string?)null)));
        var again = await PollAsync(feed);
        Assert.False(again.NotModified);
        Assert.Equal(0, again.Imported);
        Assert.Equal(2, again.Unchanged);
        Assert.Equal(2, ArticlesOf(feed));
    }

    [SkippableFact]
    public async Task TheLibraryIsFilteredByFeedAndByFolder()
    {
        var (asia, _) = await WithAsync(s => s.AddAsync(server.Url("/rss/filter"), "Asia wire", "News/Asia"));
        var (other, _) = await WithAsync(s => s.AddAsync(server.Url("/json/filter"), "Gazette", "Elsewhere"));
        await PollAsync(asia!);
        await PollAsync(other!);
        var client = factory.CreateClient();
        async Task<int> CountAsync(string url) => (await factory.GetDocumentAsync(client, url)).QuerySelectorAll(".article-list > li").Length;
        Assert.Equal(2, await CountAsync($"/?feed={asia!.Id}"));
        Assert.Equal(1, await CountAsync($"/?feed={other!.Id}"));
        Assert.Equal(2, await CountAsync("/?folder=News"));
        Assert.Equal(2, await CountAsync("/?folder=News%2FAsia"));
        Assert.Equal(0, await CountAsync("/?folder=Nowhere"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/?feed=notanumber")).StatusCode);
    }

    [SkippableFact]
    public async Task ASiteAddressSubscribesToTheFeedItsPageNames()
    {
        var feed = await SubscribeAsync(server.Url("/site/found"));
        Assert.Equal(server.Url("/atom/found"), feed.Url);
        Assert.Equal("Atom Herald found", feed.Title);
    }

    [SkippableFact]
    public async Task AnEntryWithOnlyASummaryIsImportedFromItsPage()
    {
        var feed = await SubscribeAsync(server.Url("/id/summary"));
        var result = await PollAsync(feed);
        Assert.Equal(1, result.Imported);
        Assert.Equal(1, server.Visits("/article/summary-kereta"));
        var article = factory.Query(db => db.Articles.AsNoTracking().Single(a => a.FeedId == feed.Id));
        Assert.Contains("Commuter trains run again in summary-kereta", article.Headline);
    }

    [SkippableFact]
    public async Task APageThatNamesNoOutletOrDateTakesTheFeedsTitleAndTheEntrysDate()
    {
        var feed = await SubscribeAsync(server.Url("/bare-feed/port"));
        Assert.Equal(1, (await PollAsync(feed)).Imported);
        var article = factory.Query(db => db.Articles.AsNoTracking().Single(a => a.FeedId == feed.Id));
        Assert.Equal("Harian Pelabuhan port", article.Outlet);
        Assert.StartsWith("2025-08-15", article.PublishedIso);
    }

    [SkippableTheory]
    [InlineData("/html-feed", "web page")]
    [InlineData("/xxe", "DTD")]
    [InlineData("/busy-feed", "429")]
    public async Task AFeedThatCannotBeReadIsRefusedWithTheReason(string path, string reason)
    {
        var (feed, error) = await WithAsync(s => s.SubscribeAsync(server.Url(path)));
        Assert.Null(feed);
        Assert.Contains(reason, error);
        await StillServingAsync();
    }

    [SkippableTheory]
    [InlineData("/html-feed", "web page (HTML), not a feed", 0)]
    [InlineData("/xxe", "DTD", 0)]
    [InlineData("/busy-feed", "429", 2)]
    public async Task AFeedThatFailsWhenPolledRecordsTheReasonAndBacksOff(string path, string reason, double atLeastHours)
    {
        var (added, _) = await WithAsync(s => s.AddAsync(server.Url(path), "Hostile " + path, null));
        var before = factory.CountArticles();
        var first = await PollAsync(added!);
        Assert.True(first.Failed);
        var state = Reload(added!);
        Assert.Contains(reason, state.LastError);
        Assert.Equal(1, state.ConsecutiveFailures);
        Assert.True(state.NextPollUtc >= DateTime.UtcNow.AddHours(atLeastHours).AddMinutes(-1), $"next poll {state.NextPollUtc:o}");
        await PollAsync(added!);
        Assert.Equal(2, Reload(added!).ConsecutiveFailures);
        Assert.True(Reload(added!).NextPollUtc > state.NextPollUtc || atLeastHours > 0);
        Assert.Equal(before, factory.CountArticles());
        await StillServingAsync();
    }

    [SkippableFact]
    public async Task EntriesWhosePagesAreMissingAreNamedInTheFeedsStateAndNothingIsStored()
    {
        var feed = await SubscribeAsync(server.Url("/missing-entries"));
        var result = await PollAsync(feed);
        Assert.Equal(2, result.Rejected);
        Assert.Equal(0, result.Imported);
        var state = Reload(feed);
        Assert.Contains("2 entries could not be imported", state.LastError);
        Assert.Contains("404", state.LastError);
        Assert.Equal(0, ArticlesOf(feed));
        await StillServingAsync();
    }

    [SkippableFact]
    public async Task OpmlRoundTripKeepsFolders()
    {
        var folder = Directory.CreateTempSubdirectory("opml-");
        var input = Path.Combine(folder.FullName, "in.opml");
        await File.WriteAllTextAsync(input, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <opml version="2.0"><head><title>Mine</title></head><body>
              <outline text="Indonesia" title="Indonesia">
                <outline type="rss" text="Kabar" title="Kabar" xmlUrl="{server.Url("/id/opml")}"/>
              </outline>
              <outline type="rss" text="Herald" xmlUrl="{server.Url("/atom/opml")}"/>
            </body></opml>
            """);
        var (code, output, error) = await RunAsync("opml-import", input);
        Assert.True(code == 0, output + error);
        var output2 = Path.Combine(folder.FullName, "out.opml");
        Assert.Equal(0, (await RunAsync("opml-export", output2)).Code);
        var (read, readError) = Opml.Read(await File.ReadAllTextAsync(output2));
        Assert.Null(readError);
        Assert.Contains(read, s => s.XmlUrl == server.Url("/id/opml") && s.Folder == "Indonesia" && s.Title == "Kabar");
        Assert.Contains(read, s => s.XmlUrl == server.Url("/atom/opml") && s.Folder is null);
    }

    [SkippableFact]
    public void OpmlWithADtdIsRefused()
    {
        var (read, error) = Opml.Read("""<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY x SYSTEM "file:///etc/passwd">]><opml version="2.0"><body/></opml>""");
        Assert.Empty(read);
        Assert.Contains("DTD", error);
    }

    private Task<(int Code, string Output, string Error)> RunAsync(params string[] args) => factory.RunCommandAsync(args);

    [SkippableFact]
    public async Task TheFeedCommandsSubscribePollAndList()
    {
        var subscribed = await RunAsync("subscribe", server.Url("/json/cli"));
        Assert.Equal(0, subscribed.Code);
        Assert.Contains("subscribed to JSON Gazette cli", subscribed.Output);

        var refused = await RunAsync("subscribe", server.Url("/html-feed"));
        Assert.Equal(1, refused.Code);
        Assert.Contains("refused:", refused.Error);

        var poll = await RunAsync("poll");
        Assert.Contains("JSON Gazette cli: 1 imported", poll.Output);
        Assert.Matches(@"\d+ feeds?: \d+ imported, \d+ updated, \d+ unchanged, \d+ failed", poll.Output);

        var list = await RunAsync("feeds");
        Assert.Equal(0, list.Code);
        Assert.Contains("JSON Gazette cli", list.Output);
        Assert.Contains("next poll", list.Output);
    }
}

public sealed class SubscriptionTestsOnSqlite(LoopbackFetchFactory factory, FeedServer server) : SubscriptionTests(factory, server), IClassFixture<LoopbackFetchFactory>, IClassFixture<FeedServer>;
public sealed class SubscriptionTestsOnPostgres(LoopbackFetchFactoryOnPostgres factory, FeedServer server) : SubscriptionTests(factory, server), IClassFixture<LoopbackFetchFactoryOnPostgres>, IClassFixture<FeedServer>;

/// <summary>The app with the background poller on, fetching from loopback.</summary>
public class PollingFactory : NewsReaderFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
        [new("Fetch:AllowPrivateAddresses", "true"), new("Feeds:PollInBackground", "true")];
}

/// <summary>The same app on PostgreSQL.</summary>
public sealed class PollingFactoryOnPostgres : PollingFactory, IOnPostgres;

public abstract class FeedPollingTests(PollingFactory factory, FeedServer server)
{
    [SkippableFact]
    public async Task TheBackgroundPollerImportsANewFeedsEntriesAndSchedulesItsNextPoll()
    {
        _ = factory.Server; // start the app and its poller
        await using (var scope = factory.Services.CreateAsyncScope())
            Assert.NotNull((await scope.ServiceProvider.GetRequiredService<Subscriptions>().SubscribeAsync(server.Url("/rss/background"))).Feed);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (factory.Query(db => db.Feeds.Any(f => f.LastFetchedUtc == null)) && DateTime.UtcNow < deadline) await Task.Delay(100);
        Assert.Equal(2, factory.Query(db => db.Articles.Count(a => a.FeedId != null)));
        var feed = factory.Query(db => db.Feeds.AsNoTracking().Single());
        Assert.True(feed.NextPollUtc > DateTime.UtcNow.AddMinutes(50), $"next poll {feed.NextPollUtc:o}");
    }
}

public sealed class FeedPollingTestsOnSqlite(PollingFactory factory, FeedServer server) : FeedPollingTests(factory, server), IClassFixture<PollingFactory>, IClassFixture<FeedServer>;
public sealed class FeedPollingTestsOnPostgres(PollingFactoryOnPostgres factory, FeedServer server) : FeedPollingTests(factory, server), IClassFixture<PollingFactoryOnPostgres>, IClassFixture<FeedServer>;
