using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace NewsReader.Tests;

/// <summary>
/// The shared corpus of real articles (<c>../shared/corpus</c>, see its README), read in place and never copied:
/// the BBC plain files, and CNBC Indonesia and detik CSV rows turned back into article text (title, byline, date, content).
/// </summary>
internal static class Corpus
{
    public static string? Folder =>
        Seed.SharedFolder is { } shared && Directory.Exists(Path.Combine(shared, "corpus")) ? Path.Combine(shared, "corpus") : null;

    public sealed record Item(string Name, string Text);

    public static IEnumerable<Item> Articles(string folder) => Bbc(folder).Concat(Cnbc(folder)).Concat(Detik(folder));

    private static IEnumerable<Item> Bbc(string folder)
    {
        var bbc = Path.Combine(folder, "bbc-fulltext", "bbc");
        if (!Directory.Exists(bbc)) yield break;
        foreach (var path in Directory.EnumerateFiles(bbc, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            if (!Path.GetFileName(path).Equals("README.TXT", StringComparison.OrdinalIgnoreCase))
                yield return new Item(Path.GetRelativePath(folder, path), File.ReadAllText(path));
    }

    private static IEnumerable<Item> Cnbc(string folder)
    {
        var cnbc = Path.Combine(folder, "cnbc-indonesia-sentimenproject", "scraped_articles");
        return Directory.Exists(cnbc)
            ? Directory.EnumerateFiles(cnbc, "*.csv").Order(StringComparer.Ordinal).SelectMany(path => CnbcFile(folder, path))
            : [];
    }

    // The articles of one CNBC Indonesia CSV file, named by its path and 1-based row.
    private static IEnumerable<Item> CnbcFile(string folder, string path)
    {
        foreach (var (row, n) in Rows(path).Select((r, i) => (r, i)))
        {
            // The Author column keeps the page's trailing comma ("Elga Nurmutia,"): the byline reads "Name, CNBC Indonesia".
            var author = Get(row, "Author").Trim();
            var byline = author.Length == 0 ? "" : author.TrimEnd(',') + ", CNBC Indonesia";
            yield return new Item($"{Path.GetRelativePath(folder, path)}#{n + 1}",
                Join(Get(row, "Title"), byline, Get(row, "Article Date"), Get(row, "Content")));
        }
    }

    private static IEnumerable<Item> Detik(string folder)
    {
        var detik = Path.Combine(folder, "detik-summarization", "data_berita.csv");
        if (!File.Exists(detik)) yield break;
        foreach (var row in Rows(detik))
            yield return new Item($"{Path.GetRelativePath(folder, detik)}#{Get(row, "id")}",
                Join(Get(row, "judul"), DetikDate(Get(row, "tanggal")), Get(row, "isi_berita")));
    }

    /// <summary>
    /// One article of <c>../shared</c> by the name <see cref="Articles"/> gives it (a BBC file path, or a CSV path with
    /// <c>#row</c>), or <c>dev/html/NAME</c> for a page of the HTML development set (its headline and body, as the English
    /// news set reads it); null when the shared folder or the article is not there. CSV files are read once per run.
    /// </summary>
    public static string? Text(string name)
    {
        if (Seed.SharedFolder is not { } shared) return null;
        if (name.StartsWith("dev/html/", StringComparison.Ordinal))
        {
            var truth = Path.Combine(shared, "dev", "html", name["dev/html/".Length..] + ".truth.json");
            return File.Exists(truth) ? PageText(truth) : null;
        }
        if (Folder is not { } folder) return null;
        var hash = name.IndexOf('#');
        if (hash < 0) return File.Exists(Path.Combine(folder, name)) ? File.ReadAllText(Path.Combine(folder, name)) : null;
        var csv = name[..hash];
        // Only the one CSV file is read, once a run.
        var rows = CsvArticles.GetOrAdd(csv, path => new Lazy<Dictionary<string, string>>(() =>
            (!File.Exists(Path.Combine(folder, path)) ? []
                : path.StartsWith("detik-summarization/", StringComparison.Ordinal) ? Detik(folder)
                : CnbcFile(folder, Path.Combine(folder, path)))
            .ToDictionary(a => a.Name, a => a.Text, StringComparer.Ordinal)));
        return rows.Value.GetValueOrDefault(name);
    }

    private static readonly ConcurrentDictionary<string, Lazy<Dictionary<string, string>>> CsvArticles = new(StringComparer.Ordinal);

    /// <summary>A page of the HTML development set as text: its headline (when the truth file has one) over its body.</summary>
    public static string PageText(string truthPath)
    {
        using var truth = JsonDocument.Parse(File.ReadAllText(truthPath));
        var root = truth.RootElement;
        // A page without a headline in its truth file (dragnet-306) is its body alone.
        var headline = root.TryGetProperty("headline", out var h) && h.GetString() is { Length: > 0 } line ? line.Trim() + "\n" : "";
        return headline + root.GetProperty("articleBody").GetString()!.Trim() + "\n";
    }

    /// <summary>
    /// Stretches of an article of <c>../shared</c> (see <see cref="Text"/>), for a test on real text that the repository does
    /// not copy: <paramref name="stretches"/> is <c>start+length</c> pairs (UTF-16 code units of the article's text, its
    /// line breaks read as \n) with the line breaks to put between them. Null when the article is not there.
    /// </summary>
    public static string? Excerpt(string name, string stretches)
    {
        if (Text(name)?.Replace("\r\n", "\n") is not { } text) return null;
        var excerpt = new StringBuilder();
        var at = 0;
        foreach (Match stretch in StretchPattern.Matches(stretches))
        {
            excerpt.Append(stretches, at, stretch.Index - at);
            var start = int.Parse(stretch.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
            var length = int.Parse(stretch.Groups[2].ValueSpan, CultureInfo.InvariantCulture);
            if (start + length > text.Length) throw new InvalidDataException($"{name} is {text.Length} characters long; the stretch {stretch.Value} runs past it.");
            excerpt.Append(text, start, length);
            at = stretch.Index + stretch.Length;
        }
        return excerpt.Append(stretches, at, stretches.Length - at).ToString();
    }

    private static readonly Regex StretchPattern = new(@"(\d+)\+(\d+)", RegexOptions.CultureInvariant);

    private static string Join(params string[] lines) => string.Join("\n", lines.Select(l => l.Trim()).Where(l => l.Length > 0));

    // The CSV's "M/D/YYYY H:MM" (no zone) is written as ISO 8601 so that it is not read day-first.
    private static string DetikDate(string value) =>
        DateTime.TryParseExact(value.Trim(), ["M/d/yyyy H:mm", "M/d/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : value;

    private static string Get(Dictionary<string, string> row, string column) => row.GetValueOrDefault(column) ?? "";

    /// <summary>Rows of an RFC 4180 CSV file (quoted fields may hold commas, doubled quotes and newlines), keyed by header.</summary>
    public static IEnumerable<Dictionary<string, string>> Rows(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        string[]? header = null;
        foreach (var record in Records(reader))
        {
            if (header is null) { header = record.ToArray(); continue; }
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length && i < record.Count; i++) row[header[i]] = record[i];
            yield return row;
        }
    }

    private static IEnumerable<List<string>> Records(TextReader reader)
    {
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            if (quoted)
            {
                if (c != '"') { field.Append((char)c); continue; }
                if (reader.Peek() == '"') { reader.Read(); field.Append('"'); }
                else quoted = false;
                continue;
            }
            switch (c)
            {
                case '"': quoted = true; break;
                case ',': record.Add(field.ToString()); field.Clear(); break;
                case '\r': break;
                case '\n':
                    record.Add(field.ToString()); field.Clear();
                    yield return record;
                    record = [];
                    break;
                default: field.Append((char)c); break;
            }
        }
        if (field.Length > 0 || record.Count > 0) { record.Add(field.ToString()); yield return record; }
    }
}
