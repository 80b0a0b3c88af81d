using System.Diagnostics;
using System.Globalization;
using System.Text;
using NewsReader.Model;
using NewsReader.Parsing;
using Xunit.Abstractions;

namespace NewsReader.Tests;

/// <summary>The parser over the shared corpus of real articles: no failure, a headline for every file, and a report.</summary>
public sealed class CorpusTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void EveryCorpusArticleParsesWithAHeadline()
    {
        var folder = Corpus.Folder;
        Skip.If(folder is null, "The shared corpus (../shared/corpus beside the repository) is not present on this machine.");

        var counts = new SortedDictionary<string, Count>(StringComparer.Ordinal);
        var failures = new List<string>();
        var stopwatch = Stopwatch.StartNew();
        long characters = 0;
        foreach (var item in Corpus.Articles(folder))
        {
            var set = item.Name.Split(Path.DirectorySeparatorChar, '/')[0];
            var count = counts.TryGetValue(set, out var c) ? c : counts[set] = new Count();
            characters += item.Text.Length;
            Article article;
            try
            {
                article = ArticleParser.Parse(item.Text);
            }
            catch (Exception exception)
            {
                failures.Add($"{item.Name}: threw {exception.GetType().Name}: {exception.Message}");
                continue;
            }
            if (article.Warnings.Any(w => w.StartsWith("The parser failed", StringComparison.Ordinal)))
                failures.Add($"{item.Name}: {article.Warnings[0]}");
            if (string.IsNullOrWhiteSpace(article.Headline?.Value)) failures.Add($"{item.Name}: no headline");
            count.Files++;
            if (article.Published is not null || article.Updated is not null) count.Dated++;
            if (article.Authors.Count > 0) count.WithAuthors++;
            if (article.Quotes.Count > 0) count.WithQuotes++;
            count.Quotes += article.Quotes.Count;
            count.Attributed += article.Quotes.Count(q => q.Speaker is not null);
        }
        stopwatch.Stop();

        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"Corpus report ({characters / 1e6:F1} M characters in {stopwatch.Elapsed.TotalSeconds:F1} s, debug build)");
        report.AppendLine("  set                             files   dated  authors  w/quotes  quotes  attributed");
        foreach (var (set, c) in counts.Append(new("total", counts.Values.Aggregate(new Count(), (a, b) => a + b))))
            report.AppendLine(CultureInfo.InvariantCulture, $"  {set,-30} {c.Files,6} {c.Dated,7} {c.WithAuthors,8} {c.WithQuotes,9} {c.Quotes,7} {c.Attributed,11}");
        output.WriteLine(report.ToString());
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "corpus-report.txt"), report.ToString());

        Assert.NotEmpty(counts);
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(50)));
    }

    private sealed class Count
    {
        public int Files, Dated, WithAuthors, WithQuotes, Quotes, Attributed;

        public static Count operator +(Count a, Count b) => new()
        {
            Files = a.Files + b.Files, Dated = a.Dated + b.Dated, WithAuthors = a.WithAuthors + b.WithAuthors,
            WithQuotes = a.WithQuotes + b.WithQuotes, Quotes = a.Quotes + b.Quotes, Attributed = a.Attributed + b.Attributed,
        };
    }
}
