using NewsReader.Model;

namespace NewsReader.Parsing;

/// <summary>
/// Recognises the dateline that opens the first paragraph: <c>Jakarta, CNBC Indonesia -</c>, <c>Jakarta -</c>,
/// <c>JAKARTA, KOMPAS.com -</c>, <c>Liputan6.com, Jakarta -</c>, <c>Jakarta (ANTARA) -</c>,
/// <c>WASHINGTON, Aug 13 (Reuters) -</c>, <c>WASHINGTON (AP) —</c>, <c>KONTAN.CO.ID - JAKARTA.</c>.
/// </summary>
internal static class DatelineParser
{
    private const int MaxLead = 80;

    /// <summary>
    /// A line that is a dateline and nothing else, with its outlet (<c>Jakarta, CNN Indonesia --</c>), as a page copied with
    /// the dateline on its own line gives it.
    /// </summary>
    public static bool TryParseAlone(string source, int start, int end, out Dateline dateline) =>
        Read(source, start, end, alone: true, out dateline, out var bodyStart) && bodyStart >= end;

    /// <summary>Reads a dateline at <paramref name="start"/>; <paramref name="bodyStart"/> is where the paragraph's own text begins.</summary>
    public static bool TryParse(string source, int start, int end, out Dateline dateline, out int bodyStart) =>
        Read(source, start, end, alone: false, out dateline, out bodyStart);

    // alone: a line with nothing after the dateline is one too, when an outlet names it.
    private static bool Read(string source, int start, int end, bool alone, out Dateline dateline, out int bodyStart)
    {
        dateline = null!;
        bodyStart = start;
        var limit = Math.Min(end, start + MaxLead + 3);
        for (var d = start + 1; d < limit; d++)
        {
            var c = source[d];
            if (c is not ('-' or '\u2013' or '\u2014')) continue;
            var dashEnd = d + 1;
            if (c == '-' && dashEnd < end && source[dashEnd] == '-') dashEnd++;
            var spaceBefore = char.IsWhiteSpace(source[d - 1]);
            var spaceAfter = dashEnd >= end || char.IsWhiteSpace(source[dashEnd]);
            if (!TryReadLead(source, start, d, out var place, out var outlet)) 
            {
                if (spaceBefore || spaceAfter) return false; // the first free-standing dash ends the search
                continue; // a hyphen inside a word ("Tiba-Tiba") is not a dateline dash
            }
            if (!spaceBefore && !spaceAfter && outlet is null) continue;
            if (outlet is null && !(spaceBefore && spaceAfter)) return false;

            var after = dashEnd;
            while (after < end && char.IsWhiteSpace(source[after])) after++;
            // KONTAN.CO.ID - JAKARTA. The place follows the dash.
            if (place is null && outlet is not null && TryTrailingPlace(source, after, end, out var trailingPlace, out var placeEnd))
            {
                place = trailingPlace;
                after = placeEnd;
                while (after < end && char.IsWhiteSpace(source[after])) after++;
                dateline = new Dateline(place, outlet, new TextSpan(start, placeEnd)) { OutletName = Outlets.Brand(outlet) };
            }
            else
            {
                dateline = new Dateline(place, outlet, new TextSpan(start, dashEnd)) { OutletName = Outlets.Brand(outlet) };
            }
            // A paragraph that is nothing but a dateline is not one, unless it stands alone above its text.
            if (after >= end)
            {
                bodyStart = after;
                return alone && outlet is not null;
            }
            // "DJ Norman Cook - aka Fatboy Slim - has said …": a dash before a word in lower case sets off an aside, not a
            // dateline, when no outlet names one.
            if (outlet is null && char.IsLower(source[after])) return false;
            bodyStart = after;
            return true;
        }
        return false;
    }

