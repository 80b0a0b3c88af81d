using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsReader.Web.Feeds;
using NewsReader.Web.Tests.Fetching;

namespace NewsReader.Web.Tests.Feeds;

/// <summary>
/// One poll of a feed at a time: while the feed's lock is held (by this instance on SQLite, which one machine serves; by
/// another app instance on the same PostgreSQL library), polling it again says it is busy and fetches nothing.
/// </summary>
public abstract class OnePollerTests(LoopbackFetchFactory factory, FeedServer server)
{
    /// <summary>The instance that holds the lock: this one on SQLite, a second instance on the same library on PostgreSQL.</summary>
    protected abstract NewsReaderFactory Holder(NewsReaderFactory factory);

    [SkippableFact]
    public async Task AFeedBeingPolledIsNotPolledAgainUntilItsLockIsGivenBack()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var subscriptions = scope.ServiceProvider.GetRequiredService<Subscriptions>();
        var (feed, error) = await subscriptions.AddAsync(server.Url("/rss/one-poller"), "One poller", null);
        Assert.True(feed is not null, error);
        var holder = Holder(factory);
        try
        {
            var held = await holder.Services.GetRequiredService<IFeedPollLock>().TryTakeAsync(feed.Id);
            Assert.NotNull(held);
            var busy = await subscriptions.PollAsync(feed);
            Assert.True(busy.Busy, "the feed was polled while another poll held it");
            Assert.Equal(0, server.Visits("/rss/one-poller"));
            await held.DisposeAsync();

            var polled = await subscriptions.PollAsync(factory.Query(db => db.Feeds.AsNoTracking().Single(f => f.Id == feed.Id)));
            Assert.False(polled.Busy);
            Assert.Equal(2, polled.Imported);
            Assert.Equal(1, server.Visits("/rss/one-poller"));
        }
        finally
        {
            if (!ReferenceEquals(holder, factory)) holder.Dispose();
        }
    }
}

public sealed class OnePollerTestsOnSqlite(LoopbackFetchFactory factory, FeedServer server) : OnePollerTests(factory, server), IClassFixture<LoopbackFetchFactory>, IClassFixture<FeedServer>
{
    protected override NewsReaderFactory Holder(NewsReaderFactory factory) => factory;
}

public sealed class OnePollerTestsOnPostgres(LoopbackFetchFactoryOnPostgres factory, FeedServer server) : OnePollerTests(factory, server), IClassFixture<LoopbackFetchFactoryOnPostgres>, IClassFixture<FeedServer>
{
    protected override NewsReaderFactory Holder(NewsReaderFactory factory) => factory.SecondInstance();
}
