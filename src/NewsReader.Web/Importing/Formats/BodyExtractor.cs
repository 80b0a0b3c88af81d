using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace NewsReader.Web.Importing.Formats;

/// <summary>
/// Finds a saved page's article text by scoring, the way Mozilla Readability does, rather than by trusting the first
/// <c>&lt;article&gt;</c> or <c>&lt;main&gt;</c>: every paragraph-like element gives points for its length and commas to
/// its ancestors (five levels, less for each); a container's class or id adds or takes points (<c>article-body</c> against
/// <c>sidebar</c>, compared as whole words so that <c>l-sidebar-fixed</c> around a body does not sink it); the points are
/// weighed by how little of the text is links. The best container (or the nearest ancestor holding three of the best) and
/// its siblings that score near it are the body, read in order as paragraphs (<c>p</c>, list items, block quotes, text
/// written in <c>div</c>s or split by <c>br</c>) and subheadings (<c>h2</c>–<c>h6</c>). Containers named like page
/// furniture (share bars, comments, newsletter boxes) are left out, unless that leaves too little text; inside the body,
/// boxes are judged by their shape (teaser cards, boxes mostly of links, captions, a picture's few words, social embeds,
/// short forms) and leave it too.
/// </summary>
public static partial class BodyExtractor
{
    public readonly record struct Block(string Text, bool IsHeading);

    // Class and id words that mark page furniture, and those that mark the article (Readability's lists, adjusted for news
    // sites, with the author's box under the article: <div id="mini-bio">, <div class="content_component signature">),
    // compared with each word of an element's class and id.
    private static readonly HashSet<string> UnlikelyWords = new(StringComparer.OrdinalIgnoreCase) { "ad", "ads", "adv", "advert", "advertisement", "author", "banner", "bio", "biography", "signature", "breadcrumb", "breadcrumbs", "byline", "combx", "comment", "comments", "community", "consent", "cookie", "disqus", "extra", "footer", "gdpr", "login", "masthead", "menu", "meta", "modal", "nav", "navbar", "navigation", "newsletter", "outbrain", "pager", "pagination", "paywall", "popular", "popup", "print", "promo", "recommendations", "recommended", "related", "remark", "replies", "rss", "share", "sharing", "shoutbox", "sidebar", "signup", "skyscraper", "social", "sponsor", "sponsored", "subscribe", "subscription", "supplemental", "taboola", "tags", "toolbar", "trending", "widget" };

    // Furniture that can be long but is never the article: readers' comments, related and recommended links.
    private static readonly HashSet<string> NeverArticleWords = new(StringComparer.OrdinalIgnoreCase) { "comment", "commentlist", "comments", "discussion", "disqus", "newsletter", "outbrain", "recommendations", "recommended", "related", "replies", "respond", "taboola" };

    // Class and id words that name a picture's caption or credit.
    private static readonly HashSet<string> CaptionWords = new(StringComparer.OrdinalIgnoreCase) { "caption", "credit", "credits", "imagecaption", "figcaption", "wp-caption-text" };

