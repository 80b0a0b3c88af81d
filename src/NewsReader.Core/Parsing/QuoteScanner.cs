using NewsReader.Model;

namespace NewsReader.Parsing;

/// <summary>
/// Finds quotation marks that open and close a quotation: straight <c>"…"</c>, curly <c>“…”</c>,
/// <c>«…»</c> and <c>„…“</c>. Single quotes are left alone (apostrophes and nested quotes).
/// A quote left open at the end of a paragraph continues when the next paragraph opens with a mark.
/// One pass over each paragraph: linear in the length of the text.
/// </summary>
internal static class QuoteScanner
{
    /// <summary>A quoted stretch inside one block: <c>Open</c> is the index of the opening mark, <c>Close</c> of the closing one (or the block's length).</summary>
    public readonly record struct Mark(int Block, int Open, int Close, bool Closed);

    public static List<List<Mark>> Scan(IReadOnlyList<Block> blocks, List<string> warnings)
    {
        var quotes = new List<List<Mark>>();
        List<Mark>? pending = null;
        for (var b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            if (block.Kind != BlockKind.Paragraph)
            {
                if (pending is not null) { warnings.Add("A quotation mark was opened and never closed."); pending = null; }
                continue;
            }
            var text = block.Chars;
            var inside = false;
            var opener = '\0';
            var open = 0;
            if (pending is not null && !(text.Length > 0 && IsOpenerChar(text[0])))
            {
                warnings.Add("A quotation mark was opened and never closed.");
                pending = null;
            }
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (inside)
                {
                    if (!Closes(opener, c, text, i)) continue;
                    var mark = new Mark(b, open, i, true);
                    if (pending is not null) { pending.Add(mark); quotes.Add(pending); pending = null; }
                    else quotes.Add([mark]);
                    inside = false;
                }
                else if (Opens(c, text, i))
                {
                    inside = true;
                    opener = c;
                    open = i;
                }
            }
            if (inside)
            {
                var part = new Mark(b, open, text.Length, false);
                if (pending is not null) pending.Add(part);
                else pending = [part];
            }
            else if (pending is not null)
            {
                // The previous paragraph's quote was continued here but this paragraph's marks were consumed as a new quote.
                pending = null;
            }
        }
        if (pending is not null) warnings.Add("A quotation mark was opened and never closed.");
        return quotes;
    }

    private static bool IsOpenerChar(char c) => c is '"' or '\u201C' or '\u00AB' or '\u201E';

    private static bool Opens(char c, ReadOnlySpan<char> text, int i)
    {
        switch (c)
        {
            case '\u201C' or '\u00AB' or '\u201E':
                return i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);
            case '"':
                if (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1])) return false;
                if (i == 0) return true;
                var before = text[i - 1];
                return char.IsWhiteSpace(before) || before is '(' or '[' or '\u2014' or '\u2013' or '-' or ':' or '/' or '\u2018' or '\'';
            default:
                return false;
        }
    }

    private static bool Closes(char opener, char c, ReadOnlySpan<char> text, int i) => opener switch
    {
        '\u00AB' => c == '\u00BB',
        '\u201E' => c is '\u201C' or '\u201D',
        _ => c == '\u201D' || (c == '"' && (i + 1 >= text.Length || !char.IsLetterOrDigit(text[i + 1]))),
    };
}
