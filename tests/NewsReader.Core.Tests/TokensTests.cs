using NewsReader.Parsing;
using Xunit;

namespace NewsReader.Tests;

/// <summary><see cref="Tokens"/> finds white-space-separated tokens from bit masks; it must find what a character loop finds.</summary>
public class TokensTests
{
    private static List<(int, int)> Reference(string text)
    {
        var found = new List<(int, int)>();
        var i = 0;
        while (true)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
            if (i == start) return found;
            found.Add((start, i));
        }
    }

    private static List<(int, int)> Walk(string text)
    {
        var found = new List<(int, int)>();
        var tokens = new Tokens(text);
        while (tokens.Next(out var start, out var end)) found.Add((start, end));
        return found;
    }

    [Fact]
    public void Finds_the_tokens_a_character_loop_finds()
    {
        var random = new Random(20251125);
        string[] pieces =
        [
            "kata", "Yang", "\u201CHarga", "naik,\u201D", "caf\u00E9", " ", "  ", "\t", "\n", "\r\n", "\u00A0", "\u2009", "\u3000",
            "\u0085", "\u200B", "\u2028", "-", "\u2014", ".", new string('x', 63), new string('y', 64), new string(' ', 64), "\v\f",
        ];
        for (var n = 0; n < 3000; n++)
        {
            var builder = new System.Text.StringBuilder();
            var count = random.Next(0, 80);
            for (var k = 0; k < count; k++) builder.Append(pieces[random.Next(pieces.Length)]);
            var text = builder.ToString();
            Assert.Equal(Reference(text), Walk(text));
        }
        Assert.Empty(Walk(""));
        Assert.Equal([(0, 64)], Walk(new string('z', 64)));
        Assert.Equal([(63, 65)], Walk(new string(' ', 63) + "ab"));
    }
}
