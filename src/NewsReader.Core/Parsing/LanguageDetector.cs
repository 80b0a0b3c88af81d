using System.Collections.Frozen;

namespace NewsReader.Parsing;

/// <summary>Tells Indonesian from English by counting each language's commonest words.</summary>
internal static class LanguageDetector
{
    // Each stop word with the languages it belongs to (1: Indonesian, 2: English), looked up once per word.
    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> StopWords =
        Lexicons.Indonesian.StopWords.Select(w => (Word: w, Language: 1)).Concat(Lexicons.English.StopWords.Select(w => (Word: w, Language: 2)))
            .GroupBy(p => p.Word, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.Aggregate(0, (flags, p) => flags | p.Language), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    // No stop word is longer than this, so longer words need no lookup.
    private static readonly int MaxLength = Lexicons.Indonesian.StopWords.Concat(Lexicons.English.StopWords).Max(w => w.Length);

    // ASCII letters (folded to lower case) that begin a stop word; a word opening with another ASCII character needs no lookup.
    // Non-ASCII first letters are always looked up, since case-insensitive matching can fold them onto ASCII.
    private static readonly bool[] FirstLetters = MakeFirstLetters();

    private static bool[] MakeFirstLetters()
    {
        var letters = new bool[128];
        foreach (var word in Lexicons.Indonesian.StopWords.Concat(Lexicons.English.StopWords))
        {
            letters[char.ToLowerInvariant(word[0])] = true;
            letters[char.ToUpperInvariant(word[0])] = true;
        }
        return letters;
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
            while (i < span.Length && char.IsLetter(span[i])) i++;
            if (i == start) break;
            var word = span[start..i];
            words++;
            if (word.Length > MaxLength || (word[0] < 128 && !FirstLetters[word[0]])) continue;
            if (!StopWords.TryGetValue(word, out var languages)) continue;
            if ((languages & 1) != 0) id++;
            if ((languages & 2) != 0) en++;
        }
        return en > id ? "en" : "id";
    }
}
