using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using NewsReader.Model;

namespace NewsReader.Web.Importing.Formats;

/// <summary>
/// A saved page's metadata, each field read from its evidence in a fixed order, the first that gives a value winning:
/// JSON-LD (<c>@graph</c> and arrays, the article types), then the page's meta tags (Open Graph, Twitter cards, Dublin
/// Core, Parse.ly, Sailthru and the like), then microdata (<c>itemprop</c>), then what the page shows (a byline, a
/// &lt;time&gt;, a date printed near the top). A date keeps the zone its source names; a date with none stays without.
/// </summary>
public sealed partial class PageMetadata
{
    private readonly IDocument document;
    private readonly Dictionary<string, List<string>> meta = new(StringComparer.OrdinalIgnoreCase);

    public PageMetadata(IDocument document)
    {
        this.document = document;
        foreach (var element in document.QuerySelectorAll("meta[content]"))
        {
            var content = Clean(element.GetAttribute("content"));
            if (content.Length == 0) continue;
            foreach (var key in new[] { element.GetAttribute("property"), element.GetAttribute("name"), element.GetAttribute("itemprop") })
            {
                if (string.IsNullOrWhiteSpace(key)) continue;
                if (!meta.TryGetValue(key.Trim(), out var values)) meta[key.Trim()] = values = [];
                values.Add(content);
            }
        }
        JsonLd = JsonLdArticle.Read(document);
    }

    // Paragraphs that are nothing but bold text, for a byline in the body (the body's own paragraphs stay in the page when
    // it is cut out, so they may be looked for afterwards).
    private HashSet<string> BoldLines() => boldLines ??= document.QuerySelectorAll("p > strong:only-child, p > b:only-child")
        .Where(e => Clean(e.ParentElement!.TextContent) == Clean(e.TextContent))
        .Select(e => Clean(e.TextContent)).Where(t => t.Length is > 0 and <= 80).ToHashSet(StringComparer.Ordinal);

    private HashSet<string>? boldLines;

    public JsonLdArticle JsonLd { get; }

    /// <summary>The first value of the first of these meta names (or properties, or itemprops) that the page has.</summary>
    public string? Meta(params string[] names)
    {
        foreach (var name in names)
            if (meta.TryGetValue(name, out var values)) return values[0];
        return null;
    }

    private IEnumerable<string> MetaValues(params string[] names) => names.SelectMany(n => meta.TryGetValue(n, out var v) ? v : []);

    public string? SiteName => Meta("og:site_name", "application-name", "twitter:site") ?? JsonLd.Publisher;

    // ----------------------------------------------------------------------------------------------------- published

    private static readonly string[] PublishedMeta =
    [
        "article:published_time", "og:published_time", "datePublished", "DC.date.issued", "dcterms.issued", "DC.Date.Created",
        "dcterms.created", "parsely-pub-date", "sailthru.date", "cXenseParse:publishtime", "article.published", "pubdate",
        "publishdate", "publish-date", "publish_date", "date", "DC.date", "dcterms.date", "dc.date",
    ];

    /// <summary>
    /// When the article was published, as ISO 8601: JSON-LD's <c>datePublished</c>, the meta tags, microdata, a
    /// <c>&lt;time&gt;</c>, then the first date printed in the page's text (old pages give nothing else).
    /// </summary>
    public string? Published()
    {
        var published = PublishedCandidates().Select(PageDate.Normalize).FirstOrDefault(iso => iso is not null) ?? FirstDateInText();
        // A day alone ("2022-02-13") takes its time from the first date printed with one on that day ("2022年02月13日07:48").
        if (published is { Length: 10 } day)
            published = VisibleTextNodes().SelectMany(PageDate.AllInText).FirstOrDefault(d => d.Length > 10 && d.StartsWith(day, StringComparison.Ordinal)) ?? day;
        // The time as the page prints it for its readers, zone and all, when it is the machine-readable instant to the minute:
        // "Selasa, 25 Nov 2025 15:47 WIB" over "2025-11-25T15:47:21+07:00", "May 13, 2026 1:08 PM GMT+2" over
        // "2026-05-13T11:08:14Z"; the same article copied as text gets the same date. A printed time with no zone ("10
        // February 2026 14:35") says less than the stamp, which stays.
        else if (published is { Length: > 10 } stamp && PrintedAs(stamp) is { } printed) published = printed;
        return published;
    }

