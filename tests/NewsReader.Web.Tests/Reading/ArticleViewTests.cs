using NewsReader.Web.Importing.Formats;
using NewsReader.Web.Reading;

namespace NewsReader.Web.Tests.Reading;

/// <summary>The reader view's standfirst: shown once, not again above a body that opens with the same words.</summary>
public sealed class ArticleViewTests
{
    private static ArticleView View(string description, string firstParagraph) => ArticleView.Build(ArticleFormats.Parse(ArticleFormat.Html, $"""
        <html><head><title>Job-Turbo hilft Geflüchteten</title><meta name="description" content="{description}"></head>
        <body><article><h1>Job-Turbo hilft Geflüchteten</h1>
        <p>{firstParagraph}</p>
        <p>Nataliia Romanenko steht zwischen Metallkisten in einer großen Lagerhalle im Norden von Frankfurt und zählt Kartons.</p>
        <p>Die Initiative der Bundesagentur soll Geflüchteten schneller zu einer Arbeit verhelfen, auch ohne perfekte Sprachkenntnisse.</p>
        </article></body></html>
        """));

    private const string Lead = "Seit Beginn des Ukraine-Kriegs sind zehntausende Geflüchtete nach Hessen gekommen. Eine Initiative soll helfen.";

    [Fact]
    public void AStandfirstTheBodyOpensWithIsNotShownTwice()
    {
        var view = View(Lead, Lead);
        Assert.NotNull(view.Article.Standfirst);
        Assert.Null(view.Standfirst);
        Assert.Equal(Lead, view.Blocks[0].Segments[0].Text);
    }

    [Fact]
    public void AStandfirstCutShortFromTheFirstParagraphIsNotShownEither()
    {
        var view = View("Seit Beginn des Ukraine-Kriegs sind zehntausende Geflüchtete nach Hessen …", Lead);
        Assert.Null(view.Standfirst);
    }

    [Fact]
    public void AStandfirstOfItsOwnIsShown()
    {
        var own = "Ein Programm bringt Ukrainerinnen schneller in Arbeit.";
        Assert.Equal(own, View(own, Lead).Standfirst);
    }
}
