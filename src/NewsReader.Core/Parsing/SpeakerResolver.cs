using System.Collections.Frozen;
using NewsReader.Model;

namespace NewsReader.Parsing;

/// <summary>
/// Attaches a speaker to each quote: from the cue beside it (<c>kata Yang</c>, <c>Smith said</c>,
/// <c>Yang mengatakan: "…"</c>, <c>menurut X</c>), resolving short names to an earlier full mention,
/// pronouns and -nya cues to the most recent named speaker (the subject of the latest speech or reporting verb,
/// quoted or not). What the text does not determine stays null.
/// </summary>
internal sealed class SpeakerResolver
{
    private static readonly FrozenSet<string> Countries = new[]
    {
        "rusia", "as", "amerika", "serikat", "china", "tiongkok", "korea", "utara", "selatan", "korut", "korsel", "jepang",
        "ukraina", "inggris", "prancis", "perancis", "jerman", "india", "indonesia", "ri", "israel", "iran", "palestina",
        "turki", "australia", "singapura", "malaysia", "us", "u.s.", "uk", "russian", "chinese", "american", "british",
        "french", "german", "japanese", "ukrainian", "israeli", "iranian", "indonesian",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Adverbs = new[]
    {
        "juga", "pun", "lalu", "kemudian", "pula", "sempat", "telah", "sudah", "kembali", "also", "then", "later", "again",
        "previously", "once", "had", "has", "have", "sebelumnya", "bahkan", "hanya", "only", "further",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Demonstratives = new[] { "itu", "tersebut", "ini" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Words that open an unnamed description: "kata seorang wisatawan", "said one driver".
    private static readonly FrozenSet<string> Indefinites = new[]
    {
        "seorang", "salah", "sejumlah", "beberapa", "para", "a", "an", "one", "some", "several", "many", "another",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // "X dalam keterangan tertulis menyebut": a phrase between the subject and its verb.
    private static readonly FrozenSet<string> Interjections = new[] { "dalam", "melalui", "lewat", "saat", "ketika", "kepada" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Capitalised words that open a sentence without being part of a name.
    private static readonly FrozenSet<string> SentenceOpeners = new[]
    {
        "menurut", "menurutnya", "kata", "ujar", "sementara", "namun", "tetapi", "dalam", "di", "pada", "bagi", "untuk", "salah",
        "sedangkan", "adapun", "selain", "sebelumnya", "in", "at", "on", "the", "a", "an", "but", "and", "when", "after", "while",
        "according", "for", "as", "meanwhile", "some", "one", "however", "still", "yet", "if",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Lower-case words allowed inside an organisation's name: "Maritime and Port Authority", "Transport for London".
    private static readonly FrozenSet<string> Connectors = new[] { "and", "for", "of", "on", "dan" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> NameParticles = new[] { "bin", "binti", "van", "de", "der", "al", "el", "von", "da", "dos", "ibn", "la", "le" }
        .ToFrozenSet(StringComparer.Ordinal);

    private readonly string source;
    // How many words before a verb its subject is looked for, and how far after a quote its cue; keeps the work per cue bounded.
    private const int MaxSubjectWords = 40;
    private const int MaxSubjectChars = 200;
    private const int MaxCueWindow = 240;

    private readonly List<(Speaker Speaker, string[] Tokens, int Position)> mentions = [];
    private readonly Dictionary<string, List<int>> mentionsByToken = new(StringComparer.Ordinal);
    private readonly List<(int Position, Speaker Speaker)> events = [];
    private int eventCursor = -1;

    public SpeakerResolver(string source, IReadOnlyList<Block> blocks, TextField? standfirst, IReadOnlyList<List<QuoteScanner.Mark>> quotes)
    {
        this.source = source;
        if (standfirst is not null) CollectMentions(standfirst.Span.Start, standfirst.Span.End);
        foreach (var block in blocks)
            if (block.Kind == BlockKind.Paragraph) CollectMentions(block.Span.Start, block.Span.End);

        var quoted = new List<(int Open, int Close)>[blocks.Count];
        foreach (var quote in quotes)
            foreach (var mark in quote)
                (quoted[mark.Block] ??= []).Add((mark.Open, mark.Close));
        for (var b = 0; b < blocks.Count; b++)
            if (blocks[b].Kind == BlockKind.Paragraph) CollectEvents(blocks[b], quoted[b]);
    }

    /// <summary>An attribution found beside a quote. <see cref="Found"/> with no speaker is a cue whose speaker is unnamed.</summary>
    public readonly record struct Attribution(Speaker? Speaker, string? Cue, SpeakerSource Source, bool Found);

    /// <summary>The most recent named speaker before <paramref name="position"/>: the later of the last reporting-verb subject and <paramref name="lastQuoted"/>.</summary>
    /// <remarks>Positions must be asked for in increasing order (quotes in document order), which keeps this linear overall.</remarks>
    public Speaker? RecentBefore(int position, Speaker? lastQuoted, int lastQuotedPosition)
    {
        while (eventCursor + 1 < events.Count && events[eventCursor + 1].Position < position) eventCursor++;
        var (at, found) = eventCursor >= 0 ? events[eventCursor] : (-1, null);
        return lastQuoted is not null && lastQuotedPosition > at ? lastQuoted : found;
    }

    // Every run of two or more capitalised words, with titles taken off, is a mention that later short names can refer to.
    // Only stretches of capitalised tokens are split into words, so lower-case running text costs no allocation.
    private void CollectMentions(int start, int end)
    {
        var position = start;
        while (NextToken(source, ref position, end, out var tokenStart, out var tokenEnd))
        {
            if (!IsCapitalisedToken(source, tokenStart, tokenEnd)) continue;
            var regionEnd = tokenEnd;
            var next = tokenEnd;
            while (NextToken(source, ref next, end, out var s, out var e) && (IsCapitalisedToken(source, s, e) || IsLinkToken(source.AsSpan(s, e - s))))
                regionEnd = position = e;
            if (regionEnd > tokenEnd) CollectMentions(Word.Split(source, tokenStart, regionEnd)); // a mention has two words or more
        }
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ReportingVerbLookup =
        Lexicons.ReportingVerbs.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool NextToken(string text, ref int position, int end, out int start, out int stop)
    {
        while (position < end && char.IsWhiteSpace(text[position])) position++;
        start = position;
        while (position < end && !char.IsWhiteSpace(text[position])) position++;
        stop = position;
        return stop > start;
    }

    private static bool IsCapitalisedToken(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
            if (char.IsLetterOrDigit(text[i])) return char.IsUpper(text[i]) || char.IsDigit(text[i]);
        return false;
    }

    private static bool IsLinkToken(ReadOnlySpan<char> token) =>
        token is "and" or "for" or "of" or "on" or "dan" or "bin" or "binti" or "van" or "de" or "der" or "al" or "el" or "von" or "da" or "dos" or "ibn" or "la" or "le";

    private void CollectMentions(List<Word> words)
    {
        for (var i = 0; i < words.Count;)
        {
            if (!words[i].IsCapitalised) { i++; continue; }
            var runEnd = RunEnd(words, i);
            var name = Clean(words, i, runEnd);
            if (name is { } found && found.Tokens.Length >= 2)
            {
                foreach (var token in found.Tokens)
                {
                    if (!mentionsByToken.TryGetValue(token, out var list)) mentionsByToken[token] = list = [];
                    if (list.Count == 0 || list[^1] != mentions.Count) list.Add(mentions.Count);
                }
                mentions.Add((found.Speaker, found.Tokens, words[i].Start));
            }
            i = runEnd;
        }
    }

    // The subject of every speech or reporting verb outside quotation marks: "Rudi Hartanto, mengatakan", "Whitlock said".
    private void CollectEvents(Block block, List<(int Open, int Close)>? quoted)
    {
        var text = block.Text;
        var clauseStart = 0;
        var cursor = 0;
        var position = 0;
        while (NextToken(text, ref position, text.Length, out var start, out var end))
        {
            if (IsQuoted(quoted, ref cursor, start, out var close))
            {
                position = clauseStart = Math.Min(text.Length, Math.Max(position, close + 1));
                continue;
            }
            var word = text.AsSpan(start, end - start).Trim(".,;:!?\"\u201C\u201D()");
            if (word.Length > 0 && char.IsLower(word[0]) && ReportingVerbLookup.Contains(word))
            {
                // Only the words of the clause before the verb are split, at most a bounded stretch of them, and only
                // when a capitalised word there can name the subject (a pronoun or description adds no named speaker).
                var windowStart = Math.Max(clauseStart, start - MaxSubjectChars);
                if (!HasUpper(text.AsSpan(windowStart, start - windowStart))) goto next;
                var words = Word.Split(text, windowStart, end);
                var verb = words.Count - 1;
                if (verb > 0)
                {
                    var subject = Subject(text, words, Math.Max(0, verb - MaxSubjectWords), verb, block.Span.Start, null);
                    if (subject.Speaker is not null && subject.Source != SpeakerSource.Pronoun)
                        events.Add((block.Span.Start + start, subject.Speaker));
                }
            }
            next:
            if (end > start && text[end - 1] is '.' or '!' or '?' && !IsAbbreviation(text, end - 1)) clauseStart = end;
        }
    }

    private static bool HasUpper(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (char.IsUpper(c)) return true;
        return false;
    }

    // Quoted ranges are in order and positions are asked for in order, so a cursor walks them once.
    private static bool IsQuoted(List<(int Open, int Close)>? quoted, ref int cursor, int position, out int close)
    {
        close = 0;
        if (quoted is null) return false;
        while (cursor < quoted.Count && quoted[cursor].Close < position) cursor++;
        if (cursor >= quoted.Count || position < quoted[cursor].Open) return false;
        close = quoted[cursor].Close;
        return true;
    }

    private static bool CommaAfter(string text, Word word)
    {
        for (var i = word.End; i < text.Length && !char.IsWhiteSpace(text[i]); i++)
            if (text[i] == ',') return true;
        return false;
    }

    /// <summary>The speaker named after a quote: <c>," kata Yang.</c>, <c>," said Smith</c>, <c>," Smith said</c>, <c>," tambahnya</c>.</summary>
    public Attribution After(string text, int from, int blockStart, Speaker? recent)
    {
        var end = SentenceEnd(text, from, Math.Min(text.Length, from + MaxCueWindow));
        var words = Word.Split(text, from, end);
        if (words.Count == 0) return default;
        var first = words[0];
        var lower = first.Text.ToLowerInvariant();

        if (first.IsLower && Lexicons.CuesAfter.Contains(lower))
        {
            if (lower.EndsWith("nya", StringComparison.Ordinal))
                return Pronoun(recent, first.Text);
            return Phrase(words, 1, blockStart, recent) with { Cue = first.Text, Found = true };
        }
        // "Smith said", "he said", "Metro's chief operating officer, Andrea Whitlock, said" — when the quote ended its sentence.
        var closedSentence = from >= 2 && text[from - 2] is ',' or '.' or '?' or '!' || (from < text.Length && text[from] == ',');
        for (var v = 1; closedSentence && v < Math.Min(words.Count, 10); v++)
        {
            if (!words[v].IsLower || !IsCue(words[v].Text)) continue;
            return Subject(text, words, 0, v, blockStart, recent) with { Cue = words[v].Text, Found = true };
        }
        return default;
    }

    /// <summary>The speaker named before a quote: <c>Yang mengatakan, "</c>, <c>Kata dia: "</c>, <c>He said: "</c>, <c>Menurut X, "</c>.</summary>
    public Attribution Before(string text, int sentenceStart, int open, int blockStart, Speaker? recent)
    {
        var words = Word.Split(text, Math.Max(sentenceStart, open - MaxCueWindow), open);
        if (words.Count == 0) return default;

        // menurut X / according to X
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i].Text;
            var span = 0;
            if (w.Equals("menurut", StringComparison.OrdinalIgnoreCase)) span = 1;
            else if (w.Equals("according", StringComparison.OrdinalIgnoreCase) && i + 1 < words.Count && words[i + 1].Text.Equals("to", StringComparison.OrdinalIgnoreCase)) span = 2;
            if (span == 0) continue;
            var resolved = Phrase(words, i + span, blockStart, recent);
            if (resolved.Speaker is not null) return resolved with { Cue = span == 1 ? "menurut" : "according to", Found = true };
        }

        // The last cue verb before the quote, and the speaker on one side of it.
        for (var i = words.Count - 1; i >= 0; i--)
        {
            var word = words[i];
            if (!IsCue(word.Text) || (!word.IsLower && i != 0)) continue;
            // "Kata dia:", "Ujar Yang:" — the cue comes first.
            if (i == 0 && words.Count > 1 && Lexicons.CuesAfter.Contains(word.Text))
            {
                var resolved = Phrase(words, i + 1, blockStart, recent);
                if (resolved.Found) return resolved with { Cue = word.Text.ToLowerInvariant() };
            }
            if (i == 0) continue;
            return Subject(text, words, 0, i, blockStart, recent) with { Cue = word.Text, Found = true };
        }
        return default;
    }

    private static Attribution Pronoun(Speaker? recent, string? cue) =>
        new(recent, cue, recent is null ? SpeakerSource.None : SpeakerSource.Pronoun, true);

    /// <summary>The subject of the verb at <paramref name="verb"/>: the name at the end of the clause before it, past appositives.</summary>
    private Attribution Subject(string text, List<Word> words, int start, int verb, int blockStart, Speaker? recent)
    {
        var j = verb - 1;
        while (j >= start && Adverbs.Contains(words[j].Text) && !words[j].BreakAfter) j--;
        // "Kementerian Perindustrian dalam keterangan tertulis menyebut"
        for (var k = j; k >= start && k > j - 5 && words[k].IsLower && !words[k].BreakAfter; k--)
        {
            if (!Interjections.Contains(words[k].Text) || k == start || !words[k - 1].IsCapitalised || words[k - 1].BreakAfter) continue;
            j = k - 1;
            break;
        }
        if (j < start) return default;
        if (Lexicons.Pronouns.Contains(words[j].Text)) return Pronoun(recent, null);

        var chunkEnd = j + 1;
        var enclosed = CommaAfter(text, words[j]);
        while (chunkEnd > start)
        {
            var chunkStart = chunkEnd - 1;
            while (chunkStart > start && !CommaAfter(text, words[chunkStart - 1])) chunkStart--;
            var first = chunkStart;
            if (words[first].Text is "the" or "The" && first + 1 < chunkEnd) first++;
            var isAppositive = words[first].IsLower || IsNumberOrCode(words[first].Text) && chunkEnd - chunkStart == 1;
            if (enclosed && isAppositive && chunkStart > start)
            {
                chunkEnd = chunkStart;
                continue;
            }
            var last = chunkEnd - 1;
            if (!words[last].IsCapitalised)
            {
                if (Demonstratives.Contains(words[last].Text) && recent is not null) return new Attribution(recent, null, SpeakerSource.EarlierMention, true);
                return new Attribution(null, null, SpeakerSource.None, true); // "Analysts said", "a group of parents wrote"
            }
            var runStart = last;
            while (runStart > chunkStart && (IsNameWord(words[runStart - 1]) || IsConnector(words, runStart - 1)) && !words[runStart - 1].BreakAfter) runStart--;
            if (Connectors.Contains(words[runStart].Text)) runStart++;
            return Name(words, runStart, last + 1, blockStart);
        }
        return default;
    }

    private static bool IsNumberOrCode(string word) => word.Length > 0 && (char.IsDigit(word[0]) || word.Contains('-', StringComparison.Ordinal));

    private static bool IsConnector(List<Word> words, int i) =>
        Connectors.Contains(words[i].Text) && i > 0 && words[i - 1].IsCapitalised && i + 1 < words.Count && words[i + 1].IsCapitalised;

    /// <summary>Reads the speaker from a phrase after a cue: a name, a description followed by a name, or a pronoun.</summary>
    private Attribution Phrase(List<Word> words, int index, int blockStart, Speaker? recent)
    {
        if (index >= words.Count) return default;
        var first = words[index];
        if (Lexicons.Pronouns.Contains(first.Text) && first.IsLower) return Pronoun(recent, null);
        if (first.IsCapitalised)
        {
            // "ujar Presiden Prabowo", "said Smith, a professor"
            return Name(words, index, RunEnd(words, index), blockStart);
        }
        // An unnamed source: "kata seorang wisatawan", "said one driver".
        if (Indefinites.Contains(first.Text)) return new Attribution(null, null, SpeakerSource.None, true);
        // A description first: "media Korut, KCNA" (the name after the comma), "ekonom Faisal Basri", "politikus itu" (refers back).
        var i = index;
        while (i < words.Count && !words[i].IsCapitalised && !words[i].BreakAfter) i++;
        if (i >= words.Count) return default;
        if (words[i].IsCapitalised)
        {
            var runEnd = RunEnd(words, i);
            if (runEnd < words.Count && words[runEnd - 1].BreakAfter && words[runEnd].IsCapitalised)
                return Name(words, runEnd, RunEnd(words, runEnd), blockStart);
            return Name(words, i, runEnd, blockStart);
        }
        if (Demonstratives.Contains(words[i].Text))
            return recent is null ? default : new Attribution(recent, null, SpeakerSource.EarlierMention, true);
        if (i + 1 < words.Count && words[i + 1].IsCapitalised)
            return Name(words, i + 1, RunEnd(words, i + 1), blockStart);
        return default;
    }

    private Attribution Name(List<Word> words, int start, int end, int blockStart)
    {
        var cleaned = Clean(words, start, end);
        if (cleaned is null) return default;
        var (speaker, tokens) = cleaned.Value;
        var position = blockStart + words[start].Start;
        // A short name becomes the fuller name mentioned earlier: "Arif" → "Arif Budiman", "Mr. Kessler" → "Robert Kessler".
        if (tokens.Length == 1 && mentionsByToken.TryGetValue(tokens[0], out var candidates))
        {
            // The latest mention before this position that contains the short name (mentions are in document order).
            var lo = 0;
            var hi = candidates.Count - 1;
            var latest = -1;
            while (lo <= hi)
            {
                var mid = (lo + hi) / 2;
                if (mentions[candidates[mid]].Position < position) { latest = mid; lo = mid + 1; }
                else hi = mid - 1;
            }
            if (latest >= 0)
            {
                var mention = mentions[candidates[latest]];
                var at = Array.IndexOf(mention.Tokens, tokens[0]);
                var name = at == 0 || at == mention.Tokens.Length - 1 ? mention.Speaker.Name : string.Join(' ', mention.Tokens[at..]);
                return new Attribution(new Speaker(name, speaker.Role ?? mention.Speaker.Role), null, SpeakerSource.EarlierMention, true);
            }
        }
        return new Attribution(speaker, null, SpeakerSource.SameSentence, true);
    }

    /// <summary>
    /// Takes titles and roles off a run of capitalised words: "Menteri Keuangan Sri Mulyani Indrawati" → Sri Mulyani Indrawati
    /// (Menteri Keuangan), "Analyst Mark Oduya of Kestrel Capital" → Mark Oduya. An organisation's name is kept whole.
    /// </summary>
    private static (Speaker Speaker, string[] Tokens)? Clean(List<Word> words, int start, int end)
    {
        while (start < end && (SentenceOpeners.Contains(words[start].Text) || Lexicons.CuesBefore.Contains(words[start].Text) || char.IsDigit(words[start].Text[0]))) start++;
        while (end > start && (NameParticles.Contains(words[end - 1].Text) || Connectors.Contains(words[end - 1].Text))) end--;
        if (end <= start) return null;
        if (IsOrganisation(words, start, end)) return Make(words, start, end, start);

        // "Mark Oduya of Kestrel Capital": a person of an organisation.
        for (var i = start + 1; i < end - 1; i++)
            if (words[i].Text == "of") { end = i; break; }

        // After the last title: "Kasat Lantas Polres Metro Jakarta Timur AKBP Hendro Saputra" → Hendro Saputra.
        var nameStart = start;
        for (var i = end - 3; i >= start; i--)
            if (IsRole(words[i].Text)) { nameStart = i + 1; break; }
        while (nameStart < end - 1 && (IsRole(words[nameStart].Text) || Countries.Contains(words[nameStart].Text))) nameStart++;
        if (end - nameStart == 1 && (IsRole(words[nameStart].Text) || Countries.Contains(words[nameStart].Text))) return null;
        // A long run with no title in it ("… Dinas Perhubungan Kota Surabaya Arif Budiman"): the name is its last two words.
        if (end - nameStart > 3) nameStart = end - 2;
        return Make(words, start, end, nameStart);
    }

    private static (Speaker Speaker, string[] Tokens) Make(List<Word> words, int start, int end, int nameStart)
    {
        var tokens = new string[end - nameStart];
        for (var i = 0; i < tokens.Length; i++) tokens[i] = words[nameStart + i].Text;
        var role = nameStart > start ? string.Join(' ', words.Skip(start).Take(nameStart - start).Select(w => w.Text)) : null;
        return (new Speaker(string.Join(' ', tokens), role), tokens);
    }

    private static bool IsRole(string word) => Lexicons.Roles.Contains(word.TrimEnd('.'));

    private static bool IsOrganisation(List<Word> words, int start, int end) =>
        Lexicons.Organisations.Contains(words[start].Text) || (end - start > 1 && Lexicons.Organisations.Contains(words[end - 1].Text));

    /// <summary>The end of a run of capitalised words starting at <paramref name="start"/>, stopping after punctuation.</summary>
    private static int RunEnd(List<Word> words, int start)
    {
        var i = start;
        while (i < words.Count)
        {
            var word = words[i];
            if (i > start && (word.BreakBefore || !(IsNameWord(word) || IsConnector(words, i)))) break;
            if (i > start && NameParticles.Contains(word.Text) && (i + 1 >= words.Count || !words[i + 1].IsCapitalised)) break;
            i++;
            if (word.BreakAfter) break;
        }
        return i;
    }

    private static bool IsNameWord(Word word) => word.IsCapitalised || NameParticles.Contains(word.Text);

    private static bool IsCue(string word) => Lexicons.CuesAfter.Contains(word) || Lexicons.CuesBefore.Contains(word);

    private static int SentenceEnd(string text, int from, int limit)
    {
        for (var i = from; i < limit; i++)
        {
            var c = text[i];
            if (c is ';' or '(' or '"' or '\u201C' or '\u201D' or '\u00AB' or '\u201E') return i;
            if (c is '.' or '!' or '?' && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1])) && !IsAbbreviation(text, i)) return i;
        }
        return limit;
    }

    // "Mr." "Ms." "Sen." "Dr.": a full stop that ends a title, not a sentence.
    private static bool IsAbbreviation(string text, int dot)
    {
        var start = dot;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        return dot - start is >= 1 and <= 3 && char.IsUpper(text[start]) && IsRole(text[start..dot]);
    }
}
