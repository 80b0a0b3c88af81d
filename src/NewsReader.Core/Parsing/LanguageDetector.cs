using System.Collections.Frozen;

namespace NewsReader.Parsing;

/// <summary>Tells Indonesian from English by counting each language's commonest words.</summary>
internal static class LanguageDetector
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Indonesian =
        Lexicons.Indonesian.StopWords.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> English =
        Lexicons.English.StopWords.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    // No stop word is longer than this, so longer words need no lookup.
    private static readonly int MaxLength = Lexicons.Indonesian.StopWords.Concat(Lexicons.English.StopWords).Max(w => w.Length);

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
            if (word.Length > MaxLength) continue;
            if (Indonesian.Contains(word)) id++;
            if (English.Contains(word)) en++;
        }
        return en > id ? "en" : "id";
    }
}
