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

    /// <summary>
    /// The lists of one thread's scans, reused by its next parse: <see cref="Scan"/> fills <c>Quotes</c> from
    /// <c>Spare</c>, and <see cref="Return"/> gives them back once the quotes are built.
    /// </summary>
    internal sealed class Lists
    {
        public readonly List<List<Mark>> Quotes = [];
        public readonly Stack<List<Mark>> Spare = new();

        public List<Mark> One(Mark mark)
        {
            var list = Spare.Count > 0 ? Spare.Pop() : new List<Mark>(2);
            list.Add(mark);
            return list;
        }
    }

    [ThreadStatic] private static Lists? listsOfThread;

    private const int MaxKeptQuotes = 4096;

    /// <summary>Scans with this thread's reused lists; give them back with <see cref="Return"/> once the marks are read.</summary>
    public static Lists ScanPooled(IReadOnlyList<Block> blocks, List<string> warnings)
    {
        var lists = listsOfThread ?? new Lists();
        listsOfThread = null; // taken: a scan that started inside this one would make its own
        return Scan(blocks, warnings, lists);
    }

    /// <summary>Gives back the lists of <see cref="ScanPooled"/>: its marks must not be read after this.</summary>
    public static void Return(Lists lists)
    {
        if (lists.Quotes.Count > MaxKeptQuotes) return;
        foreach (var list in lists.Quotes)
        {
            list.Clear();
            lists.Spare.Push(list);
        }
        lists.Quotes.Clear();
        listsOfThread = lists;
    }

    private static Lists Scan(IReadOnlyList<Block> blocks, List<string> warnings, Lists lists)
    {
        var quotes = lists.Quotes;
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
                    else quotes.Add(lists.One(mark));
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
                else pending = lists.One(part);
            }
            else if (pending is not null)
            {
                // The previous paragraph's quote was continued here but this paragraph's marks were consumed as a new quote.
                pending = null;
            }
        }
        if (pending is not null) warnings.Add("A quotation mark was opened and never closed.");
        return lists;
    }

    private static bool IsOpenerChar(char c) => c is '"' or '\u201C' or '\u00AB' or '\u201E' or '\u201D';

    private static bool Opens(char c, ReadOnlySpan<char> text, int i)
    {
        switch (c)
        {
            case '\u201C' or '\u00AB' or '\u201E':
                return i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);
            case '"' or '\u201D':
                // Kompas prints both marks as ” (U+201D): one before a word, at the start or after a space, opens.
                if (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1])) return false;
                if (c == '\u201D' && !char.IsLetterOrDigit(text[i + 1]) && text[i + 1] is not ('.' or '\u2026' or '(' or '\'' or '\u2018')) return false;
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
        _ => (c is '\u201D' or '"') && (i + 1 >= text.Length || !char.IsLetterOrDigit(text[i + 1])),
    };
}
