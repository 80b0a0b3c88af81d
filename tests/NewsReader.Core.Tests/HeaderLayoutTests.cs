using NewsReader.Parsing;

namespace NewsReader.Tests;

/// <summary>
/// Header layouts as pages are copied from sites today: BBC News prints the time as "2 hours ago", the page's "Share" and
/// "Save" buttons, then the writer's name over their title and outlet. None of those lines is body text.
/// </summary>
public class HeaderLayoutTests
{
    private const string BbcPage = """
        Fed holds interest rates as inflation cools
        2 hours ago
        Share
        Save
        Natalie Sherman
        Business reporter, BBC News

        The US central bank has kept interest rates on hold, saying it wants more evidence that inflation is slowing.

        "We're in a good place," Fed chairman Jerome Powell said.
        """;

    [Fact]
    public void ReadsTheWriterOverTheirTitleAndOutlet()
    {
        var article = ArticleParser.Parse(BbcPage);
        Assert.Equal("Fed holds interest rates as inflation cools", article.Headline?.Value);
        Assert.Equal(["Natalie Sherman"], article.Authors);
        Assert.Equal("BBC News", article.Outlet);
        Assert.Null(article.Published);
    }

    [Fact]
    public void KeepsThePageControlsOutOfTheBody()
    {
        var article = ArticleParser.Parse(BbcPage);
        var body = article.Blocks.Select(b => b.Text).ToList();
        Assert.Equal(2, body.Count);
        Assert.StartsWith("The US central bank", body[0]);
        Assert.Equal("Jerome Powell", Assert.Single(article.Quotes).Speaker?.Name);
    }

    [Theory]
    [InlineData("2 hours ago")]
    [InlineData("1 day ago")]
    [InlineData("17 jam lalu")]
    [InlineData("3 hari yang lalu")]
    public void ARelativeTimeIsNoBodyText(string line)
    {
        var article = ArticleParser.Parse($"Judul berita untuk uji coba\n\nParagraf pertama berita ini cukup panjang untuk dibaca sebagai isi berita.\n\n{line}\n\nParagraf kedua juga cukup panjang untuk dibaca sebagai isi berita yang sama.\n");
        Assert.DoesNotContain(article.Blocks, b => b.Text == line);
    }

    [Fact]
    public void ANameOverATitleWithoutAnOutletIsNoByline()
    {
        var article = ArticleParser.Parse("Fed holds interest rates as inflation cools\nNatalie Sherman\nBusiness reporter\n\nThe US central bank has kept interest rates on hold, saying it wants more evidence that inflation is slowing.\n");
        Assert.Empty(article.Authors);
    }
}
