using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsReader.Web.Feeds;
using NewsReader.Web.Tests.Fetching;

namespace NewsReader.Web.Tests.Feeds;

/// <summary>
/// 200 feeds of 50 entries each on loopback, every entry a different story with its full text, each feed answering a
/// matching If-None-Match with 304. (Time and peak memory of the same polls through the commands: tests/NewsReader.FeedBenchmark.)
/// </summary>
public sealed class ManyFeedsServer : LoopbackServer
{
    public const int Feeds = 200;
    public const int EntriesPerFeed = 50;

    protected override void Map(WebApplication app) =>
        app.MapGet("/city/{feed:int}", (HttpContext context, int feed) =>
        {
            var etag = $"\"city-{feed}\"";
            context.Response.Headers.ETag = etag;
            if (context.Request.Headers.IfNoneMatch.ToString() == etag) return Results.StatusCode(StatusCodes.Status304NotModified);
            return Results.Content(Rss(feed), "application/rss+xml; charset=utf-8");
        });

    private string Rss(int feed)
    {
        var items = new System.Text.StringBuilder();
        for (var entry = 0; entry < EntriesPerFeed; entry++)
        {
            var n = feed * EntriesPerFeed + entry;
            var body = System.Security.SecurityElement.Escape(
                $"<p>Bus route {n} in city {feed} ran again on day {entry + 1} after repairs to the line, the operator said.</p>" +
                $"<p>\"Passengers on route {n} will not pay more,\" said transport chief Rina Wijaya of city {feed}.</p>");
            items.Append($"""
                <item><title>Route {n} runs again</title><link>{BaseUrl}/city/{feed}/entry/{entry}</link><guid>city-{feed}-entry-{entry}</guid>
                <pubDate>Wed, 13 Aug 2025 07:{entry:00}:00 +0700</pubDate><content:encoded>{body}</content:encoded></item>
                """);
        }
        return $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
            <title>City {feed} Daily</title><link>{BaseUrl}/city/{feed}</link>
            {items}
            </channel></rss>
            """;
    }
}

public abstract class PollingAtScaleTests(BusyLoopbackFetchFactory factory, ManyFeedsServer server)
{
    [SkippableFact]
    public async Task PollingTwoHundredFeedsImportsEveryEntryOnceAndTheSecondPollGetsNotModified()
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var subscriptions = scope.ServiceProvider.GetRequiredService<Subscriptions>();
            for (var feed = 0; feed < ManyFeedsServer.Feeds; feed++)
                Assert.NotNull((await subscriptions.AddAsync(server.Url($"/city/{feed}"), null, "Cities")).Feed);
        }

        var first = await PollAllAsync();
        Assert.Equal(ManyFeedsServer.Feeds, first.Count);
        Assert.All(first, result => Assert.False(result.Failed, result.Feed.LastError));
        Assert.Equal(ManyFeedsServer.Feeds * ManyFeedsServer.EntriesPerFeed, first.Sum(r => r.Imported));
        Assert.Equal(ManyFeedsServer.Feeds * ManyFeedsServer.EntriesPerFeed, factory.Query(db => db.Articles.Count(a => a.FeedId != null)));
        Assert.Equal(ManyFeedsServer.Feeds * ManyFeedsServer.EntriesPerFeed, factory.Query(db => db.Articles.Select(a => a.SourceUrl).Distinct().Count()));

        var second = await PollAllAsync();
        Assert.All(second, result => Assert.True(result.NotModified, $"{result.Feed.Title} was not answered 304"));
        Assert.Equal(0, second.Sum(r => r.Imported + r.Updated));
        Assert.Equal(ManyFeedsServer.Feeds * ManyFeedsServer.EntriesPerFeed, factory.Query(db => db.Articles.Count()));
    }

    private async Task<IReadOnlyList<PollResult>> PollAllAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<Subscriptions>().PollAllAsync(dueOnly: false);
    }
}

public sealed class PollingAtScaleTestsOnSqlite(BusyLoopbackFetchFactory factory, ManyFeedsServer server) : PollingAtScaleTests(factory, server), IClassFixture<BusyLoopbackFetchFactory>, IClassFixture<ManyFeedsServer>;
public sealed class PollingAtScaleTestsOnPostgres(BusyLoopbackFetchFactoryOnPostgres factory, ManyFeedsServer server) : PollingAtScaleTests(factory, server), IClassFixture<BusyLoopbackFetchFactoryOnPostgres>, IClassFixture<ManyFeedsServer>;
