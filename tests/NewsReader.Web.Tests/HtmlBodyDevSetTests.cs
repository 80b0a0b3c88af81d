using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using NewsReader.Model;
using NewsReader.Parsing;
using NewsReader.Web.Importing.Formats;
using Xunit.Abstractions;

namespace NewsReader.Web.Tests;

/// <summary>
/// The HTML import's body on real saved pages (<c>../shared/dev/html</c>: 252 pages in 17 languages with hand-marked
/// bodies), scored as <c>../shared/tools/score_body.py</c> scores it: 4-word shingles of the word tokens, precision and
/// recall averaged over pages, F1 of the two means. Prints the scores per source and holds them to floors that only go up.
/// </summary>
public sealed partial class HtmlBodyDevSetTests(ITestOutputHelper output)
{
    // Floors: raise them as the extractor gets better; never lower them.
    private const double OverallF1Floor = 0.93;
    private const double SourceF1Floor = 0.90;

    [SkippableFact]
    public void SavedPagesGiveTheirArticleText()
    {
        var folder = Path.GetFullPath(Path.Combine(TestFiles.RepositoryRoot, "..", "shared", "dev", "html"));
        Skip.IfNot(Directory.Exists(folder), "The HTML development set (../shared/dev/html) is not present on this machine.");
        var pages = new List<(string Source, double[] Match)>();
        var empty = new List<string>();
        foreach (var truthPath in Directory.EnumerateFiles(folder, "*.truth.json").Order(StringComparer.Ordinal))
        {
            var page = truthPath[..^".truth.json".Length] + ".html";
            using var truth = JsonDocument.Parse(File.ReadAllText(truthPath));
            var expected = truth.RootElement.GetProperty("articleBody").GetString() ?? "";
            var source = truth.RootElement.TryGetProperty("source", out var s) ? s.GetString() ?? "?" : "?";
            var article = ArticleFormats.Parse(ArticleFormat.Html, TextNormalizer.Normalize(File.ReadAllText(page, Encoding.UTF8)));
            var body = string.Join("\n", article.Blocks.Select(b => b.Text));
            if (body.Length == 0) empty.Add(Path.GetFileName(page));
            pages.Add((source, ShingleMatch(expected, body)));
        }
        Assert.NotEmpty(pages);
        var report = new StringBuilder("HTML body on ../shared/dev/html\n");
        foreach (var group in pages.GroupBy(p => p.Source).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var (p, r, f1) = Metrics(group.Select(x => x.Match));
            report.AppendLine($"  {group.Key,-60} {group.Count(),4} pages  F1 {f1:F3}  precision {p:F3}  recall {r:F3}");
            Assert.True(f1 >= SourceF1Floor, $"{group.Key}: body F1 {f1:F3} is below the floor {SourceF1Floor}");
        }
        var (precision, recall, overall) = Metrics(pages.Select(x => x.Match));
        report.AppendLine($"  all {pages.Count} pages: F1 {overall:F3}  precision {precision:F3}  recall {recall:F3}  empty {empty.Count}");
        output.WriteLine(report.ToString());
        Assert.True(overall >= OverallF1Floor, $"body F1 {overall:F3} is below the floor {OverallF1Floor}");
        Assert.True(empty.Count == 0, "empty bodies: " + string.Join(", ", empty));
    }

    // Metadata floors, on the pages whose truth gives the field.
    private const double HeadlineFloor = 0.88;

    [SkippableFact]
    public void SavedPagesGiveTheirHeadline()
    {
        var folder = Path.GetFullPath(Path.Combine(TestFiles.RepositoryRoot, "..", "shared", "dev", "html"));
        Skip.IfNot(Directory.Exists(folder), "The HTML development set (../shared/dev/html) is not present on this machine.");
        int headlines = 0, right = 0;
        var wrong = new List<string>();
        foreach (var truthPath in Directory.EnumerateFiles(folder, "*.truth.json").Order(StringComparer.Ordinal))
        {
            using var truth = JsonDocument.Parse(File.ReadAllText(truthPath));
            if (!truth.RootElement.TryGetProperty("headline", out var h) || h.GetString() is not { Length: > 0 } expected) continue;
            var page = truthPath[..^".truth.json".Length] + ".html";
            var article = ArticleFormats.Parse(ArticleFormat.Html, TextNormalizer.Normalize(File.ReadAllText(page, Encoding.UTF8)));
            headlines++;
            if (Fold(expected) == Fold(article.Headline?.Value)) right++;
            else wrong.Add($"{Path.GetFileName(page)}: «{article.Headline?.Value}»");
        }
        Assert.True(headlines > 0);
        var share = (double)right / headlines;
        output.WriteLine($"exact headline: {right}/{headlines} = {share:P1}");
        Assert.True(share >= HeadlineFloor, $"exact headline {share:P1} is below the floor {HeadlineFloor:P0}; wrong: {string.Join("; ", wrong.Take(10))}");
    }

    private static string Fold(string? text) =>
        string.Join(' ', (text ?? "").Normalize(NormalizationForm.FormKC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();

    private static List<string> Shingles(string text)
    {
        var tokens = Word().Matches(text).Select(m => m.Value).ToList();
        var shingles = new List<string>();
        for (var i = 0; i < Math.Max(1, tokens.Count - 3); i++)
        {
            var shingle = string.Join('\u0001', tokens.Skip(i).Take(4));
            if (shingle.Length > 0) shingles.Add(shingle);
        }
        return shingles;
    }

    // (true positive, false positive, false negative) shares of the shingles, as the Python scorer counts them.
    private static double[] ShingleMatch(string expected, string actual)
    {
        var want = Shingles(expected).GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count());
        var got = Shingles(actual).GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count());
        double tp = 0, fp = 0, fn = 0;
        foreach (var key in want.Keys.Union(got.Keys))
        {
            var t = want.GetValueOrDefault(key);
            var p = got.GetValueOrDefault(key);
            tp += Math.Min(t, p);
            fp += Math.Max(0, p - t);
            fn += Math.Max(0, t - p);
        }
        var sum = tp + fp + fn;
        return sum > 0 ? [tp / sum, fp / sum, fn / sum] : [tp, fp, fn];
    }

    private static (double Precision, double Recall, double F1) Metrics(IEnumerable<double[]> pages)
    {
        var list = pages.ToList();
        var precisions = list.Where(x => x[0] + x[1] > 0).Select(x => x[1] == 0 && x[2] == 0 ? 1 : x[0] == 0 && x[1] == 0 ? 0 : x[0] / (x[0] + x[1])).ToList();
        var recalls = list.Where(x => x[0] + x[2] > 0).Select(x => x[1] == 0 && x[2] == 0 ? 1 : x[0] == 0 && x[2] == 0 ? 0 : x[0] / (x[0] + x[2])).ToList();
        var p = precisions.Count > 0 ? precisions.Average() : 0;
        var r = recalls.Count > 0 ? recalls.Average() : 0;
        return (p, r, p + r > 0 ? 2 * p * r / (p + r) : 0);
    }
}
