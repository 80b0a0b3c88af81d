using System.Collections.Concurrent;
using System.Data.Common;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using NewsReader.Parsing;
using NewsReader.Web.Data;
using NewsReader.Web.Data.Postgres;
using NewsReader.Web.Data.Sqlite;
using NewsReader.Web.Importing.Formats;
using NewsReader.Web.Search;
using NewsReader.Web.Security;
using Npgsql;

namespace NewsReader.Web.Operations;

/// <summary>
/// <c>move-to PROVIDER CONNECTION</c>: copies the whole library (every table of the model, with its ids, and the access
/// state) into an empty library of either provider, rebuilds the search index there, and checks the copy table by table,
/// by row count and content hash (<see cref="LibraryTables.DigestAsync"/>), computed the same way on both sides. The
/// library itself is only read, inside one snapshot, so it may go on serving; the target is written in one transaction,
/// so a failed copy leaves it empty.
/// </summary>
public static class LibraryMove
{
    public const string Usage = "move-to: give the provider and the connection of an empty library, for example: " +
        "move-to Postgres \"Host=127.0.0.1;Database=newsreader;Username=newsreader\" or move-to Sqlite /srv/news/library.db";

    /// <summary>One line of the check: a table (or the access state, or the search index) on both sides.</summary>
    public sealed record Check(string Table, long SourceRows, long TargetRows, string SourceSha256, string TargetSha256)
    {
        public bool Matches => SourceRows == TargetRows && SourceSha256 == TargetSha256;
    }

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        if (args.Length != 2)
        {
            await error.WriteLineAsync(Usage);
            return 2;
        }
        if (ProviderNamed(args[0]) is not { } provider)
        {
            await error.WriteLineAsync($"move-to: '{args[0]}' is not a database provider; give Sqlite or Postgres.");
            return 2;
        }
        DatabaseLocation target;
        try
        {
            target = Locate(provider, args[1]);
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException or KeyNotFoundException)
        {
            await error.WriteLineAsync($"move-to: the {provider} connection string cannot be read: {exception.Message}");
            return 2;
        }
        var source = services.GetRequiredService<DatabaseLocation>();
        var name = Describe(target);
        if (SameLibrary(source, target))
        {
            await error.WriteLineAsync($"move-to: {name} is the library itself; give another, empty library.");
            return 1;
        }