    private static bool TryReadLead(string source, int start, int end, out TextField? place, out TextField? outlet)
    {
        place = null;
        outlet = null;
        var lead = TextRules.Trim(source, start, end);
        if (lead.Length == 0) return false;
        var partStart = lead.Start;
        for (var i = lead.Start; i <= lead.End; i++)
        {
            if (i < lead.End && source[i] != ',' && source[i] != '(') continue;
            if (i < lead.End && source[i] == '(')
            {
                var close = source.IndexOf(')', i, lead.End - i);
                if (close < 0) return false;
                if (!ReadPart(source, partStart, i, ref place, ref outlet)) return false;
                var inner = TextRules.Field(source, i + 1, close);
                if (Outlets.Recognise(inner.Chars) is null && !Outlets.LooksLikeOutlet(inner.Chars) && !TextRules.IsAllCaps(inner.Chars)) return false;
                outlet ??= inner;
                i = close;
                partStart = close + 1;
                continue;
            }
            if (!ReadPart(source, partStart, i, ref place, ref outlet)) return false;
            partStart = i + 1;
        }
        return place is not null || outlet is not null;
    }

    private static bool ReadPart(string source, int start, int end, ref TextField? place, ref TextField? outlet)
    {
        var part = TextRules.Field(source, start, end);
        var text = part.Chars;
        if (text.Length == 0) return true;
        if (Outlets.Recognise(text) is not null || Outlets.LooksLikeOutlet(text))
        {
            if (outlet is not null) return false;
            outlet = part;
            return true;
        }
        if (IsMonthDay(text)) return true;
        // MILLBROOK, Kan. — a state abbreviation extends the place before it.
        if (place is not null && outlet is null && IsStateAbbreviation(text))
        {
            place = TextRules.Field(source, place.Span.Start, part.Span.End);
            return true;
        }
        // "KYIV, Ukraine (AP) —": a country or state written out after a place in capitals extends it.
        if (place is not null && outlet is null && TextRules.IsAllCaps(place.Chars) && !TextRules.IsAllCaps(text) && IsPlace(text))
        {
            place = TextRules.Field(source, place.Span.Start, part.Span.End);
            return true;
        }
        if (!IsPlace(text) || place is not null) return false;
        place = part;
        return true;
    }

    private static bool TryTrailingPlace(string source, int start, int end, out TextField? place, out int placeEnd)
    {
        place = null;
        placeEnd = start;
        var i = start;
        while (i < end && (char.IsLetter(source[i]) || source[i] == ' ') && i - start < 30) i++;
        if (i >= end || source[i] != '.' ) return false;
        var candidate = source.AsSpan(start, i - start).Trim();
        if (candidate.Length < 3 || !TextRules.IsAllCaps(candidate)) return false;
        place = TextRules.Field(source, start, i);
        placeEnd = i + 1;
        return true;
    }

    // The words of a part are the runs between spaces (as string.Split(' ') without empty entries gives them), read as spans.
    private static bool IsPlace(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var range in text.Split(' '))
        {
            var word = text[range];
            if (word.IsEmpty) continue;
            if (++count > 4 || !char.IsUpper(word[0])) return false;
            foreach (var c in word)
                // "WASHINGTON/DETROIT": a dateline of two places.
                if (!(char.IsLetter(c) || c is '.' or '\'' or '-' or '/')) return false;
        }
        return count > 0;
    }

    private static bool IsStateAbbreviation(ReadOnlySpan<char> text) =>
        text.Length is >= 2 and <= 6 && text[^1] == '.' && char.IsUpper(text[0]) && text[..^1].IndexOfAnyExcept("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.") < 0;

    private static readonly System.Collections.Frozen.FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> MonthLookup =
        Lexicons.Months.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsMonthDay(ReadOnlySpan<char> text)
    {
        ReadOnlySpan<char> month = default, day = default;
        var count = 0;
        foreach (var range in text.Split(' '))
        {
            var word = text[range];
            if (word.IsEmpty) continue;
            if (++count > 2) return false;
            if (count == 1) month = word;
            else day = word;
        }
        return count == 2 && MonthLookup.ContainsKey(month.TrimEnd('.')) && !day.ContainsAnyExcept(AsciiDigits);
    }

    private static readonly System.Buffers.SearchValues<char> AsciiDigits = System.Buffers.SearchValues.Create("0123456789");
}
