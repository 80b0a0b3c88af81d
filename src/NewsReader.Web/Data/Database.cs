using Microsoft.EntityFrameworkCore;
using NewsReader.Web.Data.Postgres;
using NewsReader.Web.Data.Sqlite;

namespace NewsReader.Web.Data;

/// <summary>The database providers the library can live in (<c>Database:Provider</c>).</summary>
public enum DatabaseProvider { Sqlite, Postgres }

/// <summary>How the database is brought up to date, and read or written whole (a move), whichever provider holds it.</summary>
public static class Database
{
    public const string ConnectionName = "NewsReader";

    /// <summary>Applies the provider's migrations, after the provider's own preparation (SQLite: write-ahead logging).</summary>
    public static void Migrate(NewsReaderDb db)
    {
        if (db is SqliteNewsReaderDb) SqliteStorage.UseWriteAheadLog(db);
        if (db is PostgresNewsReaderDb) PostgresStorage.PrepareForMigrations(db);
        db.Database.Migrate();
    }

    /// <summary>
    /// A read-only transaction that sees the library as it was at its first read for as long as it lasts, without holding
    /// up the app's writers (SQLite: a deferred transaction over the write-ahead log; PostgreSQL: repeatable read).
    /// </summary>
    public static Task<IAsyncDisposable> BeginSnapshotAsync(NewsReaderDb db, CancellationToken cancellationToken) =>
        db is PostgresNewsReaderDb ? PostgresStorage.BeginSnapshotAsync(db, cancellationToken) : SqliteStorage.BeginSnapshotAsync(db, cancellationToken);

    /// <summary>
    /// After rows were written with their keys given (a moved library keeps its ids), makes the next generated key follow
    /// the largest stored one (PostgreSQL: each identity's sequence; SQLite takes the next rowid from the table itself).
    /// </summary>
    public static Task AfterKeysGivenAsync(NewsReaderDb db, CancellationToken cancellationToken) =>
        db is PostgresNewsReaderDb ? PostgresStorage.ResetIdentitiesAsync(db, cancellationToken) : Task.CompletedTask;
}

/// <summary>
/// Which database holds the library, its connection string (resolved: a relative SQLite path is made absolute), and the
/// data folder for the files kept beside it (logs, <c>access.json</c>).
/// </summary>
public sealed record DatabaseLocation(DatabaseProvider Provider, string ConnectionString, string DataFolder)
{
    public const string ProviderSetting = "Database:Provider";
    public const string DataFolderSetting = "Database:DataFolder";

    public static DatabaseLocation From(IConfiguration configuration, IWebHostEnvironment environment)
    {
        var configured = configuration.GetConnectionString(Database.ConnectionName);
        return ProviderFrom(configuration) switch
        {
            DatabaseProvider.Postgres => PostgresStorage.Locate(configured, configuration[DataFolderSetting], environment.ContentRootPath),
            _ => SqliteStorage.Locate(configured, environment.ContentRootPath),
        };
    }

    /// <summary><c>Database:Provider</c>: <c>Sqlite</c> when it is not set; anything but the two names is refused.</summary>
    public static DatabaseProvider ProviderFrom(IConfiguration configuration) => configuration[ProviderSetting]?.Trim() switch
    {
        null or "" => DatabaseProvider.Sqlite,
        var name when name.Equals(nameof(DatabaseProvider.Sqlite), StringComparison.OrdinalIgnoreCase) => DatabaseProvider.Sqlite,
        var name when name.Equals(nameof(DatabaseProvider.Postgres), StringComparison.OrdinalIgnoreCase) => DatabaseProvider.Postgres,
        _ => throw new FormatException("must be Sqlite or Postgres"),
    };
}
