using NewsReader.Parsing;
using Xunit;

namespace NewsReader.Tests;

/// <summary>
/// <see cref="LanguageDetector"/> reads ASCII text 64 characters at a time from bit masks; it must count the same words and
/// stop words as reading one character at a time does, wherever words, non-ASCII letters and the text's end fall.
/// </summary>
public class LanguageDetectorTests
{
    // The word-at-a-time reading the detector had before the bit-mask path, as the reference.
    private static (int Id, int En, int Words) Reference(string text, int maxWords)
    {
        var languages = Lexicons.Indonesian.StopWords.Select(w => (w, 1)).Concat(Lexicons.English.StopWords.Select(w => (w, 2)))
            .GroupBy(p => p.w, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Aggregate(0, (f, p) => f | p.Item2), StringComparer.OrdinalIgnoreCase);
        int id = 0, en = 0, words = 0, i = 0;
        while (i < text.Length && words < maxWords)
        {
            while (i < text.Length && !char.IsLetter(text[i])) i++;
            var start = i;
            while (i < text.Length && char.IsLetter(text[i])) i++;
            if (i == start) break;
            words++;
            if (!languages.TryGetValue(text[start..i], out var found)) continue;
            if ((found & 1) != 0) id++;
            if ((found & 2) != 0) en++;
        }
        return (id, en, words);
    }

    [Fact]
    public void Counts_as_word_at_a_time_reading_does()
    {
        var random = new Random(20251125);
        string[] pieces =
        [
            "the", "yang", "dan", "of", "and", "said", "itu", "kata", "Jakarta", "pemerintah", "THE", "Dan", "x", "a", "caf\u00E9",
            "\u00E9t\u00E9", "na\u00EFve", "\u201C", "\u201D", "\u00A0", " ", "  ", ", ", ". ", "\n\n", "-", "2025", "'", "\u2014",
            new string('a', 63), new string('b', 64), new string('c', 65), "\u0130stanbul", "\u212Aelvin", "stra\u00DFe",
        ];
        for (var n = 0; n < 2000; n++)
        {
            var builder = new System.Text.StringBuilder();
            var count = random.Next(0, 120);
            for (var k = 0; k < count; k++)
            {
                builder.Append(pieces[random.Next(pieces.Length)]);
                if (random.Next(3) > 0) builder.Append(' ');
            }
            var text = builder.ToString();
            var maxWords = random.Next(4) == 0 ? random.Next(1, 40) : 3000;
            Assert.Equal(Reference(text, maxWords), LanguageDetector.Count(text, maxWords));
        }
    }

    [Fact]
    public void Reads_the_fixtures_as_word_at_a_time_reading_does()
    {
        var folder = Path.Combine(Seed.RepositoryRoot, "tests", "NewsReader.Core.Tests", "Fixtures");
        foreach (var file in Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            Assert.Equal(Reference(text, 3000), LanguageDetector.Count(text, 3000));
            Assert.Equal(Reference(text, 50), LanguageDetector.Count(text, 50));
        }
    }
}
