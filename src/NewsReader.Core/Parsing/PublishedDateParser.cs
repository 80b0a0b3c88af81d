using System.Globalization;
using NewsReader.Model;

namespace NewsReader.Parsing;

/// <summary>
/// Recognises a date line: <c>Rabu, 13/08/2025 14:11 WIB</c>, <c>Kamis, 14 Agu 2025 09:30 WIB</c>,
/// <c>August 13, 2025 2:11 PM GMT+7</c>, <c>Updated 2:11 PM EDT, August 13, 2025</c>, <c>JAN. 13, 2017</c>,
/// ISO 8601, with an optional <c>Updated …</c> part. A line is a date line when, once its date, time,
/// zone and day name are taken away, little but filler words remain.
/// </summary>
internal static class PublishedDateParser
{
    private static readonly HashSet<string> Fillers = new(StringComparer.OrdinalIgnoreCase)
    {
        "published", "updated", "diperbarui", "dipublikasikan", "diterbitkan", "terbit", "pukul", "jam", "at", "on",
        "last", "first", "posted", "modified", "tanggal", "hours", "hour", "minutes", "minute", "ago", "jam", "menit", "yang", "lalu",
        "am", "pm", "a", "p", "m", "wib", "wita", "wit",
    };

    private static readonly string[] UpdateWords = ["updated", "diperbarui", "update", "modified", "diupdate"];

    // A plain loop: Enumerable.Contains with a comparer would box the array's enumerator for every word.
    private static bool IsUpdateWord(string word)
    {
        foreach (var update in UpdateWords)
            if (word.Equals(update, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    public readonly record struct Result(PublishedDate? Published, PublishedDate? Updated, string? Warning);

    /// <summary>Reads <paramref name="line"/> as a date line, or returns false when it is something else.</summary>
    private static bool IsPublishedWord(string word) =>
        word.Equals("published", StringComparison.OrdinalIgnoreCase) || word.Equals("diterbitkan", StringComparison.OrdinalIgnoreCase)
        || word.Equals("dipublikasikan", StringComparison.OrdinalIgnoreCase);

    public static bool TryParse(string source, SourceLine line, out Result result)
    {
        result = default;
        if (line.Text.Length is < 6 or > 160) return false;
        // Every date shape has a year of exactly four digits; a line without one is not tokenised at all.
        if (!HasFourDigitRun(line.Text)) return false;
        var tokens = Tokenize(line.Text);
        if (tokens.Count == 0) return false;

        // Split into the published part and an "Updated" part.
        var updateAt = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind == TokenKind.Word && IsUpdateWord(tokens[i].Text))
            {
                updateAt = i;
                break;
            }
        }

        // A date line has a few dozen tokens at most (it is 160 characters or fewer): the flags live on the stack.
        Span<bool> consumed = stackalloc bool[tokens.Count];
        PublishedDate? first = null, second = null;
        string? warning = null;
        if (updateAt < 0)
        {
            first = ReadDate(source, line, tokens, 0, tokens.Count, consumed, ref warning);
        }
        else
        {
            // "Updated April 23, 2026 at 11:38 a.m. EDT|Published April 23, 2026 at 5:00 a.m. EDT" (The Washington Post): the
            // publication after the update, on the same line.
            var publishedAt = -1;
            for (var i = updateAt + 1; i < tokens.Count && publishedAt < 0; i++)
                if (tokens[i].Kind == TokenKind.Word && IsPublishedWord(tokens[i].Text)) publishedAt = i;
            var before = publishedAt > 0 ? ReadDate(source, line, tokens, publishedAt + 1, tokens.Count, consumed, ref warning)
                : ReadDate(source, line, tokens, 0, updateAt, consumed, ref warning);
            var after = ReadDate(source, line, tokens, updateAt + 1, publishedAt > 0 ? publishedAt : tokens.Count, consumed, ref warning);
            consumed[updateAt] = true;
            if (before is not null) { first = before; second = after; }
            else second = after; // "Updated 2:11 PM EDT, August 13, 2025" (AP shows only the update): no published time is given
        }
        if (first is null && second is null) return false;

        // What is left must be filler: a word or two ("Kompas.com -", "Published"), never a sentence.
        var leftover = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (consumed[i] || tokens[i].Kind != TokenKind.Word) continue;
            if (Fillers.Contains(tokens[i].Text)) continue;
            leftover += tokens[i].Text.Length;
        }
        if (leftover > 16) return false;

        result = new Result(first, second, warning);
        return true;
    }

