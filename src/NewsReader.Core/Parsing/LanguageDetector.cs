namespace NewsReader.Parsing;

/// <summary>Tells Indonesian from English by counting each language's commonest words.</summary>
internal static class LanguageDetector
{
    private static readonly HashSet<string> Indonesian = new(Lexicons.Indonesian.StopWords, StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> English = new(Lexicons.English.StopWords, StringComparer.OrdinalIgnoreCase);

    public static string Detect(string text, int maxWords = 3000)
    {
        int id = 0, en = 0, words = 0;
        var span = text.AsSpan();
        var lookupId = Indonesian.GetAlternateLookup<ReadOnlySpan<char>>();
        var lookupEn = English.GetAlternateLookup<ReadOnlySpan<char>>();
        var i = 0;
        while (i < span.Length && words < maxWords)
        {
            while (i < span.Length && !char.IsLetter(span[i])) i++;
            var start = i;
            while (i < span.Length && char.IsLetter(span[i])) i++;
            if (i == start) break;
            var word = span[start..i];
            words++;
            if (lookupId.Contains(word)) id++;
            if (lookupEn.Contains(word)) en++;
        }
        return en > id ? "en" : "id";
    }
}
