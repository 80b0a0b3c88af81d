using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace NewsReader.Web.Data.Postgres;

/// <summary>The library in a PostgreSQL database: its connection string, and how the context is opened.</summary>
public static class PostgresStorage
{
    public static IServiceCollection AddPostgresStorage(this IServiceCollection services)
    {
        services.AddDbContext<PostgresNewsReaderDb>((provider, options) =>
            options.UseNpgsql(provider.GetRequiredService<DatabaseLocation>().ConnectionString));
        services.AddSingleton<PostgresSearchIndex>();
        services.AddSingleton<PostgresAccessState>();
        services.AddSingleton<PostgresInboxLease>();
        services.AddSingleton<PostgresFeedPollLock>();
        services.AddSingleton<PostgresLibraryVersion>();
        services.AddSingleton<PostgresImportStorage>();
        return services;
    }

    /// <summary>A repeatable-read transaction: every read in it sees the library as it was at the first.</summary>
    public static async Task<IAsyncDisposable> BeginSnapshotAsync(NewsReaderDb db, CancellationToken cancellationToken) =>
        await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);

    /// <summary>Sets each identity column's sequence past the largest key stored, after rows were inserted with their keys.</summary>
    public static async Task ResetIdentitiesAsync(NewsReaderDb db, CancellationToken cancellationToken)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        foreach (var type in db.Model.GetEntityTypes())
        {
            if (type.GetTableName() is not { } table || type.FindPrimaryKey()?.Properties is not [{ ValueGenerated: Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.OnAdd } key]) continue;
            var tableName = sql.DelimitIdentifier(table, type.GetSchema());
            var column = key.GetColumnName();
            // pg_get_serial_sequence reads the table as SQL (so quoted) and the column as a plain name.
            // The names come from the model, not from input.
            var reset = $"SELECT setval(pg_get_serial_sequence('{tableName}', '{column}'), coalesce((SELECT max({sql.DelimitIdentifier(column)}) FROM {tableName}), 0) + 1, false)";
            await db.Database.ExecuteSqlRawAsync(reset, cancellationToken);
        }
    }

    /// <summary>
    /// On the first start, creates the library's database and the migrations' history table, as <c>Migrate</c> would, but
    /// quietly: Migrate's own looks for them log each missing one as an error.
    /// </summary>
    public static void PrepareForMigrations(NewsReaderDb db)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (!creator.Exists()) creator.Create();
        db.GetService<IHistoryRepository>().CreateIfNotExists();
    }

    /// <summary>
    /// The configured connection string, checked by Npgsql's parser. The data folder (logs, <c>access.json</c>) is
    /// <c>Database:DataFolder</c>, by default <c>data/</c> under the content root, as for the default SQLite file.
    /// </summary>
    public static DatabaseLocation Locate(string? configured, string? dataFolder, string contentRoot)
    {
        if (string.IsNullOrWhiteSpace(configured))
            throw new FormatException("give the PostgreSQL database, for example Host=127.0.0.1;Database=newsreader;Username=newsreader");
        var builder = new NpgsqlConnectionStringBuilder(configured);
        if (string.IsNullOrEmpty(builder.Host))
            throw new FormatException("no Host: with Database:Provider=Postgres it names a PostgreSQL server, for example Host=127.0.0.1;Database=newsreader");
        var folder = Path.GetFullPath(Path.Combine(contentRoot, string.IsNullOrWhiteSpace(dataFolder) ? "data" : dataFolder));
        Directory.CreateDirectory(folder);
        return new DatabaseLocation(DatabaseProvider.Postgres, builder.ConnectionString, folder);
    }
}