    private static PublishedDate? ReadDate(string source, SourceLine line, List<Token> tokens, int from, int to, Span<bool> consumed, ref string? warning)
    {
        if (!FindDate(tokens, from, to, out var year, out var month, out var day, out var dateFirst, out var dateLast)) return null;
        if (!IsValidDate(year, month, day)) return null;
        for (var i = dateFirst; i <= dateLast; i++) consumed[i] = true;

        var hasTime = false;
        var hour = 0; var minute = 0; var second = 0;
        TimeSpan? offset = null;
        var spanFirst = dateFirst; var spanLast = dateLast;

        // ISO 8601 carries its own time and offset.
        if (tokens[dateFirst].Text.Length == 4 && dateLast + 1 < to && tokens[dateLast + 1].Text is "T")
        {
            consumed[dateLast + 1] = true;
        }

        for (var i = from; i < to; i++)
        {
            if (consumed[i]) continue;
            if (TryTime(tokens, i, to, out hour, out minute, out second, out var timeLast))
            {
                hasTime = true;
                for (var k = i; k <= timeLast; k++) consumed[k] = true;
                spanFirst = Math.Min(spanFirst, i); spanLast = Math.Max(spanLast, timeLast);
                if (TryZone(tokens, timeLast + 1, to, out var zoneOffset, out var zoneLast, out var seasonal))
                {
                    offset = seasonal && IsValidTime(hour, minute, second) && IsUsDaylightTime(new DateTime(year, month, day, hour, minute, second))
                        ? zoneOffset + TimeSpan.FromHours(1) : zoneOffset;
                    for (var k = timeLast + 1; k <= zoneLast; k++) consumed[k] = true;
                    spanLast = Math.Max(spanLast, zoneLast);
                }
                break;
            }
        }

        // A day name before the date ("Rabu, 13/08/2025") is checked against the date.
        for (var i = from; i < to; i++)
        {
            if (consumed[i] || tokens[i].Kind != TokenKind.Word) continue;
            if (Lexicons.Days.TryGetValue(tokens[i].Text, out var named))
            {
                consumed[i] = true;
                spanFirst = Math.Min(spanFirst, i);
                var actual = new DateTime(year, month, day).DayOfWeek;
                if (named != actual)
                    warning = $"The day name '{tokens[i].Text}' does not match the date {year:D4}-{month:D2}-{day:D2}, which is a {actual}.";
            }
        }

        if (hasTime && !IsValidTime(hour, minute, second)) { hasTime = false; offset = null; }
        var local = hasTime ? new DateTime(year, month, day, hour, minute, second) : new DateTime(year, month, day);
        var start = line.Span.Start + tokens[spanFirst].Start;
        var end = line.Span.Start + tokens[spanLast].End;
        return PublishedDate.FromSource(local, hasTime ? offset : null, hasTime, source, new TextSpan(start, end));
    }

    private static bool FindDate(List<Token> t, int from, int to, out int year, out int month, out int day, out int first, out int last)
    {
        year = month = day = first = last = 0;
        for (var i = from; i < to; i++)
        {
            var token = t[i];
            if (token.Kind == TokenKind.Number)
            {
                // ISO 2025-08-13
                if (token.Text.Length == 4 && Sep(t, i + 1, to, '-') && Num(t, i + 2, to, 1, 2) && Sep(t, i + 3, to, '-') && Num(t, i + 4, to, 1, 2))
                {
                    year = token.Value; month = t[i + 2].Value; day = t[i + 4].Value; first = i; last = i + 4;
                    return true;
                }
                // 13/08/2025, 13-08-2025, 13.08.2025
                if (token.Text.Length <= 2 && i + 4 < to && t[i + 1].Kind == TokenKind.Punct && t[i + 1].Text is "/" or "-" or "."
                    && Num(t, i + 2, to, 1, 2) && t[i + 3].Text == t[i + 1].Text && Num(t, i + 4, to, 4, 4))
                {
                    day = token.Value; month = t[i + 2].Value; year = t[i + 4].Value; first = i; last = i + 4;
                    return true;
                }
                // 14 Agu 2025, 14 August 2025
                if (token.Text.Length <= 2 && i + 1 < to && t[i + 1].Kind == TokenKind.Word && Lexicons.Months.TryGetValue(t[i + 1].Text, out var m1))
                {
                    var j = i + 2;
                    if (Sep(t, j, to, '.')) j++;
                    if (Sep(t, j, to, ',')) j++;
                    if (Num(t, j, to, 4, 4))
                    {
                        day = token.Value; month = m1; year = t[j].Value; first = i; last = j;
                        return true;
                    }
                }
            }
            else if (token.Kind == TokenKind.Word && Lexicons.Months.TryGetValue(token.Text, out var m2))
            {
                // August 13, 2025 / JAN. 13, 2017 / Aug 13 2025
                var j = i + 1;
                if (Sep(t, j, to, '.')) j++;
                if (!Num(t, j, to, 1, 2)) continue;
                var d = t[j].Value;
                var k = j + 1;
                if (Sep(t, k, to, ',')) k++;
                if (Num(t, k, to, 4, 4))
                {
                    day = d; month = m2; year = t[k].Value; first = i; last = k;
                    return true;
                }
            }
        }
        return false;
    }

