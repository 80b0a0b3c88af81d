using System.Collections.Concurrent;

namespace NewsReader.Web.Feeds;

/// <summary>
/// One poll of a feed at a time within this process (the background service and "Refresh now" may meet). Several app
/// instances over one database need a lock in the database instead; that belongs with the PostgreSQL issue.
/// </summary>
public sealed class FeedLocks
{
    private readonly ConcurrentDictionary<long, SemaphoreSlim> locks = new();

    /// <summary>The feed's lock if it is free now, else null (someone is polling it: no need to poll it twice).</summary>
    public async Task<IDisposable?> TryTakeAsync(long feedId)
    {
        var gate = locks.GetOrAdd(feedId, _ => new SemaphoreSlim(1, 1));
        return await gate.WaitAsync(TimeSpan.Zero) ? new Release(gate) : null;
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        private int released;
        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0) gate.Release();
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
