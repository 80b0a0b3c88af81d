using NewsReader.Model;

namespace NewsReader.Parsing;

/// <summary>
/// Recognises a photo caption line, <c>Foto: TEXT (CREDIT)</c>, also <c>Photo:</c>, <c>Gambar:</c> and <c>Ilustrasi:</c>;
/// in the header also the unlabelled forms <c>TEXT. (AGENCY/Name)</c>, <c>TEXT. Photograph: CREDIT</c>,
/// <c>TEXT.Credit...CREDIT</c> and <c>TEXT. REUTERS/Name Purchase Licensing Rights</c>.
/// </summary>
internal static class CaptionParser
{
    private static readonly string[] Labels = ["Foto", "Photo", "Gambar", "Image", "Ilustrasi", "Illustration", "Caption", "Keterangan foto"];
    private static readonly string[] CreditLabels = [" Photograph: ", " Photo: ", " Foto: ", " Illustration: "];
    private const string Licensing = "Purchase Licensing Rights";
    // The link's note a copied Reuters page keeps after the licensing words.
    private const string NewTab = ", opens new tab";
    private static readonly string[] NytCreditLabels = ["Credit...", "Credit\u2026"];

    // The length of "[1/2] " or "Item 1 of 2 " (Reuters's gallery, as copied) at the start of a line, or 0.
    private static int GalleryCount(ReadOnlySpan<char> text)
    {
        if (text.StartsWith("Item ", StringComparison.Ordinal))
        {
            var of = text.IndexOf(" of ", StringComparison.Ordinal);
            var end = of > 5 ? text[(of + 4)..].IndexOf(' ') : -1;
            return of is > 5 and <= 8 && end is > 0 and <= 3 && !text[5..of].ContainsAnyExceptInRange('0', '9')
                && !text.Slice(of + 4, end).ContainsAnyExceptInRange('0', '9') ? of + 4 + end + 1 : 0;
        }
        if (text.Length < 7 || text[0] != '[') return 0;
        var close = text.IndexOf("] ");
        if (close is < 4 or > 8) return 0;
        var inner = text[1..close];
        var slash = inner.IndexOf('/');
        return slash > 0 && slash < inner.Length - 1 && !inner[..slash].ContainsAnyExceptInRange('0', '9') && !inner[(slash + 1)..].ContainsAnyExceptInRange('0', '9')
            ? close + 2 : 0;
    }

    /// <summary>
    /// The caption without the topic label in capitals that opens it, closed by a stop ("KARET ALAM. Petani menyadap …",
    /// "PENSIUN. Para pensiunan …", as Kontan prints them): the label says what the story is about, not what the picture
    /// shows, as "Foto:" does not. Up to four words, each of two characters or more and the last of three, before a
    /// capitalised word.
    /// </summary>
    public static Caption WithoutLabel(string source, Caption caption)
    {
        var text = caption.Text.Value;
        var stop = LabelEnd(text);
        if (stop <= 0) return caption;
        var span = new TextSpan(caption.Text.Span.Start + stop, caption.Text.Span.End);
        var field = caption.Text.Span.End <= source.Length && source.AsSpan(caption.Text.Span.Start, caption.Text.Span.Length).SequenceEqual(text)
            ? TextField.FromSource(source, span) : new TextField(text[stop..], span);
        return caption with { Text = field };
    }

