using System.Text;
using BenchmarkDotNet.Attributes;
using NewsReader.Parsing;
using NewsReader.Tests;

namespace NewsReader.Benchmarks;

/// <summary>
/// <see cref="ArticleParser.Parse"/> over a whole set of articles per operation: the fixture suite, and the shared
/// corpus when it is present. Throughput and allocation per input byte are printed after the run (see Program).
/// </summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private string[] articles = [];

    [Params("fixtures", "corpus")]
    public string Set { get; set; } = "fixtures";

    [GlobalSetup]
    public void Setup()
    {
        articles = Inputs.Load(Set);
        // The fixtures parse in about 3 ms a pass: without this, BenchmarkDotNet's short job can settle on 16 or 32
        // operations while tiered compilation is still promoting the parser, and measure that (5 to 26 MB/s from one run to
        // the next). Three seconds of passes first reach the steady state; the corpus set gets there in its first pass.
        var warm = System.Diagnostics.Stopwatch.StartNew();
        while (warm.Elapsed < TimeSpan.FromSeconds(3)) Parse();
    }

    [Benchmark]
    public int Parse()
    {
        var blocks = 0;
        foreach (var text in articles) blocks += ArticleParser.Parse(text).Blocks.Count;
        return blocks;
    }

    /// <summary>
    /// Parse, then read every block's text as a reader view would. Block text is cut from the source on first read, so
    /// this is the cost when the body is shown; <see cref="Parse"/> alone does not pay it.
    /// </summary>
    [Benchmark]
    public int ParseAndReadBlockText()
    {
        var chars = 0;
        foreach (var text in articles)
            foreach (var block in ArticleParser.Parse(text).Blocks) chars += block.Text.Length;
        return chars;
    }
}

/// <summary>The article texts of each set, loaded once.</summary>
public static class Inputs
{
    public static string[] Load(string set) => set switch
    {
        "fixtures" => Directory.EnumerateFiles(Path.Combine(Seed.RepositoryRoot, "tests", "NewsReader.Core.Tests", "Fixtures"), "*.txt", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray(),
        "corpus" => Corpus.Folder is { } folder ? Corpus.Articles(folder).Select(a => a.Text).ToArray() : [],
        _ => throw new ArgumentException($"Unknown set '{set}'.", nameof(set)),
    };

    public static (long Chars, long Utf8Bytes, int Count) Size(string set)
    {
        var texts = Load(set);
        return (texts.Sum(t => (long)t.Length), texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t)), texts.Length);
    }
}
