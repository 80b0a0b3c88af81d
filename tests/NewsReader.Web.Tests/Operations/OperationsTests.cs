using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NewsReader.Web.Operations;
using NewsReader.Web.Tests.Security;

namespace NewsReader.Web.Tests.Operations;

public abstract class HealthTests
{
    private readonly NewsReaderFactory factory;

    protected HealthTests(NewsReaderFactory factory) => this.factory = factory;

    [SkippableFact]
    public async Task HealthzIsHealthyAndTurnsUnhealthyWhenAMigrationIsNotApplied()
    {
        var client = factory.CreateClient();
        var healthy = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, healthy.StatusCode);
        Assert.Equal("Healthy", JsonDocument.Parse(await healthy.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString());

        // Quoted names and parameters: the same SQL on SQLite and PostgreSQL.
        var last = factory.Query(db => db.Database.SqlQuery<string>(
            $"SELECT \"MigrationId\" AS \"Value\" FROM \"__EFMigrationsHistory\" ORDER BY \"MigrationId\" DESC LIMIT 1").AsEnumerable().First());
        factory.Query(db => db.Database.ExecuteSql($"DELETE FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = {last}"));
        try
        {
            var unhealthy = await client.GetAsync("/healthz");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, unhealthy.StatusCode);
            Assert.Contains(last, await unhealthy.Content.ReadAsStringAsync());
        }
        finally
        {
            factory.Query(db => db.Database.ExecuteSql(
                $"INSERT INTO \"__EFMigrationsHistory\" (\"MigrationId\", \"ProductVersion\") VALUES ({last}, '10.0.0')"));
        }
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }

    [SkippableFact]
    public async Task HstsIsSentOverHttpsOnly()
    {
        var https = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://news.example.org") });
        Assert.Contains("max-age=31536000", (await https.GetAsync("/")).Headers.GetValues("Strict-Transport-Security").Single());
        var http = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://news.example.org") });
        Assert.False((await http.GetAsync("/")).Headers.Contains("Strict-Transport-Security"));
    }
}

public sealed class HealthTestsOnSqlite(NewsReaderFactory factory) : HealthTests(factory), IClassFixture<NewsReaderFactory>;
public sealed class HealthTestsOnPostgres(NewsReaderFactoryOnPostgres factory) : HealthTests(factory), IClassFixture<NewsReaderFactoryOnPostgres>;

public sealed class BackupTests : IClassFixture<NewsReaderFactory>
{
    private readonly NewsReaderFactory factory;

    public BackupTests(NewsReaderFactory factory) => this.factory = factory;

    [Fact]
    public async Task BackupTakenWhileImportingRestoresToAWholeReadableLibrary()
    {
        var seed = await factory.ImportSeedAsync();
        var folder = Directory.CreateTempSubdirectory("newsreader-backup-");
        try
        {
            // Imports keep running while the backup is taken.
            using var stop = new CancellationTokenSource();
            var importing = Task.Run(async () =>
            {
                foreach (var (name, text) in Articles.Make(60, "Cadangan"))
                {
                    if (stop.IsCancellationRequested) break;
                    await factory.ImportAsync(name, text);
                }
            });
            var target = Path.Combine(folder.FullName, "copy.db");
            var output = new StringWriter();
            var error = new StringWriter();
            Assert.Equal(0, await Backup.RunAsync(factory.Services, [target], output, error));
            await stop.CancelAsync();
            await importing;
            Assert.Contains("backed up", output.ToString());

            // Restore: the copy is a whole library on its own (no -wal file needed).
            var restored = Path.Combine(folder.FullName, "restored.db");
            File.Copy(target, restored);
            var connection = $"Data Source={restored};Pooling=False";
            Articles.AssertWholeAndConsistent(connection);
            using var sqlite = new SqliteConnection(connection);
            sqlite.Open();
            using var command = sqlite.CreateCommand();
            command.CommandText = "SELECT Text FROM Articles WHERE Slug = $slug";
            command.Parameters.AddWithValue("$slug", seed.Slug);
            Assert.Equal(TestFiles.SeedText.ReplaceLineEndings("\n").Normalize().TrimStart('\uFEFF').Trim(), ((string)command.ExecuteScalar()!).Trim());

            // A backup never overwrites.
            Assert.Equal(1, await Backup.RunAsync(factory.Services, [target], TextWriter.Null, error));
            Assert.Contains("already exists", error.ToString());
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }
}

/// <summary>JSON logs at Information, so that the test can read what was logged.</summary>
public class JsonLogFactory : PasswordFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings => [.. base.Settings, new("Logs:Format", "json")];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Information");
    }
}

