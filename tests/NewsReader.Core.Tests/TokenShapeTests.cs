using NewsReader.Parsing.Attribution;
using Xunit;

namespace NewsReader.Tests;

/// <summary>
/// A token carries, read once for each word, the answers of a few string tests the mention finder asks of every token
/// (<see cref="TokenShape"/>): each must be the answer of the test itself.
/// </summary>
public class TokenShapeTests
{
    private static readonly string[] Words =
    [
        "Germany's", "minister\u2019s", "it's", "'s", "acebush1", "budi_88", "h5n1", "mp3", "Acebush1", "Ex-BBC", "ex-wife", "Ex-",
        "Baa3", "Caa1", "Aa1", "A1", "Aaa", "Menteri-menteri", "Butar-butar", "Negara-Negara", "-a-", "a-a", "former", "Former",
        "wakil", "plt", "Plt.", "deputy", "M.", "U.S.", "@budi", "BRN", "Jum'at",
    ];

    [Fact]
    public void ShapeBitsAnswerAsTheStringTests()
    {
        var texts = Directory.EnumerateFiles(Path.Combine(Seed.RepositoryRoot, "tests", "NewsReader.Core.Tests", "Fixtures"), "*.txt", SearchOption.AllDirectories)
            .Select(File.ReadAllText).Append(string.Join(' ', Words));
        var checkedTokens = 0;
        foreach (var tables in new[] { LanguageTables.English, LanguageTables.Indonesian })
            foreach (var text in texts)
            {
                var tokens = Tokenizer.Split(text, tables);
                foreach (var token in tokens)
                {
                    Assert.Equal(MentionFinder.IsPossessive(token.Text), token.IsPossessive);
                    Assert.Equal(MentionFinder.IsUserName(token.Text), token.IsWord && token.HasUserNameLetters);
                    Assert.Equal(token.Text.StartsWith("Ex-", StringComparison.Ordinal), token.IsExPrefixed);
                    Assert.Equal(MentionFinder.IsCreditRating(token.Text), token.IsCreditRating);
                    Assert.Equal(MentionFinder.IsDoubled(token.Text), token.IsDoubled);
                    Assert.Equal(Array.IndexOf(ArticlePeople.Modifiers, token.Key) >= 0, token.IsModifier);
                    Assert.Equal(MentionFinder.IsPlural(tables, token.Text), MentionFinder.IsPlural(tables, token));
                    checkedTokens++;
                }
            }
        Assert.True(checkedTokens > 10_000);
    }
}
