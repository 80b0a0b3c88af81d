using Microsoft.Data.Sqlite;
using NewsReader.Web.Data;
using Npgsql;

namespace NewsReader.Web.Tests;

/// <summary>Marks a factory whose app runs on PostgreSQL (a fresh database on the server <c>NEWSREADER_POSTGRES</c> names).</summary>
public interface IOnPostgres;

/// <summary>The database of one test factory: made before its app starts, removed when the factory is disposed.</summary>
public abstract class TestDatabase : IDisposable
{
    public abstract DatabaseProvider Provider { get; }

    public abstract string ConnectionString { get; }

    public static TestDatabase Create(DatabaseProvider provider, string folder) =>
        provider == DatabaseProvider.Postgres ? PostgresTestDatabase.Create() : new SqliteTestDatabase(folder);

    public abstract void Dispose();
}

/// <summary>A SQLite file in the factory's temporary folder (the folder itself is the factory's to remove).</summary>
public sealed class SqliteTestDatabase(string folder) : TestDatabase
{
    public string FilePath { get; } = Path.Combine(folder, "newsreader.db");

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public override string ConnectionString => $"Data Source={FilePath}";

    public override void Dispose() => SqliteConnection.ClearAllPools();
}

/// <summary>
/// A database of its own (<c>nr_test_GUID</c>) on the server named by <c>NEWSREADER_POSTGRES</c>, dropped at the end.
/// Without that variable the test is skipped, with the reason, unless <c>NEWSREADER_REQUIRE_POSTGRES=1</c> (as CI sets):
/// then it fails.
/// </summary>
public sealed class PostgresTestDatabase : TestDatabase
{
    public const string ServerVariable = "NEWSREADER_POSTGRES";
    public const string RequireVariable = "NEWSREADER_REQUIRE_POSTGRES";

    private readonly string server;
    private readonly string name;

    private PostgresTestDatabase(string server, string name)
    {
        this.server = server;
        this.name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    public override string ConnectionString { get; }

    /// <summary>The server's connection string, or null when none is given.</summary>
    public static string? Server => Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } value ? value : null;

    public static PostgresTestDatabase Create()
    {
        if (Server is not { } server)
        {
            if (Environment.GetEnvironmentVariable(RequireVariable) == "1")
                throw new InvalidOperationException($"{RequireVariable}=1, but {ServerVariable} names no PostgreSQL server.");
            throw new SkipException($"The PostgreSQL run needs a server: set {ServerVariable} to a connection string (see README, Running on PostgreSQL).");
        }
        var database = new PostgresTestDatabase(server, "nr_test_" + Guid.NewGuid().ToString("N"));
        database.Execute($"CREATE DATABASE {database.name}");
        return database;
    }

    public override void Dispose()
    {
        using (var connection = new NpgsqlConnection(ConnectionString)) NpgsqlConnection.ClearPool(connection);
        Execute($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }

    private void Execute(string sql)
    {
        // The maintenance database of the server's connection string, never the test's own.
        using var connection = new NpgsqlConnection(server);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