    private static bool TryTime(List<Token> t, int i, int to, out int hour, out int minute, out int second, out int last)
    {
        hour = minute = second = 0; last = i;
        if (!Num(t, i, to, 1, 2) || i + 2 >= to) return false;
        if (!(Sep(t, i + 1, to, ':') || Sep(t, i + 1, to, '.')) || !Num(t, i + 2, to, 2, 2)) return false;
        if (t[i + 1].End != t[i + 2].Start || t[i].End != t[i + 1].Start) return false;
        hour = t[i].Value; minute = t[i + 2].Value; last = i + 2;
        if (i + 4 < to && t[i + 3].Text == t[i + 1].Text && Num(t, i + 4, to, 2, 2) && t[i + 3].Start == t[i + 2].End)
        {
            second = t[i + 4].Value; last = i + 4;
        }
        // Fractions of a second in ISO 8601 (".123") are dropped.
        if (last + 2 < to && t[last + 1].Text == "." && t[last + 2].Kind == TokenKind.Number && t[last + 1].Start == t[last].End) last += 2;
        // 2:11 PM, 2:11 p.m., 2.11pm
        if (last + 1 < to && t[last + 1].Kind == TokenKind.Word)
        {
            var word = t[last + 1].Text.ToLowerInvariant();
            var pm = word is "pm" or "p";
            var am = word is "am" or "a";
            if (pm || am)
            {
                var j = last + 1;
                if (word.Length == 1)
                {
                    if (!(Sep(t, j + 1, to, '.') && j + 2 < to && t[j + 2].Text.Equals("m", StringComparison.OrdinalIgnoreCase))) return hour <= 23;
                    j += 2;
                }
                if (Sep(t, j + 1, to, '.')) j++;
                last = j;
                if (hour is < 1 or > 12) return false;
                if (pm && hour != 12) hour += 12;
                if (am && hour == 12) hour = 0;
            }
        }
        return true;
    }

    private static bool TryZone(List<Token> t, int i, int to, out TimeSpan offset, out int last, out bool seasonal)
    {
        offset = default; last = i; seasonal = false;
        if (i >= to) return false;
        if (t[i].Kind == TokenKind.Word && Lexicons.SeasonalZones.TryGetValue(t[i].Text, out var standard))
        {
            (offset, seasonal) = (standard, true);
            return true;
        }
        if (t[i].Kind == TokenKind.Word && Lexicons.Zones.TryGetValue(t[i].Text, out var zone))
        {
            offset = zone; last = i;
            // GMT+7, UTC+07:00
            if (t[i].Text.ToUpperInvariant() is "GMT" or "UTC" && TryNumericOffset(t, i + 1, to, out var numeric, out var numericLast))
            {
                offset = numeric; last = numericLast;
            }
            return true;
        }
        return TryNumericOffset(t, i, to, out offset, out last);
    }

    // United States daylight time, local time: since 2007 from 2:00 on the second Sunday of March to 2:00 on the first Sunday
    // of November; from 1987 to 2006 from the first Sunday of April to the last Sunday of October.
    private static bool IsUsDaylightTime(DateTime local)
    {
        var (start, end) = local.Year >= 2007
            ? (NthSunday(local.Year, 3, 2), NthSunday(local.Year, 11, 1))
            : (NthSunday(local.Year, 4, 1), NthSunday(local.Year, 11, 1).AddDays(-7));
        return local >= start.AddHours(2) && local < end.AddHours(2);

        static DateTime NthSunday(int year, int month, int n)
        {
            var first = new DateTime(year, month, 1);
            return first.AddDays(((int)DayOfWeek.Sunday - (int)first.DayOfWeek + 7) % 7 + 7 * (n - 1));
        }
    }

    private static bool TryNumericOffset(List<Token> t, int i, int to, out TimeSpan offset, out int last)
    {
        offset = default; last = i;
        if (i + 1 >= to || t[i].Kind != TokenKind.Punct || t[i].Text is not ("+" or "-" or "\u2212")) return false;
        if (t[i + 1].Kind != TokenKind.Number || t[i + 1].Start != t[i].End) return false;
        var sign = t[i].Text == "+" ? 1 : -1;
        int hours, minutes = 0;
        var digits = t[i + 1].Text;
        last = i + 1;
        if (digits.Length == 4) { hours = t[i + 1].Value / 100; minutes = t[i + 1].Value % 100; }
        else if (digits.Length <= 2)
        {
            hours = t[i + 1].Value;
            if (Sep(t, i + 2, to, ':') && Num(t, i + 3, to, 2, 2)) { minutes = t[i + 3].Value; last = i + 3; }
        }
        else return false;
        if (hours > 14 || minutes > 59) return false;
        offset = sign * new TimeSpan(hours, minutes, 0);
        return true;
    }

