using System.Collections.Frozen;

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
    // an open-addressed table of the stop words packed the same way: no string hashing. A word with any other letter
    // goes to the case-insensitive dictionary, as before.
    private const int TableBits = 8;
    private static readonly ulong[] Keys = new ulong[1 << TableBits];
    private static readonly int[] Languages = new int[1 << TableBits];
    private static readonly bool Packed = MakeTable();

    private static bool MakeTable()
    {
        foreach (var (word, languages) in StopWordLanguages)
        {
            if (word.Length > 8 || !word.All(char.IsAsciiLetter)) return false;
            var key = 0UL;
            foreach (var c in word) key = key << 8 | (uint)(c | 0x20);
            var slot = Slot(key);
            while (Keys[slot] != 0) slot = (slot + 1) & ((1 << TableBits) - 1);
            Keys[slot] = key;
            Languages[slot] = languages;
        }
        return true;
    }

    private static int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> (64 - TableBits));

    private static int Lookup(ulong key)
    {
        var slot = Slot(key);
        while (true)
        {
            var found = Keys[slot];
            if (found == key) return Languages[slot];
            if (found == 0) return 0;
            slot = (slot + 1) & ((1 << TableBits) - 1);
        }
    }

    public static string Detect(string text, int maxWords = 3000)
    {
        int id = 0, en = 0, words = 0;
        var span = text.AsSpan();
        var i = 0;
        while (i < span.Length && words < maxWords)
        {
            while (i < span.Length && !char.IsLetter(span[i])) i++;
            var start = i;
            var key = 0UL;
            var ascii = true;
            while (i < span.Length)
            {
                var c = span[i];
                if (char.IsAsciiLetter(c)) key = key << 8 | (uint)(c | 0x20);
                else if (c >= 128 && char.IsLetter(c)) ascii = false;
                else break;
                i++;
            }
            if (i == start) break;
            words++;
            var length = i - start;
            if (length > MaxLength) continue;
            int languages;
            if (ascii && Packed) languages = Lookup(key);
            else if (!StopWords.TryGetValue(span[start..i], out languages)) continue;
            if ((languages & 1) != 0) id++;
            if ((languages & 2) != 0) en++;
        }
        return en > id ? "en" : "id";
    }
}
