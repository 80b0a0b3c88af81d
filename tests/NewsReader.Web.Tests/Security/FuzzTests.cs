using System.Diagnostics;
using System.Text;
using NewsReader.Parsing;
using NewsReader.Web.Importing;
using NewsReader.Web.Importing.Formats;
using NewsReader.Web.Reading;
using Xunit.Abstractions;

namespace NewsReader.Web.Tests.Security;

/// <summary>
/// A property-test loop through the importer's decode path and the parser: random and mutated bytes are decoded
/// (<see cref="TextDecoder"/>), normalised, converted as text, Markdown and HTML, parsed, turned into the reader view and
/// into JSON; nothing may throw. CI runs 20,000 inputs; <c>NEWSREADER_FUZZ_ITERATIONS=1000000</c> runs the long one
/// (and <c>NEWSREADER_FUZZ_SEED</c> repeats a run). A failing input is written to the temp folder.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    private static readonly string[] Tokens =
    [
        "\"", "“", "”", "‘", "’", "'", "«", "»", "\n", "\n\n", "\r\n", "\r", "\t", "\0", "\uFEFF", "\u202E", "\u200B", "\uD800", "\uDC00",
        "---\n", "title: ", "author: ", "## ", "# ", "Foto: ", " (", ")", "Baca juga: ", "kata ", " ujar ", "said ", "Jakarta, CNBC Indonesia - ",
        "Selasa, 12/08/2025 10:00 WIB", "13 Aug 2025 14:11", "Updated ", "<p>", "</p>", "<script>", "<h1>", "<!--", "<![CDATA[", "&amp;", "&#x", "&#",
        "[a](b)", "![x](", "```", "> ", "* ", "1. ", "|a|b|", "<meta name=\"author\" content=\"", "<title>", "é", "é", "😀", "\u0301",
    ];

    [Fact]
    public void RandomAndMutatedInputsNeverThrowThroughDecodeConvertAndParse()
    {
        var iterations = int.TryParse(Environment.GetEnvironmentVariable("NEWSREADER_FUZZ_ITERATIONS"), out var n) ? n : 20_000;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("NEWSREADER_FUZZ_SEED"), out var s) ? s : 20250813;
        var corpus = Corpus();
        var failures = new System.Collections.Concurrent.ConcurrentQueue<(byte[] Input, Exception Error)>();
        var stopwatch = Stopwatch.StartNew();
        var workers = Environment.ProcessorCount;
        long bytes = 0;
        Parallel.For(0, workers, worker =>
        {
            var random = new Random(seed + worker);
            long local = 0;
            for (var i = worker; i < iterations && failures.IsEmpty; i += workers)
            {
                var input = Next(random, corpus);
                local += input.Length;
                try
                {
                    Run(input);
                }
                catch (Exception exception)
                {
                    failures.Enqueue((input, exception));
                }
            }
            Interlocked.Add(ref bytes, local);
        });
        stopwatch.Stop();
        output.WriteLine($"fuzz: {iterations:N0} inputs ({bytes / 1024.0 / 1024.0:0.0} MB), seed {seed}, {workers} workers, " +
            $"{stopwatch.Elapsed.TotalSeconds:0.0} s ({iterations / stopwatch.Elapsed.TotalSeconds:N0}/s), {failures.Count} exceptions");
        if (failures.TryPeek(out var failure))
        {
            var path = Path.Combine(Path.GetTempPath(), $"newsreader-fuzz-{seed}-{Guid.NewGuid():N}.bin");
            File.WriteAllBytes(path, failure.Input);
            Assert.Fail($"{failure.Error.GetType().Name}: {failure.Error.Message} (input saved to {path})\n{failure.Error}");
        }
    }

    [Fact]
    public void MarkdownNestedDeeperThanMarkdigAcceptsIsReadAsPlainParagraphs()
    {
        var deep = "# Judul\n\n" + new string('>', 20_000) + " kutipan\n\n" + string.Concat(Enumerable.Repeat("* ", 5_000)) + "daftar\n";
        Run(Encoding.UTF8.GetBytes(deep));
        Assert.NotEmpty(ArticleFormats.Parse(ArticleFormat.Markdown, deep).Blocks);
    }

    /// <summary>One input through everything an import does before storage, and the reader view.</summary>
    internal static void Run(byte[] input)
    {
        var decoded = TextDecoder.Decode(input);
        if (decoded.Text is not { } text) return;
        var normalized = TextNormalizer.Normalize(text);
        foreach (var format in (ReadOnlySpan<ArticleFormat>)[ArticleFormat.Text, ArticleFormat.Markdown, ArticleFormat.Html])
        {
            var article = ArticleFormats.Parse(format, normalized);
            foreach (var quote in article.Quotes) _ = quote.Text.Length;
            ArticleView.Build(article);
            _ = ArticleJson.From(article, "fuzz").ToJson();
        }
        _ = Importer.Label(Encoding.UTF8.GetString(input.AsSpan(0, Math.Min(input.Length, 300))));
    }

    private static List<byte[]> Corpus()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "ImportFixtures");
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => new FileInfo(f).Length < 200_000).Select(File.ReadAllBytes).ToList();
        files.Add(File.ReadAllBytes(TestFiles.SeedPath));
        files.AddRange(XssPayloads.All.Select((p, i) => Encoding.UTF8.GetBytes(XssPayloads.Html(p, i))));
        files.AddRange(XssPayloads.All.Select((p, i) => Encoding.UTF8.GetBytes(XssPayloads.Markdown(p, i))));
        return files;
    }

    /// <summary>Random bytes, random tokens, or a corpus file with a few mutations (bit flips, token insertions, cuts, splices).</summary>
    private static byte[] Next(Random random, List<byte[]> corpus)
    {
        switch (random.Next(10))
        {
            case 0:
                var noise = new byte[random.Next(0, 2_000)];
                random.NextBytes(noise);
                return noise;
            case 1:
                var tokens = new StringBuilder();
                for (var i = random.Next(1, 300); i > 0; i--) tokens.Append(Tokens[random.Next(Tokens.Length)]);
                return Encoding.UTF8.GetBytes(tokens.ToString());
        }
        var data = new List<byte>(corpus[random.Next(corpus.Count)]);
        for (var m = random.Next(1, 8); m > 0; m--)
        {
            var at = data.Count == 0 ? 0 : random.Next(data.Count);
            switch (random.Next(6))
            {
                case 0 when data.Count > 0:
                    data[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 1:
                    data.InsertRange(at, Encoding.UTF8.GetBytes(Tokens[random.Next(Tokens.Length)]));
                    break;
                case 2 when data.Count > 0:
                    data.RemoveRange(at, Math.Min(random.Next(1, 200), data.Count - at));
                    break;
                case 3:
                    var other = corpus[random.Next(corpus.Count)];
                    var from = random.Next(other.Length);
                    data.InsertRange(at, other.Skip(from).Take(random.Next(1, 500)));
                    break;
                case 4 when data.Count > 0:
                    data.InsertRange(at, Enumerable.Repeat(data[at], random.Next(1, 300)));
                    break;
                default:
                    data.Insert(at, (byte)random.Next(256));
                    break;
            }
        }
        return data.ToArray();
    }
}
