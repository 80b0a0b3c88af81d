using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace NewsReader.Web.Importing.Formats;

/// <summary>
/// Finds a saved page's article text by scoring, the way Mozilla Readability does, rather than by trusting the first
/// <c>&lt;article&gt;</c> or <c>&lt;main&gt;</c>: every paragraph-like element gives points for its length and commas to
/// its parent and grandparent; a container's class or id adds or takes points (<c>article-body</c> against
/// <c>sidebar</c>, matched as whole words so that <c>l-sidebar-fixed</c> around a body does not sink it); the points are
/// weighed by how little of the text is links. The best container and its siblings that score near it are the body, read
/// in order as paragraphs (<c>p</c>, list items, block quotes, text written as <c>div</c>s or with <c>br</c>) and
/// subheadings (<c>h2</c>–<c>h4</c>), with boxes of links, share bars and newsletter prompts inside it dropped.
/// </summary>
public static partial class BodyExtractor
{
    public readonly record struct Block(string Text, bool IsHeading);

    // Class and id words that mark page furniture, and those that mark the article; matched per word of the attribute.
    [GeneratedRegex(@"(^|[\s_-])(ad|ads|adv|advert|advertisement|banner|breadcrumbs?|combx|comments?|community|cover-wrap|disqus|extra|footer|gdpr|masthead|menu|nav|navbar|navigation|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|sponsored|supplemental|pagination|pager|popup|promo|share|sharing|newsletter|subscribe|subscription|signup|outbrain|taboola|recommended|recommendations|trending|popular|widget|tags|tag-list|cookie|consent|paywall|author-bio|byline|meta|toolbar|print|login|modal)($|[\s_-])", RegexOptions.IgnoreCase)]
    private static partial Regex Unlikely();

    // Furniture that can be long but is never the article: readers' comments, related and recommended links.
    [GeneratedRegex(@"(^|[\s_-])(comments?|comment-list|commentlist|disqus|replies|respond|discussion|related|outbrain|taboola|recommended|recommendations|newsletter)($|[\s_-])", RegexOptions.IgnoreCase)]
    private static partial Regex NeverArticle();

