using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace NewsReader.Web.Data.Sqlite;

/// <summary>The library in one SQLite file: where it is, how connections are opened, and the pragmas of an import batch.</summary>
public static class SqliteStorage
{
    public const string DefaultConnectionString = "Data Source=data/newsreader.db";

    public static IServiceCollection AddSqliteStorage(this IServiceCollection services)
    {
        services.AddDbContext<SqliteNewsReaderDb>((provider, options) =>
            options.UseSqlite(provider.GetRequiredService<DatabaseLocation>().ConnectionString).AddInterceptors(new SqlitePragmas()));
        services.AddSingleton<SqliteSearchIndex>();
        services.AddSingleton<AccessFile>();
        services.AddSingleton<Importing.FileInboxLease>();
        services.AddSingleton<SqliteLibraryVersion>();
        services.AddSingleton<SqliteImportStorage>();
        return services;
    }

    /// <summary>The configured file, resolved against the content root; its folder (created when missing) is the data folder.</summary>
    public static DatabaseLocation Locate(string? configured, string contentRoot)
    {
        var connectionString = ResolveConnectionString(configured, contentRoot);
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = file is { Length: > 0 } && file != ":memory:" && Path.GetDirectoryName(Path.GetFullPath(file)) is { } parent
            ? parent
            : Path.Combine(AppContext.BaseDirectory, "data");
        return new DatabaseLocation(DatabaseProvider.Sqlite, connectionString, folder);
    }

    /// <summary>
    /// The configured connection string with a relative <c>Data Source</c> resolved against the content root,
    /// so the database is found wherever the app is started from. The folder is created when missing.
    /// </summary>
    public static string ResolveConnectionString(string? configured, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? DefaultConnectionString : configured);
        if (builder.DataSource != ":memory:" && builder.Mode != SqliteOpenMode.Memory && !string.IsNullOrEmpty(builder.DataSource))
        {
            var path = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            builder.DataSource = path;
        }
        // Wait for a writer in another process (CLI import beside the web app) instead of failing with "database is locked".
        if (builder.DefaultTimeout < 30) builder.DefaultTimeout = 30;
        builder.Pooling = true;
        return builder.ToString();
    }

    /// <summary>
    /// Switches the file to write-ahead logging, so readers never wait for a writer. It comes before the migrations so
    /// that creating a new library does not wait for a disk flush at every migration step.
    /// </summary>
    public static void UseWriteAheadLog(NewsReaderDb db) => db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");

    /// <summary>
    /// A deferred transaction (EF Core's own begins <c>IMMEDIATE</c>, which would take the write lock): its snapshot is
    /// taken at the first read and kept until it ends, while writers go on in the write-ahead log.
    /// </summary>
    public static async Task<IAsyncDisposable> BeginSnapshotAsync(NewsReaderDb db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        var transaction = ((SqliteConnection)db.Database.GetDbConnection()).BeginTransaction(deferred: true);
        await db.Database.UseTransactionAsync(transaction, cancellationToken);
        return new Snapshot(db, transaction);
    }

    private sealed class Snapshot(NewsReaderDb db, SqliteTransaction transaction) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await db.Database.UseTransactionAsync(null);
            await transaction.DisposeAsync();
            await db.Database.CloseConnectionAsync();
        }
    }
}

/// <summary>
/// Every connection runs with <c>synchronous=NORMAL</c>: in WAL mode a commit is then atomic and never corrupts the file,
/// and only a power cut can lose the last commits, while each article's transaction no longer waits for a disk flush.
/// </summary>
public sealed class SqlitePragmas : Microsoft.EntityFrameworkCore.Diagnostics.DbConnectionInterceptor
{
    public override void ConnectionOpened(System.Data.Common.DbConnection connection, Microsoft.EntityFrameworkCore.Diagnostics.ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous=NORMAL;";
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(System.Data.Common.DbConnection connection, Microsoft.EntityFrameworkCore.Diagnostics.ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous=NORMAL;";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
