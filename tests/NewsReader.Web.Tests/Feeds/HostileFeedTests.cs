using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsReader.Web.Data;
using NewsReader.Web.Feeds;
using NewsReader.Web.Tests.Fetching;

namespace NewsReader.Web.Tests.Feeds;

/// <summary>Feeds that are hostile in XML: entity expansion (billion laughs), and a charset the header names wrongly.</summary>
public sealed class HostileFeedServer : LoopbackServer
{
    public const string LaughsPath = "/laughs";
    public const string WrongCharsetPath = "/wrong-charset";

    protected override void Map(WebApplication app)
    {
        app.MapGet(LaughsPath, () => Results.Content("""
            <?xml version="1.0"?>
            <!DOCTYPE rss [
              <!ENTITY lol "lol">
              <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
            ]>
            <rss version="2.0"><channel><title>&lol3;</title><item><title>&lol3;</title><link>http://127.0.0.1/laughs/1</link></item></channel></rss>
            """, "application/rss+xml"));
        // UTF-8 bytes, declared UTF-8 in the XML, but the header names a charset that does not exist.
        app.MapGet(WrongCharsetPath, (HttpContext context) => Results.Bytes(Encoding.UTF8.GetBytes($"""
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
            <title>Café Crème Daily</title><link>{context.Request.Scheme}://{context.Request.Host}/</link>
            <item><title>Crème brûlée for the minister</title><link>{context.Request.Scheme}://{context.Request.Host}/creme</link>
            <pubDate>Wed, 13 Aug 2025 07:30:00 +0700</pubDate>
            <content:encoded><![CDATA[<p>PARIS - The café on the corner served crème brûlée to the minister on Wednesday.</p>
            <p>"It was the best in the city," said café owner Amélie Durand.</p>]]></content:encoded></item>
            </channel></rss>
            """), "application/rss+xml; charset=x-no-such-charset"));
    }
}

/// <summary>
/// A feed on a hostile server, polled: each ends with a clear state on the feed (the reason in words, one failure counted,
/// the next poll pushed back), nothing stored from it, and the app still serving.
/// </summary>
public abstract class HostileFeedTests(LoopbackFetchFactory factory, GuardedFetchFactory guarded, HostileServer hostile, HostileFeedServer feeds)
{
    [SkippableTheory]
    [InlineData("/endless", "the page is larger than 1 MB")]
    [InlineData("/huge", "the page is larger than 1 MB")]
    [InlineData("/bomb", "the page is larger than 1 MB")]
    [InlineData("/drip", "timed out after 2 s")]
    [InlineData("/loop/a", "too many redirects")]
    [InlineData("/missing", "404")]
    [InlineData("/busy", "429")]
    public Task AFeedOnAHostileServerFailsWithTheReason(string path, string reason) => FailsAsync(factory, hostile.Url(path), reason);

    [SkippableFact]
    public Task ABillionLaughsFeedIsRefusedWithoutExpandingIt() => FailsAsync(factory, feeds.Url(HostileFeedServer.LaughsPath), "DTD");

    [SkippableFact]
    public Task AFeedThatRedirectsToAPrivateAddressIsRefused() => FailsAsync(guarded, hostile.Url("/to-private"), "10.0.0.5");

    [SkippableFact]
    public async Task AFeedWhoseHeaderNamesAWrongCharsetIsReadByItsXmlDeclaration()
    {
        var feed = await AddAsync(factory, feeds.Url(HostileFeedServer.WrongCharsetPath));
        var result = await PollAsync(factory, feed);
        Assert.Equal(1, result.Imported);
        Assert.Null(Reload(factory, feed).LastError);
        Assert.Equal("Crème brûlée for the minister", factory.Query(db => db.Articles.Single(a => a.FeedId == feed.Id).Headline));
    }

    private static async Task FailsAsync(NewsReaderFactory app, string url, string reason)
    {
        var feed = await AddAsync(app, url);
        var before = app.Query(db => db.Articles.Count());
        var result = await PollAsync(app, feed);
        Assert.True(result.Failed, $"{url} was polled without failing");
        var state = Reload(app, feed);
        Assert.Contains(reason, state.LastError);
        Assert.Equal(1, state.ConsecutiveFailures);
        Assert.NotNull(state.LastFetchedUtc);
        Assert.True(state.NextPollUtc > DateTime.UtcNow, $"next poll {state.NextPollUtc:o}");
        Assert.Equal(before, app.Query(db => db.Articles.Count()));
        Assert.Equal(0, app.Query(db => db.Articles.Count(a => a.FeedId == feed.Id)));
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync("/feeds")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync("/")).StatusCode);
    }

    private static async Task<StoredFeed> AddAsync(NewsReaderFactory app, string url)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var (feed, error) = await scope.ServiceProvider.GetRequiredService<Subscriptions>().AddAsync(url, null, null);
        Assert.True(feed is not null, error);
        return feed;
    }

    private static async Task<PollResult> PollAsync(NewsReaderFactory app, StoredFeed feed)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<Subscriptions>().PollAsync(Reload(app, feed));
    }

    private static StoredFeed Reload(NewsReaderFactory app, StoredFeed feed) => app.Query(db => db.Feeds.AsNoTracking().Single(f => f.Id == feed.Id));
}

public sealed class HostileFeedTestsOnSqlite(LoopbackFetchFactory factory, GuardedFetchFactory guarded, HostileServer hostile, HostileFeedServer feeds)
    : HostileFeedTests(factory, guarded, hostile, feeds), IClassFixture<LoopbackFetchFactory>, IClassFixture<GuardedFetchFactory>, IClassFixture<HostileServer>, IClassFixture<HostileFeedServer>;
public sealed class HostileFeedTestsOnPostgres(LoopbackFetchFactoryOnPostgres factory, GuardedFetchFactoryOnPostgres guarded, HostileServer hostile, HostileFeedServer feeds)
    : HostileFeedTests(factory, guarded, hostile, feeds), IClassFixture<LoopbackFetchFactoryOnPostgres>, IClassFixture<GuardedFetchFactoryOnPostgres>, IClassFixture<HostileServer>, IClassFixture<HostileFeedServer>;
