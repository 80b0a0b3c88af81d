using NewsReader.Model;

namespace NewsReader.Parsing;

/// <summary>
/// Recognises a front matter header at the very top, as web clippers and NewsReader's own Markdown and HTML import
/// write it: a <c>---</c> line, <c>key: value</c> lines (title, section, authors, outlet, published, updated, source,
/// description, caption, credit), and a closing <c>---</c> line. Values are read as written; a date value is read by
/// <see cref="PublishedDateParser"/>, so a zone is still never guessed.
/// </summary>
internal static class FrontMatter
{
    private const int MaxLines = 60;

    public sealed class Fields
    {
        public TextField? Title, Section, Outlet, Source, Description, Caption, Credit;
        public List<TextField> Authors { get; } = [];
        public PublishedDate? Published, Updated;
        public TextSpan Span;
    }

    /// <summary>Reads the header when the first content line is <c>---</c>; <paramref name="bodyStart"/> is the first content line after it.</summary>
    public static bool TryRead(string source, List<SourceLine> content, List<string> warnings, out Fields fields, out int bodyStart)
    {
        fields = null!;
        bodyStart = 0;
        if (content.Count < 2 || content[0].Text is not "---" || content[0].Span.Start > 0 && !string.IsNullOrWhiteSpace(source[..content[0].Span.Start])) return false;
        var close = -1;
        for (var i = 1; i < content.Count && i <= MaxLines; i++)
        {
            if (content[i].Text is "---" or "...") { close = i; break; }
            if (content[i].Text.IndexOf(':') <= 0 && !content[i].Text.StartsWith("- ", StringComparison.Ordinal)) return false;
        }
        if (close < 0) return false;
        fields = new Fields();

        string? listKey = null;
        for (var i = 1; i < close; i++)
        {
            var line = content[i];
            if (line.Text.StartsWith("- ", StringComparison.Ordinal))
            {
                if (listKey is "authors" or "author") AddAuthor(source, fields, line.Span.Start + 2, line.Span.End);
                continue;
            }
            var colon = line.Text.IndexOf(':');
            var key = line.Text[..colon].Trim().ToString().ToLowerInvariant();
            listKey = key;
            var value = Unquote(source, line.Span.Start + colon + 1, line.Span.End);
            if (value.Length == 0) continue;
            switch (key)
            {
                case "title" or "headline": fields.Title ??= Field(source, value); break;
                case "section" or "category": fields.Section ??= Field(source, value); break;
                case "outlet" or "site" or "publisher": fields.Outlet ??= Field(source, value); break;
                case "source" or "url": fields.Source ??= Field(source, value); break;
                case "description": fields.Description ??= Field(source, value); break;
                case "caption": fields.Caption ??= Field(source, value); break;
                case "credit": fields.Credit ??= Field(source, value); break;
                case "author" or "authors":
                    foreach (var part in Split(source, value)) AddAuthor(source, fields, part.Start, part.End);
                    break;
                case "published" or "date":
                    fields.Published ??= ReadDate(source, value, line.Number, warnings);
                    break;
                case "updated" or "modified":
                    fields.Updated ??= ReadDate(source, value, line.Number, warnings);
                    break;
            }
        }
        fields.Span = new TextSpan(content[0].Span.Start, content[close].Span.End);
        bodyStart = close + 1;
        return true;
    }

    private static PublishedDate? ReadDate(string source, TextSpan value, int number, List<string> warnings)
    {
        var line = new SourceLine(number, source, value);
        if (PublishedDateParser.TryParse(source, line, out var result) && result.Published is { } date)
        {
            if (result.Warning is { } warning) warnings.Add(warning);
            return date;
        }
        warnings.Add($"The date '{line.Text}' in the front matter was not understood.");
        return null;
    }

    private static void AddAuthor(string source, Fields fields, int start, int end)
    {
        var value = Unquote(source, start, end);
        // Obsidian-style [[Name]] links.
        if (value.Length > 4 && source[value.Start] == '[' && source[value.Start + 1] == '[' && source[value.End - 1] == ']' && source[value.End - 2] == ']')
            value = new TextSpan(value.Start + 2, value.End - 2);
        if (value.Length > 0) fields.Authors.Add(Field(source, value));
    }

    /// <summary><c>A; B</c> or <c>[A, B]</c> into spans.</summary>
    private static IEnumerable<TextSpan> Split(string source, TextSpan value)
    {
        var start = value.Start;
        var end = value.End;
        var separator = ';';
        if (source[start] == '[' && source[end - 1] == ']') { start++; end--; separator = ','; }
        var position = start;
        for (var i = start; i <= end; i++)
        {
            if (i < end && source[i] != separator) continue;
            var part = TextRules.Trim(source, position, i);
            if (part.Length > 0) yield return part;
            position = i + 1;
        }
    }

    /// <summary>The value's span without surrounding white space or one pair of quotes.</summary>
    private static TextSpan Unquote(string source, int start, int end)
    {
        var span = TextRules.Trim(source, start, end);
        if (span.Length >= 2 && source[span.Start] is '"' or '\'' && source[span.End - 1] == source[span.Start])
            span = TextRules.Trim(source, span.Start + 1, span.End - 1);
        return span;
    }

    private static TextField Field(string source, TextSpan span) => TextField.FromSource(source, span);
}
