using System.Text.Json;
using NewsReader.Web.Security;
using Npgsql;
using NpgsqlTypes;

namespace NewsReader.Web.Data.Postgres;

/// <summary>
/// The access state in the library's PostgreSQL database (one row of <c>"Access"</c>, made by the migration
/// <c>Access</c>), so that every app instance on the library shares the password, the token and the lockout. A change
/// locks the row (<c>FOR UPDATE</c>) while it reads and writes it; a read is kept for at most a second, so a change made
/// through one instance holds on every other within a second.
/// </summary>
public sealed class PostgresAccessState(DatabaseLocation location, TimeProvider clock) : IAccessStateStorage
{
    private static readonly TimeSpan Freshness = TimeSpan.FromSeconds(1);
    private readonly Lock gate = new();
    private (DateTimeOffset ReadAt, AccessState State)? cached;

    public string Location => "the database's \"Access\" table";

    public AccessState Read()
    {
        lock (gate)
        {
            var now = clock.GetUtcNow();
            if (cached is { } c && now - c.ReadAt < Freshness && now >= c.ReadAt) return c.State;
            using var connection = Open();
            var state = Select(connection, null, forUpdate: false);
            cached = (now, state);
            return state;
        }
    }

    public AccessState Update(Func<AccessState, AccessState> change)
    {
        lock (gate)
        {
            using var connection = Open();
            using var transaction = connection.BeginTransaction();
            var state = change(Select(connection, transaction, forUpdate: true));
            using (var command = new NpgsqlCommand("""UPDATE "Access" SET "State" = @state WHERE "Id" = 1""", connection, transaction))
            {
                command.Parameters.Add(new NpgsqlParameter("state", NpgsqlDbType.Jsonb) { Value = JsonSerializer.Serialize(state, AccessState.Json) });
                command.ExecuteNonQuery();
            }
            transaction.Commit();
            cached = (clock.GetUtcNow(), state);
            return state;
        }
    }

    private NpgsqlConnection Open()
    {
        var connection = new NpgsqlConnection(location.ConnectionString);
        connection.Open();
        return connection;
    }

    private static AccessState Select(NpgsqlConnection connection, NpgsqlTransaction? transaction, bool forUpdate)
    {
        using var command = new NpgsqlCommand($"""SELECT "State"::text FROM "Access" WHERE "Id" = 1{(forUpdate ? " FOR UPDATE" : "")}""", connection, transaction);
        return command.ExecuteScalar() is string json ? JsonSerializer.Deserialize<AccessState>(json, AccessState.Json) ?? new AccessState() : new AccessState();
    }
}
