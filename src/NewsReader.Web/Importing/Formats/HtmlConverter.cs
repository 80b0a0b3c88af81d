using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace NewsReader.Web.Importing.Formats;

/// <summary>
/// Reads a saved web page: its header fields from <see cref="PageMetadata"/> (each from its evidence in a fixed order),
/// the headline from <see cref="Title"/>, the caption from figure/figcaption, and the body from
/// <see cref="BodyExtractor"/>, which scores the page's containers to find the article. The page is never rendered and
/// no script runs: only its text is kept.
/// </summary>
public static class HtmlConverter
{
    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = false });

    public static ArticleDraft Convert(string html)
    {
        var document = Parser.ParseDocument(html);
        var metadata = new PageMetadata(document);
        var draft = new ArticleDraft();

        draft.Title = Title(document, metadata);
        // The section label printed over the headline (a reader sees "Asia Pacific" where the meta tag says "World", "Maryland"
        // where it says "dc-md-va"), else BBC's subsection ("Mid Wales" under "News"), else the page's own tags.
        draft.Section = PrintedSection(document) ?? metadata.Meta("page.subsection") ?? metadata.Meta("article:section") ?? metadata.JsonLd.Section;
        draft.SourceUrl = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? metadata.Meta("og:url");
        draft.Outlet = metadata.Meta("og:site_name") ?? metadata.JsonLd.Publisher ?? OutletOfAddress(draft.SourceUrl);
        draft.Published = metadata.Published();
        var authors = metadata.FindAuthors();
        draft.Updated = metadata.Modified();
        draft.Description = metadata.Meta("og:description", "description");

        var figure = document.QuerySelector("article figure figcaption, main figure figcaption") ?? document.QuerySelector("figure figcaption");
        // The lead picture's caption under it, when it comes before the first figure (which may stand further down the body).
        if (CaptionUnderImage(document) is { } underImage && (figure is null || underImage.CompareDocumentPosition(figure).HasFlag(DocumentPositions.Following)))
            figure = underImage;
        if (figure is not null)
        {
            // Words for screen readers only ("Image caption", "Credit", "Image copyright") are no part of the caption or the
            // credit; nor is a link set beside the caption's paragraph (Reuters's "Acquire Licensing Rights").
            foreach (var hidden in (figure.Closest("figure") ?? figure).QuerySelectorAll(HiddenLabels).ToList()) hidden.Remove();
            if (figure.QuerySelector(":scope > p") is not null)
                foreach (var link in figure.QuerySelectorAll(":scope > a").ToList())
                    if (Text(link) is not { } control || control.Split(' ').Length <= 4) link.Remove();
            var credit = figure.QuerySelector("[class*=credit], [class*=copyright], [class*=author], small, cite");
            // "(DOK. BKSDA SUMBAR)": a credit printed in brackets, without them.
            draft.Credit = Text(credit) is ['(', .. var inBrackets, ')'] ? inBrackets.Trim() : Text(credit);
            credit?.Remove();
            draft.Caption = Text(figure);
            // A caption found under the picture by its text, in no figure: it leaves the page before the body is read.
            if (figure.Closest("figure") is null) figure.Remove();
            // "<span role=text><span class=visually-hidden>Image source, </span>Getty Images</span>" (BBC): the credit printed
            // over the picture, in the figure but outside its caption.
            // (Not a video's play button: "Play video, "Waves crash …", duration 0,45".)
            // ("<span>Emyr Rhydderch</span><img …>", BBC's newer pages: or the figure's only words outside its caption.)
            if (draft.Credit is null && figure.Closest("figure") is { } whole
                && (whole.QuerySelectorAll("[role=text], [class*=copyright], [class*=credit]").FirstOrDefault(e => !figure.Contains(e) && e.Closest("button") is null)
                    ?? OnlyWordsOutside(whole, figure)) is { } overPicture
                && Text(overPicture) is { } printed && printed.Split(' ').Length <= 8)
                draft.Credit = printed.StartsWith("Image source, ", StringComparison.Ordinal) ? printed["Image source, ".Length..] : printed;
            // "Senator Chris Murphy led the negotiations.Credit...Kent Nishimura for The New York Times": a credit the page marks
            // only with its label, inside the caption's text.
            if (draft.Credit is null && draft.Caption is { } caption)
                foreach (var label in (ReadOnlySpan<string>)["Credit...", "Credit\u2026", "Credit: ", "Photo: ", "Photograph: "])
                    if (caption.IndexOf(label, StringComparison.Ordinal) is var at and > 0 && at + label.Length < caption.Length)
                    {
                        // "… ‘The Tempest’ (Photo: Just Stop Oil/PA Wire)", "Protesters in Paris (Photo: AFP) on Saturday.": the credit
                        // in brackets, the brackets left out and the caption's words after them kept.
                        var shut = caption[at - 1] == '(' ? caption.IndexOf(')', at) : -1;
                        (draft.Caption, draft.Credit) = shut > 0
                            ? ((caption[..(at - 1)].TrimEnd() + " " + caption[(shut + 1)..].TrimStart()).Trim(), caption[(at + label.Length)..shut].Trim())
                            : (caption[..at].TrimEnd(), caption[(at + label.Length)..].Trim());
                        break;
                    }
        }

        foreach (var block in BodyExtractor.Extract(document, draft.Title)) draft.Blocks.Add((block.Text, block.IsHeading));
        // A byline among the body's lines, when the page's header evidence named no person; a line that is nothing but the
        // byline leaves the body.
        var bylineBlock = -1;
        var inBody = authors.ArePeople ? [] : metadata.BylineInBody(draft.Blocks.Select(b => b.Text).ToList(), draft.Title, out bylineBlock);
        draft.Authors.AddRange(inBody.Count > 0 ? inBody : authors.Names);
        // <meta name="author" content="CNN Indonesia">: a byline that names only a news outlet names no author (not a writer whose
        // newsletter bears their own name: "Robert Reich").
        draft.Authors.RemoveAll(author => draft.Outlet is { } outlet && string.Equals(author.Trim(), outlet.Trim(), StringComparison.OrdinalIgnoreCase)
            && NewsReader.Parsing.OutletNames.Brand(outlet) is not null);
        if (bylineBlock >= 0) draft.Blocks.RemoveAt(bylineBlock);
        return draft;
    }

    // The outlet by the host of the page's address, for pages that name themselves in no meta tag (The New York Times gives
    // its publisher in JSON-LD by reference only): each host with its outlet, whether the outlet's sections on hosts under it
    // are the outlet too ("regional.kompas.com", "industri.kontan.co.id"; not "koran.tempo.co", Koran Tempo), and the paths
    // that are another brand of the same house ("bbc.co.uk/sport" is BBC Sport, "nytimes.com/athletic" The Athletic).
    private static readonly Dictionary<string, (string Outlet, bool Sections, string[] OtherBrands)> OutletHosts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["nytimes.com"] = ("The New York Times", false, ["/athletic", "/wirecutter", "/games", "/cooking"]),
        ["washingtonpost.com"] = ("The Washington Post", false, []), ["reuters.com"] = ("Reuters", false, []),
        ["bbc.com"] = ("BBC News", false, ["/sport"]), ["bbc.co.uk"] = ("BBC News", false, ["/sport"]),
        ["cnbcindonesia.com"] = ("CNBC Indonesia", false, []), ["cnnindonesia.com"] = ("CNN Indonesia", false, []),
        ["kompas.com"] = ("Kompas.com", true, []), ["tempo.co"] = ("Tempo.co", false, []), ["kontan.co.id"] = ("Kontan.co.id", true, []),
    };

    private static string? OutletOfAddress(string? address)
    {
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri)) return null;
        var host = uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
        for (var under = host; under.Contains('.'); under = under[(under.IndexOf('.') + 1)..])
            if (OutletHosts.TryGetValue(under, out var known))
                return (under == host || known.Sections) && !known.OtherBrands.Any(path => uri.AbsolutePath.StartsWith(path, StringComparison.OrdinalIgnoreCase))
                    ? known.Outlet : null;
        return null;
    }

    private static readonly string[] TitleSeparators = [" | ", " - ", " \u2013 ", " \u2014 ", " \u00BB ", " \u00AB ", " :: ", " : ", " / ", ": "];

    /// <summary>
    /// The article's title: the page's only h1 when it is marked as the headline, else JSON-LD's headline, else the page's
    /// heading that its &lt;title&gt; or og:title holds (so that a site's logo in an h1 is passed over), else og:title or
    /// &lt;title&gt; without the site's name ("… | The Everywhereist").
    /// </summary>
    private static string? Title(IDocument document, PageMetadata metadata)
    {
        var og = metadata.Meta("og:title", "twitter:title");
        var page = Text(document.QuerySelector("head title")) ?? Text(document.QuerySelector("title"));
        var site = metadata.Meta("og:site_name", "application-name");
        // The headline the page prints (its only h1, marked as the headline) is what readers saw; JSON-LD's is often
        // written for search engines. An og:title that says otherwise is the page's own choice of title, and wins.
        var printed = document.QuerySelectorAll("h1").ToList() is [var only] && (only.ClassName ?? "").Contains("headline", StringComparison.OrdinalIgnoreCase) ? Text(only) : null;
        if (printed is not null && Words(printed) >= 3 && (og is null || string.Equals(WithoutSiteName(og, site), printed, StringComparison.OrdinalIgnoreCase))) return printed;
        // JSON-LD's headline, decoded as meta tags are and without the site's own name after it ("… - 毎日新聞").
        if (PageMetadata.Clean(metadata.JsonLd.Headline) is { Length: > 0 } clean) return WithoutOwnSiteName(clean, site);
        var headings = document.QuerySelectorAll("h1, h2, h3").Select(Text).OfType<string>().Where(h => h.Length >= 4).ToList();
        foreach (var source in new[] { og, page })
        {
            if (source is null) continue;
            // The heading the title was made from: it stands in the title, long enough to be a title of its own.
            // Compared with the quotation marks folded: a title's "It's" is a heading's "It’s" (the heading's marks are kept).
            var folded = FoldMarks(source);
            var heading = headings.Where(h => Words(h) >= 2 && folded.Contains(FoldMarks(h), StringComparison.OrdinalIgnoreCase)).MaxBy(h => h.Length);
            if (heading is not null && heading.Length * 2 >= WithoutSiteName(source, site).Length) return heading;
            // "Noodlecakes | Cook Republic", "Brainy Gamer: What a life": a heading that is the whole title but for a separator
            // and the site's name, however short it is. When the site's name is a heading too (its logo), the article's
            // heading is the later one.
            heading = headings.LastOrDefault(h => IsTitleBesideSiteName(folded, FoldMarks(h)));
            if (heading is not null) return heading;
        }
        if (og is not null) return WithoutSiteName(og, site);
        if (page is not null) return WithoutSiteName(page, site);
        return headings.FirstOrDefault();
    }

    // "Title | Site", "Site: Title" with the site's own name (og:site_name) taken off, or the title as it is.
    private static string WithoutOwnSiteName(string title, string? site)
    {
        if (site is { Length: > 0 })
        {
            foreach (var separator in TitleSeparators)
            {
                if (title.EndsWith(separator + site, StringComparison.OrdinalIgnoreCase)) return title[..^(separator.Length + site.Length)].Trim();
                if (title.StartsWith(site + separator, StringComparison.OrdinalIgnoreCase)) return title[(site.Length + separator.Length)..].Trim();
            }
        }
        return title;
    }

    // "Title | Site", "Title - Site.com", "Site | Title": the part that is not the site's name, when a separator splits the
    // title into the name and a longer part. At a colon only the site's own name (og:site_name) is taken off.
    private static string WithoutSiteName(string title, string? site)
    {
        if (WithoutOwnSiteName(title, site) is var shorter && shorter.Length < title.Length) return shorter;
        foreach (var separator in TitleSeparators)
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (separator != ": " && at > 0 && (Words(title[..at]) >= 3 || title[..at].Trim().Length >= 15)
                && Words(title[(at + separator.Length)..]) <= 4 && title.Length - at - separator.Length <= 40) return title[..at].Trim();
            var first = title.IndexOf(separator, StringComparison.Ordinal);
            // "Site | Title", "Site » Title"; never at a colon, which titles use for themselves ("Brexit: what happens next").
            if (first > 0 && Words(title[..first]) <= 4 && Words(title[(first + separator.Length)..]) >= 3 && separator is " | " or " \u00BB ")
                return title[(first + separator.Length)..].Trim();
        }
        return title;
    }

    private static bool IsTitleBesideSiteName(string title, string heading)
    {
        if (heading.Length >= title.Length) return false;
        foreach (var separator in TitleSeparators)
        {
            if (title.StartsWith(heading + separator, StringComparison.OrdinalIgnoreCase) && Words(title[(heading.Length + separator.Length)..]) <= 4) return true;
            if (title.EndsWith(separator + heading, StringComparison.OrdinalIgnoreCase) && Words(title[..^(heading.Length + separator.Length)]) <= 4) return true;
        }
        return false;
    }

    private static string FoldMarks(string text) =>
        text.Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201C', '"').Replace('\u201D', '"');

    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    // The label the page prints over its headline as the story's section: The Washington Post's headline kicker, The New York
    // Times's masthead section label; a few words in no menu, before the page's only h1.
    private static string? PrintedSection(IDocument document)
    {
        if (document.QuerySelectorAll("h1").ToList() is not [var headline]) return null;
        foreach (var label in document.QuerySelectorAll("[data-qa=headline-kicker], [data-qa=kicker], .headline-kicker, [data-testid=masthead-section-label]"))
            if (label.Closest("nav") is null && label.CompareDocumentPosition(headline).HasFlag(DocumentPositions.Following)
                && Text(label) is { } text && text.Split(' ').Length <= 4 && !IsStoryLabel(text)) return text;
        return null;
    }

    // A kicker that says what kind of story it is, not where it stands ("Analysis", "Perspective", "EXCLUSIVE"): no section.
    private static bool IsStoryLabel(string text) =>
        text.Length > 3 && !text.Any(char.IsLower)
        || text.ToLowerInvariant() is "analysis" or "perspective" or "opinion" or "review" or "exclusive" or "explainer" or "interview" or "fact check"
            or "live" or "breaking" or "breaking news" or "the big idea" or "voices" or "commentary" or "editorial";

    // Labels for screen readers, which a reader of the page never sees.
    private const string HiddenLabels = ".visually-hidden, .off-screen, .sr-only, [class*=visually-hidden], [class*=screen-reader]";

    // The one element of the figure outside its caption that holds words, when no other does, it is no button and it reads as
    // a credit: a name of two capitalised words or more and no figures ("Emyr Rhydderch", "Getty Images"), or an agency's
    // with a slash; not "Enlarge", "1 of 6", "Photo".
    private static IElement? OnlyWordsOutside(IElement whole, IElement caption)
    {
        IElement? only = null;
        foreach (var element in whole.QuerySelectorAll("*"))
        {
            if (caption.Contains(element) || element.Contains(caption) || element.Children.Length > 0 || Text(element) is null) continue;
            if (only is not null || element.Closest("button, a") is not null) return null;
            only = element;
        }
        return only is not null && Text(only) is { } words && !words.Any(char.IsDigit)
            && (words.Contains('/') || words.Split(' ') is { Length: >= 2 } parts && parts.All(p => p.Length > 0 && char.IsUpper(p[0]))) ? only : null;
    }

    /// <summary>
    /// A lead picture's caption where the page marks none as such ("&lt;div class=photo__caption&gt;", Kontan's bare
    /// &lt;div&gt; under the picture): the element right after the picture, or after the picture's container, whose text holds
    /// the picture's description (its alt text, three words or more) and more besides, a credit or a label. Not a picture
    /// inside a link: a related article's thumbnail sits over its headline, which is its alt text and nothing more.
    /// </summary>
    private static IElement? CaptionUnderImage(IDocument document)
    {
        if (document.Body is null) return null;
        // A picture after the article's first two paragraphs stands in its body: its caption is no lead caption (one paragraph
        // before it may be the standfirst).
        var heading = document.Body.QuerySelector("h1");
        var firstText = document.Body.QuerySelectorAll("p").Where(p => (heading is null || heading.CompareDocumentPosition(p).HasFlag(DocumentPositions.Following))
            && ArticleDraft.OneLine(p.TextContent).Split(' ').Length >= 15).Skip(1).FirstOrDefault();
        foreach (var image in document.Body.QuerySelectorAll("img").Take(12))
        {
            var alt = ArticleDraft.OneLine(image.GetAttribute("alt"));
            if (image.Closest("a") is not null) continue;
            if (firstText is not null && firstText.CompareDocumentPosition(image).HasFlag(DocumentPositions.Following)) break;
            // ("<img alt=""><span class=pb-caption>… (Joelle Haskins/The Washington Post)</span>": a picture with no description
            // has a caption only where the page names it one and it closes on a credit in brackets.)
            var described = alt.Split(' ').Length >= 3;
            for (var holder = image; holder is not null && holder != document.Body; holder = holder.ParentElement)
            {
                for (var next = holder.NextElementSibling; next is not null; next = next.NextElementSibling)
                {
                    var text = ArticleDraft.OneLine(next.TextContent);
                    if (described ? IsCaptionOf(text, alt, next.QuerySelector("[class*=credit], [class*=author]") is not null)
                        : (next.ClassName ?? "").Contains("caption", StringComparison.OrdinalIgnoreCase) && ClosesOnCreditInBrackets(text)) return next;
                    // (Past a button beside the picture: Kompas's "Lihat Foto".)
                    if (text.Length > 0 && !(next.QuerySelector("a") is { } button && Text(button) == text && text.Split(' ').Length <= 3)) break;
                }
                // (Up from the picture, and from the container that holds it and its buttons, while no other picture shares it.)
                if (holder != image && holder.ParentElement?.QuerySelectorAll("img").Length > 1) break;
            }
        }
        return null;
    }

    // Whether the text is the picture's description with a credit after it ("… di sekolah. KOMPAS.com/RIDWAN HAKIM", "…
    // (26/8/2025). KONTAN/Daniel Prabowo/26/08/2025"), a topic label in capitals before it or not: not a paragraph that opens
    // with the same words and goes on ("Gubernur Bank Indonesia Perry Warjiyo mengatakan …"), nor a headline over its date.
    // "Foto: … (CNBC Indonesia/Faisal Rahman)": or "Foto:" before it. "… (DOK. BKSDA SUMBAR)": a credit the page marks as one
    // (markedCredit) needs no slash.
    private static bool IsCaptionOf(string text, string alt, bool markedCredit = false)
    {
        var at = text.IndexOf(alt, StringComparison.OrdinalIgnoreCase);
        if (at < 0) return false;
        var label = text[..at].TrimEnd();
        if (label.Length > 0 && !(label.EndsWith('.') && label.Length <= 40 && label.All(c => !char.IsLower(c))) && label is not ("Foto:" or "Photo:")) return false;
        var credit = text[(at + alt.Length)..].Trim();
        return (credit.Contains('/') || markedCredit && credit.Length > 0) && credit.IndexOfAny([',', ':']) < 0 && credit.Split(' ').Length <= 8;
    }

    // Whether the text ends in a credit in brackets with a slash: "… on Thursday. (Joelle Haskins/The Washington Post)".
    private static bool ClosesOnCreditInBrackets(string text) =>
        text.EndsWith(')') && text.LastIndexOf('(') is var open and > 0 && text[open..].Contains('/') && text[open..].Split(' ').Length <= 8;

    private static string? Text(IElement? element)
    {
        var text = ArticleDraft.OneLine(element?.TextContent);
        return text.Length > 0 ? text : null;
    }
}
