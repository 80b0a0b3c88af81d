using NewsReader.Web;
using NewsReader.Web.Api;
using NewsReader.Web.Cli;
using NewsReader.Web.Data;
using NewsReader.Web.Feeds;
using NewsReader.Web.Fetching;
using NewsReader.Web.Importing;
using NewsReader.Web.Reading;
using NewsReader.Web.Search;
using NewsReader.Web.Operations;
using NewsReader.Web.Security;
using Serilog;

// A typo such as "improt" stops here with the list of commands, before anything is started or seeded.
if (CommandLine.RejectsUnknownCommand(args, Console.Error)) return 2;
// "parse" needs no library: nothing is opened, migrated or made on disk for it.
if (CommandLine.NeedsNoLibrary(args)) return CommandLine.RunWithoutLibrary(args, Console.Out, Console.Error);
var isCommand = CommandLine.IsCommand(args);
var builder = WebApplication.CreateBuilder(CommandLine.ConfigurationArgs(args));

// Configure logging: Serilog, from the "Serilog" section of appsettings.json, to the console and a rolling file in the
// data folder (Logs:Format text or json). Commands print their own lines.
builder.AddLogs(isCommand);

// Configure settings
builder.Services.AddOptions<ReaderOptions>()
    .BindConfiguration(ReaderOptions.Section)
    .ValidateDataAnnotations()
    .ValidateOnStart();
builder.Services.AddSingleton(TimeProvider.System);

// Configure access control: reading is open; changing the library needs the admin's sign-in or the API token when exposed
builder.AddAccessControl();

// Configure limits: rate limits on import, search and sign-in; request timeouts
builder.AddRequestLimits();

// Configure operations: /healthz, forwarded headers from a reverse proxy, HSTS
builder.AddHealth();
builder.AddProxySupport();

// Configure storage: SQLite (the default) or PostgreSQL by Database:Provider, with the provider's search index, the
// access state (password, token, lockout) and the Data Protection keys
builder.AddStorage();

// Configure import
builder.Services.AddScoped<Importer>();
builder.Services.AddScoped<PageImport>();
builder.Services.AddScoped<Reparser>();
builder.Services.AddScoped<HighlightStore>();
builder.Services.AddScoped<HighlightTransfer>();

builder.Services.AddMemoryCache(cache => cache.SizeLimit = 10_000);
builder.Services.AddSingleton<LibraryCache>();

// Configure fetching: the safe fetcher for saving pages by their address (timeouts, retries, size and redirect limits,
// no private addresses unless Fetch:AllowPrivateAddresses)
builder.AddFetcher();

// Configure feeds: subscriptions, polling with conditional GET, and the background poller (Feeds:PollMinutes)
builder.AddFeeds(isCommand);

builder.Services.AddSingleton<SeedImporter>();
if (!isCommand) builder.Services.AddHostedService<InboxWatcher>();

// Configure the read API: problem details, the OpenAPI document
builder.AddReadApi();

// Configure the web app
builder.Services.AddRazorPages();
builder.Services.AddAntiforgery();
// A POST that the browser marks same-origin (Sec-Fetch-Site) needs no token; cross-site is refused; without the header, the token as before.
FetchMetadataAntiforgery.Decorate(builder.Services);
builder.Services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(form =>
    form.MultipartBodyLengthLimit = 64L * 1024 * 1024);

var app = builder.Build();

// Configure start-up validation: a bad setting stops here with one line that names it.
if (!app.SettingsAreValid(Console.Error)) return 2;

// Bring the database up to date (this throws on a model change without a migration, which is a useful guard).
using (var scope = app.Services.CreateScope())
{
    var db = scope.ServiceProvider.GetRequiredService<NewsReaderDb>();
    Database.Migrate(db);
    await scope.ServiceProvider.GetRequiredService<ISearchIndex>().EnsureCreatedAsync(db);
}

if (isCommand)
{
    // Ctrl+C or SIGTERM: the command finishes the file in hand (each article is one transaction), then stops.
    using var stop = CommandLine.StopOnSignals();
    return await CommandLine.RunAsync(app.Services, args, Console.Out, Console.Error, stop.Token);
}

// First start with an empty library: import the seed articles.
await app.Services.GetRequiredService<SeedImporter>().ImportIfEmptyAsync();

// Configure the request pipeline
app.UseProxySupport();
// Errors: problem details under /api/, the error and status pages elsewhere
app.UseErrorResponses();
// Request lines: failures, changes and slow requests at Information; quick successful reads at Debug
app.UseRequestLogs();
app.UseClientAbortHandling();
app.UseSecurityHeaders();
// A POST (any unsafe method) that the browser marks as sent from another site is refused here, on every endpoint.
FetchMetadataAntiforgery.UseCrossSiteRefusal(app);
// Pages already in memory, for requests no rate limit or access rule concerns, are answered here (after the headers).
ReaderPageCache.ServeEarly(app);
app.UseStaticFiles();
app.UseRouting();
app.UseRequestLimits();
app.UseAccessControl();
// Pages rendered into memory, and served from it when a rate limit applies, come after the rate limits and access rules.
app.UseMiddleware<ReaderPageCache>();
app.UseAntiforgery();
app.UseOpenApiETags();
app.MapRazorPages();
app.MapSpeakerExports();
app.MapArticleExports();
app.MapImportApi();
app.MapReadApi();
app.MapFeeds();
app.MapHighlightExports();
app.MapHealth();

app.Run();
return 0;

/// <summary>Visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
