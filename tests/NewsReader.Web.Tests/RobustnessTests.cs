using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsReader.Web.Data;
using NewsReader.Web.Importing;
using Npgsql;

namespace NewsReader.Web.Tests;

internal static class Articles
{
    /// <summary>N distinct small articles, each with quotes, as (name, text).</summary>
    public static List<(string Name, string Text)> Make(int count, string tag) => Enumerable.Range(1, count).Select(i => ($"{tag}-{i:D3}.txt", $"""
        Ekonomi

        Harga Komoditas {tag} Nomor {i} Bergerak Naik

        Andi Pratama, CNBC Indonesia
        Senin, 11/08/2025 09:{i % 60:D2} WIB

        Jakarta, CNBC Indonesia - Harga komoditas nomor {i} naik pada perdagangan hari ini.

        "Kenaikan ini sudah kami perkirakan sejak awal bulan," kata analis pasar Budi Santoso.

        "Permintaan dari luar negeri masih kuat," tambahnya.
        """)).ToList();

    /// <summary>One article as an import input, as the import command reads a file.</summary>
    public static ImportInput Input((string Name, string Text) file) =>
        ImportInput.FromStream(file.Name, new MemoryStream(System.Text.Encoding.UTF8.GetBytes(file.Text)));

    /// <summary>Checks the factory's database: no article stored in part (and, on SQLite, the file's integrity).</summary>
    public static void AssertWholeAndConsistent(NewsReaderFactory factory)
    {
        if (factory.Provider == DatabaseProvider.Sqlite)
        {
            AssertWholeAndConsistent(factory.ConnectionString);
            return;
        }
        AssertWholeOnPostgres(factory.ConnectionString);
    }

    /// <summary>Checks a PostgreSQL library: no article stored in part.</summary>
    public static void AssertWholeOnPostgres(string connectionString)
    {
        // Foreign keys keep quotes and search entries from outliving their article; what is left to check is the whole.
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var partial = connection.CreateCommand();
        partial.CommandText = """
            SELECT count(*) FROM "Articles" a
            WHERE a."QuoteCount" <> (SELECT count(*) FROM "Quotes" q WHERE q."ArticleId" = a."Id")
               OR (a."Authors" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "Authors" r WHERE r."ArticleId" = a."Id"))
               OR NOT EXISTS (SELECT 1 FROM "ArticleSearch" s WHERE s."ArticleId" = a."Id")
            """;
        Assert.Equal(0L, partial.ExecuteScalar());
    }

    /// <summary>Checks the SQLite file: integrity, and no article stored in part.</summary>
    public static void AssertWholeAndConsistent(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using (var check = connection.CreateCommand())
        {
            check.CommandText = "PRAGMA integrity_check";
            Assert.Equal("ok", check.ExecuteScalar());
        }
        using var partial = connection.CreateCommand();
        // Every article has all its quote rows, all its author rows and its search entry.
        partial.CommandText = """
            SELECT count(*) FROM Articles a
            WHERE a.QuoteCount <> (SELECT count(*) FROM Quotes q WHERE q.ArticleId = a.Id)
               OR (a.Authors IS NOT NULL AND NOT EXISTS (SELECT 1 FROM Authors r WHERE r.ArticleId = a.Id))
               OR NOT EXISTS (SELECT 1 FROM ArticleSearch s WHERE s.rowid = a.Id)
            """;
        Assert.Equal(0L, partial.ExecuteScalar());
        using var orphans = connection.CreateCommand();
        orphans.CommandText = "SELECT (SELECT count(*) FROM Quotes WHERE ArticleId NOT IN (SELECT Id FROM Articles)) + (SELECT count(*) FROM ArticleSearch WHERE rowid NOT IN (SELECT Id FROM Articles))";
        Assert.Equal(0L, orphans.ExecuteScalar());
    }
}

/// <summary>Readers that search as fast as they can: the per-client search limit is lifted.</summary>
public class BusyReadersFactory : NewsReaderFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("Limits:SearchesPerMinute", "100000000")];
}

/// <summary>The same app on PostgreSQL.</summary>
public sealed class BusyReadersFactoryOnPostgres : BusyReadersFactory, IOnPostgres;

public abstract class ConcurrencyTests
{
    private readonly BusyReadersFactory factory;

    protected ConcurrencyTests(BusyReadersFactory factory) => this.factory = factory;

