using NewsReader.Web.Data;

namespace NewsReader.Web.Reading;

/// <summary>
/// Where a highlight stands in a text and how to find it again, after the W3C Web Annotation selectors: a position
/// (<c>TextPositionSelector</c>: <see cref="Start"/>, <see cref="End"/>) and the words with their context
/// (<c>TextQuoteSelector</c>: <see cref="Exact"/>, <see cref="Prefix"/>, <see cref="Suffix"/>).
/// </summary>
public readonly record struct TextAnchor(int Start, int End, string Exact, string Prefix, string Suffix)
{
    /// <summary>The anchor of [<paramref name="start"/>, <paramref name="end"/>) in <paramref name="text"/>.</summary>
    public static TextAnchor Of(string text, int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, text.Length);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(end, start);
        return new TextAnchor(start, end, text[start..end],
            text[Math.Max(0, start - HighlightLimits.Context)..start], text[end..Math.Min(text.Length, end + HighlightLimits.Context)]);
    }

    /// <summary>
    /// Where the anchored words stand in <paramref name="text"/> (the same text, or a re-parse or new revision of it), or
    /// null when they are gone. In order: the same place, if the words are still there; else the occurrence of the words
    /// whose surroundings best match the context (nearest the old place on a tie), so that an edit before them or a move
    /// is followed; else, for an edit inside them, the stretch between the context before and the context after, when it
    /// is about as long as the words were.
    /// </summary>
    public (int Start, int End)? Locate(string text)
    {
        if (Exact.Length == 0) return null;
        if (Start >= 0 && Start <= text.Length - Exact.Length && string.CompareOrdinal(text, Start, Exact, 0, Exact.Length) == 0)
            return (Start, Start + Exact.Length);

        (int Start, int Score, int Distance)? best = null;
        for (var at = text.IndexOf(Exact, StringComparison.Ordinal); at >= 0; at = text.IndexOf(Exact, at + 1, StringComparison.Ordinal))
        {
            var score = CommonSuffix(text.AsSpan(0, at), Prefix) + CommonPrefix(text.AsSpan(at + Exact.Length), Suffix);
            var distance = Math.Abs(at - Start);
            if (best is not { } b || score > b.Score || score == b.Score && distance < b.Distance) best = (at, score, distance);
        }
        if (best is { } found) return (found.Start, found.Start + Exact.Length);

        // Edited inside: both contexts still there, with about as much text between them as the words had.
        if (Prefix.Length < MinContext || Suffix.Length < MinContext) return null;
        (int Start, int End, int Distance)? between = null;
        for (var p = text.IndexOf(Prefix, StringComparison.Ordinal); p >= 0; p = text.IndexOf(Prefix, p + 1, StringComparison.Ordinal))
        {
            var start = p + Prefix.Length;
            var s = text.IndexOf(Suffix, start, StringComparison.Ordinal);
            if (s <= start || s - start > Exact.Length * 2 + 20 || s - start < Exact.Length / 2) continue;
            var distance = Math.Abs(start - Start);
            if (between is not { } b || distance < b.Distance) between = (start, s, distance);
        }
        return between is { } stretch ? (stretch.Start, stretch.End) : null;
    }

    // Context shorter than this (a highlight at the very start or end of the text) is too little to place edited words by.
    private const int MinContext = 8;

    private static int CommonSuffix(ReadOnlySpan<char> before, string prefix)
    {
        var n = 0;
        while (n < before.Length && n < prefix.Length && before[^(n + 1)] == prefix[^(n + 1)]) n++;
        return n;
    }

    private static int CommonPrefix(ReadOnlySpan<char> after, string suffix)
    {
        var n = 0;
        while (n < after.Length && n < suffix.Length && after[n] == suffix[n]) n++;
        return n;
    }
}
