using NewsReader.Model;
using QuoteSite = NewsReader.Parsing.QuoteScanner.Mark;

namespace NewsReader.Parsing.Attribution;


/// <summary>
/// Who said one quote. <see cref="Entity"/> is the person or organisation; an unnamed speaker ("seorang warga", "a
/// spokesman") has only <see cref="Name"/>. <see cref="Found"/> says a cue was found even when it names nobody.
/// </summary>
internal sealed record Attribution(Entity? Entity, string? Name, string? Role, string? Mention, string? Cue, SpeakerSource Source, string Rule, bool Found)
{
    /// <summary>Where a title with no name spoke ("kata Ketua DKPP"), for a later -nya; -1 for any other speaker.</summary>
    public int TitleAt { get; init; } = -1;

    /// <summary>The speaker spoke through a document of theirs ("Mr Crosby's statement said:"), which a later "it" may mean.</summary>
    public bool ThroughDocument { get; init; }

    public static readonly Attribution None = new(null, null, null, null, null, SpeakerSource.None, "none", false);

    public string? SpeakerName => Entity?.Canonical ?? Name;
}

/// <summary>
/// Attributes an article's quotes with ordered rules ("sieves", as in Stanford CoreNLP's quote attribution): each rule
/// looks only at the quotes still without a speaker and records its name. In order:
/// <list type="number">
/// <item><b>trailing cue</b>: the cue after the quote (<c>"…," kata Budi</c>, <c>"…," she said</c>, <c>"…," ujarnya</c>);</item>
/// <item><b>leading cue</b>: the cue before it in its sentence (<c>Budi mengatakan, "…"</c>, <c>Menurut Budi, "…"</c>,
/// <c>Smith said the delay was "deeply worrying"</c>);</item>
/// <item><b>sentence-final cue</b>: the cue in the last clause of the quote's sentence (<c>… "in the state of a zombie"
/// because …, a leading industry figure has said</c>);</item>
/// <item><b>runs on</b>: a quote whose paragraph ends without a closing mark takes the speaker of the quote that goes on
/// in the next paragraph;</item>
/// <item><b>reported speech</b>: a quote opening the paragraph, or the sentence, after one whose subject spoke
/// (<c>Budi menjelaskan, … .</c>);</item>
/// <item><b>continuation</b>: a quote with no cue right after another quote takes its speaker.</item>
/// </list>
/// A cue's words resolve through the article's entities: a name to its fullest form, a role to the person introduced in it,
/// a pronoun or -nya to the latest salient person, "media tersebut" to the outlet.
/// </summary>
internal sealed class QuoteAttributor
{
    private readonly ArticlePeople people;
    private readonly LanguageTables tables;
    private readonly ParagraphsByBlock paragraphs;
    // The speaker of the latest attributed quote, for pronouns: rules run in document order.
    private Entity? lastSpeaker;
    private int lastSpeakerAt = -1;
    private bool lastThroughDocument; // the latest speaker spoke through a document ("Mr Crosby's statement said:")
    // Speakers the article described without a name, in order ("A spokesman for Darlington Council"), for a later "the spokesman".
    private readonly List<string> unnamedSpeakers = [];
    // The latest quote's speaker when the article described them without a name ('"…," a spokeswoman said'), and where.
    private (string Description, int Open, int At, int Block, bool Plural)? lastUnnamed;
    private string? lastTitled; // the latest title that spoke with no name ("kata Ketua DKPP"), and where
    private int lastTitledAt = -1;
    // The quote being attributed, and the capitalised words inside it (read when a pronoun needs them).
    private QuoteSite current;
    private HashSet<string>? quoteWords;
    // The subject of a clause that a pronoun's cue set off after it reports, whom the pronoun does not mean (ReportedSubject).
    private Entity? reportedSubject;

    public QuoteAttributor(ArticlePeople people)
    {
        this.people = people;
        tables = people.Tables;
        paragraphs = people.ByBlock;
    }

    public Attribution[] Attribute(IReadOnlyList<QuoteSite> quotes)
    {
        var singles = 0;
        foreach (var quote in quotes) if (quote.Single) singles++;
        if (singles == 0) return AttributeQuotations(quotes);
        // Words in single quotes are mostly terms, quotations only when their own sentence names who said them: they are
        // attributed apart, after the quotations and from them, and carry no speaker on to the quotations after them.
        var quotations = new List<QuoteSite>(quotes.Count - singles);
        foreach (var quote in quotes) if (!quote.Single) quotations.Add(quote);
        var attributed = AttributeQuotations(quotations);
        var results = new Attribution[quotes.Count];
        // The quotations' speakers replayed in document order, so that each stretch sees only those before it.
        (lastSpeaker, lastSpeakerAt, lastThroughDocument, lastUnnamed, lastTitled, lastTitledAt) = (null, -1, false, null, null, -1);
        unnamedSpeakers.Clear();
        for (int q = 0, d = 0; q < quotes.Count; q++)
        {
            var quote = quotes[q];
            if (!quote.Single)
            {
                results[q] = attributed[d++];
                Remember(quote, results[q]);
                continue;
            }
            results[q] = ShowRole(FirstCue(quote));
        }
        return results;
    }

    // Rules 1 and 1b, in order: the cue after the quote, the cue before it in its sentence, the cue in its sentence's last
    // clauses.
    private Attribution FirstCue(QuoteSite quote)
    {
        current = quote;
        quoteWords = null;
        reportedSubject = null;
        var result = TrailingCue(quote);
        if (!result.Found) reportedSubject = null;
        // 'Mr Blair said he left "without a stain on his character" but Tory Dominic Grieve branded …': a fragment quoted
        // inside a sentence, with a clause joined by "but" after it, is the words of the sentence's own cue before it, when
        // it has one; the clause after "but" is someone else's.
        else if (ContrastedAfter(quote) && !OpensSentence(quote))
        {
            var trailing = (result, reportedSubject);
            reportedSubject = null;
            result = LeadingCue(quote);
            if (!result.Found) (result, reportedSubject) = trailing;
        }
        if (!result.Found) result = LeadingCue(quote);
        if (!result.Found) result = SentenceFinalCue(quote);
        return result;
    }

    // The title shown with the name, without the words that only opened the sentence it was written in ("But Brady told")
    // and without honorifics ("Mr Brady"), else the one the article gave the person elsewhere ("managing director Karren
    // Brady").
    private Attribution ShowRole(Attribution result) =>
        result.Role is { } role && people.ShownRole(role, result.SpeakerName) is var shown && shown != role
            ? result with { Role = shown ?? people.TitleOf(result.Entity) }
            : result;

    private Attribution[] AttributeQuotations(IReadOnlyList<QuoteSite> quotes)
    {
        var results = new Attribution[quotes.Count];
        Array.Fill(results, Attribution.None);
        for (var q = 0; q < quotes.Count; q++)
        {
            var quote = quotes[q];
            var result = FirstCue(quote);
            results[q] = result;
            Remember(quote, result);
        }
        // '"Inflasi Juli …" / Hal itu disampaikan Kepala BPS Retno Anggraini Wulandari …': a quotation that is its whole
        // paragraph, with no cue, is the words of the one the next paragraph names after an opener that points back at it.
        for (var q = 0; q < quotes.Count; q++)
            if (!results[q].Found && NamedInNextParagraph(quotes[q]) is { } namedAfter) results[q] = namedAfter;
        // A quote whose paragraph ended without a closing mark runs on into the next quote, whose cue names its speaker; so
        // does one closed with a comma right before the next ('"…," "…," kata McCarthy').
        for (var q = quotes.Count - 2; q >= 0; q--)
            if (!results[q].Found && (!quotes[q].Closed && Continues(quotes[q], quotes[q + 1]) || BackToBack(quotes[q], quotes[q + 1]) && NamedSince(quotes, results[q + 1].Entity, q))
                && results[q + 1].SpeakerName is not null)
                results[q] = results[q + 1] with { Source = SpeakerSource.Continuation, Mention = null, Cue = null, Rule = "runs on" };
        // Reported speech before continuation across paragraphs, so that the quotes continuing one it attributes follow it.
        // A quote that opens the sentence right after another quote's, in the same paragraph, continues it: the cue of that
        // sentence was the other quote's ('"…," a spokesman for Dell said. "I think …"').
        // A pronoun in this pass resolves as it would have in document order: in the quote being attributed, against the
        // speaker of the latest quote before it.
        (lastSpeaker, lastSpeakerAt, lastThroughDocument) = (null, -1, false);
        for (var q = 0; q < quotes.Count; q++)
        {
            if (!results[q].Found && results[q].Source != SpeakerSource.Continuation)
            {
                if (q > 0 && quotes[q - 1].Block == quotes[q].Block && Continues(quotes[q - 1], quotes[q]) && results[q - 1].SpeakerName is not null)
                    results[q] = results[q - 1] with { Source = SpeakerSource.Continuation, Mention = null, Cue = null, Rule = "continuation" };
                else
                {
                    (current, quoteWords, reportedSubject) = (quotes[q], null, null);
                    if (ReportedSpeech(quotes[q], q > 0 ? quotes[q - 1] : null) is { } reported) results[q] = reported;
                    else if (q > 0 && OpensSentence(quotes[q]) && paragraphs.TryGetValue(quotes[q].Block, out var paragraph)
                        && IntroducedBetween(paragraph, quotes[q - 1], paragraph.TokenAt(quotes[q].Open)) is { } introduced)
                        results[q] = Resolve(introduced, QuotePosition(quotes[q]), "introduced between") with { Source = SpeakerSource.EarlierMention };
                }
            }
            if (results[q].Entity is { } speaker) (lastSpeaker, lastSpeakerAt, lastThroughDocument) = (speaker, QuotePosition(quotes[q]), results[q].ThroughDocument);
        }
        for (var q = 1; q < quotes.Count; q++)
            // (Not a quote followed by a cue of its own whose someone unnamed the cue rules could not read: '"We welcome the
            // decision," a spokesperson for the Federation of German Industries and the German Chambers of Commerce said'.)
            if (!results[q].Found && results[q].Source != SpeakerSource.Continuation && Continues(quotes[q - 1], quotes[q]) && results[q - 1].SpeakerName is not null
                && !UnnamedCueAfter(quotes[q]))
                results[q] = results[q - 1] with { Source = SpeakerSource.Continuation, Mention = null, Cue = null, Rule = "continuation" };
        // A fragment quoted inside a sentence that no cue attributed is the words of the one the sentence is about, when it
        // opens the sentence and acts in it ("Critics fear it could allow "killing by omission"", "Mr Brown introduced Dr
        // Greenspan … as the "world's greatest economist"").
        for (var q = 0; q < quotes.Count; q++)
            if (results[q].SpeakerName is null && results[q].Source != SpeakerSource.Continuation)
            {
                (current, quoteWords, reportedSubject) = (quotes[q], null, null);
                if (ActingSubject(quotes[q]) is { } acting) results[q] = acting;
            }
        // 'Menurut Daniel Hong, dia diperlakukan sebagai "calon penjahat" merupakan "keterlaluan …"': a fragment no cue
        // attributed, in the same sentence as the fragment quoted before it (which closed on no stop, question or exclamation
        // mark), is that fragment's speaker's, when its speaker came from a cue (not a continuation) and no one is named, no
        // pronoun stands and no title speaks between them.
        for (var q = 1; q < quotes.Count; q++)
            if (results[q].SpeakerName is null && results[q].Source != SpeakerSource.Continuation && results[q - 1].SpeakerName is not null
                && results[q - 1].Source != SpeakerSource.Continuation && FragmentOfSameSentence(quotes[q - 1], quotes[q]))
                results[q] = results[q - 1] with { Mention = null, Cue = null, Rule = "same sentence" };
        // "Rob Partridge … remembers the man behind the legend." and then quotations with no cue of their own: where one
        // person alone speaks in the article and no quote is anyone else's, a quotation that opens its sentence is theirs.
        if (quotes.Count > 0 && SoleVoice(results, QuotePosition(quotes[0])) is { } voice)
            for (var q = 0; q < quotes.Count; q++)
                if (results[q].SpeakerName is null && OpensSentence(quotes[q]) && WordsIn(quotes[q]) >= 4 && !HasOwnCue(quotes[q]) && !AnswersQuestion(quotes[q])
                    && !OthersWordsBefore(quotes[q], voice))
                    results[q] = new Attribution(voice, null, voice.Role, null, null, SpeakerSource.EarlierMention, "sole voice", true);
        // "On this subject, Morris appears almost evangelical." then a paragraph that opens with a quotation no cue attributes:
        // the quotation is the words of the person the paragraph before, which quotes no one, ends on as its subject.
        for (var q = 0; q < quotes.Count; q++)
            if (results[q].SpeakerName is null && OpensParagraph(quotes[q]) && !HasOwnCue(quotes[q])
                && SubjectClosingParagraphBefore(quotes[q]) is { } subject)
            {
                results[q] = Resolve(subject, QuotePosition(quotes[q]), "paragraph before") with { Source = SpeakerSource.EarlierMention, Mention = subject.Surface, Cue = null };
                for (var n = q + 1; n < quotes.Count && !results[n].Found && results[n].SpeakerName is null && Continues(quotes[n - 1], quotes[n]); n++)
                    results[n] = results[q] with { Source = SpeakerSource.Continuation, Mention = null, Rule = "continuation" };
            }
            // '"…," ujarnya.' / "Dalam setahun terakhir, ia terpaksa merumahkan 85 karyawannya." / '"Yang paling berat …"': or
            // whose last sentence has "ia" or "he" for its subject, right after the paragraph of the quote before, a person's:
            // the pronoun is that speaker, and so are the words. In English "The 84-year-old said …" too, a description.
            else if (results[q].SpeakerName is null && q > 0 && OpensParagraph(quotes[q]) && !HasOwnCue(quotes[q])
                && quotes[q - 1].Block == quotes[q].Block - 2 && results[q - 1] is { Entity: { Kind: MentionKind.Person } spoke, Source: not SpeakerSource.None }
                && PronounSubjectClosingParagraphBefore(quotes[q]) is { } pronoun)
                results[q] = new Attribution(spoke, null, spoke.Role, pronoun, null, pronoun.Contains(' ') ? SpeakerSource.EarlierMention : SpeakerSource.Pronoun, "paragraph before", true);
        // "France's finance minister has said the world faced "economic catastrophe" …" then "Herve Gaymard said he would …":
        // a lead that describes its speaker, whom the next paragraph names as the subject of a verb of speech.
        if (people.Paragraphs.Count > 1 && quotes.Count > 0 && quotes[0].Block == people.Paragraphs[0].Block && LeadSubjectAfter() is { } named)
            for (var q = 0; q < quotes.Count && quotes[q].Block == people.Paragraphs[0].Block; q++)
                if (results[q] is { Entity: null, Name: { } description, Source: SpeakerSource.SameSentence } described
                    && named.Kind == (DescribesPerson(description) ? MentionKind.Person : MentionKind.Organisation)
                    // ("Britain's competition regulator … blocked …" then "Microsoft said": a body described after its country's
                    // possessive only when the organisation's name shares a word with the description: "Switzerland's financial
                    // regulator" and the Swiss Financial Market Supervisory Authority.)
                    && (named.Kind == MentionKind.Person || !OpensWithPossessive(description) || SharesWord(description, named.Name)))
                    results[q] = described with { Entity = named, Name = null, Source = SpeakerSource.EarlierMention, Rule = "lead description" };
        // "A woman who has waited almost two years … says she "can't climb her own stairs"" then "Pauline Haworth, 71, from Leek,
        // …": in English a lead whose subject is a woman, a man or a relative described, whom it does not name, is the person
        // the next two paragraphs name with that gender ("His daughter, Lorraine Petheridge," for "The daughter of …").
        if (tables.IsEnglish && people.Paragraphs.Count > 1)
            for (var q = 0; q < quotes.Count && quotes[q].Block == people.Paragraphs[0].Block; q++)
                if (results[q].Entity is null && LeadPersonDescribed(quotes[q]) is var (person, described))
                    results[q] = new Attribution(person, null, person.Role, described, results[q].Cue, SpeakerSource.EarlierMention, "lead description", true);
        for (var q = 0; q < results.Length; q++) results[q] = Issued(ShowRole(results[q]));
        return results;
    }

    // The person a lead's described subject is (see AttributeQuotations) and the words that describe them, or null: the sentence
    // of the quote opens with "a", "an" or "the", at most one lower-case word, then a word for a woman, a man or a relative
    // ([female-nouns], [male-nouns]), names no one before the quote and has a verb of speech there.
    private (Entity Person, string Described)? LeadPersonDescribed(QuoteSite quote)
    {
        if (!paragraphs.TryGetValue(quote.Block, out var paragraph)) return null;
        var tokens = paragraph.Tokens;
        var open = paragraph.TokenAt(quote.Open);
        var start = paragraph.SentenceStart(open);
        if (start + 2 >= open || tokens[start].Key is not ("a" or "an" or "the")) return null;
        var noun = start + 1;
        if (!IsGenderedNoun(tokens[noun].Key, out _) && noun + 1 < open && tokens[noun].IsLower) noun++;
        if (!tokens[noun].IsLower || !IsGenderedNoun(tokens[noun].Key, out var gender) || NamedBetween(paragraph, start, open, personOnly: true)
            || FirstCueVerb(paragraph, noun, open) is null) return null;
        var relative = tokens[noun].Key is not ("woman" or "man" or "girl" or "boy" or "lady");
        var read = 0;
        foreach (var mention in people.Mentions)
        {
            if (mention.Block <= paragraph.Block) continue;
            if (mention.Block > people.Paragraphs[Math.Min(2, people.Paragraphs.Count - 1)].Block || read > 12) break;
            read++;
            if (mention is not { Kind: MentionKind.Person, Name.Length: >= 2, Entity: { } person } || !paragraphs.TryGetValue(mention.Block, out var there)) continue;
            var words = there.Tokens;
            // (A relative with that word before the name: "His daughter, Lorraine Petheridge,".)
            if (relative ? mention.First >= 2 && words[mention.First - 1].Is(',') && words[mention.First - 2].Key == tokens[noun].Key
                : person.Gender == gender || person.Gender == Gender.Unknown && mention.First == 0 && mention == person.Mentions[0])
                return (person, tokens[start].Text + " " + tokens[noun].Text);
        }
        return null;
    }

    // Whether "the" and lower-case words only run from some token in [from, end) up to end ("the regional government").
    private static bool LowerDescriptionBefore(TokenList tokens, int from, int end)
    {
        for (var t = end - 1; t >= from; t--)
        {
            if (!tokens[t].IsWord || !tokens[t].IsLower) return false;
            if (tokens[t].Key == "the") return t < end - 1;
        }
        return false;
    }

    private bool IsGenderedNoun(string key, out Gender gender)
    {
        gender = tables.FemaleNouns.Contains(key) ? Gender.Female : tables.MaleNouns.Contains(key) ? Gender.Male : Gender.Unknown;
        return gender != Gender.Unknown;
    }

    private static bool CommaBetween(TokenList tokens, int from, int to)
    {
        for (var k = from; k < to && k < tokens.Count; k++)
            if (tokens[k].Is(',')) return true;
        return false;
    }

    // The latest "the finance ministry" before `position` in the quotation's paragraph or the two before: "the", then a state's
    // body of the tables of two words or more, in lower case, that ends in `noun`; its words without "the", or null.
    private string? BodyNamedInLowerCase(string noun, int position)
    {
        for (var block = current.Block; block >= current.Block - 2; block--)
        {
            if (!paragraphs.TryGetValue(block, out var paragraph)) continue;
            var tokens = paragraph.Tokens;
            for (var k = tokens.Count - 1; k >= 2; k--)
            {
                if (paragraph.Offset + tokens[k].Start >= position || tokens[k].Key != noun || !tokens[k].IsLower || paragraph.InQuote[k]) continue;
                for (var the = k - 1; the >= 1 && the >= k - 2; the--)
                    if (tokens[the - 1].Key == "the" && AllLower(tokens, the, k + 1) && tables.StateBodies.Match(tokens, the, k + 1) == k + 1 - the)
                        return string.Join(' ', Enumerable.Range(the, k + 1 - the).Select(i => tokens[i].Text));
            }
        }
        return null;
    }

    // The latest law or regulation the article numbered before the position, not one it revoked or amended, by the fullest
    // name it was numbered with, as written (RegulationName; "Perpres 79/2025" after "Peraturan Presiden (Perpres) Nomor 79
    // Tahun 2025 tentang …" gives the latter); null when none was. A walk of bounded length, back from the quotation.
    private string? RegulationNamed(int position)
    {
        if (tables.RegulationHeads.Count == 0) return null;
        string? latest = null;
        string? number = null;
        var walked = 0;
        for (var p = people.Paragraphs.Count - 1; p >= 0 && walked < MaxDocumentWalk; p--)
        {
            var paragraph = people.Paragraphs[p];
            if (paragraph.Offset >= position) continue;
            var tokens = paragraph.Tokens;
            for (var k = tokens.Count - 1; k >= 0 && walked < MaxDocumentWalk; k--, walked++)
            {
                if (paragraph.Offset + tokens[k].Start >= position || !tokens[k].IsCapitalised || !IsRegulationHead(tokens[k].Key)
                    || RegulationName(paragraph, k) is not { } named || Superseded(tokens, k)) continue;
                // The latest one named; then, back from it, the longest name with its number.
                if (latest is null) (latest, number) = named;
                else if (named.Number == number && named.Name.Length > latest.Length) latest = named.Name;
            }
        }
        return latest;
    }

    // Whether "bunyi" or "berbunyi" at `verb` reads a sound, not a text: neither the words at `one` nor those at `other` (the
    // subject before the verb, the noun after it) are a text's.
    private bool IsSoundRead(TokenList tokens, int verb, int one, int other) =>
        tokens[verb].Key is "bunyi" or "berbunyi" && !(one < tokens.Count && ReadsAsText(tokens, one)) && !(other < tokens.Count && ReadsAsText(tokens, other));

    // Whether the words from k are a text's that "bunyi" can read, past "demikian" and "salah satu": a document or a
    // regulation of [outlet-nouns] ("beleid tersebut", "keterangan itu"), a regulation's name, or another written thing
    // ("pasal 42", "salah satu spanduk", "surat itu", "amar putusan").
    private bool ReadsAsText(TokenList tokens, int k)
    {
        while (k + 1 < tokens.Count && tokens[k].Key is "demikian" or "salah" or "satu" or "sebuah") k++;
        return tables.OutletNouns.Match(tokens, k, tokens.Count, out var kind) > 0 && kind is "document" or "regulation"
            || IsRegulationHead(tokens[k].Key) || tokens[k].Key is "pasal" or "spanduk" or "poster" or "tulisan" or "pesan" or "isi" or "surat" or "kalimat"
                or "petikan" or "judul" or "ayat" or "butir" or "klausul" or "ramalan" or "cuitan" or "takarir" or "penjelasan" or "salinan" or "dokumen"
                or "analisis" or "analisisnya" or "catatan" or "putusan" or "amar" or "petitum" or "gugatan" or "dakwaan" or "tuntutan" or "kutipan" or "bagian";
    }

    // A word that opens a regulation's name: [regulation-heads], or a minister's regulation written short ("Permendag",
    // "Permenkes").
    private bool IsRegulationHead(string key) =>
        tables.RegulationHeads.Contains(key) || key.Length > 6 && key.StartsWith("permen", StringComparison.Ordinal);

    // "Aturan ini mencabut Peraturan Menteri Perdagangan Nomor 36 Tahun 2023", "turunan dari UU Nomor 7 Tahun 2014": a
    // regulation named as the one revoked, amended or derived from is not the one whose text is quoted.
    private static bool Superseded(TokenList tokens, int k)
    {
        for (var b = k - 1; b >= 0 && b >= k - 3; b--)
            if (tokens[b].IsLower && tokens[b].Key is "mencabut" or "dicabut" or "mengubah" or "diubah" or "merevisi" or "direvisi" or "menggantikan"
                or "digantikan" or "turunan" or "atas" or "merujuk") return true;
        return false;
    }

    // The regulation whose name opens at k, as written: its head, capitalised words and a bracketed short form, "Nomor" or
    // "No." and its number, "Tahun" and a year, then "tentang" and its title when it has one ("UU Nomor 22 Tahun 2009 tentang
    // Lalu Lintas dan Angkutan Jalan"); or its head and a number with its year ("UU 16/2025"). The number is "79/2025", to
    // tell a short form of the same regulation.
    private (string Name, string Number)? RegulationName(Paragraph paragraph, int k)
    {
        var tokens = paragraph.Tokens;
        var text = paragraph.Text;
        var j = k + 1;
        while (j < tokens.Count && j <= k + 8)
        {
            if (tokens[j].Is('(') && j + 2 < tokens.Count && tokens[j + 1].IsCapitalised && tokens[j + 2].Is(')')) { j += 3; continue; }
            if (!tokens[j].IsWord || !tokens[j].IsCapitalised || tokens[j].Key is "nomor" or "no") break;
            j++;
        }
        if (j >= tokens.Count) return null;
        if (tokens[j].Key is "nomor" or "no") j++;
        else if (j != k + 1) return null;
        // The number: the tokens written together with no space ("18/PMK.03/2021", "79", "16/2025").
        if (j >= tokens.Count || !char.IsAsciiDigit(tokens[j].Text[0])) return null;
        var numberStart = tokens[j].Start;
        // (A mark joins only what follows it at once: "Permendag 8/2024." ends its sentence.)
        while (j + 1 < tokens.Count && tokens[j + 1].Start == tokens[j].End
            && (tokens[j + 1].IsWord || tokens[j + 1].Text is "/" or "." or "-" && j + 2 < tokens.Count && tokens[j + 2].Start == tokens[j + 1].End && tokens[j + 2].IsWord)) j++;
        var end = tokens[j].End;
        var number = text[numberStart..end].ToString();
        if (j + 2 < tokens.Count && tokens[j + 1].Key == "tahun" && tokens[j + 2].Text.Length == 4 && char.IsAsciiDigit(tokens[j + 2].Text[0]))
        {
            j += 2;
            end = tokens[j].End;
            number += "/" + tokens[j].Text;
        }
        else if (number.IndexOf('/') < 0) return null;
        // The title: capitalised words, years, bracketed short forms and the small words between them.
        if (j + 2 < tokens.Count && tokens[j + 1].Key == "tentang" && tokens[j + 2].IsCapitalised)
        {
            var last = j + 2;
            for (var t = j + 2; t < tokens.Count; t++)
            {
                if (tokens[t].IsWord && (tokens[t].IsCapitalised || char.IsAsciiDigit(tokens[t].Text[0]))) last = t;
                else if (tokens[t].Is('(') && t + 2 < tokens.Count && tokens[t + 1].IsCapitalised && tokens[t + 2].Is(')')) last = t += 2;
                else if (!(tokens[t].IsWord && tokens[t].IsLower && tokens[t].Key is "dan" or "atas" or "serta" or "di" or "ke" or "dari" or "untuk" or "pada" or "dengan" or "terhadap" or "antara" or "bagi")) break;
            }
            end = tokens[last].End;
        }
        return (text[tokens[k].Start..end].ToString(), number);
    }

    // "Pasal 66 UU Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara menyatakan, "…"", "Pasal itu berbunyi, "…"": an article of
    // a regulation as a cue's subject in [start, end) is the regulation named there, or the one the article named last.
    private Attribution? ArticleOfRegulation(Paragraph paragraph, int start, int end, int position, string rule)
    {
        var tokens = paragraph.Tokens;
        // "Putusan Nomor 1287/PID.B/2025/PT SBY itu menyebutkan, …": the subject is the numbered regulation or ruling itself,
        // with a demonstrative after it.
        if (tables.RegulationHeads.Count > 0 && start + 2 < end && tokens[start].IsCapitalised && (IsRegulationHead(tokens[start].Key) || tables.RulingHeads.Contains(tokens[start].Key))
            && tokens[end - 1].IsLower && tables.Demonstratives.Contains(tokens[end - 1]) && RegulationName(paragraph, start) is { } itself)
        {
            // (A court's code after the number, "…/PT SBY", in capitals up to the demonstrative, is the number's.)
            var whole = paragraph.Text[tokens[start].Start..tokens[end - 2].End].ToString();
            var name = whole.StartsWith(itself.Name, StringComparison.Ordinal) && whole[itself.Name.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: <= 2 } rest
                && rest.All(w => w.All(char.IsUpper)) ? whole : itself.Name;
            return new Attribution(null, name, null, name, null, SpeakerSource.SameSentence, rule, true);
        }
        if (tables.RegulationHeads.Count == 0 || start >= end || tokens[start].Key != "pasal") return null;
        var written = paragraph.Text[tokens[start].Start..tokens[end - 1].End].ToString();
        for (var k = start + 1; k < end; k++)
            if (tokens[k].IsCapitalised && IsRegulationHead(tokens[k].Key) && RegulationName(paragraph, k) is { } named)
                return new Attribution(null, named.Name, null, written, null, SpeakerSource.SameSentence, rule, true);
        // "Pasal 10 ayat (3) Perjanjian Penerbitan MTN I GRAL Tahun 2023 menyebutkan": past the article's number, its
        // paragraph and point, a document named in capitalised words up to the verb, as written.
        var from = start + 1;
        while (from < end && (char.IsAsciiDigit(tokens[from].Text[0]) || tokens[from].Text is "(" or ")" || tokens[from].IsLower && tokens[from].Key is "ayat" or "huruf" or "angka" or "butir"
            || tokens[from].IsLower && tokens[from].Text.Length == 1)) from++;
        if (from > start + 1 && from < end && tokens[from].IsCapitalised)
        {
            var last = from;
            for (var t = from; t < end && (tokens[t].IsWord && (tokens[t].IsCapitalised || char.IsAsciiDigit(tokens[t].Text[0]))); t++) last = t;
            if (last + 1 == end || last + 1 < end && tokens[last + 1].Is(','))
                return new Attribution(null, paragraph.Text[tokens[from].Start..tokens[last].End].ToString(), null, written, null, SpeakerSource.SameSentence, rule, true);
        }
        return RegulationNamed(position) is { } regulation
            ? new Attribution(null, regulation, null, written, null, SpeakerSource.EarlierMention, rule, true) : null;
    }

    // 'tulis dokumen APBN Kita': a document of the tables' [document-issuers] speaks for its issuer ("Kementerian Keuangan").
    private Attribution Issued(Attribution result) =>
        result.Entity is { Kind: MentionKind.Organisation } document && tables.IssuerOf(document.Name) is { } issuer
            ? result with { Entity = null, Name = issuer, Role = null }
            : result;

    // Whether a description describes a person ("a PR expert", "a leading industry figure"): its last word is no noun for
    // an organisation or a document ("assembly government", "a report").
    // Where "Switzerland's financial regulator" ends when it opens the sentence at k and a verb in the past follows (after
    // "on" and a day, or an adverb): a country's possessive, then up to three lower-case words, the last a noun for an
    // organisation ([outlet-nouns]); -1 otherwise, or when a name stands in it.
    private int CountryBodySubject(Paragraph paragraph, int k, int verb)
    {
        var tokens = paragraph.Tokens;
        if (k + 2 >= verb || !tokens[k].IsCapitalised || !tokens[k].IsPossessive || !tables.Places.Contains(LanguageTables.Key(tokens[k].Text[..^2]))) return -1;
        var noun = k + 1;
        while (noun < k + 4 && noun + 1 < verb && tokens[noun].IsLower && tokens[noun].IsWord && !tables.OutletNouns.Contains(tokens[noun].Key)) noun++;
        if (!tokens[noun].IsLower || !tables.OutletNouns.Contains(tokens[noun].Key)) return -1;
        var past = noun + 1;
        if (past + 1 < verb && tokens[past].Key == "on" && tables.NotSpeakers.Contains(tokens[past + 1])) past += 2;
        while (past < verb && tokens[past].IsLower && IsAdverb(tokens[past].Key)) past++;
        if (past >= verb || !tokens[past].IsLower || !(tokens[past].Key.EndsWith("ed", StringComparison.Ordinal) || tokens[past].Key is "gave" or "told" or "took" or "hit" or "set" or "cut"))
            return -1;
        // Not "… fined Barclays after the bank's chairman stepped down, saying he took …": no clause of its own before the comma.
        for (var t = past + 1; t < verb - 1; t++)
            if (!tokens[t].IsWord && tokens[t].Text is "," or ";" or ":" || paragraph.InQuote[t] || tokens[t].IsLower && tables.Subordinators.Contains(tokens[t])
                || people.MentionAt(paragraph.Block, t) is { Kind: MentionKind.Person }) return -1;
        return noun + 1;
    }

    private static bool OpensWithPossessive(string description) =>
        description.IndexOf(' ') is var space and > 0 && MentionFinder.IsPossessive(description[..space]);

    private static bool SharesWord(string description, string[] name)
    {
        foreach (var word in description.Split(' '))
            if (word.Length > 3 && char.IsLower(word[0]) && name.Any(n => n.Equals(word, StringComparison.OrdinalIgnoreCase))) return true;
        return false;
    }

    private bool DescribesPerson(string description) =>
        !tables.OutletNouns.Contains(LanguageTables.Key(description.AsSpan(description.LastIndexOf(' ') + 1)));

    // The person or organisation the paragraph after the lead opens with as the subject of a verb of speech, when it is
    // named there for the first time.
    private Entity? LeadSubjectAfter()
    {
        var next = people.Paragraphs[1];
        foreach (var mention in people.Mentions)
        {
            if (mention.Block < next.Block) continue;
            if (mention.Block > next.Block) break;
            return mention is { Subject: true, Entity: { } entity } && (mention.Speaks || mention.Reports) && entity.Mentions[0] == mention ? entity : null;
        }
        return null;
    }

    // The one person who speaks in the article (the subject of a verb of speech, or named at a cue) when no organisation
    // or other person does and no quote was given to anyone else; null otherwise.
    private Entity? SoleVoice(Attribution[] results, int firstQuote)
    {
        Entity? voice = null;
        foreach (var entity in people.Entities)
        {
            var speaks = false;
            foreach (var mention in entity.Mentions)
                if (speaks = mention.Speaks) break;
            if (!speaks) continue;
            if (voice is not null || entity.Kind != MentionKind.Person) return null;
            voice = entity;
        }
        // '"…," says the Waterford man.': or, when nobody is the subject of a verb of speech, the one person every attributed
        // quotation is given to.
        if (voice is null)
            foreach (var result in results)
                if (result.Entity is { } named && (voice ??= named) != named) return null;
        if (voice is not { Kind: MentionKind.Person }) return null;
        foreach (var result in results)
            if (result.SpeakerName is not null && result.Entity != voice) return null;
        // Not "UKIP's secret weapon? … New Yorker Dick Morris" with "as Robert Kilroy-Silk once declared" half-way down: the
        // article is theirs, so the lead names them (in its first two paragraphs, before the first quotation).
        var lead = people.Paragraphs.Count > 1 ? people.Paragraphs[1].Block : int.MaxValue;
        return voice.Mentions[0].Block <= lead && voice.Mentions[0].Position < firstQuote ? voice : null;
    }

    // The quotation's words ("Virtual weight", a term that opens a sentence, has two).
    private int WordsIn(QuoteSite quote)
    {
        if (!paragraphs.TryGetValue(quote.Block, out var paragraph)) return 0;
        var words = 0;
        for (var k = paragraph.TokenAt(quote.Open); k < paragraph.Tokens.Count && paragraph.Tokens[k].Start <= quote.Close; k++)
            if (paragraph.Tokens[k].IsWord) words++;
        return words;
    }

    // 'So is UKIP's job to destroy the Tories, as Robert Kilroy-Silk once declared? "No. …"': the writer's question right
    // before the quotation.
    private bool AnswersQuestion(QuoteSite quote)
    {
        if (!paragraphs.TryGetValue(quote.Block, out var paragraph)) return false;
        var start = paragraph.SentenceStart(paragraph.TokenAt(quote.Open));
        return start > 0 && paragraph.Tokens[start - 1].Is('?') && !paragraph.InQuote[start - 1];
    }

    // "His mother's words still drive him. "Never let anyone …"", "Setiap pagi para pelanggan menyapanya dengan kalimat
    // yang sama. "Mbok, …"": the sentence before the quotation tells of someone's words (a verb of speech, or a noun for
    // words), so the words are that someone's, not the article's one voice.
    private bool OthersWordsBefore(QuoteSite quote, Entity voice)
    {
        if (!paragraphs.TryGetValue(quote.Block, out var paragraph)) return false;
        var start = paragraph.SentenceStart(paragraph.TokenAt(quote.Open));
        if (start == 0)
        {
            if (!paragraphs.TryGetValue(quote.Block - 1, out paragraph) || paragraph.Tokens.Count == 0) return false;
            start = paragraph.Tokens.Count;
        }
        var tokens = paragraph.Tokens;
        var from = paragraph.SentenceStart(start - 1);
        // A verb of speech counts when the sentence names someone else ("But he admitted the value of the cause … won him
        // over." tells of the voice's own words).
        var someone = false;
        for (var k = from; k < start && !someone; k++)
            someone = !paragraph.InQuote[k] && people.MentionAt(paragraph.Block, k) is { Kind: MentionKind.Person } named && named.Entity != voice;
        for (var k = from; k < start; k++)
            if (!paragraph.InQuote[k] && tokens[k].IsWord && tokens[k].IsLower
                && (someone && tables.CueVerbs.Match(tokens, k, k + 1) > 0 || tables.SpeechNouns.Contains(tokens[k].Key))) return true;
        return false;
    }

    // The subject that opens the sentence of a fragment quoted inside it (after a word, not a colon or comma), followed by a
    // word in lower case that is its verb: a person or organisation the article names more than once or in full, or a
    // personal pronoun. Not a single word ('"supergroup"') nor words that are all capitalised (a title: '"Old Europe"',
    // '"Action Plan for the Development of Italy"'): terms and names are no one's words.
    private Attribution? ActingSubject(QuoteSite quote)
    {
        if (!paragraphs.TryGetValue(quote.Block, out var paragraph)) return null;
        var tokens = paragraph.Tokens;
        var open = paragraph.TokenAt(quote.Open);
        if (open == 0 || !tokens[open - 1].IsWord || paragraph.InQuote[open - 1] || WordsIn(quote) < 2 || IsTitleCased(paragraph, quote)) return null;
        var k = paragraph.SentenceStart(open);
        while (k < open && !tokens[k].IsWord) k++;
        // "But he is confident …", not "The Resolution Foundation considers …": an opener that opens no name.
        if (k < open && tables.SentenceOpeners.Match(tokens, k, open) is var opener and > 0 && people.MentionAt(paragraph.Block, k) is null) k += opener;
        while (k < open && tokens[k].Is(',')) k++;
        // "Looking ahead, Mr Cherkasky forecast …": in English a participle's phrase set off by a comma before the subject.
        if (tables.IsEnglish && tokens[k].IsCapitalised && tokens[k].Key.Length > 5 && tokens[k].Key.EndsWith("ing", StringComparison.Ordinal))
            for (var c = k + 1; c + 1 < open && c <= k + 5; c++)
                if (tokens[c].Is(','))
                {
                    if (people.MentionAt(paragraph.Block, c + 1) is { Kind: MentionKind.Person or MentionKind.Organisation } after && after.First == c + 1) k = c + 1;
                    break;
                }
        // "However, the BCC found the whole UK economy still faced "major risks"": in English "the" before the subject's name.
        if (tables.IsEnglish && k + 1 < open && tokens[k].Key == "the" && tokens[k].IsLower && people.MentionAt(paragraph.Block, k + 1) is { First: var named1 } && named1 == k + 1) k++;
        // A bounded look back, so that a paragraph of fragments and no full stops stays linear.
        if (k >= open - 1 || open - k > MaxActingSubjectSpan) return null;
        var stance = false;
        for (var i = k; i < open; i++)
        {
            if (paragraph.InQuote[i]) return null;
            stance |= tokens[i].IsLower && (tables.CueVerbs.Match(tokens, i, open) > 0 || tables.StanceVerbs.Match(tokens, i, open) > 0
                // "Yukos maintains that the forced auction is illegal and "will cause …"": reported speech.
                || tokens[i].Key is "that" or "bahwa");
        }
        // Not "Pemerintah setempat membuka ratusan "tempat berteduh dingin"": the subject says, thinks or judges something.
        if (!stance) return null;
        var position = QuotePosition(quote);
        // "Shadow chancellor George Osborne cited …": the name after the title words that open the sentence.
        var named = k;
        while (named < open - 1 && named < k + 3 && people.MentionAt(paragraph.Block, named) is null or { Kind: MentionKind.Role } && tokens[named].IsWord
               && (tokens[named].IsCapitalised || tables.Roles.Match(tokens, named, open) > 0 || tokens[named].IsLower && named > k && tables.Roles.Match(tokens, k, open) > named - k)) named++;
        if (people.MentionAt(paragraph.Block, named) is not { First: var at } || at != named) named = k;
        if (people.MentionAt(paragraph.Block, named) is { Kind: MentionKind.Person or MentionKind.Organisation } subject && subject.First == named && subject.End < open
            && tokens[subject.End].IsWord && tokens[subject.End].IsLower && !tables.Prepositions.Contains(tokens[subject.End])
            // Not "Conferring the award, …", "Coincidentally, …": a capitalised word opening a sentence once is no one named.
            && (subject.Entity is { } entity && (entity.Name.Length >= 2 || entity.Mentions.Count >= 2) || !subject.Weak)
            && !tables.NotSpeakers.Contains(tokens[subject.NameFirst]) && !IsPassive(tokens, subject.End))
            return Resolve(subject, position, "acting subject");
        // "Critics fear it could allow …": people the article does not name, as it describes them.
        if (tables.IsEnglish && tokens[k].IsCapitalised && tokens[k + 1].IsLower && tokens[k + 1].IsWord && !IsPassive(tokens, k + 1)
            && people.MentionAt(paragraph.Block, k) is null && (tables.PluralSpeakers.Contains(tokens[k].Key) || IsRolePlural(tokens[k].Key)) && IsPluralDescription(paragraph, k, k + 1))
        {
            var described = tokens[k].Text.ToLowerInvariant();
            return new Attribution(null, described, null, tokens[k].Text, null, SpeakerSource.SameSentence, "acting subject", true);
        }
        // "It expected 2005 to be a "transitional year"": in English "it" too, the organisation it stands for.
        if ((IsPersonalPronoun(tokens[k], out var gender) || tables.IsEnglish && tokens[k].Key == "it" && tables.Pronouns.TryGetValue("it", out gender))
            && tokens[k + 1].IsWord && tokens[k + 1].IsLower && !IsPassive(tokens, k + 1))
        {
            var pronoun = Pronoun(tokens[k].Text, position, gender, "acting subject");
            if (pronoun.SpeakerName is null) return null;
            // "It" only for an organisation that was a subject, or spoke, in this paragraph or the one before ("On Wednesday,
            // South Korea moved … . It issued a statement that "…"" names no organisation it could be).
            if (gender == Gender.Organisation && !(pronoun.Entity is { } organisation
                && organisation.Mentions.Any(m => m.Block >= paragraph.Block - 1 && m.Position < position && (m.Subject || m.Speaks)))) return null;
            return pronoun with { Source = SpeakerSource.Pronoun };
        }
        return null;
    }

    // How many tokens before a quoted fragment its sentence's subject is looked for.
    private const int MaxActingSubjectSpan = 60;

    // A passive verb at token k, whose subject is what is named, not who names it: "Bitcoin disebut sebagai "emas digital"",
    // "He was described as a "national treasure"".
    private bool IsPassive(TokenList tokens, int k)
    {
        if (tables.IsIndonesian) return ArticlePeople.IsIndonesianPassive(tokens[k].Key);
        // "Ozzy Osbourne has been praised by police for …".
        if (tokens[k].Key is "has" or "have" or "had" && k + 1 < tokens.Count && tokens[k + 1].Key == "been") k++;
        return tokens[k].Key is "is" or "was" or "were" or "are" or "be" or "been" or "being" && k + 1 < tokens.Count && tokens[k + 1].IsLower
            && (tokens[k + 1].Key.EndsWith("ed", StringComparison.Ordinal) || tokens[k + 1].Key is "known" or "seen" or "shown" or "given" or "taken" or "held" or "thought" or "told");
    }

    // Whether every word of the quotation but a preposition, an article or a conjunction is capitalised.
    private bool IsTitleCased(Paragraph paragraph, QuoteSite quote)
    {
        var tokens = paragraph.Tokens;
        for (var k = paragraph.TokenAt(quote.Open); k < tokens.Count && tokens[k].Start <= quote.Close; k++)
            // English titles stand in Indonesian text too ("Year of Optimism", "Banking from Home").
            if (tokens[k].IsWord && tokens[k].IsLower && !tables.Prepositions.Contains(tokens[k]) && !LanguageTables.English.Prepositions.Contains(tokens[k].Key)
                && tokens[k].Key is not ("the" or "a" or "an" or "and" or "dan" or "yang"))
                return false;
        return true;
    }

    // The quotation is the first thing in its paragraph.
    private bool OpensParagraph(QuoteSite quote) =>
        paragraphs.TryGetValue(quote.Block, out var paragraph) && paragraph.TokenAt(quote.Open) == 0;

    // The person that is the subject of the last sentence of the paragraph right before the quotation's, when that paragraph
    // holds no quotation.
    private Mention? SubjectClosingParagraphBefore(QuoteSite quote)
    {
        if (QuotelessParagraphBefore(quote) is not { } before) return null;
        var tokens = before.Tokens;
        var last = tokens.Count - 1;
        for (var k = before.SentenceStart(last); k <= last; k++)
            if (people.MentionAt(before.Block, k) is { } mention && mention.First == k)
                return mention is { Kind: MentionKind.Person, Subject: true, Entity.Name.Length: >= 2, Weak: false } && !PassiveAfter(tokens, mention.End) ? mention : null;
        return null;
    }

    // The singular personal pronoun ("ia", "dia", "he", "she") that is the subject of the last sentence of the paragraph
    // before the quote's, opening it or after an opening phrase set off by a comma, when that paragraph quotes no one.
    private string? PronounSubjectClosingParagraphBefore(QuoteSite quote)
    {
        if (QuotelessParagraphBefore(quote) is not { } before) return null;
        var tokens = before.Tokens;
        var start = before.SentenceStart(tokens.Count - 1);
        var (subject, subjectEnd) = (-1, -1);
        var at = start;
        for (var k = start; k < tokens.Count && k <= start + 8; k++)
            if (tokens[k].Is(',')) { at = k + 1; break; }
        foreach (var k in (ReadOnlySpan<int>)[start, at])
            if (subject < 0 && k < tokens.Count && tokens[k].IsWord && tables.PronounWords.Contains(tokens[k]) && tokens[k].Key is "ia" or "dia" or "he" or "she")
                (subject, subjectEnd) = (k, k + 1);
        // "The 84-year-old said he relied on the counter staff …": in English "the" and an age or a word or two for a person,
        // then a verb of speech, as the sentence's subject.
        if (subject < 0 && tables.IsEnglish && start + 2 < tokens.Count && tokens[start].Key == "the")
            for (var end = start + 2; end < tokens.Count && end <= start + 3 && tokens[end - 1].IsWord && (tokens[end - 1].IsLower || MentionFinder.IsAge(tokens[end - 1])); end++)
                if ((MentionFinder.IsAge(tokens[end - 1]) || IsPersonNoun(tokens, end - 1)) && tables.CueVerbs.Match(tokens, end, tokens.Count) > 0)
                {
                    (subject, subjectEnd) = (start, end);
                    break;
                }
        if (subject < 0) return null;
        // Not when the paragraph names or titles someone else the subject may mean ("The prime minister was in Brussels … he
        // insisted").
        for (var k = 0; k < tokens.Count; k++)
            if ((k < subject || k >= subjectEnd) && people.MentionAt(before.Block, k) is { Kind: MentionKind.Person or MentionKind.Role }) return null;
        return Words(tokens, subject, subjectEnd);
    }

    // The person who spoke last, in the paragraph of `position` or the one before, when a description in [from, end) of the
    // paragraph (a word for a person after "the": "the retired postman") may be them: no one named since, and no other gender.
    private Attribution? LastSpeakerDescribed(Paragraph paragraph, TokenList tokens, int from, int end, int position, string rule)
    {
        if (lastSpeaker is not { Kind: MentionKind.Person } spoke || lastSpeakerAt < 0 || lastSpeakerAt >= position || !IsPersonNoun(tokens, end - 1)
            || tables.Roles.Match(tokens, from, end) > 0) return null;
        // Not "The other passenger said": someone else.
        for (var k = from; k < end; k++)
            if (tokens[k].Key is "other" or "second" or "another") return null;
        var since = paragraphs.TryGetValue(paragraph.Block - 1, out var before) ? before.Offset : paragraph.Offset;
        if (lastSpeakerAt < since || people.LatestPerson(position, lastSpeakerAt + 1, Gender.Unknown) is { } other && other != spoke
            || !ArticlePeople.Agrees(spoke, DescriptionGender(tokens, from, end))) return null;
        return new Attribution(spoke, null, spoke.Role, Description(tokens, from, end), null, SpeakerSource.EarlierMention, rule, true);
    }

    // The paragraph right before the quote's, when it has words and quotes no one; else null.
    private Paragraph? QuotelessParagraphBefore(QuoteSite quote)
    {
        if (!paragraphs.TryGetValue(quote.Block - 1, out var before) || before.Tokens.Count == 0) return null;
        foreach (var inQuote in before.InQuote)
            if (inQuote) return null;
        return before;
    }

    // "Joko Santoso ditangkap …", "Smith was arrested …": the subject of a passive verb, which has things done to them.
    private bool PassiveAfter(TokenList tokens, int k)
    {
        if (k >= tokens.Count || !tokens[k].IsWord || !tokens[k].IsLower) return false;
        if (tables.IsIndonesian) return ArticlePeople.IsIndonesianPassive(tokens[k].Key);
        return tokens[k].Key is "was" or "were" or "is" or "are" or "been" or "being" && k + 1 < tokens.Count && tokens[k + 1].Key.EndsWith("ed", StringComparison.Ordinal);
    }

    // '"Inflasi Juli …" / Hal itu disampaikan Kepala BPS Retno Anggraini Wulandari …': who the paragraph after a quotation
    // that is its whole paragraph names after an opener that points back at it and a verb of speech.
    private Attribution? NamedInNextParagraph(QuoteSite quote)
    {
        if (tables.CataphoricOpeners.Count == 0 || !quote.Closed || !paragraphs.TryGetValue(quote.Block, out var paragraph)) return null;
        // The quotation opens its paragraph: nothing but marks before it.
        var tokens = paragraph.Tokens;
        var open = paragraph.TokenAt(quote.Open);
        for (var k = 0; k < open; k++)
            if (tokens[k].IsWord) return null;
        // The quotation is the whole paragraph, at most a stop after it: the opener opens the next paragraph. Or, closed on a
        // stop, it is followed in its paragraph by the opener's sentence ('"Tahun lalu saya bayar Rp 340.000. …" Kalimat itu
        // diucapkan Hasnawati Baco, …').
        var after = paragraph.TokenAt(quote.Close + 1);
        while (after < tokens.Count && !tokens[after].IsWord) after++;
        Paragraph? named = null;
        if (after >= tokens.Count) named = paragraphs.TryGetValue(quote.Block + 1, out var next) ? next : null;
        else if (ClosingMark(paragraph, quote.Close) != ' ' && paragraph.StartsSentence(after)) named = paragraph;
        if (named is null) return null;
        var at = named == paragraph ? after : 0;
        var words = named.Tokens;
        var opener = at + 1 < words.Count && tables.CataphoricOpeners.Contains(words[at].Key + " " + words[at + 1].Key) ? 2
            : at < words.Count && tables.CataphoricOpeners.Contains(words[at].Key) ? 1
            // '"…" Keluhan itu disampaikan Sarkani Jamhur': in Indonesian any noun with "itu", "tersebut" or "ini" before a
            // passive verb of speech points back at the words.
            // (Not "Tudingan itu dibantah Kepala Dinas …": one who denies or agrees with the words did not say them.)
            : tables.IsIndonesian && at + 2 < words.Count && words[at].IsWord && words[at].IsCapitalised && words[at + 1].Key is "itu" or "tersebut" or "ini"
                && tables.PassiveCues.Contains(words[at + 2]) && words[at + 2].Key is not ("dibantah" or "diamini" or "dibenarkan" or "diakui" or "diusulkan" or "disarankan") ? 2 : 0;
        if (opener == 0 || at + opener >= words.Count) return null;
        var verb = at + opener;
        // '"…" Kalimat itu keluar dari mulut Husin …': the words came out of the speaker's mouth.
        if (tables.IsIndonesian && verb + 3 < words.Count && words[verb].Key is "keluar" or "meluncur" or "terlontar" or "terucap"
            && words[verb + 1].Key == "dari" && words[verb + 2].Key == "mulut") verb += 2;
        else if (!(tables.PassiveCues.Contains(words[verb]) || tables.CueVerbs.Match(words, verb, verb + 1) > 0 || words[verb].Key is "penjelasan" or "keterangan" or "pernyataan")) return null;
        verb++;
        if (verb < words.Count && words[verb].Key == "oleh") verb++;
        // The first one named there, or the person named right after its title set off by a comma ("Manajer Proyek PT Graha
        // Cipta Mandala, Yosef Hendrawan,"); not one named after a preposition ("… dalam rapat dengan Presiden Joko Widodo",
        // "disampaikan kepada Gubernur …": who heard it).
        var end = Math.Min(named.SentenceEnd(verb), verb + 16);
        for (var k = verb; k < end; k++)
        {
            if (words[k].IsLower && (tables.Prepositions.Contains(words[k]) || words[k].Key is "saat" or "ketika")) return null;
            if (people.MentionAt(named.Block, k) is not { Kind: MentionKind.Person or MentionKind.Organisation or MentionKind.Role } mention || mention.First != k) continue;
            // ("Ketua Panitia Cap Go Meh Singkawang 2028, Bong Sui Fat,": past the year of the title's event too.)
            var comma = mention.End < words.Count && words[mention.End].Text.Length == 4 && words[mention.End].Text.All(char.IsAsciiDigit) ? mention.End + 1 : mention.End;
            if (mention.Kind != MentionKind.Person && comma + 1 < words.Count && words[comma].Is(',')
                && people.MentionAt(named.Block, comma + 1) is { Kind: MentionKind.Person } apposed && apposed.First == comma + 1)
                mention = apposed;
            return Resolve(mention, QuotePosition(quote), "named after") with { Source = SpeakerSource.EarlierMention, Found = true };
        }
        return null;
    }

    // Whether the quote's closing mark is followed by a word that joins a contrasting clause: "but", "whereas", "tetapi", "tapi",
    // "namun", "sedangkan" (not "while", as often a time as a contrast).
    private bool ContrastedAfter(QuoteSite quote)
    {
        if (!quote.Closed || !paragraphs.TryGetValue(quote.Block, out var paragraph)) return false;
        var k = paragraph.TokenAt(quote.Close + 1);
        var tokens = paragraph.Tokens;
        while (k < tokens.Count && tokens[k].Is(',')) k++;
        return k < tokens.Count && tokens[k].IsLower && !paragraph.InQuote[k] && tokens[k].Key is "but" or "whereas" or "tetapi" or "tapi" or "namun" or "sedangkan";
    }

    // Whether nothing but punctuation stands before the quotation in its sentence.
    private bool OpensSentence(QuoteSite quote)
    {
        if (!paragraphs.TryGetValue(quote.Block, out var paragraph)) return false;
        var open = paragraph.TokenAt(quote.Open);
        for (var k = paragraph.SentenceStart(open); k < open; k++)
            if (paragraph.Tokens[k].IsWord) return false;
        return true;
    }

    private void Remember(QuoteSite quote, Attribution result)
    {
        // ('"…," katanya kepada KONTAN.' / 'Ia menyebut …': and one a pronoun went to, for the next pronoun.)
        if (result.Entity is null && result.Name is { } description && result.Source is SpeakerSource.SameSentence or SpeakerSource.EarlierMention or SpeakerSource.Pronoun)
        {
            if (result.Source == SpeakerSource.SameSentence) unnamedSpeakers.Add(description);
            // One person, described: "a spokeswoman", "an aide", "seorang warga"; and again when "the spokesman" speaks
            // later, so that "he said" after that is the same person. In Indonesian also people described together ("kata
            // para ekonom di DBS"), whom a later "-nya" may mean as well ("imbuhnya").
            var together = tables.IsIndonesian && description.StartsWith("para ", StringComparison.OrdinalIgnoreCase);
            if (OpensWithOne(description) || together) lastUnnamed = (description, paragraphs[quote.Block].Offset + quote.Open, SpokeAt(quote, result), quote.Block, together);
        }
        if (result is { TitleAt: >= 0, Name: { } title }) (lastTitled, lastTitledAt) = (title, result.TitleAt);
        if (result.Entity is null) return;
        lastSpeaker = result.Entity;
        lastSpeakerAt = SpokeAt(quote, result);
        lastThroughDocument = result.ThroughDocument;
    }

    // Where the speaker last spoke: the quote, or the end of the sentence of its trailing cue ('"…," kata Kepala Ekonom
    // Natixis untuk Asia Pasifik Alicia Garcia-Herrero.', '"…," kata Kiswoyo dalam Investime.'), so that a name the cue
    // passed over ("Natixis", "Investime") is no later antecedent.
    private int SpokeAt(QuoteSite quote, Attribution result)
    {
        var paragraph = paragraphs[quote.Block];
        var open = paragraph.Offset + quote.Open;
        if (!quote.Closed || result.Rule != "trailing cue" || result.Entity is null && result.Name is null) return open;
        var end = paragraph.SentenceEnd(paragraph.TokenAt(quote.Close + 1));
        return end < paragraph.Tokens.Count && paragraph.Tokens[end].EndsSentence && !paragraph.InQuote[end] ? paragraph.Offset + paragraph.Tokens[end].Start : open;
    }

    // Rule 1: "…," kata Budi / "…," ujarnya / "…," Smith said / "…," said the minister.
    private Attribution TrailingCue(QuoteSite quote)
    {
        if (!quote.Closed || !paragraphs.TryGetValue(quote.Block, out var paragraph)) return Attribution.None;
        var tokens = paragraph.Tokens;
        var k = paragraph.TokenAt(quote.Close + 1);
        var dashed = false;
        while (k < tokens.Count && !tokens[k].IsWord && !paragraph.InQuote[k] && tokens[k].Text is "," or "\u2014" or "\u2013" or "-")
            dashed |= tokens[k++].Text is not ",";
        if (k >= tokens.Count || paragraph.InQuote[k] || !tokens[k].IsWord) return Attribution.None;
        // '"Leadership cannot really be taught." – Harold Geneen': a person credited after a dash, closing the paragraph or
        // followed by the work quoted.
        if (dashed && EndsWithStop(paragraph, quote.Close) && people.MentionAt(paragraph.Block, k) is { Kind: MentionKind.Person } credited && credited.First == k
            && (credited.End >= tokens.Count || tokens[credited.End].Is(',') || tokens[credited.End].EndsSentence))
            return Resolve(credited, QuotePosition(quote), "trailing cue") with { Found = true };
        // 'a call for him to "pause for thought" from Charles Kennedy': in English, a person named after "from" right after
        // the quote, closing the clause, is its source.
        if (tables.IsEnglish && tokens[k].Key == "from" && !dashed && k + 1 < tokens.Count
            && people.MentionAt(paragraph.Block, k + 1) is { Kind: MentionKind.Person, Name.Length: >= 2 } source && source.First == k + 1
            && (source.End >= tokens.Count || tokens[source.End].Is(',') || tokens[source.End].EndsSentence))
            return Resolve(source, QuotePosition(quote), "trailing cue") with { Cue = "from", Found = true };
        // 'Plans … have been branded "deeply irresponsible" by the Liberal Democrats': in English whoever named the thing
        // quoted in the passive, after "by".
        if (tables.IsEnglish && tokens[k].Key == "by" && !dashed && PassiveNamingBefore(paragraph, paragraph.TokenAt(quote.Open)))
        {
            var end = k + 1;
            while (end < tokens.Count && !tokens[end].EndsSentence && !tokens[end].Is(',') && !paragraph.InQuote[end]) end++;
            var named = After(paragraph, k, k + 1, end, QuotePosition(quote), "trailing cue");
            if (named.SpeakerName is not null) return named;
        }
        // '"…," noting an important distinction': a participle after the quote has the sentence's subject, which the
        // leading cue finds ("Jenova Chen observed "…," noting …").
        if (tables.IsEnglish && tokens[k].IsLower && tokens[k].Key.EndsWith("ing", StringComparison.Ordinal) && tables.CueVerbs.Match(tokens, k, k + 1) > 0)
            return Attribution.None;
        // "…winter left." John Person, president of …, said: a quotation closed by a full stop ends its sentence, and a
        // capitalised word after it opens the next one, not a cue.
        // '"…for nine years... " Hailey later recalled.': in English not one that trails off in an ellipsis.
        if (tokens[k].IsCapitalised && EndsWithStop(paragraph, quote.Close) && !(tables.IsEnglish && EndsWithEllipsis(paragraph, quote.Close))
            && !CapitalisedCue(paragraph, k)) return Attribution.None;
        // '"…successful?" Connors has also agreed to …': after a question or an exclamation, a capitalised word opens the next
        // sentence unless a verb of speech in it reports the quote ('"Why?" Smith asked.', '"…?" Mrs Doe, 54, told the BBC.').
        if (tables.IsEnglish && tokens[k].IsCapitalised && ClosingMark(paragraph, quote.Close) is '?' or '!' && !SubjectThenVerb(paragraph, k))
            return Attribution.None;
        // '"…doing there?'" LTA chief executive, John Crowther, added: "The relationship …"': a cue that ends in a colon
        // before another quotation introduces that one; the quotation before it ended its sentence.
        if (ClosingMark(paragraph, quote.Close) is '.' or '?' or '!' && IntroducesNextQuote(paragraph, k)) return Attribution.None;
        // '"…," demikian laporan tertulis P2BK Purabaya Yanto Prayitno', '"…," demikian kata Budi', '"…," begitu kata Darmin
        // Nasution': "demikian" and "begitu" ("so") open a trailing cue, with or without its verb.
        // ("begitu" without one is "as soon as": '"Maling!" begitu melihat Dedi mendorong motornya'.)
        if (tokens[k].Key is "demikian" or "begitu" && tables.IsIndonesian && k + 1 < tokens.Count && tokens[k + 1].IsWord)
        {
            if (tables.CueVerbs.Match(tokens, k + 1, tokens.Count) > 0 && (tokens[k].Key == "demikian" || tokens[k + 1].Key is "kata" or "ujar" or "ucap" or "tutur" or "tegas" or "jelas" or "ungkap"))
                return CueAt(paragraph, k + 1, QuotePosition(quote), "trailing cue", afterQuote: true);
            if (tokens[k].Key == "begitu") return CueAt(paragraph, k, QuotePosition(quote), "trailing cue", afterQuote: true);
            var named = After(paragraph, k, k + 1, Math.Min(paragraph.SentenceEnd(k), k + 16), QuotePosition(quote), "trailing cue");
            if (named.SpeakerName is not null) return named;
        }
        return CueAt(paragraph, k, QuotePosition(quote), "trailing cue", afterQuote: true);
    }

    // A person named within the first three words at k, then "of", "at" or "from".
    private bool PersonThenWorkplace(Paragraph paragraph, int k) => PersonBeforeWorkplace(paragraph, k) is not null;

    // Where the comma closing "the NAME, a group of about 40 farms," stands, for an organisation named at k (after "the"), an
    // indefinite description of at most ten words set off by commas; -1 when none.
    private int ApposedOrganisationEnd(Paragraph paragraph, int k, out Mention? body)
    {
        var tokens = paragraph.Tokens;
        var at = k < tokens.Count && tokens[k].Key == "the" && tokens[k].IsLower ? k + 1 : k;
        body = people.MentionAt(paragraph.Block, at);
        if (body is not { Kind: MentionKind.Organisation } || body.First != at || body.End + 2 >= tokens.Count
            || !tokens[body.End].Is(',') || tokens[body.End + 1].Key is not ("a" or "an") || !tokens[body.End + 1].IsLower) return -1;
        for (var j = body.End + 2; j < tokens.Count && j <= body.End + 11 && !paragraph.InQuote[j]; j++)
        {
            if (tokens[j].Is(',')) return j;
            if (!tokens[j].IsWord) return -1;
        }
        return -1;
    }

    private Mention? PersonBeforeWorkplace(Paragraph paragraph, int k)
    {
        var tokens = paragraph.Tokens;
        for (var j = k; j < k + 3 && j < tokens.Count; j++)
            if (people.MentionAt(paragraph.Block, j) is { Kind: MentionKind.Person } person && person.End < tokens.Count)
                return tokens[person.End].IsLower && tokens[person.End].Key is "of" or "at" or "from" ? person : null;
        return null;
    }

    // The tokens [k, end) are a person named at once (after lower-case words of a title), then "of", "at" or "from" and
    // words of where they work: no comma, quotation, verb of speech or other person.
    private bool WorkplaceAfterPerson(Paragraph paragraph, int k, int end)
    {
        var tokens = paragraph.Tokens;
        if (PersonBeforeWorkplace(paragraph, k) is not { } person || person.End + 1 >= end) return false;
        for (var j = k; j < person.First; j++)
            if (!tokens[j].IsWord || !tokens[j].IsLower) return false;
        for (var j = person.End + 1; j < end; j++)
            if (paragraph.InQuote[j] || !tokens[j].IsWord && tokens[j].Text is not ("'" or "\u2019") || tables.CueVerbs.Match(tokens, j, j + 1) > 0
                || people.MentionAt(paragraph.Block, j) is { Kind: MentionKind.Person }) return false;
        return true;
    }

    // "…tersebut." Kata Budaghyan, dikutip dari Reuters. / "…." Ujarnya.: in Indonesian a verb of speech opening the next
    // sentence, with its speaker right after it, is the cue all the same (copied pages often capitalise it).
    private bool CapitalisedCue(Paragraph paragraph, int k)
    {
        if (!tables.IsIndonesian) return false;
        if (Nya(paragraph.Tokens, k) is not null) return true;
        var verb = tables.CueVerbs.Match(paragraph.Tokens, k, paragraph.Tokens.Count);
        return verb > 0 && people.MentionAt(paragraph.Block, k + verb) is { Kind: MentionKind.Person };
    }

    // "he", "she", "dia": a pronoun that stands for one person.
    private bool IsPersonalPronoun(Token token, out Gender gender) =>
        tables.Pronouns.TryGetValue(token.IsWord ? token.Key : "", out gender) && gender is Gender.Male or Gender.Female or Gender.Unknown;

    // "her comments", "the claims", "his warning": a verb of speech's form after a determiner is a noun; in English after
    // a possessive too, when a verb follows it ("said Ofsted boss Mr Bell's comments were "…""; not "Foster's said", "Moody's
    // noted that": a firm's name).
    private bool IsNounAfterDeterminer(TokenList tokens, int v, int start) =>
        v > start && (tokens[v - 1].IsLower && tokens[v - 1].Key is "the" or "her" or "his" or "their" or "its" or "a" or "an" or "these" or "those"
            or "my" or "our" or "your" or "such"
            || tables.IsEnglish && tokens[v - 1].IsCapitalised && tokens[v - 1].IsPossessive && v + 1 < tokens.Count
                && tokens[v + 1].Key is "were" or "was" or "are" or "is" or "had" or "have" or "has" or "would" or "will");

    // Whether the quotation that ends at token k ends its sentence inside its marks ('… "absurd."').
    private static bool EndsSentenceInside(Paragraph paragraph, int k)
    {
        var tokens = paragraph.Tokens;
        var j = k;
        while (j > 0 && paragraph.InQuote[j] && !tokens[j].IsWord) j--;
        return j < k && tokens[j + 1].EndsSentence;
    }

    // The last mark inside a closed quotation, past closing single quotes ('there?'"'), or a space when there is none.
    private static char ClosingMark(Paragraph paragraph, int close)
    {
        var i = close - 1;
        while (i >= 0 && (char.IsWhiteSpace(paragraph.Text[i]) || paragraph.Text[i] is '\'' or '\u2019')) i--;
        return i >= 0 && paragraph.Text[i] is '.' or '?' or '!' ? paragraph.Text[i] : ' ';
    }

    // A closed quotation whose last mark is the third stop of an ellipsis ("…for nine years... ").
    private static bool EndsWithEllipsis(Paragraph paragraph, int close)
    {
        var i = close - 1;
        while (i >= 0 && char.IsWhiteSpace(paragraph.Text[i])) i--;
        return i >= 2 && paragraph.Text[i] == '.' && paragraph.Text[i - 1] == '.' && paragraph.Text[i - 2] == '.';
    }

    // A verb of speech in the sentence from token k that reports speech: "Smith asked", "Mrs Doe, 54, told the BBC", "Mr Lynch,
    // the general secretary of the RMT, asked"; not a verb with an infinitive after it, "Connors has also agreed to commentate".
    private bool SubjectThenVerb(Paragraph paragraph, int k)
    {
        var tokens = paragraph.Tokens;
        var end = Math.Min(paragraph.SentenceEnd(k), k + 24);
        for (var v = k + 1; v < end; v++)
            if (tokens[v].IsLower && !paragraph.InQuote[v] && tables.CueVerbs.Match(tokens, v, v + 1) > 0)
                // Nor "Tory MP Peter Luff … said that the legislation was …": speech reported in his own words is his, not the quote's.
                return !(v + 1 < tokens.Count && (tokens[v + 1].Key == "that" || tokens[v + 1].Key == "to"
                    && tokens[v].Key is not ("said" or "says" or "say" or "asked" or "asks" or "told" or "tells" or "added" or "adds" or "replied" or "wrote" or "shouted")));
        return false;
    }

    // Whether the clause from token k runs, within its sentence, to a colon that opens another quotation, with its only verb of
    // speech right before the colon: not '"…?" Mr Philp said, adding: "…"', where the first verb is the quotation's own.
    private bool IntroducesNextQuote(Paragraph paragraph, int k)
    {
        var tokens = paragraph.Tokens;
        var verbs = 0;
        for (var j = k; j < tokens.Count && j < k + 20 && !paragraph.InQuote[j]; j++)
        {
            if (tokens[j].Is(':'))
                return verbs == 1 && j > k && tables.CueVerbs.Match(tokens, j - 1, j) > 0
                    && ((j + 1 < tokens.Count && paragraph.InQuote[j + 1]) || (j + 2 < tokens.Count && paragraph.InQuote[j + 2]));
            if (tokens[j].EndsSentence) return false;
            if (tokens[j].IsLower && tables.CueVerbs.Match(tokens, j, j + 1) > 0) verbs++;
        }
        return false;
    }

    private static bool EndsWithStop(Paragraph paragraph, int close) => ClosingMark(paragraph, close) == '.';

    // Rule 1b: a quotation inside a sentence whose last clause names the speaker: "… is "in the state of a zombie" because
    // …, a leading industry figure has said." / "… if any "unusual activity" was detected, bank officials said."
    private Attribution SentenceFinalCue(QuoteSite quote)
    {
        if (!quote.Closed || !paragraphs.TryGetValue(quote.Block, out var paragraph) || ClosingMark(paragraph, quote.Close) != ' ') return Attribution.None;
        var tokens = paragraph.Tokens;
        var close = paragraph.TokenAt(quote.Close + 1);
        // Over fragments quoted later in the sentence: 'His party "instinctively" understood the "new liberal Britain" …, he said.'
        var end = paragraph.SentenceEndAcrossFragments(close);
        if (end - close > 60) return Attribution.None;
        // The last clauses, latest first: "…, said Matthew Levitt, senior fellow at the Washington Institute for Near East
        // Policy, which was founded in 1985 with support from the American Israel Public Affairs Committee, a pro-Israel
        // lobbying organization." (the person's title and two clauses about their employer after the cue).
        var clauses = 0;
        for (var c = end - 1; c > close && clauses < MaxFinalClauses; c--)
        {
            if (paragraph.InQuote[c] || !tokens[c].Is(',')) continue;
            clauses++;
            var result = CueAt(paragraph, c + 1, QuotePosition(quote), "sentence-final cue", afterQuote: false);
            // Only a clause that is all cue: the subject and its verb, or the verb and its subject, up to the full stop.
            if (result.Found && result.SpeakerName is not null) return result;
        }
        return Attribution.None;
    }

    // How many clauses set off by commas at the end of a sentence are tried for its cue.
    private const int MaxFinalClauses = 4;

    // The cue at token k, after a quotation or a comma: "kata Budi", "ujarnya", "Smith said", "said the minister".
    private Attribution CueAt(Paragraph paragraph, int k, int position, string rule, bool afterQuote)
    {
        var tokens = paragraph.Tokens;
        if (k >= tokens.Count || !tokens[k].IsWord) return Attribution.None;
        var end = Math.Min(paragraph.SentenceEnd(k), k + 16);

        if (Nya(tokens, k) is { } nya) return Pronoun(nya, position, Gender.Unknown, rule);
        if (afterQuote && QuotedAsSaying(paragraph, k, Math.Min(end, k + 6), end, position, rule) is { } quoted) return quoted;
        // '"…," according to Senator Maria Delgado.', '"…," menurut Kepala Dinas …': the source after the quote.
        if (afterQuote && tables.AccordingTo.Match(tokens, k, end) is var according and > 0
            && (AccordingToDocument(paragraph, k + according, end, position, rule) ?? After(paragraph, k, k + according, end, position, rule)) is { SpeakerName: not null } accorded)
            return accorded with { Cue = Cue(tokens, k, according), Found = true };
        var verb = tables.CueVerbs.Match(tokens, k, end);
        // '"…," tutu Matt Simpson', '"…," ujaw Wimboh': in Indonesian a verb of speech misspelt by a letter, right after the
        // quotation and before a person or a pronoun.
        if (verb == 0 && afterQuote && tables.IsIndonesian && k + 1 < end && tokens[k].IsLower
            && (people.MentionAt(paragraph.Block, k + 1) is { Kind: MentionKind.Person } || tokens[k + 1].IsLower && tables.Pronouns.ContainsKey(tokens[k + 1].Key))
            && tables.IsMisspeltCue(tokens[k].Key))
            verb = 1;
        // '"…," ungkap kata Ramdan Denny Prakoso': in Indonesian two verbs of speech in a row (an editing slip) are one cue.
        if (verb > 0 && tables.IsIndonesian && k + verb < end && tokens[k + verb].IsLower && tables.CueVerbs.Match(tokens, k + verb, end) is var again and > 0
            && Nya(tokens, k + verb) is null)
            verb += again;
        if (verb > 0) return After(paragraph, k, k + verb, end, position, rule);

        // The subject first: "…," Smith said / "…," he added / "…," the minister said / "…," Budi menambahkan.
        // Up to ten words for a description that opens with "the" in lower case ('"…," the central bank's vice president
        // Farhat Omar Ben Gadaravice said'), eight for any other subject.
        // '"…," meteorologist Sunil Varghese of the weather service's Bend office said': in English up to twelve for a person
        // named at once and where they work after "of", "at" or "from".
        var subjectWords = tokens[k].Key == "the" && tokens[k].IsLower ? 10 : 8;
        if (tables.IsEnglish && afterQuote && PersonThenWorkplace(paragraph, k)) subjectWords = 12;
        // '"…," a spokesperson for the Federal Ministry for Economic Affairs and Climate Action said': in English someone
        // unnamed, described by an organisation's name however long, up to that name's end.
        if (tables.IsEnglish && afterQuote && tables.Unnamed.Match(tokens, k, end) > 0)
            for (var j = k + 1; j <= k + 5 && j < end; j++)
                if (people.MentionAt(paragraph.Block, j) is { Kind: MentionKind.Organisation } body && body.First == j)
                {
                    subjectWords = Math.Max(subjectWords, body.End - k);
                    break;
                }
        // '"…," the Blue Ridge Christmas Tree Growers, a group of about 40 farms, said': in English an organisation named at
        // once, past a description in apposition set off by commas, then the verb.
        if (tables.IsEnglish && afterQuote && ApposedOrganisationEnd(paragraph, k, out var apposedBody) is var appositionEnd and > 0
            && appositionEnd + 1 < end && tokens[appositionEnd + 1].IsLower && tables.CueVerbs.Match(tokens, appositionEnd + 1, end) > 0)
            return Resolve(apposedBody!, position, rule) with { Cue = tokens[appositionEnd + 1].Key, Found = true };
        for (var v = k + 1; v < end && v <= k + subjectWords; v++)
        {
            if (!tokens[v].IsWord || SpeechVerb(tokens, v, end) == 0 || tokens[v].IsCapitalised) continue;
            // '"…," Goldman Sachs analysts led by Jan Hatzius wrote': the team's leaders.
            for (var j = k + 1; j + 2 < v; j++)
                if (tokens[j].Key == "led" && LedBy(paragraph.Block, j, AnyTeamNoun(tokens, k, j), v) is { } leader) return Leaders(leader, rule) with { Cue = tokens[v].Key, Found = true };
            // '"…," the chief executive of a leading European car maker told BBC News': someone the article does not name.
            if (UnnamedTitleOf(tokens, k, v) == v)
            {
                var unnamedTitle = Words(tokens, k, v);
                return new Attribution(null, unnamedTitle, null, unnamedTitle, tokens[v].Key, SpeakerSource.SameSentence, rule, true);
            }
            // '…, bank officials said.': in English people described in the plural, in lower case and a word or two.
            if (tables.IsEnglish && v - k <= 2 && AllLower(tokens, k, v) && !tables.PronounWords.Contains(tokens[k])
                && IsPluralSpeaker(tokens[v - 1]) && people.MentionAt(paragraph.Block, k) is null)
            {
                var plural = Words(tokens, k, v);
                return new Attribution(null, plural, null, plural, tokens[v].Key, SpeakerSource.SameSentence, rule, true);
            }
            if (!IsSubjectSpan(paragraph, k, v)) break;
            var cue = tokens[v].Key;
            if (tokens[k].IsLower && tables.Pronouns.ContainsKey(tokens[k].Key)) reportedSubject = ReportedSubject(paragraph, k, v + 1);
            return Subject(paragraph, k, v, position, rule) with { Cue = cue, Found = true };
        }
        // "…," Alexandra Tower, a spokeswoman for the North Carolina-based bank, told Time magazine.
        // "…," Kirsten Pfeifer from the Consumer Electronics Association, told the BBC News website: where they work, after
        // the name, too.
        // '"…," Dr Mark Tuffy games systems director at digital content firm THX told the BBC News website': in English a
        // person named in full, then their title in lower case.
        // '"…," Axa spokesman Mark Hamilton, Axa spokesman, told BBC News': in English the person after a firm's name and title.
        if ((people.MentionAt(paragraph.Block, k) is { Kind: not MentionKind.Role } first && first.First == k ? first
                : tables.IsEnglish && tokens[k].IsCapitalised && k + 1 < tokens.Count && people.MentionAt(paragraph.Block, k + 1) is { Kind: MentionKind.Person, Role: not null } titled
                    && titled.First == k + 1 && tokens[k + 1].IsLower ? titled : null) is { } named && named.End < tokens.Count
            && (tokens[named.End].Is(',') || tables.IsEnglish && tokens[named.End].IsLower
                && (tokens[named.End].Key is "from" or "of" or "at"
                    // Not 'a Texan named "Brushy" Bill Roberts came forth and said': the quotation closed with its punctuation.
                    || named is { Kind: MentionKind.Person, Name.Length: >= 2 } && !tables.Prepositions.Contains(tokens[named.End]) && k >= 2 && !tokens[k - 2].IsWord)))
        {
            var sentenceEnd = Math.Min(paragraph.SentenceEnd(k), k + 30);
            for (var c = named.End + 1; c + 1 < sentenceEnd; c++)
            {
                if (paragraph.InQuote[c]) break;
                if (!tokens[c].Is(',')) continue;
                var v = c + 1;
                while (v < sentenceEnd && tokens[v].IsLower && IsAdverb(tokens[v].Key)) v++;
                if (v < sentenceEnd && tokens[v].IsLower && tables.CueVerbs.Match(tokens, v, sentenceEnd) > 0)
                    return Resolve(named, position, rule) with { Cue = tokens[v].Key, Found = true };
            }
            // '"…," Katherine Martin, head of the US dictionaries program at Oxford told BetaBeat': the description runs
            // into the verb without a comma.
            // Not '"…," JP Morgan chief executive William Harrison and … wrote': a person named there is who the title is.
            for (var v = named.End + 1; v < sentenceEnd; v++)
            {
                if (paragraph.InQuote[v] || tokens[v].Is(',')
                    || tokens[named.End].IsLower && tokens[named.End].Key is not ("from" or "of" or "at") && people.MentionAt(paragraph.Block, v) is { Kind: MentionKind.Person }) break;
                if (tokens[v].IsLower && tables.CueVerbs.Match(tokens, v, sentenceEnd) > 0 && !IsNounAfterDeterminer(tokens, v, named.End + 1))
                    return Resolve(named, position, rule) with { Cue = tokens[v].Key, Found = true };
            }
        }
        // '"…," a senior Israeli defense official, Amos Gilad, told Israel Radio': a description, then the person's name
        // between commas, then the verb.
        if (tokens[k].IsLower)
        {
            var sentenceEnd = Math.Min(paragraph.SentenceEnd(k), k + 16);
            for (var c = k + 1; c + 1 < sentenceEnd; c++)
            {
                if (paragraph.InQuote[c] || !tokens[c].IsWord && !tokens[c].Is(',')) break;
                if (!tokens[c].Is(',') || people.MentionAt(paragraph.Block, c + 1) is not { Kind: MentionKind.Person } apposed || apposed.First != c + 1
                    || apposed.Name.Length < 2) continue;
                var v = apposed.End < sentenceEnd && tokens[apposed.End].Is(',') ? apposed.End + 1 : apposed.End;
                while (v < sentenceEnd && tokens[v].IsLower && IsAdverb(tokens[v].Key)) v++;
                if (v < sentenceEnd && tokens[v].IsLower && tables.CueVerbs.Match(tokens, v, sentenceEnd) > 0)
                    return Resolve(apposed, position, rule) with { Cue = tokens[v].Key, Found = true };
                break;
            }
        }
        // '"…," Direktur Riset Ali Noer Zaman, dalam rilis hasil survei': a name with no verb right after the quote's
        // comma is its source, when the sentence goes on with no verb of its own (a comma, a stop or a preposition).
        // '"…," Chairman & CEO Pfizer Albert Bourla dalam pernyataannya': or where it was said.
        // '"…," Thomas Laryea, pakar hukum … di firma hukum Orrick': or a full name, then a comma and who they are, after a
        // quotation that closes on its own comma (not 'thanked his "hero", Nelson Mandela, in his speech').
        // Not 'menyebut Filipina masih menjadi "standar tertinggi" Mobile Legends di kawasan itu': a quotation with no
        // punctuation at its close is a phrase of the sentence, and the name after it goes on with the sentence.
        if (afterQuote && people.MentionAt(paragraph.Block, k) is { Kind: MentionKind.Person } source && source.First == k && ClosesOnPunctuation(paragraph, k)
            && (source.Role is not null || source.Name.Length >= 2 && source.End < tokens.Count && tokens[source.End].Is(',')
                && k > 0 && !(tokens[k - 1].Is(',') && !paragraph.InQuote[k - 1]))
            && (source.End >= tokens.Count || tokens[source.End].Is(',') || tokens[source.End].EndsSentence
                || tokens[source.End].IsLower && (tables.Prepositions.Contains(tokens[source.End]) || tables.OccasionWords.Contains(tokens[source.End].Key))))
            return Resolve(source, position, rule) with { Found = true };
        return Attribution.None;
    }

    // Whether the quotation right before token k closes on its own punctuation: a comma inside its marks or after them ('"…,"
    // Direktur …', '"…", Direktur …'), or a stop, a question or an exclamation mark inside them ('"…!" Direktur Utama …').
    private static bool ClosesOnPunctuation(Paragraph paragraph, int k)
    {
        var text = paragraph.Text;
        var at = paragraph.Tokens[k].Start - 1;
        while (at >= 0 && char.IsWhiteSpace(text[at])) at--;
        if (at >= 0 && text[at] == ',') return true;
        while (at >= 0 && text[at] is '"' or '\u201D' or '\u201C' or '\u2019' or '\'' or '\u00BB') at--;
        while (at >= 0 && char.IsWhiteSpace(text[at])) at--;
        return at >= 0 && text[at] is ',' or '.' or '!' or '?' or '\u2026';
    }

    // What may stand between a quote and the verb after it: a name, a pronoun or a short description ("the minister",
    // "politikus itu"), with adverbs ("also", "juga") before the verb; never a clause ("to clear the road, but warned").
    private bool IsSubjectSpan(Paragraph paragraph, int k, int verb)
    {
        var tokens = paragraph.Tokens;
        // Not '"naive beyond belief" if he accepted …': a clause a subordinator opens tells when or whether, not who spoke.
        if (tokens[k].IsLower && tables.Subordinators.Contains(tokens[k])) return false;
        // '"…," shop owner Hayriye Evren, told Associated Press': a stray comma between the subject and its verb.
        if (tables.IsEnglish && verb - 2 > k && tokens[verb - 1].Is(',') && tokens[verb - 2].IsWord && IsSubjectSpan(paragraph, k, verb - 1)) return true;
        // '"We have to act now," Pelosi (D-Calif.) said': a party tag in brackets between the subject and its verb; the party's
        // letter alone too ("County Executive Clifton Vandermeer (D) said").
        // "council member Anita Okwuosa-Reed (D-Ward 7) told": with a ward or a district after the party's letter too.
        if (tables.IsEnglish && verb - 3 > k && tokens[verb - 1].Is(')') && PartyTagOpening(tokens, verb - 1) is var tagOpen and > 0
            && tagOpen > k && IsSubjectSpan(paragraph, k, tagOpen)) return true;
        var end = verb;
        while (end > k && tokens[end - 1].IsLower && IsAdverb(tokens[end - 1].Key)) end--;
        if (end <= k) return false;
        // '…, the International Monetary Fund (IMF) has said.', '…," kata Otoritas Jasa Keuangan (OJK)': the organisation's
        // initials in brackets after its name.
        if (end - 3 > k && tokens[end - 1].Is(')') && tokens[end - 2].IsAllCaps && tokens[end - 3].Is('(')
            && people.MentionAt(paragraph.Block, end - 4) is { Kind: MentionKind.Organisation } && IsSubjectSpan(paragraph, k, end - 3)) return true;
        // "the minister", and in a broadcaster's own report "our correspondent".
        var first = tokens[k].Key is "the" or "our" && k + 1 < end ? k + 1 : k;
        if (people.MentionAt(paragraph.Block, first) is { } mention && mention.First == first && mention.End == end) return true;
        // "the England captain said", "the Old Trafford boss added": a title after the capitalised name of its country, club
        // or party.
        if (tables.IsEnglish && first > k && people.MentionAt(paragraph.Block, end - 1) is { Kind: MentionKind.Role } qualified && qualified.End == end
            && qualified.First > first && qualified.First - first <= 3 && Enumerable.Range(first, qualified.First - first).All(i => tokens[i].IsCapitalised))
            return true;
        if (end - k == 1 && tables.PronounWords.Contains(tokens[k])) return true;
        // "Tony Blair's official spokesman said".
        if (people.MentionAt(paragraph.Block, first) is { Kind: MentionKind.Person } owner && owner.First == first && OwnedTitleEnd(owner) == end) return true;
        // "19-year-old Simpson revealed", "the 22-year-old told BBC Sport": an age before the name, or standing for it.
        if (MentionFinder.IsAge(tokens[k]) && end - k <= 5 && (end - k == 1 || people.MentionAt(paragraph.Block, k + 1) is { Kind: MentionKind.Person } aged && aged.End == end)) return true;
        if (first > k && MentionFinder.IsAge(tokens[first]) && end - first <= 4 && AllWords(tokens, first, end)) return true;
        // '"…," Ride said' after "Sally Ride": a word of a person's name, even one that is also an ordinary word.
        if (end - k == 1 && tokens[k].IsCapitalised && people.IsNameWord(tokens[k].Text)) return true;
        // '"…," meteorologist Sunil Varghese of the weather service's Bend office said': in English a person named at once, then
        // where they work after "of", "at" or "from", naming no one else.
        if (tables.IsEnglish && end - k <= 13 && WorkplaceAfterPerson(paragraph, k, end)) return true;
        // "Metro's chief operating officer, Andrea Whitlock, said": a description and the name between commas.
        var last = tokens[end - 1].Is(',') ? end - 2 : end - 1;
        if (end - k <= 10 && last > k && people.MentionAt(paragraph.Block, last) is { Kind: MentionKind.Person } named && named.End == last + 1
            && named.First > k && tokens[named.First - 1].Is(','))
            return true;
        // "BA chairman Martin Broughton said", "S&P credit analyst Helena Hessel wrote": the person's organisation or
        // field before the name, all of it named words or titles; "high-wire artist Philippe Petit writes": a word or two
        // describing the title.
        if (end - k <= 10 && people.MentionAt(paragraph.Block, end - 1) is { Kind: MentionKind.Person } person && person.End == end && person.First > k
            && Enumerable.Range(k, person.First - k).All(i => (tokens[i].IsWord || tokens[i].Text is "&" or "'" or "\u2019") && !paragraph.InQuote[i]
                // "eBay's David Stern told": the firm's name, however it is written, as a possessive right before the name.
                && (people.MentionAt(paragraph.Block, i) is { Kind: not MentionKind.Person } || tokens[i].IsCapitalised || i == person.First - 1 && tokens[i].IsPossessive || tokens[i].IsAllCaps || tables.Roles.Match(tokens, i, person.First) > 0
                    // "Atticus' David Slager told": the apostrophe alone of a name's possessive that ends in s.
                    || i == person.First - 1 && i > k && tokens[i].Text is "'" or "\u2019" && tokens[i - 1].IsCapitalised && tokens[i - 1].Key.EndsWith('s')
                    // "GM chairman and chief executive Rick Wagoner said": "and" between two titles of the one person.
                    || tokens[i].Key == "and" && i > k && person.Role is not null && people.MentionAt(paragraph.Block, i - 1) is { Kind: MentionKind.Role } title && title.End == i
                    // "National Bureau of Statistics chief Li Deshui told Reuters": "of" or "for" inside the organisation's name.
                    || tokens[i].Key is "of" or "for" && i > k && tokens[i - 1].IsCapitalised && tokens[i + 1].IsCapitalised
                    // "the company's chief executive John Smith said", "the group's president Beverly Siemssen said".
                    || i == k && tokens[i].Key == "the" && i + 1 < person.First && tokens[i + 1].IsPossessive
                    // "the central bank's vice president Farhat Omar Ben Gadaravice said": a lower-case word before the possessive.
                    || i <= k + 2 && tokens[k].Key == "the" && k + 2 < person.First && tokens[k + 1].IsLower && tokens[k + 2].IsPossessive
                    // "shop owner Hayriye Evren said": a title the tables do not know, before a full name.
                    || (person.Role is not null || person.Name.Length >= 2 && tables.IsEnglish) && person.First - i <= 2 && tokens[i].IsLower && !tables.Prepositions.Contains(tokens[i])
                        && !tables.Demonstratives.Contains(tokens[i]) && tables.CueVerbs.Match(tokens, i, i + 1) == 0)))
            return true;
        // '"…," investment bank Merrill Lynch said', '"…," pressure group Liberty said': in English an organisation after up to
        // three lower-case words that say what kind it is.
        if (tables.IsEnglish && people.MentionAt(paragraph.Block, end - 1) is { Kind: MentionKind.Organisation, NamesOutlet: false } organisation
            && organisation.End == end && organisation.First > k && organisation.First - k <= 3
            && Enumerable.Range(k, organisation.First - k).All(i => tokens[i].IsWord && tokens[i].IsLower && !paragraph.InQuote[i] && !tables.Prepositions.Contains(tokens[i])
                && !tables.Demonstratives.Contains(tokens[i]) && !tables.PronounWords.Contains(tokens[i]) && tables.CueVerbs.Match(tokens, i, i + 1) == 0))
            return true;
        // "the minister for civil aviation Praful Patel said": a title, its field in lower case, then the name.
        if (tables.IsEnglish && end - first <= 9 && people.MentionAt(paragraph.Block, end - 1) is { Kind: MentionKind.Person, Name.Length: >= 2 } holder
            && holder.End == end && tables.Roles.Match(tokens, first, holder.First) is var title and > 0 && first + title < holder.First
            // A name with a title of its own is someone else's ("the attorney for rapper Sean Combs"), unless the words
            // between are only "and" ("chairman and chief executive Richard Parsons": two titles of one person).
            && (holder.NameFirst == holder.First || Enumerable.Range(first + title, holder.First - first - title).All(i => tokens[i].Key == "and"))
            && holder.First - first - title <= 4 && AllLower(tokens, first, holder.First)
            // Not "the spokeswoman for former president Donald Trump": a title, "former" or "to" inside the field belongs to
            // the name, and the one who speaks is someone else.
            && !Enumerable.Range(first + title, holder.First - first - title).Any(i => tables.Roles.Match(tokens, i, holder.First) > 0 || tokens[i].Key is "to" or "former"))
            return true;
        // "bos Space X dan Tesla itu memposting": a description closed by a demonstrative.
        if (end - k <= 8 && tables.IsIndonesian && tokens[end - 1].IsLower && tables.Demonstratives.Contains(tokens[end - 1]) && tokens[k].IsLower) return true;
        // "…," a spokeswoman for Royal Mail said. '"…," a spokesperson for the Federal Ministry for Economic Affairs and Climate
        // Action said': longer when an organisation's name closes it.
        if ((end - k <= 8 || people.MentionAt(paragraph.Block, end - 1) is { Kind: MentionKind.Organisation } body && body.End == end && body.First - k <= 5)
            && tables.Unnamed.Match(tokens, k, end) > 0 && tokens[k].IsLower && AllWords(tokens, k, end)) return true;
        // "…," analysts at Harrow Capital wrote / "…," Harrow Capital strategists said.
        if (end - k <= 8 && AllWords(tokens, k, end) && IsPluralDescription(paragraph, k, end)) return true;
        if (end - k > 4) return false;
        for (var i = k; i < end; i++)
            if (!tokens[i].IsWord || tokens[i].IsCapitalised && people.MentionAt(paragraph.Block, i) is null && i > k) return false;
        return tables.Demonstratives.Contains(tokens[k]) || tables.Demonstratives.Contains(tokens[end - 1]) || tables.Unnamed.Match(tokens, k, end) > 0
            || tables.Roles.Match(tokens, k, end) > 0 || tables.OutletNouns.Match(tokens, k, end) > 0
            // '"…," her brother said'.
            || KinIntroduced(paragraph, k, end) is not null;
    }

    // In English an owner's pronoun and a word for a relative from k to end ("her brother"), when the article introduced
    // someone so before them ("Her brother, Dominic Baldacchino, 43,"): that person.
    private Entity? KinIntroduced(Paragraph paragraph, int k, int end)
    {
        var tokens = paragraph.Tokens;
        return tables.IsEnglish && end - k == 2 && tokens[k].Key is "his" or "her" or "their" && ArticlePeople.IsKinNoun(tokens[k + 1].Key)
            ? people.IntroducedAsKin(tokens[k].Key, tokens[k + 1].Key, paragraph.Offset + tokens[k].Start) : null;
    }

    // Rule 2: Budi mengatakan, "…" / Menurut Budi, "…" / Kata dia: "…" / Smith said the delay was "deeply worrying".
    private Attribution LeadingCue(QuoteSite quote)
    {
        if (!paragraphs.TryGetValue(quote.Block, out var paragraph)) return Attribution.None;
        var tokens = paragraph.Tokens;
        var open = paragraph.TokenAt(quote.Open);
        // 'Barbara Follet, one of the so-called "Blair Babes" elected in 1997, told researchers: "…"': the sentence reads on over
        // a term quoted inside it.
        var start = paragraph.SentenceStartAcrossFragments(open);
        while (start < open && !tokens[start].IsWord) start++;
        if (start >= open) return Attribution.None;
        var position = QuotePosition(quote);

        var according = tables.AccordingTo.Match(tokens, start, open);
        if (according > 0)
            return (AccordingToDocument(paragraph, start + according, open, position, "leading cue") ?? After(paragraph, start, start + according, open, position, "leading cue"))
                with { Cue = Cue(tokens, start, according) };
        if (tokens[start].Key.EndsWith("nya", StringComparison.Ordinal) && tables.AccordingTo.Contains(tokens[start].Key[..^3]))
            return Pronoun(tokens[start].Text, position, Gender.Unknown, "leading cue") with { Cue = tokens[start].Key };

        // "Ada pula pesan menarik dari @hendra_aja, "…"", "yakni akun @awankudo, "…"": a handle and a comma bring in what the
        // account posted. Not "Ia membalas komentar @budi_88, "…"", "Musk replied to @AOC, "…"": after a verb of speech, or
        // "to", the account is who was answered.
        if (open > 1 && tokens[open - 1].Is(',') && people.MentionAt(paragraph.Block, open - 2) is { IsHandle: true } account && account.First >= start
            && !SpokenToBefore(tokens, Math.Max(start, account.First - 2), account.First))
            return Resolve(account, position, "leading cue") with { Found = true };
        if (QuotedAsSaying(paragraph, start, open, open, position, "leading cue") is { } quoted) return quoted;
        if (WhatItCalls(paragraph, start, open, position) is { } called) return called;
        if (CueBefore(paragraph, start, open, position) is { } leading) return leading;
        // 'A good basic PC that, according to PC Pro, has "superb upgrade potential"': set off by commas inside the sentence.
        for (var a = start + 1; a < open - 2; a++)
        {
            if (!tokens[a - 1].Is(',') || paragraph.InQuote[a]) continue;
            // 'Padahal, menurutnya, perjanjian diperlukan untuk mengatasi "…"': "menurut" with "-nya", set off by commas.
            if (tokens[a].IsLower && tokens[a + 1].Is(',') && tokens[a].Key.EndsWith("nya", StringComparison.Ordinal) && tables.AccordingTo.Contains(tokens[a].Key[..^3]))
                return Pronoun(tokens[a].Text, position, Gender.Unknown, "leading cue") with { Cue = tokens[a].Key };
            if (tables.AccordingTo.Match(tokens, a, open) is not (> 0 and var length)) continue;
            var inside = After(paragraph, a, a + length, open, position, "leading cue");
            if (inside.SpeakerName is not null) return inside with { Cue = Cue(tokens, a, length) };
        }
        // 'meski menurutnya "belum ada yang diputuskan"': "menurut" with "-nya" right before the quotation, after a conjunction
        // (not "Kebijakan yang menurutnya "…" itu harus dicabut, tegas Said Iqbal": the sentence's own cue comes after).
        if (tables.IsIndonesian && open - 2 > start && tokens[open - 1].IsLower && tokens[open - 1].Key.EndsWith("nya", StringComparison.Ordinal)
            && tables.AccordingTo.Contains(tokens[open - 1].Key[..^3])
            && tokens[open - 2].Key is "meski" or "meskipun" or "walau" or "walaupun" or "namun" or "tetapi" or "tapi" or "karena" or "sebab" or "padahal" or "sehingga")
            return Pronoun(tokens[open - 1].Text, position, Gender.Unknown, "leading cue") with { Cue = tokens[open - 1].Key };
        // "Budi: "…"": a name and a colon.
        if (open > 0 && tokens[open - 1].Is(':') && people.MentionAt(paragraph.Block, open - 2) is { } named && named.First >= start)
            return Resolve(named, position, "leading cue") with { Found = true };
        // "Sen. Lindsey Graham (R-S.C.) disagreed: "…"": the sentence's subject, a verb or two, and a colon.
        if (open > 0 && tokens[open - 1].Is(':') && SubjectBeforeColon(paragraph, start, open - 1) is { } subject)
            return Resolve(subject, position, "leading cue") with { Found = true };
        // "He is prepared to go this far: "…"", "She is clear: "…"": in English a personal pronoun, then lower-case words only,
        // up to a colon.
        if (tables.IsEnglish && open > 2 && tokens[open - 1].Is(':') && open - 1 - start is >= 2 and <= 9 && IsPersonalPronoun(tokens[start], out var colonGender)
            && colonGender != Gender.Plural && AllLower(tokens, start + 1, open - 1))
            return Pronoun(tokens[start].Text, position, colonGender, "leading cue") with { Found = true };
        // 'He called the criticisms "fatuous" and her comments "absurd."': a fragment after another fragment of the same
        // sentence has the cue before that one.
        if (start > 1 && paragraph.InQuote[start - 1] && !tokens[start - 1].EndsSentence && !EndsSentenceInside(paragraph, start - 1))
        {
            var k = start - 1;
            while (k > 0 && paragraph.InQuote[k]) k--;
            if (CueBefore(paragraph, paragraph.SentenceStart(k), k + 1, position) is { } earlier) return earlier;
        }
        return Attribution.None;
    }

    // The end of two or three capitalised words from k that close the clause (a stop, a comma or the quote's end after them),
    // none a time word or a pronoun; -1 when there are none. (After's earlier rules have read every mention found there.)
    private int PrintedName(TokenList tokens, int k, int end)
    {
        var e = k;
        while (e < end && e < k + 4 && tokens[e].IsWord && tokens[e].IsCapitalised && !tables.NotSpeakers.Contains(tokens[e]) && !tables.Pronouns.ContainsKey(tokens[e].Key)) e++;
        return e - k is >= 2 and <= 3 && (e == end || !tokens[e].IsWord) ? e : -1;
    }

    // A verb of naming in the past participle: "branded", "described".
    private static bool IsNamingVerb(string key) => key is "called" or "described" or "branded" or "labelled" or "labeled" or "dubbed" or "termed";

    // "have been branded", "was described as a", "were labelled": a verb of naming in the passive right before the quote at open.
    private static bool PassiveNamingBefore(Paragraph paragraph, int open)
    {
        var tokens = paragraph.Tokens;
        var k = open - 1;
        while (k > 0 && tokens[k].IsLower && tokens[k].Key is "a" or "an" or "the" or "as") k--;
        if (k <= 0 || !tokens[k].IsLower || !IsNamingVerb(tokens[k].Key)) return false;
        var auxiliary = k - 1;
        if (auxiliary > 0 && tokens[auxiliary].IsLower && tokens[auxiliary].Key.EndsWith("ly", StringComparison.Ordinal)) auxiliary--;
        return tokens[auxiliary].IsLower && tokens[auxiliary].Key is "been" or "being" or "was" or "were" or "is" or "are" or "be";
    }

    // 'In what Dimension Data calls an "alarming development"', "Angelina Jolie's unwieldy accent, which Variety called "…"":
    // whoever names the thing quoted, right before the quote; 'was described by Jobs as "…"': the agent of the passive.
    private Attribution? WhatItCalls(Paragraph paragraph, int start, int open, int position)
    {
        if (!tables.IsEnglish) return null;
        var tokens = paragraph.Tokens;
        var k = open - 1;
        while (k > start && tokens[k].IsLower && tokens[k].Key is "a" or "an" or "the") k--;
        if (k > start + 2 && tokens[k].IsLower && tokens[k].Key == "as")
        {
            // The agent as a mention, or a capitalised word of a person's name that is also an ordinary word ("Jobs").
            // The cheap tests first: "by" and a verb of naming before the name.
            var agent = people.MentionAt(paragraph.Block, k - 1) is { Kind: not MentionKind.Role } mention && mention.End == k ? mention : null;
            var agentFirst = agent?.First ?? (tokens[k - 1].IsCapitalised ? k - 1 : -1);
            if (agentFirst >= start + 2 && tokens[agentFirst - 1].Key == "by" && tokens[agentFirst - 2].IsLower && IsNamingVerb(tokens[agentFirst - 2].Key)
                && (agent is not null || people.IsNameWord(tokens[k - 1].Text)))
            {
                if (agent is not null) return Resolve(agent, position, "leading cue") with { Cue = tokens[agentFirst - 2].Key, Found = true };
                if (people.ByWord(tokens[k - 1].Text, position) is { } person)
                    return new Attribution(person, null, person.Role, tokens[k - 1].Text, tokens[agentFirst - 2].Key, SpeakerSource.EarlierMention, "leading cue", true);
            }
        }
        while (k > start && tokens[k].IsLower && tokens[k].Key is "a" or "an" or "the" or "as") k--;
        if (k <= start || !tokens[k].IsLower || tokens[k].Key is not ("calls" or "called" or "describes" or "described" or "terms" or "termed" or "dubs" or "dubbed"))
            return null;
        if (people.MentionAt(paragraph.Block, k - 1) is { Kind: not MentionKind.Role } named && named.End == k && named.First >= 1 && tokens[named.First - 1].Key is "what" or "which")
            return Resolve(named, position, "leading cue") with { Cue = tokens[k].Key, Found = true };
        // A name of ordinary words the article gives nowhere else ("Dimension Data"): as printed.
        var first = k - 1;
        while (first > start && tokens[first].IsCapitalised) first--;
        if (first == k - 1 || tokens[first].Key != "what" || !tokens[first].IsLower || k - first > 4) return null;
        var name = Words(tokens, first + 1, k);
        return new Attribution(null, name, null, name, tokens[k].Key, SpeakerSource.SameSentence, "leading cue", true);
    }

    // '"…," Reuters quoted a central bank official as saying', 'The paper quoted him as saying: "…"': whoever an outlet
    // quoted as saying something speaks, not the outlet. "quoted" stands in [from, last), the words in [from, end).
    private Attribution? QuotedAsSaying(Paragraph paragraph, int from, int last, int end, int position, string rule)
    {
        if (!tables.IsEnglish) return null;
        var tokens = paragraph.Tokens;
        for (var v = from; v < last; v++)
        {
            // Not "Geoff Dixon was quoted by The Australian as saying": there the subject speaks.
            if (paragraph.InQuote[v] || !tokens[v].IsLower || tokens[v].Key != "quoted" || v > 0 && tokens[v - 1].Key is "was" or "were" or "is" or "been" or "being")
                continue;
            for (var a = v + 2; a + 1 < end && a <= v + 14 && !paragraph.InQuote[a] && (tokens[a].IsWord || tokens[a].Is(',')); a++)
            {
                if (tokens[a].Key != "as" || !tokens[a + 1].Key.EndsWith("ing", StringComparison.Ordinal) || tables.CueVerbs.Match(tokens, a + 1, end) == 0) continue;
                var cue = Cue(tokens, v, 1) + " … " + Cue(tokens, a, 2);
                // Only a person named, or someone unnamed: not "quoted Mr Putin's spokesman Dmitry Peskov", "quoted sources
                // close to Jose Mourinho" or "quoted the executive", which the rules after read better.
                var named = people.MentionAt(paragraph.Block, a - 1) is { Kind: MentionKind.Person } person && person.End == a && person.First > v
                    && Enumerable.Range(v + 1, person.First - v - 1).All(i => tokens[i].IsWord && !tokens[i].IsPossessive && !tables.Prepositions.Contains(tokens[i]));
                if (!named && !(tokens[v + 1].IsLower && (tables.Unnamed.Match(tokens, v + 1, a) > 0 || tokens[v + 1].Key is "him" or "her"))) return null;
                if (a == v + 2 && tokens[v + 1].Key is "him" or "her")
                    return Pronoun(tokens[v + 1].Text, position, tokens[v + 1].Key == "him" ? Gender.Male : Gender.Female, rule) with { Cue = cue };
                // Not "Des Browne quoted its five-year plan, as saying": a document names no speaker here.
                return After(paragraph, v, v + 1, a, position, rule) is { SpeakerName: not null } quoted ? quoted with { Cue = cue } : null;
            }
        }
        return null;
    }

    // "according to a statement from the Police Benevolent Association", "menurut laporan Bank Dunia": a document speaks
    // for the organisation or person that wrote it.
    private Mention? DocumentAuthor(Paragraph paragraph, int k, int end)
    {
        var tokens = paragraph.Tokens;
        var i = k;
        if (i < end && tokens[i].IsLower && (tables.Unnamed.Match(tokens, i, i + 1) > 0 || tables.Demonstratives.Contains(tokens[i]))) i++;
        if (i >= end || !tokens[i].IsLower) return null;
        var noun = tables.OutletNouns.Match(tokens, i, end, out var kind);
        if (noun == 0 || kind != "document") return null;
        i += noun;
        if (i < end && tokens[i].IsLower && (tables.Prepositions.Contains(tokens[i]) || tokens[i].Key is "dalam" or "in"))
        {
            i++;
            // "ungkap risalah dalam pertemuan FOMC": a word or two for the occasion before its author (not "pernyataan dalam
            // Rapat Kerja Komisi XI", "a statement in the Commons": the occasion or the place).
            for (var j = i; j < end && j < i + 3 && tokens[j].IsWord; j++)
                if (j > i && people.MentionAt(paragraph.Block, j) is { Kind: not MentionKind.Role } held && held.First == j) return held;
                else if (!tokens[j].IsLower || tokens[j].Key is "the" or "a" or "an" || tables.CueVerbs.Match(tokens, j, end) > 0) break;
        }
        if (i < end && tokens[i].IsLower && tables.Demonstratives.Contains(tokens[i])) i++;
        return i < end && people.MentionAt(paragraph.Block, i) is { Kind: not MentionKind.Role } author && author.First == i ? author : null;
    }

    // A person or organisation opening the sentence, then at most three lower-case words (a bracketed party tag may stand
    // between; in English up to twelve after a person, or eight ending in "his assessment") up to the colon at colon.
    private Mention? SubjectBeforeColon(Paragraph paragraph, int start, int colon)
    {
        var tokens = paragraph.Tokens;
        if (people.MentionAt(paragraph.Block, start) is not { Kind: not MentionKind.Role } subject || subject.First != start && subject.NameFirst != start) return null;
        var k = subject.End;
        if (k < colon && tokens[k].Is('('))
            while (k < colon && !tokens[k].Is(')')) k++;
        if (k < colon && tokens[k].Is(')')) k++;
        // "Johansson was more restrained in his assessment: "…"": up to eight words when they end in the subject's own words,
        // "his", "her" or "their" and a noun for them.
        var own = colon - k >= 3 && tables.IsEnglish && tokens[colon - 2].Key is "his" or "her" or "their"
            && (tables.SpeechNouns.Contains(tokens[colon - 1].Key) || tokens[colon - 1].Key is "assessment" or "verdict" or "view" or "reply" or "response" or "reaction" or "explanation" or "comments" or "statement");
        // "Osbourne himself was at a loss to explain its popularity: "…"": in English a named subject, then lower-case words only,
        // a clause of its own up to the colon. Not "Smith was then handed a statement from the club:", "was told by the
        // referee:": what the subject was given or told is someone else's.
        if (colon - k < 1 || colon - k > (own ? 8 : tables.IsEnglish && subject.Kind == MentionKind.Person ? 12 : 3)) return null;
        for (var i = k; i < colon; i++)
            if (!tokens[i].IsWord || !tokens[i].IsLower || paragraph.InQuote[i]
                || colon - k > 3 && (tokens[i].Key is "by" or "from" || i > k && tokens[i - 1].Key is "was" or "were" or "been" or "being"
                    && tokens[i].Key is "told" or "handed" or "asked" or "given" or "shown" or "sent" or "read")) return null;
        return subject;
    }

    // The latest verb of speech in [start, end), outside quotations, and who it names: "Budi mengatakan, …", "kata
    // Budi, …", "katanya, …"; null when there is none.
    private Attribution? CueBefore(Paragraph paragraph, int start, int end, int position)
    {
        var tokens = paragraph.Tokens;
        for (var v = end - 1; v >= start; v--)
        {
            if (!tokens[v].IsWord || paragraph.InQuote[v]) continue;
            if (Nya(tokens, v) is { } nya) return Pronoun(nya, position, Gender.Unknown, "leading cue");
            // "yang dikatakan Lunaria Labs … dimaksudkan untuk membangun "…"", "disampaikan oleh Sekda …": a passive verb of
            // speech with its speaker after it.
            if (tokens[v].IsLower && tables.PassiveCues.Contains(tokens[v]))
            {
                var agent = v + 1 < end && tokens[v + 1].Key == "oleh" ? v + 2 : v + 1;
                if (agent < end && people.MentionAt(paragraph.Block, agent) is { Kind: not MentionKind.Role } spoke && spoke.First == agent)
                    return Resolve(spoke, position, "leading cue") with { Cue = Cue(tokens, v, agent - v), Found = true };
            }
            var verb = SpeechVerb(tokens, v, end);
            if (verb == 0 || (tokens[v].IsCapitalised && v != start) || IsNounAfterDeterminer(tokens, v, start)) continue;
            // 'Alarm itu berbunyi "tiiit"': only a text reads so.
            if (IsSoundRead(tokens, v, start, v + 1)) continue;
            // "Fears had been expressed that …": in the passive the sentence's subject said nothing; "he had been told by
            // Moyes: "…"": the one after "by" speaks. Not "Mr Farage has been saying for months that …", which is active.
            // "the layoffs were announced "…"": after "was" or "were" too.
            if (v > start && tables.IsEnglish && tokens[v - 1].Key is "been" or "being" or "was" or "were" && tokens[v - 1].IsLower && !tokens[v].Key.EndsWith("ing", StringComparison.Ordinal))
            {
                if (v + verb + 1 < end && tokens[v + verb].Key == "by" && people.MentionAt(paragraph.Block, v + verb + 1) is { Kind: not MentionKind.Role } agent
                    && agent.First == v + verb + 1)
                    return Resolve(agent, position, "leading cue") with { Cue = Cue(tokens, v, verb + 1), Found = true };
                continue;
            }
            // "the fears Farage expressed were "…"", "the concerns Haigh voiced in her letter": a verb of speech in a clause
            // that qualifies a noun ("the concerns") is no cue.
            if (tables.IsEnglish && people.MentionAt(paragraph.Block, v - 1) is { Kind: MentionKind.Person, Role: null } voicer && voicer.End == v
                && voicer.NameFirst == voicer.First && voicer.First >= start + 2
                && tokens[voicer.First - 1].IsLower && tokens[voicer.First - 1].IsWord && tokens[voicer.First - 2].Key is "the" or "these" or "those" or "a" or "an")
                continue;
            // 'Baba criticized Ishiba’s “change of stance,” saying, “…”': a participle right after a fragment quoted inside
            // the sentence has the sentence's subject.
            if (v == start && tables.IsEnglish && tokens[v].Key.EndsWith("ing", StringComparison.Ordinal)
                && paragraph.SentenceStartAcrossFragments(v) is var from && from < v)
                return Subject(paragraph, from, v, position, "leading cue") with { Cue = Cue(tokens, v, verb), Found = true };
            if (v == start) return After(paragraph, v, v + verb, end, position, "leading cue");
            // '"…," kata militer, seraya menambahkan bahwa dia telah "diperiksa secara medis"': a verb after "seraya", "sambil"
            // or "sembari" has the subject of the clause before it, the last to speak in this paragraph, the clause's cue
            // right before it ("kata militer,").
            if (tables.IsIndonesian && v >= start + 2 && tokens[v - 1].IsLower && tokens[v - 1].Key is "seraya" or "sambil" or "sembari" && tokens[v - 2].Is(',')
                && lastSpeaker is { } previous && lastSpeakerAt >= paragraph.Offset && CueBetween(paragraph, start, v - 2))
                return new Attribution(previous, null, previous.Role, null, Cue(tokens, v, verb), SpeakerSource.EarlierMention, "leading cue", true);
            // "Untuk itu, kata Sri Mulyani, "…"", "…, kata The Fed, "…"": the verb with its speaker after it, set off by commas.
            if (people.MentionAt(paragraph.Block, v + verb) is { Kind: not MentionKind.Role } named && named.First == v + verb
                && named.End < end && tokens[named.End].Is(',') && v > start && tokens[v - 1].Is(','))
                return After(paragraph, v, v + verb, end, position, "leading cue");
            return Subject(paragraph, start, v, position, "leading cue") with { Cue = Cue(tokens, v, verb), Found = true };
        }
        return null;
    }

    // The speaker named after a cue verb ("kata Budi", "ujar Kepala Divisi …", "kata dia", "said the minister",
    // "kata seorang warga", "kata media tersebut", "kata politikus itu").
    private Attribution After(Paragraph paragraph, int cueStart, int k, int end, int position, string rule)
    {
        var tokens = paragraph.Tokens;
        var cue = Cue(tokens, cueStart, k - cueStart);
        var found = new Attribution(null, null, null, null, cue, SpeakerSource.None, rule, true);
        if (k >= end || !tokens[k].IsWord) return found;
        // '"Duarr," bunyi ledakan itu', 'Alarm itu berbunyi "tiiit"': a sound is no one's words; only a text reads so.
        if (IsSoundRead(tokens, cueStart, cueStart + 1, k)) return found with { Found = false };
        // ", told the BBC News website", ", told Associated Press": in English whoever is told is the one listening.
        if (tables.IsEnglish && tokens[k - 1].Key is "told" or "tells" or "tell" or "telling") return found with { Found = false };
        // '"…," kata dalam Konferensi Pers Hasil Rapat Berkala KSSK', '"…," ujar kepada wartawan': a cue whose speaker the page
        // left out names no one; what it is said in, or to, speaks no words, and the other rules look for the speaker. Not
        // '"…," jelas dalam Lawrence dalam YouTube': a stray word before the person who speaks.
        if (tokens[k].IsLower && tables.OccasionWords.Contains(tokens[k].Key) && people.MentionAt(paragraph.Block, k + 1) is not { Kind: MentionKind.Person })
            return found with { Found = false };
        if (tables.Pronouns.TryGetValue(tokens[k].Key, out var gender) && tokens[k].IsLower)
        {
            reportedSubject = ReportedSubject(paragraph, cueStart, k + 1);
            return Pronoun(tokens[k].Text, position, gender, rule) with { Cue = cue };
        }
        if (ItsDocument(tokens, k, end)) return Pronoun(tokens[k].Text, position, Gender.Organisation, rule) with { Cue = cue };
        if (ApposedAfterDescription(paragraph, k, end) is { } apposition) return Resolve(apposition, position, rule) with { Cue = cue };
        // '"…," said an SFA statement', 'said a CAS statement.': in English a document named with an organisation's name speaks
        // for it, as "An IAAF statement said" does before the quotation.
        if (tables.IsEnglish && tokens[k].Key is "a" or "an" or "the" && tokens[k].IsLower
            && people.MentionAt(paragraph.Block, k + 1) is { Kind: MentionKind.Organisation } issuer && issuer.First == k + 1 && issuer.End < end
            && tables.OutletNouns.Match(tokens, issuer.End, end, out var issued) is var documentWords and > 0 && issued == "document"
            && (issuer.End + documentWords >= end || !tokens[issuer.End + documentWords].IsWord))
            return Resolve(issuer, position, rule) with { Cue = cue };
        // '"…," kata kepala ekonom untuk Asia Pasifik di Natixis, Alicia Garcia-Herrero': a title in lower case, its field and
        // its organisation, then the person who holds it, set off by a comma and closing the clause.
        if (tokens[k].IsLower && tables.Roles.Match(tokens, k, end) > 0)
            for (var c = k + 2; c + 1 < end && c <= k + 12 && (tokens[c].IsWord || tokens[c].Is(',')); c++)
                if (tokens[c].Is(','))
                {
                    if (people.MentionAt(paragraph.Block, c + 1) is { Kind: MentionKind.Person, Name.Length: >= 2 } holder && holder.First == c + 1
                        && (holder.End >= tokens.Count || !tokens[holder.End].IsWord)) return Resolve(holder, position, rule) with { Cue = cue };
                    break;
                }
        // '"…," ungkap Head of Marketing Deposito BPR by Komunal Vera Rosana dalam keterangan tertulis': a capitalised title with
        // no name, whose field and organisation run on (joined only by "of", "by", "for", "at", "di", "dari") to a person's
        // full name, is that person's.
        if (people.MentionAt(paragraph.Block, k) is { Kind: MentionKind.Role } capitalisedTitle && capitalisedTitle.First == k && tokens[k].IsCapitalised)
            for (var j = capitalisedTitle.End; j < end && j <= k + 12; j++)
            {
                if (people.MentionAt(paragraph.Block, j) is { Kind: MentionKind.Person, Name.Length: >= 2 } holder && holder.First == j)
                    return Resolve(holder, position, rule) with { Cue = cue };
                if (!tokens[j].IsWord || tokens[j].IsLower && tokens[j].Key is not ("of" or "by" or "for" or "at" or "di" or "dari")) break;
            }
        // "by the film's director Marc Forster": a description that ends in a person's full name is theirs.
        if (tables.IsEnglish && tokens[k].Key == "the" && tokens[k].IsLower)
            for (var j = k + 1; j < end && j <= k + 4 && tokens[j].IsWord && !tables.Prepositions.Contains(tokens[j])
                     && (tokens[j].IsLower || tokens[j].IsPossessive); j++)
                if (people.MentionAt(paragraph.Block, j + 1) is { Kind: MentionKind.Person, Name.Length: >= 2 } closing && closing.First == j + 1
                    && (closing.End >= end || !tokens[closing.End].IsWord))
                    return Resolve(closing, position, rule) with { Cue = cue };
        // "said the Old Trafford boss", "said the Manchester United manager": a title qualified by a club's, a firm's or a
        // place's name is whoever holds it, as in "said the boss".
        if (tables.IsEnglish && tokens[k].Key == "the" && k + 1 < end
            && people.MentionAt(paragraph.Block, k + 1) is { Kind: not MentionKind.Role, Role: null } qualifier && qualifier.First == k + 1
            && people.MentionAt(paragraph.Block, qualifier.End) is { Kind: MentionKind.Role } held && held.First == qualifier.End
            && (held.End >= end || !tokens[held.End].IsWord))
        {
            // "said the M&S spokesman": an organisation's spokesperson the article does not name, kept as the text describes
            // them (not whoever spoke last).
            if (qualifier.Kind == MentionKind.Organisation && tables.IsEnglish && held.End - held.First == 1
                && tokens[held.First].Key is "spokesman" or "spokeswoman" or "spokesperson"
                && (held.RoleKey is null || people.RoleHolder(held.RoleKey, position) is null))
            {
                var spokesperson = Description(tokens, k, held.End);
                return new Attribution(null, spokesperson, null, spokesperson, cue, SpeakerSource.SameSentence, rule, true);
            }
            return After(paragraph, cueStart, qualifier.End, end, position, rule);
        }
        // "says the Waterford man", "said the Chelsea youngster": a word for a person qualified by a place's or a club's name is
        // the person the article has been about.
        if (QualifiedPersonNounEnd(paragraph, k, end) is var personNounEnd and > 0 && (personNounEnd >= end || !tokens[personNounEnd].IsWord))
            return Describe(tokens, k, personNounEnd, position, rule) with { Cue = cue };
        // "imbuh mantan Aspidum Kejaksaan Tinggi Riau itu": a former office, closed by a demonstrative, is the person who
        // held it, whatever the office's words name.
        // "sebut mantan Dirut PT Inti (Persero) ini": over a bracketed word too.
        // "kata ekonom senior Institute for Development of Economics and Finance (INDEF) ini": a lower-case title too.
        // Not "tulis analis Morgan Stanley … dalam laporan tersebut": the demonstrative of what it was written in.
        if (tables.IsIndonesian && (tokens[k].Key is "mantan" or "eks" || tokens[k].IsLower && tables.Roles.Match(tokens, k, k + 1) > 0))
            for (var d = k + 2; d < end && d <= k + (tokens[k].Key is "mantan" or "eks" ? 11 : 13) && (tokens[d].IsWord || tokens[d].Text is "(" or ")" or "&")
                 && !(tokens[d].Key == "dalam" && tables.OutletNouns.Match(tokens, d + 1, end, out var inKind) > 0 && inKind == "document"); d++)
                if (tokens[d].IsLower && tables.Demonstratives.Contains(tokens[d]))
                    return Describe(tokens, k, d, position, rule) with { Cue = cue };
        // "tulis lembaga yang berbasis di New York, AS ini": a noun for an organisation, a clause on it, then a demonstrative,
        // is the organisation the noun refers back to.
        if (tables.IsIndonesian && k + 2 < end && tokens[k].IsLower && tokens[k + 1].Key == "yang" && tables.OutletNouns.Match(tokens, k, k + 1) == 1)
            for (var d = k + 2; d < end && d <= k + 12 && (tokens[d].IsWord || tokens[d].Is(',')); d++)
                if (tokens[d].IsLower && tables.Demonstratives.Contains(tokens[d]))
                    return Describe(tokens, k, k + 1, position, rule) with { Cue = cue };
        // '"…," tulis Pasal 24B ayat 6', 'dikutip dari Pasal 126 UU HKPD': an article of a law speaks as printed.
        if (tables.IsIndonesian && LawArticle(tokens, tokens[k].Key == "dari" ? k + 1 : k, end) is { } article)
            return found with { Name = article, Mention = article, Source = SpeakerSource.SameSentence };
        // "kata analis Citi", "kata ahli strategi JP Morgan", "kata analis di WGC": one of the many who hold a title at an
        // organisation, whom the article does not name, kept as the text describes them; not the organisation, nor, unless the
        // article named someone with it in a title, anyone else.
        if (tables.IsIndonesian && tokens[k].IsLower && tables.UnnamedRoles.Match(tokens, k, end) is var unnamedTitle and > 0 && k + unnamedTitle < end
            && UnnamedTitleEmployer(paragraph, k, k + unnamedTitle, end) is { } titleEmployer)
        {
            if (LedBy(paragraph.Block, titleEmployer.End, team: true) is { } leader) return Leaders(leader, rule) with { Cue = cue };
            var description = Description(tokens, k, titleEmployer.End);
            return found with { Name = description, Mention = description, Source = SpeakerSource.SameSentence };
        }
        // "said Nortel president and chief executive Bill Owens": in English a capitalised word that names no one here (the
        // firm's short name), then a lower-case title (and more words, up to six, none a preposition but "and" nor a verb of
        // speech), then the titled person who holds them.
        if (tables.IsEnglish && tokens[k].IsCapitalised && people.MentionAt(paragraph.Block, k) is null && k + 1 < end && tokens[k + 1].IsLower
            && tables.Roles.Match(tokens, k + 1, end) > 0)
            for (var j = k + 1; j < end && j <= k + 6 && tokens[j].IsWord && tokens[j].IsLower && (tokens[j].Key == "and" || !tables.Prepositions.Contains(tokens[j]))
                     && tables.CueVerbs.Match(tokens, j, end) == 0; j++)
                if (people.MentionAt(paragraph.Block, j) is { Kind: MentionKind.Person, Role: not null, Name.Length: >= 2 } holder && holder.First == j)
                    return Resolve(holder, position, rule) with { Cue = cue };
        if (people.MentionAt(paragraph.Block, k) is { } mention && mention.First >= cueStart)
        {
            // "points out former Olympian and BBC pundit Steve Cram", "said chat show host and East Midlands MEP Robert
            // Kilroy-Silk": two titles joined by "and", then the person who holds both.
            if (tables.IsEnglish && (mention.Kind != MentionKind.Person || mention.Name.Length == 1) && mention.End + 2 < end
                && tokens[mention.End].Key == "and" && tokens[mention.End].IsLower)
                for (var j = mention.End + 1; j < end && j <= mention.End + 4 && tokens[j].IsWord; j++)
                    if (people.MentionAt(paragraph.Block, j) is { Kind: MentionKind.Person, Name.Length: >= 2 } holder && holder.First == j
                        && (holder.Role is not null || tokens[j - 1].IsLower && tokens[j - 1].Key is not ("and" or "or")))
                        return Resolve(holder, position, rule) with { Cue = cue };
            // "said Ulster man Humphreys": a place or organisation, a lower-case noun, then the person who speaks. English
            // only: Indonesian puts the noun first ("warga Ulster"), and "kata Kiswoyo dalam Investime" names a programme.
            if (tables.IsEnglish && (mention.Kind != MentionKind.Person || mention.Name.Length == 1 && mention.Role is null) && mention.End + 1 < end && tokens[mention.End].IsLower
                && !tables.Prepositions.Contains(tokens[mention.End]) && tokens[mention.End].Key is not ("and" or "or" or "dan" or "atau")
                // Not "kata Weston dikutip Kitco": a verb of speech there brings in where the words were reported.
                && tables.CueVerbs.Match(tokens, mention.End, end) == 0
                && people.MentionAt(paragraph.Block, mention.End + 1) is { Kind: MentionKind.Person } qualifiedPerson && qualifiedPerson.First == mention.End + 1)
                return Resolve(qualifiedPerson, position, rule) with { Cue = cue };
            // "said J.P. Morgan chief economist Bruce Kasman": a firm's name (however like a person's it looks) before a
            // lower-case title and the person who holds it; "predicted Morgan Stanley equity strategist Naoki Kamiyama": a
            // lower-case word or two of the title's field before it.
            // "said ABN Amro chief Asian strategist Eddie Wong": a region's adjective, capitalised, in the title too.
            for (var t = mention.End; tables.IsEnglish && t < end && t <= mention.End + 2 && tokens[t].IsWord
                     && (tokens[t].IsLower || t > mention.End && tables.Demonyms.Contains(tokens[t].Key))
                     && !tables.Prepositions.Contains(tokens[t]) && tokens[t].Key is not ("and" or "or"); t++)
                if (people.MentionAt(paragraph.Block, t) is { Kind: MentionKind.Person, Role: not null, Name.Length: >= 2 } titled && titled.First == t)
                    return Resolve(titled, position, rule) with { Cue = cue };
            // "said BA director of commercial planning, Robert Boyle": a firm's name, its lower-case title and the title's
            // field, then the person who holds it set off by a comma.
            if (tables.IsEnglish && mention.Kind != MentionKind.Person && mention.End < end && tokens[mention.End].IsLower
                && tables.Roles.Match(tokens, mention.End, end) > 0)
                for (var c = mention.End + 1; c + 1 < end && c <= mention.End + 6 && (tokens[c].IsWord || tokens[c].Is(',')); c++)
                    if (tokens[c].Is(','))
                    {
                        if (AfterComma(paragraph, c) is { Kind: MentionKind.Person, Name.Length: >= 2 } holder) return Resolve(holder, position, rule) with { Cue = cue };
                        break;
                    }
            // "said Xbox's Peter Moore", "said ABN Amro's Paul Mackel": a firm's possessive (or anyone's) before the person
            // who speaks; "said Sky Networks' Sophie Turner Laing": or the apostrophe alone after a name that ends in s.
            if (tables.IsEnglish && mention.End < end
                && (tokens[mention.End - 1].IsPossessive ? mention.End
                    : mention.End + 1 < end && tokens[mention.End].Text is "'" or "\u2019" && tokens[mention.End - 1].Key.EndsWith('s') ? mention.End + 1 : -1) is var ownedAt and >= 0
                && people.MentionAt(paragraph.Block, ownedAt) is { Kind: MentionKind.Person } owned && owned.First == ownedAt)
                return Resolve(owned, position, rule) with { Cue = cue };
            var resolved = Resolve(PersonAfterTitle(paragraph, mention) ?? mention, position, rule) with { Cue = cue };
            // "tutup Anggota DPR RI Dapil Jawa Barat III Kota Bogor dan Cianjur ini": an office and its field, closed by a
            // demonstrative, is the person who holds it, however many names the field runs through, when its words name no
            // one the article knows.
            if (tables.IsIndonesian && mention.Kind != MentionKind.Person && resolved.Entity is not { Kind: MentionKind.Person }
                && tables.Roles.Match(tokens, k, mention.End) > 0 && ClosingDemonstrative(tokens, mention.End, end) is { } closing)
                return Describe(tokens, k, closing, position, rule) with { Cue = cue };
            return resolved;
        }
        // "said Southcorp chairman Brian Finn", "said Olympic champion Kelly Holmes": a capitalised word that qualifies the
        // lower-case title of the person named after it.
        if (tokens[k].IsCapitalised && k + 1 < end && tokens[k + 1].IsLower
            && people.MentionAt(paragraph.Block, k + 1) is { Kind: MentionKind.Person, Role: not null } qualified && qualified.First == k + 1)
            return Resolve(qualified, position, rule) with { Cue = cue };
        // "said Opera spokeswoman, Berit Hanson": the same with the title set off by a comma.
        if (tokens[k].IsCapitalised && k + 1 < end && people.MentionAt(paragraph.Block, k + 1) is { Kind: MentionKind.Role } title && title.First == k + 1
            && title.End + 1 < end && tokens[title.End].Is(',')
            && people.MentionAt(paragraph.Block, title.End + 1) is { Kind: MentionKind.Person } titledPerson && titledPerson.First == title.End + 1)
            return Resolve(titledPerson, position, rule) with { Cue = cue };
        // "kata Yang": a capitalised word after the cue is a name even when it is also a word ("yang").
        if (tokens[k].IsCapitalised && people.ByWord(tokens[k].Text, position) is { } byWord)
            return new Attribution(byWord, null, byWord.Role, tokens[k].Text, cue, SpeakerSource.EarlierMention, rule, true);
        if (DocumentAuthor(paragraph, k, end) is { } author) return Resolve(author, position, rule) with { Cue = cue };
        // "kata mantan Direktur Pelaksana Bank Dunia ini": a former post, closed by a demonstrative, describes someone named
        // before; not the post's holder in this article, nor the organisation inside it.
        if (tables.IsIndonesian && tokens[k].IsLower && tokens[k].Key is "mantan" or "eks" && FormerPostEnd(tokens, k, end) is var former and > 0
            && people.Antecedent(position, Gender.Unknown, lastSpeaker, lastSpeakerAt, NamedInQuote) is { } formerHolder)
            return new Attribution(formerHolder, null, formerHolder.Role, Description(tokens, k, former + 1), cue, SpeakerSource.EarlierMention, rule, true);
        // '"…," said the chairman of a big German bank.': a title of someone at an organisation the article does not name.
        if (UnnamedTitleOf(tokens, k, end) is var titleOfEnd and > 0 && (titleOfEnd >= end || !tokens[titleOfEnd].IsWord))
        {
            var titleOf = Words(tokens, k, titleOfEnd);
            return found with { Name = titleOf, Mention = titleOf, Source = SpeakerSource.SameSentence };
        }
        if (tables.Unnamed.Match(tokens, k, end) is var unnamed and > 0)
        {
            // "said a lorry driver, who gave his name as Azlan": the name the speaker gave.
            if (GivenNameIn(paragraph, k + 1, paragraph.SentenceEnd(k)) is { } given) return Resolve(given, position, rule) with { Cue = cue };
            // "ujar seorang lansia, Colleen Hoffman (69)", "said a company spokesman, Peter Brown": the name set off after
            // the description.
            // "kata salah satu pedagang di Pasar Kramat Jati, Slamet (52)": a longer description when the age follows the name.
            for (var i = k + 1; i + 1 < end && i <= k + 10 && (tokens[i].IsWord || tokens[i].Is(',')); i++)
                if (tokens[i].Is(','))
                {
                    // "kata salah satu pengemudi ojol asal Genuk, Wawan (35)": one word is a name too when the age follows it.
                    if (AfterComma(paragraph, i) is { Kind: MentionKind.Person } apposed && (IsAgeAfter(tokens, apposed.End) || apposed.Name.Length >= 2 && i <= k + 6))
                        return Resolve(apposed, position, rule) with { Cue = cue };
                    break;
                }
            // "said a proud coach Mike Ruddock": the title's holder, named after it.
            for (var i = k + 1; i < end && i <= k + 4 && tokens[i].IsWord; i++)
                if (people.MentionAt(paragraph.Block, i) is { Kind: MentionKind.Person, Role: not null, Name.Length: >= 2 } holder && holder.First == i && holder.NameFirst > i)
                    return Resolve(holder, position, rule) with { Cue = cue };
            // "said one analyst quoted by the Agence France Presse news agency", "said an IMF official in a briefing on
            // Wednesday": in English a participle, or "in" before "a" or "an", tells where the words were heard, not who spoke;
            // "kata salah satu petugas negosiator melalui pengeras suara": in Indonesian a word for how or when.
            var heardEnd = end;
            for (var i = k + 1; i < end; i++)
                if (tokens[i].IsLower && (tables.IsEnglish && (tokens[i].Key is "quoted" or "speaking" or "writing" or "interviewed" or "cited"
                        || tokens[i].Key == "in" && i + 1 < end && tokens[i + 1].Key is "a" or "an")
                    || tables.IsIndonesian && (tokens[i].Key is "melalui" or "lewat" or "kepada" or "sambil" or "saat" or "ketika"
                        // "teriak ribuan orang di Washington dekat Gedung Capitol": where they were, a place after "di" (not "analis
                        // di WGC", where they work); "ribuan orang meneriakkan yel-yel": a verb of speech of their own.
                        || tokens[i].Key == "di" && i + 1 < end && tables.Places.Match(tokens, i + 1, end) > 0 && !IsOneDescribed(tokens, k) || tables.CueVerbs.Match(tokens, i, end) > 0)))
                {
                    heardEnd = i;
                    break;
                }
            // "ujar seorang penggemar asal Bandung tersebut": the demonstrative points back at the one described before; the
            // description is without it.
            while (tables.IsIndonesian && heardEnd > k + 2 && tokens[heardEnd - 1].IsLower && tables.Demonstratives.Contains(tokens[heardEnd - 1])) heardEnd--;
            return found with { Name = Description(tokens, k, heardEnd), Mention = Description(tokens, k, heardEnd), Source = SpeakerSource.SameSentence };
        }
        // '"…," said officials', '"…," said police', "said analysts at Harrow Capital": people the article does not name, as
        // it describes them, with where they work. Not "according to researchers, it will take years to use the "robotiquette"":
        // a source of a claim, not a verb of speech, and a term quoted in it.
        if (tables.IsEnglish && (IsPluralRole(tokens[k]) || IsCollective(tokens[k])) && people.MentionAt(paragraph.Block, k) is null
            && tables.AccordingTo.Match(tokens, cueStart, k) == 0)
        {
            var stop = k + 1;
            if (stop + 1 < end && tokens[stop].Key is "at" or "from" or "for" && people.MentionAt(paragraph.Block, stop + 1) is { Kind: not MentionKind.Role } employer
                && employer.First == stop + 1)
                stop = employer.End;
            var description = Description(tokens, k, stop);
            return found with { Name = description, Mention = description, Source = SpeakerSource.SameSentence };
        }
        // "tulis manajemen dalam keterbukaan informasi", "kata perseroan": the organisation the article is about; so is
        // "jelas manajemen perseroan", a noun for the firm's people before one for the firm.
        // Not "said union leader Grace Obi": the noun ends the cue's subject.
        if (tokens[k].IsLower && tables.OutletNouns.Match(tokens, k, end) is var noun and > 0)
        {
            if (k + noun < end && tokens[k + noun].IsLower && tables.OutletNouns.Match(tokens, k + noun, end) is var firm and > 0) noun += firm;
            if (k + noun >= end || !tokens[k + noun].IsWord || tables.Prepositions.Contains(tokens[k + noun])
                // ("tulis perseroan melalui akun media sosialnya": how the words came out, too; "jelas perseroan dikutip dari
                // keterbukaan informasi": where they were read.)
                || tokens[k + noun].Key is "dalam" or "saat" or "ketika" or "melalui" or "lewat" or "via" or "in" or "on" or "at" or "when"
                    or "dikutip" or "dilansir" or "mengutip" or "seperti" or "sebagaimana")
                return Describe(tokens, k, k + noun, position, rule) with { Cue = cue };
        }
        // A description: lower-case words up to a name, a demonstrative or the end of the clause.
        for (var i = k; i < end && i < k + 8; i++)
        {
            var token = tokens[i];
            // "said the company's chief executive, Mark Ridley": the name after the description.
            if (i > k && i + 1 < end && AfterComma(paragraph, i) is { Kind: not MentionKind.Role } named)
                return Resolve(named, position, rule) with { Cue = cue };
            if (!token.IsWord) break;
            // '"…," tulis Fintech seperti dikutip dari CNBC International': the outlet that carried the words, after "dikutip",
            // is no speaker.
            if (token.IsLower && token.Key is "dikutip" or "dilansir" or "mengutip") break;
            if (people.MentionAt(paragraph.Block, i) is { } later && later.First == i)
            {
                // "jelas penulis buku Muslim Demokrat tersebut": a description that names a work or a place and closes with a
                // demonstrative points back to someone already named, as "politikus itu" does.
                // Not "kata warga Desa Sukamaju tersebut": someone from a place is someone new.
                if (tables.IsIndonesian && i > k && later.End < end && tokens[later.End].IsLower
                    && tables.Demonstratives.Contains(tokens[later.End]) && (later.End + 1 >= end || !tokens[later.End + 1].IsWord)
                    && !tables.PlaceMarkers.Contains(tokens[k]) && !tables.PlaceMarkers.Contains(tokens[i - 1]))
                    return Describe(tokens, k, later.End, position, rule) with { Cue = cue };
                // "said the Spurs sporting director": in English "the", a one-word name (a club's, a firm's) and a title in lower
                // case closing the cue are the title's holder the article named ("Tottenham sporting director Frank Arnesen").
                if (tables.IsEnglish && i == k + 1 && tokens[k].Key == "the" && later.End == i + 1 && later.Kind != MentionKind.Role)
                {
                    var titleEnd = later.End;
                    while (titleEnd < end && tokens[titleEnd].IsWord && tokens[titleEnd].IsLower) titleEnd++;
                    // Not "said the Spurs boss Harry Redknapp": the name printed there after the title is who speaks.
                    if (titleEnd > later.End && titleEnd - later.End <= 3 && (titleEnd == end || !tokens[titleEnd].IsWord) && tables.Roles.Match(tokens, titleEnd - 1, titleEnd) == 1
                        && Describe(tokens, later.End, titleEnd, position, rule) is { Entity: { Kind: MentionKind.Person } } holder)
                        return holder with { Cue = cue };
                }
                // "tulis media Korut, KCNA": a description, its place, then the name after the comma.
                if (i > k && later.End + 1 < end && AfterComma(paragraph, later.End) is { Kind: not MentionKind.Role } apposed)
                    later = apposed;
                // "kata anggota Tim Peneliti GeNose dari UGM, Dian Kesumapramudya Nurputra": the person after the title.
                return Resolve(PersonAfterTitle(paragraph, later) ?? later, position, rule) with { Cue = cue };
            }
            if (tables.Demonstratives.Contains(token) && i > k)
                return Describe(tokens, k, i, position, rule) with { Cue = cue };
            if (tables.Demonstratives.Contains(token) && i == k && tables.IsEnglish)
            {
                // "said the chairman of the Commons education select committee, Labour MP Barry Sheerman": the holder named
                // after the title's field.
                if (people.MentionAt(paragraph.Block, i + 1) is { Kind: MentionKind.Role } theTitle && theTitle.First == i + 1
                    && PersonAfterTitle(paragraph, theTitle) is { Name.Length: >= 2 } holder && tokens[holder.First - 1].Is(','))
                    return Resolve(holder, position, rule) with { Cue = cue };
                var stop = i + 1;
                while (stop < end && stop < i + 4 && tokens[stop].IsLower && !tables.Prepositions.Contains(tokens[stop])) stop++;
                if (stop > i + 1) return Describe(tokens, i + 1, stop, position, rule) with { Cue = cue };
            }
        }
        // '"…," tulis penjual.', '"…," sahut sang perekam video.': in Indonesian a few lower-case words that close the cue's
        // clause describe someone the article does not name, kept as the text describes them.
        if (tables.IsIndonesian && BareDescription(paragraph, k, end) is { } described)
            return new Attribution(null, described, null, described, cue, SpeakerSource.SameSentence, rule, true);
        // '"…," said Swiss Re.': in English two or three capitalised words that close the cue's clause and name no one the
        // mention finder knows (a firm's name of ordinary words) are the speaker as printed.
        if (tables.IsEnglish && PrintedName(tokens, k, end) is var printedEnd and > 0)
        {
            var printed = Words(tokens, k, printedEnd);
            return found with { Name = printed, Mention = printed, Source = SpeakerSource.SameSentence };
        }
        return found;
    }

    // "Pasal 5 ayat (4)", "Pasal 6 ayat (1) huruf g", "Pasal 126 UU HKPD": "Pasal" and its number, with the paragraph,
    // letter and law that follow, up to the end of the clause; null when token k opens no such reference.
    private static string? LawArticle(TokenList tokens, int k, int end)
    {
        if (k + 1 >= end || tokens[k].Key != "pasal" || !tokens[k].IsCapitalised || !char.IsDigit(tokens[k + 1].Text[0])) return null;
        var stop = k + 2;
        while (stop < end && stop < k + 12)
        {
            var token = tokens[stop];
            if (token.Text is "(" or ")" || token.IsWord && (char.IsDigit(token.Text[0]) || token.Key is "ayat" or "huruf" or "angka" or "butir" or "uu"
                    || token.IsAllCaps || token.Text.Length == 1 && (tokens[stop - 1].Key is "huruf" || tokens[stop - 1].Text == "(" && tokens[stop - 2].Key is "huruf"))
                || token.Text == "/" && stop + 1 < end && char.IsDigit(tokens[stop + 1].Text[0]))
                stop++;
            else break;
        }
        while (stop > k + 2 && tokens[stop - 1].Text is "(" or "huruf" or "ayat") stop--;
        var text = new System.Text.StringBuilder();
        for (var i = k; i < stop; i++)
        {
            if (i > k && tokens[i].Text is not (")" or "/") && tokens[i - 1].Text is not ("(" or "/")) text.Append(' ');
            text.Append(tokens[i].Text);
        }
        return text.ToString();
    }

    // A demonstrative that closes the clause within a few words of <paramref name="from"/> ("… Kota Bogor dan Cianjur ini."),
    // past capitalised words and "dan"; its token, or null.
    private int? ClosingDemonstrative(TokenList tokens, int from, int end)
    {
        for (var d = from; d < end && d <= from + 4 && tokens[d].IsWord; d++)
        {
            if (tokens[d].IsLower && tables.Demonstratives.Contains(tokens[d])) return d + 1 >= tokens.Count || !tokens[d + 1].IsWord ? d : null;
            if (tokens[d].IsLower && tokens[d].Key is not ("dan" or "serta")) return null;
        }
        return null;
    }

    // '"…," tulis penjual dilansir dari OLX', '"…," kata departemen bisnis Inggris dalam sebuah pernyataan': the description
    // may close where the words say how, when or where they were said or reported (not "di" or "dari", which may belong to
    // it: "analis di …"), and may name a place after its first word ("departemen bisnis Inggris", not a person's name).
    private string? BareDescription(Paragraph paragraph, int k, int end)
    {
        var tokens = paragraph.Tokens;
        var j = k;
        while (j < end && j < k + 4 && tokens[j].IsWord && !paragraph.InQuote[j] && !ClosesDescription(tokens[j])
               && (tokens[j].IsLower || j > k && tables.Places.Contains(tokens[j].Key) && tokens[j].IsCapitalised)) j++;
        if (j == k || j - k > 3 || j < tokens.Count && !(tokens[j].EndsSentence || tokens[j].Text is "," or "(" || ClosesDescription(tokens[j]))) return null;
        for (var i = k; i < j; i++)
            if (tables.PronounWords.Contains(tokens[i]) || tables.Prepositions.Contains(tokens[i]) || tables.Demonstratives.Contains(tokens[i])
                || tables.CueVerbs.Match(tokens, i, i + 1) > 0 || tokens[i].Key.EndsWith("nya", StringComparison.Ordinal) || char.IsDigit(tokens[i].Text[0])
                // Not a document's words: "kata tertulis", "tulis keterangan"; nor an organisation's short name written in
                // lower case ("tulis kemenkeu dalam situsnya"), which names the organisation, not someone unnamed.
                || tables.OutletNouns.Match(tokens, i, tokens.Count) > 0 || tokens[i].Key is "tertulis" or "keterangan"
                || tables.OrganisationAliases.ContainsKey(tokens[i].Key))
                return null;
        return Description(tokens, k, j);
    }

    private bool ClosesDescription(in Token token) =>
        token.IsLower && token.Key is not ("di" or "dari") && (tables.OccasionWords.Contains(token.Key) || token.Key is "dilansir" or "dikutip" or "mengutip" or "melalui" or "lewat" or "sebagaimana");

    // "kata Direktur Utama PT Kereta Commuter Indonesia (KAI Commuter) Wiwik Widayanti", "kata Menteri Koordinator Bidang
    // Pembangunan Manusia dan Kebudayaan Muhadjir Effendy", "kata Juru Bicara … Kendari dr Algazali": a role or an
    // organisation whose run broke (at "dan", a bracket, a comma, a lower-case title) is followed by the person who holds it.
    private Mention? PersonAfterTitle(Paragraph paragraph, Mention mention)
    {
        var tokens = paragraph.Tokens;
        // "Kepala Humas Daop 1 Eva Chairunisa", "peneliti senior Centropolis, Suryono Herlambang": a titled one-word
        // "name" that a number, a comma or a preposition separates from the person's name is the organisation's.
        // "kata Ketua Forum HRD Serang Barat, Abdul Muhid": a titled "name" set off by a comma from the person's own.
        if (mention.Kind == MentionKind.Person && (mention.Role is null || mention.End >= tokens.Count
            // "kata Deputi Bidang Statistik Distribusi dan Jasa BPS, Pudji Ismartini": a title's field that runs on with "dan".
            || !(tokens[mention.End].Is(',') || tokens[mention.End].Key is "dan" or "serta" && tables.IsIndonesian || mention.Name.Length == 1
                && (char.IsDigit(tokens[mention.End].Text[0]) || tokens[mention.End].Text is "(" || tokens[mention.End].Key is "dari" or "di" or "pada" or "untuk"
                    // "Kepala Biro Komunikasi Kemenkes dr. Siti Nadia Tarmizi": a lower-case honorific opens the person's name.
                    || tokens[mention.End].IsLower && tables.Honorifics.Match(tokens, mention.End, Math.Min(tokens.Count, mention.End + 2)) > 0))))
            return null;
        // "According to Mr Waller, Exxon …": an honorific alone makes the name a person's own.
        if (mention.NameFirst > mention.First && tables.Honorifics.Match(tokens, mention.First, mention.NameFirst) == mention.NameFirst - mention.First) return null;
        // "… Kemenkes dr. Siti Nadia Tarmizi": the stop of an abbreviated honorific ends no sentence.
        var honorificStop = mention.End + 1 < tokens.Count && tokens[mention.End].IsLower && tokens[mention.End + 1].Is('.')
            && tables.Honorifics.Match(tokens, mention.End, mention.End + 1) == 1 ? mention.End + 1 : -1;
        var limit = Math.Min(paragraph.SentenceEnd(honorificStop > 0 ? honorificStop + 1 : mention.End), mention.End + 20);
        var depth = 0;
        var connector = -1;
        // After a titled "name" and "dan", only a person set off by a comma holds the title ("… Statistik Distribusi dan Jasa
        // BPS, Pudji Ismartini"), not a second organisation ("dosen FEB Trisakti dan MET Atmajaya ini").
        var runsOn = mention.Kind == MentionKind.Person && mention.End < tokens.Count && tokens[mention.End].Key is "dan" or "serta";
        for (var k = mention.End; k < limit; k++)
        {
            if (paragraph.InQuote[k]) return null;
            var token = tokens[k];
            if (people.MentionAt(paragraph.Block, k) is { } next && next.First == k)
            {
                // "dosen ekonomi senior di Universitas Sheffield Hallam, Alexander Tziamalis": a titled "name" set off by a
                // comma from a person's own is the title's organisation; so is one in a title's field ("ujar direktur
                // investasi AJ Bell, Russ Mould").
                if (next.Kind == MentionKind.Person && depth == 0)
                    return runsOn && !tokens[k - 1].Is(',') ? null
                        : next.End + 1 < limit && AfterComma(paragraph, next.End) is { Kind: MentionKind.Person, Role: null } apposed
                            && (next.Role is not null || mention.Kind == MentionKind.Role && apposed.Name.Length >= 2) ? apposed : next;
                k = next.End - 1;
                continue;
            }
            if (token.Is('(')) { depth++; continue; }
            if (token.Is(')')) { depth = Math.Max(0, depth - 1); continue; }
            if (depth > 0 || token.Is(',') || k == honorificStop || token.Text is "-" or "\u2013" || char.IsDigit(token.Text[0])) continue;
            if (token.IsCapitalised || token.IsAllCaps) continue;
            // "Kepala Urusan Perencanaan di Desa Pandanlandung", "anggota Tim Peneliti GeNose dari UGM", "ahli epidemiologi
            // yang juga Ketua …", "analis perkarantinaan Balai …": the words of a title.
            if (token.IsWord && (token.Key is "dan" or "and" or "of" or "for" or "untuk" or "serta" or "&" or "the" or "di" or "dari" or "pada"
                    or "at" or "yang" or "juga" or "sekaligus" or "bidang"
                || tables.Honorifics.Match(tokens, k, limit) > 0 || tables.Ranks.Match(tokens, k, limit) > 0))
            {
                connector = k;
                continue;
            }
            // "analis dari WGC untuk bank sentral, Shaokai Fan": a word or two of the field after "untuk", "di", "of".
            if (token.IsLower && connector >= 0 && k - connector <= 2 && mention.Kind == MentionKind.Role && tables.CueVerbs.Match(tokens, k, limit) == 0
                && !tables.Prepositions.Contains(token) && !tables.Demonstratives.Contains(token)) continue;
            // "said the chairman of the Commons education select committee, Labour MP Barry Sheerman": the rest of the
            // title's field in lower case, then its holder named after a comma.
            if (token.IsLower && connector >= 0 && mention.Kind == MentionKind.Role)
            {
                var comma = k;
                while (comma < limit && comma <= k + 4 && tokens[comma].IsLower && tables.CueVerbs.Match(tokens, comma, limit) == 0 && !tables.Prepositions.Contains(tokens[comma])) comma++;
                if (AfterComma(paragraph, comma) is { Kind: MentionKind.Person, Name.Length: >= 2 } holder) return holder;
            }
            // "analis logam mulia Standard Chartered Suki Cooper": a lower-case role's field.
            if (token.IsLower && k - mention.End < 3 && mention.Kind is MentionKind.Role or MentionKind.Organisation && tables.CueVerbs.Match(tokens, k, limit) == 0
                && !tables.Prepositions.Contains(token) && !tables.Demonstratives.Contains(token) && token.Key is not ("saat" or "ketika" or "usai" or "seusai" or "dalam" or "when" or "in" or "on")) continue;
            return null;
        }
        return null;
    }

    // Someone (or, with personOnly, a person) is named among tokens [from, to).
    private bool NamedBetween(Paragraph paragraph, int from, int to, bool personOnly)
    {
        for (var i = from; i < to; i++)
            if (people.MentionAt(paragraph.Block, i) is { } mention && (!personOnly || mention.Kind == MentionKind.Person)) return true;
        return false;
    }

    // Whether a comma in [from, end) follows a person's name (an apposition opens after it). A loop, not a lambda: Subject
    // runs for most quotes, and a lambda over its locals would allocate its closure on every call.
    private bool PersonBeforeComma(Paragraph paragraph, int from, int end)
    {
        for (var i = from; i < end; i++)
            if (paragraph.Tokens[i].Is(',') && people.MentionAt(paragraph.Block, i - 1) is { Kind: MentionKind.Person }) return true;
        return false;
    }

    // The subject of a cue verb at <paramref name="verb"/>, looked for in [start, verb).
    private Attribution Subject(Paragraph paragraph, int start, int verb, int position, string rule)
    {
        var tokens = paragraph.Tokens;
        if (ArticleOfRegulation(paragraph, start, verb, position, rule) is { } article) return article;
        // "As one foreman in Surabaya told me, "…"": in English the subject after the "as" that opens the clause.
        if (tables.IsEnglish && tokens[start].Key == "as" && start + 2 < verb && tables.Unnamed.Match(tokens, start + 1, verb) > 0) start++;
        // "Analysts at JPMorgan, led by Bruce Kasman, wrote that …": the team's leaders, set off by commas right before the verb.
        if (tables.IsEnglish && verb - 4 > start && tokens[verb - 1].Is(','))
            for (var c = verb - 2; c > start && c >= verb - 8; c--)
                if (tokens[c].Is(','))
                {
                    if (tokens[c + 1].Key == "led" && LedBy(paragraph.Block, c + 1, AnyTeamNoun(tokens, start, c), verb) is { } leader) return Leaders(leader, rule);
                    break;
                }
        // "Marcus said PayPal had to cut the jobs, saying: …", "Baba criticized the change, saying, …": a participle after a
        // comma shares the subject of the sentence's first verb of speech.
        if (verb > start + 1 && (tokens[verb - 1].Is(',') || paragraph.InQuote[verb - 1]) && tokens[verb].Key.EndsWith("ing", StringComparison.Ordinal))
        {
            var from = paragraph.SentenceStartAcrossFragments(start);
            for (var v = from; v < verb - 1; v++)
                if (!paragraph.InQuote[v] && tokens[v].IsLower && tables.CueVerbs.Match(tokens, v, verb) is var said and > 0 && !tokens[v].Key.EndsWith("ing", StringComparison.Ordinal))
                {
                    // '"…," said Sideways producer Michael London, adding they were a "huge first step"': the speaker after an
                    // inverted verb, right after the quotation it closes.
                    if (v > 0 && paragraph.InQuote[v - 1] && After(paragraph, v, v + said, verb - 1, position, rule) is { SpeakerName: not null } inverted)
                        return inverted;
                    return Subject(paragraph, from, v, position, rule);
                }
        }
        var j = verb - 1;
        while (j >= start && tokens[j].IsLower)
        {
            if (IsAdverb(tokens[j].Key)) j--;
            // "Fitch Rating dalam laporannya baru-baru ini mengungkapkan": in Indonesian a time word and "ini" ("recently",
            // "now") are an adverb too, not a description ending in a demonstrative.
            else if (j > start && EndsTimePhrase(tokens, j)) j -= 2;
            else break;
        }
        // '"…," her brother said' after "Her brother, Dominic Baldacchino, 43,": in English an owner's pronoun and a word for a
        // relative are the person the article introduced so.
        if (KinIntroduced(paragraph, start, j + 1) is { } kin)
            return new Attribution(kin, null, kin.Role, tokens[start].Text + " " + tokens[j].Text, null, SpeakerSource.EarlierMention, rule, true);
        // "Seorang pedagang sapi asal Garut yang kandangnya bersebelahan menimpali:": in Indonesian someone described without a
        // name is the description before "yang", without the clause that qualifies it.
        if (tables.IsIndonesian && tables.Unnamed.Match(tokens, start, verb) > 0)
            for (var y = start + 2; y < j; y++)
                if (tokens[y].Key == "yang" && tokens[y].IsLower && !paragraph.InQuote[y]) return Subject(paragraph, start, tokens[y - 1].Is(',') ? y - 1 : y, position, rule);
        // "Mr Bez - himself a former executive at rival Porsche - said": past a parenthesis set off by dashes.
        if (j > start + 1 && IsDash(tokens[j]))
            for (var d = j - 1; d > start && d >= j - 20 && !paragraph.InQuote[d]; d--)
                if (IsDash(tokens[d])) return Subject(paragraph, start, d, position, rule);
        // "A spokesman for the British Casino Association, which represents the UK industry, said": in English past a relative
        // clause set off by commas (also "However, one dealer, who asked not to be named, told"); not after a person's name
        // and an apposition ("Dan Gillmor, founder of Grassroots Media, which supports …, said": the clause hangs on it).
        // "Seorang ibu di ujung ladang, sambil memunguti tongkol jagung …, menimpali:": in Indonesian past a clause in "yang",
        // "sambil", "seraya" or "sembari" set off by commas, after someone described without a name.
        if (j > start + 2 && tokens[j].Is(','))
            for (var c = j - 2; c > start && c >= j - 20 && !paragraph.InQuote[c]; c--)
                if (tokens[c].Is(','))
                {
                    if (tokens[c + 1].Key is "which" or "who" && tables.IsEnglish && !PersonBeforeComma(paragraph, start + 1, c)
                        || tokens[c + 1].Key is "yang" or "sambil" or "seraya" or "sembari" && tables.IsIndonesian && tables.Unnamed.Match(tokens, start, c) > 0)
                        return Subject(paragraph, start, c, position, rule);
                    if (tables.IsIndonesian) break;
                    // "A spokesman for Unison, Britain's biggest union, said": past an apposition that describes the body, after
                    // someone the article does not name.
                    if (tokens[start].Key is "a" or "an" or "one" && tokens[start].IsWord
                        && (tokens[c + 1].Key is "the" or "a" or "an" || tokens[c + 1].IsPossessive))
                        return Subject(paragraph, start, c, position, rule);
                    break;
                }
        // "Matt Williams, a fund manager at Perpetual Trustees said …": in English an apposition that lost its closing comma; the
        // verb's subject is the person named before its opening comma, not the employer named after "at" or "of".
        if (tables.IsEnglish && j > start + 3 && people.MentionAt(paragraph.Block, j) is { Governed: true } employer && employer.End == j + 1)
            for (var c = employer.First - 2; c > start && c >= employer.First - 8; c--)
            {
                if (!tokens[c].Is(',')) continue;
                // (The person opens the clause, not "After meeting Rishi Sunak, a spokesman for the IMF said".)
                if (tokens[c + 1].Key is "a" or "an" or "the" && people.MentionAt(paragraph.Block, c - 1) is { Kind: MentionKind.Person, Name.Length: >= 2, Governed: false } named
                    && named.End == c && OpensClauseAt(paragraph, start, named.First)) return Resolve(named, position, rule);
                break;
            }
        // "…, and European Union ambassador to the WTO, Carlo Trojan, said the application "…"": in English a person's full name
        // set off by commas right before the verb, after a title, is its subject however long the sentence before it.
        if (tables.IsEnglish && j > start + 3 && tokens[j].Is(',') && people.MentionAt(paragraph.Block, j - 1) is { Kind: MentionKind.Person, Name.Length: >= 2 } apposed
            && apposed.End == j && apposed.First - 1 > start && tokens[apposed.First - 1].Is(',') && TitleBefore(paragraph, Math.Max(start, apposed.First - 10), apposed.First - 1))
            return Resolve(apposed, position, rule);
        // "In a statement, the regional government, the Generalitat Valenciana, said": in English an organisation set off by commas
        // right before the verb, after "the" and lower-case words that describe it.
        if (tables.IsEnglish && j > start + 3 && tokens[j].Is(',') && people.MentionAt(paragraph.Block, j - 1) is { Kind: MentionKind.Organisation } apposedBody
            && apposedBody.End == j && (tokens[apposedBody.First - 1].Key == "the" ? apposedBody.First - 1 : apposedBody.First) is var set && set - 3 >= start
            && tokens[set - 1].Is(',') && LowerDescriptionBefore(tokens, Math.Max(start, set - 5), set - 1))
            return Resolve(apposedBody, position, rule);
        // "Rudi mengatakan bahwa bitcoin bisa turun, dan menambahkan bahwa …": a verb of speech joined to an earlier one
        // shares its subject.
        // "US Customs claimed …, but his lawyer, Antony Townsden, told the BBC … and added": the clause after "but" has a
        // subject of its own.
        if (j > start && tokens[j].Key is "dan" or "serta" or "and" && ClauseStart(paragraph, start, j) is var clause
            && FirstCueVerb(paragraph, clause, j) is { } earlier && earlier < j)
            return Subject(paragraph, clause, earlier, position, rule);
        // "The 14-year-old said she was hoping to meet DiCaprio but joked that "…"": in English a verb right after "but", with
        // no subject of its own, shares the subject of the sentence's first verb of speech.
        // Not "The tribunal upheld Ms Villalba's claim …, but said": a verb's form after a possessive is a noun.
        if (j > start && tables.IsEnglish && tokens[j].Key == "but" && tokens[j].IsLower && FirstCueVerb(paragraph, start - 1, j) is { } before && before > start
            && !IsNounAfterDeterminer(tokens, before, start) && !tokens[before - 1].IsPossessive)
            return Subject(paragraph, start, before, position, rule);
        // 'Producer Barry Weissler said he was "deeply proud" of the show, but said the decision was "…"': the same across a
        // fragment quoted earlier in the sentence, and after "but".
        if (j >= start && tokens[j].Key is "and" or "but" && tables.IsEnglish && paragraph.SentenceStartAcrossFragments(start) is var whole && whole < start
            && FirstCueVerb(paragraph, whole, j) is { } firstVerb && firstVerb < start)
            return Subject(paragraph, whole, firstVerb, position, rule);
        // 'He said Mr Straw was "naive beyond belief"': a pronoun before the quote refers to someone named before the pronoun
        // (unless the same cue already gave an earlier quote of the sentence its speaker).
        if (j >= start && tables.Pronouns.TryGetValue(tokens[j].Key, out var gender))
        {
            var at = paragraph.Offset + tokens[j].Start;
            reportedSubject = ReportedSubject(paragraph, j, verb + 1);
            return Pronoun(tokens[j].Text, lastSpeakerAt < at ? Math.Min(position, at) : position, gender, rule);
        }
        // "backed by Culture Secretary Tessa Jowell who said:", "welcomed by Labour MP Sally Keeble, who said": the person the
        // relative clause hangs on.
        if (j > start && tokens[j].IsLower && (tokens[j].Key is "who" or "yang" || tokens[j].Key == "which" && tables.IsEnglish))
        {
            // "The IAAF - which said it was "very surprised" -": after a dash as after a comma.
            var named = tokens[j - 1].Is(',') || tables.IsEnglish && tokens[j].Key == "which" && IsDash(tokens[j - 1]) ? j - 2 : j - 1;
            // "Princess Marguerite, the eldest daughter of ex-King Michael of Romania, who said": past an apposition.
            if (tokens[j - 1].Is(','))
                for (var c = j - 3; c > start && c >= j - 14 && tokens[c].IsWord || c > start && tokens[c].Is(','); c--)
                    if (tokens[c].Is(','))
                    {
                        if (tokens[c + 1].Key is "the" or "a" or "an") named = c - 1;
                        break;
                    }
            // Not "Princess Marguerite of Romania, …, who said": a place.
            // Not "pengacara Ferdy Sambo yang mengatakan", "a lawyer for Michael Jackson, who said": a name governed by a noun
            // or a preposition is not the one who speaks; "backed by Tessa Jowell who said" is.
            // "protests by the National Council for Adoption, which said it "exploits" …": in English "which" hangs on an
            // organisation, whatever governs it.
            if (tokens[j].Key == "which" && (tokens[j - 1].Is(',') || IsDash(tokens[j - 1])) && named >= start && people.MentionAt(paragraph.Block, named) is { Kind: MentionKind.Organisation, NamesOutlet: false } body
                && body.End == named + 1)
                return Resolve(body, position, rule);
            if (named >= start && people.MentionAt(paragraph.Block, named) is { Kind: MentionKind.Person } antecedent && antecedent.End == named + 1
                && !tables.Places.Contains(tokens[named].Key)
                && (antecedent.First == 0 || !tokens[antecedent.First - 1].IsWord || tokens[antecedent.First - 1].Key is "by" or "oleh"
                    || antecedent.Role is { Length: > 0 } title && char.IsUpper(title[0])
                    // "Atau akun @sg.investa yang berkomentar, …": a handle after a word for an account or its user is its owner
                    // (not "pengikut @elonmusk yang berkomentar", a follower's words).
                    || antecedent.IsHandle && tokens[antecedent.First - 1].Key is "akun" or "warganet" or "netizen" or "pengguna" or "account" or "user"))
                return Resolve(antecedent, position, rule);
        }
        // "He used his radio show to criticise "…"": the sentence's subject does what the infinitive says.
        if (j > start && tokens[j].Key == "to" && tables.IsEnglish && paragraph.StartsSentence(start)
            && !NamedBetween(paragraph, start + 1, j, personOnly: false))
        {
            // "It was keen to point out … the "competitiveness of the airlines"": "it" too, an organisation.
            if (tokens[start].IsWord && tables.Pronouns.TryGetValue(tokens[start].Key, out var subjectGender) && subjectGender != Gender.Plural)
                return Pronoun(tokens[start].Text, position, subjectGender, rule);
            if (people.MentionAt(paragraph.Block, start) is { Kind: not MentionKind.Role } opening && opening.First == start) return Resolve(opening, position, rule);
        }
        // 'Mr Kruger was quoted in the Guardian newspaper saying: "…"', 'was quoted by Reuters as saying': the one quoted is who
        // speaks, not the outlet that quoted them.
        if (tables.IsEnglish && tokens[verb].Key == "saying" && paragraph.StartsSentence(start))
            for (var q = verb - 1; q > start; q--)
                if (tokens[q].Key == "quoted" && tokens[q - 1].Key is "was" or "is" or "were" or "been" or "being")
                {
                    if (people.MentionAt(paragraph.Block, start) is { Kind: not MentionKind.Role } quoted && quoted.First == start && quoted.End == q - 1)
                        return Resolve(quoted, position, rule);
                    break;
                }
        // 'But Ishiba brushed Tamaki off, saying only, "…"': a participle of speech after a comma has the sentence's subject,
        // a person named at its start with a verb in the past right after the name, not a person the sentence names after
        // that verb (nothing but words between the verb and the comma).
        if (tables.IsEnglish && tokens[verb].Key.EndsWith("ing", StringComparison.Ordinal) && verb - start > 2 && tokens[verb - 1].Is(',')
            && paragraph.StartsSentence(start))
        {
            var subjectAt = start;
            if (tokens[subjectAt].Key is "but" or "and" or "yet" or "so" or "however") subjectAt++;
            if (subjectAt < verb && tokens[subjectAt].Is(',')) subjectAt++;
            // "Switzerland's financial regulator on Wednesday ordered … Banque Zollinger & Cie to hand over …, saying it had "…"": a
            // body described after its country's possessive, no name, is the subject, not the one its verb acted on (the lead's
            // description takes the name the next paragraph opens with).
            if (CountryBodySubject(paragraph, subjectAt, verb) is var bodyEnd and > 0)
            {
                var body = Words(tokens, subjectAt, bodyEnd);
                return new Attribution(null, body, null, body, tokens[verb].Key, SpeakerSource.SameSentence, rule, true);
            }
            // Not "Hughes remembered that Wood grabbed his arm, saying", "received a letter from Dr Ahmed Khan, saying",
            // "remembered Ronaldo arriving as a teenager, saying": the participle there is the clause's or the other's.
            if (people.MentionAt(paragraph.Block, subjectAt) is { Kind: MentionKind.Person } opener && opener.First >= start && opener.NameFirst <= subjectAt + 3
                && opener.End + 1 < verb && !Enumerable.Range(opener.End, verb - 1 - opener.End).Any(i => !tokens[i].IsWord || paragraph.InQuote[i]
                    || tokens[i].Key is "that" or "from" or "by" or "who" or "which" or "when" or "as" || tokens[i].Key.EndsWith("ing", StringComparison.Ordinal)))
            {
                var past = opener.End;
                while (past + 1 < verb && tokens[past].IsLower && IsAdverb(tokens[past].Key)) past++;
                if (tokens[past].IsLower && (tokens[past].Key.EndsWith("ed", StringComparison.Ordinal)
                    || tokens[past].Key is "paid" or "hit" or "led" or "made" or "took" or "gave" or "met" or "brought" or "struck" or "threw" or "kept" or "told"))
                    return Resolve(opener, position, rule);
            }
        }
        // 'She passes in the street knowing nothing can harm her, insisting, "…"': a participle of speech late in a sentence
        // that opens with a pronoun, with nobody named in between, has that pronoun for its subject.
        // 'But he is not envious, insisting: "…"': past a conjunction that opens the sentence.
        var pronounAt = start + 1 < verb && tokens[start].Key is "but" or "and" or "yet" or "so" ? start + 1 : start;
        if (tables.IsEnglish && tokens[verb].Key.EndsWith("ing", StringComparison.Ordinal) && verb - pronounAt > 1 && paragraph.StartsSentence(start)
            && IsPersonalPronoun(tokens[pronounAt], out var participleGender)
            && !NamedBetween(paragraph, pronounAt + 1, verb, personOnly: true))
            return Pronoun(tokens[pronounAt].Text, position, participleGender, rule);
        // "He funds gun control groups and has stated, …": a second verb shares a pronoun subject that opens the sentence.
        if (j > start && tokens[j].Key is "and" or "but" or "dan" && IsPersonalPronoun(tokens[start], out var first))
            return Pronoun(tokens[start].Text, position, first, rule);
        // "Perusahaan juga menyebut …", "Perseroan menyatakan …": in Indonesian a noun for a company alone as the subject is the
        // company the article named.
        var opened = tables.SentenceOpeners.Match(tokens, start, verb) is var openerWords and > 0 ? start + openerWords : start;
        if (opened > start && opened < verb && tokens[opened].Is(',')) opened++;
        if (j == opened && IsCompanyNounAlone(paragraph, opened))
            return Describe(tokens, opened, opened + 1, position, rule);
        // "Pria yang akrab disapa Bram itu menyebut …", "Putranya yang akrab disapa Bima itu menyebut …": in Indonesian a
        // description closed by a demonstrative that names only what the person is called is the one called so.
        if (j > start && tables.IsIndonesian && tokens[j].IsLower && tables.Demonstratives.Contains(tokens[j]) && paragraph.StartsSentence(start)
            && CalledAfter(tokens, start, j) is { } calledSubject)
            return Resolve(calledSubject, position, rule);
        // "Politikus Partai Nasional Demokrat itu menyebut …": a description that opens the sentence, capitalised there, too,
        // when it names no person.
        if (j > start && tables.IsIndonesian && tokens[j].IsLower && tables.Demonstratives.Contains(tokens[j])
            && (tokens[start].IsLower || paragraph.StartsSentence(start) && !NamedBetween(paragraph, start, j, personOnly: true)))
            return Describe(tokens, start, j, position, rule);
        // "United's statement to the stock exchange said:": a document speaks for whoever it is (in English, by its possessive).
        // "An IAAF statement said:": or by an organisation's name before it.
        if (tables.IsEnglish)
            for (var p = Math.Max(start, verb - 8); p + 1 < verb; p++)
                if (people.MentionAt(paragraph.Block, p) is { Kind: not MentionKind.Role } owner && owner.End == p + 1
                    && (tokens[p].IsPossessive || owner.Kind == MentionKind.Organisation && owner.First == start + 1 && tokens[start].Key is "a" or "an" or "the")
                    && tables.OutletNouns.Match(tokens, p + 1, verb, out var documentKind) > 0 && documentKind == "document")
                    return Resolve(owner, position, rule) with { ThroughDocument = true };
        // "A statement from Chelsea explaining the decision read:", "the letter from Qwest said": in English a document from
        // someone speaks for them.
        if (tables.IsEnglish && j > start && j - start <= 9 && AllWords(tokens, start, j + 1, commas: true) && DocumentFrom(paragraph, start, j + 1, position, rule) is { } issuer)
            return issuer;
        // "A spokeswoman for Royal Mail said", "a BBC spokesman said", "Officials at the Treasury said": someone the article
        // does not name, as it describes them.
        // Not '"…," Banks told the club's website' after "Chelsea physio Mike Banks": a capitalised word alone that is a word of
        // a person's name the article gives names them, though it is also a plural.
        // "A spokesman for the British Phonographic Industry (BPI) said": the organisation's short name in brackets after the
        // description is no part of it.
        // "A spokesman for Senate Majority Leader Thomas Brandt (R-Ohio) said": nor a party's tag after the name.
        var descriptionEnd = j;
        if (j - start >= 4 && tokens[j].Is(')') && (tokens[j - 1].IsAllCaps || tables.IsEnglish && ArticlePeople.IsPartyTag(tokens[j - 1].Text)) && tokens[j - 2].Is('('))
            descriptionEnd = j - 3;
        // "One customer at a Harbour & Bean branch in Leeds said": in English a description whose noun a preposition follows
        // may be longer, and hold an ampersand.
        var qualified = tables.IsEnglish && descriptionEnd - start >= 3 && tokens[start].Key is "a" or "an" or "one" && tokens[start + 1].IsLower
            && (tokens[start + 2].Key is "for" or "at" or "from" or "to" or "with" || tokens[start + 2].IsLower && tokens[start + 3].Key is "for" or "at" or "from" or "to" or "with")
            // (Not "A spokesman for the Home Office said it was wholly wrong to", "A message sent to …": no verb inside.)
            && !Enumerable.Range(start + 1, descriptionEnd - start).Any(i => tokens[i].IsLower
                && (tables.CueVerbs.Match(tokens, i, i + 1) > 0 || tables.AuxiliaryVerbs.Contains(tokens[i].Key) || tokens[i].Key.EndsWith("ed", StringComparison.Ordinal)))
            && !(tables.OutletNouns.Match(tokens, start + 1, start + 2, out var describedKind) == 1 && describedKind == "document") && !tables.SpeechNouns.Contains(tokens[start + 1].Key);
        // ("Seorang siswa kelas VI SD di Kecamatan Jekan Raya berkata:": one person described in Indonesian may take ten words.)
        if (descriptionEnd >= start && descriptionEnd - start <= (qualified ? 11 : tables.IsIndonesian && IsOneDescribed(tokens, start) ? 9 : 7)
            && AllWords(tokens, start, descriptionEnd + 1, ampersands: qualified)
            && (descriptionEnd > start && tables.Unnamed.Match(tokens, start, descriptionEnd + 1) > 0
                || IsPluralDescription(paragraph, start, descriptionEnd + 1) && !(descriptionEnd == start && tokens[start].IsCapitalised && people.IsNameWord(tokens[start].Text))))
        {
            j = descriptionEnd;
            // "An angry Beattie said", "a tearful Claxton told BBC Sport": an article and a word or two of mood before someone
            // the article names, the only one with that name (not "a tearful Murray" beside Andy and Jamie Murray), with no
            // title ("a tearful Mrs Smith").
            // "a crestfallen Mr Lim confided" after "Barry Lim": an honorific too, before the surname of someone the article
            // named in full, whose gender it agrees with.
            if (j - start <= 3 && people.MentionAt(paragraph.Block, j) is { Kind: MentionKind.Person } described
                && (described is { Role: null, NameFirst: var nameFirst } && nameFirst == described.First
                    || described.Role is not null && described.NameFirst == described.First + 1 && tables.Honorifics.Match(tokens, described.First, described.NameFirst) == 1
                        && described.Gender is Gender.Male or Gender.Female && described.Entity is { Name.Length: >= 2 } fullName && ArticlePeople.Agrees(fullName, described.Gender))
                && described.Name.Length == 1 && people.OnlyOneNamed(described.Name[0])
                && described.End == j + 1 && described.First > start && tokens[start].Key is "a" or "an" or "the" && AllLower(tokens, start + 1, described.First)
                && !Enumerable.Range(start + 1, described.First - start - 1).Any(i => tables.Prepositions.Contains(tokens[i])))
                return Resolve(described, position, rule);
            var description = Words(tokens, start, j + 1);
            return new Attribution(null, description, null, description, null, SpeakerSource.SameSentence, rule, true);
        }
        // "the prime minister's official spokesman said:" (also after "Asked about Sir Ian's comments,"): in English someone
        // described by a title and the title of whom they serve, in lower case, is someone the article does not name, kept as
        // the text describes them. Not "The political reform group's general secretary told": an organisation's officer is
        // who the article named with it.
        var servant = start;
        for (var c = j - 1; c > start; c--)
            if (tokens[c].Is(',')) { servant = c + 1; break; }
        if (tables.IsEnglish && j >= servant + 2 && j - servant <= 7 && tokens[servant].Key == "the" && AllWords(tokens, servant, j + 1)
            && Enumerable.Range(servant + 1, j - servant - 1).FirstOrDefault(p => tokens[p].IsPossessive) is var served and > 0
            && AllLower(tokens, servant + 1, j + 1) && tables.Roles.Contains(MentionFinder.OwnerKey(tokens[served])) && TitleEndsAt(tokens, served + 1, j + 1))
        {
            var description = Description(tokens, servant, j + 1);
            return new Attribution(null, description, null, description, null, SpeakerSource.SameSentence, rule, true);
        }
        // "At the time, police said …", "On Monday, officials said": in English people described in the plural after an opening
        // phrase set off by a comma, as at the sentence's start.
        if (tables.IsEnglish && servant > start + 1 && servant - start <= 7 && j >= servant && j - servant <= 1 && AllWords(tokens, start, servant - 1)
            && !tables.PronounWords.Contains(tokens[servant])
            && AllLower(tokens, servant, j + 1) && IsPluralSpeaker(tokens[j]))
        {
            var description = Words(tokens, servant, j + 1);
            return new Attribution(null, description, null, description, null, SpeakerSource.SameSentence, rule, true);
        }
        // "Broadcast magazine said:": in English a capitalised word that names no one and a noun for a newspaper or a magazine
        // is that publication, as the text names it.
        if (tables.IsEnglish && j == start + 1 && tokens[start].IsCapitalised && tokens[start].Key is not ("the" or "a" or "an" or "this" or "that" or "its" or "his" or "her" or "their")
            && people.MentionAt(paragraph.Block, start) is null && tokens[j].IsLower
            && tables.OutletNouns.Match(tokens, j, j + 1, out var publicationKind) == 1 && publicationKind == "outlet")
        {
            var publication = Description(tokens, start, j + 1);
            return new Attribution(null, publication, null, publication, null, SpeakerSource.SameSentence, rule, true);
        }
        // "The Waterford man said", "The Oscar winner said": as after the verb, a word for a person qualified by a place's, a
        // club's or a prize's name is the person the article has been about.
        if (j - start == 2 && QualifiedPersonNounEnd(paragraph, start, j + 1) == j + 1) return Describe(tokens, start, j + 1, position, rule);
        // '"…," the Black Sabbath singer told reporters' after "Rock star Ozzy Osbourne": in English "the", a band's, club's or
        // firm's name and a title before the verb is whoever holds the title, or the person the article is about, as after
        // the verb ("said the Old Trafford boss"); not the name that qualifies the title. Not an organisation's spokesperson.
        if (tables.IsEnglish && j > start + 1 && tokens[start].Key == "the" && tokens[start].IsLower
            && people.MentionAt(paragraph.Block, start + 1) is { Kind: not MentionKind.Role, Role: null } qualifier && qualifier.First == start + 1
            && people.MentionAt(paragraph.Block, qualifier.End) is { Kind: MentionKind.Role, RoleKey: { } heldKey } held && held.First == qualifier.End && held.End == j + 1
            && !(qualifier.Kind == MentionKind.Organisation && tokens[held.First].Key is "spokesman" or "spokeswoman" or "spokesperson")
            && (people.RoleHolder(heldKey, position) ?? people.Antecedent(position, Gender.Unknown, lastSpeaker, lastSpeakerAt, NamedInQuote)) is { } holder)
            return new Attribution(holder, null, held.Role ?? holder.Role, Words(tokens, start, j + 1), null, SpeakerSource.EarlierMention, rule, true);
        if (people.SubjectBefore(paragraph, verb) is { } mention && mention.First >= start)
            return Resolve(mention, position, rule);
        // "the 22-year-old told BBC Sport": a person the article is about, described by their age.
        if (j >= start && j - start <= 4 && (MentionFinder.IsAge(tokens[start]) || tokens[start].Key == "the" && start + 1 <= j && MentionFinder.IsAge(tokens[start + 1])) && AllWords(tokens, start, j + 1))
            return Describe(tokens, start, j + 1, position, rule);
        // '"…," Ride said' after "Sally Ride": a capitalised word alone before the verb that is part of a person's name, even
        // where it is also an ordinary word.
        if (j == start && tokens[j].IsCapitalised && people.ByWord(tokens[j].Text, position) is { } byWord)
            return new Attribution(byWord, null, byWord.Role, tokens[j].Text, null, SpeakerSource.EarlierMention, rule, true);
        if (j == start + 1 && ItsDocument(tokens, start, j + 2)) return Pronoun(tokens[start].Text, position, Gender.Organisation, rule);
        // "the company said", "politikus itu mengatakan", "analysts said" (unnamed).
        if (j >= start && tokens[j].IsLower)
        {
            var from = j;
            while (from > start && tokens[from - 1].IsLower && from > j - 4) from--;
            // "The company said the move was a "preventative step"", "The newspaper said": the article that opens the sentence,
            // capitalised, before a word for a company or a newspaper or a title (not "The authorities said", "The panel
            // suggested", "The government says", "The report urged": no one named, or not the one named last).
            if (from == start + 1 && tables.IsEnglish && tokens[start].Key == "the" && paragraph.StartsSentence(start)
                && (tables.OutletNouns.Match(tokens, j, j + 1, out var kind) == 1 && kind is "company" or "outlet" || TitleEndsAt(tokens, from, j + 1))) from = start;
            // "The German carmaker said", "The French bank said": a country's word between "the" and a word for a company or a
            // body is the one the article is about, as "The carmaker said" is.
            if (from == start + 2 && from == j && tables.IsEnglish && tokens[start].Key == "the" && paragraph.StartsSentence(start) && MentionFinder.IsCountryWord(tables, tokens[start + 1], afterThe: true)
                && tables.OutletNouns.Match(tokens, j, j + 1, out var countryKind) == 1 && countryKind is null or "company")
                return Describe(tokens, j, j + 1, position, rule);
            if (tables.Demonstratives.Contains(tokens[j]) && j > from) return Describe(tokens, from, j, position, rule);
            if (tables.IsEnglish && tables.Demonstratives.Contains(tokens[from]) && from < j) return Describe(tokens, from + 1, j + 1, position, rule);
            // "In a filing to US regulators the airline warned of "…"": in English "the" and a word for an organisation or a
            // title right before the verb, after an opening phrase with no comma.
            if (tables.IsEnglish && j - 1 > from && tokens[j - 1].Key == "the"
                && (tables.OutletNouns.Match(tokens, j, j + 1, out var nounKind) == 1 && nounKind is "company" or "outlet" || TitleEndsAt(tokens, j, j + 1)))
                return Describe(tokens, j, j + 1, position, rule);
            if (from < j + 1 && tables.Unnamed.Match(tokens, from, j + 1) > 0)
                return new Attribution(null, Description(tokens, from, j + 1), null, Description(tokens, from, j + 1), null, SpeakerSource.SameSentence, rule, true);
            // "The federation said CSOs do not have …", "The institute said": in English a sentence that opens with "the" and a
            // word or two for an organisation or an office is the one the article named so; not "The band said" or "The
            // government says" after someone else was named, which name nobody the article introduced with those words.
            if (tables.IsEnglish && from == start + 1 && tokens[start].Key == "the" && j - from <= 1 && paragraph.StartsSentence(start))
            {
                if (Described(tokens, from, j + 1, position, rule, anyOrganisation: false, out _) is { } described) return described;
                // "The retired postman said the swimmers had become "a bit of a family"" after '"…," he said' of Bernard
                // Mottram's: a word for a person after "the" is the person who spoke last, in this paragraph or the one before,
                // when no one has been named since.
                if (LastSpeakerDescribed(paragraph, tokens, from, j + 1, position, rule) is { } lastDescribed) return lastDescribed;
                // "The government says children cannot simply be divided up "like property"": a government the article never
                // named is kept as the text describes it, as after the verb ("…," the government said); not past a comma
                // ("The government has suggested …, with the Tories set to campaign for a "no" vote").
                if (j == from && tables.OutletNouns.Match(tokens, j, j + 1, out var bodyKind) == 1 && bodyKind == "government"
                    && current.Block == paragraph.Block && !CommaBetween(tokens, verb, paragraph.TokenAt(current.Open)))
                {
                    var government = Words(tokens, start, j + 1);
                    return new Attribution(null, government, null, government, null, SpeakerSource.SameSentence, rule, true);
                }
            }
        }
        // "But Age Concern said …", "Number 10 said …": in English two or three capitalised words (or a number after them) right
        // before the verb, opening the sentence past a conjunction, that name no one the article knows, kept as written.
        var nameFrom = start < j && tokens[start].Key is "but" or "and" or "yet" or "so" ? start + 1 : start;
        if (tables.IsEnglish && paragraph.StartsSentence(start) && j - nameFrom is >= 1 and <= 2 && tokens[nameFrom].IsCapitalised
            && tokens[nameFrom].Key is not ("the" or "a" or "an" or "this" or "that" or "these" or "those" or "it" or "they" or "we")
            && !tables.SentenceOpeners.Contains(tokens[nameFrom].Key) && CapitalisedNameless(paragraph, nameFrom, j + 1))
        {
            var named = Words(tokens, nameFrom, j + 1);
            return new Attribution(null, named, null, named, null, SpeakerSource.SameSentence, rule, true);
        }
        // "Douglas Hogg said he opposed the plans for ID cards branding them a "regressive" step": in English a participle of
        // speech with no subject of its own has the subject of the sentence's first verb of speech, without a comma too.
        // Not "Simon Hughes branded Mr Howard "arrogant" for claiming …": after a preposition it is the object's.
        // Not "Brown said he heard Blair telling …": a person right before the participle is its subject; nor a verb inverted
        // after a quotation ('"…," said X, adding'), which the rule for participles after a comma reads.
        if (tables.IsEnglish && tokens[verb].Key.EndsWith("ing", StringComparison.Ordinal) && verb > 0 && !tables.Prepositions.Contains(tokens[verb - 1])
            && people.MentionAt(paragraph.Block, verb - 1) is not { Kind: MentionKind.Person, Entity.Name.Length: >= 2 } && paragraph.SentenceStartAcrossFragments(start) is var opens)
            for (var v = opens; v < verb - 1; v++)
                if (!paragraph.InQuote[v] && tokens[v].IsLower && !tokens[v].Key.EndsWith("ing", StringComparison.Ordinal) && tables.CueVerbs.Match(tokens, v, verb) > 0
                    && !IsNounAfterDeterminer(tokens, v, opens))
                {
                    if (v > 0 && paragraph.InQuote[v - 1]) break;
                    return Subject(paragraph, opens, v, position, rule);
                }
        return new Attribution(null, null, null, null, null, SpeakerSource.None, rule, true);
    }

    // Every word in [start, end) capitalised or a number, outside quotations, and no mention among them.
    private bool CapitalisedNameless(Paragraph paragraph, int start, int end)
    {
        var tokens = paragraph.Tokens;
        for (var k = start; k < end; k++)
            if (!tokens[k].IsWord || paragraph.InQuote[k] || !(tokens[k].IsCapitalised || char.IsDigit(tokens[k].Text[0]))
                || people.MentionAt(paragraph.Block, k) is not null) return false;
        return true;
    }

    // '"…," says its report', '"…," its statement said': in English the organisation "it" stands for, through its document.
    private bool ItsDocument(TokenList tokens, int k, int end) =>
        tables.IsEnglish && tokens[k].Key == "its" && tokens[k].IsLower && k + 1 < end
            && tables.OutletNouns.Match(tokens, k + 1, end, out var kind) == 1 && kind == "document" && (k + 2 >= end || !tokens[k + 2].IsWord || tables.CueVerbs.Match(tokens, k + 2, end) > 0);

    // A title of the tables ends at end, opening in [from, end): "the legal assistant", "the minister".
    private bool TitleEndsAt(TokenList tokens, int from, int end)
    {
        for (var k = from; k < end; k++)
            if (tables.Roles.Match(tokens, k, end) == end - k) return true;
        return false;
    }

    // A verb of speech at v, its length in words: one of the tables', or in English "went on" or "goes on" that closes its
    // clause ('She went on: "What I would like to see …"', '"…," he went on.'), not "The City went on to expand …".
    private int SpeechVerb(TokenList tokens, int v, int end)
    {
        var verb = tables.CueVerbs.Match(tokens, v, end);
        if (verb > 0 || !tables.IsEnglish || v + 2 > end || tokens[v].Key is not ("went" or "goes") || tokens[v + 1].Key != "on") return verb;
        return v + 2 == end || v + 2 < tokens.Count && tokens[v + 2].Text is ":" or "," or "." ? 2 : 0;
    }

    // Where the last clause of [start, end) opens: after a "but" or "namun" (with its comma) outside quotations, or start.
    private static int ClauseStart(Paragraph paragraph, int start, int end)
    {
        var tokens = paragraph.Tokens;
        for (var k = end - 1; k > start; k--)
            if (!paragraph.InQuote[k] && tokens[k].IsLower && tokens[k].Key is "but" or "namun" or "tetapi" or "sedangkan" or "whereas")
                return k + 1 < end && tokens[k + 1].Is(',') ? k + 1 : k;
        return start;
    }

    private static bool IsDash(in Token token) => token.Text is "-" or "\u2013" or "\u2014";

    // The first verb of speech in [start, end), outside quotations.
    // "the chief executive of a leading European car maker", "the head of a large London hedge fund": in English "the", a
    // title, "of" and "a" or "an", then up to six words (no verb of speech, preposition or pronoun), up to end: where the
    // description ends, or -1.
    private int UnnamedTitleOf(TokenList tokens, int k, int end)
    {
        if (!tables.IsEnglish || tokens[k].Key != "the") return -1;
        for (var of = k + 2; of + 2 < end && of <= k + 4; of++)
        {
            if (tokens[of].Key != "of" || !tokens[of].IsLower || tokens[of + 1].Key is not ("a" or "an") || !TitleEndsAt(tokens, k + 1, of)) continue;
            var stop = of + 2;
            while (stop < end && stop < of + 8 && tokens[stop].IsWord && tables.CueVerbs.Match(tokens, stop, end) == 0
                   && !(tokens[stop].IsLower && (tables.Prepositions.Contains(tokens[stop]) || tables.PronounWords.Contains(tokens[stop])))) stop++;
            return stop > of + 2 ? stop : -1;
        }
        return -1;
    }

    // A title (a role mention) in [from, end), with no person named there.
    private bool TitleBefore(Paragraph paragraph, int from, int end)
    {
        var titled = false;
        for (var k = from; k < end; k++)
            switch (people.MentionAt(paragraph.Block, k))
            {
                case { Kind: MentionKind.Role }: titled = true; break;
                case { Kind: MentionKind.Person }: return false;
            }
        return titled;
    }

    // A verb of speech, or its -nya form ("katanya"), outside quotations in [start, end).
    private bool CueBetween(Paragraph paragraph, int start, int end)
    {
        var tokens = paragraph.Tokens;
        for (var k = start; k < end; k++)
            if (!paragraph.InQuote[k] && tokens[k].IsLower && (tables.CueVerbs.Match(tokens, k, end) > 0 || Nya(tokens, k) is not null)) return true;
        return false;
    }

    private int? FirstCueVerb(Paragraph paragraph, int start, int end)
    {
        var tokens = paragraph.Tokens;
        for (var v = start + 1; v < end; v++)
            if (!paragraph.InQuote[v] && tokens[v].IsLower && tables.CueVerbs.Match(tokens, v, end) > 0) return v;
        return null;
    }

    // An English plural noun opening the sentence or the clause after a quote, with no person in its phrase: "Officials",
    // "Analysts polled by Reuters", '"…," analysts at Harrow Capital wrote'; or a firm's name before a plural role noun:
    // "Harrow Capital strategists said".
    private bool IsPluralDescription(Paragraph paragraph, int start, int end)
    {
        var tokens = paragraph.Tokens;
        var head = tokens[start];
        if (!tables.IsEnglish) return false;
        if (end - start is >= 2 and <= 5 && head.IsCapitalised && (IsPluralRole(tokens[end - 1]) || IsCollective(tokens[end - 1]))
            && Enumerable.Range(start, end - 1 - start).All(i => tokens[i].IsCapitalised || tokens[i].IsAllCaps || tokens[i].Text == "&"))
            return true;
        var before = start - 1;
        while (before > 0 && !paragraph.InQuote[before] && tokens[before].Text is "," or "\u2014" or "\u2013" or "-") before--;
        // '"…," said officials': or after a verb of speech right after the quotation.
        if (head.IsLower && before > 0 && !paragraph.InQuote[before] && tokens[before].IsLower && tables.CueVerbs.Match(tokens, before, before + 1) == 1)
        {
            before--;
            while (before > 0 && !paragraph.InQuote[before] && tokens[before].Is(',')) before--;
        }
        var opens = head.IsCapitalised ? paragraph.StartsSentence(start) : head.IsLower && before >= 0 && paragraph.InQuote[before];
        if (!opens || head.Text.Length < 4 || !head.Key.EndsWith('s') && !IsCollective(head)
            || !tables.Common.Contains(head) || tables.Demonstratives.Contains(head) || tables.PronounWords.Contains(head)) return false;
        for (var k = start; k < end; k++)
        {
            var mention = people.MentionAt(paragraph.Block, k);
            // "Officials at the Treasury": a name after a preposition or "the" is where they work, not who they are.
            var governed = mention is not null && mention.First > start && tokens[mention.First - 1].Key is "the" or "at" or "of" or "from" or "in" or "by";
            if (!governed && (mention is { Kind: MentionKind.Person } || mention is { Kind: MentionKind.Role } && mention.First != start)) return false;
        }
        return true;
    }

    // "police": a plural without an s ("…," police said; "…," Greek police said).
    private bool IsCollective(Token token) => token.IsLower && tables.PluralSpeakers.Contains(token.Key) && !token.Key.EndsWith('s');

    // "analysts", "strategists", "officials": the plural of a role.
    private bool IsPluralRole(Token token) => token.IsLower && IsRolePlural(token.Key);

    // "analysts", "strategists": a role's plural.
    private bool IsRolePlural(string key) => key.Length > 4 && key.EndsWith('s') && tables.Roles.Contains(key[..^1]);

    // A noun for people in the plural: "officials", "police", "researchers" (a title's plural).
    private bool IsPluralSpeaker(in Token token) => tables.PluralSpeakers.Contains(token.Key) || IsRolePlural(token.Key);

    /// <summary>Whether the tokens in [start, end) are all lower-case words.</summary>
    internal static bool AllLower(TokenList tokens, int start, int end)
    {
        for (var i = start; i < end; i++)
            if (!tokens[i].IsWord || !tokens[i].IsLower) return false;
        return true;
    }

    private static bool AllWords(TokenList tokens, int start, int end, bool commas = false, bool ampersands = false)
    {
        for (var i = start; i < end; i++)
            if (!tokens[i].IsWord && !(commas && tokens[i].Is(',')) && !(ampersands && tokens[i].Is('&'))) return false;
        return true;
    }

    // Whether a verb of speech, or "to", "ke" or "kepada", stands in [start, end) (the two words before a handle): the words
    // after it were spoken to, or answered.
    private bool SpokenToBefore(TokenList tokens, int start, int end)
    {
        for (var k = start; k < end; k++)
            if (tokens[k].IsLower && (tokens[k].Key is "to" or "ke" or "kepada" || SpeechVerb(tokens, k, end) > 0)) return true;
        return false;
    }

    // "baru-baru ini" ("recently"), "saat ini" ("now"), "hari ini" ("today"): "ini" at k closes a phrase of time, not a
    // description or a subject.
    internal static bool EndsTimePhrase(TokenList tokens, int k) =>
        k > 0 && tokens[k].Key == "ini" && tokens[k].IsLower && tokens[k - 1].IsLower
            && tokens[k - 1].Key is "baru-baru" or "saat" or "kali" or "sejauh" or "hari" or "pekan" or "minggu" or "bulan" or "tahun" or "pagi" or "siang" or "sore" or "malam";

    internal static bool IsAdverb(string key) => key is "juga" or "pun" or "lalu" or "kemudian" or "pula" or "sempat" or "telah" or "sudah"
        or "kembali" or "also" or "then" or "later" or "again" or "previously" or "once" or "had" or "has" or "have" or "bahkan" or "hanya"
        or "further" or "only" or "would" or "will" or "tak" or "tidak" or "not" or "initially" or "originally" or "subsequently" or "finally"
        or "recently" or "earlier" or "angrily" or "reportedly" or "publicly" or "privately" or "repeatedly" or "immediately" or "quietly"
        or "since" or "already" or "still" or "just" or "even";

    // "katanya", "ujarnya", "kata dia": the -nya form of a cue verb, or a listed pronoun cue.
    private string? Nya(TokenList tokens, int k)
    {
        var n = tables.SpeechNya.Match(tokens, k, tokens.Count);
        if (n > 0) return Words(tokens, k, k + n);
        var key = tokens[k].Key;
        if (key.Length > 4 && key.EndsWith("nya", StringComparison.Ordinal) && tables.CueVerbs.Contains(key[..^3])) return tokens[k].Text;
        return null;
    }

    private Attribution Pronoun(string words, int position, Gender gender, string rule)
    {
        if (gender == Gender.Plural)
        {
            // "Andrey dan David menyoroti … . "…," papar mereka": "they" are the two people last named together.
            if (NamedTogether(people.Antecedent(position, Gender.Unknown, lastSpeaker, lastSpeakerAt, NamedInQuote), position, speaking: false) is { } both)
                return new Attribution(null, both, null, words, words.Split(' ')[0].ToLowerInvariant(), SpeakerSource.Pronoun, rule, true);
            // "The Liberal Democrats would scrap council tax … . They say the council tax … puts a "ceiling" …": an
            // organisation that opens the sentence before, with no person named since, is who "they" are. Not "As they say in
            // the City, …": "they" of a saying is anyone. English only: "mereka" is mostly people ("Polres menangkap tiga
            // pemuda … . Mereka mengaku …").
            if (tables.IsEnglish && !SaysAsTheySay(current)
                && people.SubjectOrganisation(position, paragraphs.TryGetValue(current.Block - 1, out var before) ? before.Offset : paragraphs[current.Block].Offset) is { } organisation)
                return new Attribution(organisation, null, null, words, words.Split(' ')[0].ToLowerInvariant(), SpeakerSource.Pronoun, rule, true);
            // "Two women walking their dogs … said they had not expected … . "…," they said", "Dua pedagang bakso di Pasar
            // Minggu … mengaku … . "…," kata mereka": people described without names in the plural, subject of the sentence of
            // speech before, with no one named since.
            // (Not when another sentence of speech came since: "Officers from British Transport Police later said …".)
            if (UnnamedSubjectBefore(position) is { } plural && IsPluralDescription(plural.Description)
                && people.LatestPerson(position, plural.At, Gender.Unknown) is null
                && SpeechSentenceBefore(position, static (_, _, _) => true) is var (latestParagraph, _, latestVerb) && latestParagraph.Offset + latestParagraph.Tokens[latestVerb].Start == plural.At)
                return new Attribution(null, plural.Description, null, words, words.Split(' ')[0].ToLowerInvariant(), SpeakerSource.Pronoun, rule, true);
            // "Dua pedagang bakso di Pasar Minggu … mengaku baru mendengar … . "…," kata mereka": people counted who open the
            // quotation's paragraph, whatever the verb, with no one named since.
            if (UnnamedOpensParagraph(position, plural: true) is { } counted)
                return new Attribution(null, counted.Description, null, words, words.Split(' ')[0].ToLowerInvariant(), SpeakerSource.Pronoun, rule, true);
            // "The bill is expected to be opposed by the Liberal Democrats. They have said …": in English a group named in the
            // plural that acted in this paragraph or the one before; "Kelompok Tani Sinar Harapan … telah mengadu ke pemerintah
            // kabupaten. Dalam surat kepada Bupati Tapin, mereka menulis:": in Indonesian a body of people that was the subject
            // of the sentence right before the quotation's, or of its own (not "Aliansi BEM SI menggelar aksi … . Polisi
            // menangkap puluhan pelajar … . "…," kata mereka", where others were told of since). No person named since.
            if (paragraphs.TryGetValue(current.Block, out var quotedIn) && !(tables.IsEnglish && SaysAsTheySay(current))
                && people.GroupBefore(position, !tables.IsEnglish ? SentenceBeforeQuotation(quotedIn, lastOfParagraphBefore: true)
                    : paragraphs.TryGetValue(current.Block - 1, out var groupBefore) ? groupBefore.Offset : quotedIn.Offset) is { } group)
                return new Attribution(group, null, null, words, words.Split(' ')[0].ToLowerInvariant(), SpeakerSource.Pronoun, rule, true);
            return new Attribution(null, null, null, words, null, SpeakerSource.None, rule, true);
        }
        // "Microsoft has said it will replace … It said the move was a "preventative step"": in English a one-word name that is
        // no person's is the organisation "it" means when no organisation is named.
        var entity = gender == Gender.Organisation ? people.LatestOrganisation(position, outlet: false) ?? people.OneWordCompany(position)
            : people.Antecedent(position, gender, lastSpeaker, lastSpeakerAt, NamedInQuote);
        // 'Deutsche Boerse said TCI's opposition would not change its bid approach. "…," it said': the organisation that is its
        // paragraph's subject, over one named after it only inside what it said (not its sentence's subject, nor speaking).
        // "The LSE rejected Deutsche Boerse's proposed offer … / But it agreed …": in the paragraph before, too.
        if (gender == Gender.Organisation && entity?.LatestBefore(position) is { Subject: false, Speaks: false, Salient: false } named
            && named.Block >= current.Block - 1
            && people.SubjectOrganisation(position, paragraphs.TryGetValue(current.Block - 1, out var earlier) ? earlier.Offset : paragraphs[current.Block].Offset) is { } subjectOrganisation
            && subjectOrganisation != entity)
            entity = subjectOrganisation;
        // 'Mr Crosby's statement said: "…" It added: "…"': in English the document the last speaker spoke through, in the
        // paragraph before or this one, when no organisation has been named since.
        if (gender == Gender.Organisation && tables.IsEnglish && lastThroughDocument && lastSpeaker is not null && lastSpeakerAt < position
            && paragraphs.TryGetValue(current.Block, out var itsParagraph) && lastSpeakerAt >= (paragraphs.TryGetValue(current.Block - 1, out var paragraphBefore) ? paragraphBefore.Offset : itsParagraph.Offset)
            && (entity is null || entity.LastBefore(position) < lastSpeakerAt))
            return new Attribution(lastSpeaker, null, lastSpeaker.Role, words, words.Split(' ')[0].ToLowerInvariant(), SpeakerSource.Pronoun, rule, true) { ThroughDocument = true };
        // "The company said in a statement … . "…," it said": the organisation that sentence meant, over one named since
        // without speaking.
        if (gender == Gender.Organisation && DescribedOrganisationBefore(position) is { } described && (entity is null || entity.LastBefore(position) < described.At))
            entity = described.Organisation;
        // '"…," said the magazine. "…," it concluded': the organisation that spoke last, even a news outlet, when no other
        // organisation has been named since it spoke.
        else if (gender == Gender.Organisation && lastSpeaker is { Kind: MentionKind.Organisation } && lastSpeakerAt < position
            && (entity is null || entity.LastBefore(position) < lastSpeakerAt))
            entity = lastSpeaker;
        // "… kepada Sekretaris Perusahaan Tiga Pilar Michael Hadilaya dan ia membenarkan surat tersebut. "Benar," ujarnya":
        // with no subject to refer to, the person named last, in this paragraph or the one before.
        if (entity is null && gender != Gender.Organisation)
            entity = people.LatestPerson(position, paragraphs.TryGetValue(current.Block - 1, out var previous) ? previous.Offset : paragraphs[current.Block].Offset, gender, NamedInQuote);
        // "Ahmad Luthfi Sebut Kebijakan Trump …" over a body that opens with "Ia juga menyoroti …" and "…," jelasnya: with
        // nobody named before, the person the headline names.
        if (entity is null && gender != Gender.Organisation && people.HeadlinePerson is { } headlined && ArticlePeople.Agrees(headlined, gender)
            && people.LatestPerson(position, 0, Gender.Unknown) is null)
            entity = headlined;
        // The cue is the verb: "kata dia" → "kata"; "ujarnya" stays whole.
        var cue = words.Split(' ')[0].ToLowerInvariant();
        // "A Labour Party spokesman told the BBC … . "…," he said": someone the article describes without a name, since
        // the person named last.
        // Not 'Sejumlah sumber … menyebut … "…," ungkap dia': a plural description is no "dia", "he" or "she".
        // "Seorang pengemudi ojek daring … mengaku memaklumi keputusan Tarno. "…," katanya": nor when the person is named only
        // after that verb, in its sentence, as no subject.
        // "A Whitlow volunteer who gave only his first name, Dale, said he believed … . "…," he said": the name they gave.
        if (gender != Gender.Organisation && GivenNameOfUnnamedBefore(position) is { } gaveName
            && (entity is null || entity == gaveName.Entity || entity.LastBefore(position) < gaveName.Position))
            return Resolve(gaveName, position, rule) with { Cue = cue, Mention = words, Source = SpeakerSource.Pronoun };
        if (gender != Gender.Organisation && UnnamedSubjectBefore(position) is { } unnamed
            && (entity is null || entity.LastBefore(position) < unnamed.At || ToldAboutAfter(entity, unnamed.At, position))
            && (gender == Gender.Plural || !IsPluralDescription(unnamed.Description)))
            return new Attribution(null, unnamed.Description, null, words, cue, SpeakerSource.Pronoun, rule, true);
        // "Seorang penumpang lain memilih menunda perjalanan. "…," kata dia.": in Indonesian someone described without a name who
        // opens the quotation's paragraph as its subject, whatever the verb, is whom the pronoun means when no one was named since.
        if (gender != Gender.Organisation && UnnamedOpensParagraph(position) is { } opener
            && (entity is null || entity.LastBefore(position) < opener.At)
            && (gender == Gender.Plural || !IsPluralDescription(opener.Description)) && DescriptionAgrees(opener.Description, gender))
            return new Attribution(null, opener.Description, null, words, cue, SpeakerSource.Pronoun, rule, true);
        // '"…," a spokeswoman said. She added …': someone described without a name who spoke last, in the sentence before,
        // when no one who agrees with the pronoun has been named since the quotation opened.
        if (gender != Gender.Organisation && lastUnnamed is { } spoke && spoke.At < position && spoke.At > lastSpeakerAt
            && (entity is null || entity.LastBefore(position) < spoke.Open) && DescriptionAgrees(spoke.Description, gender)
            && (!spoke.Plural || words.EndsWith("nya", StringComparison.OrdinalIgnoreCase)) && NextSentence(spoke.Block, spoke.At, position))
            return new Attribution(null, spoke.Description, null, words, cue, SpeakerSource.Pronoun, rule, true);
        // '"…," kata Ketua DKPP dalam sidang … . "…," sambungnya': the title that spoke last, with no name, when no one named
        // has spoken since and no person has been named since it.
        if (gender is not (Gender.Organisation or Gender.Plural) && lastTitled is not null && lastTitledAt > lastSpeakerAt && lastTitledAt < position
            && (entity is null || entity.LastBefore(position) < lastTitledAt))
            return new Attribution(null, lastTitled, null, words, cue, SpeakerSource.Pronoun, rule, true);
        // "Our correspondent said that he understood … . There was "some possibility" …, he added": the person whose title
        // opens the latest sentence of speech, over someone last named before that sentence's verb.
        if (gender is Gender.Male or Gender.Female or Gender.Unknown && TitledSubjectBefore(position) is { } titled && titled.Person != entity
            && (entity is null || entity.LastBefore(position) < titled.At) && ArticlePeople.Agrees(titled.Person, gender))
            entity = titled.Person;
        // "Menjawab pertanyaan wartawan …, Kepala BPS mengatakan pihaknya belum melakukan kajian khusus." then '"…," ujarnya': in
        // Indonesian a title alone that spoke since the last speaker, in this paragraph or the one before, with no one named
        // speaking after it, is whom "-nya" goes on with: the person the article named with that title.
        if (tables.IsIndonesian && gender is Gender.Male or Gender.Female or Gender.Unknown && SpeakingTitleSince(position) is { } titledSpoke && titledSpoke.Person != entity
            && (entity is null || entity.LastBefore(position) < titledSpoke.At) && ArticlePeople.Agrees(titledSpoke.Person, gender))
            entity = titledSpoke.Person;
        // "Lim Aun Seng dan Direktur AISA Ernest Alto menjelaskan … . "…," katanya": both, when the person was last named
        // speaking together with another.
        if (gender != Gender.Organisation && NamedTogether(entity, position, speaking: true) is { } together)
            return new Attribution(null, together, null, words, cue, SpeakerSource.Pronoun, rule, true);
        // 'BPS menyebut data … . Oleh karena itu, pihaknya menetapkan … . "…," tuturnya': in Indonesian a "-nya" cue with no
        // person to go to is the organisation that is the subject of the sentence before the quotation's (of the paragraph
        // before, when the quotation's sentence opens its paragraph).
        if (entity is null && tables.IsIndonesian && gender == Gender.Unknown && words.EndsWith("nya", StringComparison.OrdinalIgnoreCase)
            && paragraphs.TryGetValue(current.Block, out var quoted))
            entity = people.SubjectOrganisation(position, SentenceBeforeQuotation(quoted));
        return new Attribution(entity, null, entity?.Role, words, cue, entity is null ? SpeakerSource.None : SpeakerSource.Pronoun, rule, true);
    }

    // Where the sentence before the quotation's opens; when the quotation's sentence opens its paragraph, the paragraph before
    // from its start, or only its last sentence (lastOfParagraphBefore).
    private int SentenceBeforeQuotation(Paragraph quoted, bool lastOfParagraphBefore = false)
    {
        var opening = quoted.SentenceStart(quoted.TokenAt(current.Open));
        if (opening > 0) return quoted.Offset + quoted.Tokens[quoted.SentenceStart(opening - 1)].Start;
        if (ParagraphBefore(current.Block) is not { } before) return quoted.Offset;
        return lastOfParagraphBefore && before.Tokens.Count > 0 ? before.Offset + before.Tokens[before.SentenceStart(before.Tokens.Count - 1)].Start : before.Offset;
    }

    // Whether every mention of the entity between the verb at `verb` and the position is in the verb's sentence and names no
    // subject or speaker: someone the sentence tells about.
    private bool ToldAboutAfter(Entity entity, int verb, int position)
    {
        if (entity.LatestBefore(position) is not { Subject: false, Speaks: false, Reports: false } latest || latest.Position < verb
            || !paragraphs.TryGetValue(latest.Block, out var paragraph) || paragraph.Offset > verb) return false;
        var sentence = paragraph.Offset + paragraph.Tokens[paragraph.SentenceStart(latest.First)].Start;
        if (sentence > verb) return false;
        foreach (var mention in entity.Mentions)
            if (mention.Position > verb && mention.Position < position && mention != latest) return false;
        return true;
    }

    // The paragraph before the block, past a line or two that is no paragraph ("SCROLL TO CONTINUE WITH CONTENT").
    private Paragraph? ParagraphBefore(int block)
    {
        for (var b = block - 1; b >= 0 && b >= block - 3; b--)
            if (paragraphs.TryGetValue(b, out var paragraph)) return paragraph;
        return null;
    }

    // "As they say in the City, "the trend is your friend"": a saying, whoever "they" are.
    private bool SaysAsTheySay(QuoteSite quote)
    {
        var paragraph = paragraphs[quote.Block];
        var tokens = paragraph.Tokens;
        var open = paragraph.TokenAt(quote.Open);
        for (var k = Math.Max(1, paragraph.SentenceStart(open)); k < open; k++)
            if (tokens[k].Key == "they" && tokens[k - 1].Key == "as") return true;
        return false;
    }

    // The latest sentence before the quote, in its paragraph or the one before, whose subject is someone described without
    // a name and whose verb is one of speech: "A Labour Party spokesman told …", "An official said …".
    // "An Investment Ministry official has told …": the description ends before an auxiliary verb.
    private (string Description, int At)? UnnamedSubjectBefore(int position)
    {
        if (SpeechSentenceBefore(position, static (tables, tokens, k) => tables.Unnamed.Match(tokens, k, tokens.Count) > 0 || OpensWithOwnersTitle(tables, tokens, k))
            is not var (paragraph, k, v)) return null;
        // "Lorraine Battaglia, 52, a security screener who has worked …, said": a description in apposition to the person named
        // before it is that person, no one unnamed.
        if (ApposedToPerson(paragraph, k)) return null;
        var end = v;
        // "… spokesman has declined to say": not the verb that "to" follows, nor the auxiliaries before it.
        if (end > k + 2 && paragraph.Tokens[end - 1].Key == "to" && paragraph.Tokens[end - 1].IsLower && paragraph.Tokens[end - 2].IsLower) end -= 2;
        while (end > k + 1 && paragraph.Tokens[end - 1].IsLower && tables.AuxiliaryVerbs.Contains(paragraph.Tokens[end - 1].Key)) end--;
        // Not "One of them was asked to stop blogging by his company", "were told", "has been asked", "dimintai": the subject of a
        // passive verb is who heard it.
        // (Not "yang enggan disebut namanya": a passive verb whose subject is the name; nor "Seorang perawat … yang ditemui
        // Kompas.com mengaku": one in a relative clause.)
        for (var j = Math.Max(k + 1, v - 2); j < v; j++)
            if (IsPassive(paragraph.Tokens, j) && paragraph.Tokens[j + 1].Key != "namanya" && paragraph.Tokens[j - 1].Key != "namanya"
                && !InRelativeClause(paragraph.Tokens, k, j)) return null;
        return (Description(paragraph.Tokens, k, end), paragraph.Offset + paragraph.Tokens[v].Start);
    }

    // The quotation's paragraph opening with someone described without a name, whatever the verb: in Indonesian "Seorang
    // penumpang lain" up to the verb after it (a word in me-, or one of speech); in English "A stripper working two trees away"
    // up to its comma or its verb. The sentence ends before the quotation with no person named after the description: the
    // description and where it stands.
    private (string Description, int At)? UnnamedOpensParagraph(int position, bool plural = false)
    {
        if (!paragraphs.TryGetValue(current.Block, out var paragraph)) return null;
        var tokens = paragraph.Tokens;
        if (tokens.Count < 4 || paragraph.InQuote[0]) return null;
        // "Di sudut besalen, seorang panjak asal Desa Gadingan menyeka keringat": past an opening phrase of place or time.
        var start = 0;
        var apposed = false;
        if (!OpensDescribed(tokens, 0, plural))
        {
            var comma = 1;
            while (comma < tokens.Count && comma <= 8 && tokens[comma].IsWord) comma++;
            // ("Korban lain, seorang karyawan swasta, mengaku …": or, set off by commas, after "another" of those the article
            // told of, whom the description names.)
            apposed = comma <= 3 && tables.IsIndonesian && tokens[comma - 1].Key is "lain" or "lainnya";
            if (comma + 2 >= tokens.Count || !tokens[comma].Is(',') || !OpensDescribed(tokens, comma + 1, plural)
                || !(people.OpensAfterOpener(paragraph, comma + 1) || apposed)) return null;
            start = comma + 1;
        }
        var verb = tables.IsIndonesian ? IndonesianVerbAfter(paragraph, start) : EnglishVerbAfter(paragraph, start);
        var descriptionEnd = verb;
        if (verb < 0 && apposed)
        {
            var close = start + 2;
            while (close < tokens.Count && close <= start + 8 && tokens[close].IsWord) close++;
            if (close + 1 < tokens.Count && tokens[close].Is(',') && tokens[close + 1].IsLower
                && (tokens[close + 1].Key.StartsWith("me", StringComparison.Ordinal) || tables.CueVerbs.Match(tokens, close + 1, close + 2) == 1))
                (verb, descriptionEnd) = (close + 1, close);
        }
        if (verb < start + 2) return null;
        var quote = paragraph.TokenAt(position - paragraph.Offset);
        var ended = false;
        for (var j = verb; j < quote && j < tokens.Count; j++)
        {
            if (paragraph.InQuote[j] || people.MentionAt(paragraph.Block, j) is { Kind: MentionKind.Person }) return null;
            ended |= tokens[j].EndsSentence;
        }
        if (!ended) return null;
        return (Description(tokens, start, descriptionEnd), paragraph.Offset + tokens[start].Start);
    }

    // One person described without a name opens at k: "Seorang …", "Salah seorang …" (not "Salah satu tantangan", a thing); "A
    // sternman …", "An usher …" where one of the first words is a person's ("A new study …" is none). Or people counted, when
    // `plural`: "Dua pedagang bakso …" (who "mereka" and "keduanya" are), "Two girls …".
    private bool OpensDescribed(TokenList tokens, int k, bool plural)
    {
        if (k + 1 >= tokens.Count || !tokens[k].IsWord) return false;
        if (plural)
        {
            // (Not "Dua hari kemudian polisi …": a count of days, times or goods.)
            if (tables.IsIndonesian)
                return tokens[k].Key is "dua" or "tiga" or "empat" or "lima" or "beberapa" or "sejumlah" or "para" && tokens[k + 1].IsLower
                    && !tables.MeasureWords.Contains(tokens[k + 1].Key);
            if (tokens[k].Key is not ("two" or "three" or "four" or "five" or "several")) return false;
        }
        else
        {
            if (tables.IsIndonesian) return tokens[k].Key == "seorang" || tokens[k].Key == "salah" && tokens[k + 1].Key == "seorang";
            if (tokens[k].Key is not ("a" or "an")) return false;
        }
        // Of the lower-case words after the article, up to four, before a preposition, a participle, a verb or a comma: one a
        // word for a person ("A local woman"), or the last, the head, shaped like one ("A stripper working …", not "A former
        // coal mine near …", "A winter storm last year flooded …").
        var head = -1;
        for (var j = k + 1; j < tokens.Count && j <= k + 4 && tokens[j].IsWord && tokens[j].IsLower && !tables.Prepositions.Contains(tokens[j])
            && !tables.AuxiliaryVerbs.Contains(tokens[j].Key)
            // (Right after the article a participle qualifies the noun after it: "A retired fisherman", "A visiting nurse".)
            && (j == k + 1 && j + 1 < tokens.Count && tokens[j + 1].IsWord && tokens[j + 1].IsLower
                || !tokens[j].Key.EndsWith("ing", StringComparison.Ordinal) && !(tokens[j].Key.Length > 4 && tokens[j].Key.EndsWith("ed", StringComparison.Ordinal))); j++)
        {
            // (Not a title's modifier: "A former coal mine".)
            if (Array.IndexOf(ArticlePeople.Modifiers, tokens[j].Key) < 0 && IsPersonNoun(tokens, j, plural, byShape: false)) return true;
            head = j;
        }
        return head > k && IsPersonNoun(tokens, head, plural);
    }

    // Whether the lower-case word at k is a person's: "teenager", "woman", "official", or shaped like one ("stripper", "sternman",
    // "resident") and no thing's.
    private bool IsPersonNoun(TokenList tokens, int k, bool plural = false, bool byShape = true)
    {
        var word = tokens[k].Key;
        if (plural && word.Length > 3 && word[^1] == 's') word = word[..^1];
        return tables.PersonNouns.Contains(word) || tables.FemaleNouns.Contains(tokens[k].Key) || tables.FemaleNouns.Contains(word) || tables.MaleNouns.Contains(tokens[k].Key)
            || tables.MaleNouns.Contains(word) || tables.Roles.Match(tokens, k, k + 1) > 0
            || byShape && word.Length > 5 && (word.EndsWith("er", StringComparison.Ordinal) || word.EndsWith("or", StringComparison.Ordinal) || word.EndsWith("ist", StringComparison.Ordinal)
                || word.EndsWith("man", StringComparison.Ordinal) || word.EndsWith("ian", StringComparison.Ordinal)
                || word.EndsWith("ent", StringComparison.Ordinal) && !word.EndsWith("ment", StringComparison.Ordinal))
            && !tables.ThingNouns.Contains(word);
    }

    // In Indonesian the verb after a description that opens at `start`: a word in me-, or one of speech, within ten words (not
    // a word in me- that is no verb: "memang", "menurutnya", "merupakan", "menjadi", "melalui", "mengenai"), or the "yang" of a
    // clause about the one described.
    private int IndonesianVerbAfter(Paragraph paragraph, int start)
    {
        var tokens = paragraph.Tokens;
        var limit = start + 10;
        for (var j = start + 1; j < tokens.Count && j <= limit && !paragraph.InQuote[j]; j++)
        {
            // "Dua pedagang bakso di Pasar Minggu, Jakarta Selatan, yang …": past a province or a city set off by commas.
            if (tokens[j].Is(',') && tables.Places.Match(tokens, j + 1, tokens.Count) is var place and > 0 && j + 1 + place < tokens.Count && tokens[j + 1 + place].Is(','))
            {
                j += place + 1;
                limit += place + 2;
                continue;
            }
            if (!tokens[j].IsWord) return -1;
            // "Seorang pembeli grosir asal Cirebon yang ditemui di toko itu memilih …": the description ends at its clause.
            if (tokens[j].Key == "yang") return j;
            if (tokens[j].Key is "memang" or "merupakan" or "menjadi" or "melalui" or "mengenai" or "menjelang" || tokens[j].Key.StartsWith("menurut", StringComparison.Ordinal))
                return -1;
            // (Not every word in ber- is a verb: "Seorang pria bersenjata melepaskan tembakan"; one of speech is.)
            if (tokens[j].IsLower && (tokens[j].Key.Length >= 5 && tokens[j].Key.StartsWith("me", StringComparison.Ordinal) || tables.CueVerbs.Match(tokens, j, j + 1) == 1))
                return j;
        }
        return -1;
    }

    // In English where a description that opens at `start` ends: at its comma ("A sternman on a neighboring boat, who did not want
    // to be named …, was stacking traps"), or at an auxiliary, a verb of speech or one in -ed within fourteen words; -1 when none
    // comes.
    private int EnglishVerbAfter(Paragraph paragraph, int start)
    {
        var tokens = paragraph.Tokens;
        // "A crewman on a trawler moored nearby, who …": a clause set off after it ends the description, past a participle in -ed.
        for (var j = start + 2; j + 1 < tokens.Count && j <= start + 14 && !paragraph.InQuote[j] && (tokens[j].IsWord || tokens[j].Is(',')); j++)
        {
            if (tokens[j].Is(',')) { if (tokens[j + 1].Key == "who") return j; break; }
            if (tokens[j].IsLower && (tables.AuxiliaryVerbs.Contains(tokens[j].Key) || tables.CueVerbs.Match(tokens, j, j + 1) == 1)) break;
        }
        for (var j = start + 2; j < tokens.Count && j <= start + 14 && !paragraph.InQuote[j]; j++)
        {
            // ("A father from Harrisburg, Pa., holding …": past a US state set off after its town.)
            if (tokens[j].Is(',') && UsState(tokens, j + 1) is var state and > 0 && j + 1 + state < tokens.Count && tokens[j + 1 + state].Is(','))
                return j + 1 + state;
            if (tokens[j].Is(',')) return j;
            if (!tokens[j].IsWord) return -1;
            if (tokens[j].IsLower && (tables.AuxiliaryVerbs.Contains(tokens[j].Key) || tokens[j].Key.Length > 4 && tokens[j].Key.EndsWith("ed", StringComparison.Ordinal)
                || tables.CueVerbs.Match(tokens, j, j + 1) == 1 && !tokens[j].Key.EndsWith("ing", StringComparison.Ordinal)))
                return j;
        }
        return -1;
    }

    // The person named in the clause of the latest sentence of speech whose subject is someone unnamed ("A Whitlow volunteer
    // who gave only his first name, Dale, said"), when that clause gives their name.
    private Mention? GivenNameOfUnnamedBefore(int position) =>
        SpeechSentenceBefore(position, static (tables, tokens, k) => tables.Unnamed.Match(tokens, k, tokens.Count) > 0) is var (paragraph, k, v)
            ? GivenNameIn(paragraph, k + 1, tables.IsIndonesian ? Math.Min(paragraph.SentenceEnd(k), v + 3) : v) : null;

    // In English, "gave (only) his name as X", "gave only her first name, X" in [from, to): the person X. In Indonesian
    // "yang hanya menyebut namanya Joni", "yang mengaku bernama Joni".
    private Mention? GivenNameIn(Paragraph paragraph, int from, int to)
    {
        var tokens = paragraph.Tokens;
        if (tables.IsIndonesian)
        {
            for (var g = from; g + 1 < to && g < from + 16; g++)
                if (tokens[g].Key is "namanya" or "bernama" && tokens[g].IsLower && !paragraph.InQuote[g])
                    return people.MentionAt(paragraph.Block, g + 1) is { Kind: MentionKind.Person } named && named.First == g + 1 ? named : null;
            return null;
        }
        if (!tables.IsEnglish) return null;
        for (var g = from; g + 3 < to && g < from + 16; g++)
        {
            if (tokens[g].Key != "gave" || !tokens[g].IsLower || paragraph.InQuote[g]) continue;
            var n = g + 1;
            while (n < to && n <= g + 4 && tokens[n].Key != "name") n++;
            if (n >= to || tokens[n].Key != "name") return null;
            // "who gave her name only as Pat".
            if (n + 2 < to && tokens[n + 1].Key == "only" && tokens[n + 2].Key == "as") n++;
            var at = n + 1 < to && (tokens[n + 1].Key == "as" || tokens[n + 1].Is(',')) ? n + 2 : n + 1;
            return at < to && people.MentionAt(paragraph.Block, at) is { Kind: MentionKind.Person } named && named.First == at ? named : null;
        }
        return null;
    }

    // Whether the words at k follow a person's name and a comma, past an age set off by commas ("Lorraine Battaglia, 52, a …").
    private bool ApposedToPerson(Paragraph paragraph, int k)
    {
        var tokens = paragraph.Tokens;
        var j = k - 1;
        if (j < 1 || !tokens[j].Is(',')) return false;
        j--;
        if (j >= 2 && ArticlePeople.IsAgeDigits(tokens[j].Text) && tokens[j - 1].Is(',')) j -= 2;
        // (The person opens the sentence, not "Responding to Donald Trump, a Kremlin spokesman said".)
        return people.MentionAt(paragraph.Block, j) is { Kind: MentionKind.Person, Name.Length: >= 2, Governed: false } named && named.End == j + 1
            && OpensClauseAt(paragraph, paragraph.SentenceStart(named.First), named.First);
    }

    // Whether a name at `first` opens the clause that starts at `start`: right at it, or after the words that only open a
    // sentence ("But", "However,", "At Phoenix Sky Harbor International Airport,").
    private bool OpensClauseAt(Paragraph paragraph, int start, int first)
    {
        var k = start;
        while (k < first && !paragraph.Tokens[k].IsWord) k++;
        return k == first || people.OpensAfterOpener(paragraph, first) || tables.SentenceOpeners.Match(paragraph.Tokens, k, first) == first - k;
    }

    // In Indonesian, a word for a company ("perusahaan", "Perseroan") at k, alone: no mention, or one of that word only.
    private bool IsCompanyNounAlone(Paragraph paragraph, int k)
    {
        var tokens = paragraph.Tokens;
        if (!tables.IsIndonesian || tokens[k].IsAllCaps || tables.OutletNouns.Match(tokens, k, k + 1, out var kind) != 1 || kind != "company") return false;
        return people.MentionAt(paragraph.Block, k) is not { } mention || mention.First == k && mention.End == k + 1;
    }

    // Whether "yang", "who" or "which" stands in (from, j).
    private static bool InRelativeClause(TokenList tokens, int from, int j)
    {
        for (var i = from + 1; i < j; i++)
            if (tokens[i].IsLower && tokens[i].Key is "yang" or "who" or "which") return true;
        return false;
    }

    // Where the comma closing one to three capitalised words after the comma at k stands (", Jakarta Pusat,"), or 0.
    private static int PlaceBetweenCommas(TokenList tokens, int k)
    {
        var j = k + 1;
        while (j < tokens.Count && j <= k + 3 && tokens[j].IsWord && tokens[j].IsCapitalised && !tokens[j].IsAllCaps) j++;
        return j > k + 1 && j < tokens.Count && tokens[j].Is(',') ? j : 0;
    }

    // Whether position is in the first sentence that starts after `at` (block `block`), in its paragraph or the next.
    private bool NextSentence(int block, int at, int position)
    {
        if (current.Block > block + 1) return false;
        var starts = 0;
        for (var b = block; b <= current.Block; b++)
        {
            if (!paragraphs.TryGetValue(b, out var paragraph)) return false;
            var tokens = paragraph.Tokens;
            for (var k = 0; k < tokens.Count; k++)
            {
                var p = paragraph.Offset + tokens[k].Start;
                if (p <= at || paragraph.InQuote[k] || !tokens[k].IsWord) continue;
                if (p > position) break;
                if (paragraph.StartsSentence(k) && ++starts > 1) return false;
            }
        }
        return true;
    }

    // A description that opens with a word for more than one ("Sejumlah sumber", "Several analysts", "Two officials").
    private static bool IsPluralDescription(string description)
    {
        var space = description.IndexOf(' ');
        var first = space < 0 ? description.AsSpan() : description.AsSpan(0, space);
        foreach (var many in (ReadOnlySpan<string>)["sejumlah", "beberapa", "para", "banyak", "dua", "tiga", "empat", "lima", "some", "several", "many", "two", "three", "four", "five", "dozens", "hundreds", "thousands",
                     "sepasang", "sekelompok", "serombongan"])
            if (first.Equals(many, StringComparison.OrdinalIgnoreCase)) return true;
        // "a German couple on their fourth visit", "a group of seventh graders": one word for several people, among the first three
        // after "a".
        if (first.Equals("a", StringComparison.OrdinalIgnoreCase) || first.Equals("an", StringComparison.OrdinalIgnoreCase))
        {
            var words = 0;
            foreach (var range in description.AsSpan().Split(' '))
            {
                if (++words > 4) break;
                if (description.AsSpan()[range] is "couple" or "pair" or "group" or "family" or "crowd" or "trio") return true;
            }
        }
        return false;
    }

    private static bool OpensWithOne(string description)
    {
        var space = description.IndexOf(' ');
        var first = space < 0 ? description.AsSpan() : description.AsSpan(0, space);
        foreach (var one in (ReadOnlySpan<string>)["a", "an", "one", "another", "seorang", "salah"])
            if (first.Equals(one, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    // "a spokeswoman" is no "he", "a spokesman" no "she"; a description without such a word may be either.
    private static bool DescriptionAgrees(string description, Gender gender)
    {
        if (gender is not (Gender.Male or Gender.Female)) return gender != Gender.Plural;
        var female = false;
        var male = false;
        foreach (var range in description.AsSpan().Split(' '))
        {
            var word = description.AsSpan()[range];
            female |= word.EndsWith("woman", StringComparison.OrdinalIgnoreCase) || word.Equals("wanita", StringComparison.OrdinalIgnoreCase);
            male |= word.EndsWith("man", StringComparison.OrdinalIgnoreCase) && !word.EndsWith("woman", StringComparison.OrdinalIgnoreCase)
                || word.Equals("pria", StringComparison.OrdinalIgnoreCase);
        }
        return gender == Gender.Female ? !male : !female;
    }

    // "Tony Blair's official spokesman declined to say …": up to three capitalised words, a possessive and a title.
    private static bool OpensWithOwnersTitle(LanguageTables tables, TokenList tokens, int k)
    {
        if (!tables.IsEnglish) return false;
        // "The prime minister's official spokesman said …": a title's possessive in lower case after "the", then a spokesman,
        // who stays unnamed (not "The sprinter's lawyer", whom the article goes on to name).
        if (tokens[k].Key == "the")
        {
            for (var p = k + 1; p < tokens.Count && p <= k + 3 && tokens[p].IsWord && tokens[p].IsLower; p++)
                if (tokens[p].IsPossessive)
                    return tables.Roles.Contains(MentionFinder.OwnerKey(tokens[p])) && OwnersTitleEnd(tables, tokens, p) is var titleEnd and > 0
                        && tokens[titleEnd - 1].Key is "spokesman" or "spokeswoman" or "spokesperson";
            return false;
        }
        for (var p = k; p < tokens.Count && p <= k + 3 && tokens[p].IsCapitalised; p++)
        {
            if (tables.OrganisationWords.Contains(tokens[p].Key) || tables.OrganisationTails.Contains(tokens[p].Key)) return false;
            // A person's name of two words or more, or one after an honorific ("Mr Blair's spokesman").
            if (tokens[p].IsPossessive)
                return (p > k || tables.Honorifics.Match(tokens, k, p) > 0) && OwnersTitleEnd(tables, tokens, p) > 0;
        }
        return false;
    }

    // "The company said in a statement that deliveries would rise. "…," it said": the organisation that the latest sentence
    // of speech before the quote describes (in its paragraph or the one before), with the position of its verb.
    private (Entity Organisation, int At)? DescribedOrganisationBefore(int position)
    {
        // (A noun in lower case: "The Ministry of Agriculture and Livestock Development said" names the ministry, and is no
        // description of one named before.)
        if (SpeechSentenceBefore(position, static (tables, tokens, k) => tokens[k].Key == "the" && k + 1 < tokens.Count && tokens[k + 1].IsLower
                && tables.OutletNouns.Match(tokens, k + 1, Math.Min(tokens.Count, k + 3)) > 0)
            is not var (paragraph, k, v)) return null;
        var tokens = paragraph.Tokens;
        tables.OutletNouns.Match(tokens, k + 1, Math.Min(tokens.Count, k + 3), out var kind);
        var at = paragraph.Offset + tokens[k].Start;
        // "The government said …": a government the article named, never the latest organisation.
        var organisation = kind == "government" ? people.OrganisationNamed(tokens[k + 1].Key, at, oneWord: true)
            : people.LatestOrganisation(at, outlet: kind == "outlet", company: kind == "company");
        return organisation is null ? null : (organisation, paragraph.Offset + tokens[v].Start);
    }

    // The person a title alone stands for when, since the last speaker and in the quote's paragraph or the one before, the title
    // spoke as its sentence's subject (opening it, or after the comma of an opening phrase) and no named person spoke after it;
    // with where the title was written.
    private (Entity Person, int At)? SpeakingTitleSince(int position)
    {
        var mentions = people.Mentions;
        var lo = 0;
        var hi = mentions.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (mentions[mid].Position < position) lo = mid + 1; else hi = mid;
        }
        for (var i = lo - 1; i >= 0 && mentions[i].Block >= current.Block - 1 && mentions[i].Position > lastSpeakerAt; i--)
        {
            var mention = mentions[i];
            if (mention.Kind == MentionKind.Person && mention.Speaks) return null;
            // The title opens its sentence or follows the comma after an opening phrase (not "Ia juga meminta Direktur Utama …").
            if (mention is { Kind: MentionKind.Role, Speaks: true, RoleKey: { } key } && paragraphs.TryGetValue(mention.Block, out var paragraph)
                && (paragraph.StartsSentence(mention.First) || mention.First > 0 && paragraph.Tokens[mention.First - 1].Is(',')))
                return people.RoleHolder(key, mention.Position) is { } holder ? (holder, mention.Position) : null;
        }
        return null;
    }

    // The person the latest sentence of speech before the quote names by a title the article gave them ("The minister
    // said …", "Our correspondent said …"), with the position of its verb.
    private (Entity Person, int At)? TitledSubjectBefore(int position)
    {
        if (SpeechSentenceBefore(position, static (tables, tokens, k) => tokens[k].Key is "the" or "our" && tables.Roles.Match(tokens, k + 1, tokens.Count) > 0)
            is not var (paragraph, k, v)) return null;
        if (people.MentionAt(paragraph.Block, k + 1) is not { Kind: MentionKind.Role, RoleKey: { } key } title || title.First != k + 1) return null;
        var at = paragraph.Offset + paragraph.Tokens[k].Start;
        return people.RoleHolder(key, at) is { } holder ? (holder, paragraph.Offset + paragraph.Tokens[v].Start) : null;
    }

    // The latest sentence before the quote, in its paragraph or the one before, that opens with a subject <paramref name="opens"/>
    // accepts and has a verb of speech within a few words (past a who-clause): its paragraph, first token and verb. The test
    // is given the tables, so that the callers' lambdas are static: one capturing them would be a new delegate at every call.
    private (Paragraph Paragraph, int Subject, int Verb)? SpeechSentenceBefore(int position, Func<LanguageTables, TokenList, int, bool> opens)
    {
        for (var block = current.Block; block >= current.Block - 1; block--)
        {
            if (!paragraphs.TryGetValue(block, out var paragraph)) continue;
            var tokens = paragraph.Tokens;
            // The paragraph's sentences of speech are in token order: the latest one before the position that the test accepts.
            var sentences = SpeechSentences(paragraph);
            var i = sentences.Count - 1;
            while (i >= 0 && paragraph.Offset + tokens[sentences[i].Subject].Start >= position) i--;
            for (; i >= 0; i--)
                if (opens(tables, tokens, sentences[i].Subject)) return (paragraph, sentences[i].Subject, sentences[i].Verb);
        }
        return null;
    }

    // Where the paragraph's sentences (or last clauses) open with a subject that a verb of speech follows within a few
    // words, past a who-clause: their first token and verb, in token order. Read once for each paragraph asked about, as
    // every pronoun asks SpeechSentenceBefore up to three times, of its paragraph and the one before.
    private List<(int Subject, int Verb)> SpeechSentences(Paragraph paragraph)
    {
        speechSentences ??= new List<(int, int)>?[paragraph.Block + 1];
        if (paragraph.Block >= speechSentences.Length) Array.Resize(ref speechSentences, paragraph.Block + 1);
        if (speechSentences[paragraph.Block] is { } known) return known;
        var sentences = new List<(int Subject, int Verb)>();
        var tokens = paragraph.Tokens;
        for (var k = 0; k < tokens.Count; k++)
        {
            if (paragraph.InQuote[k]) continue;
            // The subject opens the sentence, or a last clause after a comma: "…, a person familiar with the thinking at
            // the company said."
            var lastClause = k > 0 && tokens[k - 1].Is(',') && tokens[k].IsLower;
            // "But a UKIP spokesman said …", "However, a spokesman pointed out …": past a conjunction that opens the sentence.
            // (Whether the word opens its sentence is asked first: it reads flags, where the word's letters are another read.)
            var afterConjunction = k > 0 && tokens[k].IsLower && (paragraph.StartsSentence(k - 1) && tokens[k - 1].Key is "but" or "however" or "and" or "yet" or "meanwhile" or "namun" or "tapi" or "sementara"
                || tokens[k - 1].Is(',') && k > 1 && paragraph.StartsSentence(k - 2) && tokens[k - 2].Key is "however" or "meanwhile" or "namun");
            // "On Monday, Tony Blair's official spokesman declined to say …": past an opening phrase and its comma.
            if (!(lastClause || afterConjunction || tokens[k].IsCapitalised && (paragraph.StartsSentence(k) || people.OpensAfterOpener(paragraph, k)))) continue;
            // Someone described without a name ("A spokesman for …"): the description may be longer, and run on once.
            var unnamed = tables.Unnamed.Match(tokens, k, tokens.Count) > 0;
            var limit = k + (unnamed && tables.IsEnglish ? 16 : lastClause ? 10 : unnamed ? 12 : 8);
            var stretched = false;
            for (var v = k + 2; v < tokens.Count && v <= limit && !paragraph.InQuote[v]; v++)
            {
                // "A senior administration official, who spoke on the condition of anonymity, said": past the clause.
                if (tokens[v].Is(',') && v + 1 < tokens.Count && tokens[v + 1].Key is "who" or "yang")
                {
                    var close = v + 2;
                    while (close < tokens.Count && close < v + 20 && !tokens[close].Is(',') && !tokens[close].EndsSentence && !paragraph.InQuote[close]) close++;
                    if (close >= tokens.Count || !tokens[close].Is(',')) break;
                    limit = close + 3;
                    v = close;
                    continue;
                }
                // "Another laid-off employee, a software engineer who asked not to be named …, said": in English past a description
                // in apposition, set off by commas, to the verb of speech after its closing comma; or past a participle's clause
                // ("A tourist from Osaka, browsing through a box of old maps, said").
                if (unnamed && tables.IsEnglish && tokens[v].Is(',') && v + 1 < tokens.Count && tokens[v + 1].IsLower
                    && (tokens[v + 1].Key is "a" or "an" || tokens[v + 1].Key.Length > 4 && tokens[v + 1].Key.EndsWith("ing", StringComparison.Ordinal)))
                {
                    var closing = -1;
                    // (Not a list, "A man, a woman and a child were taken …", nor a cue whose speaker follows it: "…, said a spokeswoman".)
                    for (var j = v + 2; j + 1 < tokens.Count && j <= v + 30 && !paragraph.InQuote[j] && !tokens[j].EndsSentence && tokens[j].Key is not ("and" or "or"); j++)
                        if (tokens[j].Is(',') && tokens[j + 1].IsLower && tables.CueVerbs.Match(tokens, j + 1, tokens.Count) is var cueWords and > 0)
                        {
                            var after = j + 1 + cueWords;
                            if (after >= tokens.Count || !(tokens[after].Key is "a" or "an" or "the" || people.MentionAt(paragraph.Block, after) is not null)) closing = j;
                            break;
                        }
                    if (closing > v)
                    {
                        (limit, v) = (closing + 1, closing);
                        continue;
                    }
                }
                // "A spokesman for the Association of Payment and Clearing Services (Apacs) which represents the UK's payments
                // industry said": after a description of someone unnamed, past a bracketed short form and a relative clause.
                if (unnamed && tokens[v].Is('(') && !stretched)
                {
                    var shut = v + 1;
                    while (shut < tokens.Count && shut < v + 6 && !tokens[shut].Is(')')) shut++;
                    if (shut >= tokens.Count || !tokens[shut].Is(')')) break;
                    (limit, v, stretched) = (shut + 10, shut, true);
                    continue;
                }
                // "Seorang pedagang valuta asing di kawasan Kwitang, Jakarta Pusat, mengaku …": past a place set off by commas
                // (not "Seorang penulis, Beth Zasloff, mengatakan": a person's name there is who spoke).
                if (unnamed && tokens[v].Is(',') && PlaceBetweenCommas(tokens, v) is var placeEnd and > 0
                    && people.MentionAt(paragraph.Block, v + 1) is not { Kind: MentionKind.Person or MentionKind.Role })
                {
                    (limit, v) = (Math.Max(limit, placeEnd + 2), placeEnd);
                    continue;
                }
                if (!tokens[v].IsWord) break;
                // ("yang" after "Seorang …" only: "Salah satu langkah tegasnya yakni SPPG yang …" describes no person.)
                if (unnamed && !stretched && tokens[v].IsLower && (tokens[v].Key is "which" or "who" or "that" || tokens[v].Key == "yang" && tokens[k].Key == "seorang"))
                {
                    // ("A German tourist who had paid to join a truffle hunt near the village of Roddi said": in English after
                    // "who", up to twenty words: "A retired schoolteacher who has lived in Casa Piedra since 1978 and spoke at a
                    // packed council meeting last week said".)
                    (limit, stretched) = (v + (tables.IsEnglish && tokens[v].Key == "who" ? 20 : 10), true);
                    // "A mother of four who lives near Millersburg, and who asked that her name not be used because of …, said":
                    // to the verb of speech after the clause's last comma, however long the clause.
                    var clauseEnd = -1;
                    for (var j = v + 1; j + 1 < tokens.Count && j <= v + 45 && !paragraph.InQuote[j] && !tokens[j].EndsSentence; j++)
                        if (tokens[j].Is(',') && tokens[j + 1].IsLower && tables.CueVerbs.Match(tokens, j + 1, tokens.Count) > 0) clauseEnd = j;
                    if (clauseEnd > v)
                    {
                        (limit, v) = (clauseEnd + 1, clauseEnd);
                        continue;
                    }
                }
                // Not "A 52-year-old man who was arrested … and whose solicitor said he would deny the charge was remanded": a
                // clause of someone else's inside the description.
                if (stretched && tokens[v].Key == "whose") break;
                if (!tokens[v].IsLower || tables.CueVerbs.Match(tokens, v, tokens.Count) == 0) continue;
                // Nor "… said nothing when he was arrested": a verb of speech that says nothing.
                if (v + 1 < tokens.Count && tokens[v + 1].Key == "nothing") continue;
                // "Salah satu tanda yang paling jelas adalah …": a cue's bare form after a degree word is an adjective.
                if (tables.DegreeWords.Contains(tokens[v - 1].Key)
                    && !tokens[v].Key.StartsWith("me", StringComparison.Ordinal) && !tokens[v].Key.StartsWith("ber", StringComparison.Ordinal)) continue;
                // Not after an opening phrase ("Standing outside the ruined pharmacy, one man … said he had been inside"): that
                // subject opens its sentence's clause of speech as one that opens the sentence does.
                if (lastClause && v + 1 < tokens.Count && !tokens[v + 1].EndsSentence && !(unnamed && AfterOpeningPhrase(paragraph, k - 1) && PlainVerbAfter(tokens, v))) break;
                // From the verb on: a name inside the description ("A spokesman for the Information Commissioner's
                // Office said") is where they work, not someone named since.
                sentences.Add((k, v));
                break;
            }
        }
        return speechSentences[paragraph.Block] = sentences;
    }

    private List<(int Subject, int Verb)>?[]? speechSentences;

    // The verb at v is no word in -ing and no infinitive or noun after "to" or an article ("some stars have taken it upon
    // themselves to send a warning", "to say").
    private static bool PlainVerbAfter(TokenList tokens, int v) =>
        !tokens[v].Key.EndsWith("ing", StringComparison.Ordinal) && tokens[v - 1].Key is not ("to" or "a" or "an" or "the");

    // The comma at `comma` closes a phrase that opens its sentence with a preposition or a word in -ing ("Standing outside the
    // ruined pharmacy,", "In Kharkiv,", "Back in Tazewell,"; in Indonesian "Di Kabupaten Alor,"), of at most twelve words, with
    // no quotation or verb of speech in it.
    private bool AfterOpeningPhrase(Paragraph paragraph, int comma)
    {
        var tokens = paragraph.Tokens;
        var start = paragraph.SentenceStart(comma);
        if (comma - start < 1 || comma - start > 12 || !tokens[start].IsCapitalised) return false;
        var opens = tables.IsEnglish
            ? tables.Prepositions.Contains(tokens[start]) || tokens[start].Key.EndsWith("ing", StringComparison.Ordinal)
                || tokens[start].Key == "back" && start + 1 < comma && tables.Prepositions.Contains(tokens[start + 1])
            : tables.IsIndonesian && tokens[start].Key is "di" or "dari" or "ke";
        if (!opens) return false;
        for (var j = start; j < comma; j++)
            if (paragraph.InQuote[j] || tokens[j].IsLower && tables.CueVerbs.Match(tokens, j, j + 1) > 0) return false;
        return true;
    }

    // Whether the quote being attributed names the entity: by an acronym given for it, or by a word of its name that is
    // no ordinary word.
    private bool NamedInQuote(Entity entity)
    {
        if (entity == reportedSubject) return true;
        quoteWords ??= QuoteWords(current);
        if (quoteWords.Count == 0) return false;
        foreach (var alias in entity.Aliases)
            if (quoteWords.Contains(alias)) return true;
        foreach (var word in entity.Name)
        {
            var key = LanguageTables.Key(word);
            // Not '"Sistem perbankan Inggris tetap kuat," tambahnya' after "Departemen Keuangan Inggris": a place in an
            // organisation's name (also "Indonesia" of "Bank Indonesia") names the country in a quote, not the organisation.
            if (key.Length >= 3 && !tables.Common.Contains(key) && quoteWords.Contains(key)
                && !(entity.Kind == MentionKind.Organisation && tables.Places.Contains(key))) return true;
        }
        return false;
    }

    // "Mr Blair has failed to tackle these problems, he claimed", 'Mr Blair's government was a "bossy …," he added': in
    // English the subject of the clause that a pronoun's cue, set off by a comma after it, reports is not who the pronoun
    // means. Not 'Brown was delighted: "…," he said', where the clause only leads into a quotation of its own.
    // Only when the cue closes the sentence or a participle follows it ("…, he claimed, saying …"), not a cue set inside a
    // clause that goes on ("Michael Howard has no doubt it is the prime minister who, he claims, is "ramming" …"), nor after
    // a clause that a subordinator opens ("Though Mariam do not know …, she says").
    private Entity? ReportedSubject(Paragraph paragraph, int cue, int after)
    {
        var tokens = paragraph.Tokens;
        static bool Mark(Token token) => token.Text is "\"" or "\u201C" or "\u201D";
        if (!tables.IsEnglish || cue < 2 || !(tokens[cue - 1].Is(',') || Mark(tokens[cue - 1]) && tokens[cue - 2].Is(','))) return null;
        // ", he told the federal court, saying …": past whom it was told to.
        while (after < tokens.Count && after < cue + 10 && tokens[after].IsWord && !paragraph.InQuote[after]) after++;
        if (after < tokens.Count && !tokens[after].EndsSentence
            && !(tokens[after].Is(',') && after + 1 < tokens.Count && tokens[after + 1].IsLower && tokens[after + 1].Key.EndsWith("ing", StringComparison.Ordinal))) return null;
        var from = paragraph.SentenceStartAcrossFragments(cue);
        if (tables.Subordinators.Contains(tokens[from])) return null;
        // A quotation that opens after a colon or a comma is the clause's own.
        for (var i = from + 1; i < cue - 1; i++)
            if (Mark(tokens[i]) && tokens[i - 1].Text is ":" or "," && !paragraph.InQuote[i - 1]) return null;
        // The clause's subject, named first ("Sean Long, Sculthorpe's … team-mate, has expressed doubts … "…," he said" is
        // Sculthorpe's, named inside it).
        return people.MentionAt(paragraph.Block, from) is { Kind: MentionKind.Person, Entity: { } entity } subject && subject.First == from ? entity : null;
    }

    private HashSet<string> QuoteWords(QuoteSite quote)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        if (!paragraphs.TryGetValue(quote.Block, out var paragraph)) return words;
        var to = Math.Min(paragraph.TokenAt(quote.Close), paragraph.Tokens.Count);
        var text = paragraph.Text;
        var nested = false;
        for (var k = paragraph.TokenAt(quote.Open); k < to; k++)
        {
            var token = paragraph.Tokens[k];
            // "… tapi eets... 'Prabowo, ingat kamu Presiden' ya sudah pakai Maung terus," ucapnya: words the speaker quotes
            // inside the quote (here said to himself) do not name someone else.
            if (token.Text is "'" or "\u2018" && (token.Start == 0 || char.IsWhiteSpace(text[token.Start - 1]))) nested = true;
            else if (nested && token.Text is "'" or "\u2019") nested = false;
            else if (!nested && (token.IsCapitalised || token.IsAllCaps))
            {
                words.Add(token.Key);
                // "I think Sean's situation is …": a possessive names its owner.
                if (token.IsPossessive) words.Add(MentionFinder.OwnerKey(token));
            }
        }
        return words;
    }

    // "kata perempuan yang akrab disapa Azizah itu": the person named right after "yang (akrab) disapa" or "yang (biasa)
    // dipanggil" that follows a description's words [start, end), or null. (The paragraph is looked up by its tokens only
    // when the words match, which is seldom.)
    private Mention? CalledAfter(TokenList tokens, int start, int end)
    {
        var k = end;
        // "kata ibu tiga anak yang akrab disapa Mama Nia itu": past how many children the person has.
        var noun = people.ParentCounted(tokens, start) is var counted and > 0 ? counted : start + 1;
        if (k < tokens.Count && tokens[k].Key != "yang") k = noun < end && tokens[noun].Key == "yang" ? noun : -1;
        if (k < 0 || k + 2 >= tokens.Count || tokens[k].Key != "yang") return null;
        k++;
        if (tokens[k].Key is "akrab" or "biasa" or "kerap" or "karib" or "sering") k++;
        if (k + 1 >= tokens.Count || tokens[k].Key is not ("disapa" or "dipanggil") || !tokens[k + 1].IsCapitalised) return null;
        foreach (var paragraph in people.Paragraphs)
            if (paragraph.Tokens == tokens)
                return people.MentionAt(paragraph.Block, k + 1) is { Kind: MentionKind.Person } called && called.NameFirst <= k + 2 ? called : null;
        return null;
    }

    // A name, role or organisation at the cue, resolved through the article's entities.
    private Attribution Resolve(Mention mention, int position, string rule)
    {
        // "ujar pengemudi Pajero" after "pengemudi Pajero berinisial AR": in Indonesian a description the article gave to a
        // person it names by initials is that person.
        if (tables.IsIndonesian && mention.Kind != MentionKind.Organisation && InitialledAs(mention) is { } initials
            && people.ByWord(initials, position) is { } initialled)
            return new Attribution(initialled, null, initialled.Role, mention.Surface, null, SpeakerSource.EarlierMention, rule, true);
        // "analis Morgan Stanley yang dipimpin oleh …": a team noun in the mention or right before it.
        if (mention.Kind != MentionKind.Person && paragraphs.TryGetValue(mention.Block, out var teamParagraph)
            && LedBy(mention.Block, mention.End, IsTeamNoun(teamParagraph.Tokens, mention.First) || mention.First > 0 && IsTeamNoun(teamParagraph.Tokens, mention.First - 1)) is { } leader)
            return Leaders(leader, rule);
        // "Citi analysts led by Ed Morse and Francesco Martoccia said": the leaders, both, whichever the cue found.
        if (mention.Kind == MentionKind.Person && FirstLeader(mention) is { } first) return Leaders(first, rule);
        if (mention.Kind == MentionKind.Role)
        {
            // '"…," said the 74-year-old comedian': a description that gives an age points back to someone already named,
            // never on to a holder of the title named after it ("comedian Sacha Baron Cohen" a paragraph on).
            var agedTitle = AgedDescription(mention);
            var holder = mention.RoleKey is { } key ? people.RoleHolder(key, position, forward: !agedTitle) : null;
            holder ??= people.TitleWithin(mention.Surface, position);
            // "King said" after "Martin Luther King Jr.": a one-word title, capitalised, that is a word of a person's name.
            if (holder is null && mention.Surface.IndexOf(' ') < 0 && char.IsUpper(mention.Surface[0]) && people.ByWord(mention.Surface, position) is { } named)
                return new Attribution(named, null, named.Role, mention.Surface, null, SpeakerSource.EarlierMention, rule, true);
            // "lanjut Wali Kota Makassar ini": a title closed by a demonstrative points back to someone already named, even
            // when the article never gave them that title, as a description does.
            if (holder is null && paragraphs.TryGetValue(mention.Block, out var paragraph) && mention.End < paragraph.Tokens.Count
                && paragraph.Tokens[mention.End].IsLower && tables.Demonstratives.Contains(paragraph.Tokens[mention.End]))
            {
                // '"…," kata sumber tersebut' after "Seorang sumber di internal partai … mengatakan": the one described
                // without a name before, with that word.
                // Only one described in this paragraph or the one before, after the last person named there.
                if (mention.Surface.IndexOf(' ') < 0 && UnnamedSubjectBefore(position) is { } unnamedBefore
                    && unnamedBefore.Description.Split(' ').Any(w => w.Equals(mention.Surface, StringComparison.OrdinalIgnoreCase))
                    && (people.LatestPerson(position, unnamedBefore.At, Gender.Unknown, NamedInQuote) is null))
                    return new Attribution(null, unnamedBefore.Description, null, mention.Surface, null, SpeakerSource.EarlierMention, rule, true);
                holder = people.Antecedent(position, Gender.Unknown, lastSpeaker, lastSpeakerAt, NamedInQuote);
            }
            // "But a spokesman added:", "a BPI spokesman said": a title after "a", with no name, is someone the article does
            // not name, kept as the text describes them.
            if (holder is null && IndefiniteDescription(mention) is { } unnamed)
                return new Attribution(null, unnamed, null, unnamed, null, SpeakerSource.SameSentence, rule, true);
            if (holder is null && DescribedBefore(mention.Surface, position) is { } described)
                return new Attribution(null, described, null, mention.Surface, null, SpeakerSource.EarlierMention, rule, true);
            // "The Argentine had stoked up the temperature" after "Argentine David Nalbandian": the person the article
            // introduced as a person of that country.
            if (holder is null && tables.Demonyms.Contains(LanguageTables.Key(mention.Surface))) holder = people.IntroducedAs(mention.Surface);
            // "The lawyer added", "said the economist": a definite description of someone the article is about, though it
            // never gave them that title.
            if (holder is null && (agedTitle || DefiniteArticleBefore(mention)))
            {
                holder = people.Antecedent(position, Gender.Unknown, lastSpeaker, lastSpeakerAt, NamedInQuote);
                // Not "the Tory source said" after "They [the Liberal Democrats] have said …": one described is no group named
                // in the plural.
                if (holder is not null && people.IsPluralGroupName(holder.Name)) holder = null;
            }
            // '"…," the 34-year-old told Norwich's website' after "Norwich have signed Charlton midfielder Graham Stuart": an
            // age stands for the person named last, in its paragraph or the one before, though no one was a sentence's subject.
            if (holder is null && DefiniteArticleBefore(mention) && paragraphs.TryGetValue(mention.Block, out var aged) && MentionFinder.IsAge(aged.Tokens[mention.First]))
                holder = people.LatestPerson(position, ParagraphBefore(mention.Block) is { } before ? before.Offset : aged.Offset, Gender.Unknown, NamedInQuote);
            return holder is null
                ? new Attribution(null, mention.Surface, mention.Role, mention.Surface, null, SpeakerSource.SameSentence, rule, true)
                : new Attribution(holder, null, mention.Role ?? holder.Role, mention.Surface, null, SpeakerSource.EarlierMention, rule, true);
        }
        // "kata Ketua DKPP": the person the article names with that title, or someone it does not name, kept as the text
        // describes them; not the organisation.
        if (mention.Title is { } title)
        {
            if (people.TitleHolder(title, position) is { } holder) return new Attribution(holder, null, title, title, null, SpeakerSource.EarlierMention, rule, true);
            return new Attribution(null, title, null, title, null, SpeakerSource.SameSentence, rule, true) { TitleAt = mention.Position };
        }
        // "ujar Dirjen Hubud", "imbuh Kepala Disnakertrans": a title and a short form, read as a one-word name, are the person
        // the article gave that title in full; also where the short form stands alone elsewhere ("memanggil bupati dan
        // Bapenda" before "kata Kepala Bapenda").
        if (tables.IsIndonesian && mention is { Kind: MentionKind.Person, RoleKey: not null, Name.Length: 1, Entity: { Name.Length: 1 } shortForm } && mention.NameFirst > mention.First
            && people.TitleHolder(mention.Surface, position) is { } titled && titled != shortForm)
            return new Attribution(titled, null, titled.Role, mention.Surface, null, SpeakerSource.EarlierMention, rule, true);
        // "kata Kadisdikbud": the short title and the field's short form written as one word.
        if (tables.IsIndonesian && mention is { Kind: MentionKind.Person, RoleKey: null, Name: [var word], Entity: { Name.Length: 1 } compound }
            && people.CompoundTitleHolder(word, position) is { } compounded && compounded != compound)
            return new Attribution(compounded, null, compounded.Role, mention.Surface, null, SpeakerSource.EarlierMention, rule, true);
        // "kata Kadisbun Jambi" after "Kepala Dinas Perkebunan (Disbun) Provinsi Jambi, Amrizal Tanzil,": the short title and the
        // field's short form written as one word, then the place the holder's title names.
        if (tables.IsIndonesian && mention is { RoleKey: null, Name: [var compoundWord, .. var place] } && place.Length is 1 or 2
            && people.CompoundTitleHolder(compoundWord, position) is { } placed && people.TitleNames(placed, place))
            return new Attribution(placed, null, placed.Role, mention.Surface, null, SpeakerSource.EarlierMention, rule, true);
        // "kata Ketum Aprindo" after "Ketua Umum Asosiasi Pengusaha Ritel Indonesia (Aprindo), Herdian …": in Indonesian a
        // title before an organisation's name is the person the article gave that title.
        if (tables.IsIndonesian && mention is { Kind: MentionKind.Organisation, RoleKey: not null } && mention.NameFirst > mention.First
            && people.TitleHolder(mention.Surface, position) is { } head)
            return new Attribution(head, null, mention.Role, mention.Surface, null, SpeakerSource.EarlierMention, rule, true);
        // "ujar Kepala Kantor SAR Banjarmasin" after "Kepala Kantor SAR Banjarmasin, Jasril Sutan Mudo,": in Indonesian a title
        // read whole as an organisation's name is the person the article gave that title.
        if (tables.IsIndonesian && mention.Kind == MentionKind.Organisation && paragraphs.TryGetValue(mention.Block, out var titledParagraph)
            && tables.Roles.Match(titledParagraph.Tokens, mention.First, mention.End) > 0 && people.TitleWithin(mention.Surface, position) is { } titleHolder)
            return new Attribution(titleHolder, null, titleHolder.Role, mention.Surface, null, SpeakerSource.EarlierMention, rule, true);
        if (mention.Entity is not { } entity) return new Attribution(null, mention.NameText, mention.Role, mention.Surface, null, SpeakerSource.SameSentence, rule, true);
        // "Kelompok berdalih …" where the article named no "Kelompok …": in Indonesian the head of a body of people's name
        // ([people-groups]) alone names no one; with a body named with it, it is that body ("Paguyuban menegaskan:" after
        // "Paguyuban Pedagang Pasar Baru").
        if (tables.IsIndonesian && entity is { Kind: MentionKind.Organisation, Name.Length: 1 } && people.IsPeopleGroup(entity))
            return new Attribution(null, null, null, mention.Surface, null, SpeakerSource.None, rule, true);
        if (Joint(mention) is { } together) return new Attribution(null, together, null, together, null, SpeakerSource.SameSentence, rule, true);
        if (OwnersTitle(mention) is { } owned) return new Attribution(null, owned, null, owned, null, SpeakerSource.SameSentence, rule, true);
        // Named here in full, or by a nickname the tables know ("Cak Imin"): the same sentence. By a short form, an alias or a
        // nickname the article gave earlier ("kata Budi", "ungkap Jokowi" after "Joko Widodo (Jokowi)"): an earlier mention.
        // A peer named with the title that is their name ("Lord Strathclyde"): in full too.
        var namedInFull = entity.Canonical.Equals(string.Join(' ', SurfaceName(mention)), StringComparison.OrdinalIgnoreCase)
            || entity.Canonical.Equals(mention.Surface, StringComparison.OrdinalIgnoreCase)
            || entity.Canonical.Equals(mention.NameText, StringComparison.Ordinal) && entity.Mentions.All(m => m.Position >= mention.Position || m.Surface == mention.Surface);
        var source = namedInFull ? SpeakerSource.SameSentence : SpeakerSource.EarlierMention;
        return new Attribution(entity, null, mention.Role ?? entity.Role, mention.Surface, null, source, rule, true);
    }

    // The initials written right after the mention's words and a word of [initials-words] elsewhere in the article
    // ("pengemudi Pajero berinisial AR"), or null.
    private string? InitialledAs(Mention mention)
    {
        if (!paragraphs.TryGetValue(mention.Block, out var paragraph)) return null;
        // The description's noun in lower case before the name ("pengemudi Pajero") counts with it.
        var first = mention.First > 0 && paragraph.Tokens[mention.First - 1].IsWord && paragraph.Tokens[mention.First - 1].IsLower ? mention.First - 1 : mention.First;
        if (mention.End - first < 2) return null;
        var length = mention.End - first;
        // The article's words of [initials-words] before capitals were found with its people.
        foreach (var (p, k) in people.InitialsWordsAt)
        {
            // "Pengemudi Pajero itu diketahui berinisial AR": up to three lower-case words may stand between.
            for (var at = k - length; at >= 0 && at >= k - length - 3; at--)
            {
                if (p.Block == mention.Block && at == first) break;
                var same = true;
                for (var i = 0; i < length && same; i++) same = p.Tokens[at + i].Key == paragraph.Tokens[first + i].Key;
                if (same) return p.Tokens[k + 1].Text;
                if (!p.Tokens[at + length - 1].IsWord || !p.Tokens[at + length - 1].IsLower) break;
            }
        }
        return null;
    }

    // "tulis analis Morgan Stanley yang dipimpin oleh Ridham Desai dan Girish Acchipalia", "Goldman analysts led by Jan
    // Hatzius wrote": a team described and then its leaders named speaks through them; the first person named within a few
    // words after "led by" (past the leader's title: "dipimpin oleh Co-Head … Goldman, Zach Pandl"), or null.
    // Only a team: team says whether the words before k name one ("analis Morgan Stanley"); else a noun for it must follow
    // ("Goldman Sachs analysts led by"), not an organisation alone ("Hamas, led by …"). The leader is looked for before end.
    private Mention? LedBy(int block, int k, bool team, int end = int.MaxValue)
    {
        if (!paragraphs.TryGetValue(block, out var paragraph)) return null;
        var tokens = paragraph.Tokens;
        // "Goldman Sachs analysts led by": a noun or two for the team after the organisation.
        for (var n = 0; n < 2 && k < tokens.Count && tokens[k].IsWord && tokens[k].IsLower && tokens[k].Key is not ("led" or "yang" or "dipimpin"); n++, k++)
            team |= IsTeamNoun(tokens, k);
        if (!team) return null;
        if (k < tokens.Count && tokens[k].Is(',')) k++;
        if (k < tokens.Count && tokens[k].Key == "yang") k++;
        if (k + 1 >= tokens.Count || !(tokens[k].Key is "dipimpin" && tokens[k + 1].Key == "oleh" || tokens[k].Key == "led" && tokens[k + 1].Key == "by")) return null;
        for (var j = k + 2; j < tokens.Count && j < end && j < k + 10 && !tokens[j].EndsSentence; j++)
            if (people.MentionAt(block, j) is { Kind: MentionKind.Person, Entity: not null } led) return led;
        return null;
    }

    // A noun for people who work together, in lower case or opening a sentence: "analysts", "economists", "analis", "ekonom".
    private bool IsTeamNoun(TokenList tokens, int k) =>
        tokens[k].IsWord && (tokens[k].IsLower || k == 0 || tokens[k - 1].EndsSentence)
        && (IsPluralSpeaker(tokens[k]) || tables.UnnamedRoles.Match(tokens, k, k + 1) == 1 || tables.Roles.Match(tokens, k, k + 1) == 1);

    private bool AnyTeamNoun(TokenList tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (IsTeamNoun(tokens, k)) return true;
        return false;
    }

    // The first person named after "led by" or "dipimpin oleh", when the mention is that person or the one joined to them by
    // "and"; null when no "led by" stands before.
    private Mention? FirstLeader(Mention mention)
    {
        if (!paragraphs.TryGetValue(mention.Block, out var paragraph)) return null;
        var tokens = paragraph.Tokens;
        if (mention.Entity is null) return null;
        var first = mention;
        if (first.First >= 2 && tokens[first.First - 1].Key is "and" or "dan" && people.MentionAt(first.Block, first.First - 2) is { Kind: MentionKind.Person, Entity: not null } before
            && before.End == first.First - 1) first = before;
        return first.First >= 2 && (tokens[first.First - 2].Key == "led" && tokens[first.First - 1].Key == "by"
            || tokens[first.First - 2].Key == "dipimpin" && tokens[first.First - 1].Key == "oleh") ? first : null;
    }

    // Two people who speak together, each by their fullest name: "Ed Morse and Francesco Martoccia".
    private string Together(Entity first, Entity second) => first.Canonical + (tables.IsEnglish ? " and " : " dan ") + second.Canonical;

    // The leader named after "led by", or the two leaders joined by "and" (after "by", where Joint sees a preposition).
    private Attribution Leaders(Mention leader, string rule)
    {
        var tokens = paragraphs[leader.Block].Tokens;
        if (leader.End + 1 < tokens.Count && tokens[leader.End].Key is "dan" or "and"
            && people.MentionAt(leader.Block, leader.End + 1) is { Kind: MentionKind.Person, Entity: { } second } other && other.First == leader.End + 1 && second != leader.Entity)
        {
            var both = Together(leader.Entity!, second);
            return new Attribution(null, both, null, both, null, SpeakerSource.SameSentence, rule, true);
        }
        return new Attribution(leader.Entity, null, leader.Role ?? leader.Entity!.Role, leader.Surface, null, SpeakerSource.SameSentence, rule, true);
    }

    // "kata Lim Aun Seng dan Ernest Alto", "Dirut AISA Lim Aun Seng dan Direktur AISA Ernest Alto menjelaskan", "fellow
    // students Ryan Crabbe and Gordon Rennie, who observed": two people joined by "dan" or "and" speak together, and the
    // speaker is both, each by their fullest name; null when the person stands alone.
    private string? Joint(Mention mention)
    {
        if (mention.Kind != MentionKind.Person || !paragraphs.TryGetValue(mention.Block, out var paragraph)) return null;
        var tokens = paragraph.Tokens;
        Mention? first = null, second = null;
        if (mention.First >= 2 && tokens[mention.First - 1].Key is "dan" or "and"
            && people.MentionAt(mention.Block, mention.First - 2) is { Kind: MentionKind.Person, Entity: not null } before && before.End == mention.First - 1)
            (first, second) = (before, mention);
        else if (mention.End + 1 < tokens.Count && tokens[mention.End].Key is "dan" or "and"
            && people.MentionAt(mention.Block, mention.End + 1) is { Kind: MentionKind.Person, Entity: not null } after && after.First == mention.End + 1)
            (first, second) = (mention, after);
        if (first is null || second is null || first.Entity == second.Entity || first.Entity is null || second.Entity is null) return null;
        // Not "after a 0-0 tie at Old Trafford and Ancelotti said": a name after a preposition is no one who speaks.
        if (people.AfterPreposition(tokens, first.First)) return null;
        // Not "Komisioner Bidang Trafficking dan Eksploitasi KPAI Ai Maryati Solihah": a one-word "name" after a title is
        // more likely the title's field.
        if (first.Role is not null && first.Entity.Name.Length < 2 || second.Role is not null && second.Entity.Name.Length < 2) return null;
        return Together(first.Entity, second.Entity);
    }

    // "Tony Blair's official spokesman said", "said Mr Blair's spokesman": in English a person's possessive before a title
    // tells whose spokesman, lawyer or aide speaks, not who; the speaker is kept as the text describes them. Not "Blair's
    // spokesman Tom Kelly", whose name follows.
    private string? OwnersTitle(Mention mention) =>
        OwnedTitleEnd(mention) is var end and >= 0 ? Description(paragraphs[mention.Block].Tokens, mention.First, end) : null;

    // Where the title a person's possessive mention owns ends, or -1.
    private int OwnedTitleEnd(Mention mention)
    {
        if (!tables.IsEnglish || mention.Kind != MentionKind.Person || !paragraphs.TryGetValue(mention.Block, out var paragraph)) return -1;
        var end = OwnersTitleEnd(tables, paragraph.Tokens, mention.End - 1);
        if (end < 0) return -1;
        // A person's: named in full or with an honorific, not "Scotland's first minister" or "The Scottish National Party's
        // parliamentary leader"; and not an apposition ("Sir Bernard Ingham, Margaret Thatcher's former press secretary,"),
        // though after an opener set off by a comma ("On Monday, Mr Blair's spokesman said": ClosesOpener).
        if (mention.Entity is not { } owner || owner.Name.Length < 2 && mention.NameFirst == mention.First
            || owner.Name.Any(w => tables.OrganisationWords.Contains(LanguageTables.Key(w)) || tables.OrganisationTails.Contains(LanguageTables.Key(w)))
            || mention.First > 0 && paragraph.Tokens[mention.First - 1].Is(',') && !ClosesOpener(paragraph, mention.First - 1)) return -1;
        return end;
    }

    // In English "the", a name that is no title's (a place's, a club's, a prize's) and a word for a person ([person-nouns]) at
    // <paramref name="the"/>, within <paramref name="end"/>: where the description ends, or -1 ("the Waterford man", "The
    // Oscar winner").
    private int QualifiedPersonNounEnd(Paragraph paragraph, int the, int end)
    {
        var tokens = paragraph.Tokens;
        if (!tables.IsEnglish || the + 2 >= end || tokens[the].Key != "the"
            || people.MentionAt(paragraph.Block, the + 1) is not { Kind: not MentionKind.Role, Role: null } qualifier
            || qualifier.First != the && qualifier.First != the + 1 || qualifier.End >= end) return -1;
        return tokens[qualifier.End].IsLower && tables.PersonNouns.Contains(tokens[qualifier.End].Key) ? qualifier.End + 1 : -1;
    }

    // Whether the comma at <paramref name="comma"/> closes a phrase that opens its sentence with a preposition or an opener and
    // names no person ("On Monday,", "However,"), not an apposition ("Alastair Campbell, 47,", "The Tory chairman,").
    private bool ClosesOpener(Paragraph paragraph, int comma)
    {
        var tokens = paragraph.Tokens;
        var start = paragraph.SentenceStart(comma);
        if (start >= comma || !tokens[start].IsWord || !(tables.Prepositions.Contains(tokens[start]) || tables.SentenceOpeners.Match(tokens, start, comma) > 0))
            return false;
        for (var k = start; k < comma; k++)
            if (tokens[k].Is(',') || people.MentionAt(paragraph.Block, k) is { Kind: MentionKind.Person }) return false;
        return true;
    }

    // Where the title after a possessive at <paramref name="possessive"/> ends ("'s official spokesman"), over at most three
    // lower-case modifiers; -1 when none follows or a name comes after it.
    private static int OwnersTitleEnd(LanguageTables tables, TokenList tokens, int possessive)
    {
        if (possessive < 0 || !tokens[possessive].IsPossessive) return -1;
        for (var k = possessive + 1; k < tokens.Count && k <= possessive + 4 && tokens[k].IsWord && tokens[k].IsLower; k++)
        {
            var title = tables.Roles.Match(tokens, k, tokens.Count);
            if (title == 0) title = tables.Unnamed.Match(tokens, k, tokens.Count);
            // "Gov. Ned Lamont's office said": a body the person heads or employs, one word at most after the possessive (not
            // "Blair's decision to leave office").
            if (title == 0 && k <= possessive + 2 && tables.OwnedBodies.Contains(tokens[k].Key)) title = 1;
            if (title == 0) continue;
            var end = k + title;
            while (end < tokens.Count && tokens[end].IsWord && tokens[end].IsLower && tables.Roles.Match(tokens, end, end + 1) > 0) end++;
            // "Labour's deputy minister for women Jacqui Smith": the title's field, then the name.
            var next = end;
            if (next < tokens.Count && tokens[next].Key is "for" or "of" or "at" or "in")
                while (next + 1 < tokens.Count && next < end + 4 && tokens[next].IsWord && tokens[next].IsLower) next++;
            // "De Telegraaf's image editor, Peter Schoonen": or a comma and the name.
            if (next + 1 < tokens.Count && tokens[next].Is(',') && tokens[next + 1].IsCapitalised) return -1;
            return next < tokens.Count && tokens[next].IsCapitalised ? -1 : end;
        }
        return -1;
    }

    // Both people, when the person was last named together with another (as the subject of a verb of speech, when
    // speaking is asked for).
    private string? NamedTogether(Entity? entity, int position, bool speaking) =>
        entity?.LatestBefore(position) is { } latest && (!speaking || latest.Speaks) ? Joint(latest) : null;

    // "the 74-year-old comedian", "The 58-year-old US singer": the title after "the" and an age, a capitalised word (a
    // country) between them or not.
    private bool AgedDescription(Mention mention)
    {
        if (!paragraphs.TryGetValue(mention.Block, out var paragraph)) return false;
        var tokens = paragraph.Tokens;
        var k = MentionFinder.IsAge(tokens[mention.First]) ? mention.First : mention.First - 1;
        if (k > 0 && !MentionFinder.IsAge(tokens[k]) && tokens[k].IsCapitalised) k--;
        return k > 0 && MentionFinder.IsAge(tokens[k]) && tokens[k - 1].Key == "the";
    }

    // "the lawyer", "the government spokesman", "our correspondent": "the" (or a broadcaster's "our") before the role, over
    // at most two lower-case modifiers.
    private bool DefiniteArticleBefore(Mention mention)
    {
        if (!paragraphs.TryGetValue(mention.Block, out var paragraph)) return false;
        var tokens = paragraph.Tokens;
        var k = mention.First - 1;
        // "the Old Trafford boss": the title's qualifier, a name, stands between.
        if (k >= 0 && people.MentionAt(mention.Block, k) is { Kind: not MentionKind.Role, Role: null } qualifier && qualifier.End == mention.First)
        {
            // "The Lib Dem leader": the qualifier's run took the article in.
            // Not "The Bat spokeswoman": a firm's spokesperson is someone it does not name.
            if (tokens[qualifier.First].Key is "the" or "our") return !mention.Surface.StartsWith("spokes", StringComparison.OrdinalIgnoreCase);
            k = qualifier.First - 1;
        }
        // "the Labour peer and former minister", "the Liberal Democrat leader": in English over a party's or a body's
        // capitalised name too.
        while (k >= 0 && k >= mention.First - 5 && tokens[k].IsWord && (tokens[k].IsLower || tables.IsEnglish && tokens[k].IsCapitalised && k > 0)
            && tokens[k].Key is not ("the" or "our" or "a" or "an")) k--;
        return k >= 0 && tokens[k].Key is "the" or "our";
    }

    // The words from an indefinite article to the end of the title ("a spokesman", "a senior BPI spokeswoman"), or null
    // when no such article stands at most three words before the title.
    private string? IndefiniteDescription(Mention mention)
    {
        if (!paragraphs.TryGetValue(mention.Block, out var paragraph)) return null;
        var tokens = paragraph.Tokens;
        // "a spokesman", "seorang warga", "salah satu anggota", "some analysts": a word of the tables' [unnamed] at most three
        // words before the title (not past "the" or a person's name).
        var k = mention.First - 1;
        while (k >= 0 && k >= mention.First - 4 && tokens[k].IsWord && tokens[k].Key != "the" && people.MentionAt(mention.Block, k) is not { Kind: MentionKind.Person }
            && !(tokens[k].IsLower && tables.Unnamed.Match(tokens, k, mention.First) is var n and > 0 && k + n >= mention.First - 3)) k--;
        if (k < 0 || k < mention.First - 4 || !tokens[k].IsWord || !tokens[k].IsLower || tables.Unnamed.Match(tokens, k, mention.First) == 0) return null;
        // Not "seorang lansia, Colleen Hoffman (69)", "a company spokesman, Peter Brown": the name set off after it.
        if (AfterComma(paragraph, mention.End) is { Kind: MentionKind.Person, Name.Length: >= 2 }) return null;
        // "a senior source at the club told the BBC": the description runs on to the verb.
        var end = mention.End;
        while (end < tokens.Count && end < mention.End + 6 && tokens[end].IsWord && !paragraph.InQuote[end] && tables.CueVerbs.Match(tokens, end, tokens.Count) == 0
            && tokens[end].Key is not ("was" or "is") && !IsAdverb(tokens[end].Key)) end++;
        var reachesVerb = end < tokens.Count && tokens[end].IsWord && !paragraph.InQuote[end] && tables.CueVerbs.Match(tokens, end, tokens.Count) > 0;
        return Description(tokens, k, reachesVerb ? end : mention.End);
    }

    // The name's words as printed (the surface after its role), before a nickname was replaced by the name it stands for.
    private static string[] SurfaceName(Mention mention)
    {
        var words = mention.Surface.Split(' ');
        return words.Length >= mention.Name.Length ? words[^mention.Name.Length..] : words;
    }

    // Where the demonstrative that closes a former post after the cue stands ("mantan Dirut PT Bank Mandiri (Persero) Tbk
    // (BMRI) ini"), or 0 when the clause goes on.
    private int FormerPostEnd(TokenList tokens, int k, int end)
    {
        for (var i = k + 1; i < end && i <= k + 16; i++)
        {
            // "tegas mantan Kepala Perwakilan Bank Indonesia di New York, AS itu": a capitalised place after "di" or a comma
            // is still the post's.
            var placeNext = i + 1 < end && tokens[i + 1].IsCapitalised;
            if (tokens[i].Is(',') && !placeNext || tokens[i].IsWord && tokens[i].IsLower && !(tokens[i].Key == "di" && placeNext)
                && (tables.Prepositions.Contains(tokens[i]) || tables.Subordinators.Contains(tokens[i]))) return 0;
            if (tokens[i].IsLower && tables.Demonstratives.Contains(tokens[i])) return i + 1 >= end || !tokens[i + 1].IsWord ? i : 0;
        }
        return 0;
    }

    // "politikus asal Klaten itu", "the minister", "media tersebut", "the company": a description of someone named before.
    private Attribution Describe(TokenList tokens, int start, int end, int position, string rule)
    {
        // '"…," the boy said' after "a boy of about 10 was stomping on lanternflies": in English "the" and a noun are the one
        // described with it nearby, with no person named since.
        if (tables.IsEnglish && end == start + 1 && start > 0 && tokens[start - 1].Key == "the" && tokens[start].IsLower && IsPersonNoun(tokens, start)
            && OneDescribedWith(tokens[start].Key, position) is { } boy)
            return new Attribution(null, boy, null, Description(tokens, start, end), null, SpeakerSource.EarlierMention, rule, true);
        // '"…," tutur nenek delapan cucu itu' after "Sutijah (81), nenek delapan cucu yang tinggal …": in Indonesian a description
        // of two words or more closed by a demonstrative is the person it was set off after by a comma, in the quotation's
        // paragraph or the one before.
        if (tables.IsIndonesian && end - start >= 2 && end < tokens.Count && tokens[end].IsLower && tables.Demonstratives.Contains(tokens[end])
            && ApposedWith(tokens, start, end, position) is { Entity: { } apposed })
            return new Attribution(apposed, null, apposed.Role, Description(tokens, start, end), null, SpeakerSource.EarlierMention, rule, true);
        if (Described(tokens, start, end, position, rule, anyOrganisation: true, out var nounKind) is { } described) return described;
        // '"…," kata pedagang itu' after "seorang pedagang beras di Pasar Muntilan menunjukkan …": in Indonesian a description
        // closed by a demonstrative is the one described before with its first word.
        if (tables.IsIndonesian && end < tokens.Count && tokens[end].IsLower && tables.Demonstratives.Contains(tokens[end])
            && OneDescribedWith(tokens[start].Key, position) is { } one)
            return new Attribution(null, one, null, Description(tokens, start, end), null, SpeakerSource.EarlierMention, rule, true);
        var words = Description(tokens, start, end);
        // "dalam laporannya …": words that stop a description at once describe no one.
        if (words.Length == 0) return new Attribution(null, null, null, null, null, SpeakerSource.None, rule, false);
        // "according to the indictment": a document no one was named with is no person's words, kept as the text names it;
        // "tulis pemerintah" where no government was named is the government, as the text names it, not the person named last.
        // "the mother told Mr Solomon": a description of a woman is no man named before, and stays as written when no woman was.
        if (nounKind == "government") words = GovernmentAsWritten(tokens, start, end, words);
        // '"…," the sources said': in English people described in the plural are no one person named before.
        // ("the police" too: a collective noun of [plural-speakers].)
        var plural = tables.IsEnglish && tokens[end - 1].IsLower && IsPluralSpeaker(tokens[end - 1]);
        var antecedent = nounKind is "document" or "government" || plural ? null : people.Antecedent(position, Gender.Unknown, lastSpeaker, lastSpeakerAt, NamedInQuote);
        if (plural && start > 0 && tokens[start - 1].Key == "the" && tokens[start - 1].IsWord)
        {
            // "said the researchers" after "Jonathan Wolpaw and Dennis McFarlane …": the two people named together last.
            if (NamedTogether(people.Antecedent(position, Gender.Unknown, lastSpeaker, lastSpeakerAt, NamedInQuote), position, speaking: false) is { } both)
                return new Attribution(null, both, null, words, null, SpeakerSource.EarlierMention, rule, true);
            words = tokens[start - 1].Text + " " + words;
        }
        var gender = DescriptionGender(tokens, start, end);
        if (antecedent is { Gender: Gender.Male or Gender.Female } named && gender != Gender.Unknown && named.Gender != gender)
            antecedent = people.Antecedent(position, gender, lastSpeaker, lastSpeakerAt, NamedInQuote);
        // A woman or a man kept as the text describes them, "the" included ("the mother"), as an index of who said what lists them.
        if (antecedent is null && gender != Gender.Unknown && tables.IsEnglish && start > 0 && tokens[start - 1].Key == "the" && tokens[start - 1].IsWord)
            words = tokens[start - 1].Text + " " + words;
        return new Attribution(antecedent, antecedent is null ? words : null, antecedent?.Role, words, null,
            antecedent is null ? SpeakerSource.SameSentence : SpeakerSource.EarlierMention, rule, true);
    }

    // "But the government is continuing to insist that …": the government as an index of who said what lists it, not the words
    // after it up to the verb ("the government" in English when the noun stands alone; "assembly government", "the government
    // spokesman", "pemerintah daerah" whole).
    private string GovernmentAsWritten(TokenList tokens, int start, int end, string words)
    {
        for (var k = start; k < end; k++)
            if (tokens[k].IsLower && tables.OutletNouns.Match(tokens, k, k + 1, out var kind) == 1 && kind == "government")
            {
                var last = k + 1 < end && tokens[k + 1].IsLower && tables.AuxiliaryVerbs.Contains(tokens[k + 1].Key) ? k + 1 : end;
                var government = Description(tokens, start, last);
                return tables.IsEnglish && last == k + 1 && k == start && start > 0 && tokens[start - 1].Key == "the" ? "the " + government : government;
            }
        return words;
    }

    // Whom a description names by its own words: the organisation its noun stands for ("the company", "the institute" after
    // "the American Film Institute"), the writer of the document it names, the holder of the office it names, or the one
    // described so before ("the spokesman"). Null when only the flow of the article could tell (see Describe);
    // nounKind tells whether the description names a government ("+government", first) or a document. Unless anyOrganisation,
    // a noun of no kind ("the panel") names only an organisation the article named with that word, not the last one it named;
    // a government never names the last one.
    private Attribution? Described(TokenList tokens, int start, int end, int position, string rule, bool anyOrganisation, out string? nounKind)
    {
        var words = Description(tokens, start, end);
        nounKind = null;
        if (tables.IsIndonesian && tables.PersonNouns.Contains(tokens[start].Key) && CalledAfter(tokens, start, end) is { Entity: { } called } calledMention)
            return new Attribution(called, null, called.Role, calledMention.Surface, null, SpeakerSource.EarlierMention, rule, true);
        // "kata dosen yang akrab disapa Bu Tari itu": a title too, the title the words at the cue.
        if (tables.IsIndonesian && tables.Roles.Match(tokens, start, start + 1) == 1 && CalledAfter(tokens, start, end) is { Entity: { } titled })
            return new Attribution(titled, null, titled.Role, words, null, SpeakerSource.EarlierMention, rule, true);
        // "jelas pemerintah", "the government said", "tulis pernyataan pemerintah": a government the article named, or none;
        // never the latest organisation, which is seldom a government ("PDB", "SDA Migas").
        var government = false;
        for (var k = start; k < end && !government; k++)
            government = tokens[k].IsLower && tables.OutletNouns.Match(tokens, k, k + 1, out var governmentKind) == 1 && governmentKind == "government"
                // Not "the government body said" after "Natural England": a government's word before a noun for a body only
                // says what kind of body it is.
                && !(tables.IsEnglish && k + 1 < end && tokens[k + 1].IsLower && tables.OutletNouns.Match(tokens, k + 1, end) > 0);
        // "the foreign ministry said" after "China's foreign ministry said": in English a state's body of two words or more is
        // the one the article named with all of them.
        var first = start > 0 && tokens[start].Key == "the" ? start + 1 : start;
        if (tables.IsEnglish && end - first >= 2 && tables.StateBodies.Match(tokens, first, end) == end - first
            && people.OrganisationWithWords([.. Enumerable.Range(first, end - first).Select(k => tokens[k].Key)], position) is { } body)
            return new Attribution(body, null, null, words, null, SpeakerSource.EarlierMention, rule, true);
        // '"…," the ministry said' after "The finance ministry said in a statement …": in English a state's body the article
        // named only in lower case, in the quotation's paragraph or the two before, when no organisation it named has the word.
        if (tables.IsEnglish && end - first == 1 && tokens[first].IsLower && tables.StateBodies.Match(tokens, first, end) == 1
            && people.OrganisationNamed(tokens[first].Key, position) is null && BodyNamedInLowerCase(tokens[first].Key, position) is { } lowerBody)
            return new Attribution(null, lowerBody, null, words, null, SpeakerSource.EarlierMention, rule, true);
        // "the park service said" after "the National Park Service": in English two or three lower-case words after "the" that
        // close the name of an organisation the article named (one word: "the commission" below). Not a document: "the report
        // said" is its writer's words, not "World Business Report"'s.
        if (tables.IsEnglish && !government && start > 0 && tokens[start - 1].Key == "the" && end - start is 2 or 3 && AllLower(tokens, start, end)
            && !(tables.OutletNouns.Match(tokens, end - 1, end, out var closing) == 1 && closing == "document")
            && people.OrganisationWithWords([.. Enumerable.Range(start, end - start).Select(k => tokens[k].Key)], position) is { } named
            && LanguageTables.Key(named.Name[^1]) == tokens[end - 1].Key)
            return new Attribution(named, null, null, words, null, SpeakerSource.EarlierMention, rule, true);
        // "In a statement, the county said" after "Stafford County" and "Kelsey Marchetti, a county spokeswoman": in English the
        // public body a place's name stands for, not the one who speaks for it.
        if (tables.IsEnglish && end - start == 1 && start > 0 && tokens[start - 1].Key == "the" && tokens[start].IsLower
            && tables.PlaceBodies.TryGetValue(tokens[start].Key, out var closings) && people.NamedClosingOn(closings.Split(',', StringSplitOptions.TrimEntries), position) is { } placeBody)
            return new Attribution(placeBody, null, null, words, null, SpeakerSource.EarlierMention, rule, true);
        for (var k = start; k < end; k++)
        {
            // Not "anggota Dewan Pakar Partai Gerindra tersebut": a capitalised noun is a word of a name there (but the first,
            // capitalised as the sentence opens: "Perusahaan juga menyebut").
            if ((tokens[k].IsLower || k == start && !tokens[k].IsAllCaps && end - start == 1) && tables.OutletNouns.Match(tokens, k, end, out var kind) is var noun and > 0)
            {
                // "said the spokesman" after "A spokesman for the Home Office said": the one described before, not the
                // organisation the description named.
                if (kind is null && k + 1 == end && tokens[k].Key is "spokesman" or "spokeswoman" && DescribedBefore(tokens[k].Text, position) is { } spokesperson)
                    return new Attribution(null, spokesperson, null, words, null, SpeakerSource.EarlierMention, rule, true);
                // "bunyi beleid tersebut" after "Peraturan Presiden Nomor 79 Tahun 2025": the regulation, by the name it was
                // numbered with. (With none numbered, whoever the flow of the article names: "tulis beleid tersebut yang
                // diteken Menteri Keuangan Sri Mulyani".)
                // (Not "perancang aturan itu", the regulation's drafter, nor "aturan main lomba", a contest's rules.)
                if (kind == "regulation")
                {
                    // ("Keputusan itu menyebutkan" only after a decree named "Keputusan …": not a rate decision after a law.)
                    if (k == start && !(k + 1 < end && tokens[k + 1].Key == "main") && RegulationNamed(position) is { } regulation
                        && (tokens[k].Key != "keputusan" || regulation.StartsWith("Keputusan", StringComparison.OrdinalIgnoreCase)))
                        return new Attribution(null, regulation, null, words, null, SpeakerSource.EarlierMention, rule, true);
                    continue;
                }
                if (kind == "document" && nounKind is null) nounKind = kind;
                if (kind == "government") nounKind = kind;
                // (In Indonesian "+named" only opening the description: "pegawai dinas tersebut" is someone at the office.)
                if (kind == "named" && tables.IsIndonesian && k > start) continue;
                // "+named" ("the committee"): only an organisation the article named with the word, never the latest one.
                if (((noun == 1 && kind is null or "named" || kind == "government" ? people.OrganisationNamed(tokens[k].Key, position, oneWord: kind == "government") : null)
                        ?? (kind == "document" ? DocumentWriter(tokens[k].Key, position) : null)
                        // '"…," the force said' after "Lincolnshire Police said officers were checking CCTV …": in English a noun of
                        // no kind is the organisation that is the subject in the quotation's paragraph, over one named since as no
                        // subject.
                        ?? (kind is null && tables.IsEnglish && anyOrganisation && !government && paragraphs.TryGetValue(current.Block, out var here)
                            ? people.SubjectOrganisation(position, here.Offset) : null)
                        ?? ((anyOrganisation || kind is not null) && kind != "named" && !government ? people.LatestOrganisation(position, outlet: kind == "outlet", company: kind == "company",
                            listed: tokens[k].Key is "perseroan" or "emiten" or "keterbukaan") : null)) is { } organisation)
                    return new Attribution(organisation, null, null, words, null, SpeakerSource.EarlierMention, rule, true);
            }
            var role = tables.Roles.Match(tokens, k, end);
            if (role > 0 && people.RoleHolder(string.Join(' ', Enumerable.Range(k, role).Select(i => tokens[i].Key)), position) is { } holder)
                return new Attribution(holder, null, holder.Role, words, null, SpeakerSource.EarlierMention, rule, true);
        }
        // "the commission said" after "The Electoral Commission says …": in English the organisation the article named with the
        // description's last word.
        if (tables.IsEnglish && (end - start == 2 && tokens[start].Key == "the" || end - start == 1 && start > 0 && tokens[start - 1].Key == "the") && tokens[end - 1].IsLower
            && people.OrganisationNamed(tokens[end - 1].Key, position) is { } headed)
            return new Attribution(headed, null, null, words, null, SpeakerSource.EarlierMention, rule, true);
        // "The spokesman said" after "A spokesman for Darlington Council said": the one described before.
        if (end > start && tokens[end - 1].IsLower && DescribedBefore(tokens[end - 1].Text, position) is { } described)
            return new Attribution(null, described, null, words, null, SpeakerSource.EarlierMention, rule, true);
        // "kata pedagang yang enggan disebut namanya itu" after "Seorang pedagang valuta asing … mengaku": the description's
        // noun, before the clause that qualifies it.
        if (words.IndexOf(' ') < 0 && words.Length > 0 && char.IsLower(words[0]) && end - start > 1 && DescribedBefore(words, position) is { } qualified)
            return new Attribution(null, qualified, null, words, null, SpeakerSource.EarlierMention, rule, true);
        return null;
    }

    // "ungkap laporan itu" after "… kata Moody's dalam sebuah laporan" or "tulis laporan Moody's Analytics": a document the
    // article named before speaks for whoever it named with it there, the writer right after the noun or the one who speaks
    // in its sentence (not the outlet that carried it: "Dalam pernyataan resmi, dikutip Bloomberg, …"). The latest naming of
    // the noun decides; a walk of bounded length, back from the quote.
    private Entity? DocumentWriter(string noun, int position)
    {
        var list = people.Paragraphs;
        var walked = 0;
        for (var p = list.Count - 1; p >= 0 && walked < MaxDocumentWalk; p--)
        {
            var paragraph = list[p];
            if (paragraph.Offset >= position) continue;
            var tokens = paragraph.Tokens;
            for (var k = tokens.Count - 1; k >= 0 && walked < MaxDocumentWalk; k--, walked++)
            {
                // "Laporan mingguan … Moody's Analytics, yang dirilis …": the noun may open its sentence.
                if (paragraph.Offset + tokens[k].Start >= position || paragraph.InQuote[k] || !tokens[k].IsLower && !(tokens[k].IsCapitalised && paragraph.StartsSentence(k))
                    || tokens[k].Key != noun && !(tokens[k].Key.Length == noun.Length + 3 && tokens[k].Key.StartsWith(noun, StringComparison.Ordinal) && tokens[k].Key.EndsWith("nya", StringComparison.Ordinal)))
                    continue;
                var j = k + 1;
                // An Indonesian demonstrative follows its noun ("laporan itu"); an English one comes before it.
                bool After(int t) => tables.IsIndonesian && tables.Demonstratives.Contains(tokens[t]);
                while (j < tokens.Count && j <= k + 2 && tokens[j].IsLower && (tokens[j].Key is "resmi" or "tertulis" or "terbaru" or "tahunan" or "mingguan" or "bulanan" || After(j))) j++;
                // "laporan itu menyebutkan", "the report says": the document again, not where it was named.
                if (j > k + 1 && After(j - 1)) continue;
                if (tables.IsEnglish && k > 0 && tokens[k - 1].Key == "the" && j < tokens.Count && tables.CueVerbs.Match(tokens, j, tokens.Count) > 0) continue;
                // "keterangan yang disampaikan OJK", "pengumuman dari BPKH": the writer after a passive verb or "dari".
                if (j + 1 < tokens.Count && tokens[j].Key == "yang" && tokens[j + 1].IsLower && tables.PassiveCues.Contains(tokens[j + 1])) j += 2;
                // Not "meminta keterangan dari Andi Wijaya": a witness asked for a statement is not its writer.
                else if (j < tokens.Count && tokens[j].IsLower && tokens[j].Key is "dari" or "from" or "by" or "oleh"
                    && !(k > 0 && tables.StatementSeekers.Contains(tokens[k - 1].Key)))
                    j++;
                if (j < tokens.Count && people.MentionAt(paragraph.Block, j) is { Kind: not MentionKind.Role, Entity: { } writer } named && named.First == j) return writer;
                // "The 64-page report by the city's independent policing auditor, Natalie Brandt-Osei, found": in English the
                // writer named after the description of them.
                if (tables.IsEnglish && j > k + 1 && tokens[j - 1].Key is "by" or "from" && ApposedWriter(paragraph, j) is { Entity: { } apposed }) return apposed;
                // 'In a memo to staff titled "The Harder Road," the chief executive, Oren …, said': over a title quoted inside it.
                var end = paragraph.SentenceEndAcrossFragments(k);
                var opens = paragraph.SentenceStart(k);
                for (var i = opens; i < end; i++)
                    if (!paragraph.InQuote[i] && people.MentionAt(paragraph.Block, i) is { Speaks: true, Entity: { } speaker } speaking && speaking.First == i && !people.NamesOutlet(speaking)) return speaker;
                // "The orchestra said in a statement that …": in English "the" and a noun that opens the sentence, before its
                // verb of speech, is the organisation the article named with the noun.
                // (Not past another organisation that spoke since, in the paragraph or the one before: "The bank said in a
                // statement" after "Barclays said …" is Barclays, not the Bank of England named before.)
                // "The company said in its filing to the Australian Securities Exchange that …": a noun for a business is the latest
                // company before the sentence.
                // "The cuts will fall on …, the company said in a filing with the Philippine Stock Exchange": or "the" and the noun
                // right before the verb and "in a filing", at the sentence's end (the exchange is whom it was filed with).
                var the = opens + 2 < k && tokens[opens].Key == "the" && tokens[opens + 1].IsLower && tables.CueVerbs.Match(tokens, opens + 2, k) > 0 ? opens
                    : k >= opens + 5 && tokens[k - 1].Key is "a" or "an" or "its" && tokens[k - 2].Key == "in" && tables.CueVerbs.Match(tokens, k - 3, k - 2) == 1
                        && tokens[k - 5].Key == "the" && tokens[k - 5].IsLower && tokens[k - 4].IsLower && k - 6 >= 0 && tokens[k - 6].Is(',') ? k - 5 : -1;
                if (tables.IsEnglish && the >= 0
                    && (people.OrganisationNamed(tokens[the + 1].Key, position)
                        // (A company, not a place read as one: "Tesla is recalling … in the United States".)
                        ?? (tables.OutletNouns.Match(tokens, the + 1, the + 2, out var nounKind) == 1 && nounKind == "company"
                            && people.LatestOrganisation(paragraph.Offset + tokens[the].Start, outlet: false, company: true) is { } latest && !tables.Places.ContainsPhrase(latest.Name) ? latest : null)) is { } subject
                    && !people.OtherOrganisationSpokeSince(subject, paragraph.Offset + tokens[the].Start, paragraph.Block)) return subject;
                return null;
            }
        }
        return null;
    }

    private const int MaxDocumentWalk = 2000;

    // After "by" or "from" at j - 1: the person or organisation a description set off by a comma then names, within eight
    // words and no verb of speech ("by the city's independent policing auditor, Natalie Brandt-Osei,").
    private Mention? ApposedWriter(Paragraph paragraph, int j)
    {
        var tokens = paragraph.Tokens;
        var end = Math.Min(paragraph.SentenceEnd(j), j + 9);
        var described = false;
        for (var t = j; t + 1 < end; t++)
        {
            if (paragraph.InQuote[t] || tokens[t].IsLower && tables.CueVerbs.Match(tokens, t, t + 1) > 0) return null;
            described |= tokens[t].IsWord && tokens[t].IsLower && !tables.Prepositions.Contains(tokens[t]) && tokens[t].Key is not ("the" or "a" or "an");
            // The name closes the apposition: a comma or the sentence's end after it (not "a report from last week, Goldman
            // Sachs …").
            if (tokens[t].Is(','))
                return described && people.MentionAt(paragraph.Block, t + 1) is { Kind: MentionKind.Person or MentionKind.Organisation } named && named.First == t + 1
                    && (named.End >= tokens.Count || tokens[named.End].Is(',') || tokens[named.End].EndsSentence) ? named : null;
        }
        return null;
    }

    // '"…," according to a report published on Thursday by the Royal College of Surgeons of England': in English a document
    // after "according to" speaks for whoever the words after it name with "by" or "from" (past a participle and when), or
    // else after a description set off by a comma.
    private Attribution? AccordingToDocument(Paragraph paragraph, int from, int end, int position, string rule)
    {
        var tokens = paragraph.Tokens;
        if (!tables.IsEnglish) return null;
        var k = from;
        while (k < end && k < from + 4 && tokens[k].IsLower && tables.OutletNouns.Match(tokens, k, k + 1, out var kind) == 0) k++;
        if (k >= end || !tokens[k].IsLower || tables.OutletNouns.Match(tokens, k, k + 1, out var nounKind) != 1 || nounKind != "document") return null;
        for (var j = k + 1; j < end && j <= k + 6; j++)
        {
            if (!tokens[j].IsWord || paragraph.InQuote[j]) return null;
            if (!(tokens[j].IsLower && tokens[j].Key is "by" or "from")) continue;
            var at = j + 1 < end && tokens[j + 1].Key == "the" ? j + 2 : j + 1;
            if (at < tokens.Count && people.MentionAt(paragraph.Block, at) is { Kind: MentionKind.Person or MentionKind.Organisation } writer && writer.First == at)
                return Resolve(writer, position, rule) with { Found = true };
            if (ApposedWriter(paragraph, j + 1) is { } apposed) return Resolve(apposed, position, rule) with { Found = true };
            return null;
        }
        return null;
    }

    // The gender a description's words show ("the mother" female, "the father" male), or Unknown.
    private Gender DescriptionGender(TokenList tokens, int start, int end)
    {
        var gender = Gender.Unknown;
        for (var k = start; k < end; k++)
        {
            if (!tokens[k].IsLower) continue;
            // "the mother-of-nine": the word before a hyphen too.
            var key = tokens[k].Key;
            var hyphen = key.IndexOf('-');
            var noun = hyphen > 0 && !tables.FemaleNouns.Contains(key) && !tables.MaleNouns.Contains(key) ? key[..hyphen] : key;
            var word = tables.FemaleNouns.Contains(noun) ? Gender.Female : tables.MaleNouns.Contains(noun) ? Gender.Male : Gender.Unknown;
            if (word == Gender.Unknown) continue;
            if (gender != Gender.Unknown && gender != word) return Gender.Unknown;
            gender = word;
        }
        return gender;
    }

    // The latest speaker the article described without a name whose description has the word: "spokesman" in "A
    // spokesman for Darlington Council", quoted before; or, in this paragraph or the one before, "official" in "A senior
    // administration official, who spoke on the condition of anonymity, said the White House was open to changes".
    private string? DescribedBefore(string word, int position)
    {
        if (word.Contains(' ', StringComparison.Ordinal)) return null;
        bool Has(string description) => description.Split(' ').Any(w => w.Equals(word, StringComparison.OrdinalIgnoreCase));
        return unnamedSpeakers.FindLast(Has) ?? (UnnamedSubjectBefore(position) is { } subject && Has(subject.Description) ? subject.Description : null)
            ?? AccordingToBefore(word, position);
    }

    // "according to a person familiar with the matter" in this paragraph or the one before, then '"…," said the person': the
    // one described after "according to", with the word.
    private string? AccordingToBefore(string word, int position)
    {
        if (!paragraphs.TryGetValue(current.Block, out var here)) return null;
        foreach (var paragraph in (ReadOnlySpan<Paragraph?>)[here, ParagraphBefore(current.Block)])
        {
            if (paragraph is null) continue;
            var tokens = paragraph.Tokens;
            for (var k = tokens.Count - 1; k >= 0; k--)
            {
                if (paragraph.Offset + tokens[k].Start >= position || paragraph.InQuote[k] || !tokens[k].IsWord || tables.AccordingTo.Match(tokens, k, tokens.Count) is not (> 0 and var length)) continue;
                var start = k + length;
                if (start >= tokens.Count || tables.Unnamed.Match(tokens, start, tokens.Count) == 0) continue;
                var end = start;
                while (end < tokens.Count && end < start + 10 && tokens[end].IsWord && !paragraph.InQuote[end]) end++;
                var description = Description(tokens, start, end);
                return description.Split(' ').Any(w => w.Equals(word, StringComparison.OrdinalIgnoreCase)) ? description : null;
            }
        }
        return null;
    }

    // The latest description of one person ("Seorang siswi SMP di Warungkondang", "seorang pedagang beras di Pasar
    // Muntilan", "a boy of about 10") whose first three words hold the noun, in the quotation's paragraph or the one before, up to its verb or
    // "yang", with no person named between it and the position.
    private string? OneDescribedWith(string noun, int position)
    {
        for (var block = current.Block; block >= current.Block - 1; block--)
        {
            if (!paragraphs.TryGetValue(block, out var paragraph)) continue;
            var tokens = paragraph.Tokens;
            for (var k = tokens.Count - 2; k >= 0; k--)
            {
                if (paragraph.Offset + tokens[k].Start >= position || paragraph.InQuote[k]) continue;
                if (people.MentionAt(block, k) is { Kind: MentionKind.Person }) return null;
                if (tables.IsEnglish)
                {
                    // "a boy of about 10", "a young boy": up to its comma or its verb.
                    if (tokens[k].Key is not ("a" or "an") || !(tokens[k + 1].Key == noun || k + 2 < tokens.Count && tokens[k + 1].IsLower && tokens[k + 2].Key == noun)
                        || EnglishVerbAfter(paragraph, k) is not (> 0 and var verb)) continue;
                    // (Not "Paola Scarpa, a city councilor who …": a description set off after a name is that person's.)
                    return ApposedToPerson(paragraph, k) ? null : Description(tokens, k, verb);
                }
                if (!IsOneDescribed(tokens, k)) continue;
                var from = tokens[k].Key == "salah" ? k + 2 : k + 1;
                if (!(from < tokens.Count && tokens[from].Key == noun)) continue;
                var end = from + 1;
                while (end < tokens.Count && end < from + 10 && tokens[end].IsWord && !paragraph.InQuote[end]
                       && !(tokens[end].IsLower && (tokens[end].Key.Length >= 5 && (tokens[end].Key.StartsWith("me", StringComparison.Ordinal) || tokens[end].Key.StartsWith("di", StringComparison.Ordinal))
                           || tables.CueVerbs.Match(tokens, end, end + 1) == 1
                           || tokens[end].Key is "yang" or "kini" or "sudah" or "juga" or "masih" or "tidak" or "belum" or "hanya" or "pun")))
                    end++;
                return Description(tokens, k, end);
            }
        }
        return null;
    }

    // The person whose name (and age) a comma and the words [start, end) of `words` follow, before the position, in the
    // quotation's paragraph or the one before: "Sutijah (81), nenek delapan cucu …".
    private Mention? ApposedWith(TokenList words, int start, int end, int position)
    {
        for (var block = current.Block; block >= current.Block - 1; block--)
        {
            if (!paragraphs.TryGetValue(block, out var paragraph)) continue;
            var tokens = paragraph.Tokens;
            for (var p = 2; p + (end - start) <= tokens.Count && paragraph.Offset + tokens[p].Start < position; p++)
            {
                // (Not the description itself: "…, Mahinda Yapa, presiden yang terkepung itu mengatakan" is the sentence's subject.)
                if (!tokens[p - 1].Is(',') || tokens[p].Key != words[start].Key || ReferenceEquals(tokens, words) && p == start) continue;
                var same = true;
                for (var w = 1; w < end - start && same; w++) same = tokens[p + w].Key == words[start + w].Key;
                if (!same) continue;
                var named = ArticlePeople.BeforeAge(tokens, p - 2);
                if (people.MentionAt(block, named) is { Kind: MentionKind.Person } person && person.End == named + 1) return person;
            }
        }
        return null;
    }

    // "seorang …", "salah seorang …", "salah satu …": one person described, not a crowd.
    private static bool IsOneDescribed(TokenList tokens, int k) =>
        tokens[k].Key == "seorang" || tokens[k].Key == "salah" && k + 1 < tokens.Count && tokens[k + 1].Key is "seorang" or "satu";

    // A US state written short with its stop at k ("Pa.", "Md."): its tokens, else 0.
    private int UsState(TokenList tokens, int k) =>
        !tables.IsEnglish || !tokens[k].IsCapitalised || !tables.UsStateAbbreviations.ContainsKey(tokens[k].Key.TrimEnd('.')) ? 0
        : tokens[k].Text.EndsWith('.') ? 1 : k + 1 < tokens.Count && tokens[k + 1].Is('.') ? 2 : 0;

    private string Description(TokenList tokens, int start, int end, int limit = 10)
    {
        // "A woman walking a spaniel on the lane beside the farm": in English the description runs on to its verb.
        if (tables.IsEnglish && limit < 14) limit = 14;
        var stop = start;
        // (A capitalised word inside the description is a name's: "… dari Lampung Tengah" is no "tengah", an auxiliary.)
        while (stop < end && stop < start + limit && tokens[stop].IsWord && (stop > start && tokens[stop].IsCapitalised || tokens[stop].Key is not ("yang" or "who" or "that" or "which" or "dalam" or "saat" or "ketika"
            // "kata seorang bookrunner dikutip dari Reuters": the outlet that carried the words is no part of the speaker.
            or "dikutip" or "dilansir" or "seperti"
            // "Salah satu sumber CNBC Indonesia juga mengatakan", "A Labour spokesman later said": nor an adverb before the verb.
            or "juga" or "pun" or "also" or "later" or "earlier" or "yesterday" or "justru" or "malah" or "bahkan" or "hanya"
            // "Seorang guru perempuan asal Cianjur terlihat menangis saat berorasi": nor an Indonesian auxiliary.
            or "terlihat" or "tampak" or "sempat" or "sedang" or "tengah" or "masih" or "sudah" or "telah" or "pernah" or "ikut" or "turut"))
            // "A construction worker eating at the counter on Sunday said": nor the day it was.
            && !(tokens[stop].Key == "on" && stop + 1 < end && tokens[stop + 1].IsCapitalised && tables.NotSpeakers.Contains(tokens[stop + 1]))) stop++;
        // "A vendor selling coffee from a cart near the Jefferson Memorial": the limit does not cut a name in two.
        if (stop == start + limit)
            while (stop < end && tokens[stop].IsWord && tokens[stop].IsCapitalised && tokens[stop - 1].IsCapitalised) stop++;
        // "ribuan orang di Washington", "sejumlah warga di sekitar lokasi": in Indonesian where a crowd was is no part of who
        // they are. One person described keeps it, as the text describes them ("seorang bidan desa di Kecamatan Ketapang",
        // "seorang hakim di Delaware"; the own set's and the later blind sets' annotators wrote it so), and where anyone works
        // stays ("para ekonom di DBS").
        if (tables.IsIndonesian && tables.Unnamed.Match(tokens, start, stop) > 0 && !IsOneDescribed(tokens, start))
            for (var d = start + 1; d + 1 < stop; d++)
                if (tokens[d].Key == "di" && tokens[d].IsLower && IsPlacePhrase(tokens, d + 1, stop))
                {
                    stop = d;
                    break;
                }
        // "Seorang petani sawit swadaya di Kampar, Riau, mengaku …": one person described where they are, the province set off
        // after the place, keeps it.
        // "Seorang turis asal Perth, Australia, …", "A tourist from Columbus, Ohio, who …": where they are from, too.
        // ("A father from Harrisburg, Pa., holding …": a US state as AP writes it short, up to its closing comma.)
        if (stop + 2 <= end && stop + 2 < tokens.Count && tokens[stop].Is(',') && (IsOneDescribed(tokens, start) || tables.IsEnglish && tokens[start].Key is "a" or "an")
            && (tables.Places.Match(tokens, stop + 1, end) is var province and > 0 || (province = UsState(tokens, stop + 1)) > 0)
            && stop + 1 + province <= end && stop + 1 + province < tokens.Count && tokens[stop + 1 + province].Is(','))
            for (var d = stop - 2; d > start; d--)
                if (tokens[d].Key is "di" or "asal" or "from" or "in" && tokens[d].IsLower)
                {
                    if (AllCapitalised(tokens, d + 1, stop)) return Words(tokens, start, stop) + ", " + Words(tokens, stop + 1, stop + 1 + province);
                    break;
                }
        return Words(tokens, start, stop);
    }

    private static bool AllCapitalised(TokenList tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (!tokens[k].IsCapitalised) return false;
        return true;
    }

    // Whether tokens [from, to) name a place: a place word and the capitalised name after it ("Kecamatan Ketapang"), places of
    // the tables ("Jawa Barat", "Jakarta Timur"), or the surroundings of one ("sekitar lokasi penggerebekan").
    private bool IsPlacePhrase(TokenList tokens, int from, int to)
    {
        if (tokens[from].Key is "sekitar" or "dekat" or "lokasi" && tokens[from].IsLower) return true;
        var k = from;
        if (tokens[k].IsCapitalised && tables.PlaceMarkers.Contains(tokens[k]) && k + 1 < to) k++;
        else if (tables.Places.Match(tokens, k, to) is var place and > 0) k += place;
        else return false;
        for (; k < to; k++)
            if (!tokens[k].IsCapitalised || tables.OrganisationHeads.Match(tokens, k, to) > 0) return false;
        return true;
    }

    // Where the bracket opens that the party tag closing at `close` is in ("(D-Calif.)", "(D)", "(D-Ward 7)", "(D-At Large)"):
    // the tag, then up to two words or numbers; -1 when there is none.
    private static int PartyTagOpening(TokenList tokens, int close)
    {
        for (var open = close - 2; open >= 0 && open >= close - 4; open--)
        {
            if (!tokens[open].Is('(')) continue;
            if (!(ArticlePeople.IsPartyTag(tokens[open + 1].Text) || close == open + 2 && tokens[open + 1].Text is "D" or "R" or "I")) return -1;
            for (var t = open + 2; t < close; t++)
                if (!tokens[t].IsWord || !(tokens[t].IsCapitalised || char.IsAsciiDigit(tokens[t].Text[0]))) return -1;
            return open;
        }
        return -1;
    }

    // The words of tokens [start, end) as printed, joined by spaces.
    private static string Words(TokenList tokens, int start, int end) =>
        string.Join(' ', Enumerable.Range(start, end - start).Select(i => tokens[i].Text));

    private static string Cue(TokenList tokens, int start, int length) =>
        string.Join(' ', Enumerable.Range(start, length).Select(i => tokens[i].Key));

    private int QuotePosition(QuoteSite quote) => paragraphs[quote.Block].Offset + quote.Open;

    // "Wawan (35)": a bracketed number after a name is the person's age.
    private static bool IsAgeAfter(TokenList tokens, int k) => ArticlePeople.PastAge(tokens, k) != k;

    // '"…," said De Telegraaf's image editor, Peter Schoonen', 'kata salah satu pendiri 3AC, Davies kepada …', 'ujar pemilik
    // usaha tersebut, Andi Wijaya, Senin': after the verb, a description of up to ten words that names no person, then a person
    // set off by a comma who closes the clause, named in full here or elsewhere in the article (or with an age after the
    // name), is who spoke, whatever the description's words are. Null when a person is named before the comma ('said Smith,
    // Jones's lawyer'; a possessive owner of the title does not count), or a verb or a quotation comes first.
    private Mention? ApposedAfterDescription(Paragraph paragraph, int k, int end)
    {
        var tokens = paragraph.Tokens;
        for (var c = k; c + 1 < end && c <= k + 10; c++)
        {
            if (paragraph.InQuote[c]) return null;
            if (tokens[c].Is(',') && c > k)
            {
                if (AfterComma(paragraph, c) is not { Kind: MentionKind.Person } apposed
                    || !(apposed.Name.Length >= 2 || apposed.Entity is { Name.Length: >= 2 } || IsAgeAfter(tokens, apposed.End))) return null;
                var after = apposed.End;
                if (IsAgeAfter(tokens, after)) after += 3;
                return after >= end || !tokens[after].IsWord
                    || tokens[after].IsLower && (tables.Prepositions.Contains(tokens[after]) || tables.OccasionWords.Contains(tokens[after].Key))
                    ? apposed : null;
            }
            if (!tokens[c].IsWord && tokens[c].Text is not ("&" or "(" or ")" or "-")) return null;
            // The owner of the title, in English a possessive ("Globex's finance director"), is no one who spoke.
            if (tokens[c].IsLower && tables.CueVerbs.Match(tokens, c, end) > 0
                || people.MentionAt(paragraph.Block, c) is { Kind: MentionKind.Person } named && !tokens[named.End - 1].IsPossessive) return null;
        }
        return null;
    }

    // The mention that starts right after the comma at <paramref name="comma"/>: "said a company spokesman, Peter Brown".
    private Mention? AfterComma(Paragraph paragraph, int comma)
    {
        var tokens = paragraph.Tokens;
        if (comma + 1 >= tokens.Count || !tokens[comma].Is(',')) return null;
        var at = people.PastLowerHonorific(paragraph, comma + 1);
        return people.MentionAt(paragraph.Block, at) is { } next && next.First == at ? next : null;
    }

    // Whether the entity is named between quote q - 1 (or the article's start) and quote q: 'Hal ini diperkuat dengan
    // pernyataan McCarthy. "…," "…," kata McCarthy', not '"…," Cary Leahy said. "…," "…," said Steven Wieting'.
    private bool NamedSince(IReadOnlyList<QuoteSite> quotes, Entity? entity, int q) =>
        entity is not null && entity.LastBefore(QuotePosition(quotes[q])) > (q > 0 ? QuotePosition(quotes[q - 1]) : -1);

    // Two quotes in one paragraph with nothing but white space between them, the first ending in a comma.
    private bool BackToBack(QuoteSite first, QuoteSite next)
    {
        if (!first.Closed || first.Block != next.Block || !paragraphs.TryGetValue(first.Block, out var paragraph)) return false;
        var text = paragraph.Text;
        var k = first.Close - 1;
        while (k > first.Open && char.IsWhiteSpace(text[k])) k--;
        if (text[k] != ',') return false;
        for (var i = first.Close + 1; i < next.Open; i++)
            if (!char.IsWhiteSpace(text[i])) return false;
        return true;
    }

    // Rule 3: the quote follows the previous one directly: in the same paragraph with nothing but a sentence end between,
    // or opening the next paragraph.
    private bool Continues(QuoteSite previous, QuoteSite quote)
    {
        if (!paragraphs.TryGetValue(quote.Block, out var paragraph)) return false;
        var open = paragraph.TokenAt(quote.Open);
        if (previous.Block == quote.Block)
        {
            var start = paragraph.SentenceStart(open);
            for (var k = start; k < open; k++)
                if (paragraph.Tokens[k].IsWord) return false;
            return !SomeoneElseSpeaksBetween(paragraph, previous, open);
        }
        return previous.Block == quote.Block - 1 && open == 0;
    }

    // Whether the quote is a fragment inside the sentence the previous quote stands in: the previous one closed on no stop,
    // question or exclamation mark, and no sentence ends, no one is named, no pronoun stands and no title speaks between them.
    private bool FragmentOfSameSentence(QuoteSite previous, QuoteSite quote)
    {
        if (previous.Block != quote.Block || !previous.Closed || !paragraphs.TryGetValue(quote.Block, out var paragraph)
            || ClosingMark(paragraph, previous.Close) is '.' or '?' or '!') return false;
        var tokens = paragraph.Tokens;
        var open = paragraph.TokenAt(quote.Open);
        var from = paragraph.TokenAt(previous.Close) + 1;
        if (from >= open || paragraph.SentenceStart(open) > from) return false;
        for (var k = from; k < open; k++)
            if (people.MentionAt(paragraph.Block, k) is { } named && (named.Kind != MentionKind.Role || SpeaksAfter(tokens, named.End))
                || tables.Pronouns.ContainsKey(tokens[k].Key)) return false;
        return true;

        // 'while the chancellor described it as a "triumph"': a title right before a verb of speech is another speaker.
        bool SpeaksAfter(TokenList tokens, int k)
        {
            while (k < tokens.Count && tokens[k].IsLower && IsAdverb(tokens[k].Key)) k++;
            return k < tokens.Count && tables.CueVerbs.Match(tokens, k, tokens.Count) > 0;
        }
    }

    // '"…banks." Mr Valentine, who grew up in Argentina, agreed. "If I …"': a sentence of its own between two quotes, after
    // the first closed with a stop, whose verb of speech has a person for its subject, gives the turn to that person.
    private bool SomeoneElseSpeaksBetween(Paragraph paragraph, QuoteSite previous, int open)
    {
        if (!previous.Closed) return false;
        var tokens = paragraph.Tokens;
        if (!EndsWithStop(paragraph, previous.Close)) return SpeaksAfterCue(paragraph, previous, open) || IntroducedBetween(paragraph, previous, open) is not null;
        var from = paragraph.TokenAt(previous.Close) + 1;
        if (from >= open || !tokens[from].IsCapitalised || CapitalisedCue(paragraph, from)) return false;
        // "… a continuum." The seamless experience … is approaching, he predicted. Mr Babinet said the mobile phone … . "Getting
        // music …": after the first verb of speech between, a later one whose subject, named, opens its sentence (not "… challenge
        // Disney - which in 2004 reported revenues …").
        var first = true;
        for (var v = from + 1; v < open; v++)
        {
            if (paragraph.InQuote[v] || !tokens[v].IsLower || tables.CueVerbs.Match(tokens, v, open) == 0) continue;
            var subject = people.SubjectBefore(paragraph, v);
            if (first)
            {
                if (subject is { Kind: MentionKind.Person } named && named.First >= from || UnnamedSubject(paragraph, v) >= from) return true;
                first = false;
            }
            else if (subject is { Kind: MentionKind.Person } later && later.First >= from && paragraph.StartsSentence(later.First)) return true;
        }
        return IntroducedBetween(paragraph, previous, open) is not null;
    }

    // '"…soon." His friend, Saxon Spence, leader of Devon county Labour group, lays the blame … on one issue. "You cannot …"':
    // someone the article first names, in full, as who the sentence right before the next quotation is about, after the
    // previous quotation closed with a stop in the same paragraph, or after the sentence of its cue ('"…," said Nadal
    // afterwards. US coach Patrick McEnroe wants Roddick … to play more tennis on clay … . "I think …"'), there with a title
    // that says a person (not "Sharia Oracle, registri on-chain …").
    private Mention? IntroducedBetween(Paragraph paragraph, QuoteSite previous, int open)
    {
        if (!previous.Closed || previous.Block != paragraph.Block || open == 0) return null;
        var from = paragraph.TokenAt(previous.Close) + 1;
        var afterCue = !EndsWithStop(paragraph, previous.Close);
        if (afterCue) from = paragraph.SentenceEnd(from) + 1;
        for (var k = Math.Max(from, paragraph.SentenceStart(open - 1)); k < open; k++)
            if (people.MentionAt(paragraph.Block, k) is { Kind: MentionKind.Person, Salient: true, Name.Length: >= 2, Entity: { } introduced } mention
                && mention.First == k && introduced.MentionList[0] == mention && (!afterCue || mention.Role is { Length: > 0 }))
                return mention;
        return null;
    }

    // Where the sentence of the verb at v opens with someone described and not named ("One leading Karachi broker said",
    // "But a spokesman for the firm said") a few words before it, with no person named between; -1 otherwise.
    private int UnnamedSubject(Paragraph paragraph, int v)
    {
        var tokens = paragraph.Tokens;
        var k = paragraph.SentenceStart(v);
        if (k + 1 < v && tokens[k].IsWord && tables.SentenceOpeners.Match(tokens, k, k + 1) == 1 && tables.Unnamed.Match(tokens, k, v) == 0) k++;
        if (v - k > 20 || v - k < 2 || tables.Unnamed.Match(tokens, k, v) == 0 && !OpensWithOwnersTitle(tables, tokens, k)) return -1;
        // "A spokesperson for the Humber and North Yorkshire Integrated Care Board said": an organisation's name counts as a word.
        var words = 0;
        for (var i = k; i < v; i++, words++)
        {
            var mention = people.MentionAt(paragraph.Block, i);
            if (paragraph.InQuote[i] || mention is { Kind: MentionKind.Person }) return -1;
            if (mention is { Kind: MentionKind.Organisation } body && body.First == i && body.End <= v) i = body.End - 1;
        }
        return words <= 8 ? k : -1;
    }

    // '"…," ujar Ramdhan Ario Maruto. Dia juga menilai … . Ariawan, Head of Fixed Income Research PT BNI Sekuritas, menilai …
    // . "Likuiditas …"', '"…," said a Fifa spokesman. Chelsea's move won backing from … Michelle Verroken. Verroken, a former
    // director of drug-free sport for UK Sport, insists … . "Chelsea are saying …"': after the sentence of the quotation's own
    // cue, the sentence right before the next quotation has a verb of speech whose subject is a person named there.
    private bool SpeaksAfterCue(Paragraph paragraph, QuoteSite previous, int open)
    {
        var tokens = paragraph.Tokens;
        var start = paragraph.SentenceStart(open);
        if (start == 0) return false;
        var from = Math.Max(paragraph.SentenceEnd(paragraph.TokenAt(previous.Close) + 1) + 1, paragraph.SentenceStart(start - 1));
        for (var v = start - 1; v > from; v--)
            if (!paragraph.InQuote[v] && tokens[v].IsLower && tables.CueVerbs.Match(tokens, v, open) > 0)
                // Not "…, kata Michael diperkirakan …": a cue set off by a comma names its speaker after it.
                return !(tokens[v - 1].Is(',') && people.MentionAt(paragraph.Block, v + 1) is { Kind: MentionKind.Person } after && after.First == v + 1)
                    && people.SubjectBefore(paragraph, v) is { Kind: MentionKind.Person, Entity.Kind: MentionKind.Person } subject
                    && subject.First >= paragraph.SentenceStart(v)
                    // In English a person the article names in full ("Verroken, a former director …, insists"; not "although the
                    // Republic look to have a slight edge after claiming …"), or with a title ("Shadow sports minister Lord
                    // Moynihan said …").
                    && (!tables.IsEnglish || subject.Entity!.Name.Length >= 2 || subject.Role is { Length: > 0 } && subject.First < subject.NameFirst)
                    || UnnamedSubject(paragraph, v) >= 0;
        return false;
    }

    // "So MP3 players will disappear into clothing, says Mr Pearson.": the person after a cue that follows a comma, ending
    // the sentence or set off by commas inside it ("Then, says Mr Kotamaraja, the blogging world found out.").
    private Mention? InvertedSubject(Paragraph paragraph, int verb, int to)
    {
        var tokens = paragraph.Tokens;
        return verb > 0 && tokens[verb - 1].Is(',') && people.MentionAt(paragraph.Block, verb + 1) is { Kind: MentionKind.Person } inverted
            && inverted.First == verb + 1 && (inverted.End >= to || tokens[inverted.End].EndsSentence || tokens[inverted.End].Is(',')) ? inverted : null;
    }

    // Rule 4: "Budi menjelaskan, … ." then a paragraph that opens with a quote and names nobody.
    private Attribution? ReportedSpeech(QuoteSite quote, QuoteSite? previous)
    {
        if (!paragraphs.TryGetValue(quote.Block, out var paragraph)) return null;
        var open = paragraph.TokenAt(quote.Open);
        if (open == 0)
        {
            if (!paragraphs.TryGetValue(quote.Block - 1, out var before)) return null;
            if (previous is { } p && p.Block > before.Block) return null;
            // '"…unable to travel." … The film's director Peter Chelsom said he was disappointed that Lopez did not attend. / "It's
            // a shame. …"': when the paragraph before holds a quotation, a person named in full who speaks in the sentences after
            // the one it closes in (not "The restoration of the older Star Wars episodes revealed …").
            if (previous is { } inside && inside.Block == before.Block)
            {
                var after = before.SentenceEnd(before.TokenAt(inside.Close) + 1) + 1;
                return after < before.Tokens.Count && SpeakerOfSentences(before, after, before.Tokens.Count, quote) is { Entity.Name.Length: >= 2 } named
                    ? named : null;
            }
            var last = before.SentenceStart(Math.Max(0, before.Tokens.Count - 1));
            return SpeakerOfSentences(before, 0, before.Tokens.Count, quote) ?? NarratedSubject(before, quote)
                ?? IntroducedSubject(before, last, before.Tokens.Count, quote) ?? AccordingToSubject(before, last, before.Tokens.Count, quote);
        }
        // "But Hodgson told BBC Sport that … . "I just feel …": a quotation that opens a sentence after a sentence of reported
        // speech in its own paragraph.
        var start = paragraph.SentenceStart(open);
        for (var k = start; k < open; k++)
            if (paragraph.Tokens[k].IsWord) return null;
        if (start == 0 || previous is { } q && q.Block == quote.Block && q.Close > paragraph.Tokens[paragraph.SentenceStart(start - 1)].Start) return null;
        // 'So is UKIP's job to destroy the Tories, as Robert Kilroy-Silk once declared? "No. …"': the writer's question is
        // answered by someone else than the one it quotes.
        if (paragraph.Tokens[start - 1].Is('?') && !paragraph.InQuote[start - 1]) return null;
        var sentence = paragraph.SentenceStart(start - 1);
        if ((SpeakerOfSentences(paragraph, sentence, start, quote) ?? IntroducedSubject(paragraph, sentence, start, quote)
                ?? PronounSubject(paragraph, sentence, start, quote) ?? AccordingToSubject(paragraph, sentence, start, quote)) is { } reported) return reported;
        // "Chen observed that we remember games with huge peaks and valleys. Designers create acceleration. "Up and down …"":
        // one sentence between that names nobody and reports no speech is passed over.
        var tokens = paragraph.Tokens;
        if (sentence == 0 || !tables.IsEnglish || start - sentence > 15 || Enumerable.Range(sentence, start - sentence).Any(k => paragraph.InQuote[k]
                || people.MentionAt(paragraph.Block, k) is not null || tokens[k].IsWord && (tables.PronounWords.Contains(tokens[k]) || tables.CueVerbs.Match(tokens, k, k + 1) > 0))
            || previous is { } earlier && earlier.Block == quote.Block && earlier.Close > paragraph.Tokens[paragraph.SentenceStart(sentence - 1)].Start) return null;
        return SpeakerOfSentences(paragraph, paragraph.SentenceStart(sentence - 1), sentence, quote);
    }

    // '"…," Ms Molatjeng said. / She has already been forced to sell her field. / "It is heartbreaking …"': a quotation
    // alone in its paragraph after a short one about "she" or "he", with nobody else named in it, is theirs.
    private Attribution? NarratedSubject(Paragraph before, QuoteSite quote)
    {
        var tokens = before.Tokens;
        if (tokens.Count == 0 || tokens.Count > 40 || !IsPersonalPronoun(tokens[0], out var gender) || gender == Gender.Unknown) return null;
        for (var k = 1; k < tokens.Count; k++)
            if (before.InQuote[k] || people.MentionAt(before.Block, k) is { Kind: MentionKind.Person }) return null;
        var narrated = Pronoun(tokens[0].Text, QuotePosition(quote), gender, "narrated subject");
        return narrated.SpeakerName is null ? null : narrated with { Source = SpeakerSource.Pronoun };
    }

    // 'And she won't commit to an opinion of Hollywood yet. "I'm just in the middle of it …"', 'But despite her reservations …,
    // she accepts that it has opened doors for her. "People will …"': a quotation with no cue of its own after a sentence
    // whose subject is "he" or "she" (opening it, after a conjunction, or after an opening phrase and its comma), with
    // nobody else its subject, goes on with the last speaker when the pronoun stands for them.
    private Attribution? PronounSubject(Paragraph paragraph, int from, int to, QuoteSite quote)
    {
        var tokens = paragraph.Tokens;
        if (to - from > 40 || HasOwnCue(quote)) return null;
        // An opener that is no preposition or subordinator ("And", "But", "Namun"; not "When she …, the crowd …").
        var s = from + 1 < to && tables.SentenceOpeners.Match(tokens, from, from + 1) == 1 && !tables.Prepositions.Contains(tokens[from])
            && !tables.Subordinators.Contains(tokens[from]) ? from + 1 : from;
        if (!IsPersonalPronoun(tokens[s], out _))
        {
            // Or the word after the opening phrase's comma.
            s = from;
            while (s < to && !tokens[s].Is(',')) s++;
            s++;
        }
        if (s + 1 >= to || !IsPersonalPronoun(tokens[s], out var gender) || !tokens[s + 1].IsLower || !tokens[s + 1].IsWord) return null;
        // Nobody else is a subject there ("an opinion of Hollywood" is no one's).
        for (var k = from; k < to; k++)
            if (paragraph.InQuote[k] || people.MentionAt(paragraph.Block, k) is { Kind: MentionKind.Person, Salient: true }) return null;
        // Only the one who spoke last goes on so: "he" in a sentence between quotations may be the one talked about ("Of course
        // the 1981 tour never happened. He …" in a tribute to Bob Marley by the man who worked with him).
        var narrated = Pronoun(tokens[s].Text, QuotePosition(quote), gender, "pronoun subject");
        return narrated.Entity is null || narrated.Entity != lastSpeaker ? null : narrated with { Source = SpeakerSource.Pronoun };
    }

    // "The Cabinet Office said it was reviewing the scheme. "Unions will of course be consulted …"": an organisation (not an
    // outlet) that opens the sentence and whose verb of speech follows its name, when the quotation has no cue of its own.
    private bool OrganisationReports(Paragraph paragraph, Mention mention, int verb, QuoteSite quote)
    {
        if (mention.Kind != MentionKind.Organisation || mention.NamesOutlet || verb - mention.End > 2 || HasOwnCue(quote)) return false;
        var start = paragraph.SentenceStart(mention.First);
        while (start < mention.First && !paragraph.Tokens[start].IsWord) start++;
        return mention.First == start || mention.First == start + 1 && paragraph.Tokens[start].Key == "the"
            // "In a statement on Sunday, the Cabinet Office said": after a phrase and its comma.
            || mention.First >= 2 && paragraph.Tokens[mention.First - 1].Key == "the" && paragraph.Tokens[mention.First - 2].Is(',')
            // "In a statement detailing the banning of the accounts Valve said": after a phrase that opens with a preposition
            // and names no one, its comma left out.
            || mention.First - start <= 10 && paragraph.Tokens[start].IsWord && tables.Prepositions.Contains(paragraph.Tokens[start])
                && NamesNoOneBetween(paragraph, start, mention.First);
    }

    // Where the subject after an opening question put to them stands ("Asked whether …, ", "Ketika ditanya apakah …, "): the
    // token after the clause's comma, or 0.
    private static int AfterQuestionPut(Paragraph paragraph, int from, int to)
    {
        var tokens = paragraph.Tokens;
        if (from >= to || !ArticlePeople.QuestionPutOpens(tokens, from)) return 0;
        var k = tokens[from].Key is "ketika" or "saat" or "when" ? from + 1 : from;
        for (var c = k + 1; c + 1 < to && c <= k + 30; c++)
        {
            if (paragraph.InQuote[c] || tokens[c].EndsSentence) return 0;
            if (tokens[c].Is(',') && tokens[c + 1].IsCapitalised) return c + 1;
        }
        return 0;
    }

    private bool NamesNoOneBetween(Paragraph paragraph, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (paragraph.InQuote[k] || people.MentionAt(paragraph.Block, k) is not null) return false;
        return true;
    }

    // 'Graham Barlow, editor of Mac Format, has a rather partisan viewpoint. "It's just a Mac …"': a quotation right after a
    // sentence that opens with a person named in full and introduced by a description set off by a comma, and names no
    // other person, is that person's ("Joko Santoso ditangkap di rumahnya." introduces nobody who speaks).
    private Attribution? IntroducedSubject(Paragraph paragraph, int from, int to, QuoteSite quote)
    {
        // 'Asked whether the Senate would take it up, Whitacre shrugged. "…"', 'Ketika ditanya apakah …, Kadiskes Gianyar menampik
        // kekhawatiran tersebut. "…"': past a question put to the subject, up to its comma; the title alone too.
        if (AfterQuestionPut(paragraph, from, to) is var asked and > 0)
        {
            var tokens = paragraph.Tokens;
            if (people.MentionAt(paragraph.Block, asked) is not { Kind: MentionKind.Person or MentionKind.Role } answering || answering.First != asked
                || answering.End >= to || !tokens[answering.End].IsWord || !tokens[answering.End].IsLower) return null;
            for (var k = answering.End; k < to; k++)
                if (paragraph.InQuote[k] || people.MentionAt(paragraph.Block, k) is { Kind: MentionKind.Person } other && other != answering) return null;
            if (answering.Kind == MentionKind.Person && answering.Entity is not { Name.Length: >= 2 }) return null;
            return Resolve(answering, QuotePosition(quote), "introduced subject") with { Source = SpeakerSource.EarlierMention };
        }
        if (to - from > 40 || people.MentionAt(paragraph.Block, from) is not { Kind: MentionKind.Person } subject
            || subject.First != from || !paragraph.StartsSentence(from) || subject.End + 1 >= to) return null;
        // 'Chen sees it differently, returning to simplicity. "In Journey I wake up …"': in English, a person the article named
        // in full, opening the sentence before as the subject of its verb, is introduced too.
        var introduced = paragraph.Tokens[subject.End].Is(',') ? subject.Name.Length >= 2
            : tables.IsEnglish && subject.Entity is { Name.Length: >= 2 } && paragraph.Tokens[subject.End].IsLower && paragraph.Tokens[subject.End].IsWord
                && !tables.Prepositions.Contains(paragraph.Tokens[subject.End]) && paragraph.Tokens[subject.End].Key is not ("and" or "or" or "who" or "is" or "was" or "has" or "had");
        // Not when the quotation has a cue of its own that named nobody ('"…," the Ukrainian air force said').
        if (!introduced || !paragraph.Tokens[subject.End].Is(',') && HasOwnCue(quote)) return null;
        for (var k = subject.End; k < to; k++)
            if (paragraph.InQuote[k] || people.MentionAt(paragraph.Block, k) is { Kind: MentionKind.Person } other && other != subject
                || paragraph.Tokens[k].IsWord && tables.PronounWords.Contains(paragraph.Tokens[k]) && (paragraph.Tokens[subject.End].Is(',') || IsPersonalPronoun(paragraph.Tokens[k], out _)))
                return null;
        return Resolve(subject, QuotePosition(quote), "introduced subject") with { Source = SpeakerSource.EarlierMention };
    }

    // 'Menurut Docquier, diskriminasi juga punya dampak ekonomi. "Kelompok …"', 'According to Mr Lakhani, the market has risen
    // … . "The economy …"': a quotation with no cue of its own after a sentence that opens with "according to", a person or
    // an organisation (not an outlet) and a comma, and names no other person, is theirs.
    private Attribution? AccordingToSubject(Paragraph paragraph, int from, int to, QuoteSite quote)
    {
        var tokens = paragraph.Tokens;
        while (from < to && !tokens[from].IsWord) from++;
        // 'Menurutnya, kenaikan harga belum tentu dinikmati peternak. "Harga di kandang …"': "according to him", the one the
        // "-nya" means, when no person is named after it.
        if (tables.IsIndonesian && from + 2 < to && tokens[from].Key == "menurutnya" && tokens[from + 1].Is(',') && to - from <= 40 && !HasOwnCue(quote))
        {
            for (var k = from + 2; k < to; k++)
                if (paragraph.InQuote[k] || people.MentionAt(paragraph.Block, k) is { Kind: MentionKind.Person }) return null;
            var meant = Pronoun(tokens[from].Text, QuotePosition(quote), Gender.Unknown, "according to");
            return meant.SpeakerName is null ? null : meant with { Source = SpeakerSource.Pronoun };
        }
        if (to - from > 40 || tables.AccordingTo.Match(tokens, from, to) is not (> 0 and var length) || HasOwnCue(quote)
            || people.MentionAt(paragraph.Block, from + length) is not { Kind: MentionKind.Person or MentionKind.Organisation or MentionKind.Role, NamesOutlet: false } source
            || source.Kind == MentionKind.Role && !tables.IsIndonesian
            || source.NameFirst < from + length || source.End + 1 >= to || !tokens[source.End].Is(',') || source.Entity is null && source.Kind != MentionKind.Role) return null;
        for (var k = source.End; k < to; k++)
            if (paragraph.InQuote[k] || people.MentionAt(paragraph.Block, k) is { Kind: MentionKind.Person } other && other != source) return null;
        // "Menurut Kapolda, …": a title alone, when the article named its holder.
        var according = Resolve(source, QuotePosition(quote), "according to");
        return source.Kind == MentionKind.Role && according.Entity is null ? null : according with { Source = SpeakerSource.EarlierMention };
    }

    // The organisation an unnamed title in [k, after) is held at, when the article names no one with it in a title: right
    // after the title, its mention holding the title or starting after it (not "tulis analis Morgan Stanley, Wilson Ng dan
    // Derek Chang": the people named after a comma); or after "di" or "dari" and a lower-case word or two for its kind ("kata
    // analis di konsultan Energy Aspects").
    private Mention? UnnamedTitleEmployer(Paragraph paragraph, int k, int after, int end)
    {
        var tokens = paragraph.Tokens;
        Mention? employer;
        if (tokens[after].Key is "di" or "dari")
        {
            var named = after + 1;
            while (named < end && named <= after + 2 && tokens[named].IsWord && tokens[named].IsLower) named++;
            employer = named < end && people.MentionAt(paragraph.Block, named) is { Kind: not MentionKind.Role } at && at.First == named && at.End <= end
                && (at.End == end || !tokens[at.End].IsWord || tokens[at.End].IsLower) ? at : null;
        }
        else
            employer = people.MentionAt(paragraph.Block, after) is { Kind: MentionKind.Organisation } at && at.NameFirst == after && (at.First == k || at.First == after)
                && !(at.End + 1 < end && tokens[at.End].Is(',') && people.MentionAt(paragraph.Block, at.End + 1) is { Kind: MentionKind.Person }) ? at : null;
        return employer is not null && !people.NamesSomeoneAt(employer.NameText) ? employer : null;
    }

    // A document noun, "from" or "by", then who issued it: a name the article knows, or "the" and a noun for an organisation.
    private Attribution? DocumentFrom(Paragraph paragraph, int start, int end, int position, string rule)
    {
        var tokens = paragraph.Tokens;
        for (var p = start; p + 2 < end + 4 && p + 2 < tokens.Count; p++)
        {
            if (!tokens[p].IsLower || tables.OutletNouns.Match(tokens, p, p + 1, out var kind) != 1 || kind != "document") continue;
            // "The letter, from the Home Office, says:": the issuer set off by commas too.
            var by = tokens[p + 1].Is(',') && p + 3 < tokens.Count ? p + 2 : p + 1;
            if (tokens[by].Key is not ("from" or "by")) continue;
            // "from Chelsea", "from the Home Office".
            var named = tokens[by + 1].Key == "the" && by + 2 < tokens.Count && tokens[by + 2].IsCapitalised ? by + 2 : by + 1;
            if (people.MentionAt(paragraph.Block, named) is { Kind: not MentionKind.Role } issuer && issuer.First == named) return Resolve(issuer, position, rule) with { ThroughDocument = true };
            if (tokens[by + 1].Key == "the" && by + 2 < tokens.Count && tokens[by + 2].IsLower && Describe(tokens, by + 2, by + 3, position, rule) is { Entity: not null } described)
                return described with { ThroughDocument = true };
            return null;
        }
        return null;
    }

    // Someone unnamed ("a spokesperson for …") right after the quotation, then a verb of speech in its sentence.
    private bool UnnamedCueAfter(QuoteSite quote)
    {
        if (!quote.Closed || !paragraphs.TryGetValue(quote.Block, out var paragraph)) return false;
        var k = paragraph.TokenAt(quote.Close + 1);
        while (k < paragraph.Tokens.Count && !paragraph.Tokens[k].IsWord) k++;
        // (The cue read further: the description may name bodies at length.)
        return k < paragraph.Tokens.Count && paragraph.Tokens[k].IsLower && tables.Unnamed.Match(paragraph.Tokens, k, paragraph.Tokens.Count) > 0 && HasOwnCue(quote, reach: 24);
    }

    // A verb of speech in the sentence right after the quotation's closing mark, within `reach` tokens.
    private bool HasOwnCue(QuoteSite quote, int reach = 12)
    {
        if (!quote.Closed || !paragraphs.TryGetValue(quote.Block, out var paragraph) || ClosingMark(paragraph, quote.Close) == '.') return false;
        var tokens = paragraph.Tokens;
        var k = paragraph.TokenAt(quote.Close + 1);
        for (var end = Math.Min(paragraph.SentenceEnd(k), k + reach); k < end; k++)
            if (tokens[k].IsLower && !paragraph.InQuote[k] && tables.CueVerbs.Match(tokens, k, k + 1) > 0) return true;
        return false;
    }

    // The person whose speech the tokens [from, to) report: the subject of their last verb of speech.
    private Attribution? SpeakerOfSentences(Paragraph paragraph, int from, int to, QuoteSite quote)
    {
        var tokens = paragraph.Tokens;
        for (var v = to - 1; v >= from; v--)
        {
            if (paragraph.InQuote[v] || !tokens[v].IsLower || tables.CueVerbs.Match(tokens, v, tokens.Count) == 0) continue;
            if (v > from && InvertedSubject(paragraph, v, to) is { } inverted)
                return Resolve(inverted, QuotePosition(quote), "reported speech") with { Source = SpeakerSource.EarlierMention };
            // "He added that some leaders now deny it. / "I have heard …"": a pronoun subject stands for its person.
            var s = v - 1;
            while (s >= from && tokens[s].IsLower && IsAdverb(tokens[s].Key)) s--;
            // "The job, she says, was exhausting. "…"": or a pronoun and its verb set off by commas inside the sentence.
            if (s >= from && IsPersonalPronoun(tokens[s], out var gender) && (s == from || paragraph.StartsSentence(s)
                    || s > from && tokens[s - 1].Is(',') && s == v - 1 && v + 1 < to && tokens[v + 1].Is(',')))
            {
                var reported = Pronoun(tokens[s].Text, QuotePosition(quote), gender, "reported speech");
                if (reported.SpeakerName is null) return null;
                return reported with { Source = SpeakerSource.Pronoun };
            }
            // "Jaksa juga mengungkap aliran dana … . "…"": a title alone as the subject is whoever the article named with it.
            // (The title opens its sentence, past "the" or "sang": not "Another minister said", "Seorang jaksa mengungkap".)
            if (people.SubjectBefore(paragraph, v) is { Kind: MentionKind.Role, RoleKey: { } titleKey } title
                && paragraph.SentenceStart(title.First) is var opens && (title.First == opens || title.First == opens + 1 && tokens[opens].Key is "the" or "sang")
                && people.RoleHolder(titleKey, QuotePosition(quote)) is { } holder)
                return new Attribution(holder, null, holder.Role, title.Surface, null, SpeakerSource.EarlierMention, "reported speech", true);
            if (people.SubjectBefore(paragraph, v) is not { } mention || mention.Kind != MentionKind.Person && !OrganisationReports(paragraph, mention, v, quote))
            {
                // "One leading Karachi broker said the real reasons may be political. "If you …"": someone described, not named.
                // (Up to the verb: the organisation's name in it may be long.)
                if (UnnamedSubject(paragraph, v) is var described and >= 0 && described >= from && Description(tokens, described, v, limit: 20) is var description)
                    return new Attribution(null, description, null, description, null, SpeakerSource.EarlierMention, "reported speech", true);
                continue;
            }
            var resolved = Resolve(mention, QuotePosition(quote), "reported speech");
            return resolved with { Source = SpeakerSource.EarlierMention };
        }
        return null;
    }
}
