using System.Buffers;
using NewsReader.Model;
using NewsReader.Parsing.Attribution;

namespace NewsReader.Parsing;

/// <summary>
/// Finds quotation marks that open and close a quotation: straight <c>"…"</c>, curly <c>“…”</c>,
/// <c>«…»</c> and <c>„…“</c>; and stretches in single quotes outside them (<see cref="ScanSingle"/>), which only a speaker named
/// for them makes quotations.
/// Each quote lies in one paragraph: a quote left open at a paragraph's end is a quote of its own when the next paragraph
/// opens with a mark (one quote per paragraph, as annotated articles count them), and kept or dropped by
/// <see cref="KeepUnclosed"/> otherwise. One pass over each paragraph for double marks and one, of bounded reach, for single ones: linear in
/// the length of the text.
/// </summary>
internal static class QuoteScanner
{
    /// <summary>
    /// A quoted stretch inside one block: <c>Open</c> is the index of the opening mark, <c>Close</c> of the closing one
    /// when <c>Closed</c>, else where the stretch ends (the block's length, or the mark that opens the next stretch).
    /// <c>Single</c> marks a stretch in single quotes (<c>'…'</c>, <c>‘…’</c>), which is a quotation only when the sentence names
    /// who said it: most such stretches are terms.
    /// </summary>
    public readonly record struct Mark(int Block, int Open, int Close, bool Closed, bool Single = false);

