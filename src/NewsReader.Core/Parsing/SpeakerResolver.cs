using System.Collections.Frozen;
using NewsReader.Model;

namespace NewsReader.Parsing;

/// <summary>
/// Attaches a speaker to each quote: from the cue beside it (<c>kata Yang</c>, <c>Smith said</c>,
/// <c>Yang mengatakan: "…"</c>, <c>menurut X</c>), resolving short names to an earlier full mention,
/// pronouns and -nya cues to the most recent speaker, and quote-only paragraphs to the speaker before them.
/// What the text does not determine stays null.
/// </summary>
internal sealed class SpeakerResolver
{
    private static readonly FrozenSet<string> Countries = new[]
    {
        "rusia", "as", "amerika", "serikat", "china", "tiongkok", "korea", "utara", "selatan", "korut", "korsel", "jepang",
        "ukraina", "inggris", "prancis", "perancis", "jerman", "india", "indonesia", "ri", "israel", "iran", "palestina",
        "turki", "australia", "singapura", "malaysia", "us", "u.s.", "uk", "russian", "chinese", "american", "british",
        "french", "german", "japanese", "ukrainian", "israeli", "iranian", "indonesian", "united", "states", "kingdom",
        "federal", "reserve", "the", "republik", "rakyat", "dpr", "mpr", "bank", "bi", "ojk", "kpk", "polri", "tni",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Adverbs = new[]
    {
        "juga", "pun", "lalu", "kemudian", "pula", "sempat", "telah", "sudah", "kembali", "also", "then", "later", "again",
        "previously", "once", "had", "has", "have",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Demonstratives = new[] { "itu", "tersebut", "ini", "the", "this", "that" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> NameParticles = new[] { "bin", "binti", "van", "de", "der", "al", "el", "von", "da", "dos", "ibn", "la", "le" }
        .ToFrozenSet(StringComparer.Ordinal);

    private readonly string source;
    private readonly List<(Speaker Speaker, string[] Tokens, int Position)> mentions = [];

    public SpeakerResolver(string source, IReadOnlyList<Block> blocks, TextField? standfirst)
    {
        this.source = source;
        if (standfirst is not null) CollectMentions(standfirst.Span.Start, standfirst.Span.End);
        foreach (var block in blocks)
            if (block.Kind == BlockKind.Paragraph) CollectMentions(block.Span.Start, block.Span.End);
    }

    /// <summary>An attribution found beside a quote, before resolving it.</summary>
    public readonly record struct Attribution(Speaker? Speaker, string? Cue, SpeakerSource Source, bool Found);

    // Every run of two or more capitalised words, with titles taken off, is a mention that later short names can refer to.
    private void CollectMentions(int start, int end)
    {
        var words = Word.Split(source, start, end);
        for (var i = 0; i < words.Count;)
        {
            if (!words[i].IsCapitalised) { i++; continue; }
            var runEnd = RunEnd(words, i);
            var name = StripRoles(words, i, runEnd);
            if (name is { } found && found.Tokens.Length >= 2)
                mentions.Add((found.Speaker, found.Tokens, words[i].Start));
            i = runEnd;
        }
    }

    /// <summary>The speaker named after a quote: <c>," kata Yang.</c>, <c>," said Smith</c>, <c>," Smith said</c>, <c>," tambahnya</c>.</summary>
    public Attribution After(string text, int from, int blockStart, Speaker? recent)
    {
        var end = SentenceEnd(text, from);
        var words = Word.Split(text, from, end);
        if (words.Count == 0) return default;
        var first = words[0];
        var lower = first.Text.ToLowerInvariant();

        if (first.IsLower && Lexicons.CuesAfter.Contains(lower))
        {
            if (lower.EndsWith("nya", StringComparison.Ordinal))
                return new Attribution(recent, first.Text, recent is null ? SpeakerSource.None : SpeakerSource.Pronoun, true);
            var resolved = Phrase(words, 1, blockStart);
            return resolved with { Cue = first.Text, Found = true };
        }
        // "he said", "dia menambahkan"
        if (words.Count >= 2 && Lexicons.Pronouns.Contains(lower) && IsCue(words[1].Text))
            return new Attribution(recent, words[1].Text, recent is null ? SpeakerSource.None : SpeakerSource.Pronoun, true);
        // "Smith said", "Yang Moo Jin menambahkan"
        if (first.IsCapitalised)
        {
            var runEnd = RunEnd(words, 0);
            if (runEnd < words.Count && IsCue(words[runEnd].Text) && words[runEnd].IsLower && !words[runEnd - 1].BreakAfter)
            {
                var speaker = Name(words, 0, runEnd, blockStart);
                return speaker with { Cue = words[runEnd].Text, Found = true };
            }
        }
        return default;
    }

    /// <summary>The speaker named before a quote: <c>Yang mengatakan, "</c>, <c>Kata dia: "</c>, <c>He said: "</c>, <c>Menurut X, "</c>.</summary>
    public Attribution Before(string text, int sentenceStart, int open, int blockStart, Speaker? recent)
    {
        var words = Word.Split(text, sentenceStart, open);
        if (words.Count == 0) return default;

        // menurut X / according to X
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i].Text.ToLowerInvariant();
            var span = 0;
            if (w == "menurut") span = 1;
            else if (w == "according" && i + 1 < words.Count && words[i + 1].Text.Equals("to", StringComparison.OrdinalIgnoreCase)) span = 2;
            if (span == 0) continue;
            var cue = string.Join(' ', words.Skip(i).Take(span).Select(x => x.Text));
            var resolved = Phrase(words, i + span, blockStart, recent);
            if (resolved.Speaker is not null) return resolved with { Cue = cue, Found = true };
        }

        // A cue verb, and the speaker on one side of it.
        for (var i = words.Count - 1; i >= 0; i--)
        {
            var word = words[i];
            var lower = word.Text.ToLowerInvariant();
            if (!Lexicons.CuesBefore.Contains(lower) && !Lexicons.CuesAfter.Contains(lower)) continue;
            if (!word.IsLower && i != 0) continue;
            // "Kata dia:", "Ujar Yang:" — the cue comes first.
            if (i + 1 < words.Count && (i == 0 || words[i - 1].BreakAfter))
            {
                var resolved = Phrase(words, i + 1, blockStart, recent);
                if (resolved.Speaker is not null || resolved.Source != SpeakerSource.None) return resolved with { Cue = word.Text, Found = true };
            }
            // "Yang Moo Jin mengatakan", "He said", "Yang juga mengatakan"
            var j = i - 1;
            while (j >= 0 && Adverbs.Contains(words[j].Text) && !words[j].BreakAfter) j--;
            if (j < 0) continue;
            if (Lexicons.Pronouns.Contains(words[j].Text))
                return new Attribution(recent, word.Text, recent is null ? SpeakerSource.None : SpeakerSource.Pronoun, true);
            if (!words[j].IsCapitalised) continue;
            var runStart = j;
            while (runStart > 0 && IsNameWord(words[runStart - 1]) && !words[runStart - 1].BreakAfter) runStart--;
            var named = Name(words, runStart, j + 1, blockStart);
            if (named.Speaker is not null) return named with { Cue = word.Text, Found = true };
        }
        return default;
    }

    /// <summary>Reads the speaker from a phrase after a cue: a name, a description followed by a name, or a pronoun.</summary>
    private Attribution Phrase(List<Word> words, int index, int blockStart, Speaker? recent = null)
    {
        if (index >= words.Count) return default;
        var first = words[index];
        if (Lexicons.Pronouns.Contains(first.Text) && first.IsLower)
            return new Attribution(recent, null, recent is null ? SpeakerSource.None : SpeakerSource.Pronoun, true);
        if (first.IsCapitalised)
        {
            // "ujar Presiden Prabowo", "said Smith, a professor"
            return Name(words, index, RunEnd(words, index), blockStart);
        }
        // A description first: "media Korut, KCNA" (the name after the comma), "ekonom Faisal Basri", "pejabat itu" (refers back).
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
        var stripped = StripRoles(words, start, end);
        if (stripped is null) return default;
        var (speaker, tokens) = stripped.Value;
        var position = blockStart + words[start].Start;
        // A short name becomes the fuller name mentioned earlier: "Yang" → "Yang Moo Jin".
        for (var m = mentions.Count - 1; m >= 0; m--)
        {
            var mention = mentions[m];
            if (mention.Position >= position || mention.Tokens.Length <= tokens.Length) continue;
            if (!ContainsRun(mention.Tokens, tokens)) continue;
            return new Attribution(mention.Speaker with { Role = speaker.Role ?? mention.Speaker.Role }, null, SpeakerSource.EarlierMention, true);
        }
        return new Attribution(speaker, null, SpeakerSource.SameSentence, true);
    }

    private static bool ContainsRun(string[] haystack, string[] needle)
    {
        for (var i = 0; i + needle.Length <= haystack.Length; i++)
        {
            var all = true;
            for (var j = 0; j < needle.Length && all; j++) all = haystack[i + j].Equals(needle[j], StringComparison.Ordinal);
            if (all) return true;
        }
        return false;
    }

    /// <summary>Takes titles and roles off the front of a name: "Menteri Keuangan Sri Mulyani Indrawati" → Sri Mulyani Indrawati (Menteri Keuangan).</summary>
    private static (Speaker Speaker, string[] Tokens)? StripRoles(List<Word> words, int start, int end)
    {
        var nameStart = start;
        if (Lexicons.Roles.Contains(words[start].Text.TrimEnd('.')))
        {
            while (nameStart < end - 1 && (Lexicons.Roles.Contains(words[nameStart].Text.TrimEnd('.')) || Countries.Contains(words[nameStart].Text)))
                nameStart++;
            if (nameStart == end - 1 && (Lexicons.Roles.Contains(words[nameStart].Text.TrimEnd('.')) || Countries.Contains(words[nameStart].Text)))
                return null;
        }
        while (end > nameStart && NameParticles.Contains(words[end - 1].Text)) end--;
        if (end <= nameStart) return null;
        var tokens = new string[end - nameStart];
        for (var i = 0; i < tokens.Length; i++) tokens[i] = words[nameStart + i].Text;
        var role = nameStart > start ? string.Join(' ', words.Skip(start).Take(nameStart - start).Select(w => w.Text)) : null;
        return (new Speaker(string.Join(' ', tokens), role), tokens);
    }

    /// <summary>The end of a run of capitalised words starting at <paramref name="start"/>, stopping after punctuation.</summary>
    private static int RunEnd(List<Word> words, int start)
    {
        var i = start;
        while (i < words.Count)
        {
            var word = words[i];
            if (i > start && (word.BreakBefore || !IsNameWord(word))) break;
            if (i > start && NameParticles.Contains(word.Text) && (i + 1 >= words.Count || !words[i + 1].IsCapitalised)) break;
            i++;
            if (word.BreakAfter) break;
        }
        return i;
    }

    private static bool IsNameWord(Word word) => word.IsCapitalised || NameParticles.Contains(word.Text);

    private static bool IsCue(string word) => Lexicons.CuesAfter.Contains(word) || Lexicons.CuesBefore.Contains(word);

    private static int SentenceEnd(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (c is ';' or '(' or '"' or '\u201C' or '\u201D' or '\u00AB' or '\u201E') return i;
            if (c is '.' or '!' or '?' && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]))) return i;
        }
        return text.Length;
    }
}
