using CsCheck;
using NewsReader.Parsing;

namespace NewsReader.Tests;

/// <summary>The parser is total: whatever it is given, it returns an article whose spans hold.</summary>
public sealed class ParserPropertyTests
{
    private static readonly Gen<char> ArticleChars = Gen.OneOf(
        Gen.Char['a', 'z'], Gen.Char['A', 'Z'], Gen.Char['0', '9'],
        Gen.OneOf<char>(' ', ' ', ' ', '\n', '\n', '\r', '\t', '\u00A0', '"', '\u201C', '\u201D', '\'', ',', '.', ':', '-', '\u2014',
            '(', ')', '/', '«', '»', '„', '\uFEFF', '\uD800', 'é', '\u0301'));

    private static readonly Gen<string> Noise = ArticleChars.Array[0, 600].Select(a => new string(a));

    // Lines of the kinds the parser looks for, shuffled with noise.
    private static readonly Gen<string> ArticleLike = Gen.OneOf(
        Gen.Const(Seed.Text),
        Gen.OneOf<string>("Internasional", "Rabu, 13/08/2025 14:11 WIB", "Foto: A (B)", "(tps/tps)", "Video: x", "By JANE DOE",
            "Jakarta, CNBC Indonesia - Teks.", "\"Kutipan,\" kata Yang.", "\"Open only", "Efek Positif", "Baca juga: X",
            "August 13, 2025 2:11 PM GMT+7", "WASHINGTON (AP) \u2014 Text", "Smith said: \u201Cquote", "\u201D tambahnya.")
            .Array[0, 30].Select(lines => string.Join("\n", lines)),
        Noise);

    [Fact]
    public void RandomTextNeverThrowsAndSpansHold()
    {
        ArticleLike.Sample(text =>
        {
            var article = ArticleParser.Parse(text);
            SpanAssert.AllSlicesMatch(article);
        }, iter: 3000);
    }

    [Fact]
    public void MutatedSeedNeverThrowsAndSpansHold()
    {
        var seed = Seed.Text;
        Gen.Select(Gen.Int[0, seed.Length - 1], Gen.Int[0, 40], ArticleChars.Array[0, 8]).Sample((at, cut, insert) =>
        {
            var end = Math.Min(seed.Length, at + cut);
            var text = string.Concat(seed.AsSpan(0, at), new string(insert), seed.AsSpan(end));
            SpanAssert.AllSlicesMatch(ArticleParser.Parse(text));
        }, iter: 3000);
    }

    [Fact]
    public void EmptyAndWhitespaceTextGiveAnEmptyArticle()
    {
        foreach (var text in new[] { "", " ", "\n\n\r\n", "\uFEFF", "\u00A0\t" })
        {
            var article = ArticleParser.Parse(text);
            Assert.Null(article.Headline);
            Assert.Empty(article.Blocks);
            Assert.NotEmpty(article.Warnings);
        }
    }
}
