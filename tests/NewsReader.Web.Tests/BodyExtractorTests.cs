using NewsReader.Web.Importing.Formats;

namespace NewsReader.Web.Tests;

/// <summary>The HTML import's body extractor on minimal page shapes, one rule each.</summary>
public sealed class BodyExtractorTests
{
    private static string Body(string html) => string.Join("\n", HtmlConverter.Convert(html).Blocks.Select(b => b.Text));

    private const string Sentence = "The committee met on Tuesday, heard from residents, and agreed to publish its findings next month";

    // The body of a page titled "Council report" whose article container holds the given HTML.
    private static string InArticle(string content) => Body($"<html><head><title>Council report</title></head><body><div class=content>{content}</div></body></html>");

    private static string Paragraphs(int count, int from = 1) => string.Concat(Enumerable.Range(from, count).Select(i => $"<p>Paragraph {i}. {Sentence}.</p>"));

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

    // Words that repeat or stand beside the article's own: The Washington Post's dek under the headline and its pull quote
    // with the speaker under it, a Facebook post's embed with its "Diposting oleh … pada …" line.
    [Theory]
    [InlineData("""<h2 data-qa="subheadline">Fewer than half of the seasonal workers asked for arrived this spring.</h2>""", "Fewer than half")]
    [InlineData("""<blockquote data-qa="pull-quote"><p>“The crabs are here, but there’s nobody to pick them.”</p><cite>Wendell Tolley, owner of Tolley Seafood</cite></blockquote>""", "Wendell Tolley, owner")]
    [InlineData("""<div class="fb-post"><blockquote class="fb-xfbml-parse-ignore"><p>Saya sudah berusaha memenuhi semua permintaan.</p>Diposting oleh <a href="https://www.facebook.com/a">Andi</a> pada <a href="https://www.facebook.com/a/posts/1">Selasa, 7 Oktober 2025</a></blockquote></div>""", "Diposting oleh")]
    public void RepeatedAndEmbeddedWordsAreNoPartOfTheBody(string element, string left)
    {
        var body = InArticle((element.Contains("subheadline", StringComparison.Ordinal) ? element + Paragraphs(2) : Paragraphs(2) + element) + Paragraphs(3, 3));
        Assert.Contains("Paragraph 4.", body, StringComparison.Ordinal);
        Assert.DoesNotContain(left, body, StringComparison.Ordinal);
    }

    // A wrapper whose class only mentions pull quotes ("has-pullquote") is read, and a heading marked "subheadline" inside
    // the body, after its first paragraphs, stays a heading.
    [Fact]
    public void PullQuoteAndDekMarkersReadNoMoreThanTheirElements()
    {
        var wrapped = Body($"<html><head><title>Council report</title></head><body><div class=\"article-body has-pullquote\">{Paragraphs(5)}</div></body></html>");
        Assert.Contains("Paragraph 5.", wrapped, StringComparison.Ordinal);
        var headed = InArticle(Paragraphs(2) + "<h2 data-qa=\"subheadline\">What the budget pays for</h2>" + Paragraphs(3, 3));
        Assert.Contains("What the budget pays for", headed, StringComparison.Ordinal);
    }

    // The article printed twice in a row (a print copy beside the page's own) is read once; a list the article itself
    // quotes twice, after text of its own, stays twice, and so does a paragraph that follows itself.
    [Fact]
    public void ArticlePrintedTwiceIsReadOnce()
    {
        var paragraphs = Paragraphs(3);
        var twice = Body($"<html><body><div class=content>{paragraphs}{paragraphs}</div></body></html>");
        Assert.Single(twice.Split('\n'), line => line.StartsWith("Paragraph 2.", StringComparison.Ordinal));
        var quoted = Body($"<html><body><div class=content><p>Our own opening words, {Sentence}.</p>{paragraphs}<p>And again, as promised:</p>{paragraphs}</div></body></html>");
        Assert.Equal(2, quoted.Split('\n').Count(line => line.StartsWith("Paragraph 2.", StringComparison.Ordinal)));
        var once = Paragraphs(1);
        var itself = Body($"<html><body><div class=content>{once}{once}{Paragraphs(2, 2)}{once}{once}{Paragraphs(2, 2)}</div></body></html>");
        Assert.Equal(4, itself.Split('\n').Count(line => line.StartsWith("Paragraph 1.", StringComparison.Ordinal)));
    }

