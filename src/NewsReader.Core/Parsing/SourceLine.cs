using NewsReader.Model;

namespace NewsReader.Parsing;

/// <summary>
/// One line of the source with surrounding white space (including U+00A0 and tabs) trimmed off. Only its position is
/// kept: <see cref="Text"/> is a view of the source, and <see cref="ToString"/> makes a string when one is needed.
/// </summary>
internal readonly record struct SourceLine(int Number, string Source, TextSpan Span)
{
    public ReadOnlySpan<char> Text => Source.AsSpan(Span.Start, Span.Length);

    public bool IsBlank => Span.Length == 0;

    public override string ToString() => Span.Slice(Source);

    public static List<SourceLine> Split(string text) => Split(text, new List<SourceLine>(Math.Max(16, text.Length / 120)), skipBlank: false);

    /// <summary>The lines of <paramref name="text"/> into <paramref name="lines"/> (cleared first); blank lines left out when <paramref name="skipBlank"/>.</summary>
    public static List<SourceLine> Split(string text, List<SourceLine> lines, bool skipBlank)
    {
        lines.Clear();
        var number = 0;
        var position = 0;
        while (position <= text.Length)
        {
            var newline = text.IndexOf('\n', position);
            var end = newline < 0 ? text.Length : newline;
            var start = position;
            var stop = end;
            while (start < stop && char.IsWhiteSpace(text[start])) start++;
            while (stop > start && char.IsWhiteSpace(text[stop - 1])) stop--;
            if (stop > start || !skipBlank) lines.Add(new SourceLine(number, text, new TextSpan(start, stop)));
            number++;
            if (newline < 0) break;
            position = newline + 1;
        }
        return lines;
    }
}

/// <summary>Small text predicates shared by the parser units.</summary>
internal static class TextRules
{
    public static bool EndsWithSentencePunctuation(ReadOnlySpan<char> line)
    {
        if (line.Length == 0) return false;
        var last = line[^1];
        // The Latin marks, and the full-width ones of Chinese and Japanese ("。", "！", "？", "：", "；", "，", "」", "』", "）").
        return last is '.' or '!' or '?' or ':' or ';' or ',' or '"' or '\u201D' or '\u2019' or '\'' or '\u00BB' or '\u2026' or ')'
            or '\u3002' or '\uFF01' or '\uFF1F' or '\uFF1A' or '\uFF1B' or '\uFF0C' or '\u300D' or '\u300F' or '\uFF09';
    }

    public static int CountWords(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) inWord = false;
            else if (!inWord) { inWord = true; count++; }
        }
        return count;
    }

    public static bool StartsWithUpper(ReadOnlySpan<char> word) => word.Length > 0 && (char.IsUpper(word[0]) || char.IsDigit(word[0]));

    public static bool IsAllCaps(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c)) return false;
                letters++;
            }
        }
        return letters > 0;
    }

    /// <summary>Trims white space, including U+00A0, from both ends of a span of <paramref name="text"/>.</summary>
    public static TextSpan Trim(ReadOnlySpan<char> text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return new TextSpan(start, end);
    }

    /// <summary>The trimmed stretch <c>text[start..end)</c> as a field; its value is cut from the text only when read.</summary>
    public static TextField Field(string text, int start, int end) => TextField.FromSource(text, Trim(text, start, end));
}
