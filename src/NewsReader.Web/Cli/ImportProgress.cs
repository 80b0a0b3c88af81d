using System.Diagnostics;

namespace NewsReader.Web.Cli;

/// <summary>
/// Import output: on a terminal, each result line scrolls above a progress bar with the count and the rate;
/// when output is redirected, plain lines only.
/// </summary>
public sealed class ImportProgress(TextWriter output, int total, bool interactive)
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private int done;

    public double? Rate => done > 0 && clock.Elapsed.TotalSeconds > 0.05 ? done / clock.Elapsed.TotalSeconds : null;

    public void Line(string line)
    {
        if (interactive) output.Write("\r\u001b[K");
        output.WriteLine(line);
        if (interactive) Draw();
    }

    public void Advance()
    {
        done++;
        if (interactive) Draw();
    }

    public void Done()
    {
        if (interactive) output.Write("\r\u001b[K");
    }

    private void Draw()
    {
        const int width = 30;
        var filled = total == 0 ? width : (int)Math.Round(width * (double)done / total);
        output.Write($"\r\u001b[K[{new string('#', filled)}{new string('-', width - filled)}] {done}/{total}{(Rate is { } rate ? $"  {rate:0.#} files/s" : "")}");
        output.Flush();
    }
}
