using NewsReader.Web.Importing.Formats;

namespace NewsReader.Web.Tests;

/// <summary>The HTML import's body extractor on minimal page shapes, one rule each.</summary>
public sealed class BodyExtractorTests
{
    private static string Body(string html) => string.Join("\n", HtmlConverter.Convert(html).Blocks.Select(b => b.Text));

    private const string Sentence = "The committee met on Tuesday, heard from residents, and agreed to publish its findings next month";

    // A thread: the opening post written straight into its cell with line breaks, each reply a table of its own whose
    // signature is a paragraph. The opening post's text counts for its cell, so the replies do not outweigh it.
    [Fact]
    public void TextWrittenBesideBlocksCountsForItsContainer()
    {
        static string Reply(int n) => $"<table><tr><td>Reply {n}: I agree with the post, mostly, but not with all of it, sorry.<p>--------</p><p>Signature of reader {n}, who writes here often, and likes it, a lot.</p></td></tr></table>";
        var html = "<html><body><table><tr><td>" + string.Join("<br><br>", Enumerable.Range(1, 5).Select(i => $"Opening post, part {i}. {Sentence}."))
            + "<p>--------</p><p>Signature of the author, who writes here often, and likes it, a lot.</p></td></tr></table>"
            + Reply(1) + Reply(2) + Reply(3) + "</body></html>";
        var body = Body(html);
        Assert.Contains("Opening post, part 3.", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Reply 2", body, StringComparison.Ordinal);
    }

    // The article printed twice in a row (a print copy beside the page's own) is read once; a list the article itself
    // quotes twice, after text of its own, stays twice.
    [Fact]
    public void ArticlePrintedTwiceIsReadOnce()
    {
        var paragraphs = string.Concat(Enumerable.Range(1, 3).Select(i => $"<p>Paragraph {i}. {Sentence}.</p>"));
        var twice = Body($"<html><body><div class=content>{paragraphs}{paragraphs}</div></body></html>");
        Assert.Single(twice.Split('\n'), line => line.StartsWith("Paragraph 2.", StringComparison.Ordinal));
        var quoted = Body($"<html><body><div class=content><p>Our own opening words, {Sentence}.</p>{paragraphs}<p>And again, as promised:</p>{paragraphs}</div></body></html>");
        Assert.Equal(2, quoted.Split('\n').Count(line => line.StartsWith("Paragraph 2.", StringComparison.Ordinal)));
    }

    // The best container already holds the other strong candidates (its own text blocks): it is the body, not its parent,
    // which would bring in the teasers beside it.
    [Fact]
    public void BestContainerHoldingTheOtherCandidatesIsTheBody()
    {
        static string Paragraphs(int from) => string.Concat(Enumerable.Range(from, 3).Select(i => $"<p>Paragraph {i}. {Sentence}.</p>"));
        var html = $"<html><body><div class=page><article class=article><div class=text>{Paragraphs(1)}</div><div class=text>{Paragraphs(4)}</div></article>"
            + "<section><p>Teaser: another story you might read, with a comma or two, here.</p></section></div></body></html>";
        var body = Body(html);
        Assert.Contains("Paragraph 6.", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Teaser", body, StringComparison.Ordinal);
    }

    // The readers' comments (or the form to write one) announced by a line of their own end the article, in its second
    // half.
    [Theory]
    [InlineData("Leave a Reply")]
    [InlineData("12 Comments")]
    [InlineData("发表评论")]
    public void CommentsHeadingEndsTheArticle(string marker)
    {
        var paragraphs = string.Concat(Enumerable.Range(1, 5).Select(i => $"<p>Paragraph {i}. {Sentence}.</p>"));
        var body = Body($"<html><head><title>Council report</title></head><body><div class=content>{paragraphs}<h3>{marker}</h3><p>Your email address will not be published, and required fields are marked.</p></div></body></html>");
        Assert.Contains("Paragraph 5.", body, StringComparison.Ordinal);
        Assert.DoesNotContain(marker, body, StringComparison.Ordinal);
        Assert.DoesNotContain("email address", body, StringComparison.Ordinal);
    }

    // A line break inside a paragraph separates words as a browser shows them: "Venue<br>Hall" is two words.
    [Fact]
    public void LineBreakInsideParagraphSeparatesWords()
    {
        var paragraphs = string.Concat(Enumerable.Range(1, 4).Select(i => $"<p>Paragraph {i}. {Sentence}.</p>"));
        var body = Body($"<html><body><div class=content>{paragraphs}<p>Where: the town hall<br>When: Friday at noon, all welcome, bring a friend.</p></div></body></html>");
        Assert.Contains("the town hall When: Friday", body, StringComparison.Ordinal);
    }

    // A line announcing related links ends the article also when it stands in brackets ("【関連記事】", "[Related articles]").
    [Theory]
    [InlineData("【関連記事】")]
    [InlineData("[Related articles]")]
    public void RelatedLinksLineInBracketsEndsTheArticle(string marker)
    {
        var paragraphs = string.Concat(Enumerable.Range(1, 5).Select(i => $"<p>Paragraph {i}. {Sentence}.</p>"));
        var body = Body($"<html><head><title>Council report</title></head><body><div class=content>{paragraphs}<p>{marker}</p><p>Another story entirely, about the harbour works and their cost.</p></div></body></html>");
        Assert.Contains("Paragraph 5.", body, StringComparison.Ordinal);
        Assert.DoesNotContain("harbour", body, StringComparison.Ordinal);
    }
}