    // The date line the page prints (a time element, an element whose class names a date, or a text node near the top) for
    // the same minute as the machine-readable stamp, as ISO 8601; null when the page prints none.
    private string? PrintedAs(string stamp)
    {
        if (stamp.Length <= 19 || !DateTimeOffset.TryParse(stamp, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)) return null;
        foreach (var line in PrintedDateLines())
            if (line.Length is >= 6 and <= 160 && PublishedDate.ParseLine(line) is { HasTime: true, Value: { } printed } date
                && Math.Abs((printed - instant).TotalSeconds) < 60) return date.ToIsoString();
        return null;
    }

    // Where a page prints its date: time elements and elements whose class or test id names a date, their text nodes joined by
    // spaces ("<span>May 13, 2026</span><span>1:08 PM GMT+2</span>"), then the first text nodes of the page.
    private IEnumerable<string> PrintedDateLines()
    {
        if (document.Body is null) yield break;
        foreach (var element in document.Body.QuerySelectorAll("time, [class*=date], [class*=Date], [data-testid*=Date], [class*=time]").Take(40))
            yield return ArticleDraft.OneLine(string.Join(" ", element.GetDescendants().Where(n => n.NodeType == NodeType.Text).Select(n => n.TextContent)));
        foreach (var text in VisibleTextNodes().Take(400)) yield return ArticleDraft.OneLine(text);
    }

    private IEnumerable<string?> PublishedCandidates()
    {
        yield return JsonLd.Published;
        foreach (var value in MetaValues(PublishedMeta)) yield return value;
        yield return ParselyPage("pub_date");
        foreach (var time in document.QuerySelectorAll("[itemprop=datePublished]"))
            yield return time.GetAttribute("datetime") ?? time.GetAttribute("content") ?? time.TextContent;
        yield return document.QuerySelector("time[pubdate]")?.GetAttribute("datetime");
        yield return document.QuerySelector("article time[datetime], main time[datetime]")?.GetAttribute("datetime");
        yield return document.QuerySelector("time[datetime]")?.GetAttribute("datetime");
    }

    public string? Modified() =>
        new[] { JsonLd.Modified, Meta("article:modified_time", "og:updated_time", "dateModified", "DC.date.modified", "dcterms.modified") }
            .Select(PageDate.Normalize).FirstOrDefault(d => d is not null);

