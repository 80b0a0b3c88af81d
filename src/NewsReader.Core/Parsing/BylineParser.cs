using System.Collections.Frozen;
using NewsReader.Model;

namespace NewsReader.Parsing;

/// <summary>
/// Recognises a byline: <c>Name, CNBC Indonesia</c> and <c>Name - detikNews</c> beside the date line,
/// <c>By NAME and NAME</c>, <c>By NAME, BBC News</c>, <c>Penulis X | Editor Y</c>, <c>Reporter: X | Editor: Y</c>,
/// an outlet on its own (<c>CNN Indonesia</c>) and a bare name beside the date line.
/// </summary>
internal static class BylineParser
{
    private static readonly string[] ByPrefixes =
    [
        "By ", "BY ", "by ", "Oleh ", "Oleh: ", "OLEH ", "Oleh : ",
        // The Washington Post's and others' kinds of piece: "Analysis by Philip Bump", "Opinion by Jennifer Rubin".
        "Analysis by ", "Opinion by ", "Story by ", "Column by ", "Commentary by ", "Review by ",
    ];

    // A writer's title after the names and a comma ("By Jane Doe, Business Reporter"): no writer.
    private static readonly string[] TitleWords = ["Reporter", "Correspondent", "Editor", "Writer", "Columnist", "Contributor", "Producer", "Staff"];
    private static readonly string[] WriterLabels = ["Penulis", "Reporter", "Wartawan", "Pewarta", "Author", "Written by", "Oleh"];
    private static readonly string[] AuthorSeparators = [" and ", " & ", " dan ", ", ", " AND ", " DAN "];
    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
    {
        "bin", "binti", "van", "de", "der", "den", "al", "el", "von", "da", "dos", "du", "la", "le", "di", "y", "ibn", "bt", "st",
        // Filipino surnames ("Miguel Antonio dela Rosa", "Ana delos Santos").
        "dela", "del", "delos",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NameParticleLookup = NameParticles.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool TryParse(string source, SourceLine line, bool besideDate, out Byline byline) => TryParse(source, line, besideDate, out byline, out _);

    /// <summary>
    /// "and Colleen Brennan" under "By Hiroshi Tanaka-Reed" (The Washington Post): the writers after the first, on a line of
    /// their own that opens with "and".
    /// </summary>
    public static bool TryMoreWriters(string source, SourceLine line, out Byline byline)
    {
        byline = null!;
        var text = line.Text;
        if (text.Length > 120 || !(text.StartsWith("and ", StringComparison.Ordinal) || text.StartsWith("dan ", StringComparison.Ordinal))) return false;
        var names = text[4..];
        var outletAt = names.IndexOf(',');
        if (!IsName(outletAt > 0 ? names[..outletAt] : names)) return false;
        return TryNamesWithOutlet(source, line.Span.Start + 4, line.Span.End, requireOutlet: false, out byline, line.Span) && byline.Authors.Count > 0;
    }

    /// <param name="bare">True when the byline is only a name beside the date, with no label, "By" or outlet to show it is one
    /// ("Jane Smith"; but also "Edukasi", a section): a guess that a labelled byline elsewhere in the header overrules.</param>
    public static bool TryParse(string source, SourceLine line, bool besideDate, out Byline byline, out bool bare)
    {
        byline = null!;
        bare = false;
        if (line.Span.Length > 160) return false;
        var offset = line.Span.Start;

        foreach (var prefix in ByPrefixes)
        {
            if (!line.Text.StartsWith(prefix, StringComparison.Ordinal)) continue;
            var rest = offset + prefix.Length;
            return TryNamesWithOutlet(source, rest, line.Span.End, requireOutlet: false, out byline, line.Span);
        }

        if (TryParseCredit(source, line, out byline)) return true;
        // "Niamh Gallagher-Price, BBC News, Lancashire": names and an outlet the table knows are a byline wherever they stand.
        if (!besideDate) return TryWritersOfKnownOutlet(source, line.Span.Start, line, out byline);
        var text = line.Text;

        // "Tech - Rafi Saputra, CNBC Indonesia": CNBC Indonesia's channel, a dash, then the writers and the outlet.
        var channel = text.IndexOf(" - ", StringComparison.Ordinal);
        if (channel > 0 && channel <= 20 && !text[..channel].Contains(' ') && TryWritersOfKnownOutlet(source, offset + channel + 3, line, out byline))
            return true;

        // Name - detikNews; "Dinda Aulia Ramadhani | CNN Indonesia": or a bar before the outlet.
        var dash = text.LastIndexOf(" - ", StringComparison.Ordinal);
        if (dash < 0 || Outlets.Recognise(text[(dash + 3)..]) is null) dash = text.LastIndexOf(" | ", StringComparison.Ordinal);
        if (dash > 0 && Outlets.Recognise(text[(dash + 3)..]) is not null)
        {
            // "Tim | CNN Indonesia", "Tim Redaksi - detikNews": the outlet's team, no named writer.
            // "Tim detikJateng - detikJateng": the team of the outlet's channel.
            var team = text[..dash] is "Tim" or "Redaksi" or "Tim Redaksi" or "Staf" or "Staff"
                || text[..dash].StartsWith("Tim ", StringComparison.Ordinal) && Outlets.Recognise(text[4..dash]) is not null;
            var authors = team ? [] : SplitNames(source, offset, offset + dash);
            if (authors.Count > 0 || team)
            {
                var brand = Text(source, offset + dash + 3, line.Span.End);
                byline = new Byline(authors, brand, line.Span) { OutletName = Outlets.Brand(brand) };
                return true;
            }
        }

        // CNN Indonesia (an outlet on its own), Guardian staff and agencies (the outlet's staff, no named writer)
        var staff = text.IndexOf(" staff", StringComparison.Ordinal);
        var outletEnd = staff > 0 && (text.EndsWith(" staff", StringComparison.Ordinal) || text.EndsWith(" staff and agencies", StringComparison.Ordinal))
            ? line.Span.Start + staff : line.Span.End;
        var outletSpan = TextRules.Trim(source, line.Span.Start, outletEnd);
        if (Outlets.Recognise(source.AsSpan(outletSpan.Start, outletSpan.Length)) is not null)
        {
            var outletField = TextField.FromSource(source, outletSpan);
            byline = new Byline([], outletField, line.Span) { OutletName = Outlets.Brand(outletField) };
            return true;
        }

        // Name, Outlet
        if (TryNamesWithOutlet(source, line.Span.Start, line.Span.End, requireOutlet: true, out byline, line.Span)) return true;

        // A bare name beside the date line: "Jane Smith", "Jane Smith in Washington".
        var name = text;
        var inPlace = name.IndexOf(" in ", StringComparison.Ordinal);
        if (inPlace > 0) name = name[..inPlace];
        // "Summary" beside the date is a page's label, not a writer (one word alone may be: "Sutrisno").
        if ((IsName(name) && !IsPageLabel(name) || name.Contains(" and ", StringComparison.Ordinal) || name.Contains(" & ", StringComparison.Ordinal) || name.Contains(" dan ", StringComparison.Ordinal))
            && !SingleWordsJoinedByAmpersand(name))
        {
            var authors = SplitNames(source, offset, offset + name.Length);
            if (authors.Count > 0)
            {
                byline = new Byline(authors, null, line.Span);
                bare = true;
                return true;
            }
        }
        return false;
    }

    // Writers, a comma and an outlet the table knows, from start to the line's end ("Rafi Saputra, CNBC Indonesia").
    private static bool TryWritersOfKnownOutlet(string source, int start, SourceLine line, out Byline byline)
    {
        if (TryNamesWithOutlet(source, start, line.Span.End, requireOutlet: true, out byline, line.Span)
            && byline.Outlet is { } outlet && Outlets.Recognise(outlet.Chars) is not null && byline.Authors.Count > 0) return true;
        byline = null!;
        return false;
    }

    // "Healthcare & Pharmaceuticals", "Aerospace & Defense", "Courts & Law": single words joined by "&" are a section's name,
    // not writers (who are named in full, or joined by "and" or "dan").
    private static bool SingleWordsJoinedByAmpersand(ReadOnlySpan<char> text)
    {
        if (text.IndexOf(" & ", StringComparison.Ordinal) < 0) return false;
        foreach (var range in text.Split(" & "))
            if (text[range].Trim().Contains(' ')) return false;
        return true;
    }

    /// <summary>
    /// A writer's name on its own line over their title and outlet (<c>Natalie Sherman</c> over <c>Business reporter, BBC
    /// News</c>), as BBC News prints its bylines: the name, two to four words, and the outlet after the title's comma.
    /// </summary>
    /// <param name="outletAlone">Whether the outlet alone under the name counts: only for a name already read beside the date, or
    /// a line of writers joined by "and" or with where they filed from ("Rami Haddad in Jerusalem and Lucy Ashcombe in London"
    /// over "BBC News"); not a short headline over "CNN Indonesia".</param>
    public static bool TryNameOverTitle(string source, SourceLine name, SourceLine title, out Byline byline, bool outletAlone = false)
    {
        byline = null!;
        // Under the name: "Business reporter, BBC News"; a title alone ("Cost of living correspondent"); the outlet alone
        // ("BBC News", under "Rami Haddad in Jerusalem and Lucy Ashcombe in London").
        TextField? outlet = null;
        if (TryTitleAndOutlet(source, title, out var titled)) outlet = titled;
        else if (Outlets.Recognise(title.Text) is not null)
        {
            if (!outletAlone && !name.Text.Contains(" in ", StringComparison.Ordinal) && !name.Text.Contains(" and ", StringComparison.Ordinal)) return false;
            outlet = TextField.FromSource(source, title.Span);
        }
        // "Hugo Bachelard" over "Reporting from Kharkiv": where the writer filed from.
        else if (!IsTitleLine(title.Text) && !(title.Text.StartsWith("Reporting from ", StringComparison.Ordinal) && title.Text.Length <= 60)) return false;
        var authors = new List<TextField>();
        foreach (var (start, end) in WritersWithPlaces(name))
        {
            var text = source.AsSpan(start, end - start);
            if (!IsName(text) || text.Count(' ') is < 1 or > 3) return false;
            authors.Add(TextField.FromSource(source, new TextSpan(start, end)));
        }
        if (authors.Count is 0 or > 3) return false;
        byline = new Byline(authors, outlet, name.Span) { OutletName = Outlets.Brand(outlet) };
        return true;
    }

    // The writers on a line of names, each perhaps with where they filed from: "Rami Haddad in Jerusalem and Lucy Ashcombe in
    // London" gives the two names' spans.
    private static List<(int Start, int End)> WritersWithPlaces(SourceLine line)
    {
        var spans = new List<(int, int)>();
        var text = line.Text;
        var from = 0;
        while (from <= text.Length)
        {
            var and = text[from..].IndexOf(" and ", StringComparison.Ordinal);
            var end = and < 0 ? text.Length : from + and;
            var part = text[from..end];
            var place = part.IndexOf(" in ", StringComparison.Ordinal);
            spans.Add((line.Span.Start + from, line.Span.Start + from + (place > 0 ? place : part.Length)));
            if (and < 0) break;
            from = end + 5;
        }
        return spans;
    }

    // A writer's title on a line of its own: up to six words of letters, the last a word for a journalist ("Cost of living
    // correspondent", "Transport correspondent", "Senior reporter").
    private static bool IsTitleLine(ReadOnlySpan<char> text)
    {
        // Two words at least: "Reporter" alone is the label over the writer's name (Tempo), not a title under it.
        if (text.Length is 0 or > 60 || !char.IsUpper(text[0]) || TextRules.CountWords(text) is < 2 or > 6) return false;
        foreach (var c in text)
            if (!(char.IsLetter(c) || c is ' ' or '-' or '&')) return false;
        return IsWriterTitle(text);
    }

    // "Jakarta", "Hong Kong", "Rio de Janeiro": one to three words, each capitalised but a joining particle, letters only.
    private static bool IsPlaceName(ReadOnlySpan<char> text)
    {
        if (text.Length is 0 or > 30) return false;
        var words = 0;
        foreach (var range in text.Split(' '))
        {
            var word = text[range];
            // "BBC News, Highlands and Islands", "BBC News, Hereford & Worcester": two places joined are one region.
            if (words > 0 && word is "and" or "&") continue;
            if (word.IsEmpty || word.ContainsAnyExcept(PlaceLetters)) return false;
            if (!char.IsUpper(word[0]) && word is not ("de" or "del" or "da" or "do" or "al")) return false;
            words++;
        }
        return words is >= 1 and <= 3 && !text.EndsWith(" and") && !text.EndsWith(" &");
    }

    private static readonly System.Buffers.SearchValues<char> PlaceLetters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-'");

    /// <summary>A writer's title and outlet on a line of their own (<c>Business reporter, BBC News</c>): the outlet.</summary>
    public static bool TryTitleAndOutlet(string source, SourceLine title, out TextField outlet)
    {
        outlet = null!;
        var text = title.Text;
        var comma = text.LastIndexOf(',');
        // "BBC News NI political correspondent": the outlet first, then the title in lower case.
        if (comma < 0 && text.Length <= 80 && IsTitleLine(text))
        {
            for (var end = text.LastIndexOf(' '); end > 0; end = text[..end].LastIndexOf(' '))
                if (Outlets.Recognise(text[..end]) is not null && char.IsLower(text[end + 1]))
                {
                    outlet = TextRules.Field(source, title.Span.Start, title.Span.Start + end);
                    return true;
                }
            return false;
        }
        if (comma <= 0 || text.Length > 80) return false;
        // "BBC News, Jakarta": the outlet, then where the writer files from, a capitalised word or three.
        if (Outlets.Recognise(text[..comma]) is not null && IsPlaceName(text[(comma + 1)..].Trim()))
        {
            outlet = TextRules.Field(source, title.Span.Start, title.Span.Start + comma);
            return true;
        }
        if (Outlets.Recognise(text[(comma + 1)..]) is null) return false;
        // The title: one to six words of letters, no stop ("Business reporter", "Political correspondent").
        var words = 0;
        var titleWords = text[..comma];
        foreach (var range in titleWords.SplitAny(' ', '\t'))
        {
            var word = titleWords[range];
            if (word.IsEmpty) continue;
            foreach (var c in word)
                if (!(char.IsLetter(c) || c is '-' or '&')) return false;
            words++;
        }
        if (words is 0 or > 6) return false;
        outlet = TextRules.Field(source, title.Span.Start + comma + 1, title.Span.End);
        return true;
    }

    /// <summary>
    /// Names down the lines under a date, each but the last closed by a comma (<c>Isna Rifka Sri Rahayu,</c> then
    /// <c>Erlangga Djumena</c>), as Kompas.com prints its writers and then its editor: the writers, and how many lines the
    /// names take.
    /// </summary>
    public static bool TryNamesDownTheLines(string source, List<SourceLine> content, int from, int window, out Byline byline, out int lines)
    {
        byline = null!;
        lines = 0;
        var writers = new List<TextField>();
        var i = from;
        for (; i < window && i < from + 6; i++)
        {
            var text = content[i].Text;
            var closed = text.EndsWith(',');
            var name = closed ? text[..^1] : text;
            if (!IsName(name) || name.Count(' ') is < 1 or > 4) return false;
            if (!closed) break;
            writers.Add(TextField.FromSource(source, TextSpan.FromLength(content[i].Span.Start, name.Length)));
        }
        // At least one writer, and the editor's line after the last comma.
        if (writers.Count == 0 || i >= window || i >= from + 6) return false;
        lines = i - from + 1;
        byline = new Byline(writers, null, content[from].Span);
        return true;
    }

    private static readonly string[] EditorLabels = ["Editor", "Redaktur", "Penyunting", "Editing by", "Edited by"];

    /// <summary>
    /// A label on a line of its own over the names it labels (<c>Reporter</c> over <c>Ilona Estherina</c>, <c>Editor</c> over
    /// <c>Agoeng Wijaya</c>), as some pages print their credits: <paramref name="writer"/> is whether the label names the
    /// writers, whose byline <paramref name="byline"/> is; an editor's label names no author.
    /// </summary>
    public static bool TryLabelOverNames(string source, SourceLine label, SourceLine names, out bool writer, out Byline? byline)
    {
        byline = null;
        var text = label.Text.TrimEnd(" :");
        writer = false;
        foreach (var candidate in WriterLabels)
            writer |= text.Equals(candidate, StringComparison.OrdinalIgnoreCase);
        var editor = false;
        foreach (var candidate in EditorLabels)
            editor |= text.Equals(candidate, StringComparison.OrdinalIgnoreCase);
        if (!writer && !editor) return false;
        var authors = SplitNames(source, names.Span.Start, names.Span.End);
        if (authors.Count == 0) return false;
        if (writer) byline = new Byline(authors, null, names.Span);
        return true;
    }

    /// <summary><c>Penulis X | Editor Y</c>, <c>Reporter: X | Editor: Y</c>, <c>Pewarta: X</c>: the writers named after a label.</summary>
    public static bool TryParseCredit(string source, SourceLine line, out Byline byline)
    {
        byline = null!;
        var text = line.Text;
        var offset = line.Span.Start;
        foreach (var label in WriterLabels)
        {
            if (!text.StartsWith(label, StringComparison.OrdinalIgnoreCase) || text.Length <= label.Length) continue;
            var after = label.Length;
            if (text[after] != ' ' && text[after] != ':') continue;
            while (after < text.Length && (text[after] == ' ' || text[after] == ':')) after++;
            var end = text[after..].IndexOf('|');
            end = end < 0 ? text.Length : after + end;
            var authors = SplitNames(source, offset + after, offset + end);
            if (authors.Count == 0) return false;
            byline = new Byline(authors, null, line.Span);
            return true;
        }
        return false;
    }

    private static bool TryNamesWithOutlet(string source, int start, int end, bool requireOutlet, out Byline byline, TextSpan span)
    {
        byline = null!;
        var text = source.AsSpan(start, end - start);
        TextField? outlet = null;
        var namesEnd = end;
        var comma = text.LastIndexOf(',');
        if (comma > 0)
        {
            var tail = text[(comma + 1)..].Trim();
            if (Outlets.Recognise(tail) is not null || Outlets.LooksLikeOutlet(tail))
            {
                outlet = TextRules.Field(source, start + comma + 1, end);
                namesEnd = start + comma;
            }
            // "By Kamran Siddiqui, BBC News, Yorkshire": the outlet, then the region it reports from, one or two capitalised words.
            else if (text[..comma].LastIndexOf(',') is var before and > 0 && Outlets.Recognise(text[(before + 1)..comma]) is not null
                && tail.Length > 0 && char.IsUpper(tail[0]) && TextRules.CountWords(tail) <= 2)
            {
                outlet = TextRules.Field(source, start + before + 1, start + comma);
                namesEnd = start + before;
            }
        }
        // "By Jeanna Smialek Reporting from Washington": where the writer filed from, run on to the name.
        if (source.AsSpan(start, namesEnd - start).IndexOf(" Reporting from ", StringComparison.Ordinal) is var from and > 0) namesEnd = start + from;
        // "By Jane Doe, Business Reporter": a title after the names.
        if (outlet is null && source.AsSpan(start, namesEnd - start).LastIndexOf(',') is var titleComma and > 0
            && IsWriterTitle(source.AsSpan(start + titleComma + 1, namesEnd - start - titleComma - 1).Trim())) namesEnd = start + titleComma;
        text = source.AsSpan(start, namesEnd - start);
        if (requireOutlet && outlet is null) return false;
        // "By Reuters Staff": an outlet's staff names no writer.
        if (outlet is null && text.Trim() is var staff && staff.EndsWith(" Staff", StringComparison.Ordinal) && Outlets.Recognise(staff[..^6]) is not null)
        {
            var desk = TextRules.Field(source, start, start + text.TrimEnd().Length - " Staff".Length);
            byline = new Byline([], desk, span) { OutletName = Outlets.Brand(desk) };
            return true;
        }
        // "By Reuters", "By The Associated Press": a byline that names only the outlet names no writer.
        if (outlet is null && Outlets.Recognise(text.Trim()) is not null)
        {
            var only = TextRules.Field(source, start, namesEnd);
            byline = new Byline([], only, span) { OutletName = Outlets.Brand(only) };
            return true;
        }
        // "By Staff Writer": a desk, no writer.
        if (outlet is null && (text.Trim().Equals("Staff Writer", StringComparison.OrdinalIgnoreCase) || text.Trim().Equals("Staff", StringComparison.OrdinalIgnoreCase)))
        {
            byline = new Byline([], null, span);
            return true;
        }
        // "Tim Redaksi, CNBC Indonesia, CNBC Indonesia": the outlet printed twice is still the outlet, not a writer.
        while (outlet is not null && source.AsSpan(start, namesEnd - start).LastIndexOf(',') is var again and > 0
            && source.AsSpan(start + again + 1, namesEnd - start - again - 1).Trim().Equals(outlet.Value.AsSpan().Trim(), StringComparison.OrdinalIgnoreCase))
            namesEnd = start + again;
        // "Redaksi, CNBC Indonesia", "CNBC Indonesia Research, CNBC Indonesia": the outlet's desk, no named writer.
        if (outlet is not null && IsDesk(source.AsSpan(start, namesEnd - start).Trim(), outlet.Value))
        {
            byline = new Byline([], outlet, span) { OutletName = Outlets.Brand(outlet) };
            return true;
        }
        // Beside a known outlet a name may be printed in lower case ("teti purwanti, CNBC Indonesia", "dob, CNBC Indonesia").
        var authors = SplitNames(source, start, namesEnd, lowerCase: outlet is not null);
        if (authors.Count == 0) return false;
        byline = new Byline(authors, outlet, span) { OutletName = Outlets.Brand(outlet) };
        return true;
    }

    private static readonly string[] PageLabels = ["Summary", "Highlights", "Ringkasan", "Analysis", "Opinion", "Exclusive", "Advertisement"];

    private static bool IsPageLabel(ReadOnlySpan<char> text)
    {
        foreach (var label in PageLabels)
            if (text.Trim().Equals(label, StringComparison.Ordinal)) return true;
        return false;
    }

    private static bool IsWriterTitle(ReadOnlySpan<char> text)
    {
        if (text.Length is 0 or > 40) return false;
        var last = text[(text.LastIndexOf(' ') + 1)..];
        foreach (var word in TitleWords)
            if (last.Equals(word, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    // Bylines that are a desk as they stand ("Redaksi", "Tim Redaksi", "Staff").
    private static readonly string[] Desks = ["redaksi", "tim redaksi", "admin", "staff", "newsroom", "editor", "redaktur", "tim"];

    // Words that name a desk or a kind of content, not a writer ("Tim Riset", "Financial Expert", "Advertorial", "CNBC
    // Indonesia TV"), and words that go with them ("Tim", "Team").
    private static readonly FrozenSet<string> ContentWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "redaksi", "newsroom", "riset", "research", "advertorial", "sponsored", "financial", "expert", "tv", "video");
    private static readonly FrozenSet<string> DeskWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "tim", "team", "desk");

    /// <summary>
    /// A desk's byline: one of <see cref="Desks"/>, or only content words, desk words and the words of the outlet's own name,
    /// with a content word among them ("CNBC Indonesia Research"; not "Tim Staff", who may be a writer).
    /// </summary>
    private static bool IsDesk(ReadOnlySpan<char> text, string outlet)
    {
        foreach (var desk in Desks)
            if (text.Equals(desk, StringComparison.OrdinalIgnoreCase)) return true;
        var content = false;
        foreach (var range in text.SplitAny(' ', '\t'))
        {
            var word = text[range];
            if (word.IsEmpty) continue;
            if (ContentWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)) content = true;
            else if (!DeskWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) && !ContainsWord(outlet, word)) return false;
        }
        return content;
    }

