using NewsReader.Model;

namespace NewsReader.Parsing;

/// <summary>Recognises lines that are not body text: page noise, related links, editor codes and trailer lines.</summary>
internal static class LineClassifier
{
    private static readonly string[] NoiseLines =
    [
        "SCROLL TO CONTINUE WITH CONTENT", "Scroll to continue with content",
        // CNBC Indonesia's marker after an advertisement, and the label over one on Indonesian sites.
        "SCROLL TO RESUME CONTENT", "Scroll to resume content", "Iklan", "IKLAN",
        // Reuters's footer under a writer's name; BBC News's box asking readers for their stories.
        "Thomson Reuters", "Get in touch",
        "Lihat Foto", "LIHAT FOTO", "Share", "Bagikan", "Copy link", "Salin tautan", "Dengarkan artikel ini",
        "Skip Ad", "Continue reading", "Image source", "Getty Images", "Sign up here.", "Save",
        "Bagikan :", "Bagikan:", "BAGIKAN", "URL telah disalin", "Link telah disalin", "Komentar", "KOMENTAR",
        // The New York Times's and The Washington Post's page controls as copied (more in PageControls).
        "Comment", "Comments", "Print", "Listen", "Story continues below advertisement",
        // The New York Times's placeholder for a picture between paragraphs, and the label of its links to other stories, which
        // a copy can carry between two paragraphs.
        "Image", "Related Content",
        // Tempo's prompt between the lead and the rest.
        "Scroll ke bawah untuk melanjutkan membaca",
        // What a copied page shows for an e-mail address its site hid from robots.
        "[email protected]",
        // The top of a copied page: sections' and sites' buttons.
        "Sections", "My News", "Reuters home", "Learn more about", "Exclusive news, data and analytics for financial market professionals", "LSEG",
        "Baca berita dengan sedikit iklan, klik di sini", "Baca halaman selanjutnya", "url telah tercopy", "URL telah tercopy", "Link telah tercopy",
        "Tag", "TAG", "Tags",
        // BBC News: the label over the date.
        "Published", "Updated",
        // A paginated page's link to its next page.
        "Halaman selanjutnya", "Halaman Selanjutnya", "Halaman berikutnya", "Selanjutnya", "Next page",
    ];

    // BBC News's labels over the topic links that close a page ("Related topics" over "US economy").
    // Kompas.com's "Tag" over its tags ("Kendal", "jembatan gantung putus").
    // The Washington Post's "More From The Post" over the links that close its page.
    // Kompas.com's "Baca berikutnya" and "Berita Terkait", and their like elsewhere, over the titles they link to.
    private static readonly string[] TopicLabels =
    [
        "Related topics", "Related Topics", "More on this story", "Related Internet Links", "Tag", "TAG", "Tags", "More From The Post", "More from The Post",
        "Baca berikutnya", "Baca Berikutnya", "Berita Terkait", "Artikel Terkait", "Berita Lainnya", "Read next", "Read Next", "Related stories",
        "Related Stories", "More stories", "More Stories", "Most read", "Most Read", "Popular", "Most Popular", "Most popular", "Terpopuler",
    ];

    // Reuters's label over the topics under the story, after which come its writers' names and notes and the site's links:
    // the page closes there, whatever the lines after it look like.
    private static readonly string[] ClosingLabels = ["Suggested Topics:", "Suggested Topics"];

    // "Baca: Rupiah Loyo, …" (CNBC Indonesia) as well as "Baca juga: …".
    // "Live: Storm Halden latest": BBC News's link to its live page.
    // "Selanjutnya: IHSG Melonjak …": Kontan's link to its next story.
    private static readonly string[] RelatedPrefixes = ["Baca juga", "Baca Juga", "BACA JUGA", "Baca", "Pilihan Editor", "Read more", "Read also", "Related", "Lihat juga", "Simak juga", "Artikel terkait", "Live", "Selanjutnya"];

