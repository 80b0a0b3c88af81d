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

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CountryLookup = Countries.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AdverbLookup = Adverbs.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DemonstrativeLookup = Demonstratives.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> IndefiniteLookup = Indefinites.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> InterjectionLookup = Interjections.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SentenceOpenerLookup = SentenceOpeners.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ConnectorLookup = Connectors.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NameParticleLookup = NameParticles.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CuesAfterLookup = Lexicons.CuesAfter.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CuesBeforeLookup = Lexicons.CuesBefore.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PronounLookup = Lexicons.Pronouns.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RoleLookup = Lexicons.Roles.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OrganisationLookup = Lexicons.Organisations.GetAlternateLookup<ReadOnlySpan<char>>();

    [ThreadStatic] private static Scratch? scratchOfThread;

    private string source = "";
    // One word list, reused by every split: the words of one window are done with before the next is split.
    private readonly List<Word> words;
    // How many words before a verb its subject is looked for, and how far after a quote its cue; keeps the work per cue bounded.
    private const int MaxSubjectWords = 40;
    private const int MaxSubjectChars = 200;
    private const int MaxCueWindow = 240;

    // A mention is kept as positions only: its words are mentionWords[First..First+Count), the name from First+NameOffset.
    // The Speaker (and its strings) is made only when a later short name resolves to the mention.
    private readonly record struct Mention(int First, int NameOffset, int Count, int Position);
    private readonly Scratch scratch;
    private readonly List<Mention> mentions;
    private readonly List<(int Start, int End)> mentionWords;
    private Dictionary<string, Postings>.AlternateLookup<ReadOnlySpan<char>> mentionLookup;
    private readonly List<(int Position, EventName Name)> events;
    private readonly List<(int Start, int End)> eventWords;

    /// <summary>
    /// The subject of a reporting verb, kept as positions: its role words are eventWords[RoleFirst..NameFirst), its name
    /// eventWords[NameFirst..End), or, when <see cref="Mention"/> is not -1, the earlier mention it resolved to (its name
    /// from mentionWords[At]). The Speaker is made only when a pronoun or description refers back to it.
    /// </summary>
    private readonly record struct EventName(int RoleFirst, int NameFirst, int End, int Mention, int At);

    // While events are collected, Name records an EventName here and returns this placeholder instead of making a Speaker.
    private static readonly Speaker Deferred = new("");
    private bool deferNames;
    private EventName pendingName;

    /// <summary>The mentions (indices, in document order) that contain one token, valid for the parse of <see cref="Generation"/>.</summary>
    private sealed class Postings
    {
        public int Generation;
        public readonly List<int> Mentions = [];
    }

    /// <summary>
    /// The working lists of a resolver, kept per thread and reused by the next parse, so a parse allocates none of them.
    /// Token entries outlive a parse (a token's string is made once per thread) and count only in their own parse's
    /// generation; the table is dropped when it grows past <see cref="MaxTokens"/>. Clearing costs at most what the
    /// previous parse added, so the work stays linear.
    /// </summary>
    private sealed class Scratch
    {
        private const int MaxTokens = 16_384;
        public readonly List<Word> Words = new(64);
        public readonly List<Mention> Mentions = [];
        public readonly List<(int Start, int End)> MentionWords = [];
        public readonly List<(int Position, EventName Name)> Events = [];
        public readonly List<(int Start, int End)> EventWords = [];
        public Speaker?[] MentionSpeakers = [];
        public Speaker?[] EventSpeakers = [];
        public (int Open, int Close)[] Quoted = [];
        public int[] QuotedEnds = [];
        public Dictionary<string, Postings> ByToken = new(StringComparer.Ordinal);
        public int Generation;
        // The thread's resolver: it holds only these lists and the parse in progress, so the next parse reuses it.
        public SpeakerResolver? Resolver;

        public void Reset()
        {
            Array.Clear(MentionSpeakers, 0, Math.Min(Mentions.Count, MentionSpeakers.Length));
            Array.Clear(EventSpeakers, 0, Math.Min(Events.Count, EventSpeakers.Length));
            EventWords.Clear();
            Words.Clear();
            Mentions.Clear();
            MentionWords.Clear();
            Events.Clear();
            if (ByToken.Count > MaxTokens) ByToken = new(StringComparer.Ordinal);
            Generation++;
        }
    }
    private int eventCursor = -1;

    private SpeakerResolver(Scratch scratch)
    {
        this.scratch = scratch;
        words = scratch.Words;
        mentions = scratch.Mentions;
        mentionWords = scratch.MentionWords;
        events = scratch.Events;
        eventWords = scratch.EventWords;
    }

    /// <summary>
    /// This thread's resolver, set up for one article: its mentions and reporting-verb subjects are collected here.
    /// Call <see cref="Release"/> when the article's quotes are built; the next parse on the thread reuses it.
    /// </summary>
    public static SpeakerResolver For(string source, IReadOnlyList<Block> blocks, TextField? standfirst, IReadOnlyList<List<QuoteScanner.Mark>> quotes)
    {
        var scratch = scratchOfThread ??= new Scratch();
        var resolver = scratch.Resolver ??= new SpeakerResolver(scratch);
        resolver.Start(source, blocks, standfirst, quotes);
        return resolver;
    }

    /// <summary>Lets go of the article's text (the working lists hold only positions).</summary>
    public void Release() => source = "";

    private void Start(string source, IReadOnlyList<Block> blocks, TextField? standfirst, IReadOnlyList<List<QuoteScanner.Mark>> quotes)
    {
        this.source = source;
        scratch.Reset();
        eventCursor = -1;
        deferNames = false;
        mentionLookup = scratch.ByToken.GetAlternateLookup<ReadOnlySpan<char>>();
        if (standfirst is not null) CollectMentions(standfirst.Span.Start, standfirst.Span.End);

        // The quoted stretches of each block, in the order the quotes list them, grouped by block (a counting sort into
        // per-thread arrays): block b's are quoted[ends[b - 1]..ends[b]).
        ref var ends = ref scratch.QuotedEnds;
        if (ends.Length < blocks.Count + 1) ends = new int[Math.Max(blocks.Count + 1, ends.Length * 2)];
        Array.Clear(ends, 0, blocks.Count + 1);
        var total = 0;
        // Indexed loops: a foreach over the IReadOnlyList would box its enumerator.
        for (var q = 0; q < quotes.Count; q++)
            foreach (var mark in quotes[q])
            {
                ends[mark.Block + 1]++;
                total++;
            }
        for (var b = 0; b < blocks.Count; b++) ends[b + 1] += ends[b];
        ref var quoted = ref scratch.Quoted;
        if (quoted.Length < total) quoted = new (int, int)[Math.Max(total, quoted.Length * 2)];
        for (var q = 0; q < quotes.Count; q++)
            foreach (var mark in quotes[q])
                quoted[ends[mark.Block]++] = (mark.Open, mark.Close);
        // One walk per paragraph collects both its mentions and its reporting-verb subjects. A subject only looks back at
        // mentions that start before it, and every such mention is collected by the time its verb is reached.
        for (var b = 0; b < blocks.Count; b++)
            if (blocks[b].Kind == BlockKind.Paragraph)
                CollectParagraph(blocks[b], quoted.AsSpan()[(b == 0 ? 0 : ends[b - 1])..ends[b]]);
    }

    /// <summary>
    /// An attribution found beside a quote. <see cref="Found"/> with no speaker is a cue whose speaker is unnamed.
    /// <see cref="Cue"/> is folded to lower case (see <see cref="CueText"/>).
    /// </summary>
    public readonly record struct Attribution(Speaker? Speaker, string? Cue, SpeakerSource Source, bool Found);

    /// <summary>The most recent named speaker before <paramref name="position"/>: the later of the last reporting-verb subject and <paramref name="lastQuoted"/>.</summary>
    /// <remarks>Positions must be asked for in increasing order (quotes in document order), which keeps this linear overall.</remarks>
    public Speaker? RecentBefore(int position, Speaker? lastQuoted, int lastQuotedPosition)
    {
        while (eventCursor + 1 < events.Count && events[eventCursor + 1].Position < position) eventCursor++;
        var at = eventCursor >= 0 ? events[eventCursor].Position : -1;
        if (lastQuoted is not null && lastQuotedPosition > at) return lastQuoted;
        return eventCursor >= 0 ? EventSpeaker(eventCursor) : null;
    }

    private Speaker EventSpeaker(int index)
    {
        ref var speakers = ref scratch.EventSpeakers;
        if (speakers.Length < events.Count) Array.Resize(ref speakers, Math.Max(events.Count, speakers.Length * 2));
        if (speakers[index] is { } made) return made;
        var name = events[index].Name;
        var role = name.NameFirst > name.RoleFirst ? JoinWords(eventWords, name.RoleFirst, name.NameFirst) : null;
        if (name.Mention < 0) return speakers[index] = new Speaker(JoinWords(eventWords, name.NameFirst, name.End), role);
        var mention = mentions[name.Mention];
        var mentionName = name.At == mention.First + mention.NameOffset || name.At == mention.First + mention.Count - 1
            ? MentionSpeaker(name.Mention).Name : JoinWords(mentionWords, name.At, mention.First + mention.Count);
        return speakers[index] = new Speaker(mentionName, role ?? MentionSpeaker(name.Mention).Role);
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
            if (regionEnd > tokenEnd) CollectMentions(Word.Split(source, tokenStart, regionEnd, words)); // a mention has two words or more
        }
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ReportingVerbLookup =
        Lexicons.ReportingVerbs.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool NextToken(ReadOnlySpan<char> text, ref int position, int end, out int start, out int stop)
    {
        while (position < end && char.IsWhiteSpace(text[position])) position++;
        start = position;
        while (position < end && !char.IsWhiteSpace(text[position])) position++;
        stop = position;
        return stop > start;
    }

    private static bool IsCapitalisedToken(ReadOnlySpan<char> text, int start, int end)
    {
        for (var i = start; i < end; i++)
            if (char.IsLetterOrDigit(text[i])) return char.IsUpper(text[i]) || char.IsDigit(text[i]);
        return false;
    }

    private static bool IsLinkToken(ReadOnlySpan<char> token) =>
        token is "and" or "for" or "of" or "on" or "dan" or "bin" or "binti" or "van" or "de" or "der" or "al" or "el" or "von" or "da" or "dos" or "ibn" or "la" or "le";

    private void CollectMentions(List<Word> words)
    {
        ReadOnlySpan<char> text = source;
        for (var i = 0; i < words.Count;)
        {
            if (!words[i].IsCapitalised) { i++; continue; }
            var runEnd = RunEnd(text, words, i);
            if (Clean(text, words, i, runEnd) is { } found && found.End - found.NameStart >= 2)
            {
                for (var t = found.NameStart; t < found.End; t++)
                {
                    var token = words[t].In(text);
                    if (!mentionLookup.TryGetValue(token, out var postings)) mentionLookup[token] = postings = new Postings();
                    if (postings.Generation != scratch.Generation)
                    {
                        postings.Generation = scratch.Generation;
                        postings.Mentions.Clear();
                    }
                    var list = postings.Mentions;
                    if (list.Count == 0 || list[^1] != mentions.Count) list.Add(mentions.Count);
                }
                var first = mentionWords.Count;
                for (var t = found.Start; t < found.End; t++) mentionWords.Add((words[t].Start, words[t].End));
                mentions.Add(new Mention(first, found.NameStart - found.Start, found.End - found.Start, words[i].Start));
            }
            i = runEnd;
        }
    }

    // The Speaker of a mention, made on first use.
    private Speaker MentionSpeaker(int index)
    {
        ref var speakers = ref scratch.MentionSpeakers;
        if (speakers.Length < mentions.Count) Array.Resize(ref speakers, Math.Max(mentions.Count, speakers.Length * 2));
        if (speakers[index] is { } made) return made;
        var mention = mentions[index];
        var nameFirst = mention.First + mention.NameOffset;
        var role = mention.NameOffset > 0 ? JoinWords(mentionWords, mention.First, nameFirst) : null;
        return speakers[index] = new Speaker(JoinWords(mentionWords, nameFirst, mention.First + mention.Count), role);
    }

    /// <summary>The source words at <c>positions[from..to)</c> joined by single spaces.</summary>
    private string JoinWords(List<(int Start, int End)> positions, int from, int to)
    {
        var length = to - from - 1;
        for (var i = from; i < to; i++) length += positions[i].End - positions[i].Start;
        return string.Create(length, (source, positions, from, to), static (span, state) =>
        {
            var (source, positions, from, to) = state;
            var at = 0;
            for (var i = from; i < to; i++)
            {
                if (i > from) span[at++] = ' ';
                var (s, e) = positions[i];
                source.AsSpan(s, e - s).CopyTo(span[at..]);
                at += e - s;
            }
        });
    }

    /// <summary>The words <c>words[from..to)</c> joined by single spaces.</summary>
    private static string Join(ReadOnlySpan<char> text, List<Word> words, int from, int to)
    {
        var length = to - from - 1;
        for (var i = from; i < to; i++) length += words[i].Length;
        Span<char> buffer = length <= 256 ? stackalloc char[length] : new char[length];
        var at = 0;
        for (var i = from; i < to; i++)
        {
            if (i > from) buffer[at++] = ' ';
            words[i].In(text).CopyTo(buffer[at..]);
            at += words[i].Length;
        }
        return new string(buffer);
    }

    /// <summary>
    /// The mentions of one paragraph (as <see cref="CollectMentions(int, int)"/>) and the subjects of its reporting verbs
    /// (the subject of every speech or reporting verb outside quotation marks: "Rudi Hartanto, mengatakan", "Whitlock said"), in one walk over its whitespace-separated tokens. The events walk skips quoted
    /// stretches: a token that ends before the point it skipped to is passed over, and one the point falls inside of
    /// is read from that point, which is the token the events walk alone would read.
    /// </summary>
    private void CollectParagraph(Block block, ReadOnlySpan<(int Open, int Close)> quoted)
    {
        var blockStart = block.Span.Start;
        var text = source.AsSpan(blockStart, block.Span.Length);
        var clauseStart = 0;
        var cursor = 0;
        var skipTo = 0;
        var regionStart = -1;
        var regionFirstEnd = 0;
        var regionEnd = 0;
        var tokens = new Tokens(text);
        while (tokens.Next(out var tokenStart, out var end))
        {
            // Mentions: a run of capitalised tokens (with lower-case links inside it) of two tokens or more.
            var capitalised = IsCapitalisedToken(text, tokenStart, end);
            if (regionStart >= 0 && (capitalised || IsLinkToken(text.Slice(tokenStart, end - tokenStart)))) regionEnd = end;
            else
            {
                if (regionStart >= 0 && regionEnd > regionFirstEnd)
                    CollectMentions(Word.Split(source, blockStart + regionStart, blockStart + regionEnd, words));
                regionStart = -1;
                if (capitalised)
                {
                    regionStart = tokenStart;
                    regionFirstEnd = regionEnd = end;
                }
            }

            // Events. A capitalised or link token is never a reporting verb, but it may be quoted or end a clause.
            if (end <= skipTo) continue;
            var start = Math.Max(tokenStart, skipTo);
            if (IsQuoted(quoted, ref cursor, start, out var close))
            {
                skipTo = clauseStart = Math.Min(text.Length, Math.Max(end, close + 1));
                continue;
            }
            if ((start != tokenStart || !capitalised) && IsReportingVerb(text, start, end)) CollectEvent(text, blockStart, clauseStart, start, end);
            if (text[end - 1] is '.' or '!' or '?' && !IsAbbreviation(text, end - 1)) clauseStart = end;
        }
        if (regionStart >= 0 && regionEnd > regionFirstEnd)
            CollectMentions(Word.Split(source, blockStart + regionStart, blockStart + regionEnd, words));
    }

    private static bool IsReportingVerb(ReadOnlySpan<char> text, int start, int end)
    {
        while (start < end && IsVerbTrim(text[start])) start++;
        while (end > start && IsVerbTrim(text[end - 1])) end--;
        if (start == end || !char.IsLower(text[start])) return false;
        var word = text.Slice(start, end - start);
        return VerbShapes.MayContain(word) && ReportingVerbLookup.Contains(word);
    }

    private static bool IsVerbTrim(char c) => c is '.' or ',' or ';' or ':' or '!' or '?' or '"' or '\u201C' or '\u201D' or '(' or ')';

    private static readonly WordShapes VerbShapes = new(Lexicons.ReportingVerbs);

    // The subject of the reporting verb at text[start..end), if a capitalised word before it in its clause can name one.
    private void CollectEvent(ReadOnlySpan<char> text, int blockStart, int clauseStart, int start, int end)
    {
        // Only the words of the clause before the verb are split, at most a bounded stretch of them, and only
        // when a capitalised word there can name the subject (a pronoun or description adds no named speaker).
        var windowStart = Math.Max(clauseStart, start - MaxSubjectChars);
        if (!HasUpper(text.Slice(windowStart, start - windowStart))) return;
        Word.Split(text, windowStart, end, words);
        var verb = words.Count - 1;
        if (verb <= 0) return;
        deferNames = true;
        var subject = Subject(text, words, Math.Max(0, verb - MaxSubjectWords), verb, blockStart, null);
        deferNames = false;
        // With no recent speaker given, a named subject is the only way to a speaker, and it comes back deferred.
        if (ReferenceEquals(subject.Speaker, Deferred))
            events.Add((blockStart + start, pendingName));
    }

    private static bool HasUpper(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (char.IsUpper(c)) return true;
        return false;
    }

    // Quoted ranges are in order and positions are asked for in order, so a cursor walks them once.
    private static bool IsQuoted(ReadOnlySpan<(int Open, int Close)> quoted, ref int cursor, int position, out int close)
    {
        close = 0;
        while (cursor < quoted.Length && quoted[cursor].Close < position) cursor++;
        if (cursor >= quoted.Length || position < quoted[cursor].Open) return false;
        close = quoted[cursor].Close;
        return true;
    }

    private static bool CommaAfter(ReadOnlySpan<char> text, Word word)
    {
        for (var i = word.End; i < text.Length && !char.IsWhiteSpace(text[i]); i++)
            if (text[i] == ',') return true;
        return false;
    }

    /// <summary>The speaker named after a quote: <c>," kata Yang.</c>, <c>," said Smith</c>, <c>," Smith said</c>, <c>," tambahnya</c>.</summary>
    public Attribution After(ReadOnlySpan<char> text, int from, int blockStart, Speaker? recent)
    {
        var end = SentenceEnd(text, from, Math.Min(text.Length, from + MaxCueWindow));
        var words = Word.Split(text, from, end, this.words);
        if (words.Count == 0) return default;
        var first = words[0];
        var firstText = first.In(text);
        Span<char> buffer = firstText.Length <= 64 ? stackalloc char[64] : new char[firstText.Length];
        ReadOnlySpan<char> lower = buffer[..firstText.ToLowerInvariant(buffer)];

        if (first.IsLower && CuesAfterLookup.Contains(lower))
        {
            if (lower.EndsWith("nya", StringComparison.Ordinal))
                return Pronoun(recent, CueText(firstText));
            return Phrase(text, words, 1, blockStart, recent) with { Cue = CueText(firstText), Found = true };
        }
        // "Smith said", "he said", "Metro's chief operating officer, Andrea Whitlock, said" — when the quote ended its sentence.
        var closedSentence = from >= 2 && text[from - 2] is ',' or '.' or '?' or '!' || (from < text.Length && text[from] == ',');
        for (var v = 1; closedSentence && v < Math.Min(words.Count, 10); v++)
        {
            if (!words[v].IsLower || !IsCue(words[v].In(text))) continue;
            return Subject(text, words, 0, v, blockStart, recent) with { Cue = CueText(words[v].In(text)), Found = true };
        }
        return default;
    }

    /// <summary>The speaker named before a quote: <c>Yang mengatakan, "</c>, <c>Kata dia: "</c>, <c>He said: "</c>, <c>Menurut X, "</c>.</summary>
    public Attribution Before(ReadOnlySpan<char> text, int sentenceStart, int open, int blockStart, Speaker? recent)
    {
        var words = Word.Split(text, Math.Max(sentenceStart, open - MaxCueWindow), open, this.words);
        if (words.Count == 0) return default;

        // menurut X / according to X
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i].In(text);
            var span = 0;
            if (w.Equals("menurut", StringComparison.OrdinalIgnoreCase)) span = 1;
            else if (w.Equals("according", StringComparison.OrdinalIgnoreCase) && i + 1 < words.Count && words[i + 1].In(text).Equals("to", StringComparison.OrdinalIgnoreCase)) span = 2;
            if (span == 0) continue;
            var resolved = Phrase(text, words, i + span, blockStart, recent);
            if (resolved.Speaker is not null) return resolved with { Cue = span == 1 ? "menurut" : "according to", Found = true };
        }

        // The last cue verb before the quote, and the speaker on one side of it.
        for (var i = words.Count - 1; i >= 0; i--)
        {
            var word = words[i];
            var wordText = word.In(text);
            if (!IsCue(wordText) || (!word.IsLower && i != 0)) continue;
            // "Kata dia:", "Ujar Yang:" — the cue comes first.
            if (i == 0 && words.Count > 1 && CuesAfterLookup.Contains(wordText))
            {
                var resolved = Phrase(text, words, i + 1, blockStart, recent);
                if (resolved.Found) return resolved with { Cue = CueText(wordText) };
            }
            if (i == 0) continue;
            return Subject(text, words, 0, i, blockStart, recent) with { Cue = CueText(wordText), Found = true };
        }
        return default;
    }

    /// <summary>
    /// A cue word folded to lower case, as a quote keeps it. When the folded word is a cue of the lexicon, the lexicon's
    /// own string is returned, so the common cues make no string per quote.
    /// </summary>
    private static string CueText(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 64 ? stackalloc char[64] : new char[word.Length];
        ReadOnlySpan<char> lower = buffer[..word.ToLowerInvariant(buffer)];
        if ((CuesAfterLookup.TryGetValue(lower, out var cue) || CuesBeforeLookup.TryGetValue(lower, out cue)) && lower.SequenceEqual(cue)) return cue;
        return lower.ToString();
    }

    private static Attribution Pronoun(Speaker? recent, string? cue) =>
        new(recent, cue, recent is null ? SpeakerSource.None : SpeakerSource.Pronoun, true);

    /// <summary>The subject of the verb at <paramref name="verb"/>: the name at the end of the clause before it, past appositives.</summary>
    private Attribution Subject(ReadOnlySpan<char> text, List<Word> words, int start, int verb, int blockStart, Speaker? recent)
    {
        var j = verb - 1;
        while (j >= start && AdverbLookup.Contains(words[j].In(text)) && !words[j].BreakAfter) j--;
        // "Kementerian Perindustrian dalam keterangan tertulis menyebut"
        for (var k = j; k >= start && k > j - 5 && words[k].IsLower && !words[k].BreakAfter; k--)
        {
            if (!InterjectionLookup.Contains(words[k].In(text)) || k == start || !words[k - 1].IsCapitalised || words[k - 1].BreakAfter) continue;
            j = k - 1;
            break;
        }
        if (j < start) return default;
        if (PronounLookup.Contains(words[j].In(text))) return Pronoun(recent, null);

        var chunkEnd = j + 1;
        var enclosed = CommaAfter(text, words[j]);
        while (chunkEnd > start)
        {
            var chunkStart = chunkEnd - 1;
            while (chunkStart > start && !CommaAfter(text, words[chunkStart - 1])) chunkStart--;
            var first = chunkStart;
            if (words[first].In(text) is "the" or "The" && first + 1 < chunkEnd) first++;
            var isAppositive = words[first].IsLower || IsNumberOrCode(words[first].In(text)) && chunkEnd - chunkStart == 1;
            if (enclosed && isAppositive && chunkStart > start)
            {
                chunkEnd = chunkStart;
                continue;
            }
            var last = chunkEnd - 1;
            if (!words[last].IsCapitalised)
            {
                if (DemonstrativeLookup.Contains(words[last].In(text)) && recent is not null) return new Attribution(recent, null, SpeakerSource.EarlierMention, true);
                return new Attribution(null, null, SpeakerSource.None, true); // "Analysts said", "a group of parents wrote"
            }
            var runStart = last;
            while (runStart > chunkStart && (IsNameWord(text, words[runStart - 1]) || IsConnector(text, words, runStart - 1)) && !words[runStart - 1].BreakAfter) runStart--;
            if (ConnectorLookup.Contains(words[runStart].In(text))) runStart++;
            return Name(text, words, runStart, last + 1, blockStart);
        }
        return default;
    }

    private static bool IsNumberOrCode(ReadOnlySpan<char> word) => word.Length > 0 && (char.IsDigit(word[0]) || word.Contains('-'));

    private static bool IsConnector(ReadOnlySpan<char> text, List<Word> words, int i) =>
        ConnectorLookup.Contains(words[i].In(text)) && i > 0 && words[i - 1].IsCapitalised && i + 1 < words.Count && words[i + 1].IsCapitalised;

    /// <summary>Reads the speaker from a phrase after a cue: a name, a description followed by a name, or a pronoun.</summary>
    private Attribution Phrase(ReadOnlySpan<char> text, List<Word> words, int index, int blockStart, Speaker? recent)
    {
        if (index >= words.Count) return default;
        var first = words[index];
        if (PronounLookup.Contains(first.In(text)) && first.IsLower) return Pronoun(recent, null);
        if (first.IsCapitalised)
        {
            // "ujar Presiden Prabowo", "said Smith, a professor"
            return Name(text, words, index, RunEnd(text, words, index), blockStart);
        }
        // An unnamed source: "kata seorang wisatawan", "said one driver".
        if (IndefiniteLookup.Contains(first.In(text))) return new Attribution(null, null, SpeakerSource.None, true);
        // A description first: "media Korut, KCNA" (the name after the comma), "ekonom Faisal Basri", "politikus itu" (refers back).
        var i = index;
        while (i < words.Count && !words[i].IsCapitalised && !words[i].BreakAfter) i++;
        if (i >= words.Count) return default;
        if (words[i].IsCapitalised)
        {
            var runEnd = RunEnd(text, words, i);
            if (runEnd < words.Count && words[runEnd - 1].BreakAfter && words[runEnd].IsCapitalised)
                return Name(text, words, runEnd, RunEnd(text, words, runEnd), blockStart);
            return Name(text, words, i, runEnd, blockStart);
        }
        if (DemonstrativeLookup.Contains(words[i].In(text)))
            return recent is null ? default : new Attribution(recent, null, SpeakerSource.EarlierMention, true);
        if (i + 1 < words.Count && words[i + 1].IsCapitalised)
            return Name(text, words, i + 1, RunEnd(text, words, i + 1), blockStart);
        return default;
    }

    private Attribution Name(ReadOnlySpan<char> text, List<Word> words, int start, int end, int blockStart)
    {
        if (Clean(text, words, start, end) is not { } cleaned) return default;
        var position = blockStart + words[start].Start;
        if (deferNames)
        {
            var roleFirst = eventWords.Count;
            for (var t = cleaned.Start; t < cleaned.End; t++) eventWords.Add((blockStart + words[t].Start, blockStart + words[t].End));
            var nameFirst = roleFirst + (cleaned.NameStart - cleaned.Start);
            var (mentionIndex, mentionAt) = cleaned.End - cleaned.NameStart == 1 ? LatestMention(words[cleaned.NameStart].In(text), position) : (-1, 0);
            pendingName = new EventName(roleFirst, nameFirst, eventWords.Count, mentionIndex, mentionAt);
            return new Attribution(Deferred, null, mentionIndex >= 0 ? SpeakerSource.EarlierMention : SpeakerSource.SameSentence, true);
        }
        // A short name becomes the fuller name mentioned earlier: "Arif" → "Arif Budiman", "Mr. Kessler" → "Robert Kessler".
        if (cleaned.End - cleaned.NameStart == 1 && LatestMention(words[cleaned.NameStart].In(text), position) is ( >= 0 and var index, var at))
        {
            var mention = mentions[index];
            var nameFirst = mention.First + mention.NameOffset;
            var nameEnd = mention.First + mention.Count;
            var name = at == nameFirst || at == nameEnd - 1 ? MentionSpeaker(index).Name : JoinWords(mentionWords, at, nameEnd);
            var role = cleaned.NameStart > cleaned.Start ? Join(text, words, cleaned.Start, cleaned.NameStart) : null;
            return new Attribution(new Speaker(name, role ?? MentionSpeaker(index).Role), null, SpeakerSource.EarlierMention, true);
        }
        return new Attribution(Make(text, words, cleaned.Start, cleaned.End, cleaned.NameStart), null, SpeakerSource.SameSentence, true);
    }

    /// <summary>
    /// The latest mention before <paramref name="position"/> that contains the short name <paramref name="token"/>
    /// (mentions are in document order), and where in mentionWords the token stands; (-1, 0) when there is none.
    /// </summary>
    private (int Index, int At) LatestMention(ReadOnlySpan<char> token, int position)
    {
        if (!mentionLookup.TryGetValue(token, out var postings) || postings.Generation != scratch.Generation) return (-1, 0);
        var candidates = postings.Mentions;
        var lo = 0;
        var hi = candidates.Count - 1;
        var latest = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (mentions[candidates[mid]].Position < position) { latest = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        if (latest < 0) return (-1, 0);
        var index = candidates[latest];
        var mention = mentions[index];
        var nameEnd = mention.First + mention.Count;
        var at = mention.First + mention.NameOffset;
        while (at < nameEnd && !source.AsSpan(mentionWords[at].Start, mentionWords[at].End - mentionWords[at].Start).SequenceEqual(token)) at++;
        return (index, at);
    }

    /// <summary>
    /// Takes titles and roles off a run of capitalised words: "Menteri Keuangan Sri Mulyani Indrawati" → Sri Mulyani Indrawati
    /// (Menteri Keuangan), "Analyst Mark Oduya of Kestrel Capital" → Mark Oduya. An organisation's name is kept whole.
    /// Returns word indices: the role is <c>[Start, NameStart)</c> and the name <c>[NameStart, End)</c>.
    /// </summary>
    private static (int Start, int NameStart, int End)? Clean(ReadOnlySpan<char> text, List<Word> words, int start, int end)
    {
        while (start < end && (SentenceOpenerLookup.Contains(words[start].In(text)) || CuesBeforeLookup.Contains(words[start].In(text)) || char.IsDigit(text[words[start].Start]))) start++;
        while (end > start && (NameParticleLookup.Contains(words[end - 1].In(text)) || ConnectorLookup.Contains(words[end - 1].In(text)))) end--;
        if (end <= start) return null;
        if (IsOrganisation(text, words, start, end)) return (start, start, end);

        // "Mark Oduya of Kestrel Capital": a person of an organisation.
        for (var i = start + 1; i < end - 1; i++)
            if (words[i].In(text) is "of") { end = i; break; }

        // After the last title: "Kasat Lantas Polres Metro Jakarta Timur AKBP Hendro Saputra" → Hendro Saputra.
        var nameStart = start;
        for (var i = end - 3; i >= start; i--)
            if (IsRole(words[i].In(text))) { nameStart = i + 1; break; }
        while (nameStart < end - 1 && (IsRole(words[nameStart].In(text)) || CountryLookup.Contains(words[nameStart].In(text)))) nameStart++;
        if (end - nameStart == 1 && (IsRole(words[nameStart].In(text)) || CountryLookup.Contains(words[nameStart].In(text)))) return null;
        // A long run with no title in it ("… Dinas Perhubungan Kota Surabaya Arif Budiman"): the name is its last two words.
        if (end - nameStart > 3) nameStart = end - 2;
        return (start, nameStart, end);
    }

    private static Speaker Make(ReadOnlySpan<char> text, List<Word> words, int start, int end, int nameStart) =>
        new(Join(text, words, nameStart, end), nameStart > start ? Join(text, words, start, nameStart) : null);

    private static bool IsRole(ReadOnlySpan<char> word) => RoleLookup.Contains(word.TrimEnd('.'));

    private static bool IsOrganisation(ReadOnlySpan<char> text, List<Word> words, int start, int end) =>
        OrganisationLookup.Contains(words[start].In(text)) || (end - start > 1 && OrganisationLookup.Contains(words[end - 1].In(text)));

    /// <summary>The end of a run of capitalised words starting at <paramref name="start"/>, stopping after punctuation.</summary>
    private static int RunEnd(ReadOnlySpan<char> text, List<Word> words, int start)
    {
        var i = start;
        while (i < words.Count)
        {
            var word = words[i];
            if (i > start && (word.BreakBefore || !(IsNameWord(text, word) || IsConnector(text, words, i)))) break;
            if (i > start && NameParticleLookup.Contains(word.In(text)) && (i + 1 >= words.Count || !words[i + 1].IsCapitalised)) break;
            i++;
            if (word.BreakAfter) break;
        }
        return i;
    }

    private static bool IsNameWord(ReadOnlySpan<char> text, Word word) => word.IsCapitalised || NameParticleLookup.Contains(word.In(text));

    private static bool IsCue(ReadOnlySpan<char> word) => CuesAfterLookup.Contains(word) || CuesBeforeLookup.Contains(word);

    private static int SentenceEnd(ReadOnlySpan<char> text, int from, int limit)
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
    private static bool IsAbbreviation(ReadOnlySpan<char> text, int dot)
    {
        var start = dot;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        return dot - start is >= 1 and <= 3 && char.IsUpper(text[start]) && IsRole(text[start..dot]);
    }
}
