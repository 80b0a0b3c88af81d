using System.Buffers.Binary;
using System.Collections.Frozen;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsReader.Parsing;

/// <summary>Tells Indonesian from English by counting each language's commonest words.</summary>
internal static class LanguageDetector
{
    // Each stop word with the languages it belongs to (1: Indonesian, 2: English), looked up once per word.
    private static readonly FrozenDictionary<string, int> StopWordLanguages =
        Lexicons.Indonesian.StopWords.Select(w => (Word: w, Language: 1)).Concat(Lexicons.English.StopWords.Select(w => (Word: w, Language: 2)))
            .GroupBy(p => p.Word, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.Aggregate(0, (flags, p) => flags | p.Language), StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> StopWords =
        StopWordLanguages.GetAlternateLookup<ReadOnlySpan<char>>();

    // No stop word is longer than this, so longer words need no lookup.
    private static readonly int MaxLength = StopWordLanguages.Keys.Max(w => w.Length);

    // A word of ASCII letters only, folded to lower case, packed one byte a letter (at most 8 letters), is looked up in
    // a table of the stop words packed the same way: no string hashing. A word with any other letter goes to the
    // case-insensitive dictionary, as before. The table is large enough that no two stop words share a slot (1,024 slots
    // for the 55 words), so a lookup reads one slot and one count, and branches on neither: most words are no stop word,
    // and which ones are is hard to guess.
    private static readonly int TableBits = CollisionFreeBits();
    private static readonly ulong[] Keys = new ulong[1 << TableBits];
    private static readonly int[] Languages = new int[1 << TableBits];
    private static readonly bool Packed = MakeTable();

    private static ulong PackedKey(string word)
    {
        var key = 0UL;
        foreach (var c in word) key = key << 8 | (uint)(c | 0x20);
        return key;
    }

    private static bool Packable(string word) => word.Length <= 8 && word.All(char.IsAsciiLetter);

    // The fewest bits, from 10, at which the packable stop words' slots are all different (16 at most: MakeTable then
    // finds out whether they are).
    private static int CollisionFreeBits()
    {
        var keys = StopWordLanguages.Keys.Where(Packable).Select(PackedKey).ToArray();
        var bits = 10;
        while (bits < 16 && keys.Select(key => Slot(key, bits)).Distinct().Count() < keys.Length) bits++;
        return bits;
    }

    private static bool MakeTable()
    {
        foreach (var (word, languages) in StopWordLanguages)
        {
            if (!Packable(word)) return false;
            var key = PackedKey(word);
            var slot = Slot(key, TableBits);
            // Two stop words in one slot: the dictionary serves every word.
            if (Keys[slot] != 0) return false;
            Keys[slot] = key;
            Languages[slot] = languages;
        }
        return true;
    }

    private static int Slot(ulong key, int bits) => (int)((key * 0x9E3779B97F4A7C15UL) >> (64 - bits));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Lookup(ulong key)
    {
        var slot = Slot(key, TableBits);
        // A mask of all bits when the slot holds the key, else of none, made without a branch (the JIT keeps one for a
        // comparison): the top bit of d | -d is set for any d but 0.
        var difference = Keys[slot] ^ key;
        var found = (int)(((difference | (0 - difference)) >> 63) - 1);
        return Languages[slot] & found;
    }

    public static string Detect(string text, int maxWords = 3000)
    {
        var (id, en, _) = Count(text, maxWords);
        return en > id ? "en" : "id";
    }

    /// <summary>
    /// The stop words of each language among the first <paramref name="maxWords"/> words (runs of letters) of
    /// <paramref name="text"/>, and how many words were read.
    /// </summary>
    internal static (int Id, int En, int Words) Count(ReadOnlySpan<char> text, int maxWords)
    {
        var counts = new Counts();
        var i = 0;
        while (i < text.Length && counts.Words < maxWords)
        {
            // Stretches of ASCII text are read 64 characters at a time; a word with any other character, one word at a time.
            if (i + ChunkLength <= text.Length && Vector128.IsHardwareAccelerated && ReadChunk(text, ref i, maxWords, ref counts)) continue;
            while (i < text.Length && !char.IsLetter(text[i])) i++;
            var start = i;
            var key = 0UL;
            var ascii = true;
            while (i < text.Length)
            {
                var c = text[i];
                if (char.IsAsciiLetter(c)) key = key << 8 | (uint)(c | 0x20);
                else if (c >= 128 && char.IsLetter(c)) ascii = false;
                else break;
                i++;
            }
            if (i == start) break;
            counts.Add(text[start..i], key, ascii);
        }
        return (counts.Id, counts.En, counts.Words);
    }

    private struct Counts
    {
        public int Id, En, Words;

        /// <summary>Counts one word; <paramref name="key"/> is its packed form when it is all ASCII letters (<paramref name="ascii"/>).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Add(ReadOnlySpan<char> word, ulong key, bool ascii)
        {
            Words++;
            if (word.Length > MaxLength) return;
            int languages;
            if (ascii && Packed) languages = Lookup(key);
            else if (!StopWords.TryGetValue(word, out languages)) return;
            Id += languages & 1;
            En += languages >> 1 & 1;
        }
    }

    private const int ChunkLength = 64;

    /// <summary>
    /// Reads the words of the 64 characters at <paramref name="i"/> (or of those before the first non-ASCII one) from bit
    /// masks: a vector compare gives one bit a character for "ASCII letter", and each word is then a run of set bits,
    /// found with a trailing-zero count instead of a branch per character. <paramref name="i"/> is never inside a word on
    /// entry; it is left after the last word that ends inside the stretch, or at the start of a word that runs past it
    /// (the next read starts there). Returns false, reading nothing, when no word can be finished here.
    /// </summary>
    /// <summary>
    /// The packed key of a word of ASCII letters, at most 8, at <paramref name="at"/> (8 characters there are read): the
    /// same as folding and shifting in each letter, from one vector's narrowed bytes put in the reverse order.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Pack(ref ushort at, int length)
    {
        var chars = Vector128.LoadUnsafe(ref at) | Vector128.Create((ushort)0x20);
        var bytes = Vector128.Narrow(chars, chars).AsUInt64().ToScalar();
        return BinaryPrimitives.ReverseEndianness(bytes) >> (8 * (8 - length));
    }

    private static bool ReadChunk(ReadOnlySpan<char> text, ref int i, int maxWords, ref Counts counts)
    {
        var start = i;
        ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text[start..]));
        ulong letters = 0, other = 0;
        for (var k = 0; k < ChunkLength / 8; k++)
        {
            var chars = Vector128.LoadUnsafe(ref first, (nuint)(k * 8));
            var folded = (chars | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a');
            letters |= (ulong)Vector128.ExtractMostSignificantBits(Vector128.LessThan(folded, Vector128.Create((ushort)26))) << (k * 8);
            other |= (ulong)Vector128.ExtractMostSignificantBits(Vector128.GreaterThan(chars, Vector128.Create((ushort)127))) << (k * 8);
        }
        // Only the characters before the first non-ASCII one are read here; that one is left to the word-at-a-time loop.
        var length = other == 0 ? ChunkLength : BitOperations.TrailingZeroCount(other);
        if (length == 0) return false;
        if (length < ChunkLength) letters &= (1UL << length) - 1;
        var gaps = ~letters; // set from the stretch's end on
        var read = false;
        while (letters != 0 && counts.Words < maxWords)
        {
            var wordStart = BitOperations.TrailingZeroCount(letters);
            // (No gap bit above a word that runs to the 64th character: the count is then past the stretch's end.)
            var wordEnd = Math.Min(length, wordStart + BitOperations.TrailingZeroCount(gaps >> wordStart));
            // A word that reaches the stretch's end may go on past it, unless the text ends there.
            if (wordEnd >= length && start + length < text.Length)
            {
                if (!read && wordStart == 0) return false; // the word-at-a-time loop reads it
                i = start + wordStart;
                return true;
            }
            var word = text.Slice(start + wordStart, wordEnd - wordStart);
            var key = 0UL;
            if (word.Length <= MaxLength)
            {
                if (Packed && start + wordStart + 8 <= text.Length) key = Pack(ref Unsafe.Add(ref first, wordStart), word.Length);
                else foreach (var c in word) key = key << 8 | (uint)(c | 0x20);
            }
            counts.Add(word, key, ascii: true);
            read = true;
            i = start + wordEnd;
            letters = wordEnd >= ChunkLength ? 0 : letters & ~((1UL << wordEnd) - 1);
        }
        if (letters == 0) i = start + length; // the rest of the stretch is not letters
        return true;
    }
}