    // The best container already holds the other strong candidates (its own text blocks): it is the body, not its parent,
    // which would bring in the teasers beside it.
    [Fact]
    public void BestContainerHoldingTheOtherCandidatesIsTheBody()
    {
        var html = $"<html><body><div class=page><article class=article><div class=text>{Paragraphs(3)}</div><div class=text>{Paragraphs(3, 4)}</div></article>"
            + "<section><p>Teaser: another story you might read, with a comma or two, here.</p></section></div></body></html>";
        var body = Body(html);
        Assert.Contains("Paragraph 6.", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Teaser", body, StringComparison.Ordinal);
    }

    // A body printed as runs of paragraphs, each run in a wrapper of its own around one inner box (Jyllands-Posten: <div
    // class="…text-width paywalled"><div class=c-article-text-container>…</div></div>), is read whole: a wrapper that holds
    // only the best candidate stands for it, and its siblings named as it is are parts of the same body, however short.
    [Fact]
    public void BodySplitOverWrappersNamedAlikeIsReadWhole()
    {
        static string Run(string paragraphs) => $"<div class=\"text-width paywalled\"><div class=text-container>{paragraphs}</div></div>";
        var html = $"<html><body><div class=page><h1>Council report</h1>{Run(Paragraphs(1))}{Run(Paragraphs(6, 2))}{Run(Paragraphs(1, 8))}"
            + "<div class=promo-box><p>Teaser: another story you might read, with a comma or two, here.</p></div></div></body></html>";
        var body = Body(html);
        Assert.Contains("Paragraph 1.", body, StringComparison.Ordinal);
        Assert.Contains("Paragraph 8.", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Teaser", body, StringComparison.Ordinal);
    }

    // The writer's box after the article (Ars Technica's <section class="article-author">: a head shot, the name and a
    // line about them) is not the article's text.
    [Fact]
    public void AuthorBoxAfterTheArticleIsLeftOut()
    {
        var html = $"<html><body><div class=page><section class=story><div class=body>{Paragraphs(5)}</div></section>"
            + "<section class=\"article-author clearfix\"><p><a href=/author/cf>Cyrus Farivar</a> / Cyrus is the Senior Business Editor here, and is also a radio producer and author.</p></section></div></body></html>";
        var body = Body(html);
        Assert.Contains("Paragraph 5.", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Senior Business Editor", body, StringComparison.Ordinal);
    }

    // Text that a class hides from sighted readers (a skip link, a screen reader's label) is not the article's.
    [Fact]
    public void TextHiddenByItsClassIsLeftOut()
    {
        var body = InArticle($"<p><a class=hidden href=#story>Continue reading the main story</a></p>{Paragraphs(4)}<p><span class=sr-only>Share this article on Facebook</span>Paragraph 5. {Sentence}.</p>");
        Assert.Contains("Paragraph 5.", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Continue reading", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Share this article", body, StringComparison.Ordinal);
    }

    // The readers' comments (or the form to write one) or the related links, announced by a line of their own in the
    // body's second half, end the article; the line may stand in brackets ("【関連記事】").
    [Theory]
    [InlineData("h3", "Leave a Reply")]
    [InlineData("h3", "12 Comments")]
    [InlineData("h3", "发表评论")]
    [InlineData("p", "【関連記事】")]
    [InlineData("p", "[Related articles]")]
    [InlineData("h3", "Related Posts:")]
    [InlineData("p", "More News")]
    public void CommentsOrRelatedLinksLineEndsTheArticle(string tag, string marker)
    {
        var body = Body($"<html><head><title>Council report</title></head><body><div class=content>{Paragraphs(5)}<{tag}>{marker}</{tag}><p>Your email address will not be published, and required fields are marked.</p></div></body></html>");
        Assert.Contains("Paragraph 5.", body, StringComparison.Ordinal);
        Assert.DoesNotContain(marker, body, StringComparison.Ordinal);
        Assert.DoesNotContain("email address", body, StringComparison.Ordinal);
    }

    // A line break inside a paragraph separates words as a browser shows them: "Venue<br>Hall" is two words.
    [Fact]
    public void LineBreakInsideParagraphSeparatesWords()
    {
        var body = Body($"<html><body><div class=content>{Paragraphs(4)}<p>Where: the town hall<br>When: Friday at noon, all welcome, bring a friend.</p></div></body></html>");
        Assert.Contains("the town hall When: Friday", body, StringComparison.Ordinal);
    }

    // The date line among the short lines above the first paragraph is the page's header; a dated line inside the article
    // stays.
    [Theory]
    [InlineData("Updated: 28.04.2023, 18:16")]
    [InlineData("17:41 JST, October 13, 2024")]
    [InlineData("Jane Doe | Published 15 hours ago")]
    public void DateLineAboveTheArticleIsLeftOut(string line)
    {
        var body = Body($"<html><head><title>Council report</title></head><body><div class=content><p>{line}</p><p>Paragraph 1. {Sentence}; {Sentence}.</p>{Paragraphs(2, 2)}<p>{line}</p>{Paragraphs(2, 4)}</div></body></html>");
        Assert.StartsWith("Paragraph 1.", body, StringComparison.Ordinal);
        Assert.Contains(line, body, StringComparison.Ordinal);
    }

    // A pointer to another story inside the article, mostly that story's link, and the bare label of an advertisement
    // leave the body; a sentence of the article that starts with the same words stays.
    [Theory]
    [InlineData("<p>ALSO READ: <a href=\"/harbour\">Harbour works to cost twice the estimate</a></p>")]
    [InlineData("<p>Les også | <a href=\"/harbour\">Harbour works to cost twice the estimate</a></p>")]
    [InlineData("<p>Advertisement</p>")]
    public void CalloutsInsideTheArticleAreLeftOut(string callout)
    {
        var kept = "<p>Read more about the plan in the council's report, which lists every street, and its cost.</p>";
        var body = Body($"<html><head><title>Council report</title></head><body><div class=content>{Paragraphs(3)}{callout}{kept}{Paragraphs(2, 4)}</div></body></html>");
        Assert.DoesNotContain("Harbour", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Advertisement", body, StringComparison.Ordinal);
        Assert.Contains("Read more about the plan", body, StringComparison.Ordinal);
    }

    // What the page's own style hides is not read, as Readability leaves it out; a style that shows it is no matter.
    [Fact]
    public void ElementHiddenByItsStyleIsLeftOut()
    {
        var body = Body($"<html><body><div class=content>{Paragraphs(3)}<div style=\"color: red; display: none\"><p>Hidden note, written for robots, and never shown to readers at all.</p></div>"
            + $"<div style=\"display:block\"><p>Shown note, written for readers, and shown to them below the article.</p></div>{Paragraphs(2, 4)}</div></body></html>");
        Assert.DoesNotContain("Hidden note", body, StringComparison.Ordinal);
        Assert.Contains("Shown note", body, StringComparison.Ordinal);
    }

    // The "posted at" line a Chinese blog or forum prints under the post ("发表于 …", "本贴由 … 发表") is the page's footer.
    [Theory]
    [InlineData("发表于 2004年12月27日 12:40 - (阅读:37;评论:6)")]
    [InlineData("本贴由小王于2005年8月12日16:12:21在〖读书〗发表.")]
    public void PostedAtLineUnderThePostIsLeftOut(string line)
    {
        var body = Body($"<html><body><div class=content>{Paragraphs(4)}<p>{line}</p></div></body></html>");
        Assert.EndsWith("next month.", body, StringComparison.Ordinal);
    }

    // Paragraphs inside an inline wrapper of a table cell ("<td><font><p>…</p><p>…</p></font></td>") stay paragraphs, not
    // one line of the whole cell.
    [Fact]
    public void ParagraphsInsideAnInlineWrapperStayParagraphs()
    {
        var body = Body($"<html><body><div class=content>{Paragraphs(3)}<table><tr><td><font size=2>{Paragraphs(3, 4)}</font></td></tr></table></div></body></html>");
        Assert.Contains(body.Split('\n'), line => line.StartsWith("Paragraph 5.", StringComparison.Ordinal));
    }

    // Four or more lines in a row of one or two short words are a bar of buttons; three short items are a list and stay.
    [Fact]
    public void RunOfButtonLabelsIsLeftOut()
    {
        var buttons = "<p>Share</p><p>0</p><p>E-Mail</p><p>Tweet</p><p>More</p>";
        var list = "<ul><li>Eggs</li><li>Flour</li><li>Milk</li></ul>";
        var body = Body($"<html><body><div class=content>{Paragraphs(3)}{buttons}{Paragraphs(1, 4)}{list}{Paragraphs(1, 5)}</div></body></html>");
        Assert.DoesNotContain("E-Mail", body, StringComparison.Ordinal);
        Assert.Contains("Flour", body, StringComparison.Ordinal);
        // A short label printed again and again between the paragraphs goes; one printed twice stays.
        var labelled = Body($"<html><body><div class=content>{Paragraphs(2)}<p>Article content</p>{Paragraphs(2, 3)}<p>Article content</p><p>Watch now</p>"
            + $"{Paragraphs(2, 5)}<p>Article content</p><p>Watch now</p>{Paragraphs(1, 7)}</div></body></html>");
        Assert.DoesNotContain("Article content", labelled, StringComparison.Ordinal);
        Assert.Contains("Watch now", labelled, StringComparison.Ordinal);
    }

    // A card that points to another story (a heading that is wholly a link, with its kicker and a line of summary in one
    // box) leaves the body, inside the article or after it; a subheading of the article's own stays.
    [Fact]
    public void TeaserCardIsLeftOut()
    {
        var card = "<div class=teaser><div>Listen now</div><h2><a href=/other>Motorway reopens after the heat damage</a></h2>"
            + "<p>Volunteers handed out water to drivers stuck in the queue, the service said.</p></div>";
        var body = Body($"<html><head><title>Council report</title></head><body><h1>Council report</h1><div class=content>{Paragraphs(3)}<h2>What the council decided</h2>{Paragraphs(2, 4)}{card}{card}</div></body></html>");
        Assert.Contains("What the council decided", body, StringComparison.Ordinal);
        Assert.Contains("Paragraph 5.", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Motorway reopens", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Volunteers handed out", body, StringComparison.Ordinal);
        // A link around a whole box is a card too.
        var boxed = InArticle($"{Paragraphs(5)}<h2>Most read</h2>"
            + "<div class=item><a href=/x><div>How the agency shaped the new terror laws<div>Alice Writer</div></div></a></div>");
        Assert.Contains("Paragraph 5.", boxed, StringComparison.Ordinal);
        Assert.DoesNotContain("Alice Writer", boxed, StringComparison.Ordinal);
    }

    // A heading that opens the comments ends a short post even when the comments under it are longer than the post.
    [Fact]
    public void CommentsHeadingEndsAShortPost()
    {
        var comments = string.Concat(Enumerable.Range(1, 12).Select(i => $"<p>Reader {i} writes: I read this twice, and I agree with most of it, thanks.</p><h4>Posted by: reader{i} | Mar 22, 2007</h4>"));
        var body = InArticle($"{Paragraphs(6)}<h3>Comments</h3>{comments}");
        Assert.Contains("Paragraph 6.", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Reader 3 writes", body, StringComparison.Ordinal);
    }

    // A heading after the article's last paragraph is the title of a box whose links are gone; a subheading between
    // paragraphs stays.
    [Fact]
    public void HeadingAfterTheLastParagraphIsLeftOut()
    {
        var body = InArticle($"{Paragraphs(3)}<h3>What happens next</h3>{Paragraphs(2, 4)}<h3>Read these too</h3><ul><li><a href=/a>Other story</a></li><li><a href=/b>Another one</a></li></ul>");
        Assert.Contains("What happens next", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Read these too", body, StringComparison.Ordinal);
    }

    // A box that is mostly links (sharing buttons, the previous and next post) leaves the body; a paragraph with a link of
    // its own stays, and a related-links line that opens such a box still ends the article.
    [Fact]
    public void BoxOfLinksIsLeftOut()
    {
        var linked = $"<p>As <a href=/minutes>the minutes</a> show, {Sentence}.</p>";
        var share = "<div class=bar><a href=/p>Print Story</a> <a href=/e>Email Story</a> <a href=/r>Reprints</a></div>";
        var body = InArticle($"{Paragraphs(4)}{linked}{share}"
            + "<div class=nav><a href=/prev>Previous Post</a><div><a href=/prev>Cookie crumb fudge</a></div></div>");
        Assert.Contains("the minutes show", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Reprints", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Previous Post", body, StringComparison.Ordinal);
        var related = InArticle($"{Paragraphs(5)}"
            + "<div class=more><p>Related articles</p><ul><li><a href=/a>Other story</a></li><li><a href=/b>Another story</a></li></ul></div>"
            + "<p>Sign up to our newsletter and get a free book, worth a lot, every month.</p>");
        Assert.Contains("Paragraph 5.", related, StringComparison.Ordinal);
        Assert.DoesNotContain("Sign up", related, StringComparison.Ordinal);
    }

    // A picture's caption, named so by its class, leaves the body with the picture; a wrapper named so that holds the
    // whole article is still read.
    [Fact]
    public void CaptionIsLeftOut()
    {
        var caption = "<div class=image><img src=a.jpg><p class=caption>The mayor at Tuesday's meeting. Picture: City Hall</p></div>";
        var body = InArticle($"{Paragraphs(2)}{caption}{Paragraphs(3, 3)}");
        Assert.Contains("Paragraph 4.", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Picture: City Hall", body, StringComparison.Ordinal);
        var wrapped = Body($"<html><head><title>Council report</title></head><body><div class=credit>{Paragraphs(6)}</div></body></html>");
        Assert.Contains("Paragraph 6.", wrapped, StringComparison.Ordinal);
    }

    // The author's box under the article (a name and a short biography) is page furniture.
    [Fact]
    public void AuthorBoxIsLeftOut()
    {
        var box = "<div class=author-bio><p>Jane Doe</p><p>Jane covers local politics, schools and transport, and has lived in the town since 1990.</p></div>";
        var body = InArticle($"{Paragraphs(5)}{box}");
        Assert.Contains("Paragraph 5.", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Jane covers", body, StringComparison.Ordinal);
    }

    // A post quoted with a social network's embed code is the post, not the article; a quotation of the article's own stays.
    [Fact]
    public void SocialEmbedIsLeftOut()
    {
        var tweet = "<blockquote class=twitter-tweet><p>Best pick of the season, easily, no doubt about it #fantasy</p>&mdash; Pat (@pat) <a href=/s/1>November 2, 2012</a></blockquote>";
        var quote = "<blockquote><p>We will publish everything we found, every page of it, next month.</p></blockquote>";
        var body = InArticle($"{Paragraphs(3)}{tweet}{quote}{Paragraphs(2, 4)}");
        Assert.DoesNotContain("Best pick", body, StringComparison.Ordinal);
        Assert.Contains("every page of it", body, StringComparison.Ordinal);
    }

    // The few words in a picture's box (its buttons, a name under a head shot) go with the picture; a paragraph that holds
    // a picture keeps its words.
    [Fact]
    public void WordsInAPictureBoxAreLeftOut()
    {
        var inset = "<div class=inset><div><p>Enlarge Image</p></div><img src=gym.jpg><div>Close</div></div>";
        var inline = "<p><img src=icon.png> Short, but the article's own.</p>";
        var body = InArticle($"{Paragraphs(3)}{inset}{inline}{Paragraphs(2, 4)}");
        Assert.DoesNotContain("Enlarge Image", body, StringComparison.Ordinal);
        Assert.Contains("the article's own", body, StringComparison.Ordinal);
    }

    // A short form with fields (subscribe, write a comment) is not the article; a form around the whole page is read.
    [Fact]
    public void ShortFormIsLeftOut()
    {
        var form = "<form><p>Subscribe to our daily letter</p><p>Email address (required)</p><input name=email></form>";
        Assert.DoesNotContain("Email address", InArticle($"{Paragraphs(4)}{form}{Paragraphs(1, 5)}"), StringComparison.Ordinal);
        var page = Body($"<html><body><form><input type=hidden name=state><div class=content>{Paragraphs(5)}</div></form></body></html>");
        Assert.Contains("Paragraph 5.", page, StringComparison.Ordinal);
    }

    // A box inside the story that outscores the writer's few paragraphs by itself (a press release of many paragraphs)
    // does not stand for the story: the story's container, which scores more than the box's wrapper, is the body.
    [Fact]
    public void ParentScoringMoreThanTheBoxBelowItIsTheBody()
    {
        var release = string.Concat(Enumerable.Range(1, 12).Select(i => $"<p>Release paragraph {i}, {Sentence}, {Sentence}.</p>"));
        var html = $"<html><body><div class=post>{Paragraphs(4)}<div id=box><div id=text>{release}</div></div></div><div class=teasers><p>Another story.</p></div></body></html>";
        var body = Body(html);
        Assert.Contains("Paragraph 1.", body, StringComparison.Ordinal);
        Assert.Contains("Release paragraph 12,", body, StringComparison.Ordinal);
    }

    // After the article: a paragraph opening with "Related Posts:" and going on with links ends it, and so do a closing
    // label of one or two words and the copyright line; a closing sentence that announces something stays.
    [Fact]
    public void RelatedLinksLabelsAndCopyrightEndTheArticle()
    {
        var related = "<p><strong>Related Posts:</strong><br><a href=/a>A story about something else entirely</a><br><a href=/b>And one more of those</a></p>";
        var body = InArticle($"{Paragraphs(4)}<p>Bonus Galleries:</p>{related}<p>Paragraph 9, {Sentence}.</p>");
        Assert.Contains("Paragraph 4.", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Bonus Galleries", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Related Posts", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Paragraph 9", body, StringComparison.Ordinal);
        Assert.EndsWith("Watch the video below:", InArticle($"{Paragraphs(4)}<p>Watch the video below:</p>"), StringComparison.Ordinal);
        Assert.EndsWith("next month.", InArticle($"{Paragraphs(4)}<p>All rights reserved © 2006-2010 Example Media, Inc.</p>"), StringComparison.Ordinal);
    }

    // A sentence printed three times or more between paragraphs is the page's, whatever its length or script; a long rule
    // printed so stays.
    [Fact]
    public void SentenceRepeatedThreeTimesIsLeftOut()
    {
        var notice = "<p>記事に『リアクション』ができます。ご利用には会員登録が必要です。ログインしてください。</p>";
        var body = InArticle($"{Paragraphs(3)}{notice}{notice}{notice}{Paragraphs(2, 4)}");
        Assert.DoesNotContain("リアクション", body, StringComparison.Ordinal);
        Assert.Contains("Paragraph 5.", body, StringComparison.Ordinal);
    }

    // A paragraph in a wrapper of its own whose words are mostly a link, with words before it and a full stop after it, is
    // a sentence of the article, not a box of links.
    [Fact]
    public void SentenceMostlyOfALinkStays()
    {
        var linked = "<div class=block><p>It also <a href=/x>co-ordinates military plans and carries out joint military exercises</a>.</p></div>";
        var links = "<div class=block><p><a href=/a>Share on Facebook</a> <a href=/b>Share by email</a></p></div>";
        var body = InArticle($"{Paragraphs(3)}{linked}{links}{Paragraphs(2, 4)}");
        Assert.Contains("co-ordinates military plans", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Share on Facebook", body, StringComparison.Ordinal);
    }

    // A box that says it is a button (a video's play box with the clip's title, age and length) is left out, as a
    // <button> is; a link drawn as a button stays a link.
    [Fact]
    public void ElementWithButtonRoleIsLeftOut()
    {
        var player = "<div role=button><h3>Some Palestinians worry about the ceasefire talks</h3><span>14 hours ago</span><div>Duration 1:30</div></div>";
        var body = InArticle($"{Paragraphs(3)}{player}{Paragraphs(2, 4)}");
        Assert.DoesNotContain("Duration", body, StringComparison.Ordinal);
        Assert.Contains("Paragraph 5.", body, StringComparison.Ordinal);
    }

    // The lines that file and credit the story below its last paragraph (its source, editor, the site it came via, a
    // picture's credit, its labels) are left out; above the text such a line stays.
    [Theory]
    [InlineData("<p>来源：南方都市报</p>")]
    [InlineData("<p>（ 责任编辑：魏喆 ）</p>")]
    [InlineData("<p>[via Android Police]</p>")]
    [InlineData("<p>Photo Credit: FameFlynet</p>")]
    [InlineData("<p>Labels: GOProud, homocons, Jimmy LaSalvia</p>")]
    [InlineData("<p>Posted in: Fantasy |</p>")]
    public void CreditLinesEndTheArticle(string credit)
    {
        Assert.EndsWith("next month.", InArticle($"{Paragraphs(4)}{credit}"), StringComparison.Ordinal);
        Assert.StartsWith("via XKCD", InArticle($"<p>via XKCD</p>{Paragraphs(4)}"), StringComparison.Ordinal);
    }

    // A box whose name ends in a furniture word is furniture even when an article word comes first ("article-social",
    // "post-share"); one whose name ends in an article word ("social-content") is not.
    [Fact]
    public void NameIsReadByItsLastWord()
    {
        var share = "<div class=post-share><p>Share this article with your friends and family today</p></div>";
        var body = InArticle($"{Paragraphs(4)}{share}");
        Assert.DoesNotContain("Share this article", body, StringComparison.Ordinal);
        var kept = InArticle($"{Paragraphs(4)}<div class=share-content><p>Paragraph 9. {Sentence}.</p></div>");
        Assert.Contains("Paragraph 9.", kept, StringComparison.Ordinal);
    }

    // An excerpt that ends on a "Read more" link is another page's teaser, and goes with its heading and date; a link
    // inside a sentence that reads "more" stays.
    [Fact]
    public void ExcerptEndingOnReadMoreIsATeaser()
    {
        static string Teaser(int n) => $"<li><h3>Other story number {n} about the launch</h3><p>First consoles go on sale with a midnight launch event <a href=/s{n}>Read more...</a></p><p>2012-11-0{n}</p></li>";
        var body = InArticle($"{Paragraphs(4)}<ul>{Teaser(1)}{Teaser(2)}{Teaser(3)}</ul>");
        Assert.DoesNotContain("Other story", body, StringComparison.Ordinal);
        Assert.DoesNotContain("midnight launch", body, StringComparison.Ordinal);
        Assert.Contains("Paragraph 4.", body, StringComparison.Ordinal);
    }

    // A blog page that prints several posts, each in a box of one name under its own title, is read from the first post,
    // even when a later one is longer; the same boxes side by side are one article in parts.
    [Fact]
    public void FirstOfSeveralPostsIsTheArticle()
    {
        static string Post(int n, int paragraphs) => $"<table><tr><td>Post {n} title</td></tr><tr><td><div class=post-body>{Paragraphs(paragraphs, n * 10)}</div></td></tr></table>";
        var body = Body($"<html><body>{Post(1, 3)}{Post(2, 6)}</body></html>");
        Assert.Contains("Paragraph 11.", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Paragraph 21.", body, StringComparison.Ordinal);
        var parts = Body($"<html><body><div><div class=post-body>{Paragraphs(3)}</div><div class=post-body>{Paragraphs(6, 10)}</div></div></body></html>");
        Assert.Contains("Paragraph 15.", parts, StringComparison.Ordinal);
    }
}
