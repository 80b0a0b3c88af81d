using NewsReader.Web.Feeds;
using Npgsql;

namespace NewsReader.Web.Data.Postgres;

/// <summary>
/// One poll of a feed at a time across every app instance on the library: this process's lock first, then a PostgreSQL
/// advisory lock on the feed, held by a session of its own (outside the connection pool) for the poll's length, so the
/// server frees it when the session ends, however the instance stops.
/// </summary>
public sealed class PostgresFeedPollLock(DatabaseLocation location, FeedLocks local) : IFeedPollLock
{
    // The first key of the feeds' advisory locks ("NRfd"); the second is the feed's id.
    private const int FeedLockClass = 0x4E52_6664;

    public async Task<IAsyncDisposable?> TryTakeAsync(long feedId, CancellationToken cancellationToken = default)
    {
        if (await local.TryTakeAsync(feedId, cancellationToken) is not { } here) return null;
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(location.ConnectionString) { Pooling = false }.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock($1, $2)", connection);
            command.Parameters.Add(new NpgsqlParameter { Value = FeedLockClass });
            command.Parameters.Add(new NpgsqlParameter { Value = unchecked((int)feedId) });
            if (await command.ExecuteScalarAsync(cancellationToken) is true) return new Held(connection, here);
        }
        catch
        {
            await connection.DisposeAsync();
            await here.DisposeAsync();
            throw;
        }
        await connection.DisposeAsync();
        await here.DisposeAsync();
        return null;
    }

    // Closing the session gives the advisory lock back.
    private sealed class Held(NpgsqlConnection connection, IAsyncDisposable here) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await connection.DisposeAsync();
            await here.DisposeAsync();
        }
    }
}
