using System.Collections.Frozen;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsReader.Parsing;

/// <summary>
/// A word of running text: only its position in the text it was split from (no string is made for it).
/// <see cref="BreakAfter"/> marks punctuation that ends a name (comma, full stop, bracket).
/// </summary>
internal readonly record struct Word(int Start, int End, bool BreakAfter, bool BreakBefore, bool IsCapitalised, bool IsLower)
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Roles = Lexicons.Roles.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Length => End - Start;

    /// <summary>The word's characters in <paramref name="text"/>, the text it was split from.</summary>
    public ReadOnlySpan<char> In(ReadOnlySpan<char> text) => text.Slice(Start, End - Start);

    /// <summary>Splits <c>text[start..end)</c> into words, peeling punctuation off their edges.</summary>
    public static List<Word> Split(ReadOnlySpan<char> text, int start, int end) => Split(text, start, end, []);

    /// <summary>Splits <c>text[start..end)</c> into <paramref name="words"/> (cleared first), so one list can be reused.</summary>
    public static List<Word> Split(ReadOnlySpan<char> text, int start, int end, List<Word> words)
    {
        words.Clear();
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
            if (breakAfter && e + 1 == tokenEnd && text[e] == '.' && e - s <= 4 && char.IsUpper(text[s]) && Roles.Contains(text[s..e])) breakAfter = false;
            // "U.S." keeps its final stop; "Jakarta." does not.
            if (e < tokenEnd && text[e] == '.' && e - s <= 4 && text.Slice(s, e - s).Contains('.')) e++;
            if (i < end && text[i] == '/') { breakAfter = true; i++; }
            breakPending = breakAfter;
            if (s < e)
            {
                var first = text[s];
                var capitalised = char.IsUpper(first) || (e - s > 1 && char.IsDigit(first) && char.IsLetter(text[e - 1]));
                words.Add(new Word(s, e, breakAfter, breakBefore, capitalised, char.IsLower(first)));
            }
        }
        return words;
    }

    private static bool IsEdgePunctuation(char c) =>
        c is ',' or '.' or ';' or ':' or '(' or ')' or '[' or ']' or '"' or '\u201C' or '\u201D' or '\u2018' or '\u2019'
            or '\'' or '!' or '?' or '\u00AB' or '\u00BB' or '\u201E' or '\u2014' or '\u2013' or '-' or '\u2026' or '*';
}

/// <summary>
/// A cheap test that rules out most words before a case-insensitive set lookup: the word's length, and its first and last
/// letters folded to lower case, must be those of a word in the set. A word whose first or last character is not ASCII
/// is never ruled out (case-insensitive matching can fold such a character onto an ASCII letter).
/// </summary>
internal sealed class WordShapes
{
    private readonly ulong lengths;
    private readonly uint[] lastByFirst = new uint[128];
    private readonly bool everything;

    public WordShapes(IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            if (word.Length == 0 || word.Length > 63 || word[0] >= 128 || word[^1] >= 128 || !char.IsAsciiLetter(word[^1])) { everything = true; continue; }
            lengths |= 1UL << word.Length;
            foreach (var first in new[] { char.ToLowerInvariant(word[0]), char.ToUpperInvariant(word[0]) })
                lastByFirst[first] |= 1u << ((word[^1] | 0x20) - 'a');
        }
    }

    public bool MayContain(ReadOnlySpan<char> word)
    {
        if (everything || word.Length == 0) return everything || word.Length == 0;
        var first = word[0];
        var last = word[^1];
        if (first >= 128 || last >= 128) return true;
        if (word.Length > 63 || (lengths & (1UL << word.Length)) == 0) return false;
        return char.IsAsciiLetter(last) && (lastByFirst[first] & (1u << ((last | 0x20) - 'a'))) != 0;
    }
}

/// <summary>
/// The runs of non-white-space characters of a text (white space as <see cref="char.IsWhiteSpace(char)"/> has it), in
/// order, as a loop that skips white space and then reads to the next would find them. The text is classified 64
/// characters at a time into a bit mask (a vector compare for ASCII white space; each non-ASCII character is asked of
/// <see cref="char.IsWhiteSpace(char)"/>), and each token's start and end are then found with trailing-zero counts
/// instead of a branch per character.
/// </summary>
internal ref struct Tokens
{
    private const int ChunkLength = 64;
    private readonly ReadOnlySpan<char> text;
    // Bit k: text[chunkStart + k] is white space (or past the text's end).
    private ulong spaces;
    private int chunkStart;
    private int position;

    public Tokens(ReadOnlySpan<char> text)
    {
        this.text = text;
        spaces = SpaceMask(text, 0);
    }

    /// <summary>The next token, <c>text[start..end)</c>; false when there is none.</summary>
    public bool Next(out int start, out int end)
    {
        start = Find(inSpace: true);
        if (start >= text.Length)
        {
            end = start;
            return false;
        }
        position = start;
        end = Find(inSpace: false);
        position = end;
        return true;
    }

    // The first position from here whose character is not white space (inSpace) or is white space (else), or the text's length.
    private int Find(bool inSpace)
    {
        while (true)
        {
            var offset = position - chunkStart;
            var bits = inSpace ? ~spaces : spaces;
            bits &= offset >= ChunkLength ? 0 : ulong.MaxValue << offset;
            if (bits != 0) return Math.Min(text.Length, chunkStart + BitOperations.TrailingZeroCount(bits));
            chunkStart += ChunkLength;
            if (chunkStart >= text.Length) return text.Length;
            spaces = SpaceMask(text, chunkStart);
            position = chunkStart;
        }
    }

    private static ulong SpaceMask(ReadOnlySpan<char> text, int at)
    {
        if (at + ChunkLength > text.Length || !Vector128.IsHardwareAccelerated)
        {
            // The text's last characters: one at a time, with everything past the end counted as white space.
            var tail = ulong.MaxValue;
            for (var k = 0; k < ChunkLength && at + k < text.Length; k++)
                if (!char.IsWhiteSpace(text[at + k])) tail &= ~(1UL << k);
            return tail;
        }
        ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text[at..]));
        ulong spaces = 0, other = 0;
        for (var k = 0; k < ChunkLength / 8; k++)
        {
            var chars = Vector128.LoadUnsafe(ref first, (nuint)(k * 8));
            // ' ', and '\t' to '\r' (U+0009 to U+000D) by one unsigned compare.
            var space = Vector128.Equals(chars, Vector128.Create((ushort)' '))
                | Vector128.LessThan(chars - Vector128.Create((ushort)'\t'), Vector128.Create((ushort)5));
            spaces |= (ulong)Vector128.ExtractMostSignificantBits(space) << (k * 8);
            other |= (ulong)Vector128.ExtractMostSignificantBits(Vector128.GreaterThan(chars, Vector128.Create((ushort)127))) << (k * 8);
        }
        while (other != 0)
        {
            var k = BitOperations.TrailingZeroCount(other);
            if (char.IsWhiteSpace(text[at + k])) spaces |= 1UL << k;
            other &= other - 1;
        }
        return spaces;
    }
}