    private static readonly (string Prefix, TrailerKind Kind)[] TrailerPrefixes =
    [
        ("Saksikan video", TrailerKind.VideoPrompt), ("Simak video", TrailerKind.VideoPrompt), ("Simak Video", TrailerKind.VideoPrompt),
        ("Tonton video", TrailerKind.VideoPrompt), ("Watch:", TrailerKind.VideoPrompt), ("Video:", TrailerKind.RelatedVideo),
        ("[Gambas:", TrailerKind.RelatedVideo), ("Simak breaking news", TrailerKind.Line), ("Simak berita", TrailerKind.Line),
        ("Reporting by", TrailerKind.Credits), ("Additional reporting", TrailerKind.Credits), ("Editing by", TrailerKind.Credits),
        ("Writing by", TrailerKind.Credits), ("Compiled by", TrailerKind.Credits), ("Pewarta:", TrailerKind.Credits),
        // CNBC Indonesia's research desk signs its pieces at the end.
        ("CNBC INDONESIA RESEARCH", TrailerKind.Credits), ("CNBC Indonesia Research", TrailerKind.Credits),
        ("Pewarta :", TrailerKind.Credits), ("Editor:", TrailerKind.Credits), ("Editor :", TrailerKind.Credits),
        ("Penyunting:", TrailerKind.Credits), ("Our Standards:", TrailerKind.Standards), ("Copyright", TrailerKind.Standards),
        ("Hak Cipta", TrailerKind.Standards), ("\u00A9", TrailerKind.Standards), ("Artikel Selanjutnya", TrailerKind.Line),
        ("Next Article", TrailerKind.Line), ("Dapatkan update berita", TrailerKind.Line), ("Ikuti kami", TrailerKind.Line),
        ("Ikuti berita terkini", TrailerKind.Line), ("Dengarkan berita terkini", TrailerKind.Line), ("Cek Berita dan Artikel", TrailerKind.Line), ("A version of this article appears", TrailerKind.Credits),
        // Reuters's page footer.
        ("Reuters, the news and media division of Thomson Reuters", TrailerKind.Standards), ("All quotes delayed a minimum of", TrailerKind.Standards),
        // BBC News's local pages' links to more of their news.
        ("More from BBC ", TrailerKind.Line), ("Follow BBC ", TrailerKind.Line),
    ];

    private static readonly string[] TrailerSuffixes = ["contributed to this report.", "contributed reporting.", "berkontribusi dalam laporan ini."];

    // The page's own controls, copied with the article from the top of The New York Times's, The Washington Post's and other
    // sites' pages: they name no field of the article, and no reader of the header needs them as a landmark (unlike
    // "Published", "Image source" or "Share", which stand over a date, a caption or a byline).
    private static readonly string[] PageControls =
    [
        "Skip to contentSkip to site index", "Skip to content", "Skip to main content", "Skip to site index", "Today’s Paper", "Today's Paper",
        "Supported by", "SKIP ADVERTISEMENT", "Skip advertisement", "ADVERTISEMENT", "Advertisement", "Share full article", "Gift Article",
        "Gift this article", "Democracy Dies in Darkness", "SEARCH", "Search", "Sign In", "Sign in", "Log in", "Subscribe", "Register",
        "Search & Section Navigation", "Section Navigation", "Add to your saved stories", "Save to reading list", "Read in app", "Summarize",
        "Newsletters & Alerts", "Refinitiv", "Accessibility statement", "Accessibility Statement",
        // Kontan's labels between the picture and the text.
        "Video Pilihan", "Karya Kontan",
        // Kompas.com's audio player.
        "Dengarkan berita ini:", "Dengarkan berita ini",
        // BBC News's screen-reader label on a line of its own, over the caption's text on the next.
        "Image caption,", "Image caption", "Media caption,",
    ];

    // Controls whose words a heading or a line of text may also be ("Companies", "More"): page controls only among a menu's
    // labels or right after another control, at the top of the page (ArticleParser.RemovePageControls, MenuLines).
    private static readonly string[] MenuControls =
    [
        // Reuters's label over the companies a story names, between its "Summary" and the points, and its last menu button;
        // The New York Times's kind of opinion piece under "Opinion".
        "Companies", "More", "Guest Essay",
        // Kompas.com's and Kontan's log-in buttons, and the clock of Kompas.com's audio player.
        "Masuk", "Login", "Log In", "00:00",
        // Share buttons, one to a line under "Bagikan :" or "Share" (a heading "Facebook" in the text stays).
        "Facebook", "Twitter", "WhatsApp", "Whatsapp", "Telegram", "LinkedIn",
    ];

    // The last items of BBC News's and Reuters's site menus, which are no article's section: "… Video", "Live" then "Wales"
    // over the headline, "… Legal", "Commentary" then "Europe".
    private static readonly string[] SiteMenuEnds =
    [
        "Innovation", "Arts", "Travel", "Earth", "Audio", "Video", "Live", "Weather", "Newsletters", "iPlayer", "Sounds", "Bitesize",
        "Sustainability", "Legal", "Breakingviews", "Technology", "Investigations", "Commentary",
        // The Washington Post's "Sections" menu, which ends "…, World, D.C., Md. & Va., Sports".
        "Sports",
    ];

