using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using NewsReader.Benchmarks;
using NewsReader.Parsing;

// `-- quick`: a plain stopwatch pass for profiling; anything else goes to BenchmarkDotNet (e.g. `--filter '*'`).
if (args is ["quick", ..])
{
    // `-- quick fixtures` or `-- quick corpus` measures one set only.
    foreach (var set in args.Length > 1 ? args[1..] : new[] { "fixtures", "corpus" })
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

// `-- dump FILE`: every parsed article of both sets as one JSON line, to compare the output before and after a change.
if (args is ["dump", var dumpFile, ..])
{
    using var writer = new StreamWriter(dumpFile);
    foreach (var set in new[] { "fixtures", "corpus" })
        foreach (var t in Inputs.Load(set))
            writer.WriteLine(System.Text.Json.JsonSerializer.Serialize(ArticleParser.Parse(t)));
    return;
}

// `-- allocs`: samples allocations by type (GC AllocationTick, about one per 100 KB) over one corpus pass.
if (args is ["allocs", ..])
{
    var set = args.Length > 1 ? args[1] : "corpus";
    var texts = Inputs.Load(set);
    // The fixtures allocate about 0.3 MB a pass: many passes give enough samples.
    var rounds = set == "fixtures" ? 1000 : 3;
    using var listener = new AllocationListener();
    for (var r = 0; r < rounds; r++) foreach (var t in texts) ArticleParser.Parse(t);
    foreach (var (type, bytes) in listener.ByType.OrderByDescending(p => p.Value).Take(25))
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)rounds / 1e6,10:F4} MB  {type}"));
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
            $"{report.BenchmarkCase.Descriptor.WorkloadMethod.Name} {set}: {count} articles, {bytes / 1e6:F2} MB UTF-8 ({chars / 1e6:F2} M chars): {bytes / 1e6 / seconds:F1} MB/s, " +
            $"allocated {allocated / 1e6:F1} MB per pass = {allocated / (double)bytes:F2}x UTF-8 input, {allocated / (double)(chars * 2):F2}x UTF-16 input"));
    }

internal sealed class AllocationListener : System.Diagnostics.Tracing.EventListener
{
    public Dictionary<string, long> ByType { get; } = [];

    protected override void OnEventSourceCreated(System.Diagnostics.Tracing.EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
            EnableEvents(source, System.Diagnostics.Tracing.EventLevel.Verbose, (System.Diagnostics.Tracing.EventKeywords)0x1);
    }

    protected override void OnEventWritten(System.Diagnostics.Tracing.EventWrittenEventArgs e)
    {
        if (e.EventName is not { } name || !name.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is null) return;
        var type = (string?)e.Payload[e.PayloadNames!.IndexOf("TypeName")] ?? "?";
        var amount = Convert.ToInt64(e.Payload[e.PayloadNames.IndexOf("AllocationAmount64")], CultureInfo.InvariantCulture);
        lock (ByType) ByType[type] = ByType.GetValueOrDefault(type) + amount;
    }
}
