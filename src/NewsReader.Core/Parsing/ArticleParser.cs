using NewsReader.Model;
using NewsReader.Parsing.Attribution;

namespace NewsReader.Parsing;

/// <summary>
/// Turns the text of a news article into an <see cref="Article"/>. Pure and total: it never throws on content.
/// Pass one reads lines into header fields, body blocks and trailer lines; pass two finds quotes in the
/// paragraphs and attaches their speakers.
/// </summary>
public static class ArticleParser
{
    /// <summary>Bumped whenever the parser's output changes, so stored articles can be re-parsed.</summary>
    public const int Version = 6;

    // BBC News prints up to eight lines of dates and page controls between the headline and the picture.
    private const int HeaderWindow = 14;
    private const int MaxHeadlineLength = 250;

    public static Article Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var source = TextNormalizer.Normalize(text);
        try
        {
            return ParseNormalized(source);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Totality is a promise: a bug in a unit must not cost the user the article.
            return Fallback(source, $"The parser failed ({exception.GetType().Name}); the text is kept as plain paragraphs.");
        }
    }

    /// <summary>
    /// The working state of one parse: its content lines, the header and body being read, and the warnings. One is kept
    /// per thread and reused by the next parse, so a parse allocates only what the article keeps: the lists the
    /// <see cref="Article"/> holds are copied out at their final size. Cleared at the end of each parse, so it keeps
    /// nothing of the source or the model alive.
    /// </summary>
    private sealed class Scratch
    {
        // Lists that grew past this (a huge article) are not kept for the next parse.
        private const int MaxKeptCapacity = 1 << 16;

        public readonly List<SourceLine> Content = new(256);
        public readonly Header Header = new();
        public readonly Body Body = new();
        public readonly List<string> Warnings = [];

        /// <summary>Clears everything; false when the lists grew too large to be worth keeping.</summary>
        public bool Clear()
        {
            Content.Clear(); // lets go of the source text
            Header.Clear();
            Body.Clear();
            Warnings.Clear();
            return Content.Capacity <= MaxKeptCapacity && Body.Blocks.Capacity <= MaxKeptCapacity;
        }
    }

    [ThreadStatic] private static Scratch? scratchOfThread;

    private static Article ParseNormalized(string source)
    {
        var scratch = scratchOfThread ?? new Scratch();
        scratchOfThread = null; // taken: a parse that started inside this one would make its own
        try
        {
            SourceLine.Split(source, scratch.Content, skipBlank: true);
            return ParseLines(source, scratch);
        }
        finally
        {
            if (scratch.Clear()) scratchOfThread = scratch;
        }
    }

    private static Article ParseLines(string source, Scratch scratch)
    {
        var content = scratch.Content;
        if (content.Count == 0)
            return new Article { Text = source, Warnings = ["The text is empty."] };

        var warnings = scratch.Warnings;
        var header = scratch.Header;
        TextField? masthead = null;
        if (FrontMatter.TryRead(source, content, warnings, out var front, out var frontEnd)) FromFrontMatter(source, header, front, frontEnd);
        else
        {
            // The site's menu copied with the page ("Home", "News", "Sport", "Weather" …) is no part of the article.
            if (MenuLines(source, content) is var menu and > 0) RemoveMenu(content, menu);
            // The page's own controls among the header's lines ("Skip to content", "SKIP ADVERTISEMENT", "Supported by",
            // "Share full article") say nothing of the article: they leave the header's window for its lines.
            RemovePageControls(content);
            masthead = TakeMastheadUnderSection(source, content);
            RemoveRepeatedLabel(source, content);
            RemovePageDate(source, content);
            ReadHeader(header, source, content, warnings);
        }
        var body = scratch.Body;
        ReadBody(body, source, content, header.BodyStart, warnings);
        // ANTARA names its writer only in the "Pewarta:" credit at the end.
        if (header.Byline is null)
        {
            foreach (var line in body.Trailer)
                if (line.Kind == TrailerKind.Credits && BylineParser.TryParseCredit(source, new SourceLine(0, source, line.Span), out var credit))
                {
                    header.Byline = credit;
                    break;
                }
        }

        // "© 2026 The New York Times Company" closing a page that names its outlet nowhere above; or the masthead taken from
        // among the header's lines.
        if (header.Byline?.OutletName is null && body.Dateline?.OutletName is null && (masthead ?? OutletOfCopyright(source, body.Trailer)) is { } owner)
            header.Byline = header.Byline is null ? new Byline([], owner, owner.Span) { OutletName = Outlets.Brand(owner) }
                : header.Byline with { Outlet = owner, OutletName = Outlets.Brand(owner) };

        // Pass two: quotes and speakers.
        var blocks = new List<Block>(body.Blocks); // at its final size
        var language = LanguageDetector.Detect(source);
        var quotes = FindQuotes(source, blocks, header.Headline?.Value, language, warnings);
        if (header.Headline is null) warnings.Add("No headline was recognised.");

        // Kontan's topic label leaves a header caption (CaptionParser.WithoutLabel).
        for (var c = 0; c < header.Captions.Count; c++) header.Captions[c] = CaptionParser.WithoutLabel(source, header.Captions[c]);
        return new Article
        {
            Text = source,
            Section = header.Section,
            Headline = header.Headline,
            Standfirst = header.Standfirst,
            Byline = header.Byline,
            Published = header.Published,
            Updated = header.Updated,
            Dateline = body.Dateline,
            Captions = [.. header.Captions, .. body.Captions],
            Blocks = blocks,
            Quotes = quotes,
            EditorCodes = new List<TextField>(body.EditorCodes),
            Trailer = new List<TrailerLine>(body.Trailer),
            Related = [.. header.Related, .. body.Related],
            Language = language,
            Warnings = new List<string>(warnings),
        };
    }

    // What the header holds while it is read (reused by the next parse: see Scratch).
    private sealed class Header
    {
        public TextField? Section, Headline, Standfirst;
        public Byline? Byline;
        public PublishedDate? Published, Updated;
        public List<Caption> Captions { get; } = [];
        public List<TextField> Related { get; } = [];
        public int BodyStart;

        public void Clear()
        {
            (Section, Headline, Standfirst, Byline, Published, Updated, BodyStart) = (null, null, null, null, null, null, 0);
            Captions.Clear();
            Related.Clear();
        }
    }

    // What the body holds while it is read (reused by the next parse: see Scratch).
    private sealed class Body
    {
        public Dateline? Dateline;
        public List<Block> Blocks { get; } = [];
        public List<Caption> Captions { get; } = [];
        public List<TextField> EditorCodes { get; } = [];
        public List<TrailerLine> Trailer { get; } = [];
        public List<TextField> Related { get; } = [];

        public void Clear()
        {
            Dateline = null;
            Blocks.Clear();
            Captions.Clear();
            EditorCodes.Clear();
            Trailer.Clear();
            Related.Clear();
        }
    }

    // A front matter header says what each field is; nothing needs to be recognised.
    private static void FromFrontMatter(string source, Header header, FrontMatter.Fields front, int bodyStart)
    {
        header.Section = front.Section;
        header.Headline = front.Title;
        header.Standfirst = front.Description;
        header.Published = front.Published;
        header.Updated = front.Updated;
        header.BodyStart = bodyStart;
        if (front.Authors.Count > 0 || front.Outlet is not null)
            header.Byline = new Byline(front.Authors, front.Outlet, front.Span) { OutletName = Outlets.Brand(front.Outlet) };
        // A caption with no credit of its own may print it as a caption line does ("Foto: … (CNBC Indonesia/Name)", "… (Foto:
        // Name/detikcom)", "… REUTERS/Name"): read as one, as a saved page's figure caption comes. Not a credit that reads as
        // the caption's sentence ("… on Monday. EES/ETIAS checks began in October").
        if (front.Caption is not null)
            header.Captions.Add(front.Credit is null && CaptionParser.TryParse(source, new SourceLine(0, source, front.Caption.Span), inHeader: true, out var printed)
                && !CaptionParser.ReadsAsSentence(printed.Credit)
                ? printed : new Caption(front.Caption, front.Credit, front.Caption.Span));
    }

    private static TextSpan? MarkdownHeadingText(string source, TextSpan line)
    {
        var hashes = 0;
        while (hashes < line.Length && source[line.Start + hashes] == '#') hashes++;
        if (hashes is < 2 or > 6 || hashes >= line.Length || source[line.Start + hashes] != ' ') return null;
        var text = TextRules.Trim(source, line.Start + hashes, line.End);
        return text.Length > 0 ? text : null;
    }

    private enum HeaderKind { Other, Date, Byline, Caption, Noise, Related, Label }

    // The byline ends on the line above i: its name ("Morven Sinclair"), or the outlet and region under it ("BBC News,
    // Ceredigion", read as part of the byline and marked noise).
    private static bool BylineRightAbove(ReadOnlySpan<HeaderKind> kinds, int i) =>
        kinds[i - 1] == HeaderKind.Byline || i >= 2 && kinds[i - 1] == HeaderKind.Noise && kinds[i - 2] == HeaderKind.Byline;

    // Header: the lines before the first body paragraph. A line is recognised by what it is (a date, a byline beside
    // the date, a caption, an outlet label), and the header ends at the last such line near the top.
    private static void ReadHeader(Header header, string source, List<SourceLine> content, List<string> warnings)
    {
        var window = Math.Min(HeaderWindow, content.Count);
        // The working arrays live on the stack: a parse allocates none of them.
        Span<HeaderKind> kinds = stackalloc HeaderKind[window];
        var dateBuffer = new HeaderResults();
        Span<PublishedDateParser.Result> dates = dateBuffer;
        dates = dates[..window];
        // What a line was recognised as, kept when the second reading below would repeat the first exactly.
        var parsedBuffer = new HeaderParsed();
        Span<object?> parsed = parsedBuffer;
        // Bylines that are only a name beside the date (see BylineParser.TryParse).
        Span<bool> bare = stackalloc bool[window];
        // The header ends at the last recognised line, as long as nothing before it reads like a body paragraph. Lines are
        // classed only as far as that needs: a byline is told by the kinds of the two lines after it (beside a date), so
        // classing runs two lines ahead of the line at hand, and stops with the first body paragraph. The lines after it
        // cannot change where the header ends, and in a short article they are most of the window: the date, caption and
        // byline readers ran on every one of them.
        var classed = 0;
        var end = 0; // exclusive
        for (var i = 0; i < window; i++)
        {
            for (; classed < window && classed <= i + 2; classed++) kinds[classed] = ClassifyHeaderLine(source, content[classed], classed, ref dates[classed], ref parsed[classed]);
            // Reuters's "Summary" (Tempo's "Ringkasan Berita") over its points, short lines: the standfirst, all of them.
            if (i > 0 && kinds[i] == HeaderKind.Other && content[i].Text is "Summary" or "Key points" or "Ringkasan Berita" or "Ringkasan"
                && SummaryPoints(source, content, i + 1, window, sentences: content[i].Text.StartsWith("Ringkasan", StringComparison.Ordinal)) is var points and > 0)
            {
                header.Standfirst ??= TextField.FromSource(source, new TextSpan(content[i + 1].Span.Start, content[i + points].Span.End));
                for (var n = i; n <= i + points; n++) kinds[n] = HeaderKind.Noise;
                classed = Math.Max(classed, i + points + 1);
                end = i + points + 1;
                i += points;
                continue;
            }
            // "Image source," / "Greenhollow Festival" / "Image caption," / "Organisers shared photos …" (BBC News).
            if (i > 0 && CaptionParser.TryLabelsOnTheirLines(source, content, i, window, out var screenRead, out var used))
            {
                kinds[i] = HeaderKind.Caption;
                parsed[i] = screenRead;
                for (var n = i + 1; n < i + used; n++) kinds[n] = HeaderKind.Noise;
                classed = Math.Max(classed, i + used);
                end = i + used;
                i += used - 1;
                continue;
            }
            // "Image source, Getty Images" or "Getty Images" over the caption's line.
            if (i > 0 && kinds[i] is HeaderKind.Other or HeaderKind.Noise && i + 1 < window && kinds[i + 1] is HeaderKind.Other or HeaderKind.Caption
                && CaptionParser.TryCreditOverCaption(source, content[i], content[i + 1], BylineRightAbove(kinds, i), out var credited))
            {
                (kinds[i], parsed[i], kinds[i + 1]) = (HeaderKind.Caption, credited, HeaderKind.Noise);
                end = i + 2;
                i++;
                continue;
            }
            // "… which borders the proposed detention site." over "Credit...Christopher Lee Dávila for The New York Times".
            if (i > 0 && kinds[i] == HeaderKind.Other && i + 1 < window && CaptionParser.TryCaptionOverCredit(source, content[i], content[i + 1], out var creditedBelow))
            {
                (kinds[i], parsed[i], kinds[i + 1]) = (HeaderKind.Caption, creditedBelow, HeaderKind.Noise);
                end = i + 2;
                i++;
                continue;
            }
            // "Editor:" over "Agoeng Wijaya Satrio": a credit's label read as a label, over a name that is no writer's.
            if (kinds[i] == HeaderKind.Label && i + 1 < window && kinds[i + 1] == HeaderKind.Other
                && BylineParser.TryLabelOverNames(source, content[i], content[i + 1], out var labelWriter, out _) && !labelWriter)
                kinds[i + 1] = HeaderKind.Noise;
            if (kinds[i] == HeaderKind.Other)
            {
                var besideDate = (i > 0 && kinds[i - 1] == HeaderKind.Date) || (i + 1 < window && kinds[i + 1] == HeaderKind.Date)
                    || (i + 2 < window && kinds[i + 2] == HeaderKind.Date && kinds[i + 1] != HeaderKind.Other)
                    // "20 November 2025" over "Share" and "Save" over "Joel Penhallow, BBC News, Devon": past the page's controls.
                    || DateAbovePastNoise(kinds, i);
                if (i > 0 && BylineParser.TryParse(source, content[i], besideDate, out var found, out bare[i]))
                {
                    kinds[i] = HeaderKind.Byline;
                    // "Gwenllian Prys-Davies" over "BBC Wales": a bare name over the writer's title or outlet is read with it.
                    if (bare[i] && i + 1 < window && kinds[i + 1] == HeaderKind.Other && BylineParser.TryNameOverTitle(source, content[i], content[i + 1], out var overTitle, outletAlone: true))
                        (found, bare[i], kinds[i + 1]) = (overTitle, false, HeaderKind.Noise);
                    if (besideDate) parsed[i] = found;
                    // "By Meredith Kaplan" over "and" over "Luis Echevarría" (The Washington Post): the second writer two lines down.
                    if (i + 2 < window && content[i + 1].Text is "and" or "dan" && BylineParser.TryParse(source, content[i + 2], true, out var second, out _)
                        && second.Authors.Count > 0)
                    {
                        (parsed[i], kinds[i + 1], kinds[i + 2]) = (Merge(found, second), HeaderKind.Noise, HeaderKind.Noise);
                        bare[i] = false;
                    }
                    // "By Hiroshi Tanaka-Reed" over "and Colleen Brennan": the second writer on the next line.
                    else if (i + 1 < window && kinds[i + 1] == HeaderKind.Other && BylineParser.TryMoreWriters(source, content[i + 1], out var more))
                    {
                        (parsed[i], kinds[i + 1]) = (Merge(found, more), HeaderKind.Noise);
                        bare[i] = false;
                    }
                    // "By Natalie Sherman" over "Business reporter, BBC News": the writer's title and outlet on the next line.
                    if (i + 1 < window && kinds[i + 1] == HeaderKind.Other && BylineParser.TryTitleAndOutlet(source, content[i + 1], out var outlet))
                        (parsed[i], kinds[i + 1]) = (found with { Outlet = found.Outlet ?? outlet, OutletName = found.OutletName ?? Outlets.Brand(outlet) }, HeaderKind.Noise);
                }
                // "Reporter" over "Ilona Estherina", "Editor" over "Agoeng Wijaya": a label on a line of its own over the names.
                else if (i + 1 < window && kinds[i + 1] == HeaderKind.Other && BylineParser.TryLabelOverNames(source, content[i], content[i + 1], out var writer, out var labelledWriters))
                {
                    (kinds[i], kinds[i + 1]) = writer ? (HeaderKind.Byline, HeaderKind.Noise) : (HeaderKind.Noise, HeaderKind.Noise);
                    if (labelledWriters is not null) parsed[i] = labelledWriters;
                }
                // "Natalie Sherman" over "Business reporter, BBC News": a name, then the writer's title and outlet on a line
                // of their own.
                else if (i > 0 && i + 1 < window && (kinds[i + 1] == HeaderKind.Other || kinds[i + 1] == HeaderKind.Label && content[i + 1].Text.StartsWith("Reporting from ", StringComparison.Ordinal))
                    // "Dan Whitcombe" over "BBC Sport" under the picture's caption: the outlet alone, too.
                    && BylineParser.TryNameOverTitle(source, content[i], content[i + 1], out var titled, outletAlone: kinds[i - 1] is HeaderKind.Caption or HeaderKind.Date or HeaderKind.Noise))
                {
                    (kinds[i], parsed[i], kinds[i + 1]) = (HeaderKind.Byline, titled, HeaderKind.Noise);
                }
                // Kompas.com under its date line: "Isna Rifka Sri Rahayu," then "Erlangga Djumena" then "Tim Redaksi", the
                // writers each closed by a comma and the editor last.
                else if (i > 0 && kinds[i - 1] == HeaderKind.Date && BylineParser.TryNamesDownTheLines(source, content, i, window, out var listed, out var lines))
                {
                    (kinds[i], parsed[i]) = (HeaderKind.Byline, listed);
                    // The names' lines are read: lines past the two classed ahead are not classed again over them.
                    for (var n = i + 1; n < i + lines; n++) kinds[n] = HeaderKind.Noise;
                    classed = Math.Max(classed, i + lines);
                }
            }
            // (The standfirst under the headline, over the writer: "Local" over "Maryland" over the headline (The Washington
            // Post), two labels on top, put it a line lower.)
            if (kinds[i] == HeaderKind.Other && IsParagraphLike(content[i].Text) && i > 0 && (LooksLikeBodyParagraph(source, content[i]) || IsQuotedParagraph(content[i].Text))
                && !(i <= 2 + LeadingNoise(kinds, i) + (i >= 3 && IsSectionLike(content[0].Text) && IsSectionLike(content[1].Text) ? 1 : 0)
                    && WriterFollows(source, content, i + 1, window))) break;
            if (kinds[i] != HeaderKind.Other) end = i + 1;
        }

        // "Edukasi" over "Kompas.com - 19/06/2025, 17:05 WIB" over "Penulis: Kontributor Makassar, Hendra Cipta Mustari": a
        // word beside the date read as a bare name is no writer when a labelled byline names the writers; it is the section.
        var labelled = false;
        for (var i = 0; i < end; i++)
            labelled |= kinds[i] == HeaderKind.Byline && !bare[i] && (parsed[i] is not Byline named || named.Authors.Count > 0);
        if (labelled)
            for (var i = 0; i < end; i++)
                if (kinds[i] == HeaderKind.Byline && bare[i]) kinds[i] = HeaderKind.Other;

        TextField? datedOutlet = null;
        var otherBuffer = new HeaderLines();
        Span<SourceLine> others = otherBuffer;
        var otherCount = 0;
        for (var i = 0; i < end; i++)
        {
            var line = content[i];
            switch (kinds[i])
            {
                case HeaderKind.Date:
                    // "Kompas.com - 01/12/2025, 14:30 WIB": the outlet before the date, given to the byline once it is read.
                    datedOutlet ??= OutletBeforeDate(source, line);
                    // "Diterbitkan …" then "Diperbarui …" on two lines, or both on one; a second unlabelled date is the update;
                    // "Updated May 19, 2026 at 4:15 p.m. EDT" over "Published May 19, 2026 at 6:00 a.m. EDT" (The Washington
                    // Post): the publication under the update is still the publication.
                    if (dates[i].Published is { } published)
                    {
                        // "October 23, 2025" over "2:15 PM GMT+7" (Reuters, as copied): a date alone, then its time and zone on
                        // the next line, are one date.
                        if (!published.HasTime && i + 1 < content.Count && content[i + 1].Number == line.Number + 1
                            && TimeOnNextLine(source, line, content[i + 1]) is { } timed) published = timed;
                        if (header.Published is null) header.Published = published;
                        else header.Updated ??= published;
                    }
                    header.Updated ??= dates[i].Updated;
                    if (dates[i].Warning is { } warning) warnings.Add(warning);
                    break;
                case HeaderKind.Byline:
                    if (parsed[i] is Byline byline || BylineParser.TryParse(source, line, true, out byline))
                        header.Byline = header.Byline is null ? byline : Merge(header.Byline, byline);
                    break;
                case HeaderKind.Caption:
                    if (parsed[i] is Caption caption || CaptionParser.TryParse(source, line, true, out caption)) header.Captions.Add(caption);
                    break;
                case HeaderKind.Related:
                    if (parsed[i] is TextField related || LineClassifier.TryRelated(source, line, out related)) header.Related.Add(related);
                    break;
                case HeaderKind.Other:
                    others[otherCount++] = line;
                    break;
            }
        }

        // "(Dustin Chambers-Yates for The Washington Post)", "Credit...Kent Nishimura for The New York Times": with no outlet
        // in the byline or by the date, the one the lead picture was taken for, the outlet's own photographer's.
        if (datedOutlet is null && header.Byline?.OutletName is null)
            foreach (var caption in header.Captions)
                if (caption.Credit is { } credit && CaptionParser.ForOutlet(credit.Chars) is { } at)
                {
                    datedOutlet = TextRules.Field(source, credit.Span.Start + at, credit.Span.End);
                    break;
                }
        if (datedOutlet is null && header.Byline?.OutletName is null)
            for (var i = 0; i < end && i <= 2; i++)
                if (kinds[i] == HeaderKind.Noise && IsMasthead(content[i].Text))
                {
                    datedOutlet = TextField.FromSource(source, content[i].Span);
                    break;
                }
        if (datedOutlet is not null && header.Byline?.OutletName is null)
            header.Byline = header.Byline is null ? new Byline([], datedOutlet, datedOutlet.Span) { OutletName = Outlets.Brand(datedOutlet) }
                : header.Byline with { Outlet = datedOutlet, OutletName = Outlets.Brand(datedOutlet) };

        // Without any recognised header line, the first line is the headline when it reads like one.
        if (end == 0)
        {
            if (content.Count > 1 && content[0].Text.Length <= MaxHeadlineLength && !LooksLikeBodyParagraph(source, content[0]))
            {
                others[otherCount++] = content[0];
                end = 1;
                if (content.Count > 2 && IsSectionLike(content[0].Text) && IsHeadlineLike(content[1].Text) && !LooksLikeBodyParagraph(source, content[1]))
                {
                    others[otherCount++] = content[1];
                    end = 2;
                }
            }
        }

        // Unrecognised header lines: a section label, the headline, then a standfirst.
        others = others[..otherCount];
        var k = 0;
        // "detikJateng" over "Berita" over the headline: a channel and a breadcrumb under it, two labels; the first is the
        // section.
        // (Labels of a word or two each: "Politics" over "Biden Wins Iowa" is a section over a headline.)
        // "Local" over "Maryland" over the headline (The Washington Post): a section and its subsection, which is the article's
        // section, the label right over the headline; a channel of the site's ("detikJateng") is the section itself. The
        // headline may be two short sentences there too (IsHeadlineUnderLabel), under a subsection of one word (not "Opinions"
        // over "Trump’s Gamble" over its two-sentence standfirst).
        // "England" over "Local News" over "Shropshire" over the headline (BBC News): a broad section, the site's local pages and
        // the place's, which is the article's section.
        if (others.Length >= 4 && IsSectionLike(others[0].Text) && IsSectionLike(others[1].Text) && IsSectionLike(others[2].Text)
            && LabelWords(others[0].Text) <= 2 && LabelWords(others[1].Text) <= 2 && LabelWords(others[2].Text) <= 3
            && Outlets.Recognise(others[0].Text) is null && IsBreadcrumbOver(others[1].Text, others[2].Text)
            && !IsSectionLike(others[3].Text) && (IsHeadlineLike(others[3].Text) || LabelWords(others[2].Text) == 1 && IsHeadlineUnderLabel(others[3].Text)))
        {
            header.Section = TextField.FromSource(source, others[2].Span);
            k = 3;
        }
        else if (others.Length >= 3 && IsSectionLike(others[0].Text) && IsSectionLike(others[1].Text) && LabelWords(others[0].Text) <= 2
            && LabelWords(others[1].Text) <= 2 && !IsSectionLike(others[2].Text)
            && (IsHeadlineLike(others[2].Text) || LabelWords(others[1].Text) == 1 && IsHeadlineUnderLabel(others[2].Text)))
        {
            header.Section = TextField.FromSource(source, others[Outlets.Recognise(others[0].Text) is null && IsBreadcrumbOver(others[0].Text, others[1].Text) ? 1 : 0].Span);
            k = 2;
        }
        else if (others.Length >= 2 && IsSectionLike(others[0].Text) && (IsHeadlineLike(others[1].Text)
                 || (TextRules.CountWords(others[0].Text) <= 2 || others[0].Text.Contains('&')) && IsHeadlineUnderLabel(others[1].Text)))
            header.Section = TextField.FromSource(source, others[k++].Span);
        if (k < others.Length && others[k].Text.Length <= MaxHeadlineLength)
        {
            header.Headline = TextField.FromSource(source, others[k++].Span);
            // "Sinar Nusantara Logistik Bidik Dana IPO …" over "Investasi" over "Reporter: …": Reuters, Kontan, Tempo and
            // Kompas.com print the section under the headline, on the line right after it, over the byline or the date.
            if (header.Section is null && k < others.Length && IsSectionLike(others[k].Text) && content.IndexOf(others[k]) is var label
                && label == content.IndexOf(others[k - 1]) + 1 && label + 1 < end && kinds[label + 1] is HeaderKind.Byline or HeaderKind.Date or HeaderKind.Label or HeaderKind.Noise)
                header.Section = TextField.FromSource(source, others[k++].Span);
        }
        // A standfirst read already (Reuters's summary) is kept; a line more goes back to the body.
        if (k < others.Length && header.Standfirst is null)
            header.Standfirst = TextField.FromSource(source, others[k++].Span);
        if (k < others.Length)
        {
            // More unrecognised lines than a header holds: give them back to the body.
            end = content.IndexOf(others[k]);
            warnings.Add("Some lines at the top were not recognised and are kept as body paragraphs.");
        }
        header.BodyStart = end;
    }

    [System.Runtime.CompilerServices.InlineArray(HeaderWindow)]
    private struct HeaderResults
    {
        private PublishedDateParser.Result first;
    }

    [System.Runtime.CompilerServices.InlineArray(HeaderWindow)]
    private struct HeaderParsed
    {
        private object? first;
    }

    [System.Runtime.CompilerServices.InlineArray(HeaderWindow)]
    private struct HeaderLines
    {
        private SourceLine first;
    }

    // A masthead: a known outlet whose name opens with "The" ("The New York Times", "The Washington Post"); a line "BBC News" or
    // "CNN Indonesia" may be a byline naming only the outlet.
    private static bool IsMasthead(ReadOnlySpan<char> text) =>
        text.Length <= 40 && text.StartsWith("The ", StringComparison.Ordinal) && Outlets.Recognise(text) is not null;

    // "Politics", "Monday, October 20, 2025", "The New York Times", … over the headline (as The New York Times's page is
    // copied, its section at the left of the masthead): the masthead between the section and the headline is the outlet, no
    // line of the header; it is taken out, and names the outlet when nothing else does.
    // "Kompas.com", "Regional", the headline: the site's name alone on the page's first line, over the section and the headline,
    // is the masthead too (not a detik channel's name, "detikJateng" over "Berita", which is the section).
    private static TextField? TakeMastheadUnderSection(string source, List<SourceLine> content)
    {
        var at = content.Count < 5 ? -1
            : IsSectionLike(content[0].Text) && PublishedDateParser.TryParse(source, content[1], out _) && IsMasthead(content[2].Text) ? 2
            : Outlets.Recognise(content[0].Text) is not null && !content[0].Text.StartsWith("detik", StringComparison.OrdinalIgnoreCase) && IsSectionLike(content[1].Text) && Outlets.Recognise(content[1].Text) is null
                && TextRules.CountWords(content[2].Text) >= 4 && !PublishedDateParser.TryParse(source, content[2], out _) ? 0
            : -1;
        if (at < 0) return null;
        var masthead = TextRules.Field(source, content[at].Span.Start, content[at].Span.End);
        content.RemoveAt(at);
        return masthead;
    }

    // How many lines before line i, from the top, are page noise (a masthead, its slogan, skip links) or the page's date among
    // them.
    private static int LeadingNoise(ReadOnlySpan<HeaderKind> kinds, int i)
    {
        var n = 0;
        // "The New York Times" over "Thursday, April 9, 2026": the page's date under its masthead is read as one too.
        while (n < i && (kinds[n] == HeaderKind.Noise || kinds[n] == HeaderKind.Date && n + 1 < i && kinds[n + 1] != HeaderKind.Date)) n++;
        return n;
    }

    // Whether a date line is above line i with only page controls ("Share", "Save") between them.
    private static bool DateAbovePastNoise(ReadOnlySpan<HeaderKind> kinds, int i)
    {
        var k = i - 1;
        while (k >= 0 && kinds[k] == HeaderKind.Noise) k--;
        return k >= 0 && k < i - 1 && kinds[k] == HeaderKind.Date;
    }

    // What a header line is by itself (a byline is told later, beside its neighbours); what was recognised is kept in parsed
    // when reading it again would repeat the same reading.
    private static HeaderKind ClassifyHeaderLine(string source, SourceLine line, int i, ref PublishedDateParser.Result date, ref object? parsed)
    {
        if (PublishedDateParser.TryParse(source, line, out date)) return HeaderKind.Date;
        if (CaptionParser.TryParse(source, line, i > 0, out var found))
        {
            if (i > 0) parsed = found;
            return HeaderKind.Caption;
        }
        if (LineClassifier.IsNoise(line.Text)) return HeaderKind.Noise;
        // "The New York Times", "The Washington Post" at the top, over the headline: the site's masthead, whose outlet is the
        // article's when nothing else names one.
        if (i <= 2 && IsMasthead(line.Text)) return HeaderKind.Noise;
        if (LineClassifier.TryRelated(source, line, out var link))
        {
            parsed = link;
            return HeaderKind.Related;
        }
        return IsHeaderLabel(line.Text) ? HeaderKind.Label : HeaderKind.Other;
    }

    // "Kompas.com - 01/12/2025, 14:30 WIB", "Kompas.com, 1 Desember 2025, 14:30 WIB": the outlet before the date.
    private static TextField? OutletBeforeDate(string source, SourceLine line)
    {
        var dash = line.Text.IndexOf(" - ", StringComparison.Ordinal);
        var comma = line.Text.IndexOf(", ", StringComparison.Ordinal);
        var end = dash > 0 && dash <= 40 ? dash : comma;
        if (end <= 0 || end > 40 || Outlets.Recognise(line.Text[..end]) is null) return null;
        return TextRules.Field(source, line.Span.Start, line.Span.Start + end);
    }

    // Labels of the header's credits ("Editor: …", "Penyunting …", "Tim Redaksi") and "Reporting from Washington", where The
    // New York Times's writer filed from, under the byline.
    private static bool IsHeaderLabel(ReadOnlySpan<char> line) =>
        line.StartsWith("Editor ", StringComparison.Ordinal) || line.StartsWith("Editor:", StringComparison.Ordinal)
        || line.StartsWith("Reporting from ", StringComparison.Ordinal) && line.Length <= 60
        // "Photos by Tomás Villaseñor-Pike" under The Washington Post's byline: the photographer, no writer.
        || (line.StartsWith("Photos by ", StringComparison.Ordinal) || line.StartsWith("Photographs by ", StringComparison.Ordinal)) && line.Length <= 60
        // "Clara Whitmore and Dimas Ardianto reported from Lelilef Sawai on Halmahera island, Indonesia." (The New York Times):
        // writers' names, two words at least, joined by "and" or commas (not "Residents reported from the flooded villages …").
        || line.Length <= 160 && line.EndsWith('.') && line.IndexOf(" reported from ", StringComparison.Ordinal) is > 0 and <= 60 and var reported
            && NamesOnly(line[..reported])
        || line.StartsWith("Penyunting", StringComparison.Ordinal) || line.Equals("Tim Redaksi", StringComparison.Ordinal);

    // Capitalised words only, with "and" and commas between them, two words at least.
    private static bool NamesOnly(ReadOnlySpan<char> text)
    {
        var words = 0;
        foreach (var range in text.Split(' '))
        {
            var word = text[range].TrimEnd(',');
            if (word.IsEmpty || word is "and") continue;
            if (!char.IsUpper(word[0])) return false;
            words++;
        }
        return words >= 2;
    }

    private static Byline Merge(Byline first, Byline second) =>
        new([.. first.Authors, .. second.Authors], first.Outlet ?? second.Outlet, first.Span) { OutletName = first.OutletName ?? second.OutletName };

    private static void ReadBody(Body body, string source, List<SourceLine> content, int start, List<string> warnings)
    {
        var trailerStart = TrailerStart(source, content, start);
        var quotes = default(QuoteState); // the last body paragraph's quotation marks
        for (var i = start; i < content.Count; i++)
        {
            var line = content[i];
            if (LineClassifier.IsNoise(line.Text)) continue;
            if (LineClassifier.TryEditorCode(source, line, out var code)) { body.EditorCodes.Add(code); continue; }
            if (LineClassifier.TryRelated(source, line, out var related)) { body.Related.Add(related); continue; }
            // "Baca juga:" then the linked title on the next line.
            if (i + 1 < content.Count && LineClassifier.IsRelatedLabel(line.Text) && content[i + 1].Text is var title && title.Length <= MaxHeadlineLength && !title.EndsWith('.'))
            {
                body.Related.Add(TextField.FromSource(source, content[++i].Span));
                continue;
            }
            if (CaptionParser.TryParse(source, line, false, out var caption)) { body.Captions.Add(caption); continue; }
            var isTrailer = LineClassifier.IsTrailer(line.Text, out var trailerKind);
            if (i >= trailerStart)
            {
                body.Trailer.Add(TrailerLine.FromSource(isTrailer ? trailerKind : TrailerKind.Line, source, line.Span));
                continue;
            }
            if (isTrailer) continue; // a video embed or credit line in the middle of the body is page noise

            var span = line.Span;
            if (LineClassifier.TryTrailingEditorCode(source, span, out var trailing, out var paragraphEnd))
            {
                body.EditorCodes.Add(trailing);
                span = new TextSpan(span.Start, paragraphEnd);
            }

            // A Markdown heading ("## Talks to Resume") is a subheading wherever it stands.
            if (MarkdownHeadingText(source, span) is { } heading)
            {
                body.Blocks.Add(new Block(BlockKind.Subheading, heading.Slice(source), heading));
                continue;
            }
            if (IsSubheading(source, content, i, body))
            {
                body.Blocks.Add(new Block(BlockKind.Subheading, line.ToString(), span));
                continue;
            }

            // "JAKARTA, KOMPAS.com -": the dateline opens the first paragraph, or one of the first five when it names an outlet
            // (lines the header did not recognise may stand before it).
            if (body.Blocks.Count < 5 && body.Dateline is null
                && DatelineParser.TryParse(source, span.Start, span.End, out var dateline, out var textStart) && (body.Blocks.Count == 0 || dateline.Outlet is not null))
            {
                body.Dateline = dateline;
                span = new TextSpan(textStart, span.End);
            }
            // "Jakarta, CNN Indonesia --" on a line of its own, the text on the next: the dateline opens the next paragraph.
            else if (body.Blocks.Count == 0 && body.Dateline is null && DatelineParser.TryParseAlone(source, span.Start, span.End, out var alone))
            {
                body.Dateline = alone;
                continue;
            }
            // '"The session reviewed … as weather conditions' and on the next line 'deteriorate," he stated.': a line that goes on
            // with a lower-case word inside a quotation the line before left open is the same paragraph, broken where a page
            // broke the line (a <br>, a hard wrap).
            if (quotes.Open && body.Blocks is [.., { Kind: BlockKind.Paragraph } previous] && ContinuesLine(source, previous, span))
            {
                body.Blocks[^1] = new Block(BlockKind.Paragraph, source, new TextSpan(previous.Span.Start, span.End), lazy: true);
                quotes.Read(source.AsSpan(span.Start, span.Length));
                continue;
            }
            body.Blocks.Add(new Block(BlockKind.Paragraph, source, span, lazy: true));
            quotes = default;
            quotes.Read(source.AsSpan(span.Start, span.Length));
        }
        if (body.Blocks.Count == 0 && content.Count > start) warnings.Add("No body paragraphs were recognised.");
    }

    // The line at span starts with a lower-case letter right after the paragraph before, one line break between.
    private static bool ContinuesLine(string source, Block previous, TextSpan span)
    {
        if (span.Length == 0 || !char.IsLower(source[span.Start]) || previous.Span.End > span.Start) return false;
        var gap = source.AsSpan(previous.Span.End, span.Start - previous.Span.End);
        return gap.Count('\n') == 1 && gap.Trim().IsEmpty;
    }

    // Whether the paragraph read so far leaves a quotation open: an opening mark with no closing one after it (Kompas's
    // "”" opens and closes alike until a "“" is seen). Read a line at a time, so a paragraph that grows line by line is
    // read once.
    private struct QuoteState
    {
        private bool curly;

        public bool Open { get; private set; }

        public void Read(ReadOnlySpan<char> text)
        {
            for (var k = text.IndexOfAny('"', '\u201C', '\u201D'); k >= 0; k = text.IndexOfAny('"', '\u201C', '\u201D'))
            {
                var c = text[k];
                if (c == '\u201C') (curly, Open) = (true, true);
                else if (c == '\u201D') Open = !curly && !Open;
                else Open = !Open;
                text = text[(k + 1)..];
            }
        }
    }

    // The trailer: the lines after the last body paragraph. It begins at a video prompt or an editor code, or at the first
    // trailer line (credits, copyright, "… contributed to this report.") that no body paragraph follows.
    private static int TrailerStart(string source, List<SourceLine> content, int start)
    {
        var trailerStart = content.Count;
        // "Related topics" over "US economy": the topic links that close a BBC page.
        if (LineClassifier.TopicLinksStart(content, start) is var topics and >= 0) trailerStart = topics;
        // "Home", "News", …, "Terms of Use", "Privacy Policy": the site's footer, copied with the page.
        if (FooterStart(content, start) is var footer and >= 0 && footer < trailerStart) trailerStart = footer;
        for (var i = trailerStart - 1; i >= start; i--)
        {
            var line = content[i];
            if (LineClassifier.IsNoise(line.Text) || LineClassifier.TryRelated(source, line, out _)) continue;
            if (LineClassifier.TryEditorCode(source, line, out _) || LineClassifier.IsTrailer(line.Text, out _)) { trailerStart = i; continue; }
            // "Artikel Selanjutnya" over the next article's title, on a line of its own.
            if (i - 1 >= start && content[i - 1].Text.TrimEnd(" :") is "Artikel Selanjutnya" or "Next Article" or "Next article" && IsHeadlineLike(line.Text))
            {
                trailerStart = --i;
                continue;
            }
            break;
        }
        for (var i = start; i < trailerStart; i++)
        {
            var line = content[i];
            if (LineClassifier.TryEditorCode(source, line, out _)
                // "Simak video …" ends a detik article's text; BBC News's "Watch: …" titles a video in its middle.
                || (LineClassifier.IsTrailer(line.Text, out var kind) && kind == TrailerKind.VideoPrompt && !line.Text.StartsWith("Watch:", StringComparison.Ordinal))
                || LineClassifier.TryTrailingEditorCode(source, line.Span, out _, out _))
                return i + (LineClassifier.TryTrailingEditorCode(source, line.Span, out _, out _) ? 1 : 0);
        }
        return trailerStart;
    }

    // The known outlet a copyright line in the trailer names ("© 2026 The New York Times Company", "Copyright 2026 BBC."), or null.
    private static TextField? OutletOfCopyright(string source, IEnumerable<TrailerLine> trailer)
    {
        foreach (var line in trailer)
        {
            var text = source.AsSpan(line.Span.Start, line.Span.Length);
            var at = text.StartsWith('\u00A9') ? 1 : text.StartsWith("Copyright", StringComparison.Ordinal) ? 9 : -1;
            if (at < 0) continue;
            while (at < text.Length && (char.IsDigit(text[at]) || text[at] is ' ' or '-' or '\u2013' or '\u00A9' or ',')) at++;
            var end = at;
            // To the sentence's stop ("KONTAN.CO.ID. All Rights Reserved.": not a domain's dots).
            while (end < text.Length && !(text[end] == '.' && (end + 1 == text.Length || text[end + 1] == ' '))
                   && !text[end..].StartsWith(" Company", StringComparison.Ordinal) && !text[end..].StartsWith(" All ", StringComparison.Ordinal)) end++;
            if (end > at && Outlets.Recognise(text[at..end]) is not null) return TextRules.Field(source, line.Span.Start + at, line.Span.Start + end);
        }
        return null;
    }

    // Where the site's footer starts: six or more short lines without a sentence's stop that close the page, among them its
    // legal or about links ("Terms of Use", "Privacy Policy", "Pedoman Media Siber", "About Reuters"), with a copyright of any
    // length at the end ("© 1996-2026 The Washington Post"); -1 when there is none, or when nothing of the body would be
    // left. A list that closes an article ("The winners are:" over the names) has no legal link, so it stays.
    private static int FooterStart(List<SourceLine> content, int start)
    {
        var j = content.Count - 1;
        var legal = false;
        for (; j > start; j--)
        {
            var text = content[j].Text;
            // "washingtonpost.com © 1996-2026 The Washington Post", Reuters's "All quotes delayed a minimum of 15 minutes. …".
            if (text.Contains('\u00A9') || text.StartsWith("Copyright", StringComparison.Ordinal) || text.StartsWith("Hak Cipta", StringComparison.Ordinal)
                || text.StartsWith("All quotes delayed", StringComparison.Ordinal)) continue;
            // (A link's text may be an article's headline: "Wisman ke Bali Turun 6 Persen pada Kuartal I-2026, Ini Penyebabnya";
            // "Follow BBC on:" stands among the legal links.)
            if (text.Length > 100 || TextRules.EndsWithSentencePunctuation(text) && !(legal && text.EndsWith(':')) || text.ContainsAny('"', '\u201C', '\u201D')) break;
            legal |= IsLegalLink(text);
        }
        if (!legal || content.Count - 1 - j < 6) return -1;
        // "More from Climate & Environment" over the links above the footer, headlines with their stops.
        for (var k = j; k > start && k >= j - 4 && content[k].Text.Length <= 100; k--)
            if (content[k].Text.StartsWith("More from ", StringComparison.Ordinal) && content[k].Text.Length <= 60) return k;
        return j + 1;
    }

    private static bool IsLegalLink(ReadOnlySpan<char> text) =>
        text is "Terms of Use" or "Terms of Service" or "Privacy Policy" or "Cookies" or "Cookie Policy" or "Cookie Settings" or "Kebijakan Privasi"
            or "Kebijakan Data Pribadi" or "Pedoman Media Siber" or "Syarat & Ketentuan" or "Syarat dan Ketentuan" or "About Reuters" or "About the BBC"
            or "About The Post";

    // A subheading: a short line without final punctuation, standing between paragraphs.
    private static bool IsSubheading(string source, List<SourceLine> content, int i, Body body)
    {
        var text = content[i].Text;
        if (body.Blocks.Count == 0 || body.Blocks[^1].Kind != BlockKind.Paragraph) return false;
        // "Who’s buying?", "Aman dikonsumsi?": a short question heads what follows in an article whose sections have headings
        // already (alone, "But why?" may be a paragraph of its own).
        if (!IsHeadingShaped(text) && !(IsShortQuestion(text) && body.Blocks.Exists(static b => b.Kind == BlockKind.Subheading))) return false;
        // "…yaitu:" / "1. Kendaraan roda empat 7 unit" / "2. Logam mulia 645 gram": items of a numbered list.
        if (ListNumber(text) is { } number
            && (i > 0 && ListNumber(content[i - 1].Text) == number - 1 || i + 1 < content.Count && ListNumber(content[i + 1].Text) == number + 1))
            return false;
        for (var j = i + 1; j < content.Count; j++)
        {
            var next = content[j];
            if (LineClassifier.IsNoise(next.Text) || LineClassifier.TryRelated(source, next, out _) || CaptionParser.TryParse(source, next, false, out _)) continue;
            return !IsHeadingShaped(next.Text) && !IsTimeOnly(next.Text) && !LineClassifier.IsTrailer(next.Text, out _) && !LineClassifier.TryEditorCode(source, next, out _);
        }
        return false;
    }

    // The number of a numbered-list line ("2. Logam mulia", "3) Uang tunai"), or null.
    private static int? ListNumber(ReadOnlySpan<char> text)
    {
        var digits = 0;
        while (digits < text.Length && digits < 3 && char.IsAsciiDigit(text[digits])) digits++;
        if (digits == 0 || digits + 1 >= text.Length || text[digits] is not ('.' or ')') || text[digits + 1] != ' ') return null;
        return int.Parse(text[..digits], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static bool IsHeadingShaped(ReadOnlySpan<char> text)
    {
        if (text.Length is 0 or > 80) return false;
        // 'A relief': a heading in single quotes (a quoted phrase, not a quotation); 'Where did the money go?' too, a question.
        var quoted = false;
        if (text.Length > 2 && text[0] is '\'' or '\u2018' && text[^1] is '\'' or '\u2019')
        {
            text = text[1..^1];
            quoted = true;
        }
        // "Hospitals 'days from collapse'", "Gardens a 'lifeline'": BBC News's headings end on a phrase in single quotes.
        else if (text.Length > 2 && text[^1] is '\'' or '\u2019'
                 && Math.Max(text[..^1].LastIndexOf(" '", StringComparison.Ordinal), text[..^1].LastIndexOf(" \u2018", StringComparison.Ordinal)) is var open and > 0
                 && open + 2 < text.Length - 1) text = text[..^1];
        // "Solusi Jangka Pendek?", "What Happens Next?": a question in title case heads what follows; a sentence does not.
        if (TextRules.EndsWithSentencePunctuation(text) && !(text[^1] == '?' && (quoted && text.Length > 3 || IsTitleCaseQuestion(text)))) return false;
        if (!char.IsUpper(text[0]) && !char.IsDigit(text[0])) return false;
        var words = TextRules.CountWords(text);
        if (words > 10) return false;
        foreach (var c in text)
            if (c is '"' or '\u201C' or '\u201D') return false;
        // "1300 GMT", "14.30 WIB": a kick-off or broadcast time on its own line heads nothing; nor does a number ("29,603").
        if (IsTimeOnly(text) || !HasLetter(text)) return false;
        // "Total bantuan perlindungan sosial 2025: Rp 110,718 triliun": a label and its figure are data, not a heading.
        var colon = text.IndexOf(':');
        if (colon > 0 && text[(colon + 1)..].TrimStart() is { Length: > 0 } value
            && (char.IsDigit(value[0]) || value.StartsWith("Rp", StringComparison.Ordinal) || value[0] is '$' or '€' or '£')) return false;
        return true;
    }

    // Two to five words, capitalised, before one question mark and with no other stop or mark of a sentence ("A gym, finally?").
    // Not a speaker's own question ("What choice did we have?") nor one that points back at the paragraph before ("Mengapa
    // demikian?", "Why is that?").
    private static bool IsShortQuestion(ReadOnlySpan<char> text)
    {
        if (text.Length is <= 3 or > 40 || text[^1] != '?' || !char.IsUpper(text[0]) || text[..^1].IndexOfAny("?.!:;\"\u201C\u201D") >= 0
            || TextRules.CountWords(text) is < 2 or > 5) return false;
        foreach (var range in text[..^1].Split(' '))
            if (text[range].Trim(',').ToString().ToLowerInvariant() is "we" or "i" or "us" or "our" or "my" or "you" or "kami" or "kita" or "saya" or "aku"
                or "demikian" or "begitu" or "itu" or "tersebut" or "ini" or "that" or "this") return false;
        return true;
    }

    // Three to eight words, every word of four letters or more capitalised and at least two such, before one question mark
    // (not "But why?", "Apa itu?").
    private static bool IsTitleCaseQuestion(ReadOnlySpan<char> text)
    {
        var body = text[..^1];
        if (body.IndexOfAny('?', '.', '!') >= 0) return false;
        var (words, long_) = (0, 0);
        foreach (var range in body.Split(' '))
        {
            var word = body[range];
            if (word.IsEmpty) continue;
            words++;
            if (word.Length < 4) continue;
            if (!char.IsUpper(word[0])) return false;
            long_++;
        }
        return words is >= 3 and <= 8 && long_ >= 2;
    }

    private static bool HasLetter(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (char.IsLetter(c)) return true;
        return false;
    }

    // The date of `dateLine` read with the time and zone alone on `timeLine` ("2:15 PM GMT+7"), or null when that line is no
    // time with a zone.
    private static PublishedDate? TimeOnNextLine(string source, SourceLine dateLine, SourceLine timeLine)
    {
        var time = timeLine.Text;
        if (time.Length is < 4 or > 24 || !char.IsAsciiDigit(time[0]) || time.IndexOf(':') is < 1 or > 2 || PublishedDateParser.HasFourDigitRun(time)) return null;
        var joined = string.Concat(dateLine.Text, " ", time);
        if (!PublishedDateParser.TryParse(joined, new SourceLine(0, joined, new TextSpan(0, joined.Length)), out var read)
            || read.Published is not { HasTime: true, Offset: not null } published) return null;
        return PublishedDate.FromSource(published.Local, published.Offset, true, source, new TextSpan(dateLine.Span.Start, timeLine.Span.End));
    }

    private static bool IsTimeOnly(ReadOnlySpan<char> text)
    {
        var digits = 0;
        var i = 0;
        for (; i < text.Length && (char.IsDigit(text[i]) || text[i] is ':' or '.'); i++)
            if (char.IsDigit(text[i])) digits++;
        if (digits is < 3 or > 4) return false;
        var rest = text[i..].Trim();
        return rest.Length == 0 || rest.Length <= 4 && rest.ToString().All(char.IsAsciiLetterUpper);
    }

    // The menu's lines go, but for a masthead among them ("The New York Times" between the sections and "Log in"), which names
    // the outlet (see IsMasthead).
    private static void RemoveMenu(List<SourceLine> content, int menu)
    {
        var kept = 0;
        for (var i = 0; i < menu; i++)
            if (IsMasthead(content[i].Text)) content[kept++] = content[i];
        content.RemoveRange(kept, menu - kept);
    }

    // "CNN Indonesia" then "Minggu, 23 Nov 2025 21:05 WIB" at the top of the page: the page's date under the site's name.
    private static bool IsPageDateUnderMasthead(string source, List<SourceLine> content, int i) =>
        i > 0 && content[i - 1].Number + 1 == content[i].Number && Outlets.Recognise(content[i - 1].Text) is not null
        && PublishedDateParser.TryParse(source, content[i], out _);

    // How many lines at the top are a site's menu: four or more labels on lines next to each other ("Home", "News", "UK",
    // "Politics", "Business"), the page's controls and masthead among them ("Skip to content", "Kompas.com"), closed by a
    // blank line, and more lines after them. A label set apart by a blank line after the menu ("Scotland" over the headline) is
    // the section, and stays.
    private static int MenuLines(string source, List<SourceLine> content)
    {
        var labels = 0;
        var controls = false;
        var i = 0;
        for (; i < content.Count && i < HeaderWindow * 3; i++)
        {
            if (i > 0 && content[i].Number != content[i - 1].Number + 1) break;
            var text = content[i].Text;
            // A masthead ("The New York Times", "Kompas.com") among the menu's lines is the site's, as the controls are.
            if (LineClassifier.IsNoise(text) || LineClassifier.IsPageControlInMenu(text) || Outlets.Recognise(text) is not null)
            {
                controls = true;
                continue;
            }
            // "CNN Indonesia", "Minggu, 23 Nov 2025 21:05 WIB", "Olahraga", "Sepak Bola", …: the page's date right under the
            // site's name, before the labels, goes with the menu when the header under it prints the date again.
            if (labels == 0 && IsPageDateUnderMasthead(source, content, i) && PrintedBelow(content, i, Math.Min(content.Count, i + HeaderWindow * 3), content[i].Text)) continue;
            // A byline or its label among the short lines ("Ekonomi", a short headline, "Reporter", a name): they are the
            // article's header, no menu.
            if (text.StartsWith("By ", StringComparison.Ordinal) || text.StartsWith("Oleh ", StringComparison.Ordinal)
                || text.TrimEnd(" :") is "Reporter" or "Editor" or "Penulis" or "Penyunting" or "Pewarta" or "Wartawan") return 0;
            // "Formula 1", "Liga 1": a label with a number among the menu's (a date is no label).
            if (!IsSectionLike(text) && !((labels >= 2 || controls) && text.Length <= 15 && TextRules.CountWords(text) <= 2 && !PublishedDateParser.TryParse(source, content[i], out _))
                && !((labels >= 2 || controls) && IsRegionLabel(text))) break;
            labels++;
        }
        // The menu ends at a blank line, at a line longer than a label (the headline) or at the page's date ("Thursday, April 9,
        // 2026" under The New York Times's sections).
        if (i >= content.Count || i == 0) return 0;
        // "detikJatim", "Berita", "Hukum & Kriminal", "Berita" over the headline: three labels are a menu too, after the site's
        // name, when the last repeats one before it.
        // "KONTAN.CO.ID", "Investasi", "Investasi" over the headline: two, after the site's name, when the second repeats the first.
        if (labels < 4 && !(labels is 2 or 3 && controls && RepeatsEarlierLine(content, i - 1, 0))) return 0;
        // Not "Sport", "Football", "Rangers Sack Clement", "John Smith" over "20 November 2025": at a date only after the page's
        // controls or masthead among the labels.
        if (content[i].Number != content[i - 1].Number + 1 || controls && PublishedDateParser.TryParse(source, content[i], out _)) return i;
        if (TextRules.CountWords(content[i].Text) < 5) return 0;
        // "… My News", "Sign In", "Register", "Europe" over the headline (Reuters): the one label after the page's controls, right
        // over the headline, is the article's section.
        // "Market", "News", "Research", …, "Cuap Cuap Cuan", "Market" over the headline (CNBC Indonesia): so is a label that
        // repeats one of the menu's, right over the headline.
        return i >= 2 && (LineClassifier.IsNoise(content[i - 2].Text) || LineClassifier.IsPageControlInMenu(content[i - 2].Text))
                && !LineClassifier.IsNoise(content[i - 1].Text) && !LineClassifier.IsPageControlInMenu(content[i - 1].Text) && Outlets.Recognise(content[i - 1].Text) is null
            || RepeatsEarlierLine(content, i - 1, 0)
            // "…", "Video", "Live", "Wales" over the headline (BBC News), "…", "Legal", "Commentary", "Europe" (Reuters): a
            // label after the last items of the site's menu is the article's section, unless it is one of those items; on
            // those two sites only, which the menu names, and The Washington Post's ("…", "D.C., Md. & Va.", "Sports", "Virginia").
            || i >= 2 && (LineClassifier.IsSiteMenuEnd(content[i - 2].Text) || EndsNationsMenu(content, i - 2)) && !LineClassifier.IsSiteMenuEnd(content[i - 1].Text) && MenuNamesSite(content, i)
                && !LineClassifier.IsNoise(content[i - 1].Text) && !LineClassifier.IsPageControlInMenu(content[i - 1].Text) && Outlets.Recognise(content[i - 1].Text) is null
            ? i - 1 : i;
    }

    // "England", "|", "N. Ireland", "Scotland", "Wales" (BBC News's nations, under its site menu): a region's label after them,
    // right over the headline ("Lincolnshire"), is the article's section.
    // (A region's name, not the site's banners and other menus: "Local News", "Breaking", "Watch live", "Cymru", "Alba".)
    private static bool EndsNationsMenu(List<SourceLine> content, int j) =>
        j >= 1 && content[j].Text is "Wales" && content[j - 1].Text is "Scotland" && j + 1 < content.Count && IsRegionName(content[j + 1].Text);

    private static bool IsRegionName(ReadOnlySpan<char> text)
    {
        if (text.Length > 30 || HasDigit(text) || LineClassifier.IsNoise(text) || LineClassifier.IsPageControlInMenu(text) || TextRules.IsAllCaps(text)) return false;
        foreach (var banner in NotRegions)
            if (text.Equals(banner, StringComparison.OrdinalIgnoreCase)) return false;
        return true;
    }

    private static readonly string[] NotRegions = ["Local News", "Breaking", "Breaking News", "Watch live", "Live", "Video", "Analysis", "Exclusive", "Cymru", "Alba", "News", "Politics"];

    // Whether the menu's lines before i name BBC News's, Reuters's or The Washington Post's site ("British Broadcasting
    // Corporation", "Reuters home", "Democracy Dies in Darkness").
    private static bool MenuNamesSite(List<SourceLine> content, int i)
    {
        for (var j = 0; j < i; j++)
            if (content[j].Text is "British Broadcasting Corporation" or "BBC" or "BBC News" or "BBC Homepage" or "Reuters home" or "Reuters"
                or "The Washington Post" or "Democracy Dies in Darkness") return true;
        return false;
    }

    // "Local" over "Maryland", "World" over "Asia": a broad section over a narrower one. Not "Berita" (news) or "News" under
    // a channel, which says nothing narrower, nor a kind of piece ("World" over "Analysis").
    // "Home" over "Market" (CNBC Indonesia): the site's home page is no section.
    private static bool IsBreadcrumbOver(ReadOnlySpan<char> first, ReadOnlySpan<char> second) =>
        second is not ("Berita" or "News" or "Terkini" or "Latest" or "Analysis" or "Perspective" or "Opinion" or "Exclusive" or "Live" or "Analisis" or "Eksklusif" or "Opini")
        && first is "Local" or "Local News" or "World" or "National" or "Nasional" or "Regional" or "Daerah" or "News" or "Berita" or "Home" or "Beranda";

    // "D.C., Md. & Va.", "Edinburgh, Fife & East", "NE, Orkney & Shetland": a menu's label for a region, places joined by
    // commas and "&", every word capitalised, with no digit.
    private static bool IsRegionLabel(ReadOnlySpan<char> text)
    {
        if (text.Length > 24 || HasDigit(text) || text.IndexOfAny(',', '&') < 0) return false;
        var words = 0;
        foreach (var range in text.Split(' '))
        {
            var word = text[range];
            if (word is "&") continue;
            if (word.IsEmpty || !char.IsUpper(word[0]) || ++words > 4) return false;
        }
        return true;
    }

    // A label's words, "&" not counted ("Crime & Justice" has two).
    private static int LabelWords(ReadOnlySpan<char> text) => TextRules.CountWords(text) - text.Count(" & ");

    // Whether the line at i repeats one of the lines in [from, i).
    private static bool RepeatsEarlierLine(List<SourceLine> content, int i, int from)
    {
        for (var j = from; j < i; j++)
            if (content[j].Text.Equals(content[i].Text, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    // "Asia Pacific", "Tuesday, February 3, 2026", "Asia Pacific" over the headline (The New York Times without its masthead):
    // a section label at the top of the page that the page prints again a line or two below, past only the page's date, is
    // the page's navigation; the header starts at the label's second printing.
    private static void RemoveRepeatedLabel(string source, List<SourceLine> content)
    {
        if (content.Count < 4 || !IsSectionLike(content[0].Text)) return;
        for (var j = 1; j <= 3 && j < content.Count - 1; j++)
        {
            if (content[j].Text.Equals(content[0].Text, StringComparison.OrdinalIgnoreCase))
            {
                content.RemoveRange(0, j);
                return;
            }
            if (!PublishedDateParser.TryParse(source, content[j], out _)) return;
        }
    }

    // "Business", "Wednesday, March 25, 2026", the headline, … "Published March 24, 2026, 6:30 p.m. ET": the page's date between
    // a section label at the top and the headline, when the article prints its own date further down, is the day the page was
    // shown; it goes, so the label stands over the headline.
    // "The New York Times", "Thursday, April 9, 2026", "Politics", …: so is the page's date under a masthead kept from the menu.
    private static void RemovePageDate(string source, List<SourceLine> content)
    {
        if (content.Count < 5 || !PublishedDateParser.TryParse(source, content[1], out _)) return;
        // (A headline of two sentences ends in a stop: "… Were Meant to Fight Hunger. Now Children Are Getting Sick.")
        if (!(IsMasthead(content[0].Text) || IsSectionLike(content[0].Text) && !IsSectionLike(content[2].Text)
                && (IsHeadlineLike(content[2].Text) || content[2].Text.Length <= MaxHeadlineLength && TextRules.CountWords(content[2].Text) >= 4))) return;
        for (var j = 3; j < content.Count && j < HeaderWindow; j++)
            if (PublishedDateParser.TryParse(source, content[j], out var later) && later.Published is not null)
            {
                content.RemoveAt(1);
                return;
            }
    }

    // Whether a line below i, up to `top`, reads `text` exactly.
    private static bool PrintedBelow(List<SourceLine> content, int i, int top, ReadOnlySpan<char> text)
    {
        if (text.Length < 12) return false;
        for (var j = i + 1; j < top; j++)
            if (content[j].Text.Equals(text, StringComparison.Ordinal)) return true;
        return false;
    }

    private static void RemovePageControls(List<SourceLine> content)
    {
        var kept = 0;
        var textBegun = false;
        var top = Math.Min(content.Count, HeaderWindow * 2);
        for (var i = 0; i < top; i++)
        {
            var text = content[i].Text;
            // A word that is also a heading's or a button's ("More", "Companies", "Login", "00:00") goes only at the top of the
            // page, among the menu's labels and the controls: right after one of them.
            var control = LineClassifier.IsPageControl(text)
                || i < HeaderWindow && LineClassifier.IsPageControlInMenu(text) && (i == 0 || IsSectionLike(content[i - 1].Text) || LineClassifier.IsNoise(content[i - 1].Text))
                // "https://www.nytimes.com/2026/11/18/world/asia/indonesia-free-school-meals.html": the page's address, alone on its
                // line, above the text (an address the text gives stays).
                || i < HeaderWindow && !textBegun && LineClassifier.IsAddress(text)
                // "312" under "Share full article": the count of a page's comments or shares, a number alone under a page control.
                // "7 min" under "Listen" (The Washington Post's audio player): the length of the reading, a duration alone.
                || i < HeaderWindow && i > 0 && (text.Length is > 0 and <= 6 && !text.ContainsAnyExceptInRange('0', '9') || LineClassifier.IsDuration(text))
                    && (LineClassifier.IsNoise(content[i - 1].Text) || LineClassifier.IsPageControl(content[i - 1].Text))
                // "Asia Pacific|Indonesia's Free School Lunches …" (the page's title, section and headline) over the headline's own line.
                || i < HeaderWindow && text.IndexOf('|') is var bar and > 0 && PrintedBelow(content, i, top, text[(bar + 1)..]);
            if (control) continue;
            content[kept++] = content[i];
            // The text has begun at a sentence of six words or more.
            textBegun |= IsParagraphLike(text) || TextRules.EndsWithSentencePunctuation(text) && TextRules.CountWords(text) >= 6;
        }
        if (kept < top) content.RemoveRange(kept, top - kept);
    }

    // "Politics", "World News", "U.S.", "D.C.": up to three words, no sentence's stop (an abbreviation's dots are none).
    private static bool IsSectionLike(ReadOnlySpan<char> text) =>
        text.Length <= 40 && TextRules.CountWords(text) <= 3 && (!TextRules.EndsWithSentencePunctuation(text) || EndsWithAbbreviation(text)) && !HasDigit(text);

    // "U.S.", "D.C.": the last word is capitals, each closed by a stop.
    private static bool EndsWithAbbreviation(ReadOnlySpan<char> text)
    {
        var word = text[(text.LastIndexOf(' ') + 1)..];
        if (word.Length is < 4 or > 8) return false;
        for (var i = 0; i < word.Length; i += 2)
            if (i + 1 >= word.Length || !char.IsUpper(word[i]) || word[i + 1] != '.') return false;
        return true;
    }

    private static bool HasDigit(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (char.IsDigit(c)) return true;
        return false;
    }

    private static bool IsHeadlineLike(ReadOnlySpan<char> text) => text.Length <= MaxHeadlineLength && !text.EndsWith('.') && TextRules.CountWords(text) >= 2;

    // Under a section label, a headline may also be two short sentences, each closed by a stop, as The Washington Post and
    // The New York Times write them ("A go-go landmark in Southeast D.C. could close. Musicians are fighting to save it.").
    // The stop between the sentences closes a word ending in three letters in lower case ("close. Musicians") or a number
    // ("She Started Running at 68. On Sunday, …"), not an initial ("Esmond H. Tirtajasa") or an abbreviation ("D.C.").
    private static bool IsHeadlineUnderLabel(ReadOnlySpan<char> text)
    {
        if (IsHeadlineLike(text)) return true;
        if (text.Length > MaxHeadlineLength || !text.EndsWith('.') || TextRules.CountWords(text) is < 4 or > 20) return false;
        for (var stop = text.IndexOf(". "); stop > 0 && stop + 2 < text.Length - 1; stop = text[(stop + 1)..].IndexOf(". ") is var next and >= 0 ? stop + 1 + next : -1)
        {
            var word = text[(text[..stop].LastIndexOf(' ') + 1)..stop];
            // (After a year or an amount too: "… Sold for $412,000. The Town That Wanted It Is Heartbroken.")
            var number = word.TrimStart("$£€");
            if (char.IsUpper(text[stop + 2]) && (word.Length >= 3 && IsLowerWord(word[^3..]) || number.Length > 0 && char.IsAsciiDigit(number[^1])
                && !number.ContainsAnyExcept(AmountChars)))
                return true;
        }
        return false;
    }

    // The characters of a year or an amount written in figures ("2025", "412,000").
    private static readonly System.Buffers.SearchValues<char> AmountChars = System.Buffers.SearchValues.Create("0123456789,");

    private static bool IsLowerWord(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
            if (!char.IsLower(c)) return false;
        return true;
    }

    private static bool IsParagraphLike(ReadOnlySpan<char> text) => text.Length > MaxHeadlineLength || (TextRules.CountWords(text) >= 12 && text.EndsWith('.'));

    // How many summary points follow a "Summary" label from line `from`: one to six short lines with no full stop, before a
    // line that reads as body text.
    // sentences: Tempo's points are sentences, each closed by a stop; Reuters's are not.
    private static int SummaryPoints(string source, List<SourceLine> content, int from, int window, bool sentences = false)
    {
        var n = 0;
        var longest = sentences ? 200 : 120;
        while (from + n < window && n < 6 && content[from + n].Text is var text && text.Length > 0 && text.Length <= longest
               && (sentences || !TextRules.EndsWithSentencePunctuation(text)) && !text.StartsWith("By ", StringComparison.Ordinal)
               && !(sentences && (text.StartsWith("Reporter", StringComparison.Ordinal) || text.StartsWith("Penulis", StringComparison.Ordinal)
                   || text.StartsWith("Editor", StringComparison.Ordinal)))
               && !PublishedDateParser.TryParse(source, content[from + n], out _)
               && !DatelineParser.TryParse(source, content[from + n].Span.Start, content[from + n].Span.End, out _, out _)) n++;
        if (from + n >= content.Count || n == 0) return 0;
        // Points that are sentences are the summary only over the writer's credit, not the body's first short paragraphs.
        var next = content[from + n].Text;
        return !sentences || next.StartsWith("Reporter", StringComparison.Ordinal) || next.StartsWith("Penulis", StringComparison.Ordinal)
            || next.StartsWith("Editor", StringComparison.Ordinal) ? n : 0;
    }

    // "Fed Holds Rates Steady …" over "The central bank signaled patience on further cuts, …" then "By Jeanna Smialek": a
    // standfirst as long as a paragraph, under the headline (and a section over it), when a "By …" byline follows within six
    // lines; or "Reporter" on a line of its own over the writer's name (Tempo).
    // The Washington Post's controls between them ("Listen", "6 min", "Share", "Comment", "Save") are not counted.
    private static bool WriterFollows(string source, List<SourceLine> content, int from, int window)
    {
        for (int j = from, read = 0; j < window && read < 6; j++)
        {
            if (LineClassifier.IsNoise(content[j].Text) || LineClassifier.IsPageControlInMenu(content[j].Text)) continue;
            read++;
            if (content[j].Text.StartsWith("By ", StringComparison.Ordinal) || content[j].Text.StartsWith("Oleh ", StringComparison.Ordinal)
                || content[j].Text.StartsWith("Reporter:", StringComparison.Ordinal) || content[j].Text.StartsWith("Penulis:", StringComparison.Ordinal))
                if (BylineParser.TryParse(source, content[j], false, out _)) return true;
            // "Oleh" over "FRANSISKUS XAVERIUS LELO BATAONA" (Kompas.id): the label on a line of its own over the names.
            if (content[j].Text is "Reporter" or "Penulis" or "Oleh" && j + 1 < window && BylineParser.TryLabelOverNames(source, content[j], content[j + 1], out var writer, out _) && writer)
                return true;
        }
        return false;
    }

    // '"Tak masalah (di luar atau dalam pemerintahan)," kata Mardani kepada wartawan, Senin (4/8/2025).': a sentence of twelve
    // words or more that opens with a quotation and goes on after it is the body's first paragraph, never a standfirst.
    private static bool IsQuotedParagraph(ReadOnlySpan<char> text)
    {
        if (text.Length < 2 || text[0] is not ('"' or '\u201C' or '\u201D')) return false;
        var close = text[1..].IndexOfAny('"', '\u201D');
        return close > 0 && close + 2 < text.Length && text[close] is ',' or '.' or '?' or '!' && TextRules.CountWords(text[(close + 2)..]) >= 2;
    }

    private static bool LooksLikeBodyParagraph(string source, SourceLine line) =>
        line.Text.Length > MaxHeadlineLength
        || (TextRules.CountWords(line.Text) >= 15 && (line.Text.EndsWith('.') || line.Text.EndsWith('"') || line.Text.EndsWith('\u201D')))
        // A dateline opens a paragraph; a headline such as "Wood - Ireland can win Grand Slam" has the same shape but no final stop.
        || (TextRules.EndsWithSentencePunctuation(line.Text) && DatelineParser.TryParse(source, line.Span.Start, line.Span.End, out _, out _));

    private static List<Quote> FindQuotes(string source, List<Block> blocks, string? headline, string language, List<string> warnings)
    {
        var tables = LanguageTables.For(language);
        var marks = QuoteScanner.Scan(blocks, tables, warnings);
        if (marks.Count == 0) return [];
        // Pass two, as Markdig reads inlines after its block pass has collected the link definitions: the article's
        // people are gathered from every paragraph first, then each quote is attributed from them.
        // The marks are in document order: each paragraph's are the run of them with its block index.
        var allMarks = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(marks);
        var paragraphs = new List<Paragraph>();
        var m = 0;
        for (var b = 0; b < blocks.Count; b++)
        {
            var first = m;
            while (m < allMarks.Length && allMarks[m].Block == b) m++;
            if (blocks[b].Kind == BlockKind.Paragraph)
                paragraphs.Add(new Paragraph(b, blocks[b].Span.Start, blocks[b].Memory, tables, allMarks[first..m]));
        }
        var people = new ArticlePeople(tables, paragraphs, headline);
        var attributions = new QuoteAttributor(people).Attribute(marks);
        people.Release();
        Tokenizer.Release(paragraphs);
        var quotes = new List<Quote>(marks.Count);
        for (var q = 0; q < marks.Count; q++)
            if (BuildQuote(source, blocks, marks[q], attributions[q]) is { } quote) quotes.Add(quote);
        return quotes;
    }

    private static Quote? BuildQuote(string source, List<Block> blocks, QuoteScanner.Mark mark, Attribution.Attribution attribution)
    {
        var block = blocks[mark.Block];
        var blockText = block.Chars;
        var inner = TextRules.Trim(blockText, mark.Open + 1, mark.Close);
        var end = inner.End;
        while (end > inner.Start && (blockText[end - 1] == ',' || char.IsWhiteSpace(blockText[end - 1]))) end--;
        if (end <= inner.Start) return null;
        QuotePart[] parts = [new QuotePart(mark.Block, inner.Start, end - inner.Start, new TextSpan(block.Span.Start + inner.Start, block.Span.Start + end),
            mark.Open, mark.Closed ? mark.Close + 1 : mark.Close)];

        var sentenceStart = SentenceStart(blockText, mark.Open);
        var before = blockText.Slice(sentenceStart, mark.Open - sentenceStart).Trim();
        // A quotation opens its sentence or follows a cue and a comma or colon; a fragment inside a sentence is partial.
        var kind = IsFullQuoteStart(before) ? QuoteKind.Full : QuoteKind.Partial;
        // A description cut down to nothing names no one: never a blank speaker.
        var name = string.IsNullOrWhiteSpace(attribution.SpeakerName) ? null : attribution.SpeakerName;
        var attributed = attribution.Found || attribution.Source == SpeakerSource.Continuation || name is not null;
        var words = TextRules.CountWords(blockText.Slice(inner.Start, end - inner.Start));
        // "Komisi VI DPR menyebut ada sosok 'mafia besar'": words in single quotes are a quotation only when a cue in their
        // sentence names who said them, and they are more than a word and no title ('Indonesia Election Outcome Points to
        // Broad Economic Policy Continuity', 'BBB'); most are terms.
        if (mark.Single && (name is null || !attribution.Found || attribution.Source is SpeakerSource.Continuation or SpeakerSource.None
                || words < 2 || IsTitleCased(blockText.Slice(inner.Start, end - inner.Start)) || NamesTerm(before))) return null;
        // 'a memo to staff titled "The Harder Road,"', 'laporan berjudul "Indonesia Economic Prospects"': a title after a word
        // that says one follows is no quotation, whoever the sentence names.
        if (!mark.Single && NamesTerm(before) && IsTitleCased(blockText.Slice(inner.Start, end - inner.Start))) return null;
        // Scare quotes and terms ("efek limpahan", a title) have no speaker and are not quotations.
        if (!attributed && (kind == QuoteKind.Partial || words <= 3)) return null;
        // "asked for a "redelivery fee"": a term inside a sentence that names nobody is not a quotation either.
        if (kind == QuoteKind.Partial && name is null && words <= 3) return null;
        // The quote's text is cut from the source when first read.
        return new Quote(source, parts)
        {
            Speaker = name is null ? null : new Speaker(name, attribution.Role),
            SpeakerMention = name is null ? null : attribution.Mention,
            Cue = attribution.Cue,
            Kind = kind,
            SpeakerSource = name is null ? SpeakerSource.None : attribution.Source,
        };
    }

    // "laporannya berjudul '…'", "istilah '…'", "kata kunci '…'", "soal '…'": a word before the quotation that says a title,
    // a term or a topic follows.
    private static bool NamesTerm(ReadOnlySpan<char> before)
    {
        var last = before.TrimEnd();
        // "kata kunci 'terawan agus putranto', 'menkes terawan' dan 'menteri kesehatan'": the next item of a list in quotes.
        if (last is [.., '\'' or '\u2019', ',']) return true;
        var space = last.LastIndexOfAny(' ', '\u00A0');
        if (space > 0 && last[(space + 1)..] is "dan" or "and" or "atau" or "or" && last[..space].TrimEnd().TrimEnd(',') is [.., '\'' or '\u2019']) return true;
        // "bertajuk: '…'": past a colon or a comma after the word.
        var word = last[(space + 1)..].TrimEnd(":,");
        foreach (var term in TermWords)
            if (word.Equals(term, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static readonly string[] TermWords =
    [
        "berjudul", "bertajuk", "bertema", "bertuliskan", "judul", "topik", "tema", "frasa", "istilah", "kunci", "julukan", "dijuluki", "sebutan",
        "soal", "slogan", "tagar", "program", "acara", "survei", "entitled", "titled", "dubbed", "term", "phrase", "so-called",
    ];

    // Every word capitalised but the short and the joining ones, two at least: a title or a name ('No Kings'), not words
    // someone said ('Kami tak mau', 'It was a lie').
    private static bool IsTitleCased(ReadOnlySpan<char> text)
    {
        var capitalised = 0;
        foreach (var range in text.SplitAny(' ', '\u00A0'))
        {
            var word = text[range].Trim("\"'.,:;!?()\u2018\u2019");
            if (word.Length == 0 || char.IsDigit(word[0])) continue;
            if (char.IsUpper(word[0])) capitalised++;
            else if (word.Length > 3 && !IsJoiningWord(word)) return false;
        }
        return capitalised >= 2;
    }

    private static bool IsJoiningWord(ReadOnlySpan<char> word) =>
        word is "tentang" or "dengan" or "untuk" or "dalam" or "pada" or "yang" or "atau" or "serta" or "antara" or "bagi" or "dari" or "kepada"
            or "terhadap" or "with" or "from" or "into" or "over" or "about" or "after" or "under";

    private static bool IsFullQuoteStart(ReadOnlySpan<char> before) => before.Length == 0 || before[^1] is ':' or ',' or '\u2014' or '-';

    // How far back from a quote its sentence is looked for; bounds the work per quote so parsing stays linear.
    private const int MaxSentenceLength = 600;

    private static int SentenceStart(ReadOnlySpan<char> text, int position)
    {
        var limit = Math.Max(0, position - MaxSentenceLength);
        // 'urutan 62."Ini menyiratkan …': a stop right before the opening mark, where copying the page lost the space, ends the
        // sentence before it.
        if (position > 0 && text[position - 1] is '.' or '!' or '?') return position;
        for (var i = position - 1; i > limit; i--)
        {
            if (text[i - 1] is '.' or '!' or '?' && char.IsWhiteSpace(text[i])) return i;
            if (text[i] is '"' or '\u201D' && i < position - 1 && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]) || text[i + 1] == ',')) return i + 1;
        }
        return limit;
    }

    private static Article Fallback(string source, string warning)
    {
        var blocks = SourceLine.Split(source).Where(l => !l.IsBlank)
            .Select(l => new Block(BlockKind.Paragraph, source, l.Span, lazy: true)).ToList();
        return new Article { Text = source, Blocks = blocks, Language = LanguageDetector.Detect(source), Warnings = [warning] };
    }
}
