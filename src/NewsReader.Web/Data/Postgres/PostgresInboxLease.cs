using NewsReader.Web.Importing;
using Npgsql;

namespace NewsReader.Web.Data.Postgres;

/// <summary>
/// The inbox lease as a PostgreSQL advisory lock, held by a session of its own (outside the connection pool) for as long
/// as this instance works the inbox: instances on other machines see it, and the server frees it when the session ends,
/// however the instance stops.
/// </summary>
public sealed class PostgresInboxLease(DatabaseLocation location) : IInboxLease
{
    // The key of the inbox's advisory lock ("NewsInbo").
    private const long InboxLock = 0x4E65_7773_496E_626F;

    public async Task<IAsyncDisposable> AcquireAsync(CancellationToken cancellationToken)
    {
        var session = new NpgsqlConnectionStringBuilder(location.ConnectionString) { Pooling = false }.ConnectionString;
        while (true)
        {
            var connection = new NpgsqlConnection(session);
            try
            {
                await connection.OpenAsync(cancellationToken);
                await using var command = new NpgsqlCommand($"SELECT pg_try_advisory_lock({InboxLock})", connection);
                if (await command.ExecuteScalarAsync(cancellationToken) is true) return connection;
            }
            catch (NpgsqlException)
            {
                // The server is out of reach for now: try again, as when another instance holds the lease.
            }
            await connection.DisposeAsync();
            await Task.Delay(IInboxLease.RetryInterval, cancellationToken);
        }
    }
}
