using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using NewsReader.Benchmarks;
using NewsReader.Parsing;

// `-- quick`: a plain stopwatch pass for profiling; anything else goes to BenchmarkDotNet (e.g. `--filter '*'`).
if (args is ["quick", ..])
{
    foreach (var set in new[] { "fixtures", "corpus" })
    {
        var texts = Inputs.Load(set);
        if (texts.Length == 0) { Console.WriteLine($"{set}: not present"); continue; }
        var (chars, bytes, count) = Inputs.Size(set);
        var rounds = set == "fixtures" ? 2000 : 5;
        for (var i = 0; i < 3; i++) foreach (var t in texts) ArticleParser.Parse(t);
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var stopwatch = Stopwatch.StartNew();
        for (var r = 0; r < rounds; r++) foreach (var t in texts) ArticleParser.Parse(t);
        stopwatch.Stop();
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{set}: {count} articles, {bytes / 1e6:F2} MB UTF-8, {bytes * rounds / 1e6 / stopwatch.Elapsed.TotalSeconds:F1} MB/s, " +
            $"allocated {allocated / (double)rounds / bytes:F2}x UTF-8 input ({allocated / (double)rounds / (chars * 2):F2}x UTF-16 input)"));
    }
    return;
}

var summaries = BenchmarkSwitcher.FromAssembly(typeof(ParseBenchmarks).Assembly).Run(args);
foreach (var summary in summaries)
    foreach (var report in summary.Reports)
    {
        if (report.ResultStatistics is null) continue;
        var set = (string)report.BenchmarkCase.Parameters["Set"];
        var (chars, bytes, count) = Inputs.Size(set);
        if (count == 0) continue;
        var seconds = report.ResultStatistics.Mean / 1e9;
        var allocated = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? 0;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{set}: {count} articles, {bytes / 1e6:F2} MB UTF-8 ({chars / 1e6:F2} M chars): {bytes / 1e6 / seconds:F1} MB/s, " +
            $"allocated {allocated / 1e6:F1} MB per pass = {allocated / (double)bytes:F2}x UTF-8 input, {allocated / (double)(chars * 2):F2}x UTF-16 input"));
    }
