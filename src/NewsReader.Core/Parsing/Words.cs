namespace NewsReader.Parsing;

/// <summary>A word of running text with its position; <see cref="BreakAfter"/> marks punctuation that ends a name (comma, full stop, bracket).</summary>
internal readonly record struct Word(string Text, int Start, int End, bool BreakAfter, bool BreakBefore)
{
    public bool IsCapitalised => Text.Length > 0 && (char.IsUpper(Text[0]) || (Text.Length > 1 && char.IsDigit(Text[0]) && char.IsLetter(Text[^1])));
    public bool IsLower => Text.Length > 0 && char.IsLower(Text[0]);

    /// <summary>Splits <c>text[start..end)</c> into words, peeling punctuation off their edges.</summary>
    public static List<Word> Split(string text, int start, int end)
    {
        var words = new List<Word>();
        var i = start;
        var breakPending = false;
        while (i < end)
        {
            while (i < end && char.IsWhiteSpace(text[i])) i++;
            if (i >= end) break;
            var tokenStart = i;
            while (i < end && !char.IsWhiteSpace(text[i]) && !(text[i] == '/' && i > tokenStart)) i++;
            var tokenEnd = i;
            var s = tokenStart;
            var e = tokenEnd;
            var breakBefore = breakPending;
            while (s < e && IsEdgePunctuation(text[s])) { breakBefore = true; s++; }
            var breakAfter = false;
            while (e > s && IsEdgePunctuation(text[e - 1])) { breakAfter = true; e--; }
            // "Sen. Karen Whitfield", "Mr. Kessler": the full stop of a short title does not end the name.
            if (breakAfter && e + 1 == tokenEnd && text[e] == '.' && e - s <= 4 && char.IsUpper(text[s]) && Lexicons.Roles.Contains(text[s..e])) breakAfter = false;
            // "U.S." keeps its final stop; "Jakarta." does not.
            if (e < tokenEnd && text[e] == '.' && e - s <= 4 && text.AsSpan(s, e - s).Contains('.')) e++;
            if (i < end && text[i] == '/') { breakAfter = true; i++; }
            breakPending = breakAfter;
            if (s < e) words.Add(new Word(text[s..e], s, e, breakAfter, breakBefore));
        }
        return words;
    }

    private static bool IsEdgePunctuation(char c) =>
        c is ',' or '.' or ';' or ':' or '(' or ')' or '[' or ']' or '"' or '\u201C' or '\u201D' or '\u2018' or '\u2019'
            or '\'' or '!' or '?' or '\u00AB' or '\u00BB' or '\u201E' or '\u2014' or '\u2013' or '-' or '\u2026' or '*';
}