    private static readonly HashSet<string> LikelyWords = new(StringComparer.OrdinalIgnoreCase) { "article", "articlebody", "articletext", "blog", "body", "content", "detail", "entry", "hentry", "isi", "itemprop", "konten", "main", "page", "post", "read", "reader", "story", "text" };

    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "svg", "button", "select", "input", "textarea", "nav", "dialog",
        "object", "embed", "canvas", "video", "audio", "picture", "img", "figure", "aside", "footer", "menu", "header",
    };

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "ul", "ol", "li", "table", "tr", "td", "th", "tbody", "blockquote", "pre",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "dl", "dt", "dd", "figure", "figcaption", "center", "address", "hr",
    };

    /// <summary>The article's blocks in reading order, or none when the page holds no text worth reading.</summary>
    public static List<Block> Extract(IDocument document, string? title)
    {
        var body = document.Body;
        if (body is null) return [];
        foreach (var frame in PictureFrames(body)) frame.Remove();
        foreach (var form in body.QuerySelectorAll("form").ToList()) if (IsShortForm(form)) form.Remove();
        // The Washington Post's dek under the headline ("<h2 data-qa=subheadline>", before the body's first paragraph): the
        // standfirst, no heading of the body. A pull quote repeats the body's words in large type, its speaker under it as if
        // a heading.
        var firstParagraph = body.QuerySelectorAll("p").FirstOrDefault(p => p.TextContent.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 15);
        foreach (var dek in body.QuerySelectorAll("[data-qa=subheadline]").ToList())
            if (firstParagraph is null || dek.CompareDocumentPosition(firstParagraph).HasFlag(DocumentPositions.Following)) dek.Remove();
        foreach (var repeated in body.QuerySelectorAll("[data-qa=pull-quote], .pullquote, .pull-quote, blockquote[class*=pullquote], blockquote[class*=pull-quote], aside[class*=pullquote], aside[class*=pull-quote]").ToList())
            repeated.Remove();
        foreach (var element in body.QuerySelectorAll("*").ToList())
            if (Dropped.Contains(element.LocalName) || element.HasAttribute("hidden") || element.GetAttribute("aria-hidden") == "true" || IsStyledHidden(element)
                || element.GetAttribute("role") is "navigation" or "complementary" or "banner" or "contentinfo" or "dialog" || IsButton(element))
                element.Remove();
        // As Readability does: first without the containers named like page furniture; when that leaves too little (the
        // article sat in a wrapper with a furniture-like name), again with them. The first pass skips them rather than
        // removing them, so that the second reads the same page.
        var whole = new Pass(body, []);
        var skipped = new HashSet<IElement>();
        foreach (var element in body.QuerySelectorAll("*"))
            if (!skipped.Contains(element) && whole.IsUnlikely(element))
            {
                skipped.Add(element);
                foreach (var inner in element.QuerySelectorAll("*")) skipped.Add(inner);
            }
        return WithoutFooterLines(WithoutRelatedTail(WithoutHeaderLines(WithoutButtonRuns(WithoutRepeats(Read(body, whole, skipped, title))), title)));
    }

    // An element that says it is a button is one, as a <button> is, whatever tag draws it: a video's play box with the
    // clip's title, age and length on it (CBC's <div class="player-placeholder-video-ui" role="button"> reading "Some
    // Palestians worry Sinwar's appointment could impact ceasefire negotiations 14 hours ago Duration 1:30"). A button is
    // a label, so one holding more text than a few lines is not taken at its word; and a link drawn as a button (Asahi's
    // share links, <a role="button" href="https://www.facebook.com/sharer?…">) stays a link, whose weight in its box tells
    // a bar of links from the article.
    private static bool IsButton(IElement element) =>
        element.LocalName != "a" && element.GetAttribute("role") == "button" && element.TextContent.Count(c => !char.IsWhiteSpace(c)) <= ButtonText;

    private const int ButtonText = 200;

    // The box a picture stands in with a few words of its own: its name or credit, its buttons ("Enlarge Image", "Close"),
    // a share label ("分享让更多人看到"), a columnist's name over his head shot ("Paul Begala"). It goes with the picture:
    // the largest ancestor of a picture, below the paragraph or list item that may hold it, with at most FrameText
    // visible characters.
    private static List<IElement> PictureFrames(IElement body)
    {
        var frames = new List<IElement>();
        foreach (var image in body.QuerySelectorAll("img, picture, video"))
        {
            IElement? frame = null;
            for (var up = image.ParentElement; up is not null && up != body && up.LocalName is not ("p" or "td" or "li" or "article" or "main"); up = up.ParentElement)
            {
                if (up.TextContent.Count(c => !char.IsWhiteSpace(c)) > FrameText) break;
                frame = up;
            }
            if (frame is not null && frame.TextContent.Any(c => !char.IsWhiteSpace(c))) frames.Add(frame);
        }
        return frames;
    }

    private const int FrameText = 30;

    // A form with fields and little text of its own is a box to fill in (subscribe, search, write a comment: "Name
    // (required) Email Address (required) Website"), not the article; a form around the whole page (ASP.NET's) holds the
    // article's text and stays.
    private static bool IsShortForm(IElement form) =>
        form.QuerySelector("input, textarea, select") is not null && form.TextContent.Count(c => !char.IsWhiteSpace(c)) <= FormText;

    private const int FormText = 300;

    // A page that prints the article twice (a print or lightbox copy beside the page's own) gives it once: when the blocks
    // from the first to some point stand again, in the same order, right after it, the second copy goes. Paragraphs an
    // article itself repeats (a list quoted twice) are not the whole text before them, and stay; so does a paragraph that
    // follows itself (the copy is two blocks at least, the first two different).
    private static List<Block> WithoutRepeats(List<Block> blocks)
    {
        if (blocks.Count < 4 || blocks[0].Text.Length < 40 || blocks[1].Text == blocks[0].Text) return blocks;
        for (var copy = 2; copy * 2 <= blocks.Count; copy++)
        {
            if (blocks[copy].Text != blocks[0].Text) continue;
            var same = true;
            for (var i = 1; i < copy && same; i++) same = blocks[copy + i].Text == blocks[i].Text;
            if (same) return [.. blocks[..copy], .. blocks[(copy * 2)..]];
        }
        return blocks;
    }

    // Four or more lines in a row of one or two short words each ("Teilen", "0", "E-Mail", "Mehr") are a bar of buttons or
    // labels, not the article's text, and so is a short line printed three times or more.
    private static List<Block> WithoutButtonRuns(List<Block> all)
    {
        // (Scripts written without spaces say a whole clause in as few characters, so their lines never count.)
        static bool IsUnspaced(string text) => text.Any(c => c >= '\u2E80');
        static bool IsLabel(Block block) => !block.IsHeading && block.Text.Length <= 15 && block.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 2
            && !IsUnspaced(block.Text);
        // A line the page prints again and again between paragraphs ("Article content", "記事に『リアクション』ができます。ご利用には
        // 会員登録が必要です。" under each of four buttons) is a label too: an article does not say the same line three
        // times. A short line goes whatever else the page holds; a longer one (a notice of a sentence or two) when its copies
        // are a small part of the text, not the text itself. (A few characters of Chinese repeated are a table's or a list's
        // cells, "同 上", "专家点评", a long rule "______。" separates a text's parts, and a paragraph longer than a notice is
        // the article's: they stay.)
        var total = all.Sum(b => b.Text.Length);
        bool IsRepeatedLabel(IGrouping<string, Block> copies) => copies.Count() >= 3
            && (copies.Key.Length <= 30 ? !IsUnspaced(copies.Key) : copies.Key.Length <= RepeatedNoticeLength && copies.Key.Any(char.IsLetter) && copies.Sum(b => b.Text.Length) * 4 < total);
        var labels = all.Where(b => !b.IsHeading).GroupBy(b => b.Text).Where(IsRepeatedLabel).Select(g => g.Key).ToHashSet();
        var blocks = labels.Count > 0 ? all.Where(b => !labels.Contains(b.Text)).ToList() : all;
        var kept = new List<Block>(blocks.Count);
        for (var i = 0; i < blocks.Count;)
        {
            var end = i;
            while (end < blocks.Count && IsLabel(blocks[end])) end++;
            if (end - i >= 4) { i = end; continue; }
            if (end == i) end = i + 1;
            for (; i < end; i++) kept.Add(blocks[i]);
        }
        return kept.Count > 0 ? kept : all;
    }

    private const int RepeatedNoticeLength = 80;

    // An element its own style hides ("display: none", "visibility: hidden"), as Readability leaves it out, or one whose
    // class is the usual name of a rule that hides it from sighted readers (BBC's skip link <a class="hidden">Continue
    // reading the main story</a>, "sr-only", "visually-hidden").
    private static bool IsStyledHidden(IElement element) =>
        element.GetAttribute("style") is { Length: > 0 } style && HiddenStyle().IsMatch(style)
        || element.HasAttribute("class") && element.ClassList.Any(c => HiddenClasses.Contains(c));

    private static readonly HashSet<string> HiddenClasses = new(StringComparer.OrdinalIgnoreCase)
    {
        "hidden", "hide", "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text", "screenreader-only", "a11y-hidden", "offscreen",
    };

    [GeneratedRegex(@"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenStyle();

    // What the page prints above the article inside its container: the headline again, a breadcrumb, the date and source
    // line, sharing and font buttons ("当前位置： 首页/要闻动态", "2005-04-05 06:40更新 来源：转载文章", "【字体：大 中 小】").
    [GeneratedRegex(@"^(?:原标题|当前位置|您的位置|登录|注册|分享到|【?字体|发布日期|发布时间|来源[：:]|\[?精华区)|\d{4}\s*[-/.年]\s*\d{1,2}|第\s*\d+\s*页|(?:\S+\s*[>›»]\s*){2}")]
    private static partial Regex HeaderLine();

    // What the page prints below the article inside its container: links to the previous and next article, back, print
    // and close buttons, page numbers, rules ("上一篇：…", "← 返回", "第1页/共1页 << 上一页 | 下一页 >>", "------").
    [GeneratedRegex(@"^(?:上一篇|下一篇|发表于|本[贴帖]由|←?\s*返回|打印|关闭|【?打印本页|previous article|next article|back to top)|第\s*\d+\s*页|^[-—=_·*~]{3,}$", RegexOptions.IgnoreCase)]
    private static partial Regex FooterLine();

    [GeneratedRegex(@"^\W*(?:(?:read|see)\s+(?:more|next|also)|also\s+read|more\s+on\s+this|les\s+også|läs\s+också|lue\s+myös|lire\s+aussi|lee\s+también|leia\s+também|leggi\s+anche|lesen\s+sie\s+auch|auch\s+interessant|funda\s+olunye(?:\s+udaba(?:\s+lapha)?)?|baca\s+juga)\b\s*[:|\-–—»›>]?", RegexOptions.IgnoreCase)]
    private static partial Regex ReadAlso();

    [GeneratedRegex(@"^\W*(?:read\s+more|continue\s+reading|more|weiterlesen|mehr\s+lesen|lire\s+la\s+suite|leer\s+más|leggi\s+tutto|selengkapnya|阅读全文|查看全文|続きを読む)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex MoreLink();

    [GeneratedRegex(@"^\W*(?:advertisement|advertising|anzeige|werbung|publicidad|pubblicità|publicité|annonse|annons|mainos|реклама|sponsored|pr|广告)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex AdLabel();

    // The short footer lines after the article's last paragraph go, and so does a heading there: an article does not end
    // on a subheading, and one at the end is the title of a box whose links are gone ("Taip pat skaitykite", "Related",
    // "Subscribers"); never all of the body.
    private static List<Block> WithoutFooterLines(List<Block> blocks)
    {
        var keep = blocks.Count;
        while (keep > 1 && IsFooterLine(blocks[keep - 1])) keep--;
        return keep == blocks.Count ? blocks : blocks[..keep];
    }

    // A line that can end the page's text but not the article: a heading, a footer line, a label of one or two words that
    // announced what followed it ("Bonus Galleries:", "Share this:", whose pictures and buttons are gone; a sentence that
    // does so, "Watch the video below:", is the writer's and stays), or the site's copyright notice ("All rights reserved
    // © 2006-2010 FAD Media, Inc.").
    private static bool IsFooterLine(Block block)
    {
        var text = block.Text.Trim();
        return block.IsHeading
            || text.Length <= 60 && (FooterLine().IsMatch(text) || IsLabel(text))
            || text.Length <= 160 && CopyrightLine().IsMatch(text)
            || text.Length <= CreditLength && CreditLine().IsMatch(text);

        static bool IsLabel(string text) => (text.EndsWith(':') || text.EndsWith('\uFF1A')) && text.Count(c => c == ' ') <= 1;
    }

    // The lines a page prints under the story to file and credit it, not the writer's words: where it came from and who
    // edited it ("来源：南方都市报", "文章来源：千龙网", "（ 责任编辑：魏喆 ）", "【编辑:刘欢】"), the site it was found on ("[via
    // Android Police]", "(Video via Towleroad)", "[Photos via Shutterstock]"), a picture's credit ("Photo Credit:
    // FameFlynet"), and the post's labels ("Labels: GOProud, homocons", "Tagged // appetizer, brunch", "Posted in: Fantasy
    // |"). At the end only: above it such a line can open the text ("via XKCD" over a comic's transcript).
    [GeneratedRegex(@"^[\W_]*(?:(?:文章|本文|稿件|新闻|资料)?来源|(?:责任)?编辑|稿源)\s*[:：]|^[(\[【]?\s*(?:\p{L}+\s+)?via\s+\S|^\W*(?:photo|image|picture)\s+credits?\s*:|^\W*(?:labels|tags|tagged|posted\s+in|published\s+under)\s*(?::|//)", RegexOptions.IgnoreCase)]
    private static partial Regex CreditLine();

    private const int CreditLength = 120;

    [GeneratedRegex(@"^\W*(?:©|\(c\)\s|copyright\b)|\ball rights reserved\b|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|版权所有", RegexOptions.IgnoreCase)]
    private static partial Regex CopyrightLine();

    private static readonly char[] SentencePunctuation = ['。', '，', ',', '！', '？', '!', '?'];

    // The lines above the article's first paragraph that are the page's header, not the article: short, and the
    // headline or a header line. At most the first eight go, and never all of the body.
    private static List<Block> WithoutHeaderLines(List<Block> blocks, string? title)
    {
        var drop = 0;
        while (drop < Math.Min(blocks.Count - 1, 8))
        {
            var text = blocks[drop].Text.Trim();
            var isHeadline = title is { Length: > 0 } && (string.Equals(text, title, StringComparison.OrdinalIgnoreCase)
                || text.Length >= 8 && title.StartsWith(text, StringComparison.OrdinalIgnoreCase));
            // A header line is a label, not a sentence: no comma or full stop inside it.
            if (!isHeadline && !(text.Length <= 60 && text.IndexOfAny(SentencePunctuation) < 0 && HeaderLine().IsMatch(text))) break;
            drop++;
        }
        var rest = drop == 0 ? blocks : blocks[drop..];
        // Above the first paragraph, the date line ("Erstellt: 28.04.2023, 18:16 Uhr", "17:41 JST, October 13, 2024",
        // "1 day ago") is the page's header, wherever it stands among the short lines there.
        var kept = new List<Block>(rest.Count);
        var inHeader = true;
        foreach (var block in rest)
        {
            if (block.Text.Length > 120 || kept.Count >= 4) inHeader = false;
            if (inHeader && rest.Count > 1 && block.Text.Length <= 80 && block.Text.Count(c => !char.IsWhiteSpace(c)) <= 64 && DateLine().IsMatch(block.Text)) continue;
            kept.Add(block);
        }
        return kept.Count == rest.Count ? rest : kept;
    }

    // A date or time as pages print it above the article: a clock time, a numeric date, a day and month name with the year,
    // or an age ("3 hours ago").
    [GeneratedRegex(@"\b\d{1,2}:\d{2}\b|\b\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\.?\s+\p{L}{3,}\.?\s+\d{4}\b|\b\p{L}{3,}\.?\s+\d{1,2},?\s+\d{4}\b|\b\d+\s+(?:minutes?|hours?|days?|weeks?)\s+ago\b", RegexOptions.IgnoreCase)]
    private static partial Regex DateLine();

    private static List<Block> Read(IElement body, Pass whole, HashSet<IElement> skipped, string? title)
    {
        if (skipped.Count == 0) return whole.Read(title);
        var strict = new Pass(body, skipped).Read(title);
        if (strict.Sum(b => b.Text.Length) >= MinArticleLength) return strict;
        var relaxed = whole.Read(title);
        return relaxed.Sum(b => b.Text.Length) > strict.Sum(b => b.Text.Length) ? relaxed : strict;
    }

    // Lines that announce the links after the article ("Mehr zum Thema", "Related articles", "More on this story"), in the
    // languages of the pages NewsReader reads; compared whole, without case and the punctuation around them. Callouts that
    // also stand inside articles ("Read more", "Baca juga", "Lee también") are not among them.
    private static readonly HashSet<string> RelatedMarkers = new(StringComparer.OrdinalIgnoreCase)
    {
        "related articles", "related stories", "related content", "related coverage", "related posts", "related", "related links",
        "related news", "more news", "more stories", "latest posts", "latest news", "most read", "most popular",
        "recommended", "more on this story", "you may also like",
        "you might also like", "mehr zum thema", "weitere artikel", "das könnte sie auch interessieren", "dieses thema im programm",
        "artikel terkait", "berita terkait", "sur le même sujet", "関連記事", "おすすめ情報", "相关阅读", "相关新闻", "相关文章", "相关报道", "相关链接", "延伸阅读",
    };

    // Lines that open the readers' comments or the form to write one ("12 Comments", "Leave a Reply", "发表评论"), compared
    // whole.
    [GeneratedRegex(@"^(?:(?:\d+\s+)?(?:comments?|responses?|kommentare?|commentaires?|commenti|comentarios?)|leave a (?:reply|comment)|post a comment|add a comment|发表评论|网友评论|我要评论)$", RegexOptions.IgnoreCase)]
    private static partial Regex CommentsMarker();

    // A line's words without the brackets, colons and bullets around them ("【関連記事】", "Related Posts:").
    private static string MarkerText(string line) =>
        line.Trim('\u3010', '\u3011', '[', ']', ':', '\uFF1A', '.', '\u3002', '\u2026', ' ', '\u00A0', '>', '\u203A', '\u00BB', '\u2022', '|');

    private static bool IsTailMarker(string line) => MarkerText(line) is { Length: <= 40 } text && (RelatedMarkers.Contains(text) || CommentsMarker().IsMatch(text));

    // The article ends where a line announces related links or the comments, in its second half: that line and what follows go.
    private static List<Block> WithoutRelatedTail(List<Block> blocks)
    {
        var total = blocks.Sum(b => b.Text.Length);
        var seen = 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            var text = MarkerText(blocks[i].Text);
            if (seen >= total / 2 && IsTailMarker(text)) return blocks[..i];
            // BBC's "Get in touch" box closes its stories: a line or two asking for readers' stories, then a form's link. Not an
            // advice piece's own section under that heading, which goes on.
            if (seen >= total / 2 && string.Equals(text, "get in touch", StringComparison.OrdinalIgnoreCase) && blocks.Count - i <= 4) return blocks[..i];
            // A heading that opens the comments ends the article sooner: comments under a short post can be longer than it
            // ("Comments" over forty replies to a blog post of ten paragraphs).
            if (blocks[i].IsHeading && seen >= total / 8 && seen >= 500 && text.Length <= 40 && CommentsMarker().IsMatch(text)) return blocks[..i];
            seen += blocks[i].Text.Length;
        }
        return blocks;
    }

    private const int MinArticleLength = 250;

    /// <summary>
    /// One reading of the page that leaves some elements out: the visible characters of every element and of the links in
    /// it are measured once, bottom up, so that link density costs a lookup rather than a walk of the element's subtree.
    /// </summary>
    private sealed class Pass
    {
        private readonly IElement body;
        private readonly HashSet<IElement> skipped;
        private readonly Dictionary<IElement, (int Text, int Links)> lengths = [];

        public Pass(IElement body, HashSet<IElement> skipped)
        {
            this.body = body;
            this.skipped = skipped;
            Measure(body);
        }

        public List<Block> Read(string? title)
        {
            var scores = new Dictionary<IElement, double>();
            foreach (var element in body.QuerySelectorAll("p, td, pre, li, blockquote, div, section"))
            {
                if (skipped.Contains(element)) continue;
                if (element.LocalName is "div" or "section" or "li" or "td" && HasBlockChild(element))
                {
                    // Text written straight into a container beside its blocks ("<td>text<br>text<p>sign-off</p></td>") is
                    // read as paragraphs of that container, as Readability wraps such runs in paragraphs of their own.
                    foreach (var run in InlineRuns(element)) if (run.Length >= 50) Score(scores, element, run);
                    continue;
                }
                var text = Normalize(element.TextContent);
                Score(scores, element.ParentElement, text);
            }
            if (scores.Count == 0) return Blocks(body, title);

            IElement? best = null;
            var bestScore = double.MinValue;
            foreach (var (element, score) in scores)
            {
                var weighed = score * (1 - LinkDensity(element));
                scores[element] = weighed;
                if (weighed > bestScore) (best, bestScore) = (element, weighed);
            }
            // A body split over sibling containers (each paragraph in its own block): the nearest container, from the best
            // one up, that holds at least three of the best candidates is the body (the best one itself when the others are
            // its own blocks, so that its parent's teasers stay out).
            var top = scores.Where(e => e.Value >= bestScore * 0.75).OrderByDescending(e => e.Value).Take(5).Select(e => e.Key).ToList();
            if (top.Count >= 3)
                for (var ancestor = best; ancestor is not null && ancestor != body.ParentElement; ancestor = ancestor.ParentElement)
                    if (top.Count(candidate => ancestor.Contains(candidate)) >= 3)
                    {
                        best = ancestor;
                        bestScore = Math.Max(bestScore, scores.GetValueOrDefault(ancestor));
                        break;
                    }
            (best, bestScore) = RisingParent(scores, best!, bestScore);
            if (FirstPost(best, scores, bestScore) is { } first) (best, bestScore) = (first, scores[first]);

            // A wrapper that holds nothing but the best candidate is the candidate, so that its siblings are the body's other
            // parts (Jyllands-Posten prints each run of paragraphs in a <div class="…text-width"><div>…</div></div> of its own).
            while (best != body && best!.ParentElement is { } wrapper && wrapper != body && wrapper.Children.Length == 1) best = wrapper;
            var content = new List<IElement>();
            var threshold = Math.Max(10, bestScore * 0.2);
            // As Readability does: a sibling named as the best candidate is, by its class, is a part of the same body.
            var bestClass = best.GetAttribute("class");
            if (best!.ParentElement is { } siblingsParent && best != body)
            {
                foreach (var sibling in siblingsParent.Children)
                {
                    if (sibling == best) { content.Add(sibling); continue; }
                    if (skipped.Contains(sibling)) continue;
                    var text = Normalize(sibling.TextContent);
                    var density = LinkDensity(sibling);
                    var bonus = !string.IsNullOrWhiteSpace(bestClass) && sibling.GetAttribute("class") == bestClass ? bestScore * 0.2 : 0;
                    if (scores.TryGetValue(sibling, out var score) && score + bonus >= threshold
                        || sibling.LocalName == "p" && (text.Length > 80 && density < 0.25 || text.Length > 0 && density == 0 && text.EndsWith('.')))
                        content.Add(sibling);
                }
            }
            else content.Add(best);

            var blocks = new List<Block>();
            foreach (var element in content) blocks.AddRange(Blocks(element, title));
            return blocks;
        }

        // As Readability does: a parent that scores more than the candidate below it holds more of the article than the
        // best candidate does (a box inside the story, a press release of fifteen paragraphs under four of the writer's,
        // scores highest by itself, while the story's own container gets the writer's paragraphs in full and the box's
        // at a sixth). The climb goes up through scored parents while their scores stay above a third of the best's, and
        // stops at the first parent that scores more than the one below it.
        private (IElement Best, double Score) RisingParent(Dictionary<IElement, double> scores, IElement best, double bestScore)
        {
            var floor = bestScore / 3;
            var last = bestScore;
            for (var parent = best.ParentElement; parent is not null && parent != body; parent = parent.ParentElement)
            {
                if (!scores.TryGetValue(parent, out var score)) continue;
                if (score < floor) break;
                if (score > last) return (parent, score);
                last = score;
            }
            return (best, bestScore);
        }

        // A blog's page that prints several posts, each in a box of the same name apart from the others (<td
        // class="post-body"> under each post's title and date), is read from its first post, the one the page is for, as
        // trafilatura reads the first "post-body": the longest post is not the page's. Boxes of one name side by side are
        // one article cut into parts, and stay the siblings' business; and the first is a post only when it reads as one,
        // scoring at least a quarter of the best (a site's box of five teaser lines named "content" like the article's,
        // above it, is not).
        private IElement? FirstPost(IElement best, Dictionary<IElement, double> scores, double bestScore)
        {
            if (best.GetAttribute("class") is not { Length: > 0 } name || !IsNamedLikely(name)) return null;
            var posts = body.QuerySelectorAll(best.LocalName).Where(e => e.GetAttribute("class") == name && !skipped.Contains(e)
                && Normalize(e.TextContent).Length >= MinPostLength).ToList();
            if (posts.Count < 2 || posts[0] == best || posts[0].ParentElement == best.ParentElement) return null;
            if (!scores.TryGetValue(posts[0], out var score) || score < bestScore / 4) return null;
            return posts.Any(p => posts.Any(q => p != q && p.Contains(q))) ? null : posts[0];
        }

        private const int MinPostLength = 200;

        private static void Score(Dictionary<IElement, double> scores, IElement? parent, string text)
        {
            if (text.Length < 25) return;
            var points = 1.0 + Commas(text) + Math.Min(text.Length / 100.0, 3);
            var ancestor = parent;
            for (var level = 0; ancestor is not null && level < 5; level++, ancestor = ancestor.ParentElement)
            {
                if (!scores.ContainsKey(ancestor)) scores[ancestor] = Initial(ancestor);
                scores[ancestor] += points / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
            }
        }

        // The runs of text a container holds outside its block children, split at line breaks: each inline node is read
        // once, by its nearest block ancestor.
        private List<string> InlineRuns(IElement element)
        {
            var runs = new List<string>();
            var pending = new System.Text.StringBuilder();
            void Flush()
            {
                if (pending.Length > 0) runs.Add(Normalize(pending.ToString()));
                pending.Clear();
            }
            void Walk(INode node)
            {
                foreach (var child in node.ChildNodes)
                {
                    if (child is IText text) pending.Append(text.Data);
                    else if (child is IElement inner && !skipped.Contains(inner))
                    {
                        if (inner.LocalName == "br" || BlockTags.Contains(inner.LocalName)) Flush();
                        else Walk(inner);
                    }
                }
            }
            Walk(element);
            Flush();
            return runs;
        }

        // A container named like page furniture, unless it holds much of the page's text and is not itself mostly links;
        // comments and related links are furniture whatever their length.
        public bool IsUnlikely(IElement element)
        {
            if (element.LocalName is "body" or "html" or "article" or "main" or "a") return false;
            var names = Names(element);
            if (names.Length <= 1 || !HasWord(names, UnlikelyWords) || IsNamedLikely(names)) return false;
            if (HasWord(names, NeverArticleWords)) return true;
            return Normalize(element.TextContent).Length < 2000 || LinkDensity(element) > 0.5;
        }

        private (int Text, int Links) Measure(IElement element)
        {
            var text = 0;
            var links = 0;
            foreach (var child in element.ChildNodes)
            {
                if (child is IText node)
                {
                    foreach (var c in node.Data)
                        if (!char.IsWhiteSpace(c)) text++;
                }
                else if (child is IElement inner && !skipped.Contains(inner))
                {
                    var (innerText, innerLinks) = Measure(inner);
                    text += innerText;
                    links += innerLinks;
                }
            }
            if (element.LocalName == "a") links = text;
            lengths[element] = (text, links);
            return (text, links);
        }

        private double LinkDensity(IElement element)
        {
            var (text, links) = lengths.TryGetValue(element, out var measured) ? measured : Measure(element);
            return text == 0 ? 0 : Math.Min(1, (double)links / text);
        }

        // A pointer to another story inside the article ("Read more: …", "ALSO READ | …", "Les også: …") whose words are
        // mostly that story's link, or the bare label of an advertisement ("Advertisement", "Anzeige", "[PR]").
        private bool IsCallout(IElement element, string text) =>
            text.Length <= 40 && AdLabel().IsMatch(text)
            || ReadAlso().IsMatch(text) && (LinkDensity(element) >= 0.4 || text.Length <= 20);

        // A card that points to another story: a heading that is wholly a link, with what stands around it in its box
        // (a kicker, a date, a line or two of summary; at most TeaserText characters outside links). Teasers after or
        // inside the article are printed so ("Taip pat skaitykite" over <div class=news><h3><a>Povilas
        // Aleksandravičius. Sedimentacija…</a></h3><span>2024.03.17 08:00</span></div>; MDR's
        // <div class=teaser><div>Zum Anhören</div><h2><a>Gesperrte A2: …</a></h2><p>Eine fünfköpfige Motoradstaffel …</p></div>),
        // while an article's own subheadings are plain text.
        private HashSet<IElement> TeaserCards(IElement root)
        {
            var cards = new HashSet<IElement>();
            foreach (var element in root.QuerySelectorAll("h1, h2, h3, h4, h5, h6, a"))
            {
                if (skipped.Contains(element) || lengths.GetValueOrDefault(element).Text == 0) continue;
                // A link around a whole box (<a><div>How the ADL's … <div>Alice Speri</div></div></a>) is a card too, and a
                // heading inside such a link starts its card there.
                var card = element.LocalName == "a" ? (HasBlockChild(element) || IsMoreLink(element) ? element : null)
                    : element.Closest("a") is { } link && root.Contains(link) ? link
                    : LinkDensity(element) >= 0.9 ? element : null;
                if (card is null) continue;
                while (card.ParentElement is { } parent && parent != root && NonLinkText(parent) <= TeaserText) card = parent;
                cards.Add(card);
            }
            return cards;
        }

        private const int TeaserText = 300;

        // A link that closes a few lines by offering the rest of them ("First Wii U consoles go on sale in New York on Nov.
        // 18 with midnight launch event <a>Read more...</a>", under the story's heading and over its date) is the end of an
        // excerpt of another page: the excerpt, its heading and date are a card, as a linked heading's are.
        private static bool IsMoreLink(IElement link) =>
            MoreLink().IsMatch(Normalize(link.TextContent)) && IsLast(link);

        // Whether nothing but white space follows a node in its parent.
        private static bool IsLast(INode node)
        {
            for (var next = node.NextSibling; next is not null; next = next.NextSibling)
                if (next is IElement || next is IText text && !string.IsNullOrWhiteSpace(text.Data)) return false;
            return true;
        }

        // A post from a social network quoted as the network's embed code gives it (<blockquote class="twitter-tweet">,
        // "instagram-media", "tiktok-embed", Facebook's "fb-xfbml-parse-ignore"): a script turns it into a card, and without
        // the script it is the post's text and its author's name and date ("Diposting oleh … pada Selasa, 7 …"), not the
        // article's words.
        private static bool IsSocialEmbed(IElement element) =>
            element.LocalName == "blockquote" && element.ClassList.Any(c => c is "twitter-tweet" or "twitter-video" or "instagram-media" or "tiktok-embed" or "fb-xfbml-parse-ignore");

        // A picture's caption or credit, named so by its class, once the picture itself is gone: short text beside the
        // paragraphs that describes what is no longer there (<p class="caption">Mother-of-three Maha al Musa says she is
        // proud … Picture: Woman's Day</p>, <div class=caption><p>12일 서울 여의도 … 뉴시스</p></div>). A wrapper that holds
        // more text than a caption is read whatever its name.
        private bool IsCaption(IElement element) =>
            lengths.GetValueOrDefault(element).Text <= 400 && HasWord((element.GetAttribute("class") ?? "") + " " + (element.Id ?? ""), CaptionWords);

        // A box inside the article that is mostly links and not prose (fewer than ten commas), as Readability's
        // conditional cleaning judges it: the sharing and previous/next links at the article's end ("Print Story Email
        // Story Reprints", "Pin It Tweet", "Previous Post Cookie Crumb Caramel Microwave Fudge"), a press office's "Read
        // our Blog: FDA Voice / Visit the FDA on Facebook, Flickr, YouTube and Twitter", a "Lire aussi" box pointing to
        // another story. The article's own paragraphs hold a link here and there, far below a quarter of their words.
        private HashSet<IElement> LinkBoxes(IElement root)
        {
            var boxes = new HashSet<IElement>();
            foreach (var box in root.QuerySelectorAll("div, section, ul, ol, table, dl"))
                if (!skipped.Contains(box) && LinkDensity(box) > LinkBoxDensity && Commas(box.TextContent) < 10 && !IsLinkedSentence(box)) boxes.Add(box);
            return boxes;
        }

        // A wrapper around one paragraph of the article whose words are mostly a link ("<div data-component=text-block><p>It
        // also <a>co-ordinates military plans and carries out joint military exercises</a>.</p></div>"): a sentence, with
        // words of its own before the link and a full stop after it, not a box of links.
        private bool IsLinkedSentence(IElement box)
        {
            if (box.QuerySelectorAll("p, li, h1, h2, h3, h4, h5, h6, td").ToList() is not [{ LocalName: "p" } paragraph]) return false;
            var text = Normalize(paragraph.TextContent);
            return text.Length == Normalize(box.TextContent).Length && NonLinkText(paragraph) >= 5
                && text.TrimEnd('"', '\u201D', '\u2019', '\'', ')') is [.., '.' or '!' or '?' or '\u3002']
                && paragraph.FirstChild is IText first && !string.IsNullOrWhiteSpace(first.Data);
        }

        private const double LinkBoxDensity = 0.25;

        // A paragraph that opens with a line announcing related links and goes on with those links ("<p><strong>Related
        // Posts:</strong><br><a>…</a><br><a>…</a></p>") is read as its opening line alone, so that the article ends there.
        private string? LinkListMarker(IElement element, string text)
        {
            var colon = text.IndexOfAny([':', '\uFF1A']);
            if (colon <= 0 || colon > 40 || LinkDensity(element) < 0.5) return null;
            var marker = text[..(colon + 1)];
            return IsTailMarker(marker) ? marker : null;
        }

        private int NonLinkText(IElement element)
        {
            var (text, links) = lengths.TryGetValue(element, out var measured) ? measured : Measure(element);
            return text - links;
        }

        // The blocks of one container in reading order: paragraphs, list items, quotes and headings, and the text written
        // straight into divs or split by <br>.
        private List<Block> Blocks(IElement root, string? title)
        {
            var cards = TeaserCards(root);
            var boxes = LinkBoxes(root);
            var blocks = new List<Block>();
            var pending = new System.Text.StringBuilder();
            void Flush()
            {
                var text = Normalize(pending.ToString());
                pending.Clear();
                if (text.Length > 0) blocks.Add(new Block(text, false));
            }
            void Walk(INode node)
            {
                foreach (var child in node.ChildNodes)
                {
                    if (child is IText textNode) { pending.Append(textNode.Data); continue; }
                    if (child is not IElement element || skipped.Contains(element) || cards.Contains(element)) continue;
                    if (IsCaption(element) || IsSocialEmbed(element)) continue;
                    if (boxes.Contains(element))
                    {
                        // The box goes, but a line that opens it by announcing related links stays, so the article still
                        // ends there.
                        Flush();
                        if (Blocks(element, title) is [var first, ..] && IsTailMarker(first.Text)) blocks.Add(first);
                        continue;
                    }
                    var name = element.LocalName;
                    if (name == "br") { Flush(); continue; }
                    if (name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6")
                    {
                        Flush();
                        var heading = Normalize(element.TextContent);
                        if (heading.Length > 0 && !string.Equals(heading, title, StringComparison.OrdinalIgnoreCase) && name != "h1") blocks.Add(new Block(heading, true));
                        continue;
                    }
                    if (name is "ul" or "ol" or "table" or "dl" && LinkDensity(element) > 0.5) continue;
                    if (name is "p" or "li" or "blockquote" or "pre" or "td" or "dd" or "dt" && !HasBlockChild(element))
                    {
                        Flush();
                        var text = Normalize(TextWithBreaks(element));
                        if (text.Length == 0 || name == "li" && LinkDensity(element) > 0.5 || IsCallout(element, text)) continue;
                        blocks.Add(new Block(LinkListMarker(element, text) ?? text, false));
                        continue;
                    }
                    if (BlockTags.Contains(name))
                    {
                        Flush();
                        Walk(element);
                        Flush();
                        continue;
                    }
                    Walk(element); // inline: its text joins the paragraph being read
                }
            }
            Walk(root);
            Flush();
            return blocks;
        }
    }

    // Class and id words are compared whole, split at spaces, hyphens and underscores: "l-sidebar-fixed" holds "sidebar",
    // "sidebarred" does not.
    private static bool HasWord(string names, HashSet<string> words)
    {
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        var span = names.AsSpan();
        var start = 0;
        for (var i = 0; i <= span.Length; i++)
        {
            if (i < span.Length && span[i] is not (' ' or '-' or '_' or '\t' or '\n')) continue;
            if (i > start && lookup.Contains(span[start..i])) return true;
            start = i + 1;
        }
        return false;
    }

    // Whether a class or id names a part of the article. A name of several words is named by its last telling word, as a
    // compound is by its head: "entry-content" and "story-body" are the article, "article-social-holder" (Focus' bar of
    // share and error-report buttons), "post-share" (Der Postillon's "Artikel mit Freunden teilen:") and "entry-meta" are
    // furniture of the article, not the article.
    private static bool IsNamedLikely(string names)
    {
        foreach (var name in names.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var likely = false;
            foreach (var word in name.Split(['-', '_', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries))
            {
                if (LikelyWords.Contains(word)) likely = true;
                else if (UnlikelyWords.Contains(word)) likely = false;
            }
            if (likely) return true;
        }
        return false;
    }

    // What an element is named: its class, its id, and the component or test id a page built from components gives it (BBC's
    // data-component="byline-block", data-testid="byline-new-contributors").
    private static string Names(IElement element) =>
        (element.GetAttribute("class") ?? "") + " " + (element.Id ?? "") + " " + (element.GetAttribute("data-component") ?? "") + " " + (element.GetAttribute("data-testid") ?? "");

    private static double Initial(IElement element)
    {
        var score = element.LocalName switch
        {
            "div" or "section" or "article" or "main" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        var names = Names(element);
        if (HasWord(names, LikelyWords)) score += 25;
        if (HasWord(names, UnlikelyWords)) score -= 25;
        if (element.GetAttribute("itemprop") is { } itemprop && itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase)) score += 25;
        if (element.LocalName == "article") score += 10;
        return score;
    }

    // An element's text with each line break read as a space, as a browser shows it: "Venue<br>Hall 2" is two words, not
    // one ("VenueHall").
    private static string TextWithBreaks(IElement element)
    {
        if (element.QuerySelector("br") is null) return element.TextContent;
        var text = new System.Text.StringBuilder();
        void Walk(INode node)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child is IText t) text.Append(t.Data);
                else if (child is IElement inner) { if (inner.LocalName == "br") text.Append(' '); else Walk(inner); }
            }
        }
        Walk(element);
        return text.ToString();
    }

    // Whether an element holds a block, directly or inside inline wrappers ("<td><font><p>…</p><table>…</table></font></td>"
    // is not one paragraph). The walk stops at the first block, so each inline element is looked at by one block only.
    private static bool HasBlockChild(IElement element)
    {
        foreach (var child in element.Children)
            if (BlockTags.Contains(child.LocalName) || !Dropped.Contains(child.LocalName) && HasBlockChild(child)) return true;
        return false;
    }

    private static int Commas(string text)
    {
        var commas = 0;
        foreach (var c in text)
            if (c is ',' or '\uFF0C' or '\u3001' or '\u060C' or '\u3002') commas++;
        return commas;
    }

    private static string Normalize(string? text) => ArticleDraft.OneLine(text);
}
