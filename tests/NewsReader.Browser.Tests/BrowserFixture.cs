using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NewsReader.Web.Importing;

namespace NewsReader.Browser.Tests;

/// <summary>The app on a real Kestrel port, with the seed imported.</summary>
public sealed class KestrelNewsReader : WebApplicationFactory<Program>
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "newsreader-browser-" + Guid.NewGuid().ToString("N"));

    public KestrelNewsReader() => UseKestrel(0);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(folder);
        builder.UseEnvironment("Production");
        builder.UseStaticWebAssets();
        builder.UseSetting("ConnectionStrings:NewsReader", $"Data Source={Path.Combine(folder, "newsreader.db")}");
        builder.UseSetting("Reader:ImportSeedsOnFirstRun", "false");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Feeds:PollInBackground", "false");
        // The feed path test follows a feed served on loopback.
        builder.UseSetting("Fetch:AllowPrivateAddresses", "true");
    }

    public string BaseAddress =>
        Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().Replace("[::]", "127.0.0.1").TrimEnd('/');

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

/// <summary>
/// One Chromium for all browser tests. Its path comes from NEWSREADER_CHROMIUM, else /usr/bin/chromium. Without it the
/// tests are skipped with the reason, unless NEWSREADER_REQUIRE_BROWSER=1 (as in CI), when they fail instead.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public static readonly string ChromiumPath = Environment.GetEnvironmentVariable("NEWSREADER_CHROMIUM") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";
    public static bool Required => Environment.GetEnvironmentVariable("NEWSREADER_REQUIRE_BROWSER") == "1";

    public KestrelNewsReader App { get; } = new();
    public string SeedSlug { get; private set; } = "";
    public IPlaywright? Playwright { get; private set; }
    public IBrowser? Browser { get; private set; }
    public string? Unavailable { get; private set; }
    public string ArtifactsFolder { get; } = Path.Combine(AppContext.BaseDirectory, "artifacts");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(ArtifactsFolder);
        if (!File.Exists(ChromiumPath))
        {
            Unavailable = $"Chromium was not found at {ChromiumPath} (set NEWSREADER_CHROMIUM, or apt-get install chromium)";
            return;
        }
        App.StartServer();
        using (var scope = App.Services.CreateScope())
        {
            var importer = scope.ServiceProvider.GetRequiredService<Importer>();
            SeedSlug = (await importer.ImportFileAsync(Path.Combine(RepositoryRoot, "seeds", "000_252420a67f3c89ef.txt")))[0].Slug!;
            foreach (var (name, text) in ExtraArticles)
            {
                await importer.ImportTextAsync(name, text);
            }
            // Two feeds for the Feeds page's checks, one of them failing (never fetched: background polling is off).
            var feeds = scope.ServiceProvider.GetRequiredService<NewsReader.Web.Feeds.Subscriptions>();
            await feeds.AddAsync("https://news.example/feed.xml", "Example News", "World/Asia");
            var (failing, _) = await feeds.AddAsync("https://broken.example/rss", "Broken Daily", null);
            await scope.ServiceProvider.GetRequiredService<NewsReader.Web.Data.NewsReaderDb>().Feeds.Where(f => f.Id == failing!.Id)
                .ExecuteUpdateAsync(set => set.SetProperty(f => f.LastError, "https://broken.example/rss: the server answered 404 Not Found").SetProperty(f => f.ConsecutiveFailures, 3));
        }
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>Skips the calling test when there is no browser (fails instead when one is required).</summary>
    public IBrowser RequireBrowser()
    {
        if (Unavailable is not null)
        {
            if (Required) throw new InvalidOperationException("NEWSREADER_REQUIRE_BROWSER=1 but " + Unavailable);
            Skip.If(true, Unavailable);
        }
        return Browser!;
    }

    public async Task<IPage> NewPageAsync(string? colorScheme = null)
    {
        var context = await RequireBrowser().NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = App.BaseAddress,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            ColorScheme = colorScheme == "dark" ? ColorScheme.Dark : ColorScheme.Light,
        });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        Playwright?.Dispose();
        await App.DisposeAsync();
    }

    public static string RepositoryRoot { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "NewsReader.sln"))) return dir.FullName;
        throw new InvalidOperationException("NewsReader.sln not found");
    }

    private static readonly (string Name, string Text)[] ExtraArticles =
    [
        ("older.txt", """
            Ekonomi

            Bank Sentral Tahan Suku Bunga di Tengah Inflasi Rendah

            Rina Wulandari, CNBC Indonesia
            Selasa, 12/08/2025 10:00 WIB

            Jakarta, CNBC Indonesia - Bank sentral menahan suku bunga acuan pada rapat bulan ini.

            "Kami melihat inflasi tetap terkendali hingga akhir tahun," kata Gubernur Bank Indonesia Perry Warjiyo.

            Para ekonom sudah memperkirakan keputusan tersebut.
            """),
    ];
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
