using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace NewsReader.Web.Data;

/// <summary>Where the database lives, and how it is opened and brought up to date.</summary>
public static class Database
{
    public const string ConnectionName = "NewsReader";

    /// <summary>
    /// The configured connection string with a relative <c>Data Source</c> resolved against the content root,
    /// so the database is found wherever the app is started from. The folder is created when missing.
    /// </summary>
    public static string ResolveConnectionString(string? configured, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? "Data Source=data/newsreader.db" : configured);
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

    /// <summary>Applies migrations and switches the file to write-ahead logging, so readers never wait for a writer.</summary>
    public static void Migrate(NewsReaderDb db)
    {
        db.Database.Migrate();
        db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
    }
}

/// <summary>The resolved connection string of the library's database.</summary>
public sealed record DatabaseLocation(string ConnectionString)
{
    public string? FilePath => new SqliteConnectionStringBuilder(ConnectionString).DataSource;

    public static DatabaseLocation From(IConfiguration configuration, IWebHostEnvironment environment) =>
        new(Database.ResolveConnectionString(configuration.GetConnectionString(Database.ConnectionName), environment.ContentRootPath));
}

/// <summary>Lets <c>dotnet ef</c> create the context without starting the app.</summary>
public sealed class DesignTimeDbFactory : IDesignTimeDbContextFactory<NewsReaderDb>
{
    public NewsReaderDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<NewsReaderDb>().UseSqlite("Data Source=design-time.db").Options);
}