    private static bool ContainsWord(string text, ReadOnlySpan<char> word)
    {
        foreach (var range in text.AsSpan().SplitAny(' ', '\t'))
            if (text.AsSpan()[range].Equals(word, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>Splits <c>A, B and C</c> into names; returns nothing when any part is not name-like.</summary>
    private static List<TextField> SplitNames(string source, int start, int end, bool lowerCase = false)
    {
        var result = new List<TextField>();
        var position = start;
        while (position < end)
        {
            var next = end;
            var separatorLength = 0;
            foreach (var separator in AuthorSeparators)
            {
                var at = source.IndexOf(separator, position, end - position, StringComparison.Ordinal);
                if (at >= 0 && at < next) { next = at; separatorLength = separator.Length; }
            }
            var trimmed = TextRules.Trim(source, position, next);
            if (trimmed.Length > 0)
            {
                // The name is checked before any string is made for it.
                var value = source.AsSpan(trimmed.Start, trimmed.Length).TrimEnd(",.");
                // "Penulis: Kontributor Makassar, Hendra Cipta Mustari": Kompas.com's contributor in a city is a title and a
                // place before the writer's name, no writer.
                if (value.StartsWith("Kontributor ", StringComparison.Ordinal) && next < end)
                {
                    position = next + separatorLength;
                    continue;
                }
                if (!IsName(value) && !(lowerCase && IsLowerCaseName(value))) return [];
                // "Maesaroh & Maesaroh": a name printed twice is one writer.
                var field = TextField.FromSource(source, TextSpan.FromLength(trimmed.Start, value.Length));
                if (!result.Exists(f => f.Value.Equals(field.Value, StringComparison.OrdinalIgnoreCase))) result.Add(field);
            }
            position = next + separatorLength;
        }
        return result;
    }

    /// <summary>One to six words, each capitalised (particles such as "bin" or "van" aside), no digits.</summary>
    public static bool IsName(string text) => IsName(text.AsSpan());

    public static bool IsName(ReadOnlySpan<char> text)
    {
        // A paragraph is no name: the length is told before its words are counted.
        if (text.Length > 60) return false;
        // The words are the runs between white space, as string.Split with no separators and no empty entries gives them.
        var count = 0;
        for (var i = 0; i < text.Length;)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            if (i >= text.Length) break;
            count++;
            while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
        }
        if (count is 0 or > 6) return false;
        var capitalised = 0;
        for (var i = 0; i < text.Length;)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            if (i >= text.Length) break;
            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
            var word = text[start..i];
            foreach (var c in word)
                if (!(char.IsLetter(c) || c is '.' or '-' or '\'' or '\u2019')) return false;
            if (char.IsUpper(word[0])) capitalised++;
            // "Omar Haddad al-Shammari": a particle joined to the capitalised name by a hyphen.
            else if (!NameParticleLookup.Contains(word) && !(word.IndexOf('-') is var hyphen and > 0 && hyphen + 1 < word.Length
                && char.IsUpper(word[hyphen + 1]) && NameParticleLookup.Contains(word[..hyphen]))) return false;
        }
        return capitalised > 0;
    }

    // One to four words of letters, all in lower case: a name as some bylines print it.
    private static bool IsLowerCaseName(ReadOnlySpan<char> text)
    {
        if (text.Length is 0 or > 40) return false;
        var words = 1;
        foreach (var c in text)
        {
            if (c == ' ') { words++; continue; }
            if (!char.IsLetter(c) || !char.IsLower(c)) return false;
        }
        return words <= 4;
    }

    private static TextField Text(string source, int start, int end) => TextRules.Field(source, start, end);
}