    [SkippableFact]
    public async Task TwoImportsOfTheSameTwoHundredFilesWithReadersStoreEachArticleExactlyOnce()
    {
        var files = Articles.Make(200, "Serentak");
        var client = factory.CreateClient();
        using var stop = new CancellationTokenSource();

        // One file at a time, each its own commit, as uploads and the inbox import.
        async Task<List<ImportResult>> ImportEach(IEnumerable<(string Name, string Text)> order)
        {
            var results = new List<ImportResult>();
            foreach (var (name, text) in order)
            {
                using var scope = factory.Services.CreateScope();
                results.Add(await scope.ServiceProvider.GetRequiredService<Importer>().ImportTextAsync(name, text));
            }
            return results;
        }

        // One batch with commit groups, as the import command.
        async Task<List<ImportResult>> ImportBatch(IEnumerable<(string Name, string Text)> order)
        {
            var results = new List<ImportResult>();
            using var scope = factory.Services.CreateScope();
            var inputs = order.Select(Articles.Input);
            await scope.ServiceProvider.GetRequiredService<Importer>().ImportManyAsync(inputs, (_, done) =>
            {
                results.AddRange(done);
                return ValueTask.CompletedTask;
            });
            return results;
        }

        async Task<int> Read()
        {
            var pages = 0;
            while (!stop.IsCancellationRequested)
            {
                foreach (var url in new[] { "/", "/search?q=komoditas", "/speakers", "/?section=Ekonomi" })
                {
                    var response = await client.GetAsync(url);
                    Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
                    pages++;
                }
            }
            return pages;
        }

        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(Read)).ToList();
        var imports = await Task.WhenAll(Task.Run(() => ImportBatch(files)), Task.Run(() => ImportEach(Enumerable.Reverse(files))));
        stop.Cancel();
        var pagesRead = (await Task.WhenAll(readers)).Sum();

        Assert.All(imports.SelectMany(r => r), r => Assert.True(r.Status is ImportStatus.Imported or ImportStatus.Unchanged, $"{r.FileName}: {r.Status} {r.Reason}"));
        Assert.Equal(200, imports.SelectMany(r => r).Count(r => r.Status == ImportStatus.Imported));
        Assert.Equal(200, factory.Query(db => db.Articles.Count(a => a.Headline.Contains("Serentak"))));
        Assert.True(pagesRead > 0);
        Articles.AssertWholeAndConsistent(factory);
    }
}

public sealed class ConcurrencyTestsOnSqlite(BusyReadersFactory factory) : ConcurrencyTests(factory), IClassFixture<BusyReadersFactory>;
public sealed class ConcurrencyTestsOnPostgres(BusyReadersFactoryOnPostgres factory) : ConcurrencyTests(factory), IClassFixture<BusyReadersFactoryOnPostgres>;

public class InboxFactory : NewsReaderFactory
{
    public string Inbox => Path.Combine(Folder, "inbox");

    protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("Reader:InboxPath", Inbox)];
}

/// <summary>The same app on PostgreSQL.</summary>
public sealed class InboxFactoryOnPostgres : InboxFactory, IOnPostgres;

public abstract class InboxTests
{
    private readonly InboxFactory factory;

    protected InboxTests(InboxFactory factory) => this.factory = factory;

    private static async Task WaitFor(Func<bool> condition, string what)
    {
        for (var i = 0; i < 100 && !condition(); i++) await Task.Delay(100);
        Assert.True(condition(), "Timed out waiting for " + what);
    }

    [SkippableFact]
    public async Task FilesDroppedInTheInboxAreImportedAndMovedAndRejectsGetAReason()
    {
        // One file arrives while the app is down: the start-up scan finds it.
        Directory.CreateDirectory(factory.Inbox);
        var files = Articles.Make(2, "Kotak");
        await File.WriteAllTextAsync(Path.Combine(factory.Inbox, files[0].Name), files[0].Text);
        _ = factory.Services; // starts the app
        await WaitFor(() => File.Exists(Path.Combine(factory.Inbox, "imported", files[0].Name)), "the start-up scan");

        // Others arrive while it runs.
        await File.WriteAllTextAsync(Path.Combine(factory.Inbox, files[1].Name), files[1].Text);
        await File.WriteAllBytesAsync(Path.Combine(factory.Inbox, "rusak.txt"), [0, 1, 2, 0, 0]);
        await WaitFor(() => File.Exists(Path.Combine(factory.Inbox, "imported", files[1].Name)), "the watcher to import a new file");
        await WaitFor(() => File.Exists(Path.Combine(factory.Inbox, "rejected", "rusak.txt.reason.txt")), "the watcher to reject a bad file");

        Assert.True(File.Exists(Path.Combine(factory.Inbox, "rejected", "rusak.txt")));
        Assert.Contains("rusak.txt: the file is binary", await File.ReadAllTextAsync(Path.Combine(factory.Inbox, "rejected", "rusak.txt.reason.txt")));
        Assert.Empty(Directory.GetFiles(factory.Inbox));
        Assert.Equal(2, factory.Query(db => db.Articles.Count(a => a.Headline.Contains("Kotak"))));
    }
}