/// <summary>The same app on PostgreSQL.</summary>
public sealed class JsonLogFactoryOnPostgres : JsonLogFactory, IOnPostgres;

public abstract class LogTests
{
    private readonly JsonLogFactory factory;

    protected LogTests(JsonLogFactory factory) => this.factory = factory;

    [SkippableFact]
    public async Task LogsGoToADailyJsonFileInTheDataFolderWithoutArticleTextOrSecrets()
    {
        var client = factory.Client();
        await Forms.SignInAsync(client, "wrong password 123");
        await Forms.SignInAsync(client, PasswordFactory.Password);
        var token = factory.Store.CreateToken();
        const string body = "Kalimat rahasia yang tidak boleh muncul di log sama sekali";
        var text = TestFiles.SeedText.Replace("Putin Tiba-Tiba", "Putin Log") + "\n\n" + body + ".\n";
        Assert.Equal(HttpStatusCode.OK, (await Forms.ApiImportAsync(client, "log.txt", text, token)).StatusCode);
        await client.GetAsync("/search?q=" + Uri.EscapeDataString("rahasia pencarian"));

        // The file sink writes in the background: wait (up to 5 s) until the lines are there and complete.
        string log = "";
        string[] lines = [];
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var files = Directory.GetFiles(Path.Combine(factory.Folder, "logs"), "newsreader-*.log");
            log = string.Concat(files.Select(f =>
            {
                using var stream = new FileStream(f, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                return new StreamReader(stream).ReadToEnd();
            }));
            lines = log.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            if (log.EndsWith('\n') && lines.Any(l => l.Contains("Imported", StringComparison.Ordinal))
                && lines.Any(l => l.Contains("Failed admin sign-in", StringComparison.Ordinal))) break;
            await Task.Delay(100);
        }
        Assert.True(lines.Any(l => l.Contains("Imported", StringComparison.Ordinal)), log);
        Assert.Contains(lines, l => l.Contains("Failed admin sign-in", StringComparison.Ordinal));
        Assert.All(lines, l => Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(l).RootElement.ValueKind));
        foreach (var secret in new[] { body, "Kalimat rahasia", PasswordFactory.Password, "wrong password 123", token, "rahasia pencarian", "rahasia%20pencarian" })
            Assert.DoesNotContain(secret, log);
    }
}

public sealed class LogTestsOnSqlite(JsonLogFactory factory) : LogTests(factory), IClassFixture<JsonLogFactory>;
public sealed class LogTestsOnPostgres(JsonLogFactoryOnPostgres factory) : LogTests(factory), IClassFixture<JsonLogFactoryOnPostgres>;

public sealed class StartupValidationTests
{
    private static async Task<(int Code, string Error)> RunAsync(params string[] settings)
    {
        var folder = Directory.CreateTempSubdirectory("newsreader-settings-");
        try
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var arg in new[] { typeof(Program).Assembly.Location, "help", $"--ConnectionStrings:NewsReader=Data Source={Path.Combine(folder.FullName, "n.db")}" }.Concat(settings))
                start.ArgumentList.Add(arg);
            using var child = Process.Start(start)!;
            var error = await child.StandardError.ReadToEndAsync();
            await child.StandardOutput.ReadToEndAsync();
            await child.WaitForExitAsync();
            return (child.ExitCode, error);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task ParseOpensNoLibraryAndMakesNoDataFolderWhereItRuns()
    {
        var folder = Directory.CreateTempSubdirectory("newsreader-parse-");
        try
        {
            File.Copy(TestFiles.SeedPath, Path.Combine(folder.FullName, "seed.txt"));
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = folder.FullName };
            foreach (var arg in new[] { typeof(Program).Assembly.Location, "parse", "--json", "seed.txt" }) start.ArgumentList.Add(arg);
            using var child = Process.Start(start)!;
            var output = await child.StandardOutput.ReadToEndAsync();
            await child.StandardError.ReadToEndAsync();
            await child.WaitForExitAsync();
            Assert.Equal(0, child.ExitCode);
            Assert.Contains("\"headline\":\"Putin Tiba-Tiba Telpon Kim Jong Un", output);
            Assert.Equal(["seed.txt"], folder.EnumerateFileSystemInfos().Select(f => f.Name));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("--Reader:PageSize=1", "NewsReader cannot start: Reader:PageSize = '1' is not valid: The field PageSize must be between 5 and 500.")]
    [InlineData("--Reader:PageSize=many", "Reader:PageSize")]
    [InlineData("--Logs:Format=xml", "NewsReader cannot start: Logs:Format = 'xml' is not valid: must be text or json")]
    [InlineData("--Access:MaxFailedSignIns=0", "Access:MaxFailedSignIns")]
    [InlineData("--Proxy:KnownProxies:0=not-an-ip", "Proxy:KnownProxies:0")]
    [InlineData("--Database:Provider=Oracle", "NewsReader cannot start: Database:Provider = 'Oracle' is not valid: must be Sqlite or Postgres")]
    [InlineData("--Database:Provider=Postgres", "NewsReader cannot start: ConnectionStrings:NewsReader is not valid: ")]
    public async Task ABadSettingStopsTheAppWithOneLineThatNamesIt(string setting, string expected)
    {
        var (code, error) = await RunAsync(setting);
        Assert.Equal(2, code);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(expected, line);
        Assert.StartsWith("NewsReader cannot start: ", line);
    }
}