    // Parse.ly's page metadata is a JSON object in one meta tag: {"title": ..., "pub_date": ..., "author": ...}.
    private string? ParselyPage(string field)
    {
        if (Meta("parsely-page") is not { } json) return null;
        try
        {
            using var page = JsonDocument.Parse(json);
            return page.RootElement.ValueKind == JsonValueKind.Object && page.RootElement.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String
                ? value.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // ------------------------------------------------------------------------------------------------------- authors

    /// <summary>
    /// The article's authors from the first evidence that names a person: JSON-LD's <c>author</c>, the author meta tags,
    /// microdata, <c>rel=author</c> links, links to the writer's page, then a visible byline and a Chinese byline in the
    /// text. Outlet names, addresses, handles and numbers are not authors; "A, B and C" is three. When no evidence names a
    /// person, an outlet named as the author ("dpa", "FOCUS online"), with <see cref="AuthorsFound.ArePeople"/> false,
    /// so that a byline in the body (<see cref="BylineInBody"/>) may still name one.
    /// </summary>
    public AuthorsFound FindAuthors()
    {
        var site = SiteName;
        // Each piece of evidence is only looked for when the ones before it named nobody.
        Func<IEnumerable<string?>>[] evidence =
        [
            () => JsonLd.Authors,
            () => MetaValues("author", "article:author", "parsely-author", "sailthru.author", "cXenseParse:author", "DC.creator", "dcterms.creator", "byl"),
            () => [ParselyPage("author")],
            () => document.QuerySelectorAll("[itemprop=author]").Select(e => e.QuerySelector("[itemprop=name]") is { } name ? ItemValue(name) : ItemValue(e)),
            () => document.QuerySelectorAll("a[rel~=author]").Select(a => a.TextContent),
            AuthorPageLinks,
            PlainBylines,
            // On a Chinese page the labelled byline in the text ("作者:孙仲旻") is surer than an element whose class says
            // "author" (there often a counter or a channel's name).
            () => IsChinesePage() ? LabelledBylines() : VisibleBylines(),
            () => IsChinesePage() ? VisibleBylines() : LabelledBylines(),
        ];
        List<string>? outlet = null;
        List<string>? named = null;
        foreach (var names in evidence)
        {
            var all = names().SelectMany(SplitNames).Where(IsAuthorText).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var given = all.Where(n => IsPersonName(n, null)).ToList();
            var people = given.Where(n => IsPersonName(n, site)).ToList();
            // "LTO" or "NTV" alone is the outlet's short name; beside a person ("Adam Vidler, AP") it is their agency.
            if (people.Count > 0 && !people.All(IsShortOutletName)) return new AuthorsFound(people, true);
            if (given.Count > 0) outlet ??= given;
            // "dpa", "mbl.is": written as the author, a name in lower case or with a dot is the outlet's or agency's.
            if (all.Count > 0) named ??= all;
        }
        return new AuthorsFound(outlet ?? named ?? [], false);
    }

    public List<string> Authors() => FindAuthors().Names;

    // Most of the first letters the page shows are Chinese characters.
    private bool IsChinesePage() => chinesePage ??= CountChinese();

    private bool? chinesePage;

    private bool CountChinese()
    {
        var letters = 0;
        var han = 0;
        foreach (var text in VisibleTextNodes())
        {
            foreach (var c in text)
            {
                if (!char.IsLetter(c)) continue;
                letters++;
                if (c is >= '\u4E00' and <= '\u9FFF') han++;
            }
            if (letters >= 2000) break;
        }
        return letters > 0 && han * 2 > letters;
    }

    private static bool IsShortOutletName(string name) => name.Length <= 5 && name.All(c => char.IsAsciiLetterUpper(c) || char.IsDigit(c));

    private static string? ItemValue(IElement element) => element.GetAttribute("content") ?? element.TextContent;

    // "von <a href="/autoren/name/max-kolter">Dr. Max Kolter</a>": a link to the writer's page on the site, by the
    // path's word for authors (or "?author=102"), before the article's first long paragraph (later ones are teasers'
    // and comments').
    private IEnumerable<string> AuthorPageLinks()
    {
        foreach (var node in VisibleNodes())
        {
            if (node is not IElement element) continue;
            if (element.LocalName == "p" && element.TextContent.Length > 200) yield break;
            if (element.LocalName == "a" && element.GetAttribute("href") is { } href && AuthorPath().IsMatch(href)
                && Clean(element.TextContent) is { Length: > 0 and <= 60 } name) yield return name;
        }
    }

    // "By TPN, 24 Jan 2024": a line of the page's own text that opens with "By" and a capitalised name, before the
    // article's first long paragraph, with no markup that says so.
    private IEnumerable<string> PlainBylines()
    {
        foreach (var text in VisibleTextNodes())
        {
            if (text.Length > 200) yield break;
            if (PlainByline().Match(text) is { Success: true } match) yield return match.Groups["name"].Value;
        }
    }

    [GeneratedRegex(@"^\s*(?:By|Von|Par|Por|Oleh|Door)\s+(?<name>\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s*(?:,|\||$)")]
    private static partial Regex PlainByline();

    [GeneratedRegex(@"/(?:authors?|autor(?:en)?|auteurs?|penulis|journalist(?:en)?|reporters?|writers?|staff)/[^/?#]+|[?&]author=\w", RegexOptions.IgnoreCase)]
    private static partial Regex AuthorPath();

    // A byline the page shows: an element whose class or id names the author, holding a short text.
    private IEnumerable<string> VisibleBylines() =>
        document.QuerySelectorAll(".author-name, .authorname, .byline__name, .byline-name, [class*=author] a, .author, .byline, [rel=author]")
            .Select(e => Clean(e.TextContent))
            .Where(t => t.Length is > 0 and <= 80)
            .Take(4);

    // "作者：宋怡 杨志华", "记者 王建宏 张文攀", "责任编辑：魏喆", "责编：牛镛、岳弘彬": a Chinese byline is a label, a colon
    // (or a space after 记者 and 作者) and the names, in the page's text with no markup of its own; a label inside a
    // sentence ("记者采访时称") is none.
    // A name after the first has two or three characters, as nearly all Chinese names do, so that the words after a byline
    // ("我要说说") are not taken for one. The writer's label wins over the reporter's, the reporter's over the editor's.
    [GeneratedRegex(@"(?<label>作\s*者|执笔人?|记\s*者|责任编辑|责\s*编|编\s*辑)(?:\s*[：:]\s*|(?<=者)[ \u3000\u00A0]+)(?<names>\p{IsCJKUnifiedIdeographs}{2,4}(?:[ \u3000\u00A0、]+\p{IsCJKUnifiedIdeographs}{2,3}){0,5})(?!\p{IsCJKUnifiedIdeographs})")]
    private static partial Regex ChineseByline();

    // Bylines without a colon: "记者马俊峰/文" and "赵培/文" (the writer), "本报记者罗科苏盈发自北京" and "记者张三报道" (the
    // reporter), "（姚峰 上海报道）" at the end of a report, "[ 黄宇 ] 来源：" (the reporter before the source), "文：眉间尺"
    // and a forum's "本贴由大卫于2005年…" (the writer); and, when nothing else names anyone,
    // "来源：尹娟" (a source label that holds a person's name of two or three characters, not an outlet's).
    [GeneratedRegex(@"(?:记\s*者)?(?<writer>\p{IsCJKUnifiedIdeographs}{2,4})\s*[/／]\s*文|记\s*者(?<reporter>\p{IsCJKUnifiedIdeographs}{2,4}?)(?:发自|报道)|[（(](?<reporter>\p{IsCJKUnifiedIdeographs}{2,3})[ \u3000]+\p{IsCJKUnifiedIdeographs}{2,4}报道[）)]|(?<![\p{IsCJKUnifiedIdeographs}])文\s*[：:]\s*(?<writer>\p{IsCJKUnifiedIdeographs}{2,4})(?!\p{IsCJKUnifiedIdeographs})|来\s*源\s*[：:]\s*(?<source>\p{IsCJKUnifiedIdeographs}{2,3})(?![\p{IsCJKUnifiedIdeographs}\w])|[\[【]\s*(?<reporter>\p{IsCJKUnifiedIdeographs}{2,3})\s*[\]】][\s\p{Co}]*来\s*源|本贴由\s*(?<writer>[^\s，。]{1,20}?)\s*于\s*\d{4}")]
    private static partial Regex ChineseBylineUnlabelled();

    private static readonly string[] BylineLabels = ["作者", "执笔", "记者", "责任编辑", "责编", "编辑"];

    private IEnumerable<string> LabelledBylines()
    {
        var text = VisibleText();
        var matches = ChineseByline().Matches(text);
        var unlabelled = ChineseBylineUnlabelled().Matches(text);
        string[]? Unlabelled(string group) =>
            unlabelled.FirstOrDefault(m => m.Groups[group].Success) is { } match ? [match.Groups[group].Value] : null;
        foreach (var label in BylineLabels)
        {
            foreach (Match match in matches)
                if (Regex.Replace(match.Groups["label"].Value, @"\s", "").StartsWith(label, StringComparison.Ordinal))
                    return match.Groups["names"].Value.Split([' ', '\u3000', '\u00A0', '、'], StringSplitOptions.RemoveEmptyEntries);
            if (label == "执笔" && Unlabelled("writer") is { } writer) return writer;
            if (label == "记者" && Unlabelled("reporter") is { } reporter) return reporter;
        }
        return Unlabelled("source") ?? [];
    }

    [GeneratedRegex(@"^(?<names>\p{IsCJKUnifiedIdeographs}{2,4}(?:[ \u3000、]+\p{IsCJKUnifiedIdeographs}{2,4}){0,5})(?:$|[ \u3000]+——)")]
    private static partial Regex ChineseNamesLine();

    [GeneratedRegex(@"^[（(](?<name>\p{IsCJKUnifiedIdeographs}{2,3})[）)]$")]
    private static partial Regex ChineseClosingName();

    /// <summary>
    /// A byline among the body's first lines or as its last, with no label and no markup of its own but what sets it
    /// apart: older Chinese pages print the writer's name on a line of its own under the headline ("茉莉", "赵延东、风笑天")
    /// or before a dash and the subtitle ("胡平 ——当代中国的精神危机"); others print the names alone in bold
    /// ("&lt;p&gt;&lt;strong&gt;Mathatisi Sebusi/Mohalenyane Phakela&lt;/strong&gt;&lt;/p&gt;" first, "Lê Phương" last).
    /// <paramref name="block"/> is the block of a line that is nothing but the byline, or -1.
    /// </summary>
    public List<string> BylineInBody(IReadOnlyList<string> body, string? headline, out int block)
    {
        var names = BylineLine(body, headline, out block).Where(n => IsPersonName(n, SiteName)).ToList();
        if (names.Count == 0) block = -1;
        return names;
    }

    private IEnumerable<string> BylineLine(IReadOnlyList<string> body, string? headline, out int block)
    {
        block = -1;
        for (var k = 0; k < Math.Min(body.Count, 4); k++)
        {
            if (ChineseNamesLine().Match(body[k]) is not { Success: true } match) continue;
            var wholeLine = match.Length == body[k].Length;
            // The first line may be the headline ("犬儒病"), unless the headline is another; a page whose only text after
            // the line is a name has no byline.
            if (wholeLine && k == 0 && (headline is null || headline.Contains(body[0], StringComparison.Ordinal))) continue;
            if (wholeLine && k + 1 == body.Count) break;
            if (wholeLine) block = k;
            return match.Groups["names"].Value.Split([' ', '\u3000', '、'], StringSplitOptions.RemoveEmptyEntries);
        }
        // "（袁源）" closing a report: the writer's name in brackets, on the last line.
        if (body.Count >= 2 && ChineseClosingName().Match(body[^1]) is { Success: true } closing)
        {
            block = body.Count - 1;
            return [closing.Groups["name"].Value];
        }
        if (body.Count < 4) return [];
        foreach (var k in new[] { 0, 1, 2, body.Count - 1 })
        {
            if (!BoldLines().Contains(body[k])) continue;
            var parts = body[k].Split('/', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0 || !parts.All(LooksLikeFullName)) continue;
            block = k;
            return parts;
        }
        return [];
    }

    // The text the page shows, up to 100,000 characters, its text nodes joined by spaces.
    private string VisibleText()
    {
        var builder = new System.Text.StringBuilder();
        foreach (var text in VisibleTextNodes())
        {
            builder.Append(text).Append(' ');
            if (builder.Length > 100_000) break;
        }
        return builder.ToString();
    }

    [GeneratedRegex(@"^(?:by|von|par|por|di|oleh|door|av|af)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex ByPrefix();

    [GeneratedRegex(@"\s*(?:,|;|\s+(?:and|und|og|och|et|e|y|dan|en|&)\s+|、)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex NameSeparator();

    private static IEnumerable<string> SplitNames(string? value)
    {
        var text = ByPrefix().Replace(Clean(value), "");
        if (text.Length == 0) yield break;
        var parts = NameSeparator().Split(text).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        // "Name, Place" or "Name, Outlet" keeps its first part only when the rest are not names of their own; a list of
        // two-word names ("A B, C D and E F") is several authors.
        if (parts.Count > 1 && parts.All(LooksLikeFullName)) foreach (var part in parts) yield return part;
        else yield return parts.Count > 1 && text.Contains(',') && !parts.Skip(1).Any(LooksLikeFullName) ? parts[0] : text;
    }

    private static bool LooksLikeFullName(string part)
    {
        var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 4 && words.All(w => char.IsUpper(w[0]) || w.Length <= 3);
    }

    // Text that can name an author at all: not an address, a handle with its at sign, or a number.
    private static bool IsAuthorText(string name) =>
        name.Length is > 0 and <= 80 && !name.StartsWith("http", StringComparison.OrdinalIgnoreCase) && !name.StartsWith('@')
        && !name.Contains("://", StringComparison.Ordinal) && name.Any(char.IsLetter);

    private static bool IsPersonName(string name, string? site)
    {
        if (!IsAuthorText(name)) return false;
        // A handle or slug ("chuck-ross", "aligharib") or an address is not a byline.
        if (!name.Contains(' ') && (name.Contains('-') || name.Contains('.') || name.Contains('_') || name.All(c => char.IsLower(c) || char.IsDigit(c))) && name.Any(char.IsAsciiLetter)) return false;
        if (site is { Length: > 0 } && (name.Equals(site, StringComparison.OrdinalIgnoreCase) || site.Contains(name, StringComparison.OrdinalIgnoreCase))) return false;
        // "大汉网络", "新华网", "云南日报", "汉斯出版社": a Chinese outlet's name ends in its kind.
        if (ChineseOutlet().IsMatch(name)) return false;
        return true;
    }

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}+(?:网络?|报|日报|晚报|社|出版社|电视台|台|频道|新闻|杂志|期刊)$")]
    private static partial Regex ChineseOutlet();

    // ---------------------------------------------------------------------------------------------------------- text

    // The first year-first date in the text the page shows, read text node by text node (a date is printed in one).
    private string? FirstDateInText() =>
        VisibleTextNodes().Where(t => t.Length >= 8).Select(PageDate.FirstInText).FirstOrDefault(date => date is not null);

    // The page's text nodes in document order, lazily, leaving out scripts, styles and other text no reader sees.
    private IEnumerable<string> VisibleTextNodes() => VisibleNodes().Where(n => n.NodeType == NodeType.Text).Select(n => n.TextContent);

    // The page's elements and text nodes in document order, lazily, without scripts, styles and other text no reader sees.
    private IEnumerable<INode> VisibleNodes()
    {
        if (document.Body is null) yield break;
        var pending = new Stack<INode>();
        pending.Push(document.Body);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (node is IElement { LocalName: "script" or "style" or "noscript" or "template" or "svg" or "iframe" or "select" }) continue;
            yield return node;
            for (var child = node.LastChild; child is not null; child = child.PreviousSibling) pending.Push(child);
        }
    }

    internal static string Clean(string? value)
    {
        var text = ArticleDraft.OneLine(value);
        // Some pages escape their metadata twice ("&amp;quot;"): what is left of an entity is decoded once more.
        if (text.Contains('&') && text.Contains(';')) text = ArticleDraft.OneLine(System.Net.WebUtility.HtmlDecode(text));
        return text;
    }
}

/// <summary>The article object of a page's JSON-LD: the first of its fields that any article item gives.</summary>
/// <summary>Authors found, and whether they are people (else the outlet the page names as its author, or none).</summary>
public sealed record AuthorsFound(List<string> Names, bool ArePeople);

public sealed record JsonLdArticle(string? Headline, string? Section, string? Publisher, string? Published, string? Modified, IReadOnlyList<string> Authors)
{
    public static JsonLdArticle Read(IDocument document)
    {
        var result = new JsonLdArticle(null, null, null, null, null, []);
        var authors = new List<string>();
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 32 });
                foreach (var item in Items(json.RootElement))
                {
                    if (!IsArticle(item)) continue;
                    result = result with
                    {
                        Headline = result.Headline ?? String(item, "headline") ?? String(item, "name"),
                        Section = result.Section ?? String(item, "articleSection"),
                        Published = result.Published ?? String(item, "datePublished") ?? String(item, "dateCreated"),
                        Modified = result.Modified ?? String(item, "dateModified"),
                        Publisher = result.Publisher ?? (item.TryGetProperty("publisher", out var p) ? Name(p) : null),
                    };
                    // The first article item that names authors gives them all (a page's second item is often a teaser).
                    if (authors.Count == 0 && (item.TryGetProperty("author", out var author) || item.TryGetProperty("creator", out author)))
                        authors.AddRange((author.ValueKind == JsonValueKind.Array ? author.EnumerateArray().ToList() : [author]).Select(Name).OfType<string>());
                }
            }
            catch (JsonException)
            {
                // A broken JSON-LD block is ignored; the page's other metadata still counts.
            }
        }
        return result with { Authors = authors };
    }