/// <summary>Two app instances with the same inbox folder: one works it at a time, so no file is taken twice.</summary>
public abstract class SharedInboxTests(InboxFactory factory)
{
    [SkippableFact]
    public async Task TwoInstancesWatchingOneInboxImportEachFileOnce()
    {
        Directory.CreateDirectory(factory.Inbox);
        using var other = (InboxFactory)factory.SecondInstance();
        _ = factory.Services;
        _ = other.Services;
        var files = Articles.Make(20, "Bersama");
        foreach (var (name, text) in files) await File.WriteAllTextAsync(Path.Combine(factory.Inbox, name), text);

        var imported = Path.Combine(factory.Inbox, "imported");
        for (var i = 0; i < 150 && Directory.GetFiles(factory.Inbox, "*.txt").Length > 0; i++) await Task.Delay(100);
        Assert.Empty(Directory.GetFiles(factory.Inbox, "*.txt"));
        Assert.Equal(files.Select(f => f.Name).Order(), Directory.GetFiles(imported).Select(Path.GetFileName).Order());
        Assert.Empty(Directory.GetFiles(Path.Combine(factory.Inbox, "rejected")));
        Assert.Equal(20, factory.Query(db => db.Articles.Count(a => a.Headline.Contains("Bersama"))));
    }
}

/// <summary>The inbox lease: one holder at a time; the next one gets it when the holder gives it up.</summary>
public abstract class InboxLeaseTests(NewsReaderFactory factory)
{
    [SkippableFact]
    public async Task ASecondHolderWaitsUntilTheFirstGivesTheLeaseUp()
    {
        var lease = factory.Services.GetRequiredService<IInboxLease>();
        var first = await lease.AcquireAsync(CancellationToken.None);
        var second = lease.AcquireAsync(CancellationToken.None);
        await Task.Delay(500);
        Assert.False(second.IsCompleted);

        await first.DisposeAsync();
        await (await second.WaitAsync(IInboxLease.RetryInterval * 3)).DisposeAsync();
    }
}

public sealed class InboxLeaseTestsOnSqlite(NewsReaderFactory factory) : InboxLeaseTests(factory), IClassFixture<NewsReaderFactory>;
public sealed class InboxLeaseTestsOnPostgres(NewsReaderFactoryOnPostgres factory) : InboxLeaseTests(factory), IClassFixture<NewsReaderFactoryOnPostgres>;

public sealed class SharedInboxTestsOnSqlite(InboxFactory factory) : SharedInboxTests(factory), IClassFixture<InboxFactory>;
public sealed class SharedInboxTestsOnPostgres(InboxFactoryOnPostgres factory) : SharedInboxTests(factory), IClassFixture<InboxFactoryOnPostgres>;

public sealed class InboxTestsOnSqlite(InboxFactory factory) : InboxTests(factory), IClassFixture<InboxFactory>;
public sealed class InboxTestsOnPostgres(InboxFactoryOnPostgres factory) : InboxTests(factory), IClassFixture<InboxFactoryOnPostgres>;

/// <summary>Database failures the tests cause on purpose, with a trigger on the quotes of one article.</summary>
internal static class Failures
{
    /// <summary>
    /// Makes the database refuse the quotes of the article whose headline contains <paramref name="headline"/>, with
    /// <paramref name="message"/>, after that article's own row is in. With <paramref name="undoTransaction"/> SQLite
    /// undoes the whole transaction (<c>RAISE(ROLLBACK)</c>), as a full disk or an I/O error does; PostgreSQL has no such
    /// trigger, so that case is SQLite's only.
    /// </summary>
    public static void FailQuotesOf(NewsReaderFactory factory, string headline, string message, bool undoTransaction = false)
    {
        // A trigger is DDL, which takes no parameters; both values are the tests' own constants.
        var trigger = factory.Provider == DatabaseProvider.Sqlite
            ? $"""
                CREATE TRIGGER "fail {headline}" BEFORE INSERT ON Quotes
                WHEN (SELECT Headline FROM Articles WHERE Id = NEW.ArticleId) LIKE '% {headline} Bergerak%'
                BEGIN SELECT RAISE({(undoTransaction ? "ROLLBACK" : "ABORT")}, '{message}'); END
                """
            : undoTransaction
                ? throw new NotSupportedException("A PostgreSQL trigger cannot undo the whole transaction.")
                : $"""
                    CREATE FUNCTION "fail {headline}"() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN
                        IF (SELECT "Headline" FROM "Articles" WHERE "Id" = NEW."ArticleId") LIKE '% {headline} Bergerak%' THEN
                            RAISE EXCEPTION '{message}';
                        END IF;
                        RETURN NEW;
                    END $$;
                    CREATE TRIGGER "fail {headline}" BEFORE INSERT ON "Quotes" FOR EACH ROW EXECUTE FUNCTION "fail {headline}"();
                    """;
        factory.Query(db => db.Database.ExecuteSqlRaw(trigger));
    }
}

