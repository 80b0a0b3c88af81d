using System.Diagnostics;
using NewsReader.Parsing;
using NewsReader.Web.Importing;

namespace NewsReader.Web.Cli;

/// <summary>
/// <c>generate-library N</c>: fills the library with N distinct articles made from real article files (the seeds,
/// the parser fixtures and, when present, the shared corpus), for benchmarks. Each copy gets a numbered headline,
/// so that every text and slug is distinct (copies share their template's date). Goes through the normal importer.
/// </summary>
public static class LibraryGenerator
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (args.Length == 0 || !int.TryParse(args[0], out var count) || count < 1)
        {
            await error.WriteLineAsync("generate-library: give the number of articles, for example: generate-library 100000 [FOLDER...]");
            return 2;
        }
        var folders = args.Length > 1 ? args[1..] : DefaultFolders();
        var templates = folders.Where(Directory.Exists)
            .SelectMany(f => Directory.EnumerateFiles(f, "*.txt", SearchOption.AllDirectories))
            .Where(f => !Path.GetFileName(f).StartsWith("README", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .Select(t => (Text: TextNormalizer.Normalize(t), Article: ArticleParser.Parse(t)))
            .Where(t => t.Article.Headline is not null)
            .ToList();
        if (templates.Count == 0)
        {
            await error.WriteLineAsync("generate-library: no article files found in " + string.Join(", ", folders));
            return 1;
        }
        await output.WriteLineAsync($"generating {count} articles from {templates.Count} templates");
        var clock = Stopwatch.StartNew();
        var imported = 0;
        var done = 0;
        using var scope = services.CreateScope();
        var importer = scope.ServiceProvider.GetRequiredService<Importer>();
        // One batch through the importer, as the import command runs it: the copies are made and parsed ahead of the writer.
        var inputs = Enumerable.Range(0, count).Select(i =>
        {
            var (text, article) = templates[i % templates.Count];
            return ImportInput.FromStream($"generated-{i}.txt", new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Variant(text, article, i))));
        });
        await importer.ImportManyAsync(inputs, async (_, results) =>
        {
            imported += results.Count(r => r.Status == ImportStatus.Imported);
            if (++done % 1000 == 0 || done == count)
                await output.WriteLineAsync($"{done} / {count} ({imported / Math.Max(0.001, clock.Elapsed.TotalSeconds):0} articles/s)");
        }, stop: cancellationToken);
        await output.WriteLineAsync($"generated {imported} new articles in {clock.Elapsed.TotalSeconds:0.0} s");
        return 0;
    }

    private static string Variant(string text, NewsReader.Model.Article article, int i)
    {
        var headline = article.Headline!.Span;
        var copy = string.Concat(text.AsSpan(0, headline.End), $" ({i + 1})", text.AsSpan(headline.End));
        return copy;
    }

    private static string[] DefaultFolders()
    {
        var root = FindRoot();
        if (root is null) return [];
        return
        [
            Path.Combine(root, "seeds"),
            Path.Combine(root, "tests", "NewsReader.Core.Tests", "Fixtures"),
            Path.GetFullPath(Path.Combine(root, "..", "shared", "corpus", "bbc-fulltext")),
        ];
    }

    private static string? FindRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "NewsReader.sln"))) return dir.FullName;
        return null;
    }
}