    private static IEnumerable<JsonElement> Items(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Array) { foreach (var item in root.EnumerateArray()) foreach (var inner in Items(item)) yield return inner; }
        else if (root.ValueKind == JsonValueKind.Object)
        {
            yield return root;
            // The article may sit in the page's graph or be the main entity of a WebPage item.
            foreach (var name in (string[])["@graph", "mainEntity"])
                if (root.TryGetProperty(name, out var nested)) foreach (var inner in Items(nested)) yield return inner;
        }
    }

    private static bool IsArticle(JsonElement item) =>
        item.TryGetProperty("@type", out var type) && Types(type).Any(t => t.Contains("Article", StringComparison.OrdinalIgnoreCase) || t is "Report" or "BlogPosting" or "LiveBlogPosting" or "SocialMediaPosting");

    private static IEnumerable<string> Types(JsonElement type) => type.ValueKind switch
    {
        JsonValueKind.String => [type.GetString() ?? ""],
        JsonValueKind.Array => type.EnumerateArray().Select(t => t.ToString()),
        _ => [],
    };

    private static string? String(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.ValueKind == JsonValueKind.Array && value.GetArrayLength() > 0 ? value[0].ToString() : null : null;

    private static string? Name(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Object when value.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String => name.GetString(),
        _ => null,
    };
}

