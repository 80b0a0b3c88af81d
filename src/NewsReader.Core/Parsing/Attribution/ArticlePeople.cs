using System.Buffers;
using System.Collections.Frozen;
using System.Runtime.InteropServices;

namespace NewsReader.Parsing.Attribution;

/// <summary>
/// Who is in one article: its paragraphs' mentions grouped into entities. Filled once, in the block pass, before any quote
/// is attributed (as Markdig collects link reference definitions before it reads inlines), so a quote can be attributed to
/// a full name the article gives before or after it.
/// </summary>
internal sealed class ArticlePeople
{
    private readonly List<Entity> entities = [];
    // The mention covering each token, per paragraph (by block index). The arrays are borrowed from the shared pool, at
    // least as long as the paragraph's tokens and null past them, and given back by Release.
    // An array by block index, not a dictionary: MentionAt is asked very often while quotes are attributed.
    private readonly Mention?[]?[] byToken;
    // Where each paragraph's mentions start, in order: the tokens whose covering mention opens there, the paragraphs' one
    // after another, and each paragraph's stretch of them by block index. The passes over the mentions of a paragraph read
    // these, not every token.
    // Both are kept for the thread's next article by Release, as the covering arrays are.
    private readonly List<int> mentionStarts;
    private readonly (int From, int Count)[] mentionStartsByBlock;
    [ThreadStatic] private static List<int>? spareMentionStarts;
    [ThreadStatic] private static (int From, int Count)[]? spareMentionStartsByBlock;
    // Mentions someone a pronoun can refer to (sentence subjects and subjects of verbs of speech), in document order.
    private readonly List<Mention> salient = [];
    // Mentions of organisations, and of outlets among them, in document order.
    private readonly List<Mention> organisationMentions = [];
    private readonly List<Mention> outletMentions = [];
    // Where a personal pronoun is the subject of a verb of speech that reports speech ("Ia menekankan jika …"), in document
    // order: the paragraph from there on tells what that person said.
    private readonly List<(int Block, int Position)> pronounReports = [];
    // In English, the first words of the person names of two words or more read so far, as the paragraphs are read in order
    // (made only for an English article: the rules that ask are English).
    private HashSet<string>? namedInFull;

    public ArticlePeople(LanguageTables tables, List<Paragraph> paragraphs, string? headline = null)
    {
        Tables = tables;
        Paragraphs = paragraphs;
        ByBlock = new ParagraphsByBlock(paragraphs);
        byToken = new Mention?[paragraphs.Count == 0 ? 0 : paragraphs[^1].Block + 1][];
        (mentionStarts, spareMentionStarts) = (spareMentionStarts ?? [], null);
        mentionStarts.Clear();
        (mentionStartsByBlock, spareMentionStartsByBlock) = (spareMentionStartsByBlock is { } kept && kept.Length >= byToken.Length ? kept : new (int, int)[Math.Max(byToken.Length, 64)], null);
        var places = MentionFinder.FindPlaces(paragraphs, tables);
        var finder = new MentionFinder(tables, places);
        finder.UseShortForms(StandaloneAcronyms(paragraphs), BracketedNames(paragraphs), InitialledPeople(paragraphs));
        var organisationWords = MentionFinder.FindOrganisationWords(paragraphs, tables);
        var writtenAlone = MentionFinder.FindNamesWrittenAlone(paragraphs, tables);
        organisationWords.UnionWith(writtenAlone);
        finder.UseOrganisationWords(organisationWords, MentionFinder.FindShortNames(paragraphs, tables), writtenAlone, paragraphs);
        var mentions = new List<Mention>();
        foreach (var paragraph in paragraphs)
        {
            var first = mentions.Count;
            finder.Find(paragraph, mentions);
            var covering = ArrayPool<Mention?>.Shared.Rent(paragraph.Tokens.Count);
            for (var m = first; m < mentions.Count; m++)
                for (var k = mentions[m].First; k < mentions[m].End; k++) covering[k] = mentions[m];
            byToken[paragraph.Block] = covering;
            AddMentionStarts(paragraph.Block, mentions, first, covering);
            MarkSalient(paragraph, covering);
            InferKinGenders(paragraph, covering);
            if (Tables.IsEnglish) ShareSurname(paragraph, mentions, first);
            if (Tables.IsEnglish)
                for (var m = first; m < mentions.Count; m++)
                    if (mentions[m] is { Kind: MentionKind.Person, Name: [var given, _, ..] }) (namedInFull ??= new(StringComparer.OrdinalIgnoreCase)).Add(given);
            for (var m = first; m < mentions.Count; m++)
            {
                if (AfterOutletNoun(paragraph, mentions[m])) (mentions[m].Kind, mentions[m].NamesOutlet) = (MentionKind.Organisation, true);
                else if (Tables.IsEnglish && ThingBeforeWhich(paragraph, mentions[m]) is { } named) (mentions[m].Kind, mentions[m].Name) = (MentionKind.Organisation, named);
            }
        }
        Mentions = mentions;
        Group(mentions);
        foreach (var paragraph in paragraphs) LinkAppositiveRoles(paragraph);
        if (tables.IsEnglish) InferGenders(paragraphs);
        if (headline is not null)
        {
            var words = headline.Split(HeadlineSeparators, StringSplitOptions.RemoveEmptyEntries);
            NamesFromHeadline(words);
            SurnameFromHeadline(headline);
            HeadlinePerson = FindHeadlinePerson(words);
        }
        SurnamesFromQuotations();
        SpellOutAcronyms();
        if (tables.IsIndonesian) JoinRegionalBodies();
        if (tables.IsEnglish) JoinKnownAsNames(mentions);
        if (tables.IsIndonesian) JoinCalledNames(mentions);
        foreach (var mention in mentions)
        {
            // "Gervais has already begun …": a single word opening a sentence is a name after all when it is the short
            // form of someone the article names in full; "Tumirah akhirnya berhasil …", when it is the one-word name of someone
            // who spoke before.
            if (mention.Weak && mention.Entity is { Kind: MentionKind.Person } named && (named.Name.Length >= 2 || SpokeBefore(named, mention.Position))) mention.Salient = true;
            if (mention.Salient && mention.Entity is not null) salient.Add(mention);
            if (mention.Entity is not { Kind: MentionKind.Organisation }) continue;
            organisationMentions.Add(mention);
            if (NamesOutlet(mention)) outletMentions.Add(mention);
        }
    }

    // "Ronald and Beverly Eckersley, retired teachers who …": in English a given name alone, then "and" and a person named in
    // full, is the given name of one of the same surname ("Mr. Eckersley said" is Ronald Eckersley, not Beverly).
    private void ShareSurname(Paragraph paragraph, List<Mention> mentions, int first)
    {
        var tokens = paragraph.Tokens;
        for (var m = first; m + 1 < mentions.Count; m++)
            if (mentions[m] is { Kind: MentionKind.Person, Role: null, Name.Length: 1 } given && mentions[m + 1] is { Kind: MentionKind.Person, Role: null, Name.Length: 2 } full
                && full.First == given.End + 1 && tokens[given.End].Key == "and" && tokens[given.End].IsLower && Tables.IsKnownGivenName(given.Name[0])
                && namedInFull?.Contains(given.Name[0]) != true
                && (Tables.IsKnownGivenName(full.Name[0]) && CoupleAfter(tokens, full.End) || PluralVerbAfter(tokens, full.End)))
                given.Name = [given.Name[0], full.Name[1]];
    }

    // Whether the two named at once are set off as a pair (", retired teachers who …", ", a couple from …"), not "Sarah and
    // Mark Thompson, a family friend,".
    // "Derek and Maureen Holtby have lived in their bungalow for 31 years": the two named at once are the subject of a verb in
    // the plural, whatever the second given name.
    private static bool PluralVerbAfter(TokenList tokens, int end) =>
        end < tokens.Count && tokens[end].IsLower && tokens[end].Key is "have" or "are" or "were" or "live" or "own" or "run";

    private static bool CoupleAfter(TokenList tokens, int end) =>
        end + 2 < tokens.Count && tokens[end].Is(',') && tokens[end + 1].IsLower
        && (tokens[end + 1].Key is "husband" or "the" && tokens[end + 2].Key is "and" or "couple" || tokens[end + 1].Key == "a" && tokens[end + 2].Key == "couple"
            || tokens[end + 1].Key.Length > 3 && tokens[end + 1].Key[^1] == 's' && !tokens[end + 1].Key.EndsWith("ss", StringComparison.Ordinal)
            || end + 3 < tokens.Count && tokens[end + 2].Key.Length > 3 && tokens[end + 2].Key[^1] == 's' && tokens[end + 2].IsLower && tokens[end + 3].Key is "who" or "from" or "of");

    // Where the paragraph's mentions (from `first` on) start, in order: each mention that covers its own first token.
    private void AddMentionStarts(int block, List<Mention> mentions, int first, Mention?[] covering)
    {
        var from = mentionStarts.Count;
        for (var m = first; m < mentions.Count; m++)
            if (covering[mentions[m].First] == mentions[m]) mentionStarts.Add(mentions[m].First);
        CollectionsMarshal.AsSpan(mentionStarts)[from..].Sort();
        mentionStartsByBlock[block] = (from, mentionStarts.Count - from);
    }

    private ReadOnlySpan<int> MentionStarts(Paragraph paragraph) =>
        CollectionsMarshal.AsSpan(mentionStarts).Slice(mentionStartsByBlock[paragraph.Block].From, mentionStartsByBlock[paragraph.Block].Count);

    // "The Bishop of Durham, the Rt Rev Dr Tom Wright," and "Tom Wright, the Bishop of Durham,": a title and a name set
    // side by side by a comma are one person's, so that a later "the Bishop" is him.
    /// <summary>
    /// Past an honorific in lower case outside any mention, before a name ("Kepala Dinas Kesehatan Kabupaten Pesawaran, dr.
    /// Martha Uli Hutabarat, M.Kes,", "kata dokter hewan Bali Wana Satwa, drh. Ni Luh …"): where the name may start.
    /// </summary>
    public int PastLowerHonorific(Paragraph paragraph, int at)
    {
        var tokens = paragraph.Tokens;
        return at + 1 < tokens.Count && tokens[at].IsLower && byToken[paragraph.Block]![at] is null && Tables.Honorifics.Match(tokens, at, at + 1) == 1
            ? at + 1 : at;
    }

    // Whether the lower-case words from k, up to four, hold a noun for a work ("a romantic comedy", "a fantasy set …").
    private static bool DescribesWork(TokenList tokens, int k)
    {
        for (var t = k; t < tokens.Count && t < k + 4 && tokens[t].IsWord && tokens[t].IsLower; t++)
            if (tokens[t].Key is "film" or "movie" or "novel" or "book" or "comedy" or "drama" or "musical" or "play" or "series" or "show" or "album"
                or "song" or "documentary" or "fantasy" or "thriller" or "sitcom" or "opera" or "painting" or "sculpture" or "ship" or "horse") return true;
        return false;
    }

    private void LinkAppositiveRoles(Paragraph paragraph)
    {
        var covering = byToken[paragraph.Block]!;
        var tokens = paragraph.Tokens;
        foreach (var k in paragraph.Marks)
        {
            if (k + 2 >= tokens.Count || !tokens[k].Is(',') || k == 0) continue;
            // "Kepala Badan Pangan Nasional (Bapanas), Ir. Gatot …": the title's short form in brackets before the comma.
            var bracket = BracketBefore(tokens, covering, k);
            if (covering[bracket - 1] is not { } left || left.End != bracket) continue;
            // "Frederic Sawicki, a politics lecturer at the University of Lille": in English an indefinite description after
            // a person's name gives them its title.
            if (Tables.IsEnglish && left is { Kind: MentionKind.Person, Entity: { } described } && tokens[k + 1].Key is "a" or "an" && tokens[k + 1].IsLower)
            {
                for (var t = k + 2; t < tokens.Count && t <= k + 5 && tokens[t].IsWord && tokens[t].IsLower; t++)
                    if (Tables.Roles.Match(tokens, t, t + 1) == 1 && (t + 1 >= tokens.Count || !tokens[t + 1].IsWord || !tokens[t + 1].IsLower || Tables.Prepositions.Contains(tokens[t + 1])
                            || tokens[t + 1].Key is "at" or "of" or "for" or "with" or "who"))
                    {
                        described.AddRole(tokens[t].Key);
                        break;
                    }
                continue;
            }
            // "The National Air Traffic Controllers Association, the union representing controllers, said": in English a noun
            // for an organisation in apposition describes it, and "the union" later is it.
            // "the Executive Office for Immigration Review, the Justice Department agency that runs …": past the name of the
            // body it belongs to.
            var nounFrom = covering[k + 2] is { Kind: MentionKind.Organisation } parent && parent.First == k + 2 ? parent.End : k + 2;
            if (Tables.IsEnglish && left is { Kind: MentionKind.Organisation, Entity: { } body } && tokens[k + 1].Key is "the" or "a" or "an" && tokens[k + 1].IsLower)
                for (var t = nounFrom; t < tokens.Count && t <= nounFrom + 2 && tokens[t].IsWord && tokens[t].IsLower; t++)
                    if (Tables.OutletNouns.Match(tokens, t, t + 1, out var bodyKind) == 1 && bodyKind is null or "named"
                        && tokens[t].Key is not ("spokesman" or "spokeswoman" or "spokesperson")
                        && (t + 1 >= tokens.Count || !tokens[t + 1].IsWord || Tables.OutletNouns.Match(tokens, t + 1, t + 2) == 0))
                    {
                        body.AddRole(tokens[t].Key);
                        break;
                    }
            var r = tokens[k + 1].Key == "the" && tokens[k + 1].IsLower ? k + 2 : k + 1;
            r = PastLowerHonorific(paragraph, r);
            if (r >= tokens.Count || covering[r] is not { } right || right.First != r) continue;
            // "the senior coroner for Exeter and Greater Devon, Philip Anstey-Ward,": in English a title, its field and a comma
            // before the name.
            if (Tables.IsEnglish && left.Kind != MentionKind.Role && right is { Kind: MentionKind.Person, Entity: { } fielded }
                && (right.End >= tokens.Count || tokens[right.End].Is(',') || tokens[right.End].EndsSentence) && FieldedTitleBefore(paragraph, covering, k) is { RoleKey: { } fieldKey })
            {
                fielded.AddRole(fieldKey);
                continue;
            }
            // "Pelatih Timnas Indonesia U-23, Frank de Vries,": a title read with the organisation it heads, then the person.
            // "Ketua Umum Partai Golkar, Bahlil Lahadalia,", "Direktur Jenderal Perhubungan Udara Kemenhub, Dirgantara …": also where
            // the run was read as the organisation's name whole, the title's words and all.
            // (Not "Direktur Jenderal … Kemenhub, Menteri Perhubungan Dudy Purwagandhi,": a person with a title of their own; a
            // rank or an honorific is no title: "…, Capt. Dirgantara Wisnu Pamungkas,".)
            if (left is { Kind: MentionKind.Organisation } headed && right is { Kind: MentionKind.Person, Entity: { } head }
                && (headed.NameFirst > headed.First || right.RoleKey is null)
                && Tables.Roles.Match(tokens, headed.First, headed.NameFirst > headed.First ? headed.NameFirst : headed.End - 1) is var titleWords and > 0
                && (right.End >= tokens.Count || tokens[right.End].Is(',') || tokens[right.End].EndsSentence))
            {
                head.AddRole(string.Join(' ', Enumerable.Range(headed.First, titleWords).Select(t => tokens[t].Key)));
                head.AddTitle(TitleText(tokens, headed.First, k));
                continue;
            }
            // "Kepala Eksekutif Pengawas Pasar Modal, Keuangan Derivatif, dan Bursa Karbon (PMDK) OJK, Teguh Padmanegara,": in
            // Indonesian a title whose field is a list set off by commas, its last item read as an organisation, then the person.
            if (Tables.IsIndonesian && left is { Kind: MentionKind.Organisation } last && right is { Kind: MentionKind.Person, RoleKey: null, Entity: { } listed }
                && (right.End >= tokens.Count || tokens[right.End].Is(',') || tokens[right.End].EndsSentence) && ListedFieldTitle(tokens, covering, last.First) is { RoleKey: { } listKey } listTitle)
            {
                listed.AddRole(listKey);
                listed.AddTitle(TitleText(tokens, listTitle.First, k));
                continue;
            }
            // "Direktur Utama Bank Mandiri, Darmawan Junaidi, mengatakan": in Indonesian a title and its organisation's words, read
            // as a person of one or two words no given name opens, then a comma and a person with no title, set off, is that
            // person's title (not a list of titled people: "Kades Wiyono Sukarto, Ketua RT Slamet Riyadi,").
            // (Not a list of people: "Direktur Utama PT Amarta Karya Catur Prabowo, Trisna Sutisna, dan …".)
            if (Tables.IsIndonesian && left is { Kind: MentionKind.Person, RoleKey: { } heldKey, Name.Length: >= 1 and <= 2 } titled && titled.NameFirst > titled.First
                && !Tables.IsKnownGivenName(titled.Name[0])
                && right is { Kind: MentionKind.Person, RoleKey: null, Name.Length: > 0, Entity: { } holder } && holder != titled.Entity
                && (right.Name.Length >= 2 || Tables.IsKnownGivenName(right.Name[0]))
                && (right.End >= tokens.Count || tokens[right.End].EndsSentence
                    || tokens[right.End].Is(',') && !(right.End + 1 < tokens.Count && (tokens[right.End + 1].Key is "dan" or "serta" || covering[right.End + 1] is { Kind: MentionKind.Person }))))
            {
                holder.AddRole(heldKey);
                continue;
            }
            var (role, person) = left.Kind == MentionKind.Role ? (left, right) : (right, left);
            if (role.Kind != MentionKind.Role || role.RoleKey is not { } key || person is not { Kind: MentionKind.Person, Entity: { } entity }) continue;
            // Not "his predecessor as Cabinet Secretary, Lord Armstrong": a title after a preposition is one held before.
            if (role.First > 0 && tokens[role.First - 1].IsWord && Tables.Prepositions.Contains(tokens[role.First - 1])) continue;
            // Set off on both sides: the pair is closed by a comma or the sentence's end; in English after the title's field too
            // ("Sarah Woolcott, chief executive of the health think tank the King's Fund, said").
            if (right.End < tokens.Count && !tokens[right.End].Is(',') && !tokens[right.End].EndsSentence
                && !(Tables.IsEnglish && right == role && FieldComma(paragraph, right.End) >= 0)) continue;
            entity.AddRole(key);
            if (role == left) entity.AddTitle(TitleText(tokens, role.First, k));
        }
    }

    // The title that opens its paragraph before a list set off by commas whose last item, after "dan", opens at `last`: "Kepala
    // Eksekutif Pengawas Pasar Modal, Keuangan Derivatif, dan Bursa Karbon …"; null when the words between are no list of
    // capitalised words.
    private Mention? ListedFieldTitle(TokenList tokens, Mention?[] covering, int last)
    {
        if (last < 4 || tokens[last - 1].Key != "dan" || !tokens[last - 1].IsLower) return null;
        var j = last - 2;
        if (tokens[j].Is(',')) j--;
        for (var commas = 0; j >= 0 && last - j <= 12; j--)
        {
            if (tokens[j].Is(','))
            {
                if (++commas > 3) return null;
                if (j > 0 && covering[j - 1] is { Kind: MentionKind.Role, RoleKey: not null } title && title.End == j && title.First == 0) return title;
                continue;
            }
            if (!tokens[j].IsWord || !tokens[j].IsCapitalised || covering[j] is not null) return null;
        }
        return null;
    }

    // Where the words before the comma at `comma` end, past a short form in brackets right before it ("(Bapanas),").
    private int BracketBefore(TokenList tokens, Mention?[] covering, int comma)
    {
        // "Direktur Jenderal … Perikanan (PDSPKP) KKP, Lalu …": the body's or the place's name after the bracket, too, up to
        // four capitalised words no mention covers ("Kepala Badan … (BSKJI) Kementerian Perindustrian, Gumilar …", "Kepala
        // Dinas … (DKP) Kabupaten Takalar, Andi …", "(KSOP) Lembar,").
        // "(EBTKE) Kementerian Energi dan Sumber Daya Mineral,": a ministry's name of six words, "dan" among them.
        var close = comma - 1;
        for (var body = comma - 2; close == comma - 1 && body >= comma - 7 && body > 1; body--)
            if (tokens[body].Is(')') && BareCapitalised(tokens, covering, body + 1, comma) && (comma - body <= 5 || tokens[body + 1].Key.StartsWith("kementerian", StringComparison.Ordinal))) close = body;
        if (!tokens[close].Is(')')) return comma;
        // A short form of capitals or a capitalised word, not an age ("Sutrisno (52),").
        for (var j = close - 1; j > 0 && j >= close - 3; j--)
            if (tokens[j].Is('(')) return covering[j] is null && j < close - 1 ? j : comma;
            else if (!tokens[j].IsWord || !tokens[j].IsCapitalised && !tokens[j].IsAllCaps || covering[j] is not null) return comma;
        return comma;
    }

    // Whether tokens [from, to) are capitalised words no mention covers.
    private static bool BareCapitalised(TokenList tokens, Mention?[] covering, int from, int to)
    {
        for (var t = from; t < to; t++)
            if (!tokens[t].IsWord || !tokens[t].IsCapitalised && !tokens[t].IsAllCaps && !(t > from && t + 1 < to && tokens[t].Key is "dan" or "and") || covering[t] is not null)
                return false;
        return true;
    }

    // A title as printed from `from` up to the comma, its short form in brackets among its words.
    private static string TitleText(TokenList tokens, int from, int comma)
    {
        var words = new List<string>(comma - from);
        for (var t = from; t < comma; t++)
            if (tokens[t].IsWord) words.Add(tokens[t].Text);
        return string.Join(' ', words);
    }

    // The title whose field ends at the comma at `comma`: a role up to twelve words before it, then "of", "at" or "for".
    private Mention? FieldedTitleBefore(Paragraph paragraph, Mention?[] covering, int comma)
    {
        var tokens = paragraph.Tokens;
        for (var t = comma - 2; t >= 0 && t >= comma - 12; t--)
        {
            if (tokens[t].Is(',') || paragraph.InQuote[t]) return null;
            if (covering[t] is { Kind: MentionKind.Role } role && role.End == t + 1)
                return FieldComma(paragraph, role.End) == comma ? role : null;
        }
        return null;
    }

    // At k, "of", "at" or "for" and a title's field of at most ten words, closed by a comma (no quotation and no verb of
    // speech): where that comma is, or -1.
    private int FieldComma(Paragraph paragraph, int k)
    {
        var tokens = paragraph.Tokens;
        if (k >= tokens.Count || !tokens[k].IsLower || tokens[k].Key is not ("of" or "at" or "for")) return -1;
        for (var t = k + 1; t < tokens.Count && t <= k + 11; t++)
        {
            if (tokens[t].Is(',')) return t > k + 1 ? t : -1;
            if (paragraph.InQuote[t] || tokens[t].EndsSentence || tokens[t].IsLower && Tables.CueVerbs.Match(tokens, t, t + 1) > 0) return -1;
        }
        return -1;
    }

    /// <summary>Gives back the covering arrays once the article's quotes are attributed: nothing may read this after.</summary>
    public void Release()
    {
        for (var b = 0; b < byToken.Length; b++)
            if (byToken[b] is { } covering)
            {
                ArrayPool<Mention?>.Shared.Return(covering, clearArray: true);
                byToken[b] = null;
            }
        (spareMentionStarts, spareMentionStartsByBlock) = (mentionStarts, mentionStartsByBlock);
    }

    // "US magazine Silver Echo's annual list", "surat kabar Kompas": a name right after a noun for a news outlet is one,
    // unless it is plainly a person's (a given name, a title).
    // "National Highways, which manages England's motorways, said": in English a name that opens its sentence, set off before
    // ", which", is a body's (a person's takes ", who"), its words whole, the title's read with it; not a name with a known
    // given name or an honorific.
    // Returns the body's name, or null.
    private string[]? ThingBeforeWhich(Paragraph paragraph, Mention mention)
    {
        var tokens = paragraph.Tokens;
        if (mention.Kind != MentionKind.Person || mention.End + 1 >= tokens.Count || !tokens[mention.End].Is(',') || tokens[mention.End + 1].Key != "which"
            || mention.Gender != Gender.Unknown || Tables.IsKnownGivenName(mention.Name[0]) || mention.RoleKey is not null) return null;
        // Only a name that opens its sentence: "talks with Erdogan, which both sides described as constructive" goes on about
        // the talks.
        var opening = mention.First > 0 && tokens[mention.First - 1].Key == "the" ? mention.First - 1 : mention.First;
        if (!paragraph.StartsSentence(opening)) return null;
        var first = mention.First < mention.End && tokens[mention.First].Key == "the" ? mention.First + 1 : mention.First;
        var words = new string[mention.End - first];
        for (var k = first; k < mention.End; k++)
        {
            if (!tokens[k].IsCapitalised || paragraph.InQuote[k]) return null;
            words[k - first] = tokens[k].Text;
        }
        return words;
    }

    private bool AfterOutletNoun(Paragraph paragraph, Mention mention)
    {
        // "Melansir Coindesk, Do Kwon …", "dilansir dari Reuters": the name a report is taken from ([cited-from]), even where
        // the verb opens the sentence and was read as the name's title.
        // (Each name's given name is looked up last, where the word before it allows the rule: most mentions follow no such word.)
        if (Tables.CitedFrom.Count > 0 && mention is { Kind: MentionKind.Person or MentionKind.Organisation, Gender: Gender.Unknown })
        {
            // The verb stands right before the name, or before the mention as its title; "dari" may stand between.
            var (k, lowest) = (mention.NameFirst - 1, mention.First - 1);
            if (k > 0 && paragraph.Tokens[k].Key == "dari" && paragraph.Tokens[k].IsLower) (k, lowest) = (k - 1, lowest - 1);
            if (k >= 0 && k >= lowest && paragraph.Tokens[k].IsWord && Tables.CitedFrom.Contains(paragraph.Tokens[k].Key) && !Tables.IsKnownGivenName(mention.Name[0])) return true;
        }
        if (mention.Kind is not (MentionKind.Person or MentionKind.Organisation) || mention.Role is not null || mention.First == 0
            || mention.Gender != Gender.Unknown) return false;
        var tokens = paragraph.Tokens;
        for (var k = mention.First - 1; k >= 0 && k >= mention.First - 2 && tokens[k].IsLower; k--)
            if (Tables.OutletNouns.Match(tokens, k, mention.First, out var kind) == mention.First - k) return kind == "outlet" && !Tables.IsGivenName(mention.Name[0]);
        return false;
    }

    public LanguageTables Tables { get; }
    public List<Paragraph> Paragraphs { get; }
    public ParagraphsByBlock ByBlock { get; }
    public List<Mention> Mentions { get; }
    public List<Entity> Entities => entities;

    public Mention? MentionAt(int block, int token) =>
        (uint)block < (uint)byToken.Length && byToken[block] is { } covering && token >= 0 && token < covering.Length ? covering[token] : null;

