using NewsReader.Parsing;
using NewsReader.Web.Importing;
using NewsReader.Web.Importing.Formats;

namespace NewsReader.Web.Cli;

/// <summary>
/// The command-line side of the same executable: <c>import PATH...</c> and <c>parse [--json] FILE...</c>.
/// With no command, the executable serves the web app.
/// </summary>
public static class CommandLine
{
    private static readonly string[] Commands = ["import", "parse", "export", "reparse", "reindex", "generate-library", "set-password", "create-token", "revoke-token", "backup", "move-to", "subscribe", "poll", "feeds", "opml-import", "opml-export", "help", "--help", "-h"];

    /// <summary>A token cancelled by Ctrl+C or SIGTERM, instead of the process ending at once.</summary>
    public static SignalStop StopOnSignals() => new();

    public sealed class SignalStop : IDisposable
    {
        private readonly CancellationTokenSource source = new();
        private readonly System.Runtime.InteropServices.PosixSignalRegistration[] registrations;

        public SignalStop()
        {
            registrations =
            [
                System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGINT, Stop),
                System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, Stop),
            ];
        }

        public CancellationToken Token => source.Token;

        private void Stop(System.Runtime.InteropServices.PosixSignalContext context)
        {
            context.Cancel = true; // keep running until the command returns
            source.Cancel();
        }

        public void Dispose()
        {
            foreach (var registration in registrations) registration.Dispose();
            source.Dispose();
        }
    }

    public static bool IsCommand(string[] args) => args.Length > 0 && Commands.Contains(args[0], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// A first argument that is neither a command nor a setting (<c>improt</c>): the app must not start serving and seed a
    /// library because of a typo. Prints what was wrong, the nearest command and the usage to <paramref name="error"/>.
    /// </summary>
    public static bool RejectsUnknownCommand(string[] args, TextWriter error)
    {
        // Settings in any of the forms the host reads: --Key=Value, --Key Value, /Key=Value, /Key Value, Key=Value.
        if (args.Length == 0 || args[0].StartsWith('-') || args[0].StartsWith('/') || args[0].Contains('=') || IsCommand(args)) return false;
        var nearest = Commands.Where(c => !c.StartsWith('-')).MinBy(c => EditDistance(c, args[0].ToLowerInvariant()));
        error.WriteLine(nearest is not null && EditDistance(nearest, args[0].ToLowerInvariant()) <= 2
            ? $"newsreader: '{args[0]}' is not a command. Did you mean '{nearest}'?"
            : $"newsreader: '{args[0]}' is not a command.");
        error.WriteLine();
        PrintHelp(error);
        return true;
    }

    // Levenshtein distance, for the suggestion after a typo.
    private static int EditDistance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.Length];
    }

    /// <summary>The arguments the host's configuration should see: <c>--Key=Value</c> settings only.</summary>
    public static string[] ConfigurationArgs(string[] args) =>
        IsCommand(args) ? args.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=')).ToArray() : args;

    /// <summary>
    /// Whether the command reads nothing of the library: <c>parse</c> runs before the host is built, so it opens no database
    /// and makes no data folder where it is run. (<c>help</c> goes through the host, which checks the settings.)
    /// </summary>
    public static bool NeedsNoLibrary(string[] args) => args.Length > 0 && args[0].Equals("parse", StringComparison.OrdinalIgnoreCase);

    /// <summary>Runs a command that <see cref="NeedsNoLibrary"/>.</summary>
    public static int RunWithoutLibrary(string[] args, TextWriter output, TextWriter error) =>
        Parse(args.Skip(1).Where(a => !(a.StartsWith("--", StringComparison.Ordinal) && a.Contains('='))).ToArray(), output, error);

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var command = args[0].ToLowerInvariant();
        var rest = args.Skip(1).Where(a => !(a.StartsWith("--", StringComparison.Ordinal) && a.Contains('='))).ToArray();
        switch (command)
        {
            case "import":
                return await ImportAsync(services, rest, output, error, cancellationToken);
            case "parse":
                return Parse(rest, output, error);
            case "export":
                return await ExportAsync(services, rest, output, error, cancellationToken);
            case "generate-library":
                return await LibraryGenerator.RunAsync(services, rest, output, error, cancellationToken);
            case "set-password":
                return await Security.AccessCommands.SetPasswordAsync(services, rest, Console.In,
                    interactive: ReferenceEquals(output, Console.Out) && !Console.IsInputRedirected, output, error);
            case "create-token":
                return await Security.AccessCommands.CreateTokenAsync(services, output);
            case "revoke-token":
                return await Security.AccessCommands.RevokeTokenAsync(services, output);
            case "backup":
                return await Operations.Backup.RunAsync(services, rest, output, error);
            case "move-to":
                return await Operations.LibraryMove.RunAsync(services, rest, output, error, cancellationToken);
            case "subscribe":
                return await FeedCommands.SubscribeAsync(services, rest, output, error, cancellationToken);
            case "poll":
                return await FeedCommands.PollAsync(services, output, cancellationToken);
            case "feeds":
                return await FeedCommands.ListAsync(services, output, cancellationToken);
            case "opml-import":
                return await FeedCommands.OpmlImportAsync(services, rest, output, error, cancellationToken);
            case "opml-export":
                return await FeedCommands.OpmlExportAsync(services, rest, output, error, cancellationToken);
            case "reparse":
            case "reindex":
                return await ReparseAsync(services, command, output, cancellationToken);
            default:
                PrintHelp(output);
                return 0;
        }
    }

    private static void PrintHelp(TextWriter output) => output.WriteLine("""
        NewsReader — read news articles with every quote attributed.

        Usage: dotnet run --project src/NewsReader.Web -- [COMMAND]

          (no command)             serve the web app
          import [--dry-run] PATH...
                                   import article files (.txt, .md, .html, .zip): files, folders (searched recursively),
                                   glob patterns such as "articles/**/*.md", or - for standard input;
                                   --dry-run parses and reports without storing
          parse [--json] FILE...   parse files without storing them; --json prints one JSON object per line
          export FOLDER            write every article to FOLDER as slug.md (Markdown, imports back) and slug.json
          reparse                  re-run the parser over every stored article and rebuild what is derived from it
          reindex                  rebuild the search index (and the derived columns) from the stored texts
          generate-library N       fill the library with N distinct articles made from real files, for benchmarks
          set-password             set the admin password (typed at a prompt, or piped to standard input); changing the
                                   library then needs a sign-in
          create-token             make a new API token for POST /api/import (Authorization: Bearer TOKEN); only its hash is kept
          revoke-token             remove the API token
          backup PATH              copy the library to PATH, safe while the app serves (SQLite's online backup; on
                                   PostgreSQL pg_dump, or the command to run when it is not installed)
          move-to PROVIDER CONNECTION
                                   copy the whole library into an empty one (Sqlite with a file or connection string,
                                   Postgres with an Npgsql connection string) and check the copy table by table
          subscribe URL            follow a feed (RSS, Atom, JSON Feed), by its address or a site's (autodiscovery)
          poll                     poll every feed now and import its new entries
          feeds                    list the feeds with their state (last fetched, last new entry, last error, next poll)
          opml-import FILE         add the feeds of an OPML file, its categories as folders
          opml-export FILE         write the feeds to an OPML 2.0 file, folders as outlines
          help                     show this help

        Settings can be given as --Key=Value, for example --ConnectionStrings:NewsReader="Data Source=/tmp/news.db", or
        --Database:Provider=Postgres --ConnectionStrings:NewsReader="Host=127.0.0.1;Database=newsreader;Username=newsreader".
        """);

    private static async Task<int> ImportAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var dryRun = args.Contains("--dry-run");
        var paths = args.Where(a => a != "--dry-run").ToArray();
        if (paths.Length == 0)
        {
            await error.WriteLineAsync("import: give at least one file, folder or glob pattern (or - for standard input), for example: import seeds/");
            return 2;
        }
        var inputs = ImportSources.Expand(paths, Directory.GetCurrentDirectory()).ToList();
        var progress = new ImportProgress(output, inputs.Count, interactive: ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected);
        var counts = new Dictionary<ImportStatus, int>();
        using var scope = services.CreateScope();
        var importer = scope.ServiceProvider.GetRequiredService<Importer>();
        // Results arrive as their articles are committed; a stop (Ctrl+C, SIGTERM) finishes and commits the article in hand.
        var completed = await importer.ImportManyAsync(inputs, (_, results) =>
        {
            foreach (var result in results)
            {
                counts[result.Status] = counts.GetValueOrDefault(result.Status) + 1;
                progress.Line(Describe(result, dryRun));
            }
            progress.Advance();
            return ValueTask.CompletedTask;
        }, dryRun, stop: cancellationToken);
        var interrupted = !completed;
        progress.Done();
        var total = counts.Values.Sum();
        await output.WriteLineAsync($"{(dryRun ? "dry run, nothing stored: " : "")}{total} {(total == 1 ? "file" : "files")}: " +
            $"{counts.GetValueOrDefault(ImportStatus.Imported)} imported, {counts.GetValueOrDefault(ImportStatus.Updated)} updated, " +
            $"{counts.GetValueOrDefault(ImportStatus.Unchanged)} unchanged, {counts.GetValueOrDefault(ImportStatus.Rejected)} rejected" +
            (progress.Rate is { } rate ? $" ({rate:0.#} files/s)" : ""));
        if (interrupted)
        {
            await output.WriteLineAsync($"interrupted: the file in hand was finished; {inputs.Count - counts.Values.Sum()} or more files were not read");
            return 130;
        }
        return counts.GetValueOrDefault(ImportStatus.Rejected) == 0 ? 0 : 1;
    }

    private static string Describe(ImportResult result, bool dryRun) => result.Status switch
    {
        ImportStatus.Imported => $"{(dryRun ? "would import" : "imported"),-10} {result.FileName}{(dryRun ? "" : " -> /articles/" + result.Slug)}{(result.Reason is null ? "" : " (" + result.Reason + ")")}",
        ImportStatus.Updated => $"{(dryRun ? "would update" : "updated"),-10} {result.FileName} -> /articles/{result.Slug} (the previous text is kept as a revision)",
        ImportStatus.Unchanged => $"{"unchanged",-10} {result.FileName} (already in the library as /articles/{result.Slug})",
        _ => $"{"rejected",-10} {result.FileName}: {result.Reason}",
    };

    private static async Task<int> ExportAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (args.Length != 1)
        {
            await error.WriteLineAsync("export: give one folder to write to, for example: export ~/newsreader-export");
            return 2;
        }
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Data.NewsReaderDb>();
        var count = await ArticleExports.ExportAllAsync(db, args[0], cancellationToken);
        await output.WriteLineAsync($"exported {count} articles to {Path.GetFullPath(args[0])}");
        return 0;
    }

    private static async Task<int> ReparseAsync(IServiceProvider services, string command, TextWriter output, CancellationToken cancellationToken)
    {
        using var scope = services.CreateScope();
        var reparser = scope.ServiceProvider.GetRequiredService<Reparser>();
        var summary = await reparser.ReparseAllAsync(cancellationToken: cancellationToken);
        await output.WriteLineAsync(command == "reindex"
            ? $"reindexed {summary.Articles} articles ({summary.Changed} changed on re-parsing)"
            : $"re-parsed {summary.Articles} articles: {summary.Changed} changed");
        return 0;
    }

    private static int Parse(string[] args, TextWriter output, TextWriter error)
    {
        var json = args.Contains("--json");
        var files = args.Where(a => a != "--json").ToList();
        if (files.Count == 0)
        {
            error.WriteLine("parse: give at least one file, for example: parse --json seeds/000_252420a67f3c89ef.txt");
            return 2;
        }
        var failed = 0;
        foreach (var file in files)
        {
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(file);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"{file}: cannot be read: {exception.Message}");
                failed++;
                continue;
            }
            var decoded = TextDecoder.Decode(bytes);
            if (decoded.Rejection is { } reason)
            {
                error.WriteLine($"{file}: {reason}");
                failed++;
                continue;
            }
            var format = ArticleFormats.FromExtension(Path.GetExtension(file)) ?? ArticleFormat.Text;
            var article = ArticleFormats.Parse(format, TextNormalizer.Normalize(decoded.Text!, decodeCharacterReferences: format == ArticleFormat.Text));
            if (decoded.Warning is { } warning) article = article with { Warnings = [warning, .. article.Warnings] };
            if (json)
            {
                output.WriteLine(ArticleJson.From(article, file).ToJson());
            }
            else
            {
                output.WriteLine($"{file}");
                output.WriteLine($"  headline:  {article.Headline?.Value ?? "(none)"}");
                output.WriteLine($"  byline:    {string.Join(", ", article.Authors)}{(article.Outlet is null ? "" : " / " + article.Outlet)}");
                output.WriteLine($"  published: {article.Published?.ToIsoString() ?? "(none)"}");
                output.WriteLine($"  blocks:    {article.Blocks.Count}, quotes: {article.Quotes.Count}");
                foreach (var quote in article.Quotes)
                    output.WriteLine($"    \"{Shorten(quote.Text, 60)}\" — {quote.Speaker?.Name ?? "(unattributed)"}");
                foreach (var w in article.Warnings) output.WriteLine($"  warning:   {w}");
            }
        }
        return failed == 0 ? 0 : 1;
    }

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..length] + "…";
}