/// <summary>Dates as pages write them, turned into the ISO 8601 that the article parser reads.</summary>
public static partial class PageDate
{
    [GeneratedRegex(@"^(?<local>\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(?<zone>Z|[+-]\d{2}:?\d{2})?$", RegexOptions.IgnoreCase)]
    private static partial Regex IsoDate();

    /// <summary>
    /// ISO 8601 for a machine-readable date: with its offset when it names one (<c>Z</c>, <c>+02:00</c>, <c>+0200</c>),
    /// local when it names none, a bare day for a day; epoch seconds or milliseconds are UTC. Null when it is no date.
    /// </summary>
    public static string? Normalize(string? value)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0) return null;
        if (text.Length is 10 or 13 && text.All(char.IsAsciiDigit) && long.TryParse(text, out var epoch))
        {
            var instant = text.Length == 13 ? DateTimeOffset.FromUnixTimeMilliseconds(epoch) : DateTimeOffset.FromUnixTimeSeconds(epoch);
            return instant.Year is >= 1990 and <= 2100 ? instant.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture) : null;
        }
        if (IsoDate().Match(text) is { Success: true } iso)
        {
            var local = iso.Groups["local"].Value.Replace(' ', 'T');
            if (!DateTime.TryParse(local, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)) return null;
            var stamp = time.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
            if (!iso.Groups["zone"].Success) return stamp;
            var zone = iso.Groups["zone"].Value.ToUpperInvariant();
            if (zone == "Z") return stamp + "+00:00";
            return stamp + zone[..3] + ":" + zone[^2..];
        }
        return DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
    }

    // 2005-9-15 11:46:00, 2005/05/17 22:11:42, 2004年10月21日14:18, 2005年08月16日: year first, so never ambiguous.
    [GeneratedRegex(@"(?<![\d.])(?<y>(?:19|20)\d\d)\s*(?:(?<sep>[-/])\s*(?<m>\d{1,2})\s*\k<sep>|年\s*(?<m>\d{1,2})\s*月)\s*(?<d>\d{1,2})(?:\s*日|(?!\d))(?:\s*(?<h>\d{1,2})\s*[:：]\s*(?<min>\d\d)(?:\s*[:：]\s*(?<s>\d\d))?)?")]
    private static partial Regex TextDate();

    /// <summary>The first year-first date (with its time, when one follows) printed in a page's text, as local ISO 8601.</summary>
    public static string? FirstInText(string text) => AllInText(text).FirstOrDefault();

    /// <summary>Every valid year-first date printed in a text, in order, as local ISO 8601.</summary>
    public static IEnumerable<string> AllInText(string text)
    {
        foreach (Match match in TextDate().Matches(text))
        {
            var (year, month, dayOfMonth) = (int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture));
            if (month is < 1 or > 12 || dayOfMonth < 1 || dayOfMonth > DateTime.DaysInMonth(year, month)) continue;
            var date = new DateTime(year, month, dayOfMonth);
            var (hour, minute, second) = match.Groups["h"].Success
                ? (int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups["min"].Value, CultureInfo.InvariantCulture),
                    match.Groups["s"].Success ? int.Parse(match.Groups["s"].Value, CultureInfo.InvariantCulture) : 0)
                : (-1, 0, 0);
            // A day with no time, or with one that is no time of day, is the day alone.
            if (hour is < 0 or > 23 || minute > 59 || second > 59) yield return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            else yield return date.Add(new TimeSpan(hour, minute, second)).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        }
    }
}