/// <summary>Behind a reverse proxy on this machine.</summary>
public class ProxyFactory : NewsReaderFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("Proxy:ForwardedHeaders", "true")];
}

/// <summary>The same app on PostgreSQL.</summary>
public sealed class ProxyFactoryOnPostgres : ProxyFactory, IOnPostgres;

public abstract class ProxyTests
{
    private readonly ProxyFactory factory;

    protected ProxyTests(ProxyFactory factory) => this.factory = factory;

    [SkippableFact]
    public async Task ForwardedHttpsFromTheProxyGetsHstsAndTheForwardedRequestNeedsASignInToWrite()
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://news.example.org") });
        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        var response = await client.SendAsync(request);
        Assert.True(response.Headers.Contains("Strict-Transport-Security"));

        var post = new HttpRequestMessage(HttpMethod.Post, "/api/import") { Content = new MultipartFormDataContent { { new ByteArrayContent("x"u8.ToArray()), "files", "a.txt" } } };
        post.Headers.Add("X-Forwarded-For", "203.0.113.7");
        post.Headers.Add(Importing.ImportApi.ClientHeader, "tests");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(post)).StatusCode);
    }
}

public sealed class ProxyTestsOnSqlite(ProxyFactory factory) : ProxyTests(factory), IClassFixture<ProxyFactory>;
public sealed class ProxyTestsOnPostgres(ProxyFactoryOnPostgres factory) : ProxyTests(factory), IClassFixture<ProxyFactoryOnPostgres>;

/// <summary><c>backup</c> on PostgreSQL: pg_dump when it is installed, the command to run when it is not.</summary>
public sealed class PostgresBackupTests(NewsReaderFactoryOnPostgres factory) : IClassFixture<NewsReaderFactoryOnPostgres>
{
    [SkippableFact]
    public async Task BackupRunsPgDumpIntoANewFileInACustomFormatArchive()
    {
        await factory.ImportSeedAsync();
        var folder = Directory.CreateTempSubdirectory("newsreader-pgdump-");
        try
        {
            var output = new StringWriter();
            var error = new StringWriter();
            Assert.Equal(0, await Backup.RunAsync(factory.Services, [folder.FullName], output, error));
            var file = Assert.Single(Directory.GetFiles(folder.FullName));
            Assert.EndsWith(".dump", file);
            Assert.Equal("PGDMP"u8.ToArray(), File.ReadAllBytes(file)[..5]);
            Assert.Contains("with pg_dump to " + file, output.ToString());
            Assert.Equal("", error.ToString());

            Assert.Equal(1, await Backup.RunAsync(factory.Services, [file], TextWriter.Null, error));
            Assert.Contains("already exists", error.ToString());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [SkippableFact]
    public async Task WithoutPgDumpBackupWritesNothingAndGivesTheCommandToRun()
    {
        var folder = Directory.CreateTempSubdirectory("newsreader-pgdump-");
        try
        {
            var target = Path.Combine(folder.FullName, "library.dump");
            var error = new StringWriter();
            var database = new Npgsql.NpgsqlConnectionStringBuilder(factory.ConnectionString).Database;
            Assert.Equal(1, await NewsReader.Web.Data.Postgres.PostgresBackup.RunAsync(
                factory.ConnectionString, target, Path.Combine(folder.FullName, "no-such-pg_dump"), TextWriter.Null, error));
            Assert.Contains("is not installed, nothing was written", error.ToString());
            Assert.Contains($"pg_dump --format=custom --no-owner --file={target} --host=", error.ToString());
            Assert.Contains($"--dbname={database}", error.ToString());
            Assert.Empty(Directory.GetFiles(folder.FullName));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
