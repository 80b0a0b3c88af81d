using System.Collections.Concurrent;

namespace NewsReader.Web.Feeds;

/// <summary>
/// One poll of a feed at a time: the background poller, "Refresh now" and the <c>poll</c> command may meet, and on a
/// shared PostgreSQL library so may several app instances.
/// </summary>
public interface IFeedPollLock
{
    /// <summary>The feed's lock if it is free now, else null (someone is polling it: no need to poll it twice).</summary>
    Task<IAsyncDisposable?> TryTakeAsync(long feedId, CancellationToken cancellationToken = default);
}

/// <summary>One poll of a feed at a time within this process: enough for a SQLite library, which one machine serves.</summary>
public sealed class FeedLocks : IFeedPollLock
{
    private readonly ConcurrentDictionary<long, SemaphoreSlim> locks = new();

    public async Task<IAsyncDisposable?> TryTakeAsync(long feedId, CancellationToken cancellationToken = default)
    {
        var gate = locks.GetOrAdd(feedId, _ => new SemaphoreSlim(1, 1));
        return await gate.WaitAsync(TimeSpan.Zero, cancellationToken) ? new Release(gate) : null;
    }

    private sealed class Release(SemaphoreSlim gate) : IAsyncDisposable
    {
        private int released;
        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref released, 1) == 0) gate.Release();
            return ValueTask.CompletedTask;
        }
    }
}

/// <summary>Wakes the background poller early: a feed just added is polled at once instead of at the poller's next round.</summary>
public sealed class FeedSchedule
{
    private readonly SemaphoreSlim wake = new(0, 1);

    public void Wake()
    {
        if (wake.CurrentCount == 0)
        {
            try { wake.Release(); } catch (SemaphoreFullException) { } // woken already
        }
    }

    /// <summary>Waits <paramref name="delay"/>, or less when <see cref="Wake"/> is called.</summary>
    public Task WaitAsync(TimeSpan delay, CancellationToken cancellationToken) => wake.WaitAsync(delay, cancellationToken);
}