public abstract class BatchTests
{
    private readonly NewsReaderFactory factory;

    protected BatchTests(NewsReaderFactory factory) => this.factory = factory;

    /// <summary>A file that never arrives (standard input nobody writes to).</summary>
    private sealed class NeverEndingStream : Stream
    {
        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return 0;
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    [SkippableFact]
    public async Task AnArticleTheDatabaseRefusesIsRejectedAloneAndTheRestOfItsBatchIsStored()
    {
        // A trigger stands in for any failure while an article's rows are written: it refuses the quotes of one article,
        // after that article's own row is already in.
        Failures.FailQuotesOf(factory, "Tolak Nomor 7", "refused by the test");
        var results = new List<ImportResult>();
        using (var scope = factory.Services.CreateScope())
        {
            var inputs = Articles.Make(12, "Tolak").Select(Articles.Input);
            Assert.True(await scope.ServiceProvider.GetRequiredService<Importer>().ImportManyAsync(inputs, (_, done) =>
            {
                results.AddRange(done);
                return ValueTask.CompletedTask;
            }));
        }

        Assert.Equal(12, results.Count);
        var refused = Assert.Single(results, r => r.Status == ImportStatus.Rejected);
        Assert.Equal("Tolak-007.txt", refused.FileName);
        Assert.Contains("could not be stored", refused.Reason);
        Assert.Contains("refused by the test", refused.Reason);
        Assert.Equal(11, results.Count(r => r.Status == ImportStatus.Imported));
        Assert.Equal(11, factory.Query(db => db.Articles.Count(a => a.Headline.Contains("Tolak"))));
        Articles.AssertWholeAndConsistent(factory);
    }

    [SkippableFact]
    public async Task WaitingForASlowFileCommitsWhatCameBeforeFreesTheWriteLockAndAStopSaysSo()
    {
        var reported = new List<ImportResult>();
        using var stop = new CancellationTokenSource();
        using var scope = factory.Services.CreateScope();
        var importer = scope.ServiceProvider.GetRequiredService<Importer>();
        var inputs = Articles.Make(3, "Lambat").Select(Articles.Input).Append(ImportInput.FromStream("stdin.txt", new NeverEndingStream()));
        var importing = Task.Run(() => importer.ImportManyAsync(inputs, (_, done) =>
        {
            lock (reported) reported.AddRange(done);
            return ValueTask.CompletedTask;
        }, stop: stop.Token));

        // The three files before the slow one are committed and reported while it is awaited...
        for (var i = 0; i < 200 && reported.Count < 3; i++) await Task.Delay(50);
        Assert.Equal(3, reported.Count(r => r.Status == ImportStatus.Imported));
        Assert.Equal(3, factory.Query(db => db.Articles.Count(a => a.Headline.Contains("Lambat"))));
        // ...and the write lock is free: another import does not wait for the busy timeout.
        var other = await factory.ImportAsync("other.txt", Articles.Make(1, "Lain")[0].Text).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(ImportStatus.Imported, other.Status);

        stop.Cancel();
        Assert.False(await importing.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(3, reported.Count);
    }
}

public sealed class BatchTestsOnSqlite(NewsReaderFactory factory) : BatchTests(factory), IClassFixture<NewsReaderFactory>;
public sealed class BatchTestsOnPostgres(NewsReaderFactoryOnPostgres factory) : BatchTests(factory), IClassFixture<NewsReaderFactoryOnPostgres>;

/// <summary>A transaction the database undoes as a whole: SQLite's <c>RAISE(ROLLBACK)</c> stands in for a full disk.</summary>
public sealed class SqliteRollbackTests(NewsReaderFactory factory) : IClassFixture<NewsReaderFactory>
{
    [Fact]
    public async Task AGroupTheDatabaseUndoesHalfWayThroughAnArchiveIsReportedAsNotStored()
    {
        Failures.FailQuotesOf(factory, "Gagal Nomor 3", "the database undid it", undoTransaction: true);
        using var zip = new MemoryStream();
        using (var archive = new System.IO.Compression.ZipArchive(zip, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in Articles.Make(5, "Gagal"))
            {
                await using var entry = archive.CreateEntry(name).Open();
                await entry.WriteAsync(System.Text.Encoding.UTF8.GetBytes(text));
            }
        }
        zip.Position = 0;
        var results = await factory.ImportBytesAsync("batch.zip", zip.ToArray());

        Assert.Equal(5, results.Count);
        Assert.All(results.Take(2), r => Assert.Contains("not stored: the database undid its transaction", r.Reason));
        Assert.Equal(ImportStatus.Rejected, results[2].Status);
        Assert.Contains("the database undid it", results[2].Reason);
        Assert.All(results.Skip(3), r => Assert.Equal(ImportStatus.Imported, r.Status));
        var stored = factory.Query(db => db.Articles.Where(a => a.Headline.Contains("Gagal")).Select(a => a.Headline).ToList());
        Assert.Equal(2, stored.Count);
        Assert.All(stored, h => Assert.Matches(" Gagal Nomor [45] ", h));
        Articles.AssertWholeAndConsistent(factory);
    }
}

public sealed class KillTests
{
    private const int Files = 3000;