    /// <summary>The entity a pronoun or description at <paramref name="position"/> refers to: the latest salient person before it.</summary>
    /// <remarks>
    /// Someone the quote itself names (<c>"Saudara ISW meminta …," katanya</c>) is talked about, not talking, and is
    /// passed over: <paramref name="namedInQuote"/> says who.
    /// </remarks>
    public Entity? Antecedent(int position, Gender gender, Entity? lastSpeaker, int lastSpeakerPosition, Func<Entity, bool>? namedInQuote = null)
    {
        if (SoleNamedInParagraph(position, gender, lastSpeaker, namedInQuote) is { } sole) return sole;
        if (AgedNewcomerInParagraph(position, gender, lastSpeaker, namedInQuote) is { } newcomer) return newcomer;
        Entity? found = null;
        var at = -1;
        // The latest salient mention before the position, then back through the earlier ones (a bounded walk, so the
        // article's quotes are attributed in linear time) to the first that qualifies.
        var lo = 0;
        var hi = salient.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (salient[mid].Position < position) lo = mid + 1; else hi = mid;
        }
        for (var i = lo - 1; i >= 0 && i >= lo - MaxAntecedentWalk; i--)
        {
            var mention = salient[i];
            if (lastSpeaker is not null && mention.Position < lastSpeakerPosition) break;
            var entity = mention.Entity!;
            if (entity.Kind != MentionKind.Person || !Agrees(entity, gender) || !(entity == lastSpeaker || PersonLike(entity))) continue;
            if (namedInQuote?.Invoke(entity) == true) continue;
            // "She said" after "Finance Minister Sue Essex … the UK Treasury": a name that shows no gender and no sign of a
            // person gives way to an earlier one whose gender the pronoun matches.
            // Not "Piers Freelove is senior benefit officer on the picket line … . He said:": the subject of the sentence right
            // before the pronoun, with no one named after it, whom the text describes as a person, is who the pronoun goes on with.
            // Nor "Mendes could not believe the 'goal' was not given … . He said:" after "Pedro Mendes": a surname that opens the
            // sentence right before the pronoun, of someone the article named in full.
            if (gender is Gender.Male or Gender.Female && entity.Gender == Gender.Unknown && found is null && !ShowsPerson(entity)
                && !(i == lo - 1 && mention.Subject && DescribedAsPerson(mention))
                && !(i == lo - 1 && OpensSentenceNamedInFull(mention, entity))
                // Nor "Hernán Villca Copa, who heads a growers' cooperative …, said members had stored … . "…," he said": a full
                // name that is the subject of reported speech right before the pronoun.
                && !(i == lo - 1 && mention.Subject && mention.Reports && entity.Name.Length >= 2)
                && GenderedBefore(i, lo, gender, lastSpeaker, lastSpeakerPosition, namedInQuote) is { } gendered)
            {
                (found, at) = gendered;
                break;
            }
            found = entity;
            at = mention.Position;
            // "Wana mengatakan, … nama Tri Yanto bisa mencuat …" then "…," tegasnya: in a paragraph that reports what
            // someone said, the one speaking is who the pronoun goes on with, not a person the report tells about (one who
            // opens a sentence of their own, "Jones signed on Friday.", is the paragraph's next subject and stays).
            if (!mention.Reports && (!mention.Subject || mention.Reported) && ReportingBefore(i, mention.Block, gender, lastSpeakerPosition, namedInQuote) is { } reporting)
                (found, at) = reporting;
            // Two ways the last speaker goes on past someone the narrative only tells about (who neither speaks nor reports here).
            else if (lastSpeaker is not null && entity != lastSpeaker && !mention.Reports && !mention.Speaks
                && Agrees(lastSpeaker, gender) && namedInQuote?.Invoke(lastSpeaker) != true
                && (ToldAboutInPronounReport(mention, entity, lastSpeakerPosition) || ToldAboutSinceNamed(mention, entity, position, lastSpeakerPosition)
                    || NamedAgainSince(lastSpeaker, mention.Position, position) || PassiveSubject(mention, lastSpeakerPosition)))
                return lastSpeaker;
            break;
        }
        if (lastSpeaker is not null && lastSpeakerPosition > at && lastSpeakerPosition < position && Agrees(lastSpeaker, gender)
            && namedInQuote?.Invoke(lastSpeaker) != true) return lastSpeaker;
        if (found is null && lastSpeaker is not null && lastSpeakerPosition < position)
        {
            // The last speaker is named in the quote: someone named before them may be meant.
            for (var i = lo - 1; i >= 0 && i >= lo - MaxAntecedentWalk; i--)
            {
                var entity = salient[i].Entity!;
                if (entity != lastSpeaker && entity.Kind == MentionKind.Person && Agrees(entity, gender) && PersonLike(entity) && namedInQuote?.Invoke(entity) != true)
                    return entity;
            }
        }
        return found;
    }

    private const int MaxAntecedentWalk = 64;

    // "Di tempat pengolahan milik Rohmatul Ummah (45), ratusan ubur-ubur … . "…," katanya" after Zainal spoke: in Indonesian the
    // one person the quotation's paragraph names before it, introduced there for the first time with an age in brackets, in a
    // sentence closed before the quotation, is whom "-nya" or "dia" means, not the last speaker of a paragraph before.
    // The person named before `position` with the age `years` after their name ("Fauzan Hakim (52)", "Sumarni, 48,"), or null.
    private Entity? PersonAged(string years, int position)
    {
        foreach (var mention in Mentions)
        {
            if (mention.Position >= position) break;
            if (mention is not { Kind: MentionKind.Person, Entity: { } person } || !ByBlock.TryGetValue(mention.Block, out var paragraph)) continue;
            var tokens = paragraph.Tokens;
            var at = mention.End + 1;
            if (at < tokens.Count && tokens[mention.End].Text is "(" or "," && tokens[at].Text == years) return person;
        }
        return null;
    }

    // Whether `paragraph`, which quotes no one, is the one right before the paragraph that the quotation at `position` opens.
    private bool ClosesBeforeQuoteParagraph(Paragraph paragraph, int position)
    {
        if (!ByBlock.TryGetValue(paragraph.Block + 1, out var next) || position < next.Offset || position >= next.Offset + next.Text.Length) return false;
        foreach (var inQuote in paragraph.InQuote)
            if (inQuote) return false;
        var k = 0;
        while (k < next.Tokens.Count && !next.Tokens[k].IsWord && next.Tokens[k].Start < position - next.Offset) k++;
        return k < next.Tokens.Count && next.InQuote[k];
    }

    private Entity? AgedNewcomerInParagraph(int position, Gender gender, Entity? lastSpeaker, Func<Entity, bool>? namedInQuote)
    {
        if (!Tables.IsIndonesian || gender is Gender.Plural or Gender.Organisation || lastSpeaker is null) return null;
        var mentions = (List<Mention>)Mentions;
        var i = LastBefore(mentions, position);
        if (i < 0 || !ByBlock.TryGetValue(mentions[i].Block, out var paragraph)) return null;
        // 'Tarsinah (39), salah satu penganyam, kini membawa pulang …' / '"…," katanya.': or the paragraph right before, when
        // the quotation opens its own and that one quotes no one.
        if (position >= paragraph.Offset + paragraph.Text.Length && !ClosesBeforeQuoteParagraph(paragraph, position)) return null;
        Mention? only = null;
        for (; i >= 0 && mentions[i].Block == paragraph.Block; i--)
        {
            if (mentions[i].Kind == MentionKind.Role || mentions[i].Entity == lastSpeaker) return null;
            if (mentions[i] is not { Kind: MentionKind.Person, Entity: { } entity } mention) continue;
            if (only is not null && entity != only.Entity) return null;
            only = mention;
        }
        if (only?.Entity is not { } newcomer || newcomer.MentionList[0] != only || !AgedAfter(only) || namedInQuote?.Invoke(newcomer) == true) return null;
        var tokens = paragraph.Tokens;
        // Not "Pelaku bernama Joko Susilo (45) ditangkap di rumah kerabatnya": one a passive verb tells about after the age.
        var afterAge = PastAge(tokens, only.End);
        if (afterAge < tokens.Count && tokens[afterAge].IsLower && tokens[afterAge].Key.Length > 4 && tokens[afterAge].Key.StartsWith("di", StringComparison.Ordinal)) return null;
        // The sentences after the one that names them, up to the quotation, go on about them with "Ia" (not "… milik Sutarmi
        // (60). Warga sudah mengevakuasinya …. "…," ujarnya", where someone else is the next sentence's subject).
        var quoteAt = position - paragraph.Offset;
        var closed = false;
        for (var k = only.End; k < tokens.Count && tokens[k].Start < quoteAt; k++)
        {
            if (paragraph.InQuote[k]) continue;
            if (tokens[k].EndsSentence) { closed = true; continue; }
            if (closed && tokens[k].IsWord && paragraph.StartsSentence(k) && tokens[k].Key is not ("ia" or "dia" or "beliau")) return null;
        }
        return closed ? newcomer : null;
    }

    // "Those allegations were put to Wenger after Saturday's game at Bolton, … . At first he said only: "…"": in English the
    // one person a paragraph names before its quotation, in a sentence closed before it, is whom "he" or "she" there means,
    // however the sentence names them (here after "to"), over the last speaker, who was named in a paragraph before. Not
    // when a pronoun opens the paragraph's story before the name ("He was asked about Wenger. He said:"), nor when the name
    // is in the quotation's own sentence ("Asked about Wenger, he said:").
    private Entity? SoleNamedInParagraph(int position, Gender gender, Entity? lastSpeaker, Func<Entity, bool>? namedInQuote)
    {
        if (!Tables.IsEnglish || gender is not (Gender.Male or Gender.Female) || lastSpeaker is null) return null;
        var mentions = (List<Mention>)Mentions;
        var i = LastBefore(mentions, position);
        if (i < 0 || !ByBlock.TryGetValue(mentions[i].Block, out var paragraph) || position >= paragraph.Offset + paragraph.Text.Length) return null;
        Mention? latest = null, earliest = null;
        for (; i >= 0 && mentions[i].Block == paragraph.Block; i--)
        {
            // A title standing for someone ("The prime minister is trying …") or the last speaker, named in the paragraph, may
            // be whom the pronoun means.
            if (mentions[i].Kind == MentionKind.Role || mentions[i].Entity == lastSpeaker) return null;
            // Clubs and firms the text names in one word ("Bolton", "Arsenal") are no people here: only a gender or a given
            // name shows one.
            if (mentions[i] is not { Kind: MentionKind.Person, Entity: { } entity } mention
                || entity.Name.Length == 1 && entity.Gender == Gender.Unknown && !ShowsPerson(entity)) continue;
            if (latest is not null && entity != latest.Entity) return null;
            latest ??= mention;
            earliest = mention;
        }
        if (latest is null || earliest is null || latest.Entity is not { } sole || !Agrees(sole, gender) || !PersonLike(sole) || sole.Gender != gender && !ShowsPerson(sole)
            || namedInQuote?.Invoke(sole) == true || paragraph.Tokens[latest.End - 1].IsPossessive) return null;
        var tokens = paragraph.Tokens;
        var closed = false;
        for (var k = latest.End; k < tokens.Count && tokens[k].Start < position - paragraph.Offset && !closed; k++)
            closed = tokens[k].EndsSentence && !paragraph.InQuote[k];
        if (!closed) return null;
        for (var k = 0; k < earliest.First; k++)
            if (tokens[k].IsWord && (Tables.Pronouns.TryGetValue(tokens[k].Key, out var said) && said is Gender.Male or Gender.Female || tokens[k].Key is "his" or "her")) return null;
        return sole;
    }

    // "Ia menekankan jika … . Presiden Prabowo ingin …" then "…," tegasnya: in a paragraph where the last speaker goes on, as a
    // pronoun reporting speech, the people it tells about are not who goes on. Only when nobody is named in the paragraph
    // before the pronoun (else "Ia" may be them: "Warga Desa Sukamulya, Dedeh Kurniasih, … . Ia mengatakan …") and the person
    // told about was named before the paragraph (someone introduced there, "Wakil Ketua DPRD Rudi Hartono, yang hadir …", may
    // be the next to speak).
    private bool ToldAboutInPronounReport(Mention mention, Entity entity, int lastSpeakerPosition) =>
        PronounReportBefore(mention.Block, mention.Position, lastSpeakerPosition) is { } pronoun
        && !NamedInBlockBefore(mention.Block, pronoun) && entity.Mentions[0].Block < mention.Block;

    // '"…," kata Rini' then "Pihaknya pun akan mengikuti arahan Presiden Prabowo Subianto … . Prabowo sebelumnya telah
    // menargetkan …" then '"…," ujarnya': in Indonesian someone the article named before the last speaker spoke, who has not
    // spoken and after whom no pronoun reports speech in their paragraph ("Menurutnya"), does not take the cue; someone named
    // for the first time since may be the next to speak.
    private bool ToldAboutSinceNamed(Mention mention, Entity entity, int position, int lastSpeakerPosition) =>
        Tables.IsIndonesian && entity.Mentions[0].Position < lastSpeakerPosition && !entity.Mentions.Any(m => m.Speaks && m.Position < position)
        && PronounReportBefore(mention.Block, position, mention.Position) is null;

    // '"…," ujar Kasubdit … Alfian Joan Komalin' then "HM pun dilaporkan atas dugaan pencemaran nama baik." then '"…,"
    // imbuhnya': in Indonesian someone named since the last speaker spoke as the subject of a passive verb ("dilaporkan",
    // "ditangkap") is what was done to, not who goes on speaking.
    private bool PassiveSubject(Mention mention, int lastSpeakerPosition)
    {
        if (!Tables.IsIndonesian || mention.Position < lastSpeakerPosition || !ByBlock.TryGetValue(mention.Block, out var paragraph)) return false;
        // "Kamal akhirnya terciduk polisi … . Kamal dihadiahi timah panas …": a one-word name that opens its sentence is read as
        // weak (it could be an ordinary capitalised word), but of someone the article named in full it is the subject.
        if (!mention.Subject && !(mention.Weak && mention.Entity is { Name.Length: >= 2 } && paragraph.StartsSentence(mention.First))) return false;
        var tokens = paragraph.Tokens;
        var k = mention.End;
        while (k < tokens.Count && tokens[k].IsLower && tokens[k].Key is "pun" or "juga" or "sebelumnya" or "telah" or "sudah" or "sempat" or "kemudian" or "lalu" or "akhirnya" or "kini") k++;
        // Not "Andi ditemui di rumahnya": the verbs that bring in the next one to speak (met, reached, asked) leave them the
        // speaker.
        return k < tokens.Count && tokens[k].IsLower && IsIndonesianPassive(tokens[k].Key) && !paragraph.InQuote[k]
            && tokens[k].Key is not ("ditemui" or "dihubungi" or "dikonfirmasi" or "diwawancarai" or "dijumpai" or "ditanya" or "ditanyai" or "disambangi");
    }

    /// <summary>
    /// An Indonesian passive verb: a word of five letters or more that opens with "di" ("dilaporkan", "disebut"), but not one
    /// of the words that open so and are no verb ("Budi kini direktur utama", "dirinya", "dinas").
    /// </summary>
    internal static bool IsIndonesianPassive(string key) =>
        key.Length >= 5 && key.StartsWith("di", StringComparison.Ordinal) && !NotPassive.Contains(key);

    private static readonly System.Collections.Frozen.FrozenSet<string> NotPassive = System.Collections.Frozen.FrozenSet.Create(StringComparer.Ordinal,
        "direktur", "direksi", "dirinya", "dirut", "dimana", "dinas", "diskusi", "digital", "dividen", "divisi", "distribusi", "diplomat",
        "diplomasi", "dialog", "dinamika", "diskon", "disiplin", "dilema", "dinasti", "diantara", "diatas", "dibawah", "didalam", "dikarenakan");

    // "Youngsters Ben Hudell, Joe Keenan and Sam Tillen would be options should Mourinho decide to call up a replacement … .
    // Bridge's injury also means Mourinho, who …, will not have …" then '"…," he said': in English the last speaker, named
    // again after the person a pronoun would otherwise go to, outside a quotation and not after a preposition or as an owner
    // ("Keeper Tony Bullock echoed McIntyre's sentiments"), is who goes on.
    private bool NamedAgainSince(Entity lastSpeaker, int since, int position)
    {
        if (!Tables.IsEnglish || lastSpeaker.LatestBefore(position) is not { } again || again.Position <= since
            || !ByBlock.TryGetValue(again.Block, out var paragraph)) return false;
        var tokens = paragraph.Tokens;
        // "… and Keegan sympathised with …": "and" (in [prepositions] for "Blair and Brown") opens a clause of its own when a
        // verb follows the name.
        var joined = again.First > 0 && tokens[again.First - 1].Key == "and" && again.End < tokens.Count && tokens[again.End].IsLower
            && (tokens[again.End].Key.EndsWith("ed", StringComparison.Ordinal) || Tables.CueVerbs.Match(tokens, again.End, tokens.Count) > 0);
        return !paragraph.InQuote[again.First] && (joined || !AfterPreposition(tokens, again.First)) && !tokens[again.End - 1].IsPossessive;
    }

    // Whether a person is named in the block before the position (a walk back through the block's mentions only).
    private bool NamedInBlockBefore(int block, int position)
    {
        var mentions = (List<Mention>)Mentions;
        for (var i = LastBefore(mentions, position); i >= 0 && mentions[i].Block == block; i--)
            if (mentions[i].Kind == MentionKind.Person) return true;
        return false;
    }

    // The position of the latest pronoun that reports speech in the block, in (since, before); null when there is none.
    private int? PronounReportBefore(int block, int before, int since)
    {
        // The reports are in document order: the latest one before the position, by binary search.
        var lo = 0;
        var hi = pronounReports.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (pronounReports[mid].Position < before) lo = mid + 1; else hi = mid;
        }
        if (lo == 0) return null;
        var (b, position) = pronounReports[lo - 1];
        return b == block && position > since ? position : null;
    }

    // The latest person before salient[from], in the same paragraph and after the last speaker, who reports speech there
    // (Mention.Reports); with where they were named.
    private (Entity, int)? ReportingBefore(int from, int block, Gender gender, int lastSpeakerPosition, Func<Entity, bool>? namedInQuote)
    {
        for (var i = from - 1; i >= 0 && salient[i].Block == block && salient[i].Position > lastSpeakerPosition; i--)
            if (salient[i] is { Reports: true, Entity: { Kind: MentionKind.Person } entity } mention && Agrees(entity, gender) && PersonLike(entity)
                && namedInQuote?.Invoke(entity) != true)
                return (entity, mention.Position);
        return null;
    }

    // "Piers Freelove is senior benefit officer on the picket line", "Parul Jain, deputy chief economist at Nomura": in
    // English a title set off after the name by a comma, or after "is" or "was", tells a person.
    private bool DescribedAsPerson(Mention mention)
    {
        if (!Tables.IsEnglish || mention.Kind != MentionKind.Person || !ByBlock.TryGetValue(mention.Block, out var paragraph)) return false;
        var tokens = paragraph.Tokens;
        var k = mention.End;
        // "Maureen Trevithick, 68, from St Agnes, had been due …": an age set off by commas is a person's.
        if (AgedAfter(mention)) return true;
        return k + 1 < tokens.Count && (tokens[k].Is(',') || tokens[k].Key is "is" or "was") && TitleInApposition(tokens, k + 1);
    }


    private bool OpensSentenceNamedInFull(Mention mention, Entity entity) =>
        Tables.IsEnglish && mention.Kind == MentionKind.Person && mention.Name.Length == 1 && entity.Name.Length >= 2
        && entity.Mentions.Any(m => m.Name.Length >= 2 && !m.Weak) && ByBlock.TryGetValue(mention.Block, out var paragraph) && paragraph.StartsSentence(mention.First);

    // A title or role (not a country read as one: "UK Treasury") or a known given name: signs that a name is a person's.
    private bool ShowsPerson(Entity entity) =>
        entity.Roles.Any(role => !Tables.Places.Contains(role)) || entity.Name.Length >= 2 && (Tables.IsGivenName(entity.Name[0]) || Addressed(entity));

    // "Dr. Oluwaseun Adeyemi-Hart": a name of two words or more given with an honorific somewhere, which a person takes (not a
    // saint's title, which opens clubs' and towns' names: "St Mirren", "St Helens"; nor a brand's "Dr Martens", one word).
    private bool Addressed(Entity entity)
    {
        foreach (var mention in entity.Mentions)
            if (mention.Role is { Length: > 0 } title && !title.StartsWith("St", StringComparison.Ordinal) && Tables.Honorifics.Contains(LanguageTables.Key(title))) return true;
        return false;
    }

    // The latest salient person before salient[from] whose gender is the pronoun's, back to the last speaker (who counts
    // too), within the same walk; with where they were named.
    private (Entity, int)? GenderedBefore(int from, int lo, Gender gender, Entity? lastSpeaker, int lastSpeakerPosition, Func<Entity, bool>? namedInQuote)
    {
        for (var i = from - 1; i >= 0 && i >= lo - MaxAntecedentWalk; i--)
        {
            var mention = salient[i];
            if (lastSpeaker is not null && mention.Position < lastSpeakerPosition) break;
            if (mention.Entity is { Kind: MentionKind.Person } entity && entity.Gender == gender && PersonLike(entity) && namedInQuote?.Invoke(entity) != true)
                return (entity, mention.Position);
        }
        return lastSpeaker is { Gender: var spoken } && spoken == gender && namedInQuote?.Invoke(lastSpeaker) != true ? (lastSpeaker, lastSpeakerPosition) : null;
    }

    // "her tweets", not "told her that" or "asked her to".
    private bool PossessiveHer(TokenList tokens, int j) =>
        j + 1 < tokens.Count && tokens[j + 1].IsWord && tokens[j + 1].IsLower && !Tables.Prepositions.Contains(tokens[j + 1])
        && !Tables.Subordinators.Contains(tokens[j + 1]) && !Tables.Demonstratives.Contains(tokens[j + 1])
        && tokens[j + 1].Key is not ("to" or "that" or "and" or "or" or "but" or "as" or "if" or "whether" or "what" or "how" or "why" or "when");

    // "Suaminya, Darmaji, menimpali", "His daughter, Hollie Raistrick, 19, found …": a person set off after a word for a man
    // or a woman (a husband, a wife, a daughter), in Indonesian with or without "-nya", is one; read before grouping, so that
    // "Mr Raistrick" later is not the daughter.
    private void InferKinGenders(Paragraph paragraph, Mention?[] covering)
    {
        var tokens = paragraph.Tokens;
        foreach (var k in paragraph.Marks)
        {
            if (k == 0 || k + 1 >= tokens.Count || !tokens[k].Is(',') || !tokens[k - 1].IsWord || covering[k - 1] is not null
                || covering[k + 1] is not { Kind: MentionKind.Person, Gender: Gender.Unknown } person || person.First != k + 1
                || person.End < tokens.Count && !tokens[person.End].Is(',')) continue;
            // (Not "the death of his daughter, Robin Evans, 52, said": a name whose verb of speech follows it, past an age, is
            // the sentence's subject, not the relative.)
            var after = person.End + 1;
            while (after < tokens.Count && after <= person.End + 3 && !tokens[after].IsLower) after++;
            if (Tables.IsEnglish && after < tokens.Count && tokens[after].IsLower && Tables.CueVerbs.Match(tokens, after, after + 1) > 0) continue;
            var key = tokens[k - 1].Key;
            if (Tables.IsIndonesian && key.EndsWith("nya", StringComparison.Ordinal)) key = key[..^3];
            person.Gender = Tables.FemaleNouns.Contains(key) ? Gender.Female : Tables.MaleNouns.Contains(key) ? Gender.Male : Gender.Unknown;
        }
    }

    // "Major-Gen Gopaul Govender … said his unit": a person with no gender from name or title takes the one of the first
    // personal pronoun after the subject mention in its own sentence, when no other person is named before it ("him", and
    // "her" but before a noun, may be someone else: "Smith told her that …").
    private void InferGenders(List<Paragraph> paragraphs)
    {
        foreach (var paragraph in paragraphs)
        {
            var covering = byToken[paragraph.Block]!;
            var tokens = paragraph.Tokens;
            var next = 0; // past the mention read last
            foreach (var k in MentionStarts(paragraph))
            {
                if (k < next || covering[k] is not { Kind: MentionKind.Person, Salient: true, Entity: { Gender: Gender.Unknown } entity } mention) continue;
                var end = paragraph.SentenceEnd(mention.End);
                for (var j = mention.End; j < end; j++)
                {
                    if (paragraph.InQuote[j]) break;
                    if (covering[j] is { Kind: MentionKind.Person }) break;
                    if (!tokens[j].IsWord || !tokens[j].IsLower) continue;
                    var gender = tokens[j].Key switch
                    {
                        "he" or "his" or "himself" => Gender.Male,
                        "she" or "herself" => Gender.Female,
                        "her" when PossessiveHer(tokens, j) => Gender.Female,
                        _ => Gender.Unknown,
                    };
                    if (gender == Gender.Unknown) continue;
                    entity.InferGender(gender);
                    break;
                }
                next = mention.End;
            }
        }
    }

    /// <summary>The person, agreeing with <paramref name="gender"/>, mentioned last in [<paramref name="since"/>, <paramref name="position"/>), salient or not.</summary>
    public Entity? LatestPerson(int position, int since, Gender gender, Func<Entity, bool>? namedInQuote = null)
    {
        for (var i = Mentions.Count - 1; i >= 0; i--)
        {
            var mention = Mentions[i];
            if (mention.Position >= position) continue;
            if (mention.Position < since) break;
            if (mention.Entity is { Kind: MentionKind.Person } entity && Agrees(entity, gender) && PersonLike(entity) && namedInQuote?.Invoke(entity) != true)
                return entity;
        }
        return null;
    }

    /// <summary>True when a person of the article has the word in their name, or had it written before their name.</summary>
    public bool IsNameWord(string word) =>
        entities.Any(entity => entity.Kind == MentionKind.Person && (entity.Name.Any(n => n.Equals(word, StringComparison.OrdinalIgnoreCase))
            || WrittenBefore(entity, word)));

    /// <summary>Whether one person only in the article has the word in their name ("Murray": Andy Murray and Jamie Murray).</summary>
    public bool OnlyOneNamed(string word) =>
        entities.Count(e => e.Kind == MentionKind.Person && e.Name.Any(n => n.Equals(word, StringComparison.OrdinalIgnoreCase))) == 1;

    // The capitalised word right before the mention's name, folded: a title's, or one the sentence opens with ("Big Lee, as
    // everyone calls him"); null when there is none.
    private string? WordBeforeName(Mention mention) =>
        mention.NameFirst > 0 && ByBlock.TryGetValue(mention.Block, out var paragraph) && paragraph.Tokens[mention.NameFirst - 1] is { IsWord: true, IsCapitalised: true } word
            ? word.Key : null;

    // A mention of the entity had the word written right before its name (Mention.Before).
    private static bool WrittenBefore(Entity entity, string word)
    {
        var mentions = entity.Mentions;
        for (var i = 0; i < mentions.Count; i++)
            if (mentions[i].Before is { } before && before.Equals(word, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>
    /// The person a single capitalised word names when it was not read as a mention ("kata Yang"): the entity whose name
    /// holds it, or whose name it stood right before ("Yang Moo Jin" read as "Moo Jin"); the latest before
    /// <paramref name="position"/>, else the first after.
    /// </summary>
    public Entity? ByWord(string word, int position)
    {
        Entity? best = null;
        var bestAt = int.MinValue;
        foreach (var entity in entities)
        {
            if (entity.Kind != MentionKind.Person) continue;
            var before = WrittenBefore(entity, word);
            if (!before && !entity.Name.Any(n => n.Equals(word, StringComparison.OrdinalIgnoreCase))) continue;
            if (before && !entity.Name[0].Equals(word, StringComparison.OrdinalIgnoreCase)) entity.Prepend(word);
            var at = entity.LastBefore(position);
            var score = at >= 0 ? at : -entity.Mentions[0].Position;
            if (score > bestAt) (best, bestAt) = (entity, score);
        }
        return best;
    }

    /// <summary>
    /// The one person the article introduced with this word as their title ("Argentine David Nalbandian" for "The
    /// Argentine"), or null when none or more than one was.
    /// </summary>
    public Entity? IntroducedAs(string title)
    {
        Entity? found = null;
        foreach (var entity in entities)
        {
            if (entity.Kind != MentionKind.Person || !entity.MentionList.Any(m => string.Equals(m.Role, title, StringComparison.OrdinalIgnoreCase))) continue;
            if (found is not null) return null;
            found = entity;
        }
        return found;
    }

    // "Riset", "Diangkut", "Kebayoran Baru" open sentences too: a pronoun refers to someone named as a person, with a
    // title or at least two words, named more than once, or who has already spoken. A social-media handle ("Menteri PUPR
    // @kemenpupr") or a user name ("acebush1") only when it has spoken: it may be an office's or a firm's account, or a code
    // ("covid19").
    private bool PersonLike(Entity entity) => entity.PersonLike ??= entity.Name[0].StartsWith('@') || entity.Name.Length == 1 && MentionFinder.IsUserName(entity.Name[0])
        ? entity.Mentions.Any(m => m.Speaks)
        : entity.Roles.Count > 0 || entity.Mentions.Any(m => m.Speaks || ShowsTitle(m) || AgedAfter(m))
        // "echoed by Christine Rush, director of …" then "she said": a known given name before a surname that is also a word.
        || entity.Name.Length >= 2 && Tables.IsKnownGivenName(entity.Name[0]) && entity.Mentions.Any(m => m.Name.Length >= 2 && !m.Weak)
        || !Tables.Common.Contains(LanguageTables.Key(entity.Name[0])) && !Tables.Common.Contains(LanguageTables.Key(entity.Name[^1]))
            && (entity.Mentions.Any(m => m.Name.Length >= 2 && !m.Weak) || entity.Mentions.Count(m => !m.Weak || m.Salient) >= 2
                // "Edwards' sister Rachel makes an emotional TV appeal": a known given name as a sentence's subject, once.
                || entity.Name.Length == 1 && Tables.IsKnownGivenName(entity.Name[0]) && entity.Mentions.Any(m => m.Subject && !m.Weak));

    // Whether the entity spoke, named as no weak word, before the position. (A loop, not a lambda: one capturing the caller's
    // loop variable would be made for every mention of every article.)
    private static bool SpokeBefore(Entity entity, int position)
    {
        foreach (var mention in entity.MentionList)
            if (mention.Position < position && !mention.Weak && mention.Speaks) return true;
        return false;
    }

    // "Sumirah (47) menyuapi cucunya", "Maureen Trevithick, 68, from St Agnes", "Salah satu tersangka, BT, 39 tahun, …": an
    // age right after the name shows a person.
    private bool AgedAfter(Mention mention) => ByBlock.TryGetValue(mention.Block, out var paragraph) && AgeAfter(paragraph.Tokens, mention.End);

    // An age at `end`: "(47)", ", 68," or ", 39 tahun,".
    internal static bool AgeAfter(TokenList tokens, int end)
    {
        if (PastAge(tokens, end) != end) return true;
        if (end + 2 >= tokens.Count || !tokens[end].Is(',') || !IsAgeDigits(tokens[end + 1].Text)) return false;
        return tokens[end + 2].Is(',') || end + 3 < tokens.Count && tokens[end + 2].Key is "tahun" or "thn" && tokens[end + 3].Is(',');
    }

    // "Kepala Desa", "AKBP", "Pak": a title before the name shows a person. One word the name run opened with that the
    // article also writes in lower case does not ("Mobil Topling" and "dua mobil box"), nor a preposition or an opener
    // that began the sentence ("Menurut Karo", "Dalam Perpres").
    private bool ShowsTitle(Mention mention) =>
        mention.Role is { } role && (mention.RoleKey is not null || (role.Contains(' ') ? HasTitleWord(role) : !IsOrdinaryWord(LanguageTables.Key(role))));

    // Words before a name that hold a rank or an honorific ("Kompol", "Bapak"); not an organisation's or a place's words
    // ("Badan Usaha Milik Daerah Riau Pangan Bertuah", "Kawasan Industri Kendal").
    private bool HasTitleWord(string words)
    {
        foreach (var word in words.Split(' '))
        {
            var key = LanguageTables.Key(word);
            if (Tables.Ranks.Contains(key) || Tables.Honorifics.Contains(key) || Tables.Roles.Contains(key)) return true;
        }
        return false;
    }

    /// <summary>
    /// The title to show with a speaker's name: the role without the words that only opened its sentence ("But Mr Smith",
    /// "Menurut Kepala BPS", "When Lleyton Hewitt", "Kata Budi", "Wednesday Prime Minister"), without honorifics, which are no
    /// title ("Mr", "Pak", "coach Sir"; not "Lord Chancellor", "Ibu Negara"); null when nothing is left, when what is left
    /// is words of the name itself ("Do" of "Do Kwon"), or one word that is no title ("Unggahan").
    /// </summary>
    public string? ShownRole(string? role, string? name)
    {
        if (role is null) return null;
        var words = role.Split(' ');
        var (first, end) = (0, words.Length);
        while (first < end && LanguageTables.Key(words[first]) is var opener
               && (Tables.SentenceOpeners.Contains(opener) || Tables.Prepositions.Contains(opener) || Tables.Subordinators.Contains(opener)
                   || Tables.AccordingTo.Contains(opener) || Tables.CueVerbs.Contains(opener) || Tables.NotSpeakers.Contains(opener)
                   || Tables.Honorifics.Contains(opener) && !(first + 1 < end && char.IsUpper(words[first + 1][0])
                       && !Tables.Honorifics.Contains(LanguageTables.Key(words[first + 1]))))) first++;
        while (end > first && Tables.Honorifics.Contains(LanguageTables.Key(words[end - 1]))) end--;
        if (first == end || end - first == 1 && !IsTitleWord(words[first])) return null;
        if (name is not null)
        {
            var nameWords = name.Split(' ');
            var named = true;
            for (var w = first; w < end && named; w++) named = nameWords.Contains(words[w], StringComparer.OrdinalIgnoreCase);
            if (named) return null;
        }
        return first == 0 && end == words.Length ? role : string.Join(' ', words, first, end - first);
    }

    // A word that can be a title on its own: a role, a rank or a role's short form ("coach", "AKBP", "Menkeu"); in English,
    // whose tables name fewer occupations, also a word that is none of an acronym, a nationality, an age or a function
    // word ("Guitarist Brian May", not "BBC", "American", "22-year-old", "Now").
    private bool IsTitleWord(string word)
    {
        var key = LanguageTables.Key(word);
        if (Tables.Roles.Contains(key) || Tables.Ranks.Contains(key) || Tables.RoleAliases.ContainsKey(key)) return true;
        if (!Tables.IsEnglish || word.Length >= 2 && !word.Any(char.IsLower) || Tables.Demonyms.Contains(key) || key.EndsWith("year-old", StringComparison.Ordinal))
            return false;
        return !(Tables.SentenceOpeners.Contains(key) || Tables.Prepositions.Contains(key) || Tables.Subordinators.Contains(key) || Tables.Copulas.Contains(key)
            || Tables.Demonstratives.Contains(key) || Tables.PronounWords.Contains(key) || Tables.AccordingTo.Contains(key) || Tables.CueVerbs.Contains(key)
            || Tables.NotSpeakers.Contains(key));
    }

    /// <summary>
    /// The title the article gives the person anywhere: the one they were introduced with, else the first that opens with a
    /// title word ("Menteri Keuangan", not a run of a copied headline's words); null when none.
    /// </summary>
    public string? TitleOf(Entity? entity)
    {
        if (entity is null) return null;
        if (ShownRole(entity.Role, entity.Canonical) is { } title) return title;
        foreach (var mention in entity.MentionList)
            if (ShownRole(mention.Role, entity.Canonical) is { } given && IsTitleWord(given.Split(' ', 2)[0]))
                return given;
        return null;
    }

    private bool IsOrdinaryWord(string key) =>
        Tables.Prepositions.Contains(key) || Tables.AccordingTo.Contains(key) || Tables.SentenceOpeners.Contains(key) || WrittenInLowerCase(key);

    // A walk over the article's tokens, remembered for the word: few words are asked about, so no set of all the
    // article's words is built.
    private bool WrittenInLowerCase(string key)
    {
        if ((lowerCaseAnswers ??= new(StringComparer.Ordinal)).TryGetValue(key, out var known)) return known;
        var found = false;
        foreach (var paragraph in Paragraphs)
        {
            foreach (var token in paragraph.Tokens)
                if (token.IsWord && token.IsLower && string.Equals(token.Key, key, StringComparison.Ordinal)) { found = true; break; }
            if (found) break;
        }
        lowerCaseAnswers[key] = found;
        return found;
    }

    private Dictionary<string, bool>? lowerCaseAnswers;

    // (An organisation is never "he" or "she".)
    internal static bool Agrees(Entity entity, Gender gender) =>
        gender is Gender.Unknown || !(entity.Kind == MentionKind.Organisation && gender is Gender.Male or Gender.Female)
            && (entity.Gender == Gender.Unknown || entity.Gender == gender);

    /// <summary>
    /// The group whose words "they" or "mereka" report, named latest before <paramref name="position"/>, back to
    /// <paramref name="since"/>, with no person named since. In English a group named in the plural that acted there: "…
    /// opposed by the Liberal Democrats. They have said …", "…, MPs said. Instead they called for …" (<see cref="IsPluralGroupName"/>;
    /// the article may have taken it for a person's name: no word marks "Liberal Democrats" as an organisation). In Indonesian
    /// a body of people ([people-groups]) that was a sentence's subject: "Kelompok Tani Sinar Harapan … mengadu …".
    /// </summary>
    public Entity? GroupBefore(int position, int since)
    {
        for (var i = LastBefore(Mentions, position); i >= 0 && Mentions[i].Position >= since; i--)
        {
            if (Mentions[i] is not { Entity: { } entity } mention || mention.Kind == MentionKind.Role) continue;
            if (Tables.IsEnglish ? IsActingPluralGroup(mention, entity) : entity.Kind == MentionKind.Organisation && mention.Subject && IsPeopleGroup(entity))
                return entity;
            if (entity.Kind == MentionKind.Person) return null;
        }
        return null;
    }

    // The group acted: it was a sentence's subject, spoke, or was the agent after "by" ("opposed by the Liberal Democrats"); not
    // a place, an event or a firm named in passing ("the opening match of the Six Nations", "after Goldman Sachs raised its
    // rating"), an outlet ("seen by Reuters") or a person with a title ("President Bongbong Marcos").
    private bool IsActingPluralGroup(Mention mention, Entity entity) =>
        IsPluralGroupName(entity.Name) && (mention.Subject || mention.Speaks || AfterBy(mention)) && entity.Roles.Count == 0
        && !NamesOutlet(mention) && !Tables.Firms.ContainsPhrase(entity.Name) && !Tables.Places.ContainsPhrase(entity.Name);

    private bool AfterBy(Mention mention) =>
        ByBlock.TryGetValue(mention.Block, out var paragraph) && mention.First > 0
        && (paragraph.Tokens[mention.First - 1].Key == "by" || mention.First > 1 && paragraph.Tokens[mention.First - 1].Key == "the" && paragraph.Tokens[mention.First - 2].Key == "by");

    // A name of one to three words whose last is the plural of a word for people or of a title ("Liberal Democrats",
    // "Conservatives", "MPs", "Harbourview Securities"' traders): the singular is an ordinary word or a title of the tables,
    // and the first word no known given name ("Dai Williams", "Airbus", "Lloyds" are none).
    internal bool IsPluralGroupName(string[] name)
    {
        if (name.Length > 3 || name[^1] is not [>= 'A' and <= 'Z', .., not ('s' or '\''), 's'] || name[^1].Length < 3 || Tables.IsKnownGivenName(name[0])) return false;
        var plural = LanguageTables.Key(name[^1]);
        var singular = plural.EndsWith("ies", StringComparison.Ordinal) ? plural[..^3] + "y" : plural[..^1];
        return Tables.Common.Contains(singular) || Tables.Common.Contains(plural) || Tables.Roles.Contains(singular) || Tables.Roles.Contains(plural);
    }

    /// <summary>The organisation that opens the latest sentence before <paramref name="position"/>, back to <paramref name="since"/>.</summary>
    public Entity? SubjectOrganisation(int position, int since)
    {
        for (var i = LastBefore(salient, position); i >= 0 && salient[i].Position >= since; i--)
        {
            if (salient[i].Entity is not { } entity) continue;
            if (entity.Kind == MentionKind.Organisation && salient[i].Subject) return entity;
            if (entity.Kind == MentionKind.Person) return null;
        }
        return null;
    }

    /// <summary>
    /// The latest organisation before <paramref name="position"/> whose name opens with the noun ("kata forum" after "Forum
    /// Mahasiswa Doktoral …", "kata lembaga itu" after "Lembaga Survei Indonesia"), or in English opens or closes with it
    /// ("the ministry" after "Ministry of Defence", "the commission" after "Electoral Commission"), or null.
    /// </summary>
    /// <param name="oneWord">Also an organisation the noun alone named ("Pemerintah memperkirakan …" for "jelas pemerintah").</param>
    public Entity? OrganisationNamed(string noun, int position, bool oneWord = false)
    {
        var latest = LastBefore(organisationMentions, position);
        for (var k = latest; k >= 0 && k > latest - MaxAntecedentWalk; k--)
            if (organisationMentions[k].Entity is { } organisation && (organisation.Name.Length > 1
                    // "jelas pemerintah" after "Pemerintah memperkirakan …": a government the noun alone named.
                    || oneWord && organisation.Name.Length == 1)
                && (organisation.Name[0].Equals(noun, StringComparison.OrdinalIgnoreCase) || organisation.Roles.Contains(noun)
                    // "the ministry" after "Iraq's Ministry of Communications", "the council" after "National Council for
                    // Adoption": in English any word of the name.
                    || Tables.IsEnglish && HasWord(organisation.Name, noun))) return organisation;
        return null;
    }

    /// <summary>
    /// The person or organisation mentioned latest before <paramref name="position"/> whose name of more words closes on one
    /// of <paramref name="closings"/> (folded phrases): "Stafford County" for "the county said" (<see cref="LanguageTables.PlaceBodies"/>),
    /// whichever kind the article took it for.
    /// </summary>
    public Entity? NamedClosingOn(string[] closings, int position)
    {
        // The closings in the table's order, the first that names one winning: "county council" over "county"
        // ("Derbyshire County Council", not the football club Derby County named since).
        foreach (var closing in closings)
        {
            var words = closing.Split(' ');
            Entity? latest = null;
            var latestAt = -1;
            foreach (var entity in entities)
            {
                if (entity.Name.Length <= words.Length) continue;
                var closes = true;
                for (var w = 0; w < words.Length && closes; w++)
                    closes = LanguageTables.Key(entity.Name[entity.Name.Length - words.Length + w]) == words[w];
                if (!closes) continue;
                var at = entity.LastBefore(position);
                if (at > latestAt) (latest, latestAt) = (entity, at);
            }
            if (latest is not null) return latest;
        }
        return null;
    }

    /// <summary>
    /// Whether an organisation other than <paramref name="organisation"/> spoke in block <paramref name="block"/> or the one
    /// before, after the organisation's latest mention before <paramref name="position"/> and before that position.
    /// </summary>
    public bool OtherOrganisationSpokeSince(Entity organisation, int position, int block)
    {
        var since = organisation.LatestBefore(position)?.Position ?? -1;
        for (var k = LastBefore(organisationMentions, position); k >= 0 && organisationMentions[k].Position > since && organisationMentions[k].Block >= block - 1; k--)
            if (organisationMentions[k] is { Entity: { } other, Speaks: true } && other != organisation) return true;
        return false;
    }

    /// <summary>
    /// In English, the latest organisation before <paramref name="position"/> whose name has every one of the words ("the
    /// foreign ministry" after "China's foreign ministry", not the "Chinese defence ministry" named since).
    /// </summary>
    public Entity? OrganisationWithWords(IReadOnlyList<string> words, int position)
    {
        var latest = LastBefore(organisationMentions, position);
        for (var k = latest; k >= 0 && k > latest - MaxAntecedentWalk; k--)
            if (organisationMentions[k].Entity is { } organisation && organisation.Name.Length > words.Count && words.All(w => HasWord(organisation.Name, w)))
                return organisation;
        return null;
    }

    /// <summary>The latest organisation mentioned before <paramref name="position"/>, outlets first when <paramref name="outlet"/>.</summary>
    public Entity? LatestOrganisation(int position, bool outlet, bool company = false, bool listed = false)
    {
        var organisations = outlet ? outletMentions : organisationMentions;
        var i = LastBefore(organisations, position);
        // "tulis keterbukaan informasi tersebut", "kata perseroan": in Indonesian a listed company's own words, its filing's,
        // are the latest listed company's ("PT Tiga Pilar Sejahtera Food Tbk"), not a subsidiary's or a buyer's named since
        // ("FKS Food & Agri Pte Ltd", "PT Grande Family View"), nor a lender's after a preposition ("pinjaman kepada PT Bank
        // Mandiri (Persero) Tbk").
        if (listed && Tables.IsIndonesian)
            for (var k = i; k >= 0 && k > i - MaxAntecedentWalk; k--)
                if (IsListed(organisations[k].Entity!.Name) && !organisations[k].Governed) return organisations[k].Entity;
        // "manajemen", "perseroan", "the company": the latest company (PT …, … Tbk, … Inc), if one is near; of the latest two,
        // one that was its sentence's subject or spoke ("Manajemen XL Axiata menyampaikan, … dengan menunjuk PT Mandiri
        // Sekuritas sebagai …": XL Axiata, not the broker it appointed); not one after a preposition ("gugatan PKPU … dari
        // PT Megah Bangun Baja Semesta"), while another is near.
        Entity? latestCompany = null, governedCompany = null;
        for (var k = i; company && k >= 0 && k > i - MaxAntecedentWalk; k--)
        {
            if (!IsCompany(organisations[k].Entity!.Name) || IsIssueName(organisations[k].Entity!.Name)) continue;
            if (organisations[k].Governed && latestCompany is null) { governedCompany ??= organisations[k].Entity; continue; }
            if (organisations[k].Subject || organisations[k].Speaks) return organisations[k].Entity;
            if (latestCompany is not null && organisations[k].Entity != latestCompany) break;
            latestCompany ??= organisations[k].Entity;
        }
        if ((latestCompany ?? governedCompany) is { } nearCompany) return nearCompany;
        // "Renault … However, the firm said" after "Renault and its partner Nissan": in English a name that is no one's (of one
        // word, or more: CompanyLikeNames) and spoke or was a subject, over an organisation named since in passing.
        // Not "CalMac Ferries, which runs the service for the Scottish government, said …" after '"…," said Kirsteen Carmichael':
        // an organisation that spoke or was a subject since the name did, and is no public body (a regulator is never "the
        // company"), is the one.
        if (company && i >= 0 && !organisations[i].Subject && !organisations[i].Speaks && CompanyLikeNames(position, multiWord: true).Subject is { } subjectCompany)
            return SpokeOrLedSince(organisations, i, subjectCompany.LastBefore(position)) ?? subjectCompany;
        // "Stratacore said it would appeal to the General Court. … the company said": no public body, but the latest
        // organisation before it that is none, or else a one-word name that is no one's.
        if (company && i >= 0 && IsPublicBody(organisations[i].Entity!))
        {
            for (var k = i - 1; k >= 0 && k > i - MaxAntecedentWalk; k--)
                if (!IsPublicBody(organisations[k].Entity!) && !NamesOutlet(organisations[k])) return organisations[k].Entity;
            if (CompanyByName(position) is { } named) return named;
        }
        // Not "Obligasi Berkelanjutan III Indonesia Eximbank Tahap VI Tahun 2023": a bond's or a programme's name speaks for
        // no one; the organisation before it does. Nor, for "perusahaan itu" or "pernyataan itu", does the outlet that
        // carried the story ("Dalam laporan majalah Forbes, perusahaan …").
        for (var latest = i; i > 0 && i > latest - MaxAntecedentWalk && (IsIssueName(organisations[i].Entity!.Name) || !outlet && NamesOutlet(organisations[i]));) i--;
        if (i >= 0 && !outlet && NamesOutlet(organisations[i])) i = -1;
        // "Serikat menuntut kenaikan 7%" before "tulis perusahaan dalam pernyataannya": a body of people ([people-groups]) is no
        // company; the company's name, if the article gave one, is.
        if (company && i >= 0 && IsPeopleGroup(organisations[i].Entity!)) i = -1;
        if (i >= 0) return organisations[i].Entity;
        if (outlet) return LatestOrganisation(position, outlet: false, company);
        return company ? CompanyByName(position) : null;
    }

    // The company "the company" means by its name alone: the latest company-like name that spoke or was a subject, else the
    // latest one-word one.
    private Entity? CompanyByName(int position) => CompanyLikeNames(position, multiWord: true) is var (latest, subject) ? subject ?? latest : null;

    // "Shares of Nvidia fell … the company said": in English a one-word name that is no one's name (no title, no given name,
    // no he or she, never written in full) is the company the article is about. Indonesian news names many people by one
    // word ("kata Mustofa"), so there it is no sign of a company. One that opened a sentence, was its subject or spoke comes
    // first ("Microsoft has said it will replace … cables for its Xbox consoles. The company said": Microsoft, not Xbox;
    // "Ryanair has cancelled 40 flights to and from Dublin": Ryanair). Not a nationality ("German football club …").
    public Entity? OneWordCompany(int position) => CompanyLikeNames(position, multiWord: false) is var (latest, subject) ? subject ?? latest : null;

    // The latest one-word company before the position, and the latest company-like name (of one word, or more when
    // `multiWord`: only "the company" asks so, not "it") that opened a sentence, was its subject or spoke.
    private (Entity? Latest, Entity? Subject) CompanyLikeNames(int position, bool multiWord)
    {
        if (!Tables.IsEnglish) return (null, null);
        Entity? latest = null, latestSubject = null;
        var (latestAt, latestSubjectAt) = (-1, -1);
        foreach (var entity in entities)
        {
            // "Minera Atacama Norte said the mine was operating …", "Kestrel Automotive UK said the offer was …": a name of two
            // words or more that no known given name opens counts too, where it spoke or was a subject, when the article never
            // calls it by its last word alone, as people are called by their surnames ("Taylor Swift … Swift said").
            var oneWord = entity.Name.Length == 1;
            if (entity.Kind != MentionKind.Person || entity.Roles.Count > 0 || entity.Gender != Gender.Unknown || !oneWord && !multiWord
                || (oneWord ? entity.Mentions.Any(m => m.Role is not null || m.Name.Length != 1) || Tables.Demonyms.Contains(entity.CanonicalKey)
                    : entity.Mentions.Any(m => m.Role is not null || m.Name.Length == 1 && m.Name[0].Equals(entity.Name[^1], StringComparison.OrdinalIgnoreCase))
                        || Tables.IsKnownGivenName(entity.Name[0]) || Tables.Places.ContainsPhrase(entity.Name))) continue;
            var list = entity.MentionList;
            var i = LastBefore(list, position);
            if (oneWord && i >= 0 && list[i].Position > latestAt) (latest, latestAt) = (entity, list[i].Position);
            for (var k = i; k >= 0; k--)
                if (list[k].Subject || list[k].Speaks || list[k].Weak)
                {
                    if (list[k].Position > latestSubjectAt) (latestSubject, latestSubjectAt) = (entity, list[k].Position);
                    break;
                }
        }
        return (latest, latestSubject);
    }

    // The latest organisation at or before organisations[latest], after `since`, that spoke or was its sentence's subject and
    // is no public body.
    private Entity? SpokeOrLedSince(List<Mention> organisations, int latest, int since)
    {
        for (var k = latest; k >= 0 && organisations[k].Position > since; k--)
            if ((organisations[k].Subject || organisations[k].Speaks) && !IsPublicBody(organisations[k].Entity!)) return organisations[k].Entity;
        return null;
    }

    /// <summary>Names a news outlet: a word of the outlet table, or a name after a noun for one.</summary>
    public bool NamesOutlet(Mention mention) => mention.NamesOutlet || Tables.Outlets.ContainsPhrase(mention.Name);

    // "Berkelanjutan I Pegadaian", "Indonesia Eximbank III Tahap VI Tahun": the words of a bond issue's name.
    private static bool IsIssueName(string[] name)
    {
        foreach (var word in name)
            if (word.Equals("Tahap", StringComparison.OrdinalIgnoreCase) || word.Equals("Tahun", StringComparison.OrdinalIgnoreCase)
                || word.Equals("Seri", StringComparison.OrdinalIgnoreCase) || word.Equals("Berkelanjutan", StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    // Whether the words before the comma at <paramref name="comma"/> are a description of someone unnamed ("salah satu
    // pengunjung", "seorang warga", "one resident") that opens its sentence, two to five words with no comma.
    private bool UnnamedOpensBefore(Paragraph paragraph, int comma)
    {
        var tokens = paragraph.Tokens;
        for (var s = comma - 2; s >= 0 && s >= comma - 5; s--)
        {
            if (!tokens[s].IsWord) return false;
            if (tokens[s].IsLower || tokens[s].IsCapitalised && paragraph.StartsSentence(s))
                if (Tables.Unnamed.Match(tokens, s, comma) > 0 && (paragraph.StartsSentence(s) || AfterOpener(paragraph, s))) return AllWordsLower(tokens, s + 1, comma);
            // "His daughter, Hollie Raistrick, 19, found …": in English an owner's pronoun and a noun or two opening the sentence.
            if (Tables.IsEnglish && comma - s <= 3 && tokens[s].Key is "his" or "her" or "their" && paragraph.StartsSentence(s)) return AllWordsLower(tokens, s + 1, comma);
        }
        // "Istrinya, Rokhimah (50), …", "Istri Mujiono, Tri Wahyuningrum (44), …": in Indonesian a relative's word with "-nya", or
        // before the name of whose relative, that opens the sentence.
        if (!Tables.IsIndonesian) return false;
        if (comma >= 1 && paragraph.StartsSentence(comma - 1) && tokens[comma - 1].IsCapitalised && tokens[comma - 1].Key is var kin
            && kin.Length > 5 && kin.EndsWith("nya", StringComparison.Ordinal) && IsKinWord(kin[..^3])) return true;
        return comma >= 2 && paragraph.StartsSentence(comma - 2) && tokens[comma - 2].IsCapitalised && IsKinWord(tokens[comma - 2].Key) && tokens[comma - 1].IsCapitalised
            && tokens[comma - 1].IsWord;

        static bool AllWordsLower(TokenList tokens, int from, int to)
        {
            for (var i = from; i < to; i++)
                if (!tokens[i].IsWord || !tokens[i].IsLower) return false;
            return true;
        }
    }

    // A word for a relative: a man's or a woman's ("istri", "suami", "ayah"), or a child's, a sibling's, a grandchild's.
    private bool IsKinWord(string key) =>
        Tables.FemaleNouns.Contains(key) || Tables.MaleNouns.Contains(key) || key is "anak" or "adik" or "kakak" or "cucu" or "menantu" or "keponakan";

    // The mention's title is written in lower case before its name ("analis Goldman").
    private bool IsLowerTitle(Mention mention) =>
        ByBlock.TryGetValue(mention.Block, out var paragraph) && mention.First < mention.NameFirst && paragraph.Tokens[mention.First].IsLower;

    private static bool IsListed(string[] name) => name.Length > 1 && name[^1].TrimEnd('.').Equals("Tbk", StringComparison.OrdinalIgnoreCase);

    private bool IsPublicBody(Entity entity) => Tables.PublicBodies.Contains(LanguageTables.Key(entity.Name[^1]));

    /// <summary>Whether the organisation's name opens with the head of a body of people's ([people-groups]: "Kelompok …").</summary>
    internal bool IsPeopleGroup(Entity entity) => Tables.PeopleGroups.Contains(LanguageTables.Key(entity.Name[0]));

    private static bool IsCompany(string[] name) => name.Length > 1 && (name[0].TrimEnd('.') is "PT" or "CV" || name[^1].TrimEnd('.') is "Tbk" or "Inc" or "Ltd" or "plc" or "Corp" or "LLC");

    // The index of the last of the mentions (in document order) before the position, or -1.
    private static int LastBefore(List<Mention> mentions, int position)
    {
        var lo = 0;
        var hi = mentions.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (mentions[mid].Position < position) lo = mid + 1; else hi = mid;
        }
        return lo - 1;
    }

    /// <summary>Whether the article names a person with the organisation in their title ("analis senior China Crisis Group
    /// Amanda Hsiao").</summary>
    public bool NamesSomeoneAt(string organisation)
    {
        // Asked once per organisation, so an article of many such quotes stays linear.
        namedAt ??= new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
        if (!namedAt.TryGetValue(organisation, out var named))
            namedAt[organisation] = named = Mentions.Any(m => m.Kind == MentionKind.Person && m.Role is { } role && role.Contains(organisation, StringComparison.OrdinalIgnoreCase));
        return named;
    }

    private Dictionary<string, bool>? namedAt;

    /// <summary>
    /// The person holding a role (<c>Presiden</c>, <c>Menkeu</c>, <c>the minister</c>): the latest before
    /// <paramref name="position"/> whose role matches, else the first after it when named in the quote's paragraph or the next
    /// two (<see cref="NamedSoonAfter"/>) and <paramref name="forward"/> allows it.
    /// </summary>
    public Entity? RoleHolder(string roleKey, int position, bool forward = true) =>
        // "kata Ketua DPR" after "Ketua DPR RI Puan Maharani" and "Ketua Komisi III DPR Habiburokhman": one who holds the
        // role itself first, then one whose title holds its words with others between.
        RoleHolder(roleKey, position, forward, exactly: true) ?? RoleHolder(roleKey, position, forward, exactly: false);

    private Entity? RoleHolder(string roleKey, int position, bool forward, bool exactly)
    {
        Entity? before = null;
        var beforeAt = -1;
        Entity? after = null;
        var afterAt = int.MaxValue;
        foreach (var entity in entities)
        {
            // ("kasat lantas", a title written short with the name, is the "kepala satuan lalu lintas" a cue's alias expands to.)
            if (entity.Kind != MentionKind.Person
                || !entity.Roles.Any(role => RoleMatches(roleKey, role) || Tables.RoleAliases.TryGetValue(role, out var full) && RoleMatches(roleKey, full))
                    && (exactly || !HoldsTitle(entity, roleKey))) continue;
            var mentions = entity.MentionList;
            var i = LastBefore(mentions, position);
            if (i >= 0 && mentions[i].Position > beforeAt) (before, beforeAt) = (entity, mentions[i].Position);
            if (i + 1 < mentions.Count && mentions[i + 1].Position < afterAt) (after, afterAt) = (entity, mentions[i + 1].Position);
        }
        return before ?? (forward && after is not null && NamedSoonAfter(afterAt, position) ? after : null);
    }

    // "Wakil Menteri Keuangan (Wamenkeu) Rizal Hermawan Pratama" for "wakil menteri keuangan", "Gubernur Bank Indonesia (BI)
    // Darmawan Setiaji" for "gubernur bi": a title of two words or more whose words but the last open the title the article
    // gave the person, and whose last word follows within six words (the body's name or its short form between), none of
    // them a lower office's ("Kepala Bidang Pencegahan … Dinas Kesehatan" is no "kepala dinas kesehatan").
    private static bool HoldsTitle(Entity entity, string roleKey)
    {
        var lastSpace = roleKey.LastIndexOf(' ');
        if (lastSpace < 0) return false;
        foreach (var mention in entity.MentionList)
            if (mention.Role is { } role && Opens(role, roleKey, lastSpace)) return true;
        // "Wakil Menteri Ketenagakerjaan, Imam Khoirul Fadjri," for "wakil menteri ketenagakerjaan" ("ujar Wamenaker"): the
        // titles set off beside the name too.
        foreach (var title in entity.Titles)
            if (Opens(title, roleKey, lastSpace)) return true;
        return false;

        static bool Opens(string role, string roleKey, int lastSpace)
        {
            var prefix = roleKey.AsSpan(0, lastSpace);
            var last = roleKey.AsSpan(lastSpace + 1);
            if (role.Length <= prefix.Length || !role.AsSpan().StartsWith(prefix, StringComparison.OrdinalIgnoreCase) || role[prefix.Length] != ' ') return false;
            var rest = role.AsSpan(prefix.Length + 1);
            for (var skipped = 0; skipped <= 6 && !rest.IsEmpty; skipped++)
            {
                var space = rest.IndexOf(' ');
                var word = space < 0 ? rest : rest[..space];
                if (word.Equals(last, StringComparison.OrdinalIgnoreCase)) return true;
                if (IsLowerOffice(word)) break;
                rest = space < 0 ? [] : rest[(space + 1)..];
            }
            return false;
        }
    }

    private static bool IsLowerOffice(ReadOnlySpan<char> word)
    {
        foreach (var office in (ReadOnlySpan<string>)["bidang", "seksi", "bagian", "subbagian", "subbidang", "divisi", "biro", "unit", "sub", "urusan"])
            if (word.Equals(office, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    // Whether a holder first named at afterAt, after the quote at position, is named close enough to it to be the one its
    // title means: in the quote's paragraph or the next two ("the minister said" in the lead, "Finance Minister …" below it).
    // "said the world indoor champion" refers back to the article's runner, not to "Olympic champion Stefan Holm" six
    // paragraphs on.
    private bool NamedSoonAfter(int afterAt, int position)
    {
        var seen = 0;
        foreach (var paragraph in Paragraphs)
        {
            if (paragraph.Offset + paragraph.Text.Length <= position) continue;
            if (afterAt < paragraph.Offset + paragraph.Text.Length) return true;
            if (++seen > 2) return false;
        }
        return false;
    }

    /// <summary>The person the article names with this title ("Ketua DKPP Heddy Lugito" for "Ketua DKPP"): the latest before
    /// <paramref name="position"/>, else the first after when named soon after (<see cref="NamedSoonAfter"/>).</summary>
    public Entity? TitleHolder(string title, int position)
    {
        Entity? after = null;
        var afterAt = -1;
        for (var i = Mentions.Count - 1; i >= 0; i--)
            if (Mentions[i] is { Kind: MentionKind.Person, Role: { } role, Entity: { } holder } mention && role.Equals(title, StringComparison.OrdinalIgnoreCase))
            {
                if (mention.Position < position) return holder;
                (after, afterAt) = (holder, mention.Position);
            }
        if (after is not null && NamedSoonAfter(afterAt, position)) return after;
        // "Deputi II Bapanas": a title's number says which of its holders; read as a word of the title where a holder's title
        // has it ("Wamen BUMN II" is "Wakil Menteri BUMN II", not "Wakil Menteri BUMN I"), else left out.
        var words = title.Split(' ');
        // "Plt. Dirjen Daglu" after "Pelaksana Tugas (Plt.) Direktur Jenderal … (Daglu) …": the title after the acting mark.
        if (words.Length > 2 && words[0].TrimEnd('.').ToLowerInvariant() is "plt" or "plh" or "pj") words = words[1..];
        if (HolderOf(words, position) is { } numbered) return numbered;
        var unnumbered = Array.FindAll(words, word => word is not ("I" or "II" or "III" or "IV" or "V" or "VI"));
        return (unnumbered.Length < words.Length ? HolderOf(unnumbered, position) : null) ?? TitleWithin(title, position);
    }

    /// <summary>
    /// In Indonesian, the person named last before <paramref name="position"/> with a title that holds the words of
    /// <paramref name="title"/> in order, from its head to its last word: "tegas Direktur Penilaian Perusahaan BEI" after
    /// "Direktur Penilaian Perusahaan BEI, Sebastian Suryadjaja,", "ujar Kepala BPK Wilayah XXI" after "Kepala Balai
    /// Pelestarian Kebudayaan (BPK) Wilayah XXI, Hendrik Taliwuna,", "ucap Kapolres Cimahi" after "Kepala Polres Cimahi, AKBP
    /// Surya Mahendratama," (a head written short as "Ka" and its body's name in one word). A short title's head is read in full
    /// ("Kadis" is "Kepala Dinas"), a province by its short form ("Sumut" is "Sumatera Utara"), and a field by the initials of
    /// its words ("ujar Kadis KP Sumut" after "Kepala Dinas Kelautan dan Perikanan (DKP) Sumatera Utara, Yuliarman Idris,").
    /// </summary>
    public Entity? TitleWithin(string title, int position)
    {
        if (!Tables.IsIndonesian) return null;
        var words = title.Split(' ');
        if (words.Length < 2) return null;
        if (Tables.ProvinceWords(words[^1]) is { } province) words = [.. words[..^1], .. province];
        // (The head as written too: "Kapolres" is "Kepala Polres" in the title as well as the alias's "kepala kepolisian resor".)
        var expanded = Tables.RoleAliases.TryGetValue(words[0].ToLowerInvariant(), out var head) ? [.. head.Split(' '), .. words[1..]] : words;
        for (var i = Mentions.Count - 1; i >= 0; i--)
        {
            if (Mentions[i] is not { Kind: MentionKind.Person, Entity: { } holder } mention || mention.Position >= position) continue;
            if (mention.Role is { } role && Holds(role)) return holder;
            foreach (var given in holder.Titles)
                if (Holds(given)) return holder;
        }
        return null;

        bool Holds(string given)
        {
            var givenWords = given.Split(' ');
            return HoldsWords(givenWords, words) || expanded != words && HoldsWords(givenWords, expanded);
        }

        static bool HoldsWords(string[] given, string[] words)
        {
            if (!words[^1].Equals(given[^1], StringComparison.OrdinalIgnoreCase)) return false;
            var g = 1;
            if (words[0].Equals(given[0], StringComparison.OrdinalIgnoreCase)) { }
            else if (given.Length > 2 && words[0].Length > 4 && words[0].StartsWith("Ka", StringComparison.Ordinal) && given[0].Equals("Kepala", StringComparison.OrdinalIgnoreCase)
                && words[0].AsSpan(2).Equals(given[1], StringComparison.OrdinalIgnoreCase)) g = 2;
            else return false;
            for (var w = 1; w < words.Length; w++, g++)
            {
                // Not "Kepala Bidang Pembinaan … Dinas Pendidikan Kota Bandung" for "Kepala Dinas Pendidikan Kota Bandung", nor
                // "Kepala Satuan Reserse Narkoba Polres Cimahi" for "Kepala Polres Cimahi": a lower unit's word is never passed.
                while (g < given.Length && !words[w].Equals(given[g], StringComparison.OrdinalIgnoreCase) && InitialsAt(given, g, words[w]) == 0)
                    if (IsLowerUnit(given[g++])) return false;
                if (g == given.Length) return false;
                if (!words[w].Equals(given[g], StringComparison.OrdinalIgnoreCase)) g += InitialsAt(given, g, words[w]) - 1;
            }
            return true;
        }

        static bool IsLowerUnit(string word) => word.ToLowerInvariant() is "bidang" or "seksi" or "bagian" or "subbagian" or "subbidang" or "satuan"
            or "unit" or "divisi" or "biro" or "urusan" or "fraksi" or "subdirektorat" or "subdit" or "subbag" or "pos" or "sektor";

        // How many words from g the capitals of `initials` are the first letters of, "dan" between them not counted ("KP" for
        // "Kelautan dan Perikanan"); 0 when they are not.
        static int InitialsAt(string[] given, int g, string initials)
        {
            if (initials.Length is < 2 or > 5 || !initials.All(char.IsUpper)) return 0;
            var k = g;
            foreach (var letter in initials)
            {
                if (k < given.Length && given[k] == "dan") k++;
                if (k >= given.Length || given[k].Length < 2 || given[k][0] != letter || !char.IsLower(given[k][1])) return 0;
                k++;
            }
            return k - g;
        }
    }

    // "ujar Dirjen ILMATE" after "Direktur Jenderal Industri Logam, Mesin, Alat Transportasi dan Elektronika (ILMATE)
    // Kemenperin Heru Santoso Gunawan": a title's body by its acronym, which the words before a person's name hold.
    // "ujar Dirjen Hubud" after "Direktur Jenderal Perhubungan Udara Kementerian Perhubungan, Lukman …": a short form
    // made of the field's syllables; the title set beside the name counts as the name's own.
    // "kata Ketua DPR" after "Ketua DPR RI Puan Maharani" and "Ketua Komisi III DPR Habiburokhman": a holder whose title
    // goes on with the words right after its head first.
    private Entity? HolderOf(string[] words, int position)
    {
        if (words.Length < 2) return null;
        var first = words[0].ToLowerInvariant();
        if (!Tables.Roles.Contains(first) && !Tables.RoleAliases.ContainsKey(first)) return null;
        // "Kepala Eksekutif PMDK OJK": a head of two words, then the short forms.
        var secondWord = words.Length > 2 && words[1].Length > 2 && !IsCapitalsAndDigits(words[1]) && IsCapitalsAndDigits(words[2]);
        if (secondWord) (first, words) = (first + " " + words[1].ToLowerInvariant(), [words[0], .. words[2..]]);
        var syllabic = words.Length == 2 && IsSyllabicShortForm(words[1]);
        for (var w = 1; w < words.Length; w++)
            // ("Kadis DP3AP2KB": digits among the capitals too.)
            if (words[w].Length < 2 || !IsCapitalsAndDigits(words[w]) && !syllabic) return null;
        var head = Tables.RoleAliases.TryGetValue(first, out var expanded) ? expanded : first;
        var exact = head + " " + string.Join(' ', words, 1, words.Length - 1);
        foreach (var named in (ReadOnlySpan<Func<string, bool>>)[Exactly, Names])
        {
            for (var i = Mentions.Count - 1; i >= 0; i--)
                if (Mentions[i] is { Kind: MentionKind.Person, Role: { } role, Entity: { } holder } mention && mention.Position < position && named(role))
                    return holder;
            // The latest named of those whose title the words are, if two hold one.
            Entity? latest = null;
            var latestAt = -1;
            foreach (var entity in entities)
                if (entity.Kind == MentionKind.Person && entity.Titles.Count > 0 && entity.LastBefore(position) is var at and >= 0 && at > latestAt)
                    foreach (var held in entity.Titles)
                        if (named(held)) { (latest, latestAt) = (entity, at); break; }
            if (latest is not null) return latest;
        }
        return null;

        bool Exactly(string role) => role.StartsWith(exact, StringComparison.OrdinalIgnoreCase) && (role.Length == exact.Length || role[exact.Length] == ' ');

        bool Names(string role) => OpensWithTitle(role, head)
            && (HasAllWords(role.Split(' '), words.AsSpan(1)) || words.Length == 2 && (SpellsField(role, head, words[1]) || SpellsSyllables(role, head, words[1])
                    || FieldNamesBody(role, head, words[1]))
                || words.Length > 2 && SpellsInitials(role, head, words.AsSpan(1)));
    }

    // "ujar Dirut RBLS" after "Direktur Utama Rempah Bangka Lestari Robertus …" and "PT Rempah Bangka Lestari Tbk (RBLS)": the
    // short form is an organisation's the article gave in brackets, and the title's field is that organisation's name.
    private bool FieldNamesBody(string role, string head, string shortForm)
    {
        if (FieldOf(role, head) is not { } field) return false;
        var key = LanguageTables.Key(shortForm);
        foreach (var entity in entities)
        {
            if (entity.Kind != MentionKind.Organisation || !entity.Aliases.Contains(key)) continue;
            var name = entity.Name.AsSpan();
            if (name.Length > 1 && name[0].TrimEnd('.') is "PT" or "CV") name = name[1..];
            if (name.Length > 1 && name[^1].TrimEnd('.') is "Tbk") name = name[..^1];
            if (HasAllWords(field, name)) return true;
        }
        return false;
    }

    /// <summary>Whether a title the article gave the person holds every one of the words ("Jambi" in "Kepala Dinas Perkebunan
    /// (Disbun) Provinsi Jambi").</summary>
    public bool TitleNames(Entity person, string[] words)
    {
        // "kata Kadisbun Sulut" after "Kepala Dinas Perkebunan Sulawesi Utara, Joutje Supit,": a province by its short form.
        if (words.Length == 1 && Tables.ProvinceWords(words[0]) is { } province)
            words = [.. province.Select(word => char.ToUpperInvariant(word[0]) + word[1..])];
        foreach (var title in person.Titles)
            if (HasAllWords(title.Split(' '), words)) return true;
        foreach (var mention in person.MentionList)
            if (mention.Role is { } role && HasAllWords(role.Split(' '), words)) return true;
        return false;
    }

    /// <summary>
    /// The person a title's short form written as one word stands for ("kata Kadisdikbud" after "Kepala Dinas Pendidikan dan
    /// Kebudayaan Kabupaten Kendal, Drs. Heru …"): a short title of the tables ("kadis") and the field's syllables after it.
    /// </summary>
    public Entity? CompoundTitleHolder(string word, int position)
    {
        if (word.Length < 7 || Tables.IsKnownGivenName(word)) return null;
        // "ujar Kasatpolairud" after "Kasatpolairud Polres Lamongan AKP Yudhistira …": the word that opened the title given
        // with the name, when it reads as a head's ("Ka-", "Wa-", "Dir-"; not "Instagram", a platform before a shop's name).
        if (word.StartsWith("ka", StringComparison.OrdinalIgnoreCase) || word.StartsWith("wa", StringComparison.OrdinalIgnoreCase)
            || word.StartsWith("dir", StringComparison.OrdinalIgnoreCase))
            foreach (var mention in Mentions)
                if (mention is { Kind: MentionKind.Person, Role: { } role, Entity: { } titled } && mention.Position < position && role.Length > word.Length
                    && role[word.Length] == ' ' && role.StartsWith(word, StringComparison.OrdinalIgnoreCase)) return titled;
        // The longest short title that opens the word ("kadis", not "ka"), the field's short form four letters or more.
        string? opening = null;
        foreach (var (alias, _) in Tables.RoleAliases)
            if (alias.Length >= 3 && alias.IndexOf(' ') < 0 && word.Length - alias.Length >= 4 && word.StartsWith(alias, StringComparison.OrdinalIgnoreCase)
                && alias.Length > (opening?.Length ?? 0)) opening = alias;
        if (opening is not null && TitleHolder(opening + " " + ShortForm(word, opening.Length), position) is { } holder) return holder;
        // "ujar Kadinkes" after "Kepala Dinas Kesehatan TTS, drg. Melkianus …": "Ka" is "kepala" in such words; "ujar
        // Dirpolairud" after "Direktur Polisi Air dan Udara Polda Jambi …": "Dir" is "direktur".
        if (word.StartsWith("ka", StringComparison.OrdinalIgnoreCase)) return TitleHolder("kepala " + ShortForm(word, 2), position);
        return word.StartsWith("dir", StringComparison.OrdinalIgnoreCase) ? TitleHolder("direktur " + ShortForm(word, 3), position) : null;

        static string ShortForm(string word, int from) => char.ToUpperInvariant(word[from]) + word[(from + 1)..].ToLowerInvariant();
    }

    // "Hubud", "Daglu", "Disnakertrans": one capitalised word of letters, no given name, that may be a short form.
    private bool IsSyllabicShortForm(string word) =>
        word.Length >= 4 && char.IsUpper(word[0]) && !word.AsSpan(1).ContainsAnyExceptInRange('a', 'z') && !Tables.IsKnownGivenName(word);

    // "Hubud" for "Perhubungan Udara", "Daglu" for "Perdagangan Luar Negeri", "Disnakertrans" for "Dinas Tenaga Kerja dan
    // Transmigrasi", "Minerba" for "Mineral dan Batubara": the short form is cut into pieces, two at least, each from the
    // next word of the title's field in order ("dan" passed over, the words after the last piece's left), each a stretch of
    // the word that opens at its start, past a prefix ("per", "pen", "ke" …) or at a syllable's start, or the word's first two
    // letters and its last ("Dis" for "Dinas"); not "Kadirun" for "Kepala Dinas Perhubungan" ("run" is no stretch of it). A
    // short form in capitals is read so too when its letters are no initials of the field's words alone ("Dirjen PKH" for
    // "Direktur Jenderal Peternakan dan Kesehatan Hewan Kementerian Pertanian"). Organisations' names have a stricter reader
    // of their own (IsSyllableShortForm: pieces that open words, "per-" or "pe-" passed over), asked of every pair of them;
    // this one is asked only of a title's short form no one else holds.
    private static bool SpellsSyllables(string role, string head, string shortForm)
    {
        if (FieldOf(role, head) is not { } words) return false;
        var field = Array.ConvertAll(words, word => word.ToLowerInvariant());
        return Pieces(field, 0, shortForm.ToLowerInvariant(), 0, 0);

        static bool Pieces(string[] field, int w, string form, int at, int pieces)
        {
            if (at == form.Length) return pieces >= 2;
            while (w < field.Length && field[w] is "dan" or "and") w++;
            if (w >= field.Length) return false;
            var word = field[w];
            // "Dis" for "Dinas": a word's first two letters and its last make a piece too.
            if (word.Length > 3 && at + 3 <= form.Length && form[at] == word[0] && form[at + 1] == word[1] && form[at + 2] == word[^1]
                && Pieces(field, w + 1, form, at + 3, pieces + 1)) return true;
            for (var start = 0; start < word.Length; start++)
            {
                if (word[start] != form[at] || !(start == 0 || IsPrefix(word.AsSpan(0, start)) || SyllableStart(word, start))) continue;
                // The piece runs on in the word as far as it agrees with the short form; each length is tried.
                for (var length = 1; start + length <= word.Length && at + length <= form.Length && word[start + length - 1] == form[at + length - 1]; length++)
                    if (Pieces(field, w + 1, form, at + length, pieces + 1)) return true;
            }
            return false;
        }

        static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

        // A consonant that opens a syllable: after a vowel ("he-wan"), or the second of two consonants between vowels that
        // are no single sound ("pe-ter-nak-an", not "ng", "ny", "kh", "sy").
        static bool SyllableStart(string word, int k) =>
            !IsVowel(word[k]) && (IsVowel(word[k - 1])
                || k >= 2 && IsVowel(word[k - 2]) && !IsVowel(word[k - 1]) && k + 1 < word.Length && IsVowel(word[k + 1])
                    && !(word[k - 1] == 'n' && word[k] is 'g' or 'y' || word[k - 1] is 'k' or 's' && word[k] == 'h' || word[k - 1] == 's' && word[k] == 'y'));

        // "per-hubungan", "pen-didikan", "ke-budayaan": a prefix the short form leaves out.
        static bool IsPrefix(ReadOnlySpan<char> letters) => letters is "per" or "pe" or "pen" or "pem" or "peng" or "ke" or "ber";
    }

    // "ujar Menteri LH" after "Menteri Lingkungan Hidup Hanif Faisol Nurofiq": the capitals are the initials of the words of
    // the title after its head, all of them.
    private static bool SpellsField(string role, string head, string acronym)
    {
        if (FieldOf(role, head) is not { } field) return false;
        if (field.Length != acronym.Length) return false;
        for (var i = 0; i < field.Length; i++)
            if (char.ToUpperInvariant(field[i][0]) != acronym[i]) return false;
        return true;
    }

    private static bool IsCapitalsAndDigits(string word)
    {
        foreach (var c in word)
            if (c is not (>= 'A' and <= 'Z' or >= '0' and <= '9')) return false;
        return char.IsAsciiLetterUpper(word[0]);
    }

    // "Kepala UP JBE" for "Kepala Unit Pengelola Sistem Jalan Berbayar Elektronik Dinas Perhubungan": two short forms in
    // capitals or more, each the initials of words of the title's field that follow one another ("dan" passed over), in
    // order, with at most two words between them.
    private static bool SpellsInitials(string role, string head, ReadOnlySpan<string> acronyms)
    {
        if (FieldOf(role, head) is not { } field) return false;
        var w = 0;
        for (var a = 0; a < acronyms.Length; a++)
        {
            var found = false;
            for (var gap = 0; gap <= (a == 0 ? 0 : 2) && !found; gap++)
                if (InitialsAt(field, w + gap, acronyms[a]) is var next and >= 0) (w, found) = (next, true);
            if (!found) return false;
        }
        return true;

        // The word after the initials, when the field's words from `from` have the acronym's letters for initials; else -1.
        static int InitialsAt(string[] field, int from, string acronym)
        {
            var w = from;
            foreach (var letter in acronym)
            {
                while (w < field.Length && field[w] is "dan" or "and") w++;
                if (w >= field.Length || char.ToUpperInvariant(field[w][0]) != letter) return -1;
                w++;
            }
            return w;
        }
    }

    // The words of a title after its head ("Perhubungan Udara Kementerian Perhubungan" of "Direktur Jenderal Perhubungan Udara
    // Kementerian Perhubungan" after "direktur jenderal"); null when the title does not open with the head and go on.
    private static string[]? FieldOf(string role, string head) =>
        role.StartsWith(head, StringComparison.OrdinalIgnoreCase) && role.Length > head.Length + 1 && role[head.Length] == ' '
            ? role[(head.Length + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries)
            : null;

    // Whether every one of the words is a word of the name, as written.
    private static bool HasAllWords(string[] name, ReadOnlySpan<string> words)
    {
        foreach (var word in words)
            if (Array.IndexOf(name, word) < 0) return false;
        return true;
    }

    // Whether a person's title opens with the title `head` ("direktur jenderal"), or with no title word at all (the page lost
    // its first words: "Elektronika (ILMATE) Kemenperin"); not "Sekretaris DKPP" for "Ketua DKPP", nor "Wakil Ketua".
    private bool OpensWithTitle(string role, string head)
    {
        if (role.StartsWith(head, StringComparison.OrdinalIgnoreCase) && (role.Length == head.Length || role[head.Length] == ' ')) return true;
        var space = role.IndexOf(' ');
        var first = LanguageTables.Key(space < 0 ? role : role[..space]);
        return !Tables.Roles.Contains(first) && !Tables.RoleAliases.ContainsKey(first) && !Tables.Ranks.Contains(first) && !Tables.Honorifics.Contains(first)
            && Array.IndexOf(Modifiers, first) < 0;
    }

    /// <summary>Words before a title that make it another office ("deputy", "former", "shadow", "wakil").</summary>
    internal static readonly string[] Modifiers = ["wakil", "vice", "deputy", "assistant", "former", "mantan", "plt", "acting", "shadow", "pj"];

    // "presiden" matches "presiden" but not "wakil presiden" or "presiden direktur"; "minister" matches "foreign minister".
    private static bool RoleMatches(string cue, string role)
    {
        if (cue == role) return true;
        var cueWords = cue.Split(' ');
        var roleWords = role.Split(' ');
        if (roleWords.Any(w => Modifiers.Contains(w)) != cueWords.Any(w => Modifiers.Contains(w))) return false;
        // English heads come last ("finance minister"); Indonesian first ("menteri keuangan"), but "presiden direktur" is another role.
        if (cueWords.Length < roleWords.Length && roleWords.AsSpan(roleWords.Length - cueWords.Length).SequenceEqual(cueWords)) return true;
        return cueWords.Length < roleWords.Length && roleWords.AsSpan(0, cueWords.Length).SequenceEqual(cueWords)
            && roleWords[cueWords.Length] is not ("direktur" or "komisaris" or "director");
    }

    // A mention is salient when it opens its sentence (after openers) or is the subject of a verb of speech.
    // The token a title ends at when its field follows it in lower case after "of" ("Head of the division"), else the token
    // at `end` itself.
    private static int TitleBeforeField(TokenList tokens, Mention?[] covering, int end)
    {
        if (covering[end] is not null) return end;
        var j = end;
        while (j > 0 && end - j < 4 && covering[j] is null && tokens[j].IsWord && tokens[j].IsLower && tokens[j].Key != "of") j--;
        return j > 0 && tokens[j].Key == "of" && tokens[j].IsLower && covering[j - 1] is { Kind: MentionKind.Role } ? j - 1 : end;
    }

    // The person whose possessive opens the sentence of the comma at <paramref name="comma"/>, followed only by one to three
    // lower-case words up to it ("Williams's neighbor,"); null otherwise.
    private static Mention? OwnerOpening(Paragraph paragraph, Mention?[] covering, int comma)
    {
        var tokens = paragraph.Tokens;
        var start = paragraph.SentenceStart(comma);
        if (covering[start] is not { Kind: MentionKind.Person } owner || owner.First != start || owner.End >= comma || comma - owner.End > 3
            || !tokens[owner.End - 1].IsPossessive) return null;
        for (var k = owner.End; k < comma; k++)
            if (!tokens[k].IsWord || !tokens[k].IsLower) return null;
        return owner;
    }

    // "The minister," "The club's chairman,": "The", at most three words in lower case (a possessive among them) closed by a
    // title, then the comma at `comma`, opening the sentence.
    private bool TitleOpensSentence(Paragraph paragraph, int comma)
    {
        var tokens = paragraph.Tokens;
        var start = comma - 1;
        while (start > 0 && comma - start <= 3 && tokens[start - 1].IsWord && !paragraph.StartsSentence(start)) start--;
        if (!paragraph.StartsSentence(start) || tokens[start].Key != "the" || start + 1 >= comma) return false;
        for (var j = start + 1; j < comma; j++)
            if (!tokens[j].IsLower) return false;
        return Tables.Roles.Match(tokens, comma - 1, comma) == 1;
    }

    private void MarkSalient(Paragraph paragraph, Mention?[] covering)
    {
        var tokens = paragraph.Tokens;
        foreach (var k in MentionStarts(paragraph))
        {
            var mention = covering[k]!;
            // "… dari PT Megah Bangun Baja Semesta", "disebutkan bahwa PT Pangan Sejahtera Investama (Pasti) akan …": after a
            // preposition, or opening a reported clause.
            mention.Governed = AfterPreposition(tokens, k) || k > 0 && tokens[k - 1].IsLower && tokens[k - 1].Key is "bahwa"
                // "and to Arsenal's Robert Pires, who …": in English a name after a governed owner's possessive is governed too.
                || Tables.IsEnglish && k > 0 && tokens[k - 1].IsPossessive && covering[k - 1] is { Governed: true };
            if (!mention.Weak && (paragraph.StartsSentence(k) || AfterOpener(paragraph, k) || AfterQualifiers(paragraph, covering, k) || AfterOwner(paragraph, covering, k) || AfterIntroduction(paragraph, k)
                    || OpensClause(tokens, mention) || AfterDescription(paragraph, covering, mention))
                && !InSubordinateClause(paragraph, paragraph.SentenceStart(k), mention, paragraph.SentenceEnd(k))) mention.Salient = mention.Subject = true;
            // "Melihat fakta itu hakim Khamozaro pun geleng-geleng kepala": in Indonesian a person named right before "pun"
            // ("then", "too") is the sentence's subject, wherever the name stands.
            if (Tables.IsIndonesian && mention.Kind == MentionKind.Person && !mention.Governed && mention.End < tokens.Count && tokens[mention.End].Key == "pun"
                && tokens[mention.End].IsLower && !paragraph.InQuote[k]) mention.Salient = mention.Subject = true;
            // "…, menurut Ketua KNKT Soerjanto Tjahjono, …": the source of the sentence's claim.
            // "according to the Economist Intelligence Unit's Mr Hensel": in English past the owner's possessive too.
            if (AfterAccordingTo(tokens, k) || Tables.IsEnglish && k > 1 && tokens[k - 1].IsPossessive && covering[k - 1] is { } possessor && possessor.End == k
                    && AfterAccordingTo(tokens, possessor.First > 0 && tokens[possessor.First - 1].Key == "the" ? possessor.First - 1 : possessor.First))
                mention.Salient = mention.Speaks = true;
            // "The new unit will be run by Dr. Oluwaseun Adeyemi-Hart, a psychiatrist who moved from Boston": in English a person
            // named in full and described at once by an indefinite apposition is introduced to the reader, wherever the name stands.
            // Not "Michelle Paver's Wolf Brother, a fantasy set …": a name after an owner's possessive is a thing of theirs.
            // Nor "Annie Hall, a romantic comedy": a work that bears a person's name.
            // "The reversal was harder on Caleb, a seventh grader from Mount Vernon who …": a one-word name with no honorific so
            // described too, the given name of someone named in full before (not "He portrayed Mr Ebbers, a charismatic
            // businessman who …, as obsessed with costs", the object of another's account, nor "Crews searched for hours before
            // finding Leo, a retired engineer who …", someone new the rescuers found).
            if (Tables.IsEnglish && mention is { Kind: MentionKind.Person, Weak: false }
                && (mention.Name.Length >= 2 || mention.Role is null && namedInFull?.Contains(mention.Name[0]) == true) && !(k > 0 && tokens[k - 1].IsPossessive)
                && mention.End + 2 < tokens.Count && tokens[mention.End].Is(',')
                && tokens[mention.End + 1].Key is "a" or "an" && tokens[mention.End + 1].IsLower && tokens[mention.End + 2].IsWord && tokens[mention.End + 2].IsLower
                && !DescribesWork(tokens, mention.End + 2))
                mention.Salient = true;
            // "The minister, the Rev Emyr Penri, looks after five chapels": in English a person named in full between commas
            // after a title in lower case that opens the sentence ("The minister,") is its subject.
            if (Tables.IsEnglish && mention is { Kind: MentionKind.Person, Name.Length: >= 2 } && mention.End < tokens.Count && tokens[mention.End].Is(',')
                && (k > 1 && tokens[k - 1].Is(',') ? k - 1 : k > 2 && tokens[k - 1].Key == "the" && tokens[k - 2].Is(',') ? k - 2 : -1) is var titleComma and > 1
                && TitleOpensSentence(paragraph, titleComma))
                mention.Salient = mention.Subject = true;
            // "One of those trainees is Léonie Quéméner, 23, who left …": in English a person named in full after "is" or "was"
            // with an age is introduced to the reader.
            if (Tables.IsEnglish && mention is { Kind: MentionKind.Person, Name.Length: >= 2 } && k > 0 && tokens[k - 1].Key is "is" or "was" && tokens[k - 1].IsLower
                && AgeAfter(tokens, mention.End))
                mention.Salient = true;
            // "Direktur Utama Trakom, Hotman Simanjuntak, beralasan …": the person named after a subject's title; "Head of the
            // division, Andrew Burke, spoke about …": after its field in lower case after "of".
            // "Sementara itu, Founder Tumbuh Makna, Muliadi San, menganalisis …": the subject, when the title is; "…, Vice President
            // Corporate Communication Freeport Indonesia, Riza Pratama menolak …": with its verb right after the name too.
            // "Selanjutnya ada CEO Galaxy Digital, Michael Novograts juga bernasib sama": a title after "ada" ("there is")
            // introduces whoever it names.
            // "Analis Truist, Keith Lerner memprediksikan …": a title read with a one-word name, then a full name, is a title and
            // the firm it is at.
            if (mention.Kind == MentionKind.Person && k > 1 && tokens[k - 1].Is(',') && covering[TitleBeforeField(tokens, covering, k - 2)] is { } title
                && (title.Salient || Introduced(tokens, title))
                && (title.Kind != MentionKind.Person || title.Role is not null)
                && mention.End < tokens.Count && (tokens[mention.End].Is(',')
                    || (title.Subject && IsTitleOnly(title, mention, tokens) || Introduced(tokens, title)) && tokens[mention.End].IsWord && tokens[mention.End].IsLower))
            {
                mention.Salient = true;
                if (title.Subject && IsTitleOnly(title, mention, tokens) || Introduced(tokens, title)) mention.Subject = true;
            }
            // "Kuasa hukum Hariyanto, Samsul Arifin Bachtiar, menyambut putusan tersebut": a title of the tables and the person it
            // is held for ("Hariyanto's lawyer"), opening the sentence, make the name set off by commas after them its subject.
            if (mention.Kind == MentionKind.Person && k > 1 && tokens[k - 1].Is(',') && covering[k - 2] is { Kind: MentionKind.Person, Role: null } heldFor
                && heldFor.End == k - 1 && heldFor.First > 0 && mention.End < tokens.Count && tokens[mention.End].Is(',') && !paragraph.InQuote[k]
                && paragraph.SentenceStart(heldFor.First) is var opening && opening < heldFor.First && paragraph.StartsSentence(opening)
                && Tables.Roles.Match(tokens, opening, heldFor.First) == heldFor.First - opening)
                mention.Salient = mention.Subject = true;
            // "Sementara itu, salah satu pengunjung, Nayla Putri, membeli …": a person named between commas after a description
            // of someone unnamed that opens the sentence is its subject.
            // "One of them, 23-year-old student Iryna Bondar, said …": in English past an age and a lower-case description too.
            var described = k - 1;
            while (Tables.IsEnglish && described > k - 4 && described > 0 && tokens[described].IsWord && (tokens[described].IsLower || char.IsDigit(tokens[described].Text[0])))
                described--;
            if (described < 0 || !tokens[described].Is(',')) described = k - 1;
            // "Salah satu korban, Hj. Sitti Rahmatia Daeng Caya (63), warga …, kehilangan …": past the age in brackets too.
            var named = PastAge(tokens, mention.End);
            // "Istrinya, Rokhimah (50), yang …, kini membantu …": one word is a name when an age follows it.
            if (mention.Kind == MentionKind.Person && (mention.Name.Length >= 2 || named > mention.End) && described >= 1 && tokens[described].Is(',') && named < tokens.Count
                && (tokens[named].Is(',') || tokens[named].IsWord && tokens[named].IsLower) && UnnamedOpensBefore(paragraph, described))
                mention.Salient = mention.Subject = true;
            // "Williams's neighbor, Tom Becker, was less forgiving.": in English a person named between commas after an owner's
            // possessive and a noun that open the sentence is its subject, not the owner.
            if (Tables.IsEnglish && mention.Kind == MentionKind.Person && mention.Name.Length >= 2 && k > 2 && tokens[k - 1].Is(',') && mention.End < tokens.Count
                && tokens[mention.End].Is(',') && OwnerOpening(paragraph, covering, k - 1) is { } owner)
            {
                mention.Salient = mention.Subject = true;
                owner.Salient = owner.Subject = false;
            }
            // "The Agriculture Department's Food Safety and Inspection Service, which regulates …, said": in English a body named
            // right after its owner's possessive is the one that acts, not the owner (so "the agency said" is the service).
            if (Tables.IsEnglish && mention.Kind == MentionKind.Organisation && k > 0 && tokens[k - 1].IsPossessive
                && covering[k - 1] is { Kind: MentionKind.Organisation, End: var ownerEnd } owningBody && ownerEnd == k && owningBody.Subject)
            {
                (mention.Salient, mention.Subject, mention.Speaks) = (owningBody.Salient, true, owningBody.Speaks);
                owningBody.Salient = owningBody.Subject = owningBody.Speaks = false;
            }
            // "Dijelaskan oleh Profesor Riset Bidang Iklim …, Pusat Riset Iklim dan Atmosfer, Badan Riset dan Inovasi Nasional
            // (BRIN), Prof Erma Yulihastin bahwa …": a name that closes a chain of offices set off by commas after a title that
            // speaks (with no name of its own) is that title's holder, and speaks.
            if (mention.Kind == MentionKind.Person && mention.Name.Length >= 2 && k > 1 && tokens[k - 1].Is(',') && SpeakingTitleBefore(tokens, covering, k - 1))
                mention.Salient = mention.Speaks = true;
            // "Termasuk salah satunya dari miliarder kripto dan bos Galaxy Digital, Michael Novogratz.": a person's full name
            // after a title and a comma, closing the sentence, is someone the article introduces and turns to.
            if (mention.Kind == MentionKind.Person && mention.Name.Length >= 2 && mention.Role is null && k > 1 && tokens[k - 1].Is(',')
                && mention.End < tokens.Count && tokens[mention.End].EndsSentence && !paragraph.InQuote[k]
                && covering[TitleBeforeField(tokens, covering, k - 2)] is { } introducing && introducing.End >= k - 3
                && (introducing.Kind == MentionKind.Role || introducing.Kind == MentionKind.Person && introducing.Role is not null
                    || introducing.Kind == MentionKind.Organisation && introducing.First > 0 && tokens[introducing.First - 1].IsLower
                        && Tables.Roles.Match(tokens, introducing.First - 1, introducing.First) == 1))
                mention.Salient = true;
            // "Salah satunya adalah Ketua Perkumpulan … Hasbullah Thabrany.": someone introduced after a copula, at the end of
            // the sentence, is who the article turns to.
            if (mention.Kind == MentionKind.Person && mention.Name.Length >= 2 && k > 0 && tokens[k - 1].IsLower && Tables.Copulas.Contains(tokens[k - 1])
                && (mention.End >= tokens.Count || tokens[mention.End].EndsSentence)) mention.Salient = true;
            // "The first witness was Hawks head Major-Gen Gopaul Govender, who was appointed …": someone the article
            // introduces with a relative clause is who it goes on about.
            // Not "Souness also paid tribute to Laurent Robert, who was at the heart of …": the object of a preposition.
            if (mention.Kind == MentionKind.Person && mention.Name.Length >= 2 && Tables.IsEnglish && mention.End + 1 < tokens.Count
                && tokens[mention.End].Is(',') && tokens[mention.End + 1].Key == "who" && !mention.Governed) mention.Salient = true;
            // "It is also a first nomination for Staunton, 49, who told BBC News 24 she had not thought …": in English a person set
            // off with "who" and a verb of speech reports what follows, wherever the name stands (after a preposition too).
            if (Tables.IsEnglish && mention.Kind == MentionKind.Person && WhoSpeaksAfter(tokens, mention.End)) mention.Salient = mention.Speaks = true;
            // "One dissenting opinion came from Brian Gammage, vice-president of research at analysts Gartner. He said: …":
            // someone the article introduces with their title in apposition is who it goes on about.
            if (mention.Kind == MentionKind.Person && mention.Name.Length >= 2 && Tables.IsEnglish && mention.End + 1 < tokens.Count
                && tokens[mention.End].Is(',') && TitleInApposition(tokens, mention.End + 1)) mention.Salient = true;
            // "Ungkapan itu setidaknya mewakili pernyataan Ketua … OJK Mahendra Siregar.": in Indonesian the person whose
            // statement closes a sentence that names no one before is who the article turns to (not "Menanggapi pernyataan
            // Budi, Puan mengatakan …", nor "Perry menyoroti pernyataan bos The Fed Jerome Powell.").
            if (Tables.IsIndonesian && mention.Kind == MentionKind.Person && k > 0 && tokens[k - 1].IsLower && tokens[k - 1].Key is "pernyataan" or "ucapan" or "penjelasan" or "keterangan"
                && mention.End < tokens.Count && tokens[mention.End].EndsSentence && !SubjectBetween(paragraph, covering, paragraph.SentenceStart(k), k))
                mention.Salient = mention.Speaks = mention.Subject = true;
            // "Laman tersebut mengutip opini pakar Andree Surianta, …": in Indonesian the person a text is said to quote, or whose
            // opinion or statement it quotes, is who speaks next.
            if (Tables.IsIndonesian && mention.Kind == MentionKind.Person && mention.Name.Length >= 2 && k > 0 && tokens[k - 1].IsLower
                && (tokens[k - 1].Key == "mengutip" || k > 1 && tokens[k - 2].Key == "mengutip" && tokens[k - 1].Key is "opini" or "pendapat" or "pernyataan" or "analisis" or "ucapan"))
                mention.Salient = mention.Speaks = true;
            // "Pesan tersebut disampaikan oleh Sekretaris Daerah …": the agent of a passive verb.
            if (k > 1 && tokens[k - 1].Key == "oleh" && Tables.PassiveCues.Contains(tokens[k - 2])) mention.Salient = mention.Speaks = true;
            // "Demikian disampaikan Gubernur Bank Indonesia Perry Warjiyo": the agent right after the passive verb.
            if (k > 0 && tokens[k - 1].IsLower && Tables.PassiveCues.Contains(tokens[k - 1])) mention.Salient = mention.Speaks = true;
            // "Hal ini disampaikan oleh pengamat BUMN dari Universitas Indonesia Toto Pranoto.": the person who closes the
            // agent's title.
            if (mention.Kind == MentionKind.Person && mention.Name.Length >= 2 && AgentTitleBefore(tokens, k)) mention.Salient = mention.Speaks = true;
        }
        Mention? reporter = null; // the first speaker of the sentence at reporterSentence, and their verb
        var reporterSentence = -1;
        var reporterVerb = -1;
        var aside = -1; // a "-nya" cue set off by commas in the sentence being read
        for (var v = 0; v < tokens.Count; v++)
        {
            // "Selain itu, lanjutnya, guru berinisial SR … juga sudah menyampaikan permohonan maaf": in Indonesian a speaker's
            // "-nya" cue set off by commas makes the rest of its sentence what they report.
            if (Tables.IsIndonesian && v > 0 && v + 1 < tokens.Count && tokens[v].IsLower && tokens[v - 1].Is(',') && tokens[v + 1].Is(',') && !paragraph.InQuote[v]
                && tokens[v].Key is { Length: > 4 } nya && nya.EndsWith("nya", StringComparison.Ordinal) && Tables.CueVerbs.Contains(nya[..^3]))
            {
                aside = v;
                continue;
            }
            if (paragraph.InQuote[v] || !tokens[v].IsLower || Tables.CueVerbs.Match(tokens, v, tokens.Count) == 0) continue;
            // "berperan aktif dalam menyampaikan informasi": a verb made a noun or a purpose reports no speech.
            // "setelah melaporkan kasus itu": after a subordinator, the verb tells when something happened.
            if (v > 0 && tokens[v - 1].Key is "dalam" or "untuk" or "dengan" or "sambil" or "agar" or "supaya" or "setelah" or "sesudah" or "sebelum"
                    or "in" or "for" or "by" or "after" or "before") continue;
            // "Iswan meminta Arso melakukan …": a verb with a person as its object tells of an act, not of speech.
            // "Gus Ipul menjelaskan Prabowo sangat memperhatikan …": not a verb whose object is what was said.
            var clause = Tables.ClauseCues.Contains(tokens[v].Key);
            if (v + 1 < tokens.Count && covering[v + 1] is { Kind: MentionKind.Person } told && told.First == v + 1
                && tokens[v].Key.StartsWith("me", StringComparison.Ordinal) && !clause) continue;
            var named = v + 1 < tokens.Count && !clause && covering[v + 1] is { } after && after.First == v + 1 ? NamedAfterComma(tokens, covering, after) ?? after : null;
            // "…, said Sandvine's chief technology officer Marc Morin.": in English the person titled after a name's possessive
            // (an organisation's, a person's or a place's), not the name's owner.
            var owner = named?.End ?? (v + 1 < tokens.Count && tokens[v + 1].IsCapitalised ? v + 2 : -1);
            if (Tables.IsEnglish && !clause && owner > v + 1 && owner < tokens.Count && tokens[owner - 1].IsPossessive
                && covering[owner] is { Kind: MentionKind.Person, Role: not null } titled && titled.First == owner) named = titled;
            // "Polantas itu, kata Ferry, tidak memberikan …": in Indonesian a cue verb without "me-" set off by a comma names
            // its speaker after it; the words before it are what was said ("Ackman, menyebut …" has its subject first).
            // "That is one reason why people here are not fans of the EU, says Frederic Sawicki, a politics lecturer": in
            // English too, when the sentence reports speech with no quotation and the person closes it or an apposition follows.
            // '…, Penajam Paser Utara," tulis Sri Mulyani': the comma may stand before a closing mark that opened no quotation.
            var inverted = v > 0 && (tokens[v - 1].Is(',') || v > 1 && tokens[v - 1].Text is "\"" or "\u201D" && tokens[v - 2].Is(',')) && named is { Kind: MentionKind.Person }
                && (Tables.IsIndonesian && !tokens[v].Key.StartsWith("me", StringComparison.Ordinal)
                    || Tables.IsEnglish && !NextToQuote(paragraph, v) && (named.End >= tokens.Count || tokens[named.End].Is(',') || tokens[named.End].EndsSentence));
            // "Tony Blair has dismissed reports he told Gordon Brown he would quit": in English the name after "told" or
            // "asked" is who heard it.
            var speaker = inverted ? named : SubjectBefore(paragraph, v) ?? (AddressesHearer(tokens[v]) ? null : named);
            // "Not necessarily, said the senior author, Dr. Samuel Klein, a professor …": the name after the description.
            speaker ??= DescribedAfterVerb(paragraph, covering, v + 1);
            if (speaker is null)
            {
                if (Tables.IsIndonesian && PronounSubject(paragraph, v) is { } pronoun && !NextToQuote(paragraph, v))
                    pronounReports.Add((paragraph.Block, paragraph.Offset + tokens[pronoun].Start));
                continue;
            }
            // "Deni mengungkapkan, melalui penambahan target itu, Sri Mulyani berharap, …": a second speaker in the sentence
            // of a first is what the first reports.
            // Not "…, argued Mr Howard" nor "… kata Luky" (the speaker after the verb), nor "Dallas said …, but the Kiwi said …"
            // (another clause).
            var sentence = paragraph.SentenceStart(v);
            if (aside >= sentence && aside < speaker.First)
            {
                speaker.Reported = true;
                continue;
            }
            // Only when the first opens the sentence (not "Menanggapi pernyataan Budi Gunawan yang menyebut …, Puan mengatakan",
            // "Usai Presiden Prabowo mengumumkan …, Sri Mulyani menegaskan") and the second is no one introduced there with a
            // title ("…, Camat Cibeber Andi Rahman menyebutkan"), nor joined by "dan" ("… dan Kombes Lutfhie menambahkan").
            if (sentence == reporterSentence && reporter is not null && !Tables.Subordinators.Contains(tokens[sentence])
                && tokens[reporterVerb - 1].Key is not ("yang" or "who" or "which") && reporterVerb < speaker.First && speaker.End <= v && speaker.RoleKey is null
                && !(Tables.IsIndonesian && reporterVerb + 1 == speaker.First && !tokens[reporterVerb].Key.StartsWith("me", StringComparison.Ordinal))
                && reporter.NameText != speaker.NameText && !Contrasted(tokens, reporterVerb, v))
            {
                speaker.Reported = true;
                continue;
            }
            (reporter, reporterSentence, reporterVerb) = (speaker, sentence, v);
            speaker.Salient = speaker.Speaks = true;
            if (!NextToQuote(paragraph, v)) speaker.Reports = true;
        }
    }

    // Whether someone could be the subject between the tokens of the paragraph: an organisation, a pronoun ("Ia menolak
    // pernyataan Andi Wijaya.") or a person; a capitalised word that opens a sentence ("Ungkapan itu …") names no one unless
    // the article has named someone by it before ("Perry menyoroti …" after "Perry Warjiyo").
    private bool SubjectBetween(Paragraph paragraph, Mention?[] covering, int start, int end)
    {
        var tokens = paragraph.Tokens;
        for (var i = start; i < end; i++)
        {
            if (covering[i] is { Kind: MentionKind.Organisation }) return true;
            if (covering[i] is null && tokens[i].IsWord && Tables.Pronouns.ContainsKey(tokens[i].Key)) return true;
            if (covering[i] is { Kind: MentionKind.Person } person && (!person.Weak || NamedBefore(paragraph, covering, person))) return true;
        }
        return false;
    }

    private bool NamedBefore(Paragraph paragraph, Mention?[] covering, Mention weak)
    {
        var word = weak.Name[0];
        bool Names(Mention? m) => m is { Kind: MentionKind.Person, Weak: false } && m.Name.Contains(word, StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < weak.First; i++)
            if (Names(covering[i])) return true;
        foreach (var before in Paragraphs)
        {
            if (before.Block >= paragraph.Block) break;
            if (byToken[before.Block] is { } earlier)
                for (var i = 0; i < before.Tokens.Count; i++)
                    if (Names(earlier[i])) return true;
        }
        return false;
    }

    // A title with no name, or (when the full name after it opens the verb) one read with a word that is no given name.
    private bool IsTitleOnly(Mention title, Mention named, TokenList tokens) =>
        title.Kind == MentionKind.Role
        || title is { Kind: MentionKind.Person, Role: not null, Name.Length: 1 } && named.Name.Length >= 2 && !Tables.IsKnownGivenName(title.Name[0])
            && named.End < tokens.Count && tokens[named.End].IsWord && tokens[named.End].IsLower;

    // Back from the comma at <paramref name="comma"/> over capitalised offices, brackets, "dan" and commas (a few words): a
    // title mention with no name that speaks.
    private static bool SpeakingTitleBefore(TokenList tokens, Mention?[] covering, int comma)
    {
        for (var j = comma - 1; j >= 0 && j >= comma - 30; j--)
        {
            if (covering[j] is { Kind: MentionKind.Role, Speaks: true } title && title.First == j) return true;
            var token = tokens[j];
            if (token.IsWord ? !(token.IsCapitalised || token.Key is "dan" or "&") : !(token.Is(',') || token.Text is "(" or ")")) return false;
        }
        return false;
    }

    // The words before first are a title (capitalised words, lower-case titles, "dari") that a passive verb of speech, or
    // "oleh" after one, opens: "disampaikan oleh pengamat BUMN dari Universitas Indonesia"; "diakui Direktur Eksekutif Lembaga
    // Penjamin Simpanan (LPS), Lana Soelistianingsih": over an acronym in brackets, and a comma before the name.
    private bool AgentTitleBefore(TokenList tokens, int first)
    {
        var j = first - 1;
        if (j > 0 && tokens[j].Is(',') && (tokens[j - 1].IsWord || tokens[j - 1].Is(')'))) j--;
        while (j >= 0 && j >= first - 14 && (tokens[j].IsWord && (!tokens[j].IsLower || Tables.Roles.Contains(tokens[j].Key) || tokens[j].Key is "dari" or "di")
                   || tokens[j].Text is "(" or ")" && j > 0 && j < first - 1)) j--;
        if (j == first - 1 || j < 0 || tokens[j + 1].Key is "dari" or "di") return false;
        return Tables.PassiveCues.Contains(tokens[j]) || tokens[j].Key == "oleh" && j > 0 && Tables.PassiveCues.Contains(tokens[j - 1]);
    }

    private bool AddressesHearer(Token verb) => Tables.HearerVerbs.Contains(verb.Key);

    // "…, but", "namun", "sementara", "dan": a conjunction that opens a clause of its own between two tokens.
    private static bool Contrasted(TokenList tokens, int from, int to)
    {
        for (var k = from + 1; k < to; k++)
            if (tokens[k].IsLower && tokens[k].Key is "but" or "while" or "whereas" or "yet" or "and" or "tapi" or "tetapi" or "namun" or "sedangkan" or "sementara"
                    or "padahal" or "dan" or "serta")
                return true;
        return false;
    }

    // A preposition right before the mention (which may open with an owner's possessive: "to Arsenal's Robert Pires").
    public bool AfterPreposition(TokenList tokens, int first) =>
        first > 0 && tokens[first - 1].IsLower && Tables.Prepositions.Contains(tokens[first - 1]);

    // An apposition that gives a title: a lower-case title within its first words ("vice-president of research", "a senior
    // project manager at Nokia"; not only a modifier, "her former daughter-in-law"), up to a comma or a stop with no verb
    // ("Earlier, writing in the Daily Telegraph, the prime minister conceded …" is no apposition).
    private bool TitleInApposition(TokenList tokens, int from)
    {
        var titled = false;
        for (var k = from; k < tokens.Count && k < from + 4 && tokens[k].IsWord && tokens[k].IsLower && !titled; k++)
            titled = Tables.Roles.Match(tokens, k, tokens.Count) is var n and > 0 && !(n == 1 && tokens[k].IsModifier);
        if (!titled) return false;
        for (var k = from; k < tokens.Count && k < from + 16; k++)
        {
            if (tokens[k].Is(',') || tokens[k].EndsSentence) return true;
            if (tokens[k].IsLower && (HasVerb(tokens, k, k + 1) || Tables.CueVerbs.Match(tokens, k, k + 1) > 0)) return false;
        }
        return false;
    }

    // "kata Kepala Pelaksana BPBD Boyolali, Sutarno": a titled one-word "name" set off by a comma from a person's name is
    // the title's place or organisation; the person is the one who speaks.
    private static Mention? NamedAfterComma(TokenList tokens, Mention?[] covering, Mention titled) =>
        titled is { Kind: MentionKind.Person, Role: not null, Name.Length: 1 } && titled.End + 1 < tokens.Count && tokens[titled.End].Is(',')
        && covering[titled.End + 1] is { Kind: MentionKind.Person, Role: null } named && named.First == titled.End + 1 ? named : null;

    // The verb's sentence holds a quote or follows one ("…," said Grewcock): it introduces that quote.
    private static bool NextToQuote(Paragraph paragraph, int v)
    {
        var start = paragraph.SentenceStart(v);
        if (start > 0 && paragraph.InQuote[start - 1]) return true;
        for (var k = start; k < paragraph.Tokens.Count; k++)
        {
            if (paragraph.InQuote[k]) return true;
            if (paragraph.Tokens[k].EndsSentence) return false;
        }
        return false;
    }

    // "Ia menekankan", "Lebih lanjut, ia juga menyoroti": a personal pronoun opening the sentence (after openers), then at
    // most two adverbs, before the verb at <paramref name="verb"/>; its token, or null.
    private int? PronounSubject(Paragraph paragraph, int verb)
    {
        var tokens = paragraph.Tokens;
        var k = verb - 1;
        while (k >= 0 && verb - k <= 3 && tokens[k].IsLower && tokens[k].Key is "juga" or "pun" or "kemudian" or "lalu" or "lantas" or "kembali" or "turut"
                   or "pula" or "sempat" or "telah" or "sudah" or "bahkan" or "lebih" or "tak" or "tidak") k--;
        if (k < 0 || !tokens[k].IsWord || !Tables.Pronouns.TryGetValue(tokens[k].Key, out var gender) || gender == Gender.Plural) return null;
        return paragraph.StartsSentence(k) || AfterOpener(paragraph, k) ? k : null;
    }

    // "menurut", "according to", "menurut penuturan": a phrase of the according-to table ends right before the token.
    private bool AfterAccordingTo(TokenList tokens, int k)
    {
        for (var i = k - 1; i >= 0 && i >= k - 3; i--)
            if (Tables.AccordingTo.Match(tokens, i, k) == k - i) return true;
        return false;
    }

    private Mention? DescribedAfterVerb(Paragraph paragraph, Mention?[] covering, int k)
    {
        var tokens = paragraph.Tokens;
        // A description opens with "the" or "a" ("said the senior author"), not with an object ("told the committee" has one
        // too, but its words end at the verb's object, not at a comma and a name).
        if (k >= tokens.Count || !tokens[k].IsLower || !Tables.Demonstratives.Contains(tokens[k]) && !Tables.Unnamed.Contains(tokens[k].Key)) return null;
        var i = k;
        while (i < tokens.Count && i < k + 6 && tokens[i].IsLower && !paragraph.InQuote[i] && covering[i] is null or { Kind: MentionKind.Role }) i++;
        if (i == k + 1 || i + 1 >= tokens.Count || !tokens[i].Is(',') || covering[i - 1] is not { Kind: MentionKind.Role }) return null;
        return covering[i + 1] is { Kind: MentionKind.Person } named && named.First == i + 1 ? named : null;
    }

    // "Double Olympic champion Kelly Holmes was back": up to three capitalised words that name nobody, opening the sentence
    // before a person's title, qualify it; the person is still the sentence's subject.
    private bool AfterQualifiers(Paragraph paragraph, Mention?[] covering, int k)
    {
        if (covering[k] is not { Kind: MentionKind.Person } person) return false;
        // "Beach Boys veteran Brian Wilson was another first-time winner": in English a full name after a qualifier and a
        // lower-case word the tables do not know as a title is still the subject (the qualifier test below decides).
        if (person.Role is null && !(Tables.IsEnglish && person.Name.Length >= 2 && paragraph.StartsSentence(paragraph.SentenceStart(k))
            && covering[paragraph.SentenceStart(k)] is { Role: null, Kind: not MentionKind.Role })) return false;
        var start = paragraph.SentenceStart(k);
        // "Meanwhile, Perpignan centre Jean-Philippe Granclaude is delighted": after an opener and its comma.
        if (paragraph.StartsSentence(start) && Tables.SentenceOpeners.Match(paragraph.Tokens, start, k) is var opener and > 0
            && start + opener < k - 1 && paragraph.Tokens[start + opener].Is(','))
            start += opener + 1;
        if (k - start is < 1 or > 3 || !paragraph.StartsSentence(start) && !paragraph.Tokens[start - 1].Is(','))
        {
            // "On Sunday, Lib Dem leader Charles Kennedy repeated …": or right after the sentence's openers, a title's words.
            var first = k;
            while (first > 0 && k - first < 3 && paragraph.Tokens[first - 1].IsWord && covering[first - 1] is { Kind: MentionKind.Role }) first--;
            if (first == k || !AfterOpener(paragraph, first)) return false;
            start = first;
        }
        // "Hollywood film star Liam Neeson has held …": in English a name that qualifies a title and opens the sentence, then
        // a lower-case word or two of the title before the person (not "Club director Terry Brady", all one title).
        if (Tables.IsEnglish && covering[start] is { Role: null, Kind: not MentionKind.Role } qualifier && qualifier.First == start
            && k - qualifier.End is 1 or 2)
        {
            // Not "Commenting on Mr Makarov's case, he said", "Rourke praised director Sam Hollis": a preposition or a verb is no
            // title's word.
            for (var i = qualifier.End; i < k; i++)
                if (!paragraph.Tokens[i].IsWord || !paragraph.Tokens[i].IsLower || covering[i] is not null || Tables.Prepositions.Contains(paragraph.Tokens[i])
                    || HasVerb(paragraph.Tokens, i, i + 1)) return false;
            return true;
        }
        // "Conservative shadow home secretary David Davis was worried …", "Liberal Democrat spokesman Mark Oaten also backed
        // …": capitalised words, or the words of a title that stands before the person's own ("shadow").
        for (var i = start; i < k; i++)
            if (!paragraph.Tokens[i].IsWord || covering[i] is { Kind: not MentionKind.Role } || covering[i] is null && !paragraph.Tokens[i].IsCapitalised) return false;
        return true;
    }

    // A title right after Indonesian "ada" ("there is"): "Selanjutnya ada CEO Galaxy Digital, Michael Novograts …".
    private bool Introduced(TokenList tokens, Mention title) =>
        Tables.IsIndonesian && title.First > 0 && tokens[title.First - 1].IsLower && tokens[title.First - 1].Key == "ada";

    // "Edwards' sister Rachel makes an emotional TV appeal": in English the person after an owner who opens the sentence, its
    // possessive and one or two lower-case words for how they are related is the sentence's subject, not the owner.
    private bool AfterOwner(Paragraph paragraph, Mention?[] covering, int k)
    {
        if (!Tables.IsEnglish || covering[k] is not { Kind: MentionKind.Person }) return false;
        var tokens = paragraph.Tokens;
        var start = paragraph.SentenceStart(k);
        if (!paragraph.StartsSentence(start)) return false;
        int i;
        if (covering[start] is { Kind: MentionKind.Person or MentionKind.Organisation } owner && owner.First == start)
        {
            i = owner.End;
            if (i < k && tokens[i].Text is "'" or "\u2019") i++;
            else if (!tokens[owner.End - 1].IsPossessive) return false;
        }
        // "Spain's minister of sport Jaime Lissavetzky": a possessive that names no one the article speaks of (a country's).
        else if (covering[start] is null && tokens[start].IsCapitalised && tokens[start].IsPossessive
            && !Tables.IsKnownGivenName(tokens[start].Text.AsSpan(0, tokens[start].Text.Length - 2)))
            i = start + 1;
        else return false;
        // "Arsenal's Edu has lifted the lid on …": in the lead, the person's name right after a named owner's possessive, then
        // their verb, is who the article is about (not "Sweden's Robert Kronberg was second" further down a race report).
        if (i == k && paragraph.Block == Paragraphs[0].Block && covering[start] is { Kind: MentionKind.Person or MentionKind.Organisation }
            && tokens[k - 1].IsPossessive && covering[k] is { Kind: MentionKind.Person } owned && owned.First == k && owned.End < tokens.Count && tokens[owned.End].IsLower
            && HasVerb(tokens, owned.End, Math.Min(tokens.Count, owned.End + 2)))
            return true;
        // "Spain's minister of sport Jaime Lissavetzky was quick to …": a title and its field in lower case after "of".
        var field = k;
        for (var j = i + 1; j < k - 1 && j <= i + 2; j++)
            if (tokens[j].Key == "of" && k - j - 1 is 1 or 2 && covering[j - 1] is { Kind: MentionKind.Role }) field = j;
        if (field - i is < 1 or > 2) return false;
        for (var j = i; j < k; j++)
        {
            // "Wenger's Bayern counterpart Felix Magath": a club's or a firm's one-word name before the lower-case title.
            if (j == i && field - i == 2 && tokens[j].IsCapitalised && covering[j] is { Kind: MentionKind.Person or MentionKind.Organisation, Name.Length: 1 } qualifier
                && qualifier.End == j + 1 && qualifier.Role is null) continue;
            if (!tokens[j].IsWord || !tokens[j].IsLower || covering[j] is not null && !(j < field && covering[j] is { Kind: MentionKind.Role })
                || j != field && Tables.Prepositions.Contains(tokens[j]) || HasVerb(tokens, j, j + 1)) return false;
        }
        return true;
    }

    // "During today's press conference, Fahmi also clarified …": in English, the name after an introductory phrase that a
    // preposition or a subordinator opens, and a comma, is the sentence's subject.
    private bool AfterIntroduction(Paragraph paragraph, int k)
    {
        var tokens = paragraph.Tokens;
        // "On the outskirts of Kyoto, 83-year-old Yuji Shimizu contemplates …": an age between the comma and the name.
        var comma = k - 1;
        if (comma > 0 && MentionFinder.IsAge(tokens[comma])) comma--;
        if (!Tables.IsEnglish || comma < 1 || !tokens[comma].Is(',')) return false;
        var start = paragraph.SentenceStart(k);
        if (!paragraph.StartsSentence(start) || k - start > 15 || !tokens[start].IsWord) return false;
        for (var i = start + 1; i < comma; i++)
        {
            // "While Aisha, 36, is waiting for a customer, Mariam …": an age set off by commas stays inside the clause.
            if (tokens[i].Is(',') && i + 2 < comma && char.IsDigit(tokens[i + 1].Text[0]) && tokens[i + 2].Is(',')) { i += 2; continue; }
            if (tokens[i].Is(',') || paragraph.InQuote[i]) return false;
        }
        return Tables.Prepositions.Contains(tokens[start]) || Tables.Subordinators.Contains(tokens[start]);
    }

    // "Emiten konstruksi BUMN, PT Waskita Karya (Persero) Tbk (WSKT) kembali menerima …", "Maskapai penerbangan BUMN, PT
    // Garuda Indonesia Tbk (GIAA), menyatakan …": an organisation set off by a comma after a few words that describe it at
    // the sentence's start (or right after the dateline's dash), with its verb after it, is the sentence's subject.
    private bool AfterDescription(Paragraph paragraph, Mention?[] covering, Mention mention)
    {
        var tokens = paragraph.Tokens;
        var k = mention.First;
        if (mention.Kind != MentionKind.Organisation || k < 3 || !tokens[k - 1].Is(',')) return false;
        var start = k - 1;
        while (start > 0 && k - start <= 7 && tokens[start - 1].IsWord && !paragraph.InQuote[start - 1]) start--;
        if (k - 1 - start is < 2 or > 6 || !tokens[start].IsCapitalised) return false;
        if (start > 0 && !tokens[start - 1].EndsSentence && tokens[start - 1].Text is not ("-" or "\u2013" or "\u2014")) return false;
        for (var i = start + 1; i < k - 1; i++)
            if (covering[i] is { Kind: MentionKind.Person } || Tables.CueVerbs.Match(tokens, i, i + 1) > 0 || tokens[i].IsLower && Tables.Prepositions.Contains(tokens[i]))
                return false;
        var after = mention.End;
        while (after + 2 < tokens.Count && tokens[after].Is('(') && tokens[after + 2].Is(')')) after += 3;
        if (after < tokens.Count && tokens[after].Is(',')) after++;
        return after < tokens.Count && tokens[after].IsWord && tokens[after].IsLower;
    }

    /// <summary>Whether the token at k opens its sentence's subject after an opening phrase and its comma ("On Monday, …").</summary>
    public bool OpensAfterOpener(Paragraph paragraph, int k) => k > 0 && paragraph.Tokens[k - 1].Is(',') && AfterOpener(paragraph, k);

    // "Sementara itu, Budi …", "Menurut Budi, …": the mention is the sentence's subject or source.
    private bool AfterOpener(Paragraph paragraph, int k)
    {
        var tokens = paragraph.Tokens;
        var start = paragraph.SentenceStart(k);
        if (!paragraph.StartsSentence(start)) return false;
        if (OnlyOpeners(tokens, start, k)) return true;
        // "Back in Sibolga Julu, Sutrisno stood …", "Outside the court, Smith said": in English a short phrase of place set off
        // by a comma. "Di Laikang, Jumriah masih turun …", "Menjelang pukul delapan, Masrah mulai …": in Indonesian a phrase of
        // place or time too.
        // "Di Desa Air Gantang, Kecamatan Parittiga, Kabupaten Bangka Barat, Sahrudin …": in Indonesian the place may go on past
        // commas, each before a place word.
        if (k - start >= 3 && k - start <= (Tables.IsEnglish ? 7 : 16) && tokens[k - 1].Is(',')
            && (Tables.IsEnglish ? Tables.Prepositions.Contains(tokens[start]) || tokens[start].Key == "back" && Tables.Prepositions.Contains(tokens[start + 1])
                // "Dari sisi pengembangan kawasan industri, Marfan Trihartiko, …, menggarisbawahi": a side of the matter, too (not
                // "Dari keterangan saksi, Budi Hartono sudah tiga kali mencuri": a source, about someone).
                : tokens[start].Key is "di" or "ke" or "pada" or "menjelang" or "sejak" or "setelah" or "sebelum" or "usai" or "seusai" or "sesudah" or "sehabis" or "selepas" or "sepulang"
                    || tokens[start].Key == "dari" && tokens[start + 1].Key is "sisi" or "segi"))
        {
            var phrase = true;
            var commas = 0;
            for (var i = start + 1; i < k - 1 && phrase; i++)
                if (Tables.IsIndonesian && tokens[i].Is(',') && tokens[start].Key == "di" && i + 1 < k - 1 && tokens[i + 1].IsCapitalised && Tables.PlaceMarkers.Contains(tokens[i + 1]))
                    commas++;
                else
                    phrase = tokens[i].IsWord && !paragraph.InQuote[i] && Tables.CueVerbs.Match(tokens, i, i + 1) == 0 && MentionAt(paragraph.Block, i) is not { Kind: MentionKind.Person, Governed: false };
            if (phrase && k - start - 3 * commas <= 10) return true;
        }
        // "Didampingi cucunya, Sumiyati tampak tenang": in Indonesian past a passive participle's phrase (di-), up to its comma.
        if (Tables.IsIndonesian && k - start is >= 3 and <= 7 && tokens[k - 1].Is(',') && tokens[start].IsCapitalised && tokens[start].Key.Length > 5
            && tokens[start].Key.StartsWith("di", StringComparison.Ordinal) && !Tables.Places.Contains(tokens[start].Key))
        {
            var phrase = true;
            for (var i = start + 1; i < k - 1 && phrase; i++)
                phrase = tokens[i].IsWord && tokens[i].IsLower && !paragraph.InQuote[i] && Tables.CueVerbs.Match(tokens, i, i + 1) == 0;
            if (phrase) return true;
        }
        // "Asked whether he would keep the puck, Halvorsen grinned.", "Ketika ditanya apakah …, Kadiskes menampik …": past a
        // question put to the subject, up to its comma.
        if (k - 1 > start && tokens[k - 1].Is(',') && QuestionPutOpens(tokens, start) && !paragraph.InQuote[k - 1])
        {
            var clause = true;
            for (var i = start + 1; i < k - 1 && clause; i++) clause = !paragraph.InQuote[i] && !tokens[i].Is(',');
            if (clause) return true;
        }
        // "Banyak hikmahnya Secara terpisah, Wakil Ketua …": a copied page loses the line break after a subheading, and the
        // sentence starts again at a capitalised opener right after a lower-case word.
        for (var i = start + 1; i < k; i++)
            if (tokens[i].IsCapitalised && tokens[i - 1].IsLower && Tables.SentenceOpeners.Match(tokens, i, k) > 0) return OnlyOpeners(tokens, i, k);
        return false;
    }

    // Whether ", who told", "who said" or ", 49, who told" follows at `at`: "who" (past a comma and an age between commas),
    // then a verb of speech.
    private bool WhoSpeaksAfter(TokenList tokens, int at)
    {
        if (at + 3 < tokens.Count && tokens[at].Is(',') && IsAgeDigits(tokens[at + 1].Text) && tokens[at + 2].Is(',')) at += 2;
        if (at < tokens.Count && tokens[at].Is(',')) at++;
        if (at + 2 >= tokens.Count || tokens[at].Key != "who" || !tokens[at].IsLower || !tokens[at + 1].IsLower || Tables.CueVerbs.Match(tokens, at + 1, at + 2) == 0)
            return false;
        // Not "the death of Amy Lowe, 15, who told friends she was being bullied": "told" only the press, an outlet named
        // ("BBC News 24", "The Times") or reporters.
        return tokens[at + 1].Key is not ("told" or "tells") || tokens[at + 2].IsCapitalised || tokens[at + 2].Key is "reporters" or "journalists";
    }

    // After an age in brackets at `at` ("(63)"), where the text goes on; else `at`.
    internal static int PastAge(TokenList tokens, int at) =>
        at + 2 < tokens.Count && tokens[at].Is('(') && tokens[at + 2].Is(')') && IsAgeDigits(tokens[at + 1].Text) ? at + 3 : at;

    /// <summary>Where the word before an age in brackets that ends at <paramref name="at"/> stands ("Sugiyanto (58)"); else
    /// <paramref name="at"/>.</summary>
    internal static int BeforeAge(TokenList tokens, int at) =>
        at >= 3 && tokens[at].Is(')') && tokens[at - 2].Is('(') && IsAgeDigits(tokens[at - 1].Text) ? at - 3 : at;

    /// <summary>A word of one to three digits, as an age is written ("63", "(63)", ", 68,").</summary>
    internal static bool IsAgeDigits(string text) => text.Length <= 3 && !text.AsSpan().ContainsAnyExceptInRange('0', '9');

    // "ibu tiga anak" ("a mother of three"), "nenek lima cucu": in Indonesian a word for a person at k, then how many children or
    // grandchildren, in digits or a number word up to ten; the token after them, else -1.
    internal int ParentCounted(TokenList tokens, int k) =>
        Tables.IsIndonesian && k + 2 < tokens.Count && Tables.PersonNouns.Contains(tokens[k].Key) && tokens[k + 2].Key is "anak" or "cucu"
            && (IsAgeDigits(tokens[k + 1].Key) || tokens[k + 1].Key is "satu" or "dua" or "tiga" or "empat" or "lima" or "enam" or "tujuh" or "delapan" or "sembilan" or "sepuluh")
            ? k + 3 : -1;

    // Whether a sentence opens with a question put to its subject: "Asked …", "Ketika ditanya …", "Saat dikonfirmasi …".
    internal static bool QuestionPutOpens(TokenList tokens, int start)
    {
        var k = start;
        if (k < tokens.Count && tokens[k].Key is "ketika" or "saat" or "when") k++;
        return k < tokens.Count && tokens[k].Key is "asked" or "ditanya" or "ditanyai" or "dikonfirmasi";
    }

    // "… six points of leaders Barcelona and Owen is confident Real can close the gap": in English a person right after
    // "and" or "but", with a verb of their own after the name, is the subject of that clause.
    // Not "Smith and Jones will miss the game": the verb must be singular.
    private bool OpensClause(TokenList tokens, Mention mention) =>
        Tables.IsEnglish && mention.Kind == MentionKind.Person && mention.First > 0 && tokens[mention.First - 1].Key is "and" or "but"
        && mention.End < tokens.Count && tokens[mention.End].IsLower
        && tokens[mention.End].Key is "is" or "was" or "has" or "feels" or "believes" or "thinks" or "hopes" or "wants" or "insists" or "admits" or "knows";

    // Nothing but sentence openers ("Sementara itu", "Secara terpisah"), according-to phrases and demonstratives, and after
    // them the day or the date.
    private bool OnlyOpeners(TokenList tokens, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!tokens[i].IsWord) continue;
            var phrase = Math.Max(Tables.SentenceOpeners.Match(tokens, i, end), Tables.AccordingTo.Match(tokens, i, end));
            if (phrase > 0) i += phrase - 1;
            // "On Sunday, Lib Dem leader …", "On 12 March, …": a day, a month or a number after an opener says when.
            else if (!Tables.Demonstratives.Contains(tokens[i]) && !(i > start && (Tables.NotSpeakers.Contains(tokens[i]) || IsNumber(tokens[i].Text)))) return false;
        }
        return true;
    }

    // "12", "18/9/2025", "1,5": digits and the marks between them.
    private static bool IsNumber(string text) => char.IsDigit(text[0]) && text.All(c => char.IsDigit(c) || c is '/' or '.' or ',');

    // "…, seperti dilansir AFP, Kamis (18/9/2025), mengatakan": the day the words were said, alone between two commas (its
    // date in brackets beside it), is set off too; in Indonesian, by its full name. Not "The owner, Sat Paul Mittal, said",
    // "Ketua RT setempat, Minggu Simanjuntak, mengatakan": a day's name there opens a person's.
    private bool DayAlone(TokenList tokens, int from, int comma)
    {
        if (!Tables.IsIndonesian || from >= comma || !tokens[from].IsCapitalised || !Lexicons.Days.ContainsKey(tokens[from].Text) || tokens[from].Text.Length < 4) return false;
        var k = from + 1;
        if (k < comma && tokens[k].Is('('))
            while (k < comma && !tokens[k].Is(')')) k++;
        if (k < comma && tokens[k].Is(')')) k++;
        return k == comma;
    }

    // Whether [from, verb) opens with a title ("Direktur Utama dan CEO Indofood"), or is an organisation's name and then a
    // title with no "and" ("Plaid Cymru health spokesman"); no comma or stop in it.
    private bool TitleUpToVerb(TokenList tokens, int from, int verb)
    {
        var opensWithTitle = Tables.Roles.Match(tokens, from, verb) > 0;
        var titled = opensWithTitle;
        for (var k = from; k < verb; k++)
        {
            if (tokens[k].Is(',') || tokens[k].EndsSentence || !opensWithTitle && tokens[k].Key is "and" or "dan" or "or" or "atau") return false;
            titled |= Tables.Roles.Match(tokens, k, verb) > 0;
        }
        return titled;
    }

    // "dr. Muhammad Fadli Rasyid, Sp.JP(K), FIHA, menyebut": degrees set off by commas (no mention, no word in lower case, a
    // specialist's "Sp" or a degree of the tables among them).
    private bool SetOffDegrees(Mention?[] covering, TokenList tokens, int from, int to)
    {
        var degree = false;
        for (var k = from; k < to; k++)
        {
            if (covering[k] is not null || tokens[k].IsWord && tokens[k].IsLower) return false;
            degree |= tokens[k].IsWord && (tokens[k].Text == "Sp." || Tables.IsDegree(tokens[k]));
        }
        return degree;
    }

    /// <summary>
    /// The subject of the verb at token <paramref name="verb"/>: the nearest mention before it in its sentence that is not
    /// the object of a preposition, a person before an organisation or role.
    /// </summary>
    public Mention? SubjectBefore(Paragraph paragraph, int verb)
    {
        var covering = byToken[paragraph.Block]!;
        var tokens = paragraph.Tokens;
        var start = paragraph.SentenceStart(verb);
        // "Budi Santoso, Direktur Utama PT Sinar Abadi mengatakan": a person's full name opening the sentence, then a comma
        // and their title running up to the verb, is the subject.
        // "Rhodri Glyn Thomas, Plaid Cymru health spokesman said": or their organisation, then the title; "Paul Randle,
        // Microsoft Windows Client product manager, responded": set off by a second comma too.
        var titleEnd = verb > start + 1 && tokens[verb - 1].Is(',') ? verb - 1 : verb;
        if (covering[start] is { Kind: MentionKind.Person, Name.Length: >= 2 } titled && titled.First == start && titled.End + 1 < titleEnd
            && tokens[titled.End].Is(',') && tokens[titled.End + 1].IsCapitalised && TitleUpToVerb(tokens, titled.End + 1, titleEnd))
            return titled;
        // Appositives between commas: "Margaret Ellis, 74, from Norwich, says", "Fiona Grant, of River Watch, said".
        var end = verb;
        // "The Oscar-nominated actor, whose films include Schindler's List, Michael Collins and Star Wars, said": in English a
        // relative clause set off by commas, however many commas it holds, names no subject.
        // "Mr Balls, who stepped down from his Treasury post to stand …, had suggested": past the verb's auxiliaries too.
        var clauseEnd = verb - 1;
        while (clauseEnd > start && verb - clauseEnd <= 2 && tokens[clauseEnd].IsLower && Verbs.Contains(tokens[clauseEnd].Key)) clauseEnd--;
        if (Tables.IsEnglish && clauseEnd > start && tokens[clauseEnd].Is(','))
            for (var c = clauseEnd - 1; c > start; c--)
                if (tokens[c].Is(',') && tokens[c + 1].IsLower && tokens[c + 1].Key is "who" or "whose" or "which")
                {
                    end = c + 1;
                    break;
                }
        while (end - 1 > start && tokens[end - 1].Is(','))
        {
            var comma = end - 2;
            while (comma > start && !tokens[comma].Is(',')) comma--;
            if (comma <= start || comma + 1 >= end - 1) break;
            var opener = tokens[comma + 1];
            // "Zahi Hawass, Egypt's top archaeologist, believes": a possessive opens a description too.
            var appositive = opener.IsLower || char.IsDigit(opener.Text[0]) || opener.IsWord && Tables.Prepositions.Contains(opener) || IsPartyTag(opener.Text)
                || DayAlone(tokens, comma + 1, end - 1) || SetOffDegrees(covering, tokens, comma + 1, end - 1)
                || PlaceAfterPlace(tokens, start, comma, end - 1) || opener.IsWord && comma + 2 < end - 1 && opener.IsPossessive
                    // "Paul Boateng MP, Labour's Chief Secretary to the Treasury, said": or before a capitalised title.
                    && (tokens[comma + 2].IsLower || Tables.IsEnglish && Tables.Roles.Match(tokens, comma + 2, end - 1) > 0)
                // "Lord Strathclyde, Tory leader in the Lords, said", "Rob Peters, Direktur Intelligize, mengatakan": a title
                // (in English after a party's or a country's word) right after the person who opens the sentence.
                || opener.IsCapitalised && covering[start] is { Kind: MentionKind.Person } lead && lead.First == start && lead.End == comma
                    && (Tables.Roles.Match(tokens, comma + 1, end - 1) > 0
                        || Tables.IsEnglish && comma + 2 < end - 1 && tokens[comma + 2].IsLower && Tables.Roles.Match(tokens, comma + 2, end - 1) > 0);
            // "Fellow protester, mechanical engineer Richard Weir, 60, said": a description that ends in the person's name is
            // the subject, not an appositive ("…, a friend of Mary Jones, said" still is one); so does a handle ("Kemudian,
            // warganet lainnya @imam_ghzz, mengatakan …").
            if (appositive && opener.IsLower && !Tables.Unnamed.Contains(opener.Key) && !Tables.Demonstratives.Contains(opener)
                && covering[end - 2] is { Kind: MentionKind.Person } named && (named.Name.Length >= 2 || named.IsHandle) && named.End == end - 1
                && !HasPreposition(tokens, comma + 1, named.First)) appositive = false;
            if (!appositive) break;
            end = comma + 1; // the comma before the appositive: "Rajiv Menon, a spokesman for Eastline, which manages …,"

        }
        // "The Lib Dems called for Commons leader Peter Hain to make a statement and said …": a second verb shares the
        // sentence's subject, named at its start; "He was once threatened with the sack by City boss Kevin Keegan but has
        // since responded …": past its auxiliaries and adverbs too.
        var joined = verb - 1;
        while (joined > start + 1 && tokens[joined].IsLower && QuoteAttributor.IsAdverb(tokens[joined].Key)) joined--;
        if (verb > start && tokens[joined].IsLower && tokens[joined].Key is "and" or "dan" or "but" or "serta" or "lalu")
        {
            var k = start;
            while (k < verb && covering[k] is null && (!tokens[k].IsWord || AfterOpener(paragraph, k) && !tokens[k].IsCapitalised)) k++;
            if (k < verb && covering[k] is { } subject && subject.First == k)
            {
                // "Oxfam senior policy adviser Max Lawson welcomed … and said": in English the person a subject of an
                // organisation's name and title words comes to, before any verb, rather than one of its words.
                if (subject.Kind != MentionKind.Person && Tables.IsEnglish && PersonInSubject(paragraph, covering, k, verb) is { } person) return person;
                return subject;
            }
            return k < verb && Tables.IsEnglish ? PersonInSubject(paragraph, covering, k, verb) : null;
        }
        // "unggahan yang menyinggung …", "a report which said": a relative clause's subject is the word before "yang".
        // Not "sejalan dengan arahan Presiden Prabowo Subianto yang mendorong masyarakat": in Indonesian a name that a noun or a
        // preposition governs is no subject of the clause's verb.
        if (verb > start && tokens[verb - 1].IsLower && tokens[verb - 1].Key is "yang" or "which" or "that")
        {
            // "a Law Commission report which branded the current murder law as "a mess"": in English a document's owner named
            // right before the document's noun.
            if (Tables.IsEnglish && verb - 3 >= start && covering[verb - 2] is null && tokens[verb - 2].IsLower
                && Tables.OutletNouns.Match(tokens, verb - 2, verb - 1, out var kind) == 1 && kind == "document"
                && covering[verb - 3] is { Kind: not MentionKind.Role } owner && owner.End == verb - 2)
                return owner;
            return verb - 2 >= start && covering[verb - 2] is { } head && head.End == verb - 1 && !GovernedInIndonesian(tokens, head, start) ? head : null;
        }
        Mention? other = null;
        for (var k = end - 1; k >= start; k--)
        {
            // "Jika pembangunan Waduk Karian tersendat, ia menyatakan": a pronoun is the subject.
            if (covering[k] is null && tokens[k].IsLower && Tables.PronounWords.Contains(tokens[k])) return null;
            // "bos Space X dan Tesla itu memposting": a description ending in a demonstrative is the subject.
            // Not "Fitch Rating dalam laporannya baru-baru ini mengungkapkan": "ini" closing a phrase of time.
            if (k == end - 1 && covering[k] is null && tokens[k].IsLower && Tables.IsIndonesian && Tables.Demonstratives.Contains(tokens[k])
                && !QuoteAttributor.EndsTimePhrase(tokens, k)) return null;
            // "He spent seven years at MTV hosting the Top 20 Video Countdown, but spent most of his hours tinkering with this
            // new thing called the internet": a clause after ", but" with no subject of its own shares the first clause's.
            if (other is null && Tables.IsEnglish && k > start && tokens[k].IsLower && tokens[k].Key == "but" && tokens[k - 1].Is(',')) return null;
            if (covering[k] is not { } mention) continue;
            k = mention.First;
            // "Anne Thompson of the Hollywood Reporter said": a person's organisation after "of the" is no subject either.
            var governor = k > 2 && Tables.IsEnglish && paragraph.Tokens[k - 1].Key == "the" && paragraph.Tokens[k - 1].IsLower && paragraph.Tokens[k - 2].Key == "of"
                && covering[k - 3] is { Kind: MentionKind.Person } owner && owner.End == k - 2 ? k - 2 : k - 1;
            // "The 28-year-old has been training in Holland and Ferguson said": in English a name right before the verb, after
            // an "and" or a "but" that joins it to no other person, opens a clause of its own when the words before have a verb
            // of their own; "chat show host and East Midlands MEP Robert Kilroy-Silk said", a second title, is one person's.
            // Not "The star of Rain Man and Tootsie said", "The actress who starred in Thelma and Louise said": a film's name,
            // and a verb in a relative clause, are no clause of their own.
            // "… after a 0-0 tie at Old Trafford and Ancelotti said": a name after a preposition before the "and" is its object.
            // "Ex-BBC chat show host and East Midlands MEP Robert Kilroy-Silk has said": past the verb's auxiliaries too.
            if (Tables.IsEnglish && mention.Kind == MentionKind.Person && (mention.End == end || mention.End == clauseEnd + 1 && clauseEnd + 1 < end) && governor > start
                && tokens[governor].Key is "and" or "but"
                && !(covering[governor - 1] is { Kind: MentionKind.Person } conjunct && !AfterPreposition(tokens, conjunct.First))
                && (mention.Role is not null || HasVerb(tokens, start, governor) && !HasRelativePronoun(tokens, start, governor)))
                return mention;
            if (governor >= 0 && paragraph.Tokens[governor].IsWord && Tables.Prepositions.Contains(paragraph.Tokens[governor]) && !AtClauseStart(paragraph, governor)
                && !(mention.Kind == MentionKind.Person && DescribedBefore(paragraph, covering, k - 1))) continue;
            if (InSubordinateClause(paragraph, start, mention, end)) continue;
            if (ObjectOfActiveVerb(paragraph, covering, start, k)) continue;
            if (mention.Kind == MentionKind.Person) return mention;
            // "Asked why the Municipal decided …, the economist replies": "the" and a role right before the verb are its
            // subject, whoever the clause before names.
            // "…, even if the coach admitted Cardiff was an "unforgiving place"": after a subordinator too, in English.
            if (mention.Kind == MentionKind.Role && mention.End == end && k > start + 1 && tokens[k - 1].Key == "the" && tokens[k - 1].IsLower
                && (tokens[k - 2].Is(',') || Tables.IsEnglish && tokens[k - 2].IsLower && Tables.Subordinators.Contains(tokens[k - 2])))
                return mention;
            other ??= mention;
        }
        return other;
    }

    private bool HasPreposition(TokenList tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (tokens[k].IsWord && Tables.Prepositions.Contains(tokens[k])) return true;
        return false;
    }

    private static bool HasRelativePronoun(TokenList tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (tokens[k].Key is "who" or "which" or "that") return true;
        return false;
    }

    // The person named within the first few words from k, with only capitalised words and lower-case title words before
    // them (no verb, comma or preposition): the subject of a sentence such as "Oxfam senior policy adviser Max Lawson …".
    private Mention? PersonInSubject(Paragraph paragraph, Mention?[] covering, int k, int verb)
    {
        var tokens = paragraph.Tokens;
        for (var i = k; i < verb && i < k + 6; i++)
        {
            if (covering[i] is { Kind: MentionKind.Person } person && person.First == i && person.Name.Length >= 2) return person;
            if (!tokens[i].IsWord || paragraph.InQuote[i] || Tables.Prepositions.Contains(tokens[i]) || HasVerb(tokens, i, i + 1)
                || tokens[i].IsLower && Tables.CueVerbs.Match(tokens, i, i + 1) > 0) return null;
        }
        return null;
    }

    // Whether an English clause has a verb of its own: an auxiliary, a past form in -ed or a common irregular past.
    private static bool HasVerb(TokenList tokens, int start, int end)
    {
        for (var k = start; k < end; k++)
            if (tokens[k].IsLower && (tokens[k].Key.EndsWith("ed", StringComparison.Ordinal) && tokens[k].Key.Length > 4 || Verbs.Contains(tokens[k].Key))) return true;
        return false;
    }

    private static readonly FrozenSet<string> Verbs = FrozenSet.ToFrozenSet(
    [
        "is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could", "did", "does", "do", "beat", "won", "lost", "made",
        "took", "gave", "got", "went", "came", "left", "kept", "held", "led", "ran", "met", "struck", "hit", "put", "set", "cut",
    ], StringComparer.Ordinal);

    // Only after a noun for what a leader directs or stands for ("arahan Presiden Prabowo Subianto yang mendorong",
    // [governing-nouns] in the tables): in Indonesian "yang" makes the name before it the subject, and "dibenarkan Airlangga
    // yang menilai", "datang dari ekonom Indef Tauhid Ahmad yang menilai" are that person speaking.
    private bool GovernedInIndonesian(TokenList tokens, Mention head, int start) =>
        head.First > start && tokens[head.First - 1] is { IsWord: true, IsLower: true } before && Tables.GoverningNouns.Contains(before.Key);

    // "Luthfi memperkenalkan program Rengganis Pintar … mendorong": in Indonesian the subject comes before its verb, so a
    // name right after an active (me-) verb, or after a word or two that the verb takes ("program", "para"), is its object.
    private bool ObjectOfActiveVerb(Paragraph paragraph, Mention?[] covering, int start, int k)
    {
        if (!Tables.IsIndonesian) return false;
        var tokens = paragraph.Tokens;
        for (var j = k - 1; j > start && j >= k - 3; j--)
        {
            if (!tokens[j].IsWord || !tokens[j].IsLower || covering[j] is not null || paragraph.InQuote[j]) return false;
            if (IsActiveVerb(tokens[j].Key)) return true;
        }
        return false;
    }

    private static bool IsActiveVerb(string key) =>
        key.Length >= 6 && key.StartsWith("me", StringComparison.Ordinal) && key[2] is 'm' or 'n' or 'l' or 'r' or 'w' or 'y'
        && key is not ("mereka" or "menurut" or "melalui" or "mengenai" or "menjelang" or "menuju" or "meskipun" or "menteri");

    // "Rep. Brian King, D-Salt Lake City, said": a US politician's party and state.
    internal static bool IsPartyTag(ReadOnlySpan<char> word) => word.Length >= 3 && word[0] is 'D' or 'R' or 'I' && word[1] == '-' && char.IsUpper(word[2]);

    // "Richard Weir, 60, from Tynemouth, North Tyneside, said": up to three capitalised words between commas after a place
    // that a preposition opened are the place's region, still part of the appositive.
    private bool PlaceAfterPlace(TokenList tokens, int start, int comma, int next)
    {
        if (next - comma - 1 is < 1 or > 3) return false;
        for (var k = comma + 1; k < next; k++)
            if (!tokens[k].IsCapitalised) return false;
        var before = comma - 1;
        while (before > start && !tokens[before].Is(',')) before--;
        if (before <= start || before + 1 >= comma) return false;
        if (tokens[before + 1].IsLower && Tables.Prepositions.Contains(tokens[before + 1])) return true;
        // "Mr Johnson, MP for Henley-on-Thames, Oxfordshire, said": a title, a preposition and a place, then the place's county.
        if (!Tables.IsEnglish) return false;
        var p = comma - 1;
        while (p > before + 1 && tokens[p].IsCapitalised) p--;
        return p > before + 1 && p < comma - 1 && tokens[p].IsLower && tokens[p].Key is "for" or "of" or "from" or "in" or "at";
    }

    // "Setelah Lisa Mariana ditetapkan sebagai tersangka, pihaknya memastikan": a name in a clause that a subordinator opens
    // and a comma closes before the verb is not the verb's subject.
    private bool InSubordinateClause(Paragraph paragraph, int sentenceStart, Mention mention, int end)
    {
        var tokens = paragraph.Tokens;
        var comma = mention.End;
        while (comma < end && !tokens[comma].Is(',')) comma++;
        if (comma >= end) return false;
        var open = mention.First - 1;
        while (open >= sentenceStart && !tokens[open].Is(',')) open--;
        var first = open + 1;
        while (first < mention.NameFirst && !tokens[first].IsWord) first++;
        return first < mention.NameFirst && Tables.Subordinators.Contains(tokens[first])
            && !(comma == mention.End && tokens[first].Key is "after" or "before" or "since" or "until" && NounPhraseAfter(tokens, first + 1, mention.First));
    }

    // "After the ruling Carla Ferstman, legal director of Redress, said": in English "after", "before", "since" or "until"
    // before a determiner and lower-case words with no verb among them is a preposition, and the name right after them
    // (set off by a comma) the sentence's subject. Not "When the Xbox launched in the US, Halo was …".
    private bool NounPhraseAfter(TokenList tokens, int from, int to)
    {
        if (!Tables.IsEnglish || from >= to || tokens[from].Key is not ("the" or "a" or "an" or "this" or "its" or "his" or "her" or "their")) return false;
        for (var k = from; k < to; k++)
            if (!tokens[k].IsWord || !tokens[k].IsLower) return false;
        return !HasVerb(tokens, from, to);
    }

    // "Pengamat politik dari Universitas Lampung Robi …": the preposition belongs to the role before it, so the person
    // after it is the subject, not its object.
    private bool DescribedBefore(Paragraph paragraph, Mention?[] covering, int preposition)
    {
        for (var k = preposition - 1; k >= 0 && k >= preposition - 3; k--)
        {
            if (covering[k] is { Kind: MentionKind.Role }) return true;
            // "Ketua Komisi II DPR dari Fraksi Partai Golkar Ahmad Doli …": a title read as its organisation.
            if (covering[k] is { Kind: MentionKind.Organisation } titled && Tables.Roles.Match(paragraph.Tokens, titled.First, titled.End) > 0) return true;
            if (!paragraph.Tokens[k].IsLower) return false;
        }
        return false;
    }

    // "Dengan demikian, Budi …" has a preposition that opens the sentence, not one that governs the name.
    private static bool AtClauseStart(Paragraph paragraph, int k) => paragraph.StartsSentence(k) || k > 0 && paragraph.Tokens[k - 1].Is(',');

    // "Anies Baswedan dan Muhaimin Iskandar (Amin)": short names the article gives a name in brackets (not a title's
    // holder, as in "Pak Menkeu (Purbaya)", nor inside a quotation).
    private HashSet<string> BracketedNames(List<Paragraph> paragraphs)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var paragraph in paragraphs)
        {
            var tokens = paragraph.Tokens;
            foreach (var k in paragraph.Capitalised)
                if (k >= 2 && k + 1 < tokens.Count && !tokens[k].IsAllCaps && tokens[k - 1].Is('(') && tokens[k + 1].Is(')') && !paragraph.InQuote[k]
                    && tokens[k - 2].IsCapitalised && !Tables.AliasWords.Contains(tokens[k - 2]) && Tables.Roles.Match(tokens, k - 2, k - 1) == 0)
                    names.Add(tokens[k].Key);
        }
        return names;
    }

    /// <summary>
    /// Each word of [initials-words] the article writes in lower case right before a word in capitals ("berinisial AR"): its
    /// paragraph and token, in the article's order (found with <see cref="InitialledPeople"/>, for the attributor's rule of
    /// descriptions given to initials).
    /// </summary>
    public List<(Paragraph Paragraph, int At)> InitialsWordsAt { get; } = [];

    // "jurnalis berinisial HM", "inisial S": capital letters (three at most) the article gives as a person's initials, as
    // written; not letters it also gives in brackets after a name they abbreviate ("Amerika Serikat (AS)").
    private HashSet<string> InitialledPeople(List<Paragraph> paragraphs)
    {
        var initials = new HashSet<string>(StringComparer.Ordinal);
        if (Tables.InitialsWords.Count == 0) return initials;
        foreach (var paragraph in paragraphs)
        {
            var tokens = paragraph.Tokens;
            foreach (var k in paragraph.AllCaps)
            {
                var letters = tokens[k].Text.Length <= 3 && !tokens[k].Text.AsSpan().ContainsAnyExceptInRange('A', 'Z');
                if (k >= 1 && tokens[k - 1].IsLower && Tables.InitialsWords.Contains(tokens[k - 1].Key))
                {
                    InitialsWordsAt.Add((paragraph, k - 1));
                    if (letters) initials.Add(tokens[k].Text);
                }
                // "Salah satu tersangka, RS (25), mengaku …", "Tersangka lain, DW, 31 tahun, …": letters with an age after them.
                else if (letters && tokens[k].Text.Length >= 2 && AgeAfter(tokens, k + 1)) initials.Add(tokens[k].Text);
            }
        }
        if (initials.Count == 0) return initials;
        foreach (var paragraph in paragraphs)
        {
            var tokens = paragraph.Tokens;
            foreach (var open in paragraph.Marks)
                if (open >= 1 && open + 2 < tokens.Count && tokens[open].Is('(') && tokens[open + 2].Is(')') && tokens[open - 1].IsCapitalised)
                    initials.Remove(tokens[open + 1].Text);
        }
        return initials;
    }

    private static HashSet<string> StandaloneAcronyms(List<Paragraph> paragraphs)
    {
        var acronyms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var paragraph in paragraphs)
        {
            var tokens = paragraph.Tokens;
            foreach (var k in paragraph.AllCaps)
            {
                var alone = (k == 0 || !tokens[k - 1].IsCapitalised) && (k + 1 >= tokens.Count || !tokens[k + 1].IsCapitalised);
                if (alone || k > 0 && tokens[k - 1].Is('(')) acronyms.Add(tokens[k].Key);
            }
        }
        return acronyms;
    }

    // "says JK, also known as Jason King", "Asep Sulaeman Sabanda alias Sultan Subang": a name and the other name the article
    // gives it right after, with a phrase of the language's [alias-phrases], are one person or organisation.
    private void JoinAliases(List<Mention> mentions)
    {
        for (var m = 0; m + 1 < mentions.Count; m++)
        {
            var (name, alias) = (mentions[m], mentions[m + 1]);
            if (name.Block != alias.Block || name.Kind == MentionKind.Role || alias.Kind == MentionKind.Role || name.Entity is not { } kept
                || alias.Entity is not { } other || kept == other || !ByBlock.TryGetValue(name.Block, out var paragraph)) continue;
            // Initials read as an organisation's ("JK") are the person's the other name is.
            if (name.Kind != alias.Kind)
            {
                if (InitialsOnly(name) && name.Kind == MentionKind.Organisation) (kept, other) = (other, kept);
                else if (!(InitialsOnly(alias) && alias.Kind == MentionKind.Organisation)) continue;
                if (other.Mentions.Any(mention => !InitialsOnly(mention))) continue;
            }
            var tokens = paragraph.Tokens;
            var from = name.End < alias.First && tokens[name.End].Is(',') ? name.End + 1 : name.End;
            // ("known on film sets as Ben Affleck's double": a name with its possessive is someone else's, no other name.)
            if (from >= alias.First || tokens[alias.End - 1].IsPossessive || Tables.AliasPhrases.Match(tokens, from, alias.First) != alias.First - from
                && !(name.Kind == MentionKind.Person && alias.Kind == MentionKind.Person && other.MentionList[0] == alias && KnownAs(tokens, from, alias.First))) continue;
            foreach (var mention in other.Mentions)
            {
                mention.Kind = kept.Kind;
                kept.Add(mention);
            }
            entities.Remove(other);
        }
    }

    // "Iain MacRae, 88, who is known to everyone in the glen as Iain Dubh", "Figueroa is known as Chago", "Vincent Tumminello,
    // 74, whom everyone at the court calls Vinnie Inches": in English the words from `from` (past an age set off by commas) up
    // to the other name at `aliasFirst` say the person is called by it.
    private bool KnownAs(TokenList tokens, int from, int aliasFirst)
    {
        if (!Tables.IsEnglish) return false;
        if (from + 1 < aliasFirst && tokens[from].IsWord && tokens[from].Text.All(char.IsDigit) && tokens[from + 1].Is(',')) from += 2;
        if (from < aliasFirst && tokens[from].Key == "whom")
        {
            for (var j = from + 1; j < aliasFirst && j <= from + 7; j++)
                if (!tokens[j].IsWord) return false;
            return aliasFirst - from >= 3 && aliasFirst - from <= 8 && tokens[aliasFirst - 1].Key is "calls" or "call" or "called" && tokens[aliasFirst - 1].IsLower;
        }
        if (from < aliasFirst && tokens[from].Key == "who") from++;
        // "Norman Fairclough, 77, known to everyone on the seafront as Nobby", "Manansala, known on his route as Mang Oyo": the
        // participle alone, set off by a comma.
        var known = from + 1 < aliasFirst && tokens[from].Key is "is" or "was" && tokens[from + 1].Key == "known" ? from + 2
            : from < aliasFirst && tokens[from].Key == "known" && tokens[from - 1].Is(',') ? from + 1 : -1;
        if (known < 0 || known >= aliasFirst || tokens[aliasFirst - 1].Key != "as") return false;
        for (var j = known; j < aliasFirst; j++)
            if (!tokens[j].IsWord || tokens[j].IsCapitalised) return false;
        return aliasFirst - from <= 9;
    }

    private static bool InitialsOnly(Mention mention) => mention.Name is [{ Length: >= 2 and <= 4 } word] && AllCapitals(word);

    // Whether the article names a person in full by the name's first word and another second word ("Desy Israhyanti" for
    // "Desy Sektor"). A method, not a lambda: a closure over Group's mention would be made for every mention.
    private bool NamedInFullOtherwise(string[] name)
    {
        foreach (var e in entities)
            if (e.Kind == MentionKind.Person && e.Name.Length >= 2 && string.Equals(e.Name[0], name[0], StringComparison.OrdinalIgnoreCase)
                && !string.Equals(e.Name[1], name[1], StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    // Mentions of the same person or organisation become one entity: a name and its short forms, an acronym and its
    // organisation, a nickname and the name it stands for.
    private void Group(List<Mention> mentions)
    {
        HashSet<string>? companyWords = null;
        index = EntityIndex.ForArticle(Tables);
        foreach (var mention in mentions)
        {
            if (mention.Kind == MentionKind.Role || mention.Name.Length == 0) continue;
            // '"…" ungkap Desy Sektor energi berperan …' after "Desy Israhyanti": a page that lost a full stop glued the next
            // sentence's first word, an ordinary one, to the given name of a person the article named in full.
            if (Tables.IsIndonesian && mention is { Kind: MentionKind.Person, Role: null, Name.Length: 2 } && Tables.Common.Contains(LanguageTables.Key(mention.Name[1]))
                && NamedInFullOtherwise(mention.Name))
                mention.Name = [mention.Name[0]];
            var entity = Find(mention);
            if (entity is null)
            {
                // "Aldiracita akan melakukan …" after "President Director PT Aldiracita Sekuritas Indonesia Rudy Utomo": in
                // Indonesian a word alone that the article writes right after "PT" is the company, not a person, unless a
                // title, a gender or a known given name says otherwise.
                if (Tables.IsIndonesian && mention is { Kind: MentionKind.Person, Role: null, Gender: Gender.Unknown, Name.Length: 1 }
                    && (companyWords ??= CompanyWords()).Contains(LanguageTables.Key(mention.Name[0])) && !Tables.IsKnownGivenName(mention.Name[0]))
                {
                    mention.Kind = MentionKind.Organisation;
                    // "Jababeka" after "Jababeka (KIJA) …" and "PT Kawasan Industri Jababeka Tbk": the firm named before.
                    entity = Find(mention);
                }
                if (entity is null)
                {
                    entity = new Entity(mention.Kind) { Number = entities.Count };
                    entities.Add(entity);
                }
            }
            entity.Add(mention);
            index.Add(entity);
        }
        JoinAliases(mentions);
        // "kata Tiko" in an article that names "Tiko Aryawardhana": the article's own person of that given name, not the
        // public figure the nickname table knows by it.
        for (var i = entities.Count - 1; i >= 0; i--)
        {
            var nicknamed = entities[i];
            if (nicknamed.Kind != MentionKind.Person || nicknamed.Name.Length < 2 || !OnlyByNickname(nicknamed)) continue;
            var word = nicknamed.Mentions[0].Surface.Split(' ')[^1];
            var named = ArticlesOwn(nicknamed, word);
            if (named is not null)
                foreach (var mention in nicknamed.Mentions) mention.Name = [word];
            // "kata Tiko" in an article that writes "Wakil Menteri BUMN Kartiko Wirjoatmodjo": the person the article names,
            // spelt as it spells them, when the surname is the same, the given name apart only in its last letter, and no
            // title of the nickname's says otherwise (not "Presiden Jokowi" beside "petani Jono Widodo").
            named ??= SpeltApart(nicknamed);
            if (named is null) continue;
            foreach (var mention in nicknamed.Mentions) named.Add(mention);
            entities.RemoveAt(i);
        }
        // A short name given before the full one ("kata Budi" … "Budi Santoso Wibowo"): the short entity joins the full one.
        for (var i = entities.Count - 1; i >= 0; i--)
        {
            var shorter = entities[i];
            if (shorter.Kind != MentionKind.Person) continue;
            // "Prabowo menegaskan …" and only inside a quotation "… ketegasan Presiden Prabowo Subianto": the full name the
            // article gives is the quoted one, not "Kapolri Listyo Sigit Prabowo", whose last word it only shares.
            if (shorter.Name.Length == 1 && Tables.IsIndonesian && QuotedFullName(shorter.Name[0]) is { } quoted
                && ArticlesOwn(shorter, shorter.Name[0]) is null)
            {
                shorter.NameAs(quoted);
                continue;
            }
            // "kata Trump" and only inside a chant "Donald Trump harus pergi!": a known given name before the word, quoted, is
            // the person's, when no one else in the article has the word in their name.
            if (shorter.Name.Length == 1 && QuotedGivenName(shorter.Name[0]) is { } given && !IsNameWordOfOther(shorter))
            {
                shorter.NameAs([given, shorter.Name[0]]);
                continue;
            }
            Entity? fuller = null;
            foreach (var other in entities)
            {
                if (other == shorter || other.Kind != MentionKind.Person) continue;
                if (other.Name.Length > shorter.Name.Length && Contains(other.Name, shorter.Name)) { fuller = other; break; }
                // "Rully A. Wisnubroto" … "Rully Arya Wisnubroto": the same name with an initial for one of its words.
                if (IsInitialledForm(shorter.Name, other.Name)) { fuller = other; break; }
                // "Agung Budi Waskito (BW)" … "jelas Agung BW": the given name, then the rest's initials in capitals.
                if (IsGivenNameAndInitials(shorter.Name, other.Name)) { fuller = other; break; }
                // "Melki" for Emanuel Melkiades Laka Lena, "Imin" for Muhaimin Iskandar: a short form cut from one word of
                // the name (an initialism such as "AHY" is read as one too).
                // (Not "Muchtar Alwi Lubai (51), penyadap yang akrab disapa Wak Tar" beside "Tarmizi Jamil Parapat": a name the
                // article says someone is called by is theirs, JoinCalledNames finds whose.)
                if (shorter.Name.Length == 1 && other.Name.Length >= 2 && IsCutFrom(shorter.Name[0], other.Name) && !CalledByOther(shorter, other)
                    // Three letters ("Rio" for Rionald) only in Indonesian, and of the same gender.
                    && (shorter.Name[0].Length != 3 || Tables.IsIndonesian && Agrees(other, shorter.Gender))) { fuller = other; break; }
                // "Sandiaga Uno" … "kata Sandi Uno": the same surname after the given name cut short.
                if (shorter.Name.Length >= 2 && other.Name.Length == shorter.Name.Length && shorter.Name[0].Length >= 4 && other.Name[0].Length > shorter.Name[0].Length + 1
                    && other.Name[0].StartsWith(shorter.Name[0], StringComparison.OrdinalIgnoreCase) && Agrees(other, shorter.Gender)
                    && other.Name.AsSpan(1).SequenceEqual(shorter.Name.AsSpan(1), StringComparer.OrdinalIgnoreCase))
                { fuller = other; break; }
                // "Brian Hassell" … "said Hassel" … "Hassall": the surname misspelt by one letter.
                if (shorter.Name.Length == 1 && other.Name.Length >= 2 && IsMisspelling(shorter.Name[0], other.Name[^1]) && Agrees(other, shorter.Gender))
                { fuller = other; break; }
                // Not "Presiden Moderna Stephen Hoge" … "Moderna, perusahaan …": a name that opens with a known given name has its
                // first word, unless the word before is a given name too ("Presiden Heru Budi Hartono" … "kata Heru").
                if (shorter.Name.Length == 1 && WrittenBefore(other, shorter.Name[0]) && !other.Name[0].Equals(shorter.Name[0], StringComparison.OrdinalIgnoreCase)
                    && !(other.Name.Length >= 2 && Tables.IsKnownGivenName(other.Name[0]) && !Tables.IsKnownGivenName(shorter.Name[0])))
                {
                    other.Prepend(shorter.Name[0]);
                    fuller = other;
                    break;
                }
            }
            // "Suahazil Nazara" … "kata Suahasil", "William Sabandar" … "ujar Wiliam": the given name misspelt by one letter,
            // when no one else in the article has it as written.
            // "Okky Prastyo Ajie" … "kata Okky Prasetyo": one word of a shorter name misspelt so.
            if (fuller is null && (shorter.Name.Length > 1 || !IsNameWordOfOther(shorter)))
                foreach (var other in entities)
                    if (other != shorter && other.Kind == MentionKind.Person && other.Name.Length > Math.Max(1, shorter.Name.Length - 1)
                        && ContainsOneMisspelt(other.Name, shorter.Name, Tables.IsIndonesian) && Agrees(other, shorter.Gender)) { fuller = other; break; }
            if (fuller is null) continue;
            foreach (var mention in shorter.Mentions) fuller.Add(mention);
            entities.RemoveAt(i);
        }
        // "kata STY" in an article that names Shin Tae-yong: capitals read as an organisation's acronym are the initials
        // of a person's name of three parts or more.
        for (var i = entities.Count - 1; i >= 0; i--)
        {
            var initials = entities[i];
            if (initials.Kind != MentionKind.Organisation || initials.Name.Length != 1 || initials.Name[0].Length is < 2 or > 4
                || !AllCapitals(initials.Name[0])) continue;
            // "kata Yusuf Mansur … Hanya saja YM, panggilan akrabnya, …": two capitals are the initials of a person's name of
            // two words named before them, when no one else has those initials and no organisation is named with them.
            var person = initials.Name[0].Length == 2 ? PersonOfTwoInitials(initials) : PersonOfInitials(initials.Name[0]);
            if (person is null) continue;
            MergeIntoPerson(i, person);
        }
        // "Miliarder Michael Bloomberg …" then "kata Bloomberg": an outlet's one-word name that is the surname of a person the
        // article names in full is that person.
        for (var i = entities.Count - 1; i >= 0; i--)
        {
            var outlet = entities[i];
            // "Leonardo DiCaprio" … "DiCaprio said": a surname with its particle glued on, alone, read as a brand's name.
            if (outlet.Kind != MentionKind.Organisation || outlet.Name.Length != 1
                || !Tables.Outlets.Contains(outlet.Name[0].ToLowerInvariant()) && !MentionFinder.IsParticleSurname(outlet.Name[0])) continue;
            Entity? person = null;
            foreach (var e in entities)
                if (e.Kind == MentionKind.Person && e.Name.Length >= 2 && e.Name[^1].Equals(outlet.Name[0], StringComparison.Ordinal)) { person = e; break; }
            if (person is null) continue;
            MergeIntoPerson(i, person);
        }
        foreach (var entity in entities)
            if (entity.Kind == MentionKind.Person) TrimToShortForms(entity);
    }

    // "Wakil Menteri BUMN Kartika Wirjoatmodjo yang akrab disapa Tiko", "kata wanita yang akrab disapa Kiki itu": a name
    // after "akrab disapa" ("commonly called") is what the person the article named last is called.
    private void JoinCalledNames(List<Mention> mentions)
    {
        foreach (var paragraph in Paragraphs)
        {
            var tokens = paragraph.Tokens;
            var covering = byToken[paragraph.Block]!;
            foreach (var k in MentionStarts(paragraph))
            {
                // "yang akrab disapa Bang Ucok", "disapa Gung Ayu": after an honorific too, or a name of two words, when the
                // article names them so here first (not "Pria yang akrab disapa Kang Dedi Mulyadi", named in full before).
                if (k < 4 || covering[k] is not { Kind: MentionKind.Person, Entity: { Name.Length: 1 or 2 } called } mention) continue;
                // '"…," kata Oky, panggilan akrabnya, kepada CNBC Indonesia': a one-word name glossed as what the person is
                // called is whom the article named in full last.
                // '"…," kata Gung Mahendra, sapaan akrabnya': two words, of which the last is a word of that person's name.
                // '"…," kata Uda Zul, sapaannya': after a form of address too.
                // '"…," kata Bang Udin, panggilan akrab Zainuddin': the name the gloss gives after it, of someone named before.
                if ((mention.Role is null || Tables.Honorifics.Contains(LanguageTables.Key(mention.Role))) && called.MentionList[0] == mention
                    && mention.End + 2 < tokens.Count && tokens[mention.End].Is(',') && tokens[mention.End + 1].Key is "panggilan" or "sapaan"
                    // '"…," kata Bapa Nus, sapaan Yohanis, kepada Tempo': "akrab" may be left out.
                    && (tokens[mention.End + 2].Key == "akrab" ? mention.End + 3 : mention.End + 2) is var glossAt && glossAt < tokens.Count
                    && covering[glossAt] is { Kind: MentionKind.Person, Entity: { } glossedName } gloss
                    && gloss.First == glossAt && glossedName != called
                    // ("kata Pak Lan, sapaan akrab Sumarlan": one word too, when it holds the name the person is called.)
                    && (glossedName.Name.Length >= 2 || glossedName.Name[0].Length > called.Name[^1].Length && glossedName.Name[0].Contains(called.Name[^1], StringComparison.OrdinalIgnoreCase)) && entities.IndexOf(called) is var g and >= 0)
                {
                    MergeIntoPerson(g, glossedName);
                    continue;
                }
                if ((mention.Role is null || Tables.Honorifics.Contains(LanguageTables.Key(mention.Role))) && called.MentionList[0] == mention && IsNicknameGloss(tokens, mention.End))
                {
                    // ('"…," kata Haji Burhan, sapaan akrabnya' after "H. Burhanuddin Yasin", "Mak Tini" after "Castini": the last word
                    // may be a short form of one of the name's.)
                    if (NamedLast(mentions, mention, paragraph.Block, called) is { } glossed
                        && (called.Name.Length == 1 || HasWord(glossed.Name, called.Name[^1]) || HasShortFormOf(glossed.Name, called.Name[^1]))
                        && entities.IndexOf(called) is var c and >= 0) MergeIntoPerson(c, glossed);
                    continue;
                }
                // "Warga sekitar memanggil Husin dengan sebutan Wak Itam": the person called so, right before "dengan", after a
                // verb of calling.
                if (tokens[k - 1].Key is "sapaan" or "panggilan" or "sebutan" && tokens[k - 2].Key == "dengan"
                    && covering[k - 3] is { Kind: MentionKind.Person, Entity: { } addressee } calledPerson && calledPerson.End == k - 2 && addressee != called
                    && calledPerson.First > 0 && tokens[calledPerson.First - 1].Key is "memanggil" or "menyapa" or "menyebut" or "memanggilnya")
                {
                    if (entities.IndexOf(called) is var a and >= 0) MergeIntoPerson(a, addressee);
                    continue;
                }
                // "yang lebih dikenal dengan sapaan Edo Beruang": the noun for the name after "dengan" as the verb is.
                // "lebih dikenal dengan julukan Tiang Kaganga", "dikenal dengan sebutan Wan Slerek": other nouns for a name too.
                var byNoun = tokens[k - 1].Key is "sapaan" or "panggilan" or "julukan" or "sebutan" && tokens[k - 2].Key == "dengan";
                // "yang lebih dikenal dengan nama gim Sixtine", "dikenal dengan nama panggung Ari Lasso": a name of another kind
                // (a gamer's, a stage or a pen name), or "nama" alone, after "dikenal dengan".
                var nameKind = k >= 5 && tokens[k - 1].Key is "gim" or "game" or "panggung" or "pena" or "samaran" && tokens[k - 2].Key == "nama" ? 1 : 0;
                var byName = !byNoun && k >= 4 + nameKind && tokens[k - 1 - nameKind].Key == "nama" && tokens[k - 2 - nameKind].Key == "dengan"
                    && tokens[k - 3 - nameKind].Key == "dikenal";
                // "yang di kampungnya lebih dikenal sebagai Om Nol": known as.
                var knownAs = tokens[k - 1].Key == "sebagai" && tokens[k - 2].Key == "dikenal";
                if (tokens[k - 1].Key is not ("disapa" or "dipanggil" or "dijuluki") && !byNoun && !byName && !knownAs) continue;
                // "yang akrab disapa Dokter Jo": a one-word title used as a form of address, as an honorific is; only after "disapa"
                // or an adverb ("yang dipanggil Presiden Prabowo ke Istana": "dipanggil" is "summoned" too).
                var addressed = byNoun || byName || knownAs || tokens[k - 1].Key is "disapa" or "dijuluki" || tokens[k - 2].Key is "akrab" or "biasa" or "kerap" or "karib" or "sering";
                if ((mention.Role is not null || called.Name.Length == 2)
                    && (mention.Role is { } title && !Tables.Honorifics.Contains(LanguageTables.Key(title)) && (title.Contains(' ') || !addressed) || called.MentionList[0] != mention)) continue;
                // "Perempuan yang disapa Leni ini": the adverb may be left out; "yang lebih dikenal dengan sapaan": the verb before
                // the noun, and an adverb before it.
                var which = byNoun ? k - 4 + (tokens[k - 3].Key == "dikenal" ? 0 : 1) : byName ? k - 4 - nameKind : knownAs ? k - 3 : k - 2;
                if (which > 0 && tokens[which].Key is "akrab" or "biasa" or "kerap" or "karib" or "sering" or "lebih" or "sehari-hari") which--;
                // "yang oleh warga Legoksari dipanggil Mbah Jo", "yang di kalangan nelayan Muncar dikenal dengan sebutan Wan Slerek":
                // past who calls them so, after "oleh", or where, after "di", right after "yang".
                for (var j = which; j > 1 && j >= which - 5 && tokens[j].IsWord; j--)
                    if (tokens[j].Key is "oleh" or "di" && tokens[j].IsLower && tokens[j - 1].Key == "yang")
                    {
                        which = j - 1;
                        break;
                    }
                which = ClauseOpening(tokens, which);
                // "Mardiana dipanggil Nyai Mar oleh anak-anak", "Mahrup lebih dikenal dengan sapaan Amaq Riski": the person named
                // right before the verb is its subject; after "dipanggil" only with who calls them so after the name ("Budi
                // dipanggil Andi ke ruangannya" is summoned).
                // (Only a name that opens its clause, with no title or word before it: not "Istri Mahrup lebih dikenal dengan
                // sapaan Inaq Riski", "Putra bungsu Sutrisno dipanggil Bagas oleh …", whose owner the name is.)
                if (which >= 0 && tokens[which].Key != "yang" && called.MentionList[0] == mention
                    && covering[which] is { Kind: MentionKind.Person, Role: null, Entity: { } subject } subjectMention && subjectMention.End == which + 1 && subject != called
                    && (subjectMention.First == 0 || !tokens[subjectMention.First - 1].IsWord)
                    && (byNoun || addressed || mention.End < tokens.Count && tokens[mention.End].Key == "oleh")
                    && entities.IndexOf(called) is var nicknamed and >= 0)
                {
                    MergeIntoPerson(nicknamed, subject);
                    continue;
                }
                // "Di kampungnya ia biasa dipanggil Mamiq Riadi": a pronoun, the person named last.
                if (which > 0 && tokens[which].Key is "ia" or "dia" or "beliau" && called.MentionList[0] == mention
                    && NamedLastPerson(mentions, mention, paragraph.Block, called, passApposed: true) is { } meant && entities.IndexOf(called) is var p and >= 0)
                {
                    MergeIntoPerson(p, meant);
                    continue;
                }
                // Who "yang" hangs on: the person's name, or a word for a person ("wanita yang akrab disapa Kiki"); not someone
                // else ("bersama adiknya yang biasa dipanggil Ucok").
                var head = which - 1;
                // "Oei Kiem Liong atau yang akrab disapa Koh Gun": "or" before "yang".
                if (head > 0 && tokens[head].Key == "atau" && tokens[head].IsLower) head--;
                if (head >= 0 && tokens[head].Is(',')) head--;
                // "Sugiyanto (58), yang biasa disapa Mbah Gik": the age in brackets after the name; "Rohayati, 60 tahun, yang akrab
                // disapa Cik Aya": in years, set off by commas.
                head = BeforeAge(tokens, head);
                if (head >= 3 && tokens[head].Key == "tahun" && IsAgeDigits(tokens[head - 1].Text) && tokens[head - 2].Is(',')) head -= 3;
                // "kata ibu tiga anak yang akrab disapa Mama Lia itu": the word for the person before how many children they have.
                if (Tables.IsIndonesian && head >= 2 && ParentCounted(tokens, head - 2) == head + 1) head -= 2;
                // "Pria 52 tahun yang akrab disapa Ozan itu": a word for a person with the age after it.
                var aged = head >= 2 && tokens[head].Key == "tahun" && char.IsAsciiDigit(tokens[head - 1].Text[0]) && Tables.PersonNouns.Contains(tokens[head - 2].Key);
                if (aged) head -= 2;
                var describedName = tokens[which].Key == "yang" ? DescribedAfterName(paragraph, covering, which) : null;
                if (tokens[which].Key != "yang" || head < 0
                    || !(covering[head] is { Kind: MentionKind.Person } headMention && headMention.End == head + 1
                        // "Pemain yang akrab disapa Kiki itu mencetak gol", "kata wanita yang akrab disapa Kiki": a word for a
                        // person that opens its sentence or follows the cue, not an object ("Bojan Hodak memuji pemain yang …").
                        // "tegas dokter yang akrab disapa Dokter Jo itu": or a title.
                        || (Tables.PersonNouns.Contains(tokens[head].Key) || Tables.TradeNouns.Contains(tokens[head].Key)
                                || covering[head] is { Kind: MentionKind.Role } headTitle && headTitle.End == head + 1)
                            && (paragraph.StartsSentence(head)
                            || head > 0 && Tables.CueVerbs.Match(tokens, head - 1, head) == 1 && !tokens[head - 1].Key.StartsWith("me", StringComparison.Ordinal))
                        || DescribedSubject(paragraph, covering, which) || describedName is not null)) continue;
                // The person named right before the clause is whom it hangs on, though their name is one word ("Sugiyanto (58),
                // yang biasa disapa Mbah Gik"); else the one named last.
                var named = covering[head] is { Kind: MentionKind.Person, Entity: { } before } && before != called && covering[head]!.End == head + 1
                    ? before : describedName?.Entity ?? NamedLast(mentions, mention, paragraph.Block, called);
                // (With the age, only the person named before with that age: "Pria 52 tahun yang akrab disapa Ozan" is "Fauzan
                // Hakim (52)", not whoever was named last, "Kapolsek … Budi Santoso" or "istrinya, Sri Wahyuni".)
                // ("Pria 52 tahun yang akrab disapa Ozan itu" after "bengkel milik H. Ahmad Fauzan Baraba", no one given an age: the
                // person named last, when the name called is a short form of one of theirs.)
                // (Not a nickname that is a given name of its own, "Pak Hadi" after "Kepala Desa … Agus Mulyadi", nor for someone
                // with a title.)
                if (aged) named = PersonAged(tokens[head + 1].Text, mention.Position)
                    ?? (NamedLast(mentions, mention, paragraph.Block, called) is { Role: null or "H." or "Hj." } last && HasShortFormOf(last.Name, called.Name[^1], loose: true)
                        && !Tables.IsKnownGivenName(called.Name[^1]) ? last : null);
                // ("kata petambak yang akrab disapa Pak Pii itu": by a trade, only someone the article gave that trade after their
                // name, "H. Moh. Syafi'i, 60 tahun, petambak garam", not whoever was named last.)
                else if (Tables.TradeNouns.Contains(tokens[head].Key) && covering[head] is not { Kind: MentionKind.Person } && describedName is null)
                    named = TradeGivenTo(tokens[head].Key, mention.Position);
                if (named is null || entities.IndexOf(called) is not (var i and >= 0)) continue;
                MergeIntoPerson(i, named);
            }
        }
    }

    // The "yang" a "disapa" clause hangs on, back from `which`: past a few lower-case words of where ("Zulkarnaini, yang di
    // kampungnya akrab disapa Apa Zul"), or past "dan" the words of the relative clause it goes on with ("Ahmad Sobirin
    // Mahfudz, pedagang buah yang sudah 20 tahun berjualan di pasar itu dan akrab disapa Bang Obin"); else `which`.
    private static int ClauseOpening(TokenList tokens, int which)
    {
        var reach = tokens[which].Key == "dan" ? 15 : 3;
        for (var y = which; y > 0 && y >= which - reach && tokens[y].IsWord && (reach == 15 || tokens[y].IsLower); y--)
            if (tokens[y].Key == "yang") return y;
        return which;
    }

    // "adalah Ngatinem (66), penjual gudeg yang akrab disapa Mbok Nem": a person named, their age in brackets after the name,
    // then a description of a few lower-case words set off by a comma up to "yang": the person named.
    private static Mention? DescribedAfterName(Paragraph paragraph, Mention?[] covering, int which)
    {
        var tokens = paragraph.Tokens;
        var j = which - 1;
        while (j > 0 && which - j <= 5 && tokens[j].IsWord && tokens[j].IsLower) j--;
        if (j == which - 1 || j < 1 || !tokens[j].Is(',')) return null;
        var h = BeforeAge(tokens, j - 1);
        return covering[h] is { Kind: MentionKind.Person } named && named.End == h + 1 ? named : null;
    }

    // "Sudarto, 56 tahun, petani sawit di Desa Kualu Nenas, Kabupaten Kampar, yang biasa dipanggil Pak Darto": the person
    // who opens the sentence, described up to "yang" with no one else named, is whom the clause hangs on.
    private static bool DescribedSubject(Paragraph paragraph, Mention?[] covering, int which)
    {
        var tokens = paragraph.Tokens;
        var start = paragraph.SentenceStart(which);
        if (covering[start] is not { Kind: MentionKind.Person } subject || subject.First != start || subject.End >= which) return false;
        // The description is set off by a comma, after an age in brackets if any ("Sumarni (52), pedagang beras …"); not "Andi
        // Saputra (34) sudah tiga tahun berjualan … bersama adiknya yang biasa dipanggil Ucok".
        var comma = subject.End + 3 < which && tokens[subject.End].Is('(') && tokens[subject.End + 2].Is(')') ? subject.End + 3 : subject.End;
        if (!tokens[comma].Is(',') || tokens[which - 1].Key.EndsWith("nya", StringComparison.Ordinal)) return false;
        for (var k = subject.End; k < which; k++)
            if (covering[k] is { Kind: MentionKind.Person } || paragraph.InQuote[k]) return false;
        return true;
    }

    // The person named last with two words or more, in this paragraph or the three before it ("Direktur Jenderal … Azhar Jaya
    // menyesalkan …" … "ujar pria yang akrab disapa Aco"); first, one whose name ends in the name they are called, though it
    // is one word ("Sumarni (52), pedagang beras yang akrab disapa Bu Marni", "Sudarto … yang biasa dipanggil Pak Darto").
    private Entity? NamedLast(List<Mention> mentions, Mention mention, int block, Entity called)
    {
        if (called.Name is [var calledName])
            for (var j = LastBefore(mentions, mention.Position); j >= 0 && mentions[j].Block >= block - 3; j--)
                if (mentions[j] is { Kind: MentionKind.Person, Entity: { } person } && person != called
                    && person.Name.Any(w => w.Length > calledName.Length && w.EndsWith(calledName, StringComparison.OrdinalIgnoreCase))) return person;
        // "Bu Rah" after "Rahmawati (45)", "Mama Lia" after "Kamalia (42)": in Indonesian a one-word name of three letters or more
        // that opens or sits inside the one-word name of a person named before.
        // (Not past a person named in full: "Daniel (41), …" then "Pedagang lain, Siti Nuraini Hasibuan, … kata Ani, sapaan
        // akrabnya" is Siti.)
        if (Tables.IsIndonesian && called.Name is [var calledWord] && calledWord.Length >= 3)
            for (var j = LastBefore(mentions, mention.Position); j >= 0 && mentions[j].Block >= block - 3; j--)
            {
                if (mentions[j] is not { Kind: MentionKind.Person, Entity: { } person } || person == called) continue;
                if (person.Name.Length >= 2) break;
                if (person.Name[0].Length > calledWord.Length && person.Name[0].Contains(calledWord, StringComparison.OrdinalIgnoreCase)) return person;
            }
        // "Daeng Rukka, sapaan akrabnya" after "Andi Rukka Pabbicara, petani kakao di … Polewali Mandar": of two words, the
        // person whose name holds the last, past a place read as a name since.
        if (called.Name is [_, var calledLast])
            for (var j = LastBefore(mentions, mention.Position); j >= 0 && mentions[j].Block >= block - 3; j--)
                if (mentions[j] is { Kind: MentionKind.Person, Entity: { Name.Length: >= 2 } person } && person != called && HasWord(person.Name, calledLast)) return person;
        return NamedLastPerson(mentions, mention, block, called, passApposed: false);
    }

    // The person named last before the mention, of two words or more, or of one where they spoke ("Begitu kata Syamsuddin (63),
    // …" … "Pria yang biasa disapa Daeng Sikki itu"), in its paragraph or the three before; with passApposed, past one set off
    // after a lower-case word for someone else ("Ia tinggal bersama cucunya, Ahmad Rizki, …" … "ia biasa dipanggil …").
    private Entity? NamedLastPerson(List<Mention> mentions, Mention mention, int block, Entity called, bool passApposed)
    {
        for (var j = LastBefore(mentions, mention.Position); j >= 0 && mentions[j].Block >= block - 3; j--)
            if (mentions[j] is { Kind: MentionKind.Person, Entity: { } person } named && person != called
                && (person.Name.Length >= 2 || named is { Speaks: true, Weak: false } || IntroducedWithAge(named))
                && !(passApposed && named.First >= 2 && ByBlock.TryGetValue(named.Block, out var paragraph) && paragraph.Tokens[named.First - 1].Is(',')
                    && paragraph.Tokens[named.First - 2].IsWord && paragraph.Tokens[named.First - 2].IsLower)) return person;
        return null;
    }

    // Whether a person is named in the sentence before token k.
    private static bool PersonInSentenceBefore(Paragraph paragraph, Mention?[] covering, int k)
    {
        for (var j = paragraph.SentenceStart(k); j < k; j++)
            if (covering[j] is { Kind: MentionKind.Person }) return true;
        return false;
    }

    // The person of the gender named last in full before the mention, in its paragraph or the three before.
    private static Entity? NamedLastOfGender(List<Mention> mentions, Mention mention, int block, Gender gender)
    {
        for (var j = LastBefore(mentions, mention.Position); j >= 0 && mentions[j].Block >= block - 3; j--)
            if (mentions[j] is { Kind: MentionKind.Person, Entity: { Name.Length: >= 2 } person } && person.Gender == gender) return person;
        return null;
    }

    // "Juhana (72), warga Desa Sukamukti, sedang bersiap …": a one-word name with an age in brackets right after it, opening its
    // sentence, introduces a person. Not "Anaknya, Dimas (12), ikut membantu": a relative set off after the person meant.
    private bool IntroducedWithAge(Mention mention) =>
        mention.Name.Length == 1 && ByBlock.TryGetValue(mention.Block, out var paragraph) && ArticlePeople.PastAge(paragraph.Tokens, mention.End) > mention.End
        && paragraph.StartsSentence(mention.First);

    // ", panggilan akrabnya,", ", sapaan akrabnya": a gloss that says the name before it is what the person is called (not
    // "CT, sapaan akrab Chairul Tanjung", which gives the full name itself).
    private static bool IsNicknameGloss(TokenList tokens, int end) =>
        end + 2 < tokens.Count && tokens[end].Is(',') && tokens[end + 1].Key is "panggilan" or "sapaan"
        && (tokens[end + 2].Key == "akrabnya" || tokens[end + 2].Key == "akrab" && (end + 3 >= tokens.Count || !tokens[end + 3].IsCapitalised))
        // "kata Uda Zul, sapaannya.": the noun with its "-nya", closing the sentence.
        || end + 1 < tokens.Count && tokens[end].Is(',') && tokens[end + 1].Key is "panggilannya" or "sapaannya" && (end + 2 >= tokens.Count || tokens[end + 2].EndsSentence);

    // The one person of two words, named before them, whose initials the two capitals are ("YM" for Yusuf Mansur), when no
    // organisation of the article has them.
    private Entity? PersonOfTwoInitials(Entity initials)
    {
        var acronym = initials.Name[0];
        if (initials.Aliases.Count > 0 || Tables.OrganisationFullName(acronym.ToLowerInvariant()) is not null) return null;
        Entity? found = null;
        foreach (var e in entities)
        {
            if (e == initials) continue;
            // An organisation of those initials, or one that gives them in brackets: the capitals are its acronym.
            if (e.Kind == MentionKind.Organisation && (e.Aliases.Contains(acronym.ToLowerInvariant()) || IsAcronymOf(acronym, e.Name))) return null;
            if (e.Kind != MentionKind.Person || e.Name.Length != 2 || !IsAcronymOf(acronym, e.Name) || HasCommonWord(e.Name)) continue;
            if (found is not null) return null;
            found = e;
        }
        return found is not null && found.MentionList[0].Position < initials.MentionList[0].Position ? found : null;
    }

    // The first person whose name the capitals are the initials of ("STY" for Shin Tae-yong).
    private Entity? PersonOfInitials(string initials)
    {
        foreach (var e in entities)
            if (e.Kind == MentionKind.Person && e.Name.Length >= 2
                && (e.Name.Length >= 3 && IsAcronymOf(initials, e.Name) || IsInitialismOfParts(initials, e.Name)
                    // "HNW" for "M Hidayat Nur Wahid": initials that leave out the name's opening initial.
                    || e.Name.Length >= 4 && e.Name[0].TrimEnd('.').Length == 1 && IsAcronymOf(initials, e.Name[1..]))
                // Not "FER" for a "Financial Economists Roundtable" taken for a person: a name of ordinary words is an organisation's.
                && !HasCommonWord(e.Name)) return e;
        return null;
    }

    private bool HasCommonWord(string[] name)
    {
        foreach (var word in name)
            if (Tables.Common.Contains(LanguageTables.Key(word))) return true;
        return false;
    }

    // 'Rizky Ramadhan Putra - known to fans simply as "Kiki" - turned in …' then '"…," Kiki said': in English the name in
    // quotes after "known (to someone) as", "nicknamed" or "dubbed", set off right after a person of two words or more, is
    // what that person is called (a product "dubbed" so, a one-word organisation, stays its own).
    private void JoinKnownAsNames(List<Mention> mentions)
    {
        foreach (var paragraph in Paragraphs)
        {
            var tokens = paragraph.Tokens;
            var covering = byToken[paragraph.Block]!;
            // The name the phrase gives is capitalised, one or two tokens after it: only those places are read, each once.
            var read = 0;
            foreach (var capitalised in paragraph.Capitalised)
            for (var k = Math.Max(capitalised - 2, read + 1); k < capitalised && k + 1 < tokens.Count; k++)
            {
                read = k;
                // "Eugene Hartsfield, 81, has worked as an usher … since 1979. Everyone at the ballpark calls him Pops.": a name
                // right after "calls him" or "call her", where the article names it first, is what the man or the woman named last
                // in full is called.
                // Not "Robert Navarro calls him Buddy", "Collins … calls her Sunshine": a person who calls them so is no one's name
                // for them, and the one called is someone else.
                if (tokens[k].Key is "him" or "her" && k > 0 && tokens[k - 1].Key is "calls" or "call" or "called" && tokens[k - 1].IsLower
                    && covering[k + 1] is { Kind: MentionKind.Person, Role: null, Entity: { Name: [_] } called } callMention && callMention.First == k + 1
                    && !PersonInSentenceBefore(paragraph, covering, k - 1)
                    && called.MentionList[0] == callMention
                    && NamedLastOfGender(mentions, callMention, paragraph.Block, tokens[k].Key == "him" ? Gender.Male : Gender.Female) is { } callee
                    && callee != called && entities.IndexOf(called) is var e and >= 0)
                {
                    MergeIntoPerson(e, callee);
                    continue;
                }
                // "nicknamed", "dubbed", "known as", "who goes by".
                // "who performs as Kiki": a stage name.
                if (!(tokens[k].Key is "nicknamed" or "dubbed" || tokens[k].Key == "as" && (KnownBefore(tokens, k) || tokens[k - 1].Key is "performs" or "performing" or "performed")
                    || tokens[k].Key == "by" && tokens[k - 1].Key is "goes" or "go" or "went")) continue;
                // The nickname in quotes ('known as "Bobo"'), or a word alone before a comma, a stop or a bracket ("known as MBS,").
                var quoted = tokens[k + 1].Is('"') || tokens[k + 1].Is('\u201C') || tokens[k + 1].Is('\'') || tokens[k + 1].Is('\u2018');
                var at = quoted ? k + 2 : k + 1;
                if (at + 1 >= tokens.Count || !tokens[at].IsCapitalised || tokens[at + 1].IsWord
                    || !quoted && !(tokens[at + 1].Is(',') || tokens[at + 1].Is('.') || tokens[at + 1].Is(')') || IsDashToken(tokens[at + 1]))) continue;
                var nickname = tokens[at].Text;
                // The person the phrase hangs on: named right before it, set off by a comma or a dash ("Rizky -", "Rizky,"), or
                // the person who opens the sentence, described up to the phrase ("Bernard Kowalski, a retired postal worker from
                // Scranton, Pa., who goes by Bernie").
                var phrase = k;
                var whose = false;
                while (phrase > 0 && tokens[phrase - 1].IsWord && tokens[phrase - 1].IsLower && k - phrase < 5) whose |= tokens[--phrase].Key == "whose";
                // Not "Linda Park, whose son goes by Danny": the clause's subject is someone else.
                if (phrase < 2 || whose || !(tokens[phrase - 1].Is(',') || IsDashToken(tokens[phrase - 1]))) continue;
                var person = covering[phrase - 2] is { Kind: MentionKind.Person, Entity: { Name.Length: >= 2 } named } ? named : DescribedOpener(paragraph, covering, phrase - 1);
                if (person is null) continue;
                for (var i = entities.Count - 1; i >= 0; i--)
                    if (entities[i] != person && entities[i].Name is [var only] && only.Equals(nickname, StringComparison.Ordinal)
                        // "known as MBS": an acronym read as a body's is the person's when it spells their initials.
                        && (entities[i].Kind == MentionKind.Person || tokens[at].IsAllCaps && SpellsInitials(only, person.Name)))
                        MergeIntoPerson(i, person);
            }
        }
    }

    // The person of two words or more who opens the sentence, then a comma and words that name no one else, up to `end`.
    private static Entity? DescribedOpener(Paragraph paragraph, Mention?[] covering, int end)
    {
        var start = paragraph.SentenceStart(end);
        if (covering[start] is not { Kind: MentionKind.Person, Entity: { Name.Length: >= 2 } person } subject || subject.First != start
            || subject.End >= end || !paragraph.Tokens[subject.End].Is(',')) return null;
        for (var k = subject.End; k < end; k++)
            if (covering[k] is { Kind: MentionKind.Person } || paragraph.InQuote[k] || paragraph.Tokens[k].Key == "whose") return null;
        return person;
    }

    // Whether an acronym's letters are the first letters of a name's words ("MBS", Mohammed bin Salman).
    private static bool SpellsInitials(string acronym, string[] name)
    {
        if (acronym.Length != name.Length) return false;
        for (var i = 0; i < name.Length; i++)
            if (char.ToUpperInvariant(name[i][0]) != acronym[i]) return false;
        return true;
    }

    private static bool IsDashToken(Token token) => !token.IsWord && token.Text[0] is '-' or '\u2013' or '\u2014';

    // "known as", "known to fans simply as": "known" at most four words before "as".
    private static bool KnownBefore(TokenList tokens, int asAt)
    {
        for (var j = asAt - 1; j >= 0 && j >= asAt - 5; j--)
        {
            if (!tokens[j].IsWord) return false;
            if (tokens[j].Key == "known") return true;
        }
        return false;
    }

    // The entity at entities[i] was read from a person's name, or is what the person is called: its mentions are the person's.
    private void MergeIntoPerson(int i, Entity person)
    {
        foreach (var mention in entities[i].Mentions)
        {
            mention.Kind = MentionKind.Person;
            person.Add(mention, calledBy: true);
        }
        entities.RemoveAt(i);
    }

    private bool IsNameWordOfOther(Entity entity)
    {
        foreach (var other in entities)
            if (other != entity && other.Kind == MentionKind.Person && HasWord(other.Name, entity.Name[0])) return true;
        return false;
    }

    // Whether the article gives one of the entity's mentions as what someone other than the person is called ("disapa Wak
    // Tar", "dipanggil …", "dengan sapaan …" after another's name).
    private bool CalledByOther(Entity entity, Entity person)
    {
        foreach (var mention in entity.Mentions)
            if (mention.First > 0 && ByBlock.TryGetValue(mention.Block, out var paragraph)
                && paragraph.Tokens[mention.First - 1].Key is "disapa" or "dipanggil" or "sapaan" or "panggilan" or "sebutan"
                && NamedLast(Mentions, mention, mention.Block, entity) is { } named && named != person) return true;
        return false;
    }

    // Whether one of the name's words is the word, compared without case.
    private static bool HasWord(string[] name, string word)
    {
        foreach (var w in name)
            if (w.Equals(word, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    // Whether one of the entity's mentions is a sentence's subject or speaks.
    private static bool Acted(Entity entity)
    {
        foreach (var mention in entity.Mentions)
            if (mention.Subject || mention.Speaks) return true;
        return false;
    }

    // Whether one of the name's words is longer than the short word and opens with it (three letters or more: "Burhan" of
    // "Burhanuddin") or ends with it (four or more: "Tini" of "Castini"); `loose`, or ends with it though it has three letters
    // ("Ozi" of "Fahrurozi") or with its last three ("Ozan" of "Fauzan"); compared without case.
    private static bool HasShortFormOf(string[] name, string shortWord, bool loose = false)
    {
        if (shortWord.Length < 3) return false;
        foreach (var w in name)
            if (w.Length > shortWord.Length && (w.StartsWith(shortWord, StringComparison.OrdinalIgnoreCase)
                || (loose || shortWord.Length >= 4) && w.EndsWith(shortWord, StringComparison.OrdinalIgnoreCase)
                || loose && shortWord.Length >= 4 && w.AsSpan().EndsWith(shortWord.AsSpan(shortWord.Length - 3), StringComparison.OrdinalIgnoreCase)))
                return true;
        return false;
    }

    // The latest person named before `position` with the trade right after their name, in its sentence ("H. Moh. Syafi'i, 60
    // tahun, petambak garam di …"), or null.
    private Entity? TradeGivenTo(string trade, int position)
    {
        Entity? given = null;
        foreach (var mention in Mentions)
        {
            if (mention.Position >= position) break;
            if (mention is not { Kind: MentionKind.Person, Entity: { } person } || !ByBlock.TryGetValue(mention.Block, out var paragraph)) continue;
            var tokens = paragraph.Tokens;
            for (var t = mention.End; t < tokens.Count && t <= mention.End + 6 && !tokens[t].EndsSentence && !paragraph.InQuote[t]; t++)
                if (tokens[t].Key == trade && tokens[t].IsLower) { given = person; break; }
        }
        return given;
    }

    // Named only by a nickname from the tables: no mention prints the surname the table gives.
    private static bool OnlyByNickname(Entity entity)
    {
        foreach (var mention in entity.Mentions)
            if (mention.Surface.Contains(entity.Name[^1], StringComparison.OrdinalIgnoreCase)) return false;
        return true;
    }

    private Entity? ArticlesOwn(Entity nicknamed, string word)
    {
        foreach (var other in entities)
            if (other != nicknamed && other.Kind == MentionKind.Person && other.Name.Length >= 2 && other.Name[0].Equals(word, StringComparison.OrdinalIgnoreCase))
                return other;
        return null;
    }

    private Entity? SpeltApart(Entity nicknamed)
    {
        foreach (var other in entities)
        {
            if (other == nicknamed || other.Kind != MentionKind.Person || other.Name.Length != nicknamed.Name.Length
                || !other.Name[^1].Equals(nicknamed.Name[^1], StringComparison.OrdinalIgnoreCase) || !OneLetterApart(other.Name[0], nicknamed.Name[0])) continue;
            var titled = true;
            foreach (var mention in nicknamed.Mentions)
                if (mention.RoleKey is { } key && !other.Roles.Contains(key)) titled = false;
            if (titled) return other;
        }
        return null;
    }

    // Two words of one length that differ only in their last letter: "Kartika", "Kartiko" (not "Dedi", "Dodi").
    private static bool OneLetterApart(string a, string b) =>
        a.Length == b.Length && a.Length >= 4 && string.Compare(a, 0, b, 0, a.Length - 1, StringComparison.OrdinalIgnoreCase) == 0
        && char.ToLowerInvariant(a[^1]) != char.ToLowerInvariant(b[^1]);

    // Two spellings of one long word that differ by one letter, added, dropped or changed inside the word, or a last
    // letter doubled: "Hassell", "Hassel", "Hassall". Not a last letter changed or added ("Susanto" and "Susanti",
    // "William" and "Williams" are other people), except, in Indonesian, a closing "i" written "y" or back ("Hery Gunardi" …
    // "kata Heri", "Rudy" … "Rudi"; in English Terry and Terri are two people).
    private static bool IsMisspelling(string a, string b, bool indonesian = false)
    {
        if (indonesian && OneLetterApart(a, b) && char.ToLowerInvariant(a[^1]) is 'i' or 'y' && char.ToLowerInvariant(b[^1]) is 'i' or 'y') return true;
        // "Erick Thohir" … "kata Erik": a word of four letters only with a letter left out inside it (not "Dian" for "Diana").
        if (Math.Min(a.Length, b.Length) < 4 || Math.Max(a.Length, b.Length) < 5 || Math.Abs(a.Length - b.Length) > 1
            || char.ToLowerInvariant(a[0]) != char.ToLowerInvariant(b[0]) || a.Equals(b, StringComparison.OrdinalIgnoreCase)) return false;
        var (longer, shorter) = a.Length >= b.Length ? (a, b) : (b, a);
        var i = 0;
        while (i < shorter.Length && char.ToLowerInvariant(longer[i]) == char.ToLowerInvariant(shorter[i])) i++;
        // Of four letters, only a letter doubled or a consonant beside a consonant left out ("Alan", "Erik"; not "Dina" for
        // "Diana", "Rina" for "Riana").
        if (shorter.Length == 4 && (i >= shorter.Length
            || !(char.ToLowerInvariant(longer[i]) == char.ToLowerInvariant(longer[i - 1]) || char.ToLowerInvariant(longer[i]) == char.ToLowerInvariant(longer[i + 1])
                || !IsVowel(longer[i]) && (!IsVowel(longer[i - 1]) || !IsVowel(longer[i + 1]))))) return false;
        if (longer.Length == shorter.Length && i == shorter.Length - 1) return false;
        if (longer.Length > shorter.Length && i == shorter.Length) return char.ToLowerInvariant(longer[i]) == char.ToLowerInvariant(longer[i - 1]);
        // "Monteith" … "Montieth": two letters side by side swapped.
        if (longer.Length == shorter.Length && i + 1 < shorter.Length && char.ToLowerInvariant(longer[i]) == char.ToLowerInvariant(shorter[i + 1])
            && char.ToLowerInvariant(longer[i + 1]) == char.ToLowerInvariant(shorter[i])
            && longer.AsSpan(i + 2).Equals(shorter.AsSpan(i + 2), StringComparison.OrdinalIgnoreCase)) return true;
        // Past the first difference the rest is the same: with the longer word's letter skipped, or both words' letter.
        return longer.AsSpan(i + 1).Equals(shorter.AsSpan(longer.Length > shorter.Length ? i : i + 1), StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsVowel(char c) => "aeiouAEIOU".Contains(c);

    // "Informatika Bambang Dwi Anggono" and later "kata Bambang": a short form names the first word of the person's name,
    // so the words before it belong to the organisation or role. Name prefixes ("Sri", "Tri", "Raden") are kept.
    private void TrimToShortForms(Entity entity)
    {
        var name = entity.Name;
        if (name.Length < 3) return;
        // "Direktur Eksekutif Poltracking Indonesia Hanta Yuda Rasyid" … "Yuda mengatakan": after a title whose organisation
        // closed with a place's name, the whole run is the person's, however the article shortens it.
        var whole = FirstWithNameLength(entity, name.Length);
        if (whole is { Role: { } role } full && full.Name[0] == name[0]
            && role.LastIndexOf(' ') is var space and > 0 && Tables.Places.Contains(LanguageTables.Key(role.Substring(space + 1)))) return;
        // "Kapolri Jenderal Listyo Sigit Prabowo" … "kata Jenderal Sigit", "Prof KH Asrorun Niam Sholeh" … "kata Prof Niam":
        // after a rank or an honorific the name starts; no organisation's words stand between.
        if (whole is { Role: { } ranked } && ranked.LastIndexOf(' ') is var last
            && LanguageTables.Key(ranked.Substring(last + 1)) is var titleWord && (Tables.Ranks.Contains(titleWord) || Tables.Honorifics.Contains(titleWord))
            && !Tables.Common.Contains(LanguageTables.Key(name[0]))
            && !Tables.OrganisationWords.Contains(LanguageTables.Key(name[0]))) return;
        // "PT Phillip Sekuritas Indonesia, Anugerah Zamzami Nasr" … "imbuh Zamzami": a name set off by a comma from the
        // title or organisation before it has no organisation's words in it (not "Seusai ratas, Menpora Zainuddin Amali").
        if (whole is { Role: null or "" } && whole.First > 1 && ByBlock[whole.Block].Tokens is var tokens && tokens[whole.First - 1].Is(',')
            && tokens[whole.First - 2].IsCapitalised && !Tables.OrganisationTails.Contains(LanguageTables.Key(name[0]))) return;
        // "(17/6/2020). Maximilianus Nico Demus, Associate Director …" … "kata Nico": a name that opens its sentence, with no
        // title before it, is the person's from its first word.
        if (whole is { Role: null or "" } && whole.First == whole.NameFirst && ByBlock[whole.Block].StartsSentence(whole.First)
            && !Tables.Honorifics.Contains(LanguageTables.Key(name[0]))) return;
        // "Ximena Salcedo Ugarte" … "Salcedo said": in English a short form is a surname, however many follow it; a first word
        // that is no ordinary word, place or organisation's is the given name.
        if (Tables.IsEnglish && name[0].Length > 1 && char.IsUpper(name[0][0]) && LanguageTables.Key(name[0]) is var first && !Tables.Common.Contains(first)
            && !Tables.Places.Contains(first) && !Tables.OrganisationTails.Contains(first) && !Tables.OrganisationWords.Contains(first)) return;
        // "dr. Anak Agung Ngurah Putra Wirawan" … "kata Agung Wirawan": a name that opens with a two-word opener ([name-openers])
        // is the person's from its first word; the short form starts inside it.
        if (Tables.IsNameOpenerPair(LanguageTables.Key(name[0]), LanguageTables.Key(name[1]))) return;
        for (var i = 1; i <= name.Length - 2; i++)
        {
            // "Teodoro Balisi Jr." … "Balisi said": the surname before an English name's suffix is its short form, which
            // leaves the name whole.
            if (i == name.Length - 2 && MentionFinder.IsNameSuffix(LanguageTables.Key(name[^1]))) return;
            if (AnyNamePrefix(name.AsSpan(0, i))) return;
            // "A Zaki Iskandar", "RZ Panca Putra Simanjuntak": initials before the short form are the name's own.
            if (AllInitials(name.AsSpan(0, i))) return;
            // "Ahmed Zaki Iskandar" and "kata Zaki": a given name before the short form is the name's own ("Elisabeth Novie
            // Riswanti" and "ungkap Novie": an English one in Indonesian news too).
            if (i == 1 && Tables.IsKnownGivenName(name[0])) return;
            var word = name[i];
            // A short form, not the name as first found before a word was put in front of it.
            if (IsShortFormAt(entity, name.Length, i, word))
            {
                entity.TrimName(i);
                return;
            }
        }
    }

    private static Mention? FirstWithNameLength(Entity entity, int length)
    {
        foreach (var mention in entity.Mentions)
            if (mention.Name.Length == length) return mention;
        return null;
    }

    // A name's prefix among the words, or the words open a name ("Wa Ode", "Anak Agung": [name-openers]).
    private bool AnyNamePrefix(ReadOnlySpan<string> words)
    {
        foreach (var w in words)
            if (Tables.NamePrefixes.Contains(w.ToLowerInvariant())) return true;
        return words.Length >= 2 && Tables.NameOpeners.Contains(words[0].ToLowerInvariant() + " " + words[1].ToLowerInvariant())
            || words.Length >= 1 && Tables.NameOpeners.Contains(words[0].ToLowerInvariant()) && words[0].Length > 1;
    }

    private static bool AllInitials(ReadOnlySpan<string> words)
    {
        foreach (var w in words)
            if (!(w.TrimEnd('.').Length == 1 || w.Length == 2 && AllCapitals(w))) return false;
        return true;
    }

    // "Kementerian Keuangan" at the end of "Direktorat Jenderal Pengelolaan Pembiayaan dan Risiko Kementerian Keuangan": an
    // organisation named at the tail of a unit's name, both opening with an organisation's head, is the unit's parent, not
    // a short form of it (not "Bank Mandiri" in "PT Bank Mandiri": a company's form is no unit).
    private bool IsParentAtTail(string[] longer, string[] shorter)
    {
        if (shorter.Length < 2 || longer.Length <= shorter.Length || longer[0].TrimEnd('.') is "PT" or "CV") return false;
        for (var i = 1; i <= shorter.Length; i++)
            if (!string.Equals(longer[^i], shorter[^i], StringComparison.OrdinalIgnoreCase)) return false;
        return Tables.OrganisationHeads.Contains(LanguageTables.Key(shorter[0])) && Tables.OrganisationHeads.Contains(LanguageTables.Key(longer[0]));
    }

    // "The National Hanseong Semiconductor Union" and "Hanseong Semiconductor", "Independent Manchester United Supporters'
    // Association" and "Manchester United": a union, an association or a federation named for a body is another body, its
    // members' (not "Labour" and "Labour Party"; not a trust or a foundation, often the body's own name: "University Hospitals
    // Birmingham NHS Foundation Trust"). Only English names close on these words ("Garuda Bersatu" is the short name of the
    // union "Serikat Bersama Garuda Bersatu").
    private static bool IsMembersBody(string[] longer, string[] shorter) =>
        longer.Length > shorter.Length && !string.Equals(longer[^1], shorter[^1], StringComparison.OrdinalIgnoreCase)
        && LanguageTables.Key(longer[^1]) is "union" or "association" or "federation";

    // "General Motors" and "General Motors Acceptance Corp (GMAC)": a longer name with an acronym of its own, which the
    // shorter name's initials only open, is another organisation (not "Bank Indonesia" and "Bank Indonesia (BI)").
    private static bool IsOwnAcronymed(string[] longer, IReadOnlySet<string> acronyms, string[] shorter)
    {
        if (shorter.Length < 2 || longer.Length <= shorter.Length || acronyms.Count == 0) return false;
        foreach (var acronym in acronyms)
            if (IsOwnAcronymed(longer, acronym, shorter)) return true;
        return false;
    }

    private static bool IsOwnAcronymed(string[] longer, string acronym, string[] shorter)
    {
        if (shorter.Length < 2 || longer.Length <= shorter.Length || acronym.Length <= shorter.Length || !IsAcronymOf(acronym.ToUpperInvariant(), longer)) return false;
        for (var i = 0; i < shorter.Length; i++)
            if (shorter[i].Length == 0 || char.ToLowerInvariant(shorter[i][0]) != char.ToLowerInvariant(acronym[i])) return false;
        return true;
    }

    // "Fitch Ratings" and "PT Fitch Ratings Indonesia": a firm and its branch in a country, named by the firm's name and the
    // place, are two organisations (not "Kementerian Keuangan" and "Kementerian Keuangan Ghana": a ministry is the country's).
    private bool IsCountryBranch(string[] longer, string[] shorter)
    {
        if (shorter.Length < 2 || Tables.OrganisationHeads.Contains(LanguageTables.Key(shorter[0]))) return false;
        var first = longer.Length > 2 && longer[0].TrimEnd('.') is "PT" ? 1 : 0;
        if (longer.Length - first != shorter.Length + 1 || !Tables.Places.Contains(LanguageTables.Key(longer[^1]))) return false;
        for (var i = 0; i < shorter.Length; i++)
            if (!string.Equals(longer[first + i], shorter[i], StringComparison.OrdinalIgnoreCase)) return false;
        return true;
    }

    // A mention of the entity that opens with the word at i of its name of the given length, in a shorter name.
    private static bool IsShortFormAt(Entity entity, int length, int i, string word)
    {
        foreach (var m in entity.Mentions)
            if (m.Name.Length < length && m.Name.Length > 0 && string.Equals(m.Name[0], word, StringComparison.OrdinalIgnoreCase)
                && m.Name.Length < length - i + (m.Name.Length == 1 ? 1 : 0)) return true;
        return false;
    }

    // The entities made so far, by the words and letters Find compares (while grouping).
    private EntityIndex? index;

    // Whether a person of two words or more named in the article has the word as their name's first.
    private bool OpensPersonsName(string word)
    {
        foreach (var entity in entities)
            if (entity.Kind == MentionKind.Person && entity.Name.Length >= 2 && string.Equals(entity.Name[0], word, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    // The gender a person's mentions show, or their given name's in the tables.
    private Gender GenderShown(Entity entity) =>
        entity.Gender != Gender.Unknown ? entity.Gender
        : entity.Kind == MentionKind.Person && entity.Name.Length >= 2 && Tables.TryGivenName(entity.Name[0], out var gender) ? gender : Gender.Unknown;

    private Entity? Find(Mention mention)
    {
        Entity? best = null;
        var bestAt = -1;
        // The name folded, and the full name it is a well-known short form of: made once for all the entities, and only
        // when a test asks (most entities have no aliases, and a person's mention meets few organisations).
        string? key = null;
        string[]? fullName = null;
        var fullNameLooked = false;
        string Key() => key ??= mention.NameText.ToLowerInvariant();
        string? firstKey = null;
        string FirstKey() => firstKey ??= mention.Name[0].ToLowerInvariant();
        string[]? FullName()
        {
            if (!fullNameLooked) (fullName, fullNameLooked) = (Tables.OrganisationFullName(Key()), true);
            return fullName;
        }
        var acronymKey = mention.Bracketed?.ToLowerInvariant();
        string? titleAndName = null;
        string TitleAndName() => titleAndName ??= mention.RoleKey + " " + mention.Name[0];
        (bool Made, string? Value) beforeAndName = default;
        string? BeforeAndName()
        {
            if (!beforeAndName.Made) beforeAndName = (true, WordBeforeName(mention) is { } before ? before + " " + Key() : null);
            return beforeAndName.Value;
        }
        bool? describedBefore = null;
        bool Described() => describedBefore ??= DescribedBefore(mention);
        Entity? formed = null;
        var formedAt = -1;
        (Entity? Entity, int At) gendered = (null, -1);
        foreach (var entity in entities.Count < EntityIndex.Threshold ? entities : index!.Candidates(mention, entities, FullName()))
        {
            bool same;
            if (mention.Kind == MentionKind.Person && entity.Kind == MentionKind.Person)
                same = (Contains(entity.Name, mention.Name) && !QuotedAsAnother(entity, mention) || Contains(mention.Name, entity.Name) || entity.Aliases.Count > 0 && entity.Aliases.Contains(Key())
                        // "Big Lee, as everyone calls him, said" after 'Lionel "Big Lee" Satterwhite': the word opening the sentence
                        // before the name is the alias's first.
                        || entity.Aliases.Count > 0 && BeforeAndName() is { } openedName && entity.Aliases.Contains(openedName)
                        // (Not a short form introduced with a title or a description of its own: "Sopir angkot Yanto mengaku" after
                        // "Haryanto".)
                        || Tables.IsIndonesian && mention.Role is null && !Described()
                            && (IsTailOfSingleName(mention.Name, entity.Name) || IsTailOfSingleName(entity.Name, mention.Name) && entity.Role is null)
                        // "kata Kabid Binpres" after "Kepala Bidang Pembinaan dan Prestasi (Kabid Binpres) PP PBSI Rudy Hartanto
                        // Gunawan": a title and a word read as a name that the person's title holds.
                        || mention.Name.Length == 1 && mention.RoleKey is not null && HoldsTitle(entity, TitleAndName()))
                    // "Ms. Perez said" after "Anna Perez" and "her son, Luis Perez": not a person of the other gender.
                    && !(mention.Gender is Gender.Male or Gender.Female && entity.Gender is Gender.Male or Gender.Female && mention.Gender != entity.Gender);
            else if (mention.Kind == MentionKind.Organisation && entity.Kind == MentionKind.Organisation)
                same = string.Equals(entity.Canonical, mention.NameText, StringComparison.OrdinalIgnoreCase) || entity.Aliases.Count > 0 && entity.Aliases.Contains(Key())
                    || acronymKey is not null && (entity.Aliases.Contains(acronymKey) || string.Equals(entity.Canonical, mention.Bracketed, StringComparison.OrdinalIgnoreCase))
                    || IsAcronymOf(mention.NameText, entity.Name) || IsAcronymOf(entity.Canonical, mention.Name)
                    || IsSpacedAcronymOf(mention.Name, entity.Name) || IsSpacedAcronymOf(entity.Name, mention.Name)
                    || Contains(entity.Name, mention.Name) && !IsParentAtTail(entity.Name, mention.Name) && !IsCountryBranch(entity.Name, mention.Name)
                        && !IsOwnAcronymed(entity.Name, entity.Aliases, mention.Name) && !IsMembersBody(entity.Name, mention.Name)
                    || Contains(mention.Name, entity.Name) && !IsParentAtTail(mention.Name, entity.Name) && !IsCountryBranch(mention.Name, entity.Name)
                        && !(mention.Bracketed is { } own && IsOwnAcronymed(mention.Name, own, entity.Name)) && !IsMembersBody(mention.Name, entity.Name)
                    || IsShortFormOf(FullName(), entity.Name) || IsShortFormOf(entity.FullNameWords(Tables), mention.Name)
                    // "DJPPR Kementerian Keuangan RI" after "Direktorat Jenderal … dan Risiko (DJPPR) Kementerian Keuangan": the
                    // short form the article gave in brackets, then the body it belongs to.
                    || mention.Name.Length >= 2 && entity.Aliases.Count > 0 && entity.Aliases.Contains(FirstKey())
                        && Tables.OrganisationHeads.Contains(LanguageTables.Key(mention.Name[1]))
                    // "Kementerian PKP" after "Kementerian Perumahan dan Kawasan Permukiman (PKP)": the head, then the short form the
                    // article gave for the rest.
                    || mention.Name.Length == 2 && entity.Aliases.Count > 0 && entity.Name.Length > 2 && string.Equals(entity.Name[0], mention.Name[0], StringComparison.OrdinalIgnoreCase)
                        && Tables.OrganisationHeads.Contains(FirstKey()) && entity.Aliases.Contains(mention.Name[1].ToLowerInvariant())
                    || Tables.IsIndonesian && (IsHeadShortForm(mention.Name, entity.Name, entity.Aliases, null) || IsHeadShortForm(entity.Name, mention.Name, null, mention.Bracketed))
                    || Tables.IsIndonesian && (mention.Name.Length == 1 && IsSyllableShortForm(mention.Name[0], entity.Name)
                        || entity.Name.Length == 1 && IsSyllableShortForm(entity.Name[0], mention.Name));
            // "kata BI": an acronym alone, given in brackets after a person's organisation, is still the organisation.
            // "Syailendra" after "Syailendra Capital": a firm's name without its tail.
            else if (mention.Kind == MentionKind.Person && entity.Kind == MentionKind.Organisation)
                // "kata The Fed" after "Federal Reserve": a well-known short form, of any length.
                same = (mention.Name.Length == 1 || FullName() is not null) && (entity.Aliases.Count > 0 && entity.Aliases.Contains(Key()) || !mention.Weak && IsShortFormOf(FullName(), entity.Name)
                    // "Moody's" after "Moody's Investors Service", "Garuda" after "PT Garuda Indonesia Tbk": a firm's first word
                    // (after "PT"), when a company's closing word ends its name; not "Mr Ford" after "Ford Motor Company" (a title
                    // or an honorific makes a person). "Tridomain" after "PT Tridomain Performance Materials Tbk": a longer name's
                    // first word too, after the company's head, when it is no given name or ordinary word.
                    || FirmWord(entity.Name) is var w && (entity.Name.Length - w == 2 || entity.Name.Length - w >= 3 && mention.Role is null && mention.Gender == Gender.Unknown
                            && (entity.Name.Length - w == 3 || w == 1 && !Tables.IsKnownGivenName(mention.Name[0]) && !Tables.Common.Contains(LanguageTables.Key(mention.Name[0]))))
                        && string.Equals(entity.Name[w], mention.Name[0], StringComparison.OrdinalIgnoreCase)
                        && Tables.OrganisationTails.Contains(LanguageTables.Key(entity.Name[^1])))
                    // "Goldman menyebutkan" after "Goldman Sachs": the first word alone of a firm's name of [firms], when it is no
                    // given name or ordinary word (not "Morgan" after "Morgan Stanley").
                    // (The firm's table last: looking a name up there lower-cases its words.)
                    // "tulis analis Goldman": with a title of someone at the firm too.
                    || mention.Name.Length == 1 && (mention.Role is null || IsLowerTitle(mention)) && entity.Name.Length >= 2
                        && string.Equals(entity.Name[0], mention.Name[0], StringComparison.OrdinalIgnoreCase)
                        && !Tables.IsKnownGivenName(mention.Name[0]) && !Tables.Common.Contains(LanguageTables.Key(mention.Name[0]))
                        && Tables.Firms.ContainsPhrase(entity.Name)
                    // "Marsh agreed to pay" after "Marsh & McLennan": a firm's first word alone, when an ampersand joins it to the
                    // rest of the name and it is no given name.
                    || mention.Name.Length == 1 && mention.Role is null && mention.Gender == Gender.Unknown && entity.Name.Length >= 3 && entity.Name[1] == "&"
                        && string.Equals(entity.Name[0], mention.Name[0], StringComparison.OrdinalIgnoreCase) && !Tables.IsKnownGivenName(mention.Name[0])
                        && !Tables.Common.Contains(LanguageTables.Key(mention.Name[0]))
                    // "Mekong Pacific, a budget carrier …, said" after "a Mekong Pacific Airlines jet": in English the name without
                    // its closing organisation's word.
                    || Tables.IsEnglish && mention.Name.Length >= 2 && mention.Role is null && mention.Gender == Gender.Unknown
                        && entity.Name.Length == mention.Name.Length + 1 && Contains(entity.Name, mention.Name) && string.Equals(entity.Name[0], mention.Name[0], StringComparison.OrdinalIgnoreCase)
                        && Tables.OrganisationTails.Contains(LanguageTables.Key(entity.Name[^1]))
                    // "Kessler said" after "Kessler Lithografie (KSLR.AS)": in English an organisation's two-word name's first word
                    // alone, when it is no given name or ordinary word (not "Obama" after "the Obama administration"); "Stratacore
                    // said" after "cloud provider Stratacore", its one-word name.
                    || Tables.IsEnglish && mention.Name.Length == 1 && mention.Role is null && mention.Gender == Gender.Unknown
                        && (entity.Name.Length == 2 && char.IsUpper(entity.Name[1][0]) || entity.Name.Length == 1) && string.Equals(entity.Name[0], mention.Name[0], StringComparison.OrdinalIgnoreCase)
                        && !Tables.IsKnownGivenName(mention.Name[0]) && !Tables.Common.Contains(LanguageTables.Key(mention.Name[0]))
                    // "United's statement said" after "Manchester United": in English a two-word name's closing word for an
                    // organisation, alone.
                    || Tables.IsEnglish && mention.Name.Length == 1 && mention.Role is null && entity.Name.Length == 2
                        && string.Equals(entity.Name[1], mention.Name[0], StringComparison.OrdinalIgnoreCase) && Tables.OrganisationTails.Contains(LanguageTables.Key(entity.Name[1]))
                    // "tulis Ombudsman" after "Ombudsman Republik Indonesia Perwakilan Jawa Tengah menilai …", "tulis Parisada" after
                    // "Parisada Hindu Dharma Indonesia Provinsi Bali": in Indonesian a body of three words or more by its first
                    // word alone, when it is no given name, ordinary word or organisation's head ("Badan", "Bank").
                    || Tables.IsIndonesian && mention.Name.Length == 1 && mention.Role is null && entity.Name.Length >= 3
                        && string.Equals(entity.Name[0], mention.Name[0], StringComparison.OrdinalIgnoreCase) && !Tables.IsKnownGivenName(mention.Name[0])
                        && !Tables.Common.Contains(LanguageTables.Key(mention.Name[0])) && !Tables.OrganisationHeads.Contains(LanguageTables.Key(mention.Name[0]))
                        // (Not "Josua" after "Josua Pardede" and a headline glued to his name.)
                        && !OpensPersonsName(mention.Name[0])
                    // "manajemen Bumi Resources" after "PT Bumi Resources Tbk": a company's name without its head and tail.
                    || mention.Name.Length >= 2 && mention.Role is null && mention.Gender == Gender.Unknown && entity.Name.Length > mention.Name.Length
                        && Contains(entity.Name, mention.Name) && (IsCompany(entity.Name) || FirmWord(entity.Name) == 1
                            // "tulis Mirae Asset" after "Mirae Asset Sekuritas": in Indonesian the name without the company's closing
                            // word, when it opens with no given name (not "Saiful Mujani" after "Saiful Mujani Research and
                            // Consulting", the founder).
                            // (Contained and one word shorter, the mention is the name without its last word when it ends in the
                            // name's last word but one.)
                            || Tables.IsIndonesian && entity.Name.Length == mention.Name.Length + 1 && string.Equals(entity.Name[^2], mention.Name[^1], StringComparison.OrdinalIgnoreCase)
                                && Tables.OrganisationTails.Contains(LanguageTables.Key(entity.Name[^1])) && !Tables.IsKnownGivenName(mention.Name[0]))
                    // "ungkap Sinar Mas Multifinance" after "PT Sinar Mas Multifinance": the same with a word in it that is also an
                    // honorific ("Mas"), read as a title of a one-word name.
                    || mention.Role is { } honorific && IsCompany(entity.Name) && IsCapitalisedWords(honorific)
                        && mention.Surface.Split(' ') is { Length: >= 2 } words && entity.Name.Length > words.Length && Contains(entity.Name, words);
            else same = false;
            if (!same) continue;
            var at = entity.LastBefore(mention.Position);
            if (at > bestAt) (best, bestAt) = (entity, at);
            if (at > formedAt && CalledSoBefore(entity, mention)) (formed, formedAt) = (entity, at);
            if (at > gendered.At && mention.Gender is Gender.Male or Gender.Female && GenderShown(entity) == mention.Gender) gendered = (entity, at);
        }
        // "Mr Holtby said" after "Derek and Maureen Holtby": in English an honorific's gender picks the one of that gender
        // (by an honorific before, or a given name of the tables) over one whose gender neither shows, named since.
        if (Tables.IsEnglish && gendered.Entity is not null && best is not null && best != gendered.Entity && GenderShown(best) == Gender.Unknown) best = gendered.Entity;
        // "Mr Pettifer said" after "Graham Pettifer … Mr Pettifer said" and "Jamie Pettifer, the couple's son": in English an
        // honorific and a surname are whom the article called so before, over a namesake named since.
        if (formed is not null) best = formed;
        // "Kanemitsu said" after "Masahiro Kanemitsu, president of … Kanemitsu Rice Trading": a word alone that is both the
        // surname of a person named in full and a firm's first word is the person, when the firm has done nothing in the
        // article (not "Ford said" after "Ford Motor Co. said on Tuesday it would recall …").
        if (mention is { Kind: MentionKind.Person, Name.Length: 1, Role: null } && best is { Kind: MentionKind.Organisation } && !Acted(best))
            foreach (var entity in entities)
                if (entity is { Kind: MentionKind.Person, Name.Length: >= 2 } && string.Equals(entity.Name[^1], mention.Name[0], StringComparison.Ordinal)
                    && entity.LastBefore(mention.Position) >= 0)
                {
                    best = entity;
                    break;
                }
        // "kata Fitch" in an article that names "Fitch Ratings" and "PT Fitch Ratings Indonesia": the firm, not its branch.
        if (best is { Kind: MentionKind.Organisation } && best.Name.Length > mention.Name.Length)
            foreach (var entity in entities)
                if (entity != best && Contains(entity.Name, mention.Name) && IsCountryBranch(best.Name, entity.Name))
                {
                    best = entity;
                    break;
                }
        if (best is not null && best.Kind == MentionKind.Organisation && mention.Kind == MentionKind.Person) mention.Kind = MentionKind.Organisation;
        return best;
    }

    /// <summary>A word for a relative: "daughter", "brother", "wife".</summary>
    internal static bool IsKinNoun(string key) => key is "daughter" or "son" or "brother" or "sister" or "wife" or "husband" or "mother" or "father"
        or "grandson" or "granddaughter" or "grandmother" or "grandfather" or "nephew" or "niece" or "uncle" or "aunt" or "cousin" or "stepson" or "stepdaughter";

    /// <summary>
    /// The person the article introduced, before <paramref name="position"/>, set off after an owner's pronoun and the word for
    /// a relative ("Her brother, Dominic Baldacchino, 43, …"): the latest so, or null.
    /// </summary>
    public Entity? IntroducedAsKin(string owner, string kin, int position)
    {
        Entity? found = null;
        foreach (var paragraph in Paragraphs)
        {
            if (paragraph.Offset >= position) break;
            var tokens = paragraph.Tokens;
            var covering = byToken[paragraph.Block]!;
            foreach (var k in paragraph.Marks)
                if (k >= 2 && k + 1 < tokens.Count && tokens[k].Is(',') && tokens[k - 1].Key == kin && tokens[k - 2].Key == owner
                    && covering[k + 1] is { Kind: MentionKind.Person, Entity: { } person } named && named.First == k + 1 && named.Position < position)
                    found = person;
        }
        return found;
    }

    // Whether the entity has a mention before this one with the same honorific and surname ("Mr Pettifer"), or the surname
    // alone ("Macías said" after "Segundo Macías Zambrano … Macías"), in English.
    private bool CalledSoBefore(Entity entity, Mention mention)
    {
        if (!Tables.IsEnglish || mention is not { Kind: MentionKind.Person, Name.Length: 1, Role: var honorific } || honorific is not null && !IsPersonalHonorific(honorific)) return false;
        foreach (var earlier in entity.Mentions)
            if (earlier.Position < mention.Position && earlier.Name.Length == 1 && string.Equals(earlier.Role, honorific, StringComparison.OrdinalIgnoreCase)
                && string.Equals(earlier.Name[0], mention.Name[0], StringComparison.OrdinalIgnoreCase)) return true;
        return false;

        static bool IsPersonalHonorific(string word) => word.TrimEnd('.').ToLowerInvariant() is "mr" or "mrs" or "ms" or "miss";
    }

    // The words the article writes right after "PT", folded: the first word of a company's own name. Not one it also writes
    // after a known given name, a surname the company is named for ("Aburizal Bakrie" beside "PT Bakrie & Brothers").
    private HashSet<string> CompanyWords()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var paragraph in Paragraphs)
        {
            var tokens = paragraph.Tokens;
            foreach (var k in paragraph.Capitalised)
                if (k + 1 < tokens.Count && tokens[k].Text == "PT" && tokens[k + 1].IsCapitalised && tokens[k + 1].IsWord)
                {
                    words.Add(tokens[k + 1].Key);
                    // "PT Kawasan Industri Jababeka Tbk": the word before "Tbk", after words of its own, is the firm's short name.
                    var end = k + 2;
                    while (end < tokens.Count && end - k <= 6 && tokens[end].IsCapitalised && tokens[end].IsWord && tokens[end].Text != "Tbk") end++;
                    // Not a place, an ordinary word or a given name ("PT Telkom Indonesia Tbk", "PT Astra Agro Lestari Tbk").
                    if (end < tokens.Count && end > k + 2 && tokens[end].Text == "Tbk" && tokens[end - 1].Key is var last
                        && !Tables.Places.Contains(last) && !Tables.Common.Contains(last) && !Tables.OrganisationWords.Contains(last)
                        && !Tables.IsGivenName(tokens[end - 1].Text))
                        words.Add(last);
                }
        }
        if (words.Count > 0)
            foreach (var paragraph in Paragraphs)
            {
                var tokens = paragraph.Tokens;
                foreach (var k in paragraph.Capitalised)
                    if (k >= 1 && tokens[k - 1].IsCapitalised && tokens[k - 1].IsWord && words.Contains(tokens[k].Key)
                        && Tables.IsKnownGivenName(tokens[k - 1].Text)) words.Remove(tokens[k].Key);
            }
        return words;
    }

    private static bool IsCapitalisedWords(string words)
    {
        for (var i = 0; i < words.Length; i++)
            if ((i == 0 || words[i - 1] == ' ') && !char.IsUpper(words[i])) return false;
        return words.Length > 0;
    }

    // Where a firm's own name starts: after "PT" ("PT Garuda Indonesia Tbk"), else at its first word.
    private int FirmWord(string[] name) => name.Length > 2 && name[0].Length <= 3 && Tables.OrganisationHeads.Contains(LanguageTables.Key(name[0])) ? 1 : 0;

    // Names of two to four words that a title or an honorific opens inside quotations ("Presiden Prabowo Subianto", "Pak
    // Budi Santoso"): the article's own fuller form of a name it uses alone outside them.
    private List<string[]> QuotedNames()
    {
        var names = new List<string[]>();
        foreach (var paragraph in Paragraphs)
        {
            var tokens = paragraph.Tokens;
            var next = 0; // past the name read last
            foreach (var k in paragraph.Capitalised)
            {
                if (k < next || !paragraph.InQuote[k]) continue;
                var title = Math.Max(Tables.Honorifics.Match(tokens, k, tokens.Count), Tables.Roles.Match(tokens, k, tokens.Count));
                if (title == 0) continue;
                var end = k + title;
                while (end < tokens.Count && end - k - title < 4 && paragraph.InQuote[end] && tokens[end].IsWord && tokens[end].IsCapitalised && !tokens[end].IsAllCaps
                    && !Tables.Common.Contains(tokens[end].Key) && !Tables.OrganisationWords.Contains(tokens[end].Key) && !Tables.Places.Contains(tokens[end].Key)
                    && Tables.Roles.Match(tokens, end, end + 1) == 0) end++;
                if (end - k - title >= 2)
                {
                    var name = new string[end - k - title];
                    for (var i = 0; i < name.Length; i++) name[i] = tokens[k + title + i].Text;
                    names.Add(name);
                }
                next = end;
            }
        }
        return names;
    }

    // "Prabowo" after "Kapolri Listyo Sigit Prabowo", in an article that quotes someone on "Presiden Prabowo Subianto": a
    // word alone that is not the name's first is the person the quotation names in full by it.
    private bool QuotedAsAnother(Entity entity, Mention mention) =>
        Tables.IsIndonesian && mention.Name.Length == 1 && entity.Name.Length >= 2 && !entity.Name[0].Equals(mention.Name[0], StringComparison.OrdinalIgnoreCase)
        && QuotedFullName(mention.Name[0]) is { } quoted && !Contains(entity.Name, quoted);

    private string[]? QuotedFullName(string word) =>
        (quotedNames ??= QuotedNames()).Find(name => name[0].Equals(word, StringComparison.OrdinalIgnoreCase));

    private List<string[]>? quotedNames;

    // The known given name written right before the word inside a quotation ("Donald" in "… Donald Trump harus pergi!"),
    // or null.
    private string? QuotedGivenName(string word)
    {
        if (!quotedGivenNamesRead)
        {
            // One walk over the quotations for the article, the first given name kept for each word after one (the
            // dictionary made only when there is one).
            quotedGivenNamesRead = true;
            var other = LanguageTables.For(Tables.IsEnglish ? "id" : "en");
            foreach (var paragraph in Paragraphs)
            {
                var tokens = paragraph.Tokens;
                foreach (var k in paragraph.Capitalised)
                    if (k >= 1 && paragraph.InQuote[k] && paragraph.InQuote[k - 1] && tokens[k - 1].IsCapitalised
                        && (Tables.IsGivenName(tokens[k - 1].Text) || other.IsGivenName(tokens[k - 1].Text)) && !Tables.Common.Contains(tokens[k - 1].Key))
                        // "Robin Butler's comments": the possessive's owner is the word.
                        (quotedGivenNames ??= new(StringComparer.OrdinalIgnoreCase)).TryAdd(
                            tokens[k].IsPossessive ? tokens[k].Text[..^2] : tokens[k].Text, tokens[k - 1].Text);
            }
        }
        return quotedGivenNames?.GetValueOrDefault(word);
    }

    private bool quotedGivenNamesRead;
    private Dictionary<string, string>? quotedGivenNames;

    // Whether the name is the other's given name and then the other words' initials in capitals ("Agung BW" for "Agung Budi
    // Waskito").
    private static bool IsGivenNameAndInitials(string[] initialled, string[] full)
    {
        if (initialled.Length != 2 || full.Length < 3 || initialled[1].Length != full.Length - 1 || !AllCapitals(initialled[1])
            || !initialled[0].Equals(full[0], StringComparison.OrdinalIgnoreCase)) return false;
        for (var i = 1; i < full.Length; i++)
            if (char.ToUpperInvariant(full[i][0]) != initialled[1][i - 1]) return false;
        return true;
    }

    // Whether the name is the other written with an initial for one or more of its words, the rest the same.
    private static bool IsInitialledForm(string[] initialled, string[] full)
    {
        if (initialled.Length != full.Length || initialled.Length < 2) return false;
        var initials = 0;
        for (var i = 0; i < full.Length; i++)
        {
            if (initialled[i].Equals(full[i], StringComparison.OrdinalIgnoreCase)) continue;
            var letter = initialled[i].TrimEnd('.');
            if (letter.Length != 1 || full[i].Length < 2 || char.ToUpperInvariant(full[i][0]) != char.ToUpperInvariant(letter[0])) return false;
            initials++;
        }
        return initials > 0;
    }

    /// <summary>The one person whose whole name the headline gives and whom the body names too, or null.</summary>
    public Entity? HeadlinePerson { get; }

    private Entity? FindHeadlinePerson(string[] words)
    {
        Entity? found = null;
        foreach (var entity in entities)
        {
            if (entity.Kind != MentionKind.Person || entity.Name.Length < 2 || IndexOf(words, entity.Name) < 0 || !PersonLike(entity)) continue;
            if (found is not null) return null;
            found = entity;
        }
        return found;
    }

    private static int IndexOf(string[] words, string[] name)
    {
        for (var i = 0; i + name.Length <= words.Length; i++)
            if (words.AsSpan(i, name.Length).SequenceEqual(name)) return i;
        return -1;
    }

    private static readonly char[] HeadlineSeparators = [' ', ',', ':', '\'', '"', '\u2018', '\u2019', '\u201C', '\u201D'];

    // "Ahmad Luthfi Sebut Jateng Masih Jadi Magnet Investasi" above a body that says only "kata Luthfi": a person named by
    // one word in the body takes the given names the headline puts before it. Only given names the tables know: a
    // headline capitalises every word ("Amarah Prabowo Gara-gara Koruptor …", "Faultless Federer has no equal").
    private void NamesFromHeadline(string[] words)
    {
        foreach (var entity in entities)
        {
            if (entity.Kind != MentionKind.Person || entity.Name.Length != 1) continue;
            var at = Array.IndexOf(words, entity.Name[0]);
            if (at < 1) continue;
            var first = at;
            while (first > 0 && at - first < 2 && IsHeadlineNameWord(words[first - 1])) first--;
            for (var k = at - 1; k >= first; k--) entity.Prepend(words[k]);
        }
    }

    // "Ulang Tahun ke-52, Atalarik Syach: Ultah di Pengadilan …" above a body that says only "ungkap Atalarik", "Panggil Erick
    // Thohir, Prabowo Minta …" above "kata Erick": a person named by one word in the body takes the surname the headline
    // writes right after it, when a stop, question or exclamation mark, a colon or a comma, the headline's end, or an
    // ordinary word or an Indonesian verb's root follows that surname (a headline capitalises every word: not "Prabowo Minta
    // Diskon"), and the surname is no ordinary word, verb's root, organisation's word, place, role, rank or word of anyone
    // else's name.
    private void SurnameFromHeadline(string headline)
    {
        foreach (var entity in entities)
        {
            if (entity.Kind != MentionKind.Person || entity.Name.Length != 1) continue;
            var at = WordAt(headline, entity.Name[0], 0);
            if (at < 0) continue;
            var start = at + entity.Name[0].Length;
            if (start + 1 >= headline.Length || headline[start] != ' ' || !char.IsUpper(headline[start + 1])) continue;
            var end = start + 1;
            while (end < headline.Length && char.IsLetter(headline[end])) end++;
            var surname = headline[(start + 1)..end];
            if (surname.Length < 3 || AllCapitals(surname) || end < headline.Length && !(headline[end] is ' ' or ':' or ',' or '.' or '?' or '!')) continue;
            // Not "Luhut Murka, Proyek Smelter Molor …": a headline that opens with the name and one word before a comma is a
            // subject and what it does.
            if (at == 0 && end < headline.Length && headline[end] == ',') continue;
            var key = LanguageTables.Key(surname);
            if (!CouldBeSurname(entity, key, surname) || Tables.Ranks.Contains(key) || IsVerbRoot(key)) continue;
            if (end < headline.Length && headline[end] == ' ')
            {
                var next = end + 1;
                while (next < headline.Length && char.IsLetter(headline[next])) next++;
                if (next == end + 1 || LanguageTables.Key(headline.Substring(end + 1, next - end - 1)) is var after && !Tables.Common.Contains(after) && !IsVerbRoot(after)) continue;
            }
            // Asked last: the answer is kept on the entity, and asked earlier it would be kept for entities that never get here.
            if (!PersonLike(entity)) continue;
            entity.NameAs([.. entity.Name, surname]);
        }

        // "Megawati Ajak Anak …", "Rajiv Bagikan Sembako": Indonesian headlines write verbs bare, the body with a prefix
        // ("diajak", "membagikan"), which the ordinary words know.
        bool IsVerbRoot(string key) => Tables.IsIndonesian && key.Length >= 3
            && (Tables.Common.Contains("di" + key) || Tables.Common.Contains("ber" + key) || Tables.Common.Contains("meng" + key)
                || Tables.Common.Contains("mem" + key) || Tables.Common.Contains("men" + key) || Tables.Common.Contains("me" + key));

        static int WordAt(string text, string word, int from)
        {
            for (var i = text.IndexOf(word, from, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + 1, StringComparison.Ordinal))
                if ((i == 0 || !char.IsLetterOrDigit(text[i - 1])) && (i + word.Length == text.Length || !char.IsLetterOrDigit(text[i + word.Length]))) return i;
            return -1;
        }
    }

    // Whether a word written after a one-word name could be that person's surname: no ordinary word, organisation's word,
    // place, role, word that names no one, or word of anyone else's name.
    private bool CouldBeSurname(Entity entity, string key, string text) =>
        !Tables.Common.Contains(key) && !Tables.OrganisationWords.Contains(key) && !Tables.Places.Contains(key) && !Tables.Roles.Contains(key)
        && !Tables.NotSpeakers.Contains(key) && !InOtherName(entity, text);

    // "kata Prabowo" and only inside his own words "Saya Prabowo Subianto Presiden RI ke-8": a person named by one word in
    // the narration takes the surname a quotation gives after that word, when the pair stands alone (or before a title)
    // and the surname is no ordinary word, organisation's word, place or anyone else's name.
    private void SurnamesFromQuotations()
    {
        for (var p = 0; p < Paragraphs.Count; p++)
        {
            var paragraph = Paragraphs[p];
            var tokens = paragraph.Tokens;
            foreach (var k in paragraph.Capitalised)
            {
                if (k + 1 >= tokens.Count || !paragraph.InQuote[k] || !paragraph.InQuote[k + 1] || !tokens[k + 1].IsCapitalised || tokens[k + 1].IsAllCaps
                    || OneWordPerson(tokens[k].Text) is not { } entity
                    || k > 0 && tokens[k - 1].IsCapitalised && tokens[k - 1].IsWord && !paragraph.StartsSentence(k)
                    || k + 2 < tokens.Count && tokens[k + 2].IsCapitalised && tokens[k + 2].IsWord && Tables.Roles.Match(tokens, k + 2, tokens.Count) == 0) continue;
                var surname = tokens[k + 1];
                if (!CouldBeSurname(entity, surname.Key, surname.Text)) continue;
                entity.NameAs([.. entity.Name, surname.Text]);
            }
        }
    }

    // "LKTI mencatat …" after "Ketua Pengurus Harian Lembaga Konsumen Transportasi Indonesia (LKTI) Tari Wulandari": an
    // organisation the article names only by its acronym takes the full name it spelled out before the acronym in brackets,
    // though that name stood inside a person's title and so was no mention of its own.
    private void SpellOutAcronyms()
    {
        foreach (var entity in entities)
        {
            if (entity.Kind != MentionKind.Organisation || entity.Name.Length != 1 || entity.Name[0] is not { Length: >= 2 } acronym
                || acronym.AsSpan().ContainsAnyExceptInRange('A', 'Z')) continue;
            if (SpelledOut(acronym) is { } name) entity.NameAs(name);
            else if (Tables.IsEnglish && ApposedFullName(entity, acronym) is { } apposed) entity.NameAs(apposed);
        }
    }

    // "kata BPBD Jatim" after "BPBD Jawa Timur mencatat …", "tulis BPBD Wonosobo" after "Badan Penanggulangan Bencana Daerah
    // Kabupaten Wonosobo menambah …": in Indonesian a regional body named by its acronym and its region, the region perhaps
    // written short, is the body the article named in full (SameRegionalBody).
    private void JoinRegionalBodies()
    {
        List<string>? region = null;
        for (var i = entities.Count - 1; i >= 0; i--)
        {
            var shorter = entities[i];
            if (shorter.Kind != MentionKind.Organisation || shorter.Name.Length < 2 || !AllCapitals(shorter.Name[0])) continue;
            // The region's words, its short form written out, once for the body; only a body that ends in the same word is
            // compared further.
            (region ??= new List<string>(4)).Clear();
            for (var w = 1; w < shorter.Name.Length; w++)
                if (Tables.ProvinceWords(shorter.Name[w]) is { } words) region.AddRange(words);
                else region.Add(shorter.Name[w]);
            foreach (var fuller in entities)
                if (fuller != shorter && fuller.Kind == MentionKind.Organisation && string.Equals(fuller.Name[^1], region[^1], StringComparison.OrdinalIgnoreCase)
                    && SameRegionalBody(shorter.Name, region, fuller.Name))
                {
                    foreach (var mention in shorter.Mentions) fuller.Add(mention, calledBy: true);
                    entities.RemoveAt(i);
                    break;
                }
        }
    }

    // Whether `fuller` is the body `shorter` names: the same acronym or the words it spells out, then perhaps "Kabupaten", "Kota"
    // or "Provinsi", then the same region (`region`: `shorter`'s words after the acronym, a short form written out: "Jatim" for
    // "Jawa Timur", [region-short-forms]); compared without case.
    private bool SameRegionalBody(string[] shorter, List<string> region, string[] fuller)
    {
        if (fuller.Length <= shorter.Length && region.Count == shorter.Length - 1) return false;
        for (var head = 1; head + region.Count <= fuller.Length; head++)
        {
            if (!(head == 1 ? fuller[0].Equals(shorter[0], StringComparison.Ordinal) : IsAcronymOf(shorter[0], fuller[..head]))) continue;
            var at = head;
            if (at < fuller.Length && fuller[at].ToLowerInvariant() is "kabupaten" or "kota" or "provinsi") at++;
            if (fuller.Length - at != region.Count) continue;
            var same = true;
            for (var j = 0; j < region.Count && same; j++) same = fuller[at + j].Equals(region[j], StringComparison.OrdinalIgnoreCase);
            if (same) return true;
        }
        return false;
    }

    // "CENTR, the Council of European National Top Level Domain Registries, agrees": in English an acronym set off before its
    // full name, whose capitals hold the acronym's letters in order from the first.
    private string[]? ApposedFullName(Entity entity, string acronym)
    {
        foreach (var mention in entity.MentionList)
        {
            if (!ByBlock.TryGetValue(mention.Block, out var paragraph)) continue;
            var tokens = paragraph.Tokens;
            var at = mention.End + 2;
            if (at >= tokens.Count || !tokens[mention.End].Is(',') || tokens[mention.End + 1].Key != "the"
                || MentionAt(mention.Block, at) is not { Kind: MentionKind.Organisation, Entity: { } full } apposed || apposed.First != at
                || apposed.End >= tokens.Count || !tokens[apposed.End].Is(',') || full == entity) continue;
            var letter = 0;
            foreach (var word in full.Name)
                if (letter < acronym.Length && char.IsUpper(word[0]) && word[0] == acronym[letter]) letter++;
            if (letter == acronym.Length && full.Name[0][0] == acronym[0]) return full.Name;
        }
        return null;
    }

    // The capitalised words (with the lower-case joining words between them) right before "(acronym)" whose initials are the
    // acronym, or null.
    private string[]? SpelledOut(string acronym)
    {
        // The article's words in brackets are found once, in order, for all its acronyms.
        if (bracketedWords is null)
        {
            bracketedWords = [];
            foreach (var paragraph in Paragraphs)
            {
                var tokens = paragraph.Tokens;
                foreach (var k in paragraph.Marks)
                    if (k >= 1 && k + 2 < tokens.Count && tokens[k].Is('(') && tokens[k + 2].Is(')')) bracketedWords.Add((paragraph, k));
            }
        }
        foreach (var (paragraph, k) in bracketedWords)
        {
            var tokens = paragraph.Tokens;
            if (tokens[k + 1].Text != acronym) continue;
            for (var start = k - 1; start >= 0 && start >= k - 2 * acronym.Length && tokens[start].IsWord; start--)
            {
                // Not "Direktur Jenderal … (DJPPR)": a title's words are no body's name.
                if (!tokens[start].IsCapitalised || Tables.Roles.Match(tokens, start, k) > 0) continue;
                var words = new string[k - start];
                for (var w = 0; w < words.Length; w++) words[w] = tokens[start + w].Text;
                if (IsAcronymOf(acronym, words)) return words;
            }
        }
        return null;
    }

    // The word in brackets at each "(", word, ")" of the article, in order (SpelledOut): made on the first acronym.
    private List<(Paragraph Paragraph, int Open)>? bracketedWords;

    // "Pemprov DKI" for "Pemerintah Provinsi (Pemprov) DKI Jakarta", "BNNP Lampung" for "Badan Narkotika Nasional Provinsi
    // (BNNP) Lampung", "Pemkab Gianyar" for "Pemerintah Kabupaten Gianyar": a short form of the name's head (the short form
    // the article gave in brackets, or one of [organisation-aliases]) and the words (a region's) that the full name holds
    // after it.
    private bool IsHeadShortForm(string[] shortName, string[] fullName, IReadOnlySet<string>? fullAliases, string? fullBracketed)
    {
        // (Most pairs differ in their first letter: no string is made for them.)
        if (shortName.Length < 2 || fullName.Length <= shortName.Length || shortName[0].Length > 10
            || char.ToLowerInvariant(shortName[0][0]) != char.ToLowerInvariant(fullName[0][0])) return false;
        var head = shortName[0].ToLowerInvariant();
        var rest = shortName.AsSpan(1);
        if (Tables.OrganisationFullName(head) is { } expanded)
        {
            // The expansion, then the places, open the full name.
            if (expanded.Length + rest.Length > fullName.Length) return false;
            for (var k = 0; k < expanded.Length; k++)
                if (!expanded[k].Equals(fullName[k], StringComparison.OrdinalIgnoreCase)) return false;
            // "Dinkes Banten" for "Dinas Kesehatan Provinsi Banten": the region's word before its name is left out.
            if (rest.Length == 1 && fullName.Length == expanded.Length + 2 && LanguageTables.Key(fullName[expanded.Length]) is "provinsi" or "kabupaten" or "kota"
                && rest[0].Equals(fullName[^1], StringComparison.OrdinalIgnoreCase)) return true;
            // "Dinkes Jateng" for "Dinas Kesehatan Provinsi Jawa Tengah": the region by its short form, with its word or not.
            if (rest.Length == 1 && Tables.ProvinceWords(rest[0]) is { } region)
            {
                var from = LanguageTables.Key(fullName[expanded.Length]) == "provinsi" ? expanded.Length + 1 : expanded.Length;
                return fullName.Length - from == region.Length && EndsWithWords(fullName, region);
            }
            // "Ditjen Migas" for "Direktorat Jenderal Minyak dan Gas Bumi": the field's short form made of its syllables.
            // (Not "Pemprov Pabar" for "… Papua Barat Daya": a direction or "Daya" left over names another region.)
            // "Pemkab HSU" for "Pemerintah Kabupaten Hulu Sungai Utara": or the initials of the region's words.
            if (rest.Length == 1 && !rest[0].Equals(fullName[expanded.Length], StringComparison.OrdinalIgnoreCase))
                return fullName.Length - expanded.Length >= 2 && IsAcronymOf(rest[0], fullName[expanded.Length..])
                    || IsSyllableShortForm(rest[0], fullName[expanded.Length..])
                    && !(LanguageTables.Key(fullName[^1]) is "barat" or "timur" or "utara" or "selatan" or "tengah" or "daya" or "laut"
                        && IsSyllableShortForm(rest[0], fullName[expanded.Length..^1]));
            for (var k = 0; k < rest.Length; k++)
                if (!rest[k].Equals(fullName[expanded.Length + k], StringComparison.OrdinalIgnoreCase)) return false;
            // "Ditjen Perkeretaapian" for "Direktorat Jenderal Perkeretaapian Kementerian Perhubungan": or the body it belongs to.
            var after = expanded.Length + rest.Length;
            return OnlyPlacesAfter(fullName, after) || Tables.OrganisationHeads.Contains(LanguageTables.Key(fullName[after])) && AllCapitalised(fullName, after);
        }
        if (fullAliases?.Contains(head) != true && !string.Equals(fullBracketed, shortName[0], StringComparison.OrdinalIgnoreCase)) return false;
        // "BKHIT Sumut" for "Balai Karantina Hewan, Ikan, dan Tumbuhan (BKHIT) Sumatera Utara": a province by its short form.
        if (rest.Length == 1 && Tables.ProvinceWords(rest[0]) is { } province)
            return fullName.Length > province.Length + 1 && EndsWithWords(fullName, province);
        // The places stand together at the full name's end, after the words the short form stands for.
        var at = fullName.Length - rest.Length;
        while (at > 1 && !rest[0].Equals(fullName[at], StringComparison.OrdinalIgnoreCase)) at--;
        if (at <= 1) return false;
        for (var k = 0; k < rest.Length; k++)
            if (!rest[k].Equals(fullName[at + k], StringComparison.OrdinalIgnoreCase)) return false;
        return OnlyPlacesAfter(fullName, at + rest.Length);
    }

    // Whether `name` ends in the words of `tail`, case aside.
    private static bool EndsWithWords(string[] name, string[] tail)
    {
        if (tail.Length > name.Length) return false;
        for (var k = 1; k <= tail.Length; k++)
            if (!name[^k].Equals(tail[^k], StringComparison.OrdinalIgnoreCase)) return false;
        return true;
    }

    private static bool AllCapitalised(string[] words, int from)
    {
        for (var k = from; k < words.Length; k++)
            if (!char.IsUpper(words[k][0])) return false;
        return true;
    }

    // Whether the words of the name from `from` on are places the tables know, none a direction ("DKI Jakarta" after "DKI";
    // not "Papua Barat" after "Papua", another province).
    private bool OnlyPlacesAfter(string[] name, int from)
    {
        for (var k = from; k < name.Length; k++)
        {
            var key = LanguageTables.Key(name[k]);
            if (key is "barat" or "timur" or "utara" or "selatan" or "tengah" || !Tables.Places.Contains(key)) return false;
        }
        return true;
    }

    // The person the article names by this one word only, or null (a walk over the entities: most articles have few).
    private Entity? OneWordPerson(string word)
    {
        foreach (var entity in entities)
            if (entity.Kind == MentionKind.Person && entity.Name.Length == 1 && entity.Name[0].Equals(word, StringComparison.Ordinal)) return entity;
        return null;
    }

    // Whether someone other than the entity has the word in their name.
    private bool InOtherName(Entity entity, string word)
    {
        foreach (var other in entities)
            if (other != entity && Array.IndexOf(other.Name, word) >= 0) return true;
        return false;
    }

    private bool IsHeadlineNameWord(string word)
    {
        // A person's given name is one in any language's tables: Indonesian news names foreign people too.
        if (word.Length < 2 || !char.IsUpper(word[0]) || word.All(char.IsUpper) || MentionFinder.IsPlural(Tables, word)
            || !Tables.IsGivenName(word) && !LanguageTables.For(Tables.IsEnglish ? "id" : "en").IsGivenName(word)) return false;
        var key = LanguageTables.Key(word);
        return !Tables.Common.Contains(key) && !Tables.OrganisationWords.Contains(key) && !Tables.Roles.Contains(key) && !Tables.Ranks.Contains(key)
            && !Tables.Honorifics.Contains(key) && !Tables.RoleAliases.ContainsKey(key) && !Tables.Places.Contains(key) && !Tables.NotSpeakers.Contains(key)
            && !Tables.CueVerbs.Contains(key) && !Tables.Outlets.Contains(key);
    }

    // "Fed" and "US Federal Reserve": a well-known short form (the language's organisation-aliases) of a name in the article.
    // The full name stands whole in the name, with at most a country, "the" or a company's head or tail around it ("US Federal
    // Reserve", "Kementerian Keuangan RI"); not inside another body's name ("Bank Rakyat Indonesia" for "Bank Indonesia",
    // "Direktorat Jenderal … Kementerian Keuangan" for "Kementerian Keuangan").
    private bool IsShortFormOf(string[]? fullName, string[] name)
    {
        if (name.Length <= 1 || fullName is null || fullName.Length > name.Length) return false;
        for (var p = 0; p + fullName.Length <= name.Length; p++)
        {
            var whole = true;
            for (var k = 0; k < fullName.Length && whole; k++) whole = string.Equals(name[p + k], fullName[k], StringComparison.OrdinalIgnoreCase);
            if (!whole) continue;
            for (var k = 0; k < name.Length && whole; k++)
                if (k < p || k >= p + fullName.Length) whole = IsQualifier(LanguageTables.Key(name[k]));
            if (whole) return true;
        }
        return false;
    }

    private bool IsQualifier(string key) =>
        key is "the" or "pt" || Tables.Places.Contains(key) || Tables.OrganisationTails.Contains(key);

    // Every word of the shorter name stands in the longer one, in order, compared without case: "Budi" in "Budi Santoso Wibowo".
    private static bool Contains(string[] longer, string[] shorter)
    {
        if (shorter.Length == 0 || shorter.Length > longer.Length) return false;
        var j = 0;
        foreach (var word in longer)
            if (j < shorter.Length && string.Equals(word, shorter[j], StringComparison.OrdinalIgnoreCase)) j++;
        return j == shorter.Length;
    }

    // The shorter name's words stand in the longer one in order, one of them misspelt by one letter (IsMisspelling): a
    // one-word name must be the longer one's first word ("Suahasil" for Suahazil Nazara; surnames are matched before).
    private static bool ContainsOneMisspelt(string[] longer, string[] shorter, bool indonesian)
    {
        if (shorter.Length >= longer.Length) return false;
        var j = 0;
        var misspelt = 0;
        for (var i = 0; i < longer.Length && j < shorter.Length; i++)
        {
            if (string.Equals(longer[i], shorter[j], StringComparison.OrdinalIgnoreCase)) j++;
            else if (misspelt == 0 && IsMisspelling(longer[i], shorter[j], indonesian) && (shorter.Length > 1 || i == 0)) { j++; misspelt++; }
            else if (shorter.Length == 1) return false;
        }
        return j == shorter.Length && misspelt == 1;
    }

    private static bool IsCutFrom(string shortForm, string[] name)
    {
        if (shortForm.Length >= 3 && shortForm.All(char.IsUpper)) return IsAcronymOf(shortForm, name) && name.Length >= 3 || IsInitialismOfParts(shortForm, name);
        // "Rionald Silaban" … "kata Rio": three letters that open a long given name.
        if (shortForm.Length == 3 && char.IsUpper(shortForm[0]) && char.IsLower(shortForm[^1]))
            return name[0].Length >= 6 && name[0].StartsWith(shortForm, StringComparison.OrdinalIgnoreCase);
        if (shortForm.Length < 4) return false;
        foreach (var word in name)
            if (word.Length > shortForm.Length + 1 && (word.StartsWith(shortForm, StringComparison.OrdinalIgnoreCase) || word.EndsWith(shortForm, StringComparison.OrdinalIgnoreCase)))
                return true;
        return false;
    }

    // "Kemenkeu" and "Kementerian Keuangan", "Kemenhub" and "Kementerian Perhubungan", "Bakom" and "Badan Komunikasi
    // Pemerintah": an Indonesian short form made of the first syllables of the name's words, in order (past a "per-" or
    // "pe-" that opens a word), one piece a word, at most the last word left out.
    internal static bool IsSyllableShortForm(string shortForm, string[] name)
    {
        // Cheap tests first: it is asked of every organisation mention against every organisation the article names.
        if (shortForm.Length is < 4 or > 12 || name.Length is < 2 or > 6 || !char.IsUpper(shortForm[0]) || name[0].Length == 0
            || char.ToLowerInvariant(name[0][0]) != char.ToLowerInvariant(shortForm[0])) return false;
        foreach (var c in shortForm)
            if (!char.IsLetter(c)) return false;
        Span<int> words = stackalloc int[6];
        var count = 0;
        for (var i = 0; i < name.Length; i++)
            if (name[i].Length > 0 && char.IsUpper(name[i][0])) words[count++] = i;
        return count >= 2 && Pieces(shortForm, 0, name, words[..count], 0);
    }

    private static bool Pieces(string form, int at, string[] name, ReadOnlySpan<int> words, int word)
    {
        if (at == form.Length) return word >= 2 && (word == words.Length || word == words.Length - 1 && words.Length >= 3);
        if (word == words.Length) return false;
        var text = name[words[word]];
        // The word itself, or the word past a "per-" or "pe-" that opens it ("Perhubungan" gives "hub").
        for (var skip = 0; skip <= 3; skip++)
        {
            if (skip is 1 || skip > 0 && (text.Length <= skip + 2 || string.Compare(text, 0, "per", 0, skip, StringComparison.OrdinalIgnoreCase) != 0)) continue;
            for (var length = Math.Min(form.Length - at, text.Length - skip); length >= 2; length--)
                if (string.Compare(form, at, text, skip, length, StringComparison.OrdinalIgnoreCase) == 0 && Pieces(form, at + length, name, words, word + 1))
                    return true;
        }
        return false;
    }

    // "FMDM SIL UI" for Forum Mahasiswa Doktoral dan Magister Sekolah Ilmu Lingkungan UI: an acronym of several words, each
    // all capitals, read as one; a word of the name in capitals counts whole.
    private static bool IsSpacedAcronymOf(string[] acronym, string[] name)
    {
        // Asked for every pair of a mention and an entity: no allocation before the words are known to be capitals.
        if (acronym.Length < 2 || name.Length <= acronym.Length) return false;
        foreach (var word in acronym)
            if (word.Length < 2 || !AllCapitals(word)) return false;
        var letters = string.Concat(acronym);
        var i = 0;
        foreach (var word in name)
        {
            if (word.Length == 0 || !char.IsUpper(word[0])) continue;
            var length = AllCapitals(word) ? word.Length : 1;
            if (i + length > letters.Length || string.CompareOrdinal(letters, i, word, 0, length) != 0) return false;
            i += length;
        }
        return i == letters.Length;
    }

    private static bool AllCapitals(string word)
    {
        foreach (var c in word)
            if (!char.IsUpper(c)) return false;
        return true;
    }

    // "STY" for Shin Tae-yong: the first letters of the name's parts, a hyphenated word's parts each counted.
    private static bool IsInitialismOfParts(string initials, string[] name)
    {
        if (!name.Any(w => w.Contains('-'))) return false;
        var i = 0;
        foreach (var word in name)
            foreach (var part in word.Split('-', StringSplitOptions.RemoveEmptyEntries))
                if (i >= initials.Length || char.ToUpperInvariant(part[0]) != initials[i++]) return false;
        return i == initials.Length;
    }

    // A lower-case word right before the name that is no verb of speech nor "menurut" ("angkot Yanto"): a description.
    private bool DescribedBefore(Mention mention)
    {
        if (mention.First == 0 || !ByBlock.TryGetValue(mention.Block, out var paragraph)) return false;
        var tokens = paragraph.Tokens;
        var before = mention.First - 1;
        return tokens[before].IsWord && tokens[before].IsLower && Tables.CueVerbs.Match(tokens, before, mention.First) == 0
            && Tables.AccordingTo.Match(tokens, before, mention.First) == 0 && !Tables.Prepositions.Contains(tokens[before]);
    }

    // "kata Harsono" after "Suharsono", "menurut Rofik" after "Khoirunurrofik", "Bung Karno" after "Soekarno": in Indonesian
    // a one-word name goes by its last syllables: four letters at least, and two or more letters fewer than the name, which
    // is letters only (not "@irwandiferry", "Trump-Musk").
    internal static bool IsTailOfSingleName(string[] tail, string[] name)
    {
        if (tail.Length != 1 || name.Length != 1 || tail[0].Length < 4 || name[0].Length < tail[0].Length + 2
            || !name[0].EndsWith(tail[0], StringComparison.OrdinalIgnoreCase)) return false;
        foreach (var c in name[0])
            if (!char.IsAsciiLetter(c)) return false;
        return true;
    }

    // "BRN" and "Bank Rakyat Nusantara": the acronym is the first letters of the name's capitalised words.
    // "B&B" of "Bradford & Bingley", "M&S" of "Marks & Spencer": an ampersand in the acronym stands for the name's own.
    private static bool IsAcronymOf(string acronym, string[] name)
    {
        if (acronym.Length < 2 || acronym.Length > 8 || name.Length < 2) return false;
        var letters = 0;
        foreach (var c in acronym)
            if (char.IsUpper(c)) letters++;
            else if (c != '&') return false;
        if (letters < 2 || letters < acronym.Length && Array.IndexOf(name, "&") < 0) return false;
        var initials = 0;
        foreach (var word in name)
        {
            if (word.Length == 0 || !char.IsUpper(word[0])) continue;
            while (initials < acronym.Length && acronym[initials] == '&') initials++;
            if (initials == acronym.Length || word[0] != acronym[initials]) return false;
            initials++;
        }
        return initials == acronym.Length;
    }
}