        await using var targetServices = new ServiceCollection()
            .AddLogging().AddSingleton(TimeProvider.System).AddSingleton(target).AddLibraryStorage()
            .BuildServiceProvider();
        using var sourceScope = services.CreateScope();
        using var targetScope = targetServices.CreateScope();
        var from = new Side(sourceScope.ServiceProvider);
        var to = new Side(targetScope.ServiceProvider);
        try
        {
            if (await RefusalAsync(to, cancellationToken) is { } reason)
            {
                await error.WriteLineAsync($"move-to: {name} is not empty: {reason}. Nothing was copied; move into a new file or an empty database.");
                return 1;
            }
            var checks = await MoveAsync(from, to, output, cancellationToken);
            Print(checks, output);
            if (checks.All(c => c.Matches))
            {
                await output.WriteLineAsync($"moved to {name}: every table matches. Start the app on it with " +
                    $"--Database:Provider={provider} --ConnectionStrings:NewsReader=\"…\".");
                return 0;
            }
            await error.WriteLineAsync($"move-to: the copy in {name} differs from the library in " +
                $"{string.Join(", ", checks.Where(c => !c.Matches).Select(c => c.Table))}; the library itself is unchanged.");
            return 1;
        }
        catch (Exception exception) when (IsDatabaseFailure(exception))
        {
            await error.WriteLineAsync($"move-to: {name} cannot be used: {Reason(exception)}. The library itself is unchanged.");
            return 1;
        }
    }

    /// <summary>The services of one side: its context, search index and access state.</summary>
    private sealed class Side(IServiceProvider services)
    {
        public NewsReaderDb Db { get; } = services.GetRequiredService<NewsReaderDb>();
        public ISearchIndex Search { get; } = services.GetRequiredService<ISearchIndex>();
        public IAccessStateStorage Access { get; } = services.GetRequiredService<IAccessStateStorage>();
    }

    /// <summary>Why the target cannot take the library, or null when it is empty (its schema is brought up to date first).</summary>
    private static async Task<string?> RefusalAsync(Side to, CancellationToken cancellationToken)
    {
        // A library made by another version of NewsReader is looked at before its schema is touched.
        if ((await to.Db.Database.GetAppliedMigrationsAsync(cancellationToken)).Any() && await to.Db.Articles.AnyAsync(cancellationToken))
        {
            var count = await to.Db.Articles.LongCountAsync(cancellationToken);
            return $"it holds {count} {(count == 1 ? "article" : "articles")}";
        }
        Database.Migrate(to.Db);
        await to.Search.EnsureCreatedAsync(to.Db, cancellationToken);
        foreach (var type in LibraryTables.InDependencyOrder(to.Db.Model))
        {
            await foreach (var _ in LibraryTables.ReadAsync(to.Db, type, cancellationToken))
                return $"its table {type.GetTableName()} holds rows";
        }
        var access = to.Access.Read();
        if (access.PasswordHash is not null || access.TokenSha256 is not null)
            return $"an admin password or API token is set in {to.Access.Location}";
        return null;
    }

    private static async Task<IReadOnlyList<Check>> MoveAsync(Side from, Side to, TextWriter output, CancellationToken cancellationToken)
    {
        await using var snapshot = await Database.BeginSnapshotAsync(from.Db, cancellationToken);
        await CopyTablesAsync(from.Db, to.Db, output, cancellationToken);
        var access = from.Access.Read();
        to.Access.Update(_ => access);
        var indexed = await IndexAsync(to, cancellationToken);
        await output.WriteLineAsync($"indexed {indexed} articles for search");

        var source = await LibraryTables.DigestAsync(from.Db, cancellationToken);
        var target = await LibraryTables.DigestAsync(to.Db, cancellationToken);
        var checks = source.Zip(target, (s, t) => new Check(s.Table, s.Rows, t.Rows, s.Sha256, t.Sha256)).ToList();
        checks.Add(new Check("access state", 1, 1, AccessDigest(access), AccessDigest(to.Access.Read())));
        // The target's search index has an entry for each article (the source's own index is not part of the move).
        var articles = source.Single(d => d.Table == from.Db.Model.FindEntityType(typeof(StoredArticle))!.GetTableName()).Rows;
        var entries = await SearchEntriesAsync(to.Db, cancellationToken);
        checks.Add(new Check("search entries", articles, entries, "", ""));
        return checks;
    }

    /// <summary>Copies every table in one transaction of the target, a batch of rows per <c>SaveChanges</c>, ids kept.</summary>
    private static async Task CopyTablesAsync(NewsReaderDb from, NewsReaderDb to, TextWriter output, CancellationToken cancellationToken)
    {
        to.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await to.Database.BeginTransactionAsync(cancellationToken);
        foreach (var type in LibraryTables.InDependencyOrder(from.Model))
        {
            long rows = 0;
            await foreach (var batch in LibraryTables.ReadAsync(from, type, cancellationToken))
            {
                to.AddRange(batch);
                await to.SaveChangesAsync(cancellationToken);
                to.ChangeTracker.Clear();
                rows += batch.Count;
            }
            await output.WriteLineAsync($"copied {type.GetTableName()}: {rows} rows");
        }
        await Database.AfterKeysGivenAsync(to, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Builds the target's search index from its stored texts, parsing on every core, a transaction per batch.</summary>
    private static async Task<long> IndexAsync(Side to, CancellationToken cancellationToken)
    {
        long indexed = 0;
        long after = 0;
        while (true)
        {
            var batch = await to.Db.Articles.AsNoTracking().Where(a => a.Id > after).OrderBy(a => a.Id).Take(LibraryTables.BatchSize)
                .Select(a => new { a.Id, a.Format, a.Text }).ToListAsync(cancellationToken);
            if (batch.Count == 0) return indexed;
            var documents = new ConcurrentDictionary<long, SearchDocument>();
            Parallel.ForEach(batch, new ParallelOptions { CancellationToken = cancellationToken }, article =>
            {
                var (text, _) = ArticleFormats.ToArticleText(ArticleFormats.FromName(article.Format), article.Text);
                documents[article.Id] = SearchDocument.From(ArticleParser.Parse(text));
            });
            await using (var transaction = await to.Db.Database.BeginTransactionAsync(cancellationToken))
            {
                await using (var writer = to.Search.OpenWriter(to.Db))
                {
                    foreach (var article in batch) await writer.AddAsync(article.Id, documents[article.Id], cancellationToken);
                }
                await transaction.CommitAsync(cancellationToken);
            }
            indexed += batch.Count;
            after = batch[^1].Id;
        }
    }

    private static async Task<long> SearchEntriesAsync(NewsReaderDb db, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectionScope.OpenAsync(db, cancellationToken);
        await using var command = connection.Connection.CreateCommand();
        // Both providers' index tables are named ArticleSearch, and both read a double-quoted name.
        command.CommandText = "SELECT count(*) FROM \"ArticleSearch\"";
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The access state's content hash, over its stored properties by name, as a table's rows are hashed.</summary>
    public static string AccessDigest(AccessState state)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var writer = new LibraryTables.RowWriter(hash);
        foreach (var property in typeof(AccessState).GetProperties().Where(p => p.CanWrite).OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            writer.Write(property.Name);
            writer.Write(property.GetValue(state));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void Print(IReadOnlyList<Check> checks, TextWriter output)
    {
        var width = Math.Max(14, checks.Max(c => c.Table.Length));
        output.WriteLine($"{"table".PadRight(width)}  {"library",9}  {"copy",9}  {"library SHA-256",-16}  {"copy SHA-256",-16}  check");
        foreach (var c in checks)
        {
            output.WriteLine($"{c.Table.PadRight(width)}  {c.SourceRows,9}  {c.TargetRows,9}  {Short(c.SourceSha256),-16}  {Short(c.TargetSha256),-16}  " +
                (c.Matches ? "same" : "DIFFERENT"));
        }
    }

    private static string Short(string sha) => sha.Length == 0 ? "-" : sha[..16];

    private static DatabaseProvider? ProviderNamed(string name) =>
        Enum.TryParse<DatabaseProvider>(name, ignoreCase: true, out var provider) && Enum.IsDefined(provider) && !int.TryParse(name, out _) ? provider : null;

    /// <summary>The target's location: for SQLite a connection string or a bare path (relative to the working folder).</summary>
    private static DatabaseLocation Locate(DatabaseProvider provider, string connection)
    {
        if (provider == DatabaseProvider.Postgres) return PostgresStorage.Locate(connection, null, Directory.GetCurrentDirectory());
        if (string.IsNullOrWhiteSpace(connection)) throw new FormatException("give the SQLite file, for example /srv/news/library.db");
        var connectionString = connection.Contains('=') ? connection : $"Data Source={Path.GetFullPath(connection)}";
        return SqliteStorage.Locate(connectionString, Directory.GetCurrentDirectory());
    }

    /// <summary>The target in words for messages, without its password.</summary>
    private static string Describe(DatabaseLocation location)
    {
        if (location.Provider == DatabaseProvider.Sqlite)
            return $"the SQLite file {new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(location.ConnectionString).DataSource}";
        var builder = new NpgsqlConnectionStringBuilder(location.ConnectionString);
        return $"the PostgreSQL database {builder.Database ?? builder.Username ?? "(the user's)"} on {builder.Host}:{builder.Port}";
    }

    private static bool SameLibrary(DatabaseLocation a, DatabaseLocation b)
    {
        if (a.Provider != b.Provider) return false;
        if (a.Provider == DatabaseProvider.Sqlite)
        {
            static string File(DatabaseLocation l) => Path.GetFullPath(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(l.ConnectionString).DataSource);
            return File(a) == File(b);
        }
        var (x, y) = (new NpgsqlConnectionStringBuilder(a.ConnectionString), new NpgsqlConnectionStringBuilder(b.ConnectionString));
        return string.Equals(x.Host, y.Host, StringComparison.OrdinalIgnoreCase) && x.Port == y.Port && (x.Database ?? x.Username) == (y.Database ?? y.Username);
    }

    private static bool IsDatabaseFailure(Exception exception) =>
        exception is DbException or DbUpdateException or TimeoutException or IOException or UnauthorizedAccessException
        || (exception is InvalidOperationException && exception.InnerException is DbException or TimeoutException or IOException);

    /// <summary>The exception's message with its causes', each said once.</summary>
    private static string Reason(Exception exception)
    {
        var messages = new List<string>();
        for (var e = exception; e is not null; e = e.InnerException)
        {
            var message = e.Message.Trim().TrimEnd('.');
            if (!messages.Any(m => m.Contains(message, StringComparison.Ordinal))) messages.Add(message);
        }
        return string.Join(": ", messages);
    }
}
