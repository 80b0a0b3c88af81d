using NewsReader.Parsing;
using NewsReader.Web.Importing;

namespace NewsReader.Web.Cli;

/// <summary>
/// The command-line side of the same executable: <c>import PATH...</c> and <c>parse [--json] FILE...</c>.
/// With no command, the executable serves the web app.
/// </summary>
public static class CommandLine
{
    private static readonly string[] Commands = ["import", "parse", "reparse", "reindex", "help", "--help", "-h"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Commands.Contains(args[0], StringComparer.OrdinalIgnoreCase);

    /// <summary>The arguments the host's configuration should see: <c>--Key=Value</c> settings only.</summary>
    public static string[] ConfigurationArgs(string[] args) =>
        IsCommand(args) ? args.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=')).ToArray() : args;

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
          import PATH...           import article files; folders are searched recursively for *.txt
          parse [--json] FILE...   parse files without storing them; --json prints one JSON object per line
          reparse                  re-run the parser over every stored article and rebuild what is derived from it
          reindex                  rebuild the search index (and the derived columns) from the stored texts
          help                     show this help

        Settings can be given as --Key=Value, for example --ConnectionStrings:NewsReader="Data Source=/tmp/news.db".
        """);

    private static async Task<int> ImportAsync(IServiceProvider services, string[] paths, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (paths.Length == 0)
        {
            await error.WriteLineAsync("import: give at least one file or folder, for example: import seeds/");
            return 2;
        }
        int imported = 0, unchanged = 0, rejected = 0;
        foreach (var (path, display) in ExpandPaths(paths))
        {
            ImportResult result;
            if (path is null)
            {
                result = ImportResult.Reject(display, "no such file or folder");
            }
            else
            {
                using var scope = services.CreateScope();
                var importer = scope.ServiceProvider.GetRequiredService<Importer>();
                result = await importer.ImportFileAsync(path, display, cancellationToken);
            }
            switch (result.Status)
            {
                case ImportStatus.Imported:
                    imported++;
                    await output.WriteLineAsync($"imported   {result.FileName} -> /articles/{result.Slug}{(result.Reason is null ? "" : " (" + result.Reason + ")")}");
                    break;
                case ImportStatus.Unchanged:
                    unchanged++;
                    await output.WriteLineAsync($"unchanged  {result.FileName} (already in the library as /articles/{result.Slug})");
                    break;
                default:
                    rejected++;
                    await output.WriteLineAsync($"rejected   {result.FileName}: {result.Reason}");
                    break;
            }
        }
        var total = imported + unchanged + rejected;
        await output.WriteLineAsync($"{total} {(total == 1 ? "file" : "files")}: {imported} imported, {unchanged} unchanged, {rejected} rejected");
        return rejected == 0 ? 0 : 1;
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

    /// <summary>Files as given, and folders searched recursively for article files, in a stable order.</summary>
    private static IEnumerable<(string? Path, string Display)> ExpandPaths(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                yield return (path, path);
            }
            else if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => Importer.Extensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
                    .Order(StringComparer.Ordinal);
                foreach (var file in files) yield return (file, file);
            }
            else
            {
                yield return (null, path);
            }
        }
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
            var article = ArticleParser.Parse(decoded.Text!);
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