    private static bool IsValidDate(int year, int month, int day) =>
        year is >= 1800 and <= 2200 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    private static bool IsValidTime(int hour, int minute, int second) => hour is >= 0 and <= 23 && minute is >= 0 and <= 59 && second is >= 0 and <= 59;

    private static bool Sep(List<Token> t, int i, int to, char c) => i < to && t[i].Kind == TokenKind.Punct && t[i].Text.Length == 1 && t[i].Text[0] == c;

    private static bool Num(List<Token> t, int i, int to, int minLength, int maxLength) =>
        i < to && t[i].Kind == TokenKind.Number && t[i].Text.Length >= minLength && t[i].Text.Length <= maxLength;

    // Also a year glued to the hour after it ("20257:04"), which the tokenizer splits.
    internal static bool HasFourDigitRun(ReadOnlySpan<char> text)
    {
        var run = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsAsciiDigit(text[i])) run++;
            else if (run == 4 || run is 5 or 6 && text[i] == ':') return true;
            else run = 0;
        }
        return run == 4;
    }

    private enum TokenKind { Word, Number, Punct }

    private readonly record struct Token(TokenKind Kind, string Text, int Start, int End, int Value);

    // Token texts repeat from line to line ("2025", ":", "WIB"), so each thread keeps one string per distinct token.
    [ThreadStatic] private static Dictionary<string, string>? tokenTextsOfThread;
    [ThreadStatic] private static List<Token>? tokensOfThread;

    private static string Intern(ReadOnlySpan<char> text)
    {
        var texts = tokenTextsOfThread ??= new Dictionary<string, string>(StringComparer.Ordinal);
        var lookup = texts.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(text, out var known)) return known;
        if (texts.Count >= 4096) texts.Clear();
        var made = text.ToString();
        texts[made] = made;
        return made;
    }

    // Where "Updated" or "Published" starts at the end of a word in capitals before it ("GMTUpdated"), or 0.
    private static int GluedUpdate(ReadOnlySpan<char> word)
    {
        foreach (var label in (ReadOnlySpan<string>)["Updated", "Published"])
            if (word.Length > label.Length && word.EndsWith(label, StringComparison.Ordinal) && TextRules.IsAllCaps(word[..^label.Length])) return word.Length - label.Length;
        return 0;
    }

    // The list is reused by the next line's tokens: a line's tokens are done with when TryParse returns.
    private static List<Token> Tokenize(ReadOnlySpan<char> text)
    {
        var tokens = tokensOfThread ??= new List<Token>(16);
        tokens.Clear();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            var start = i;
            if (char.IsAsciiDigit(c))
            {
                while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
                // "December 10, 20257:04 PM" (Reuters, copied): a year glued to the hour after it is two numbers.
                if (i - start is 5 or 6 && i < text.Length && text[i] == ':' && text[start..(start + 2)] is "19" or "20")
                {
                    tokens.Add(new Token(TokenKind.Number, Intern(text[start..(start + 4)]), start, start + 4, int.Parse(text[start..(start + 4)], CultureInfo.InvariantCulture)));
                    start += 4;
                }
                var digits = text[start..i];
                var value = digits.Length <= 9 ? int.Parse(digits, CultureInfo.InvariantCulture) : -1;
                tokens.Add(new Token(TokenKind.Number, Intern(digits), start, i, value));
            }
            else if (char.IsLetter(c))
            {
                while (i < text.Length && (char.IsLetter(text[i]) || text[i] == '\'')) i++;
                // "5:05 AM GMTUpdated January 27, 2026" (Reuters, copied): a zone glued to the word of the update after it.
                if (i - start > 7 && char.IsUpper(text[start + 1]) && GluedUpdate(text[start..i]) is var glued and > 0)
                {
                    tokens.Add(new Token(TokenKind.Word, Intern(text[start..(start + glued)]), start, start + glued, 0));
                    start += glued;
                }
                tokens.Add(new Token(TokenKind.Word, Intern(text[start..i]), start, i, 0));
            }
            else
            {
                i++;
                tokens.Add(new Token(TokenKind.Punct, Intern(text[start..i]), start, i, 0));
            }
        }
        return tokens;
    }
}