    /// <summary>Writes <see cref="Files"/> articles into the folder and starts the <c>import</c> command on them in a child process.</summary>
    private static async Task<(Process Child, string Connection)> StartImportAsync(DirectoryInfo folder, string tag)
    {
        var inputs = Directory.CreateDirectory(Path.Combine(folder.FullName, "in"));
        // Enough files that the import is still running when the signal comes, however fast the machine.
        foreach (var (name, text) in Articles.Make(Files, tag))
            await File.WriteAllTextAsync(Path.Combine(inputs.FullName, name), text);
        var connection = $"Data Source={Path.Combine(folder.FullName, "library.db")}";
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { typeof(Program).Assembly.Location, "import", inputs.FullName, $"--ConnectionStrings:NewsReader={connection}" }) start.ArgumentList.Add(arg);
        return (Process.Start(start)!, connection);
    }

    private static long CountArticles(string connection)
    {
        using var sqlite = new SqliteConnection(connection);
        sqlite.Open();
        using var count = sqlite.CreateCommand();
        count.CommandText = "SELECT count(*) FROM Articles";
        return (long)count.ExecuteScalar()!;
    }

    [Fact]
    public async Task StoppingAnImportWithSigtermFinishesTheFileInHandAndStops()
    {
        var folder = Directory.CreateTempSubdirectory("newsreader-term-");
        try
        {
            var (started, connection) = await StartImportAsync(folder, "Henti");
            using var child = started;
            var lines = new List<string>();
            while (await child.StandardOutput.ReadLineAsync() is { } line)
            {
                lines.Add(line);
                if (lines.Count(l => l.StartsWith("imported", StringComparison.Ordinal)) == 20)
                {
                    using var term = Process.Start("kill", ["-TERM", child.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
                    await term!.WaitForExitAsync();
                    break;
                }
            }
            lines.AddRange((await child.StandardOutput.ReadToEndAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries));
            await child.WaitForExitAsync();

            Assert.Equal(130, child.ExitCode);
            Assert.Contains(lines, l => l.StartsWith("interrupted", StringComparison.Ordinal));
            Articles.AssertWholeAndConsistent(connection);
            // Every file reported as imported is stored, and nothing else.
            Assert.Equal(lines.Count(l => l.StartsWith("imported", StringComparison.Ordinal)), CountArticles(connection));
            Assert.True(CountArticles(connection) < Files);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task KillingAnImportMidBatchLeavesNoPartialArticle()
    {
        var folder = Directory.CreateTempSubdirectory("newsreader-kill-");
        try
        {
            var (started, connection) = await StartImportAsync(folder, "Bunuh");
            using var child = started;
            var imported = 0;
            while (await child.StandardOutput.ReadLineAsync() is { } line)
            {
                if (line.StartsWith("imported", StringComparison.Ordinal) && ++imported == 25) break;
            }
            Assert.Equal(25, imported);
            child.Kill(entireProcessTree: true);
            await child.WaitForExitAsync();

            Articles.AssertWholeAndConsistent(connection);
            Assert.InRange(CountArticles(connection), 25, Files - 1);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }
}
