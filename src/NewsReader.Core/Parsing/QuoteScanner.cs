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
                if (pending is not null) { KeepUnclosed(pending, blocks, quotes, warnings); pending = null; }
                continue;
            }
            var text = block.Chars;
            var inside = false;
            var opener = '\0';
            var open = 0;
            if (pending is not null)
            {
                // A quote that runs on into this paragraph, which opens with a mark again, is one quote per paragraph,
                // as annotated articles count them; one that does not run on lost its closing mark.
                if (text.Length > 0 && IsOpenerChar(text[0])) quotes.Add(pending);
                else KeepUnclosed(pending, blocks, quotes, warnings);
                pending = null;
            }
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (inside)
                {
                    if (ContinuesAfterSentence(opener, c, text, open, i))
                    {
                        // "...an edge. "I am a supporter...": pages that lost their paragraph breaks open each paragraph
                        // of a long quote with a mark and close only the last. The stretch before is a quote of its own.
                        quotes.Add(lists.One(new Mark(b, open, i, false)));
                        open = i;
                        continue;
                    }
                    if (!Closes(opener, c, text, i)) continue;
                    quotes.Add(lists.One(new Mark(b, open, i, true)));
                    inside = false;
                }
                else if (Opens(c, text, i))
                {
                    inside = true;
                    opener = c;
                    open = i;
                }
            }
            if (inside) pending = lists.One(new Mark(b, open, text.Length, false));
        }
        if (pending is not null) KeepUnclosed(pending, blocks, quotes, warnings);
        return lists;
    }

    /// <summary>
    /// A quote whose closing mark is missing (a typo, or a page cut short) is kept when it opens a sentence and runs
    /// to the paragraph's end: "Sehubungan dengan hal tersebut, ... 2024." is still somebody's words. Any other
    /// unclosed mark is a stray one and makes no quote.
    /// </summary>
    private static void KeepUnclosed(List<Mark> pending, IReadOnlyList<Block> blocks, List<List<Mark>> quotes, List<string> warnings)
    {
        warnings.Add("A quotation mark was opened and never closed.");
        var first = pending[0];
        var text = blocks[first.Block].Chars;
        var k = first.Open - 1;
        while (k >= 0 && char.IsWhiteSpace(text[k])) k--;
        var last = blocks[pending[^1].Block].Chars.TrimEnd();
        if ((k < 0 || text[k] is '.' or '?' or '!' or ':') && last.Length > 0 && last[^1] is '.' or '?' or '!') quotes.Add(pending);
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
                // "Jumat (30/4/2021)."Kerja sama ini...": a page that lost the space after a sentence.
                if (before is '.' or ')' && char.IsUpper(text[i + 1])) return true;
                return char.IsWhiteSpace(before) || before is '(' or '[' or '\u2014' or '\u2013' or '-' or ':' or '/' or '\u2018' or '\'';
            default:
                return false;
        }
    }

    private static bool ContinuesAfterSentence(char opener, char c, ReadOnlySpan<char> text, int open, int i)
    {
        if (opener is not ('"' or '\u201C') || c != opener || !Opens(c, text, i)) return false;
        var k = i - 1;
        while (k > open && char.IsWhiteSpace(text[k])) k--;
        return k > open + 1 && k < i - 1 && text[k] is '.' or '?' or '!' or '\u2026';
    }

    private static bool Closes(char opener, char c, ReadOnlySpan<char> text, int i) => opener switch
    {
        '\u00AB' => c == '\u00BB',
        '\u201E' => c is '\u201C' or '\u201D',
        _ => (c is '\u201D' or '"') && (i + 1 >= text.Length || !char.IsLetterOrDigit(text[i + 1])
            // "...bagus."Hasil dari...": the closing mark of a sentence glued to the next one.
            || (i > 0 && text[i - 1] is '.' or ',' or '?' or '!' && char.IsUpper(text[i + 1]))),
    };
}