    /// <summary>Whether a credit has two lower-case words or more, as a sentence does and a photographer's or agency's name does
    /// not ("Marcus Oyelaran for The Washington Post" has one).</summary>
    public static bool ReadsAsSentence(TextField? credit)
    {
        if (credit is null) return false;
        var lower = 0;
        foreach (var word in credit.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            if (char.IsLower(word[0]) && ++lower >= 2) return true;
        return false;
    }

    // Where the text after an opening label in capitals ("KARET ALAM. ") starts, or 0.
    private static int LabelEnd(ReadOnlySpan<char> text)
    {
        var i = 0;
        for (var words = 0; words < 4; words++)
        {
            var start = i;
            var letters = 0;
            while (i < text.Length && (char.IsUpper(text[i]) || char.IsDigit(text[i]) || text[i] is '&' or '-' or '\''))
                if (char.IsLetter(text[i++])) letters++;
            if (i - start < 2 || letters == 0 || i >= text.Length) return 0;
            if (text[i] == ' ') { i++; continue; }
            // Not an abbreviation with its stop ("ST. LOUIS, MISSOURI", "PT. Pertamina", "KH. Ma'ruf Amin", "DR. Sitti"): the
            // label's last word has three characters or more.
            if (text[i] != '.' || i - start < 3 || i + 2 >= text.Length || text[i + 1] != ' ' || !char.IsUpper(text[i + 2])) return 0;
            // Not "TEXT. (AGENCY/Name)": a sentence, at least three words, follows.
            return text[(i + 2)..].Count(' ') >= 2 ? i + 2 : 0;
        }
        return 0;
    }

    public static bool TryParse(string source, SourceLine line, bool inHeader, out Caption caption) =>
        TryParseLabelled(source, line, out caption) || (inHeader && TryParseUnlabelled(source, line, out caption));

    private static bool TryParseUnlabelled(string source, SourceLine line, out Caption caption)
    {
        caption = null!;
        if (line.Span.Length > 400 || !MayBeUnlabelled(line.Text)) return false;
        // "[1/2] A money changer employee counts …": Reuters's count of the pictures in its gallery is no part of the caption.
        if (GalleryCount(line.Text) is var counted and > 0)
            line = new SourceLine(line.Number, source, new TextSpan(line.Span.Start + counted, line.Span.End));
        var text = line.ToString();
        var start = line.Span.Start;
        // TEXT. Photograph: CREDIT
        foreach (var label in CreditLabels)
        {
            var at = text.IndexOf(label, StringComparison.Ordinal);
            if (at <= 0 || at + label.Length >= text.Length) continue;
            caption = new Caption(TextRules.Field(source, start, start + at), TextRules.Field(source, start + at + label.Length, line.Span.End), line.Span);
            return true;
        }
        // "A man walks past the Federal Reserve building in Washington.Credit...Kent Nishimura for The New York Times": The
        // New York Times's credit, glued to the caption when the page is copied.
        foreach (var label in NytCreditLabels)
        {
            var at = text.IndexOf(label, StringComparison.Ordinal);
            // "… since 2021. Credit...Bryce Landry-Nguyen for The New York Times": or with a space before the label.
            var captionEnd = at > 1 && text[at - 1] == ' ' ? at - 1 : at;
            if (at <= 0 || at + label.Length >= text.Length || text[captionEnd - 1] is not ('.' or '!' or '?' or '"' or '\u201D')) continue;
            caption = new Caption(TextRules.Field(source, start, start + captionEnd), TextRules.Field(source, start + at + label.Length, line.Span.End), line.Span);
            return true;
        }
        // "… Kendal, Senin (15/12/2025).KOMPAS.COM/SLAMET RIYADI WIBOWO" (Kompas.com): a photographer's credit glued to the
        // caption's stop; the stop inside "KOMPAS.COM", after a capital, is the outlet's.
        for (var k = text.LastIndexOf('/') - 1; k > 10; k--)
            if (text[k] is '.' or ')' && char.IsUpper(text[k + 1]) && !char.IsUpper(text[k - 1]) && IsPhotographersCredit(text.AsSpan(k + 1)))
            {
                caption = new Caption(TextRules.Field(source, start, start + k + 1), TextRules.Field(source, start + k + 1, line.Span.End), line.Span);
                return true;
            }
        // TEXT. REUTERS/Name Purchase Licensing Rights: the credit is the agency word with a slash and the name after it.
        var end = text.Length;
        if (text.EndsWith(NewTab, StringComparison.Ordinal)) end -= NewTab.Length;
        var licensed = text.AsSpan(0, end).EndsWith(Licensing, StringComparison.Ordinal);
        if (licensed) end -= Licensing.Length;
        else end = text.Length;
        // TEXT. (AGENCY/Name), TEXT. (Dok. Humas Antam), Ilustrasi emas (Getty Images/iStockphoto): a final parenthesised credit
        // with a slash or a word for a handout, after a sentence or a word for an illustration.
        if (!licensed && text[^1] == ')')
        {
            var open = MatchingOpen(text);
            if (open <= 0) return false;
            var credit = text.AsSpan(open + 1, text.Length - open - 2).Trim();
            // "(Foto: Nadya Rahmawati Putri/detikcom)": detik's label inside the brackets is no part of the credit.
            var labelled = CreditLabelLength(credit);
            credit = credit[labelled..].TrimStart();
            // "Ilustrasi nyamuk … (DBD).(SHUTTERSTOCK)": or a picture library's or agency's name alone, in any case.
            if (!(credit.IndexOf('/') >= 0 && credit.ContainsAnyInRange('A', 'Z') || IsHandout(credit) || ForOutlet(credit) is not null
                || IsBareCredit(credit, StringComparison.OrdinalIgnoreCase))) return false;
            var before = text.AsSpan(0, open).TrimEnd();
            if (before.Length == 0 || before[^1] is not ('.' or '!' or '?') && !IsIllustration(before)) return false;
            caption = new Caption(TextRules.Field(source, start, start + open), TextRules.Field(source, start + open + 1 + labelled, line.Span.End - 1), line.Span);
            return true;
        }
        // "… 16 Juli 2025. Dok. Polda Kalbar", "… a handout video. Centre for Volcanology …/Handout via REUTERS": after the
        // caption's last sentence, a handout's credit or one an agency passed on.
        if (!licensed && TrailingCredit(text) is var tail and > 0)
        {
            caption = new Caption(TextRules.Field(source, start, start + tail), TextRules.Field(source, start + tail, line.Span.End), line.Span);
            return true;
        }
        // "… 2024. REUTERS/Amr Alfiky/File Photo", "… Pulogadung. KONTAN/Cheppy A. Muchlis/12/01/2024", "… ANTARA FOTO/Aprillio
        // Akbar/foc.": the credit opens at the agency's word or two in capitals before the first slash that has them, after a
        // sentence's end; a short credit, when no licensing words end it.
        for (var slash = text.IndexOf('/'); slash > 0 && slash < end; slash = text.IndexOf('/', slash + 1))
        {
            var creditStart = text.LastIndexOf(' ', slash) + 1;
            // A word of capital letters ("REUTERS") or an outlet's name ("KOMPAS.com/FADHILAH RIZKI AMALIA"), not a number
            // ("No. 24/105/KEP/DIR").
            if (creditStart <= 1 || slash - creditStart < 2 || !char.IsUpper(text[creditStart])
                || !TextRules.IsAllCaps(text.AsSpan(creditStart, slash - creditStart)) && Outlets.Recognise(text.AsSpan(creditStart, slash - creditStart)) is null) continue;
            // "ANTARA FOTO/…": a second word in capitals before it.
            if (text[creditStart - 2] is not ('.' or '!' or '?') && text.LastIndexOf(' ', creditStart - 2) + 1 is var first and > 1
                && TextRules.IsAllCaps(text.AsSpan(first, creditStart - 1 - first)) && text[first - 2] is '.' or '!' or '?') creditStart = first;
            if (text[creditStart - 2] is not ('.' or '!' or '?') || !licensed && end - creditStart > 60) continue;
            caption = new Caption(TextRules.Field(source, start, start + creditStart), TextRules.Field(source, start + creditStart, start + end), line.Span);
            return true;
        }
        return false;
    }

    /// <summary>
    /// Where the outlet starts in a credit that names who took the picture for it ("Dustin Chambers-Yates for The Washington
    /// Post", "Kent Nishimura for The New York Times"), or null when the credit names no known outlet so.
    /// </summary>
    public static int? ForOutlet(ReadOnlySpan<char> credit)
    {
        var at = credit.LastIndexOf(" for ", StringComparison.Ordinal);
        if (at > 0 && Outlets.Recognise(credit[(at + 5)..]) is not null) return at + 5;
        // "Tomás Herrera/for The Washington Post".
        at = credit.LastIndexOf("/for ", StringComparison.Ordinal);
        if (at > 0 && Outlets.Recognise(credit[(at + 5)..]) is not null) return at + 5;
        // "Kenji Oyelaran/The Washington Post": the photographer, then the outlet they work for (not an agency's credit,
        // which names the agency first: "REUTERS/Amr Alfiky", "AP Photo/Yevhen Kravets").
        var slash = credit.LastIndexOf('/');
        // Not an agency's photographer ("Peter Nicholls/Reuters" in a Guardian caption): their pictures run in every outlet.
        return slash > 0 && char.IsUpper(credit[0]) && !credit[..slash].Contains('/') && !TextRules.IsAllCaps(credit[..slash])
            && Outlets.Recognise(credit[(slash + 1)..]) is { } outlet && outlet is not ("Reuters" or "AP" or "AFP" or "ANTARA" or "Bloomberg" or "Xinhua")
            && Outlets.Recognise(credit[..slash]) is null ? slash + 1 : null;
    }

    // Where a credit after the caption's last sentence starts: "Dok. …" or "Dokumentasi …", or one that ends "via REUTERS"; 0
    // when there is none. At most 80 characters.
    private static int TrailingCredit(ReadOnlySpan<char> text)
    {
        var viaAgency = text.EndsWith(" via REUTERS", StringComparison.Ordinal) || text.EndsWith("/via REUTERS", StringComparison.Ordinal);
        for (var stop = text.LastIndexOf(". "); stop > 0; stop = text[..stop].LastIndexOf(". "))
        {
            var credit = text[(stop + 2)..];
            if (credit.Length > 80) return 0;
            if (IsHandout(credit) && !credit.Equals("Istimewa", StringComparison.OrdinalIgnoreCase) || viaAgency && char.IsUpper(credit[0]) && !credit.Contains(". ", StringComparison.Ordinal))
                return stop + 2;
        }
        return 0;
    }

    // How long a credit's own label is ("Foto: ", "Photo: "), or 0.
    private static int CreditLabelLength(ReadOnlySpan<char> credit)
    {
        foreach (var label in (ReadOnlySpan<string>)["Foto:", "Foto :", "Photo:", "FOTO:"])
            if (credit.StartsWith(label, StringComparison.Ordinal)) return label.Length;
        return 0;
    }

    // "Dok. Humas Antam", "Dokumentasi Kemenkeu", "Istimewa": a photograph someone handed out.
    private static bool IsHandout(ReadOnlySpan<char> credit) =>
        credit.StartsWith("Dok.", StringComparison.OrdinalIgnoreCase) || credit.StartsWith("Dok ", StringComparison.OrdinalIgnoreCase)
        || credit.StartsWith("Dokumentasi", StringComparison.OrdinalIgnoreCase) || credit.Equals("Istimewa", StringComparison.OrdinalIgnoreCase);

    // "Ilustrasi emas", "Illustration of a chip": the caption of an illustration, which needs no full sentence.
    private static bool IsIllustration(ReadOnlySpan<char> text) =>
        text.StartsWith("Ilustrasi", StringComparison.OrdinalIgnoreCase) || text.StartsWith("Illustration", StringComparison.OrdinalIgnoreCase);

    // A line can be an unlabelled caption only with a credit label inside it, a slash, the licensing words at its end, or a final ")".
    private static bool MayBeUnlabelled(ReadOnlySpan<char> text)
    {
        if (text.Contains('/')) return true;
        if (text.Length > 0 && text[^1] == ')') return true;
        if (text.Contains(". Dok", StringComparison.Ordinal)) return true;
        if (text.EndsWith(Licensing, StringComparison.Ordinal) || text.EndsWith(NewTab, StringComparison.Ordinal) && text[..^NewTab.Length].EndsWith(Licensing, StringComparison.Ordinal)) return true;
        foreach (var label in CreditLabels)
            if (text.IndexOf(label, StringComparison.Ordinal) > 0) return true;
        foreach (var label in NytCreditLabels)
            if (text.IndexOf(label, StringComparison.Ordinal) > 0) return true;
        return false;
    }

    /// <summary>
    /// A caption over its credit on the next line, as a page of The New York Times is copied when the credit is not glued to
    /// it: <c>TEXT.</c> over <c>Credit...NAME for The New York Times</c>.
    /// </summary>
    public static bool TryCaptionOverCredit(string source, SourceLine captionLine, SourceLine creditLine, out Caption caption)
    {
        caption = null!;
        var text = creditLine.Text;
        foreach (var label in NytCreditLabels)
        {
            if (!text.StartsWith(label, StringComparison.Ordinal) || text.Length <= label.Length || text.Length > 120) continue;
            if (captionLine.Span.Length > 400 || !TextRules.EndsWithSentencePunctuation(captionLine.Text)) return false;
            caption = new Caption(TextField.FromSource(source, captionLine.Span), TextRules.Field(source, creditLine.Span.Start + label.Length, creditLine.Span.End),
                new TextSpan(captionLine.Span.Start, creditLine.Span.End));
            return true;
        }
        // "KOMPAS.com/YOHANES ARI WIBOWO", "ANTARA FOTO/Rizal Mandar" under the caption: an outlet's or agency's credit with
        // its photographer, alone on the line.
        if (IsPhotographersCredit(text) && captionLine.Span.Length <= 400 && TextRules.EndsWithSentencePunctuation(captionLine.Text))
        {
            caption = new Caption(TextField.FromSource(source, captionLine.Span), TextField.FromSource(source, creditLine.Span),
                new TextSpan(captionLine.Span.Start, creditLine.Span.End));
            return true;
        }
        return false;
    }

    // "KOMPAS.com/YOHANES ARI WIBOWO", "ANTARA FOTO/Rizal Mandar": an outlet's or agency's name, a slash and its photographer's
    // (an outlet or agency the table knows, "ANTARA FOTO" by its first word: not "US/China Tensions").
    private static bool IsPhotographersCredit(ReadOnlySpan<char> text) =>
        text.Length <= 80 && text.IndexOf('/') is var slash and > 1 && slash < text.Length - 3 && text[(slash + 1)..].IndexOf('/') < 0
        && (Outlets.Recognise(text[..slash]) is not null || text[..slash].IndexOf(' ') is > 0 and var firstEnd && Outlets.Recognise(text[..firstEnd]) is not null)
        && char.IsUpper(text[slash + 1]) && !text[(slash + 1)..].ContainsAny('.', ',');

    // BBC News's screen-reader words before a picture's caption.
    private const string ImageCaption = "Image caption, ";
    private const string MediaCaption = "Media caption, ";

    // Credits printed alone on the line above a picture's caption.
    private static readonly string[] BareCredits = ["Getty Images", "Reuters", "REUTERS", "EPA", "EPA-EFE", "AFP", "PA Media", "AP", "BBC", "Shutterstock", "Alamy", "Bloomberg"];

    /// <summary>
    /// A picture's credit on a line of its own over its caption, as BBC News pages are copied: <c>Image source, Getty
    /// Images</c> over <c>Image caption, TEXT</c>, or <c>Getty Images</c> over a line of caption text.
    /// </summary>
    /// <c>afterByline</c>: the credit line comes right after the byline, where BBC News prints any credit, a name or a body's
    /// ("Amgueddfa Dyffryn Aeron", "Family handout") over a caption with no final stop.
    public static bool TryCreditOverCaption(string source, SourceLine creditLine, SourceLine captionLine, bool afterByline, out Caption caption)
    {
        caption = null!;
        var text = creditLine.Text;
        TextField credit;
        if (text.StartsWith(LineClassifier.ImageSource, StringComparison.Ordinal) && text.Length <= 80)
        {
            // Not over the body's first paragraph: a picture with no caption ("Image source, Getty Images" over "Household energy
            // bills … will rise by 4% from October, the energy regulator Ofgem has announced.").
            if (!captionLine.Text.StartsWith(ImageCaption, StringComparison.Ordinal) && captionLine.Text.EndsWith('.') && TextRules.CountWords(captionLine.Text) >= 15) return false;
            credit = TextRules.Field(source, creditLine.Span.Start + LineClassifier.ImageSource.Length, creditLine.Span.End);
        }
        // "KOMPAS.com/RIZKI AMALIA PUTRI" over the caption (Kompas.com), not over the body's first paragraph ("JAKARTA,
        // KOMPAS.com - …": a picture with no caption).
        else if (IsPhotographersCredit(text) && captionLine.Span.Length <= 400 && TextRules.EndsWithSentencePunctuation(captionLine.Text)
                 && !DatelineParser.TryParse(source, captionLine.Span.Start, captionLine.Span.End, out _, out _)
                 // ("KOMPAS.com - Sejumlah penumpang …": the body's first paragraph under the site's name either way.)
                 && !captionLine.Text.StartsWith(text[..text.IndexOf('/')], StringComparison.OrdinalIgnoreCase))
            credit = TextRules.Field(source, creditLine.Span.Start, creditLine.Span.End);
        // Not "Reuters" over "By Jane Doe": a byline under an outlet's name is no caption.
        else if (IsBareCredit(text) && captionLine.Text.Length is > 0 and <= 200 && !captionLine.Text.EndsWith(':')
                 && !BylineParser.TryParse(source, captionLine, false, out _))
            credit = TextRules.Field(source, creditLine.Span.Start, creditLine.Span.End);
        else if (afterByline && IsCreditAlone(text) && !LineClassifier.IsNoise(text) && !LineClassifier.IsPageControlInMenu(text)
                 && !LineClassifier.IsRelatedLabel(text) && text is not ("Lihat Foto" or "Share" or "Save" or "Bagikan" or "Listen" or "Comment")
                 && captionLine.Text.Length is > 0 and <= 200 && TextRules.CountWords(captionLine.Text) >= 4
                 && !TextRules.EndsWithSentencePunctuation(captionLine.Text) && !captionLine.Text.EndsWith(':')
                 && !BylineParser.TryParse(source, captionLine, false, out _))
            credit = TextRules.Field(source, creditLine.Span.Start, creditLine.Span.End);
        else return false;
        var captionText = captionLine.Text.StartsWith(ImageCaption, StringComparison.Ordinal)
            ? TextRules.Field(source, captionLine.Span.Start + ImageCaption.Length, captionLine.Span.End)
            : TextRules.Field(source, captionLine.Span.Start, captionLine.Span.End);
        caption = new Caption(captionText, credit, TextSpan.FromLength(creditLine.Span.Start, captionLine.Span.End - creditLine.Span.Start));
        return true;
    }

    /// <summary>
    /// BBC News's screen-reader labels on lines of their own, as some copies keep them: <c>Image source,</c> over the credit,
    /// then <c>Image caption,</c> over the caption's text, or the caption's pair alone. <c>lines</c>: how many lines it took.
    /// </summary>
    public static bool TryLabelsOnTheirLines(string source, List<SourceLine> content, int i, int window, out Caption caption, out int lines)
    {
        caption = null!;
        lines = 0;
        var k = i;
        TextField? credit = null;
        if (content[k].Text is "Image source," or "Image source")
        {
            if (k + 1 >= window || !(IsCreditAlone(content[k + 1].Text) || IsBareCredit(content[k + 1].Text))) return false;
            credit = TextRules.Field(source, content[k + 1].Span.Start, content[k + 1].Span.End);
            k += 2;
        }
        // "Image caption," goes with the page's controls before the header is read: it stands in the text between the lines.
        if (k >= window || k == 0) return false;
        if (content[k].Text is "Image caption," or "Image caption")
        {
            if (++k >= window) return false;
        }
        else if (!source.AsSpan(content[k - 1].Span.End, content[k].Span.Start - content[k - 1].Span.End).Contains(ImageCaption.AsSpan(0, 14), StringComparison.Ordinal))
            return false;
        var text = content[k];
        if (text.Text.Length is 0 or > 300 || LineClassifier.IsNoise(text.Text) || BylineParser.TryParse(source, text, false, out _)) return false;
        caption = new Caption(TextRules.Field(source, text.Span.Start, text.Span.End), credit, TextSpan.FromLength(content[i].Span.Start, text.Span.End - content[i].Span.Start));
        lines = k + 1 - i;
        return true;
    }

    // A name alone: up to six words, capitalised, with no sentence's end, no colon and no comma (not the writer's title and
    // outlet, "Education correspondent, BBC Scotland").
    private static bool IsCreditAlone(ReadOnlySpan<char> text) =>
        text.Length is > 1 and <= 60 && char.IsUpper(text[0]) && TextRules.CountWords(text) <= 6 && !TextRules.EndsWithSentencePunctuation(text)
        && text.IndexOfAny(':', ',') < 0;

    private static bool IsBareCredit(ReadOnlySpan<char> text, StringComparison comparison = StringComparison.Ordinal)
    {
        foreach (var credit in BareCredits)
            if (text.Equals(credit, comparison)) return true;
        return false;
    }

    private static bool TryParseLabelled(string source, SourceLine line, out Caption caption)
    {
        caption = null!;
        var text = line.Text;
        // "Image caption, Jerome Powell said …", "Media caption, Watch: …": BBC News's caption of a picture or a video, with no
        // credit line above it.
        foreach (var label in (ReadOnlySpan<string>)[ImageCaption, MediaCaption])
            if (text.StartsWith(label, StringComparison.Ordinal) && text.Length > label.Length)
            {
                caption = new Caption(TextRules.Field(source, line.Span.Start + label.Length, line.Span.End), null, line.Span);
                return true;
            }
        foreach (var label in Labels)
        {
            if (!text.StartsWith(label, StringComparison.OrdinalIgnoreCase)) continue;
            var i = label.Length;
            while (i < text.Length && text[i] == ' ') i++;
            if (i >= text.Length || text[i] != ':') continue;
            i++;
            var bodyStart = line.Span.Start + i;
            var bodyEnd = line.Span.End;
            TextField? credit = null;
            if (text[^1] == ')')
            {
                var open = MatchingOpen(text);
                if (open > i)
                {
                    credit = TextRules.Field(source, line.Span.Start + open + 1, line.Span.End - 1);
                    bodyEnd = line.Span.Start + open;
                    if (credit.Span.Length == 0) credit = null;
                }
            }
            var body = TextRules.Field(source, bodyStart, bodyEnd);
            if (body.Span.Length == 0 && credit is null) return false;
            caption = new Caption(body, credit, line.Span);
            return true;
        }
        return false;
    }

    private static int MatchingOpen(ReadOnlySpan<char> text)
    {
        var depth = 0;
        for (var i = text.Length - 1; i >= 0; i--)
        {
            if (text[i] == ')') depth++;
            else if (text[i] == '(' && --depth == 0) return i;
        }
        return -1;
    }
}
