using AngleSharp;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsReader.Web.Data;
using NewsReader.Web.Importing;

namespace NewsReader.Web.Tests;

/// <summary>
/// The app in the Production environment over a database of its own: a temporary SQLite file (the default provider), or,
/// for a factory marked <see cref="IOnPostgres"/>, a fresh PostgreSQL database (see <see cref="PostgresTestDatabase"/>).
/// </summary>
public class NewsReaderFactory : WebApplicationFactory<Program>
{
    private string folder = Path.Combine(Path.GetTempPath(), "newsreader-tests-" + Guid.NewGuid().ToString("N"));
    private TestDatabase? database;
    private TestDatabase? shared;

    public string Folder => folder;
    public DatabaseProvider Provider => this is IOnPostgres ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;
    public string ConnectionString => Database.ConnectionString;

    /// <summary>The database, made on first use: before the app starts, in the test that starts it (so a missing server skips that test).</summary>
    public TestDatabase Database => database ??= shared ?? TestDatabase.Create(Provider, folder);

    /// <summary>
    /// Another instance of the same app (the same factory type) on this factory's database and folder (its inbox, its
    /// data folder), as a second server on the same machine behind a load balancer would be: its own process state and
    /// caches. This factory keeps owning the database and the folder.
    /// </summary>
    public NewsReaderFactory SecondInstance()
    {
        var second = (NewsReaderFactory)Activator.CreateInstance(GetType())!;
        second.shared = Database;
        second.folder = folder;
        return second;
    }

    /// <summary>
    /// The app (of <typeparamref name="TFactory"/>'s provider) on a library made elsewhere, such as the target of a move,
    /// with <paramref name="folder"/> as its data folder. The caller keeps owning the database and the folder.
    /// </summary>
    public static TFactory On<TFactory>(TestDatabase database, string folder) where TFactory : NewsReaderFactory, new() =>
        new() { shared = database, folder = folder };

    protected override IHost CreateHost(IHostBuilder builder)
    {
        Directory.CreateDirectory(folder);
        _ = Database;
        return base.CreateHost(builder);
    }

    /// <summary>Settings a subclass changes for its tests.</summary>
    protected virtual IEnumerable<KeyValuePair<string, string>> Settings => [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(folder);
        builder.UseSetting("Feeds:PollInBackground", "false"); // a test that wants it says so in its Settings
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        builder.UseEnvironment("Production");
        builder.UseStaticWebAssets();
        builder.UseSetting(DatabaseLocation.ProviderSetting, Provider.ToString());
        builder.UseSetting("ConnectionStrings:NewsReader", ConnectionString);
        builder.UseSetting(DatabaseLocation.DataFolderSetting, folder);
        builder.UseSetting("Reader:ImportSeedsOnFirstRun", "false");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
    }

    public async Task<IReadOnlyList<ImportResult>> ImportBytesAsync(string fileName, byte[] bytes)
    {
        using var scope = Services.CreateScope();
        using var stream = new MemoryStream(bytes);
        return await scope.ServiceProvider.GetRequiredService<Importer>().ImportAsync(fileName, stream);
    }

    public T Query<T>(Func<NewsReaderDb, T> query)
    {
        using var scope = Services.CreateScope();
        return query(scope.ServiceProvider.GetRequiredService<NewsReaderDb>());
    }

    /// <summary>An asynchronous query, awaited before its context is disposed.</summary>
    public async Task<T> QueryAsync<T>(Func<NewsReaderDb, Task<T>> query)
    {
        using var scope = Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<NewsReaderDb>());
    }

    public async Task<ImportResult> ImportAsync(string fileName, string text)
    {
        using var scope = Services.CreateScope();
        var importer = scope.ServiceProvider.GetRequiredService<Importer>();
        return await importer.ImportTextAsync(fileName, text);
    }

    public async Task<ImportResult> ImportSeedAsync()
    {
        using var scope = Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<Importer>().ImportFileAsync(TestFiles.SeedPath))[0];
    }

    /// <summary>Runs a command of the command line against this app, as <c>newsreader ARGS</c> would.</summary>
    public async Task<(int Code, string Output, string Error)> RunCommandAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await NewsReader.Web.Cli.CommandLine.RunAsync(Services, args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    public int CountArticles()
    {
        using var scope = Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<NewsReaderDb>().Articles.Count();
    }

    public async Task<IHtmlDocument> GetDocumentAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        return await ParseAsync(response);
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        return await new HtmlParser().ParseDocumentAsync(html);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (shared is not null) return;
        database?.Dispose();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

/// <summary>The same app on PostgreSQL.</summary>
public sealed class NewsReaderFactoryOnPostgres : NewsReaderFactory, IOnPostgres;

internal static class TestFiles
{
    public static string RepositoryRoot { get; } = FindRoot();
    public static string SeedPath => Path.Combine(RepositoryRoot, "seeds", "000_252420a67f3c89ef.txt");
    public static string SeedText => File.ReadAllText(SeedPath);

    /// <summary>A Reuters article in English: section Markets, one quote of Perry Warjiyo.</summary>
    public const string EnglishArticle = """
        Markets

        Central bank holds rates as inflation cools

        By Jane Smith, Reuters
        August 14, 2025 9:30 AM GMT+7

        JAKARTA, Aug 14 (Reuters) - Indonesia's central bank kept its benchmark rate unchanged on Thursday, as economists had expected.

        "We see inflation staying within the target range this year," Governor Perry Warjiyo told reporters.

        Economists said the decision was widely anticipated.
        """;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "NewsReader.sln"))) return dir.FullName;
        throw new InvalidOperationException("NewsReader.sln not found");
    }
}