    /// <summary>One of the last items of a news site's menu (BBC News's "Live", Reuters's "Commentary", The Washington Post's "Sports").</summary>
    public static bool IsSiteMenuEnd(ReadOnlySpan<char> line)
    {
        foreach (var item in SiteMenuEnds)
            if (line.Equals(item, StringComparison.Ordinal)) return true;
        return false;
    }

    public static bool IsPageControlInMenu(ReadOnlySpan<char> line)
    {
        foreach (var control in MenuControls)
            if (line.Equals(control, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>
    /// A reading's or a recording's length alone on its line: "7 min", "6 min read", "5 menit", "3 menit baca" (the time the
    /// page says reading or listening takes).
    /// </summary>
    public static bool IsDuration(ReadOnlySpan<char> line)
    {
        var digits = line.IndexOfAnyExceptInRange('0', '9');
        if (digits is < 1 or > 3) return false;
        // "7 min", "7\u00A0min", "5min read".
        var unit = line[digits..].Trim();
        return unit is "min" or "mins" or "min read" or "mins read" or "minutes" or "minute read" or "menit" or "menit baca" or "menit membaca";
    }

    /// <summary>A web address alone on its line.</summary>
    public static bool IsAddress(ReadOnlySpan<char> line) =>
        (line.StartsWith("https://", StringComparison.Ordinal) || line.StartsWith("http://", StringComparison.Ordinal)) && !line.ContainsAny(' ', '\u00A0');

    public static bool IsPageControl(ReadOnlySpan<char> line)
    {
        foreach (var control in PageControls)
            if (line.Equals(control, StringComparison.Ordinal)) return true;
        // "Skip to contentSkip to site indexSearch & Section Navigation", "Subscribe for $1/weekLog in": links side by side
        // lose the space between them when a page is copied; the line is page controls when it is nothing else.
        if (line.Length <= 200 && GluedControls(line, 0)) return true;
        // "| Editor Bagus Santosa" under "Penulis Fikri Ramadhan Syahputra" (Kompas.com): the editor's half of the credit, on a
        // line of its own; the editor is no writer.
        return line.Length <= 60 && (line.StartsWith("Listen to this article", StringComparison.Ordinal) || line.StartsWith("| Editor ", StringComparison.Ordinal));
    }

    // The first four characters of each control that GluedControls tries (four or more long).
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GluedControlOpenings =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(PageControls.Concat(NoiseLines).Where(c => c.Length >= 4).Select(c => c[..4]), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    // Whether the line from `depth` controls on is two or more page controls run together (at most six).
    private static bool GluedControls(ReadOnlySpan<char> rest, int depth)
    {
        if (rest.IsEmpty) return depth >= 2;
        if (depth == 6) return false;
        // Most lines open with no control's first four characters: the lists are read only for one that does.
        if (rest.Length >= 4 && GluedControlOpenings.Contains(rest[..4]))
            foreach (var controls in (ReadOnlySpan<string[]>)[PageControls, NoiseLines])
                foreach (var control in controls)
                    if (control.Length >= 4 && rest.StartsWith(control, StringComparison.Ordinal) && GluedControls(rest[control.Length..].TrimStart(), depth + 1)) return true;
        // A price in a subscription's button: "Subscribe for $1/week", "Subscribe for $4 $1/week", alone on its line too.
        if (rest.StartsWith("Subscribe for ", StringComparison.Ordinal) && rest.IndexOf("/week", StringComparison.Ordinal) is var week and > 0 and <= 30)
            return rest[(week + 5)..].TrimStart() is var after && (after.IsEmpty || GluedControls(after, depth + 1));
        return false;
    }

    public static bool IsNoise(ReadOnlySpan<char> line)
    {
        foreach (var noise in NoiseLines)
            if (line.Equals(noise, StringComparison.Ordinal)) return true;
        // "Listen to this article · 6:42 min Learn more": the audio player's line, with its length, among the page's controls.
        if (IsPageControl(line)) return true;
        // "Image source, Getty Images": who took a picture whose caption, if any, is on the next line.
        if (line.Length <= 80 && line.StartsWith(ImageSource, StringComparison.Ordinal)) return true;

        return IsPageCounter(line) || IsTimeOfUpdate(line);
    }

    private static readonly string[] RelativeUnits =
        ["minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs", "day", "days", "week", "weeks", "menit", "jam", "hari", "minggu"];

    // "2 hours ago", "1 day ago", "17 jam lalu", "3 hari yang lalu": when a page was shown, not when the article was
    // published, so no date can be read from it; and a comment counter ("0 komentar").
    private static bool IsPageCounter(ReadOnlySpan<char> line)
    {
        if (line.Length is 0 or > 24 || !char.IsDigit(line[0])) return false;
        var i = 0;
        while (i < line.Length && char.IsDigit(line[i])) i++;
        var rest = line[i..].Trim();
        if (rest is "komentar" or "Komentar" or "comments" or "Comments" or "comment" or "Comment") return true;
        if (IsDuration(line)) return true;
        var space = rest.IndexOf(' ');
        if (space < 0) return false;
        var unit = rest[..space];
        var tail = rest[(space + 1)..].Trim();
        if (tail is not ("ago" or "lalu" or "yang lalu")) return false;
        foreach (var known in RelativeUnits)
            if (unit.Equals(known, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    // "Updated 6:14 p.m. ET" under "Feb. 7, 2024": the hour of a change on the day above, no date of its own.
    private static bool IsTimeOfUpdate(ReadOnlySpan<char> line)
    {
        const string updated = "Updated ";
        if (line.Length > 30 || !line.StartsWith(updated, StringComparison.Ordinal)) return false;
        var rest = line[updated.Length..];
        // "Updated 2 hours ago" (Reuters): when the page was shown, as "2 hours ago" alone is.
        if (IsPageCounter(rest)) return true;
        var colon = rest.IndexOf(':');
        if (colon is < 1 or > 2 || rest[..colon].ContainsAnyExceptInRange('0', '9') || rest.Length < colon + 3
            || rest.Slice(colon + 1, 2).ContainsAnyExceptInRange('0', '9')) return false;
        var after = rest[(colon + 3)..].Trim();
        return after.StartsWith("a.m.", StringComparison.Ordinal) || after.StartsWith("p.m.", StringComparison.Ordinal)
            || after.StartsWith("AM", StringComparison.Ordinal) || after.StartsWith("PM", StringComparison.Ordinal);
    }

    // detik's video promotions, with or without a colon: "Simak juga Video 'Janji Mensos …'", "Tonton juga video "…"".
    private static readonly string[] VideoPrefixes = ["Simak juga video", "Lihat juga video", "Tonton juga video", "Saksikan juga video"];

    /// <summary>BBC News's screen-reader words before a picture's credit.</summary>
    public const string ImageSource = "Image source, ";

    /// <summary>
    /// Where the topic links that close a page start (<c>Related topics</c> over <c>US economy</c>): the label's line, when only
    /// short lines follow it; -1 when there is none within the last lines.
    /// </summary>
    public static int TopicLinksStart(List<SourceLine> content, int start)
    {
        for (var i = content.Count - 1; i >= start && i >= content.Count - 48; i--)
            foreach (var label in ClosingLabels)
                if (content[i].Text.SequenceEqual(label)) return i;
        // "More on this story" over its links, then "Related topics" over its own: the first label of the run of short lines.
        var found = -1;
        for (var i = content.Count - 1; i >= start && i >= content.Count - 16; i--)
        {
            var text = content[i].Text;
            foreach (var label in TopicLabels)
                if (text.Equals(label, StringComparison.Ordinal)) found = i;
            // Past the site's own closing lines ("Dapatkan update berita pilihan …" under Kompas.com's tags).
            if (found < 0 && (IsTrailer(text, out _) || IsNoise(text))) continue;
            // (A link may be an article's headline: "Flu season arriving early, CDC says, as hospitals brace for busy winter".)
            if (text.Length > 60 && (text.Length > 120 || text.EndsWith('.') || text.EndsWith('"') || text.EndsWith('\u201D'))) break;
        }
        return found;
    }

    /// <summary>
    /// <c>Baca juga:</c> alone on its line, over the title it links to on the next (as a page copied with the link on a line
    /// of its own gives it).
    /// </summary>
    public static bool IsRelatedLabel(ReadOnlySpan<char> line)
    {
        var label = line.TrimEnd(" :");
        // Not "Live" or "Baca" alone: BBC's live links and CNBC's "Baca:" are read only with their colon and title on the line.
        if (label.Equals("Live", StringComparison.OrdinalIgnoreCase) || label.Equals("Baca", StringComparison.OrdinalIgnoreCase)) return false;
        foreach (var prefix in RelatedPrefixes)
            if (label.Equals(prefix, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary><c>Baca juga: TITLE</c> gives the title; so does <c>Simak juga Video TITLE</c>.</summary>
    public static bool TryRelated(string source, SourceLine line, out TextField related)
    {
        related = null!;
        foreach (var prefix in VideoPrefixes)
        {
            if (!line.Text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) || line.Text.Length == prefix.Length || line.Text[prefix.Length] is not (' ' or ':')) continue;
            var at = prefix.Length;
            while (at < line.Text.Length && line.Text[at] is ' ' or ':') at++;
            related = TextRules.Field(source, line.Span.Start + at, line.Span.End);
            return related.Span.Length > 0;
        }
        foreach (var prefix in RelatedPrefixes)
        {
            if (!line.Text.StartsWith(prefix, StringComparison.Ordinal)) continue;
            var i = prefix.Length;
            while (i < line.Text.Length && line.Text[i] == ' ') i++;
            if (i >= line.Text.Length || line.Text[i] != ':') continue;
            related = TextRules.Field(source, line.Span.Start + i + 1, line.Span.End);
            return related.Span.Length > 0;
        }
        return false;
    }

    // The trailer prefixes by their first character, in the order of TrailerPrefixes: a line is checked only against
    // the prefixes that open with its own first character.
    private static readonly Dictionary<char, (string Prefix, TrailerKind Kind)[]> TrailerPrefixesByFirst =
        TrailerPrefixes.GroupBy(p => p.Prefix[0]).ToDictionary(g => g.Key, g => g.ToArray());

    private static readonly char[] TrailerSuffixEnds = TrailerSuffixes.Select(s => s[^1]).Distinct().ToArray();

    /// <summary>Whether <paramref name="text"/> is a trailer line, and its kind, without making the <see cref="TrailerLine"/>.</summary>
    public static bool IsTrailer(ReadOnlySpan<char> text, out TrailerKind kind)
    {
        kind = default;
        if (text.Length == 0) return false;
        if (TrailerPrefixesByFirst.TryGetValue(text[0], out var prefixes))
            foreach (var (prefix, prefixKind) in prefixes)
            {
                if (!text.StartsWith(prefix, StringComparison.Ordinal)) continue;
                kind = prefixKind;
                return true;
            }
        if (text.Length > 200 || Array.IndexOf(TrailerSuffixEnds, text[^1]) < 0) return false;
        foreach (var suffix in TrailerSuffixes)
        {
            if (!text.EndsWith(suffix, StringComparison.Ordinal)) continue;
            kind = TrailerKind.Credits;
            return true;
        }
        return false;
    }

    /// <summary>An editor code line, <c>(tps/tps)</c>, <c>(ash/ash)</c>, <c>(ldy/pta)</c>, <c>(rah/rah)</c>.</summary>
    public static bool TryEditorCode(string source, SourceLine line, out TextField code)
    {
        code = null!;
        return line.Text.Length >= 5 && line.Text[0] == '(' && line.Text[^1] == ')'
            && TryCodeAt(source, line.Span.Start, line.Span.End, out code);
    }

    /// <summary>An editor code at the end of a paragraph: <c>… kata dia. (ash/ash)</c>. Returns where the paragraph ends without it.</summary>
    public static bool TryTrailingEditorCode(string source, TextSpan paragraph, out TextField code, out int paragraphEnd)
    {
        code = null!;
        paragraphEnd = paragraph.End;
        if (paragraph.Length < 8 || source[paragraph.End - 1] != ')') return false;
        var open = source.LastIndexOf('(', paragraph.End - 1, Math.Min(24, paragraph.Length));
        if (open <= paragraph.Start || !char.IsWhiteSpace(source[open - 1])) return false;
        if (!TryCodeAt(source, open, paragraph.End, out code)) return false;
        paragraphEnd = TextRules.Trim(source, paragraph.Start, open).End;
        return paragraphEnd > paragraph.Start;
    }

    private static bool TryCodeAt(string source, int start, int end, out TextField code)
    {
        code = null!;
        var inner = source.AsSpan(start + 1, end - start - 2);
        var slash = inner.IndexOf('/');
        if (slash is < 1 or > 6 || inner.Length - slash - 1 is < 1 or > 12) return false;
        var letters = false;
        foreach (var c in inner)
        {
            if (!(char.IsAsciiLetterLower(c) || c == '/' || c == '-' || char.IsAsciiDigit(c))) return false;
            letters |= char.IsAsciiLetterLower(c);
        }
        // "Senin (20/10/2025)" closing a paragraph is a date, not an editor's code ("(dna/dna)", "(rdp/imk)").
        if (!letters) return false;
        code = TextField.FromSource(source, new TextSpan(start + 1, end - 1));
        return true;
    }
}