    /// <summary>The article's quotes in document order.</summary>
    public static List<Mark> Scan(IReadOnlyList<Block> blocks, LanguageTables tables, List<string> warnings)
    {
        var quotes = new List<Mark>();
        Mark? unclosed = null; // the quote the paragraph before left open
        for (var b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            if (block.Kind != BlockKind.Paragraph)
            {
                if (unclosed is { } left) KeepUnclosed(left, blocks, quotes, warnings);
                unclosed = null;
                continue;
            }
            var text = block.Chars;
            if (unclosed is { } runsOn)
            {
                // A quote that runs on into this paragraph, which opens with a mark again, is a quote of its own; one that
                // does not run on lost its closing mark.
                if (text.Length > 0 && IsOpenerChar(text[0])) quotes.Add(runsOn);
                else KeepUnclosed(runsOn, blocks, quotes, warnings);
                unclosed = null;
            }
            var paragraphStart = quotes.Count;
            var inside = false;
            var opener = '\0';
            var open = 0;
            var nested = 0; // straight quotes opened inside the quote and not closed yet
            for (var i = 0; i < text.Length; i++)
            {
                // Only a quotation mark opens, continues or closes a quote: the scan skips to the next one.
                var next = text[i..].IndexOfAny(QuotationMarks);
                if (next < 0) break;
                i += next;
                var c = text[i];
                if (inside)
                {
                    if (ContinuesAfterSentence(opener, c, text, open, i))
                    {
                        // "...an edge. "I am a supporter...": pages that lost their paragraph breaks open each paragraph
                        // of a long quote with a mark and close only the last. The stretch before is a quote of its own.
                        quotes.Add(new Mark(b, open, i, false));
                        open = i;
                        nested = 0;
                        continue;
                    }
                    if (ReopensAfterColon(opener, c, text, open, i, tables) is var sentenceEnd and > 0)
                    {
                        // '…because I was a Muslim. He added: "The authorities wanted …': a page that lost the closing mark
                        // before a short sentence that brings in the next quote with a colon. The stretch before ends with
                        // its sentence.
                        quotes.Add(new Mark(b, open, sentenceEnd, false));
                        open = i;
                        nested = 0;
                        continue;
                    }
                    // '"Tidak ada pemain yang memakai "posisi yang berpengaruh" pada 2017," kata …': a straight mark before a
                    // word inside a straight quote opens a quote within it, which the next closing mark closes.
                    // Not '"… (default), "kata Moody's …': after a comma and a stray space, a mark before a lower-case word closes.
                    if (opener == '"' && c == '"' && Opens(c, text, i) && text[i - 1] is ' ' or '(' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])
                        && InSentence(text, open, i) && !StrayClose(text, i))
                    {
                        nested++;
                        continue;
                    }
                    if (!Closes(opener, c, text, i, tables)) continue;
                    // A mark after a comma or a stop closes the outer quote too: '"… kami "pengkhianat," kata Budi'.
                    if (nested > 0 && opener == '"' && c == '"' && text[i - 1] is not ('.' or ',' or '?' or '!'))
                    {
                        nested--;
                        continue;
                    }
                    // 'Antonio "LA" Reid said': a nickname inside a name is the person's alias, no quotation.
                    if (!NicknameInName(text, open, i, tables)) quotes.Add(new Mark(b, open, i, true));
                    inside = false;
                }
                else if (Opens(c, text, i))
                {
                    inside = true;
                    nested = 0;
                    opener = c;
                    open = i;
                }
            }
            if (inside) unclosed = new Mark(b, open, text.Length, false);
            ScanSingle(b, text, quotes, paragraphStart, inside ? open : text.Length);
        }
        if (unclosed is { } last) KeepUnclosed(last, blocks, quotes, warnings);
        return quotes;
    }

    /// <summary>
    /// Stretches in single quotes outside the paragraph's double-quoted ones ("Komisi VI DPR menyebut ada sosok 'mafia besar'"),
    /// inserted among them in document order; not after a double mark the paragraph leaves open (<paramref name="limit"/>),
    /// even one <see cref="KeepUnclosed"/> later drops. A single quote opens at the paragraph's start or after a space or a
    /// bracket, before a letter; it closes after a letter, a digit or a stop, before no letter or digit, so an apostrophe
    /// inside a word ("Moody's", "Jum'at") neither opens nor closes one (one that ends a word, "investors' union", may close
    /// it). At most <see cref="MaxSingleLength"/> characters, with no other quotation mark or line break inside.
    /// </summary>
    private static void ScanSingle(int block, ReadOnlySpan<char> text, List<Mark> quotes, int first, int limit)
    {
        List<Mark>? singles = null;
        var d = first; // the paragraph's next double-quoted stretch
        for (var i = 0; i < limit; i++)
        {
            var next = text[i..limit].IndexOfAny(SingleMarks);
            if (next < 0) break;
            i += next;
            // Past the double-quoted stretches before this point, and over the one it stands in.
            while (d < quotes.Count && quotes[d].Close < i) d++;
            if (d < quotes.Count && quotes[d].Open < i)
            {
                i = quotes[d].Close;
                continue;
            }
            if (i + 1 >= limit || !char.IsLetter(text[i + 1]) || i > 0 && !(char.IsWhiteSpace(text[i - 1]) || text[i - 1] == '(')) continue;
            for (var j = i + 2; j < limit && j <= i + MaxSingleLength; j++)
            {
                var c = text[j];
                if (c == '\n' || QuotationMarks.Contains(c)) break;
                if (c is not ('\'' or '\u2019') || j + 1 < text.Length && char.IsLetterOrDigit(text[j + 1])) continue;
                if (!char.IsLetterOrDigit(text[j - 1]) && text[j - 1] is not ('.' or ',' or '!' or '?')) continue;
                (singles ??= []).Add(new Mark(block, i, j, true, Single: true));
                i = j;
                break;
            }
        }
        if (singles is null) return;
        // Merged in among the paragraph's double-quoted stretches in document order: one pass over both.
        var doubles = quotes.GetRange(first, quotes.Count - first);
        quotes.RemoveRange(first, quotes.Count - first);
        int a = 0, s = 0;
        while (a < doubles.Count || s < singles.Count)
            quotes.Add(s >= singles.Count || a < doubles.Count && doubles[a].Open < singles[s].Open ? doubles[a++] : singles[s++]);
    }

    private const int MaxSingleLength = 200;

    private static readonly SearchValues<char> SingleMarks = SearchValues.Create("'\u2018");

    /// <summary>
    /// A quote whose closing mark is missing (a typo, or a page cut short) is kept when it opens a sentence and runs
    /// to the paragraph's end: "Sehubungan dengan hal tersebut, ... 2024." is still somebody's words. Any other
    /// unclosed mark is a stray one and makes no quote.
    /// </summary>
    private static void KeepUnclosed(Mark mark, IReadOnlyList<Block> blocks, List<Mark> quotes, List<string> warnings)
    {
        warnings.Add("A quotation mark was opened and never closed.");
        var text = blocks[mark.Block].Chars;
        var k = mark.Open - 1;
        while (k >= 0 && char.IsWhiteSpace(text[k])) k--;
        var end = text.TrimEnd();
        if ((k < 0 || text[k] is '.' or '?' or '!' or ':') && end.Length > 0 && end[^1] is '.' or '?' or '!') quotes.Add(mark);
    }

    // A closed quote of one or two capitalised words between a given name the tables know and a capitalised word, a space on
    // either side: a nickname written inside the name ('Earvin "Magic" Johnson').
    private static bool NicknameInName(ReadOnlySpan<char> text, int open, int close, LanguageTables tables)
    {
        if (open < 2 || text[open - 1] != ' ' || close + 2 >= text.Length || text[close + 1] != ' ' || !char.IsUpper(text[close + 2])) return false;
        var inner = text[(open + 1)..close];
        if (inner.IsEmpty || !char.IsUpper(inner[0]) || inner.Count(' ') > 1) return false;
        for (var k = 0; k < inner.Length; k++)
            if (!char.IsLetterOrDigit(inner[k]) && inner[k] != '-' && !(inner[k] == ' ' && k + 1 < inner.Length && char.IsUpper(inner[k + 1]))) return false;
        var before = text[..(open - 1)];
        var given = before[(before.LastIndexOf(' ') + 1)..];
        return given.Length > 1 && char.IsUpper(given[0]) && tables.IsGivenName(given);
    }

    // Every mark that Opens, Closes or ContinuesAfterSentence reads.
    private static readonly SearchValues<char> QuotationMarks = SearchValues.Create("\"\u201C\u201D\u201E\u00AB\u00BB");

    private static bool IsOpenerChar(char c) => c is '"' or '\u201C' or '\u00AB' or '\u201E' or '\u201D';

    private static bool Opens(char c, ReadOnlySpan<char> text, int i)
    {
        switch (c)
        {
            case '\u201C' or '\u00AB' or '\u201E':
                // "“ Space is hard,” said …": a page's stray space after an opening mark that starts the paragraph or a word.
                if (c == '\u201C' && i + 2 < text.Length && text[i + 1] == ' ' && char.IsLetter(text[i + 2]) && (i == 0 || char.IsWhiteSpace(text[i - 1])))
                    return true;
                return i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);
            case '"' or '\u201D':
                // Kompas prints both marks as ” (U+201D): one before a word, at the start or after a space, opens.
                if (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1])) return false;
                if (c == '\u201D' && !char.IsLetterOrDigit(text[i + 1]) && text[i + 1] is not ('.' or '\u2026' or '(' or '\'' or '\u2018')) return false;
                if (i == 0) return true;
                var before = text[i - 1];
                // "Jumat (30/4/2021)."Kerja sama ini...": a page that lost the space after a sentence; '… nasional AS."[Ada] bukti
                // …': before an editor's bracket too (a straight mark: Kompas's ” never opens before a bracket).
                // '… sebanyak 6,4 kali."6,4 kali …': before a number too.
                if (before is '.' or ')' && (char.IsUpper(text[i + 1]) || char.IsDigit(text[i + 1]) && c == '"'
                    || text[i + 1] == '[' && i + 2 < text.Length && char.IsUpper(text[i + 2]))) return true;
                // 'Ia melanjutkan,"Program yang …': after a cue's comma, the space lost, before a capitalised word.
                if (before == ',' && c == '"' && char.IsUpper(text[i + 1]) && i + 2 < text.Length && char.IsLower(text[i + 2])) return true;
                // '… lebih banyak.""Ketika cabang …': a straight mark right after the one that closed a sentence's quotation;
                // 'Pemulihan Ekonomi Nasional"Kita bisa …': one glued to a lower-case letter or a number, outside any quotation,
                // before a capitalised word.
                if (c == '"' && char.IsUpper(text[i + 1])
                    // Not "Rhona O"Connell" (a capital before it), "l"Oreal", "d"Alema" (an apostrophe typed as a mark after a
                    // lower-case particle of one letter).
                    && (before == '"' && i >= 2 && text[i - 2] is '.' or ',' or '?' or '!'
                        || char.IsLower(before) && i >= 2 && char.IsLetter(text[i - 2]) && i + 2 < text.Length && char.IsLower(text[i + 2])
                        // 'seri ORI 017"Kalau kita …': or to a number's last digit.
                        || char.IsAsciiDigit(before) && i >= 2 && char.IsAsciiDigit(text[i - 2]) && i + 2 < text.Length && char.IsLower(text[i + 2])))
                    return true;
                return char.IsWhiteSpace(before) || before is '(' or '[' or '\u2014' or '\u2013' or '-' or ':' or '/' or '\u2018' or '\'';
            default:
                return false;
        }
    }

    // The mark at i stands inside a sentence of the quote that opened at open: a word or a comma comes before it.
    private static bool InSentence(ReadOnlySpan<char> text, int open, int i)
    {
        var k = i - 1;
        while (k > open && char.IsWhiteSpace(text[k])) k--;
        return k > open && (char.IsLetterOrDigit(text[k]) || text[k] == ',');
    }

    private static bool ContinuesAfterSentence(char opener, char c, ReadOnlySpan<char> text, int open, int i)
    {
        if (opener is not ('"' or '\u201C') || c != opener || !Opens(c, text, i)) return false;
        var k = i - 1;
        while (k > open && char.IsWhiteSpace(text[k])) k--;
        // "...say 'wow - that's interesting.' "My personal point of view...": a quotation inside it may end the sentence.
        var end = k > open + 2 && text[k] is '\'' or '\u2019' && text[k - 1] is '.' or '?' or '!' ? k - 1 : k;
        return end > open + 1 && k < i - 1 && text[end] is '.' or '?' or '!' or '\u2026';
    }

    // Where the quote that opened at open ends (after its last sentence's stop), when the mark at i opens another after a
    // colon that closes a short capitalised sentence of at most eight words ("He added:", "Tim Collins said:"); else -1.
    private static int ReopensAfterColon(char opener, char c, ReadOnlySpan<char> text, int open, int i, LanguageTables tables)
    {
        if (opener is not ('"' or '\u201C') || c != opener || !Opens(c, text, i) || i + 1 >= text.Length || !char.IsUpper(text[i + 1])) return -1;
        var colon = i - 1;
        while (colon > open && char.IsWhiteSpace(text[colon])) colon--;
        if (colon <= open || text[colon] != ':') return -1;
        var words = 0;
        for (var k = colon - 1; k > open + 1 && k >= colon - 80; k--)
        {
            // Not "Mr. Brown said:", "George W. Bush said:", "U.S. officials said:": a stop that closes an abbreviation.
            if (text[k] == '.' && Abbreviation(text, open, k, tables)) return -1;
            if (text[k] is '.' or '?' or '!')
                return words is >= 2 and <= 8 && k + 2 < colon && text[k + 1] == ' ' && char.IsUpper(text[k + 2]) ? k + 1 : -1;
            if (char.IsWhiteSpace(text[k])) words++;
        }
        return -1;
    }

    // The stop at k belongs to the word before it, as the tokenizer reads it: an initial, a word with a stop of its own
    // ("U.S."), or one the tables write short ("Mr", "Sen").
    private static bool Abbreviation(ReadOnlySpan<char> text, int open, int k, LanguageTables tables)
    {
        var j = k - 1;
        while (j > open && (char.IsLetter(text[j]) || text[j] == '.')) j--;
        var word = text[(j + 1)..k];
        return word.Length == 1 && char.IsUpper(word[0]) || word.Contains('.') || word.Length > 0 && Tokenizer.IsAbbreviation(word, tables);
    }

    // The lower-case word at start reads as a cue: a name follows it ("tulis Benvenuti"), it ends in -nya ("ujarnya"), or it
    // is a one-word verb of speech the language's table holds ("kata dia").
    private static bool GluedCue(ReadOnlySpan<char> text, int start, LanguageTables? tables = null)
    {
        var end = start;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        if (end - start > 3 && text[start..end].EndsWith("nya", StringComparison.Ordinal)) return true;
        return end + 1 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1])
            || tables is not null && end - start >= 3 && tables.CueVerbs.Contains(text[start..end].ToString());
    }

    private static bool Closes(char opener, char c, ReadOnlySpan<char> text, int i, LanguageTables tables) => opener switch
    {
        '\u00AB' => c == '\u00BB',
        '\u201E' => c is '\u201C' or '\u201D',
        _ => (c is '\u201D' or '"') && (i + 1 >= text.Length || !char.IsLetterOrDigit(text[i + 1])
            // "...bagus."Hasil dari...": the closing mark of a sentence glued to the next one; "…dan Burma,"tulis Benvenuti":
            // glued to a cue, a word followed by a name, ending in -nya or a verb of speech ('mengatakannya,"kata dia'; not
            // '"hoaks,"dan kami').
            || (i > 0 && text[i - 1] is '.' or ',' or '?' or '!' && (char.IsUpper(text[i + 1]) || char.IsLower(text[i + 1]) && GluedCue(text, i + 1, tables)))
            || StrayClose(text, i)),
    };

    // '"… (default), "kata Moody's …': a closing mark after the comma and a stray space, glued to the cue.
    private static bool StrayClose(ReadOnlySpan<char> text, int i) =>
        i >= 2 && i + 1 < text.Length && text[i - 1] == ' ' && text[i - 2] == ',' && char.IsLower(text[i + 1]) && GluedCue(text, i + 1);
}