    [GeneratedRegex(@"(^|[\s_-])(article|articlebody|article-body|articletext|body|content|entry|entry-content|hentry|main|page|post|post-body|post-content|text|blog|story|story-body|detail|detail-text|isi|konten|read|reader|itemprop)($|[\s_-])", RegexOptions.IgnoreCase)]
    private static partial Regex Likely();

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
        if (document.Body is null) return [];
        // As Readability does: first without the page furniture's likely containers; when that leaves too little (the
        // article sat in a wrapper with a furniture-like name), again with them.
        var strict = Extract((IElement)document.Body.Clone(deep: true), title, dropUnlikely: true);
        if (strict.Sum(b => b.Text.Length) >= MinArticleLength) return strict;
        var relaxed = Extract(document.Body, title, dropUnlikely: false);
        return relaxed.Sum(b => b.Text.Length) > strict.Sum(b => b.Text.Length) ? relaxed : strict;
    }

    private const int MinArticleLength = 250;

    private static List<Block> Extract(IElement body, string? title, bool dropUnlikely)
    {
        foreach (var element in body.QuerySelectorAll("*").ToList())
        {
            if (Dropped.Contains(element.LocalName) || element.HasAttribute("hidden") || element.GetAttribute("aria-hidden") == "true"
                || element.GetAttribute("role") is "navigation" or "complementary" or "banner" or "contentinfo" or "dialog")
            {
                element.Remove();
                continue;
            }
            if (dropUnlikely && IsUnlikely(element)) element.Remove();
        }

        var scores = new Dictionary<IElement, double>();
        foreach (var element in body.QuerySelectorAll("p, td, pre, li, blockquote, div, section"))
        {
            if (element.LocalName is "div" or "section" or "li" or "td" && HasBlockChild(element)) continue;
            var text = Normalize(element.TextContent);
            if (text.Length < 25) continue;
            var points = 1.0 + Commas(text) + Math.Min(text.Length / 100.0, 3);
            var ancestor = element.ParentElement;
            for (var level = 0; ancestor is not null && level < 5; level++, ancestor = ancestor.ParentElement)
            {
                if (!scores.ContainsKey(ancestor)) scores[ancestor] = Initial(ancestor);
                scores[ancestor] += points / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
            }
        }
        if (scores.Count == 0) return Read(body, title);

        IElement? best = null;
        var bestScore = double.MinValue;
        foreach (var (element, score) in scores)
        {
            var weighed = score * (1 - LinkDensity(element));
            scores[element] = weighed;
            if (weighed > bestScore) (best, bestScore) = (element, weighed);
        }
        // A body split over sibling containers (each paragraph in its own block): the nearest ancestor that holds at least
        // three of the best candidates is the body.
        var top = scores.Where(e => e.Value >= bestScore * 0.75).OrderByDescending(e => e.Value).Take(5).Select(e => e.Key).ToList();
        if (top.Count >= 3)
            for (var ancestor = best!.ParentElement; ancestor is not null && ancestor != body.ParentElement; ancestor = ancestor.ParentElement)
                if (top.Count(candidate => ancestor.Contains(candidate)) >= 3)
                {
                    best = ancestor;
                    bestScore = Math.Max(bestScore, scores.GetValueOrDefault(ancestor));
                    break;
                }

        var content = new List<IElement>();
        var threshold = Math.Max(10, bestScore * 0.2);
        if (best!.ParentElement is { } siblingsParent && best != body)
        {
            foreach (var sibling in siblingsParent.Children)
            {
                if (sibling == best) { content.Add(sibling); continue; }
                var text = Normalize(sibling.TextContent);
                var density = LinkDensity(sibling);
                if (scores.TryGetValue(sibling, out var score) && score >= threshold
                    || sibling.LocalName == "p" && (text.Length > 80 && density < 0.25 || text.Length > 0 && density == 0 && text.EndsWith('.')))
                    content.Add(sibling);
            }
        }
        else content.Add(best);

        var blocks = new List<Block>();
        foreach (var element in content) blocks.AddRange(Read(element, title));
        return blocks;
    }

    private static bool IsUnlikely(IElement element)
    {
        if (element.LocalName is "body" or "html" or "article" or "main" or "a") return false;
        var names = (element.GetAttribute("class") ?? "") + " " + (element.Id ?? "");
        if (names.Length <= 1 || !Unlikely().IsMatch(names) || Likely().IsMatch(names)) return false;
        if (NeverArticle().IsMatch(names)) return true;
        // A wrapper that holds much of the page's text is kept whatever it is called.
        return Normalize(element.TextContent).Length < 2000 || LinkDensity(element) > 0.5;
    }

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
        var names = (element.GetAttribute("class") ?? "") + " " + (element.Id ?? "");
        if (Likely().IsMatch(names)) score += 25;
        if (Unlikely().IsMatch(names)) score -= 25;
        if (element.GetAttribute("itemprop") is { } itemprop && itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase)) score += 25;
        if (element.LocalName == "article") score += 10;
        return score;
    }

    private static bool HasBlockChild(IElement element)
    {
        foreach (var child in element.Children)
            if (BlockTags.Contains(child.LocalName)) return true;
        return false;
    }

    private static int Commas(string text)
    {
        var commas = 0;
        foreach (var c in text)
            if (c is ',' or '\uFF0C' or '\u3001' or '\u060C' or '\u3002') commas++;
        return commas;
    }

    private static double LinkDensity(IElement element)
    {
        var total = Normalize(element.TextContent).Length;
        if (total == 0) return 0;
        var links = 0;
        foreach (var link in element.QuerySelectorAll("a")) links += Normalize(link.TextContent).Length;
        return Math.Min(1, (double)links / total);
    }

    // The blocks of one container in reading order: paragraphs, list items, quotes and headings, and the text written
    // straight into divs or split by <br>.
    private static List<Block> Read(IElement root, string? title)
    {
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
                if (child is not IElement element) continue;
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
                    var text = Normalize(element.TextContent);
                    if (text.Length > 0 && !(name == "li" && LinkDensity(element) > 0.5)) blocks.Add(new Block(text, false));
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

    private static string Normalize(string? text) => ArticleDraft.OneLine(text);
}
