using System.Collections.Frozen;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace NewsReader.Parsing.Attribution;

/// <summary>Which people a pronoun can stand for.</summary>
internal enum Gender { Unknown, Male, Female, Plural, Organisation }

/// <summary>
/// What one language knows about who speaks: roles, ranks, honorifics, cue verbs, nicknames, places and its common words,
/// read from the embedded files <c>Tables/{code}.txt</c> and <c>Tables/{code}.common.txt</c>. An article is resolved with
/// the tables of its own language, never a union of all of them.
/// </summary>
internal sealed class LanguageTables
{
    public required string Code
    {
        get;
        init
        {
            field = value;
            IsEnglish = value == "en";
            IsIndonesian = value == "id";
        }
    }

    // The rules ask which language they read at nearly every token; in the larger rule methods the JIT calls string
    // equality for a comparison of Code with a constant instead of unrolling it, where a flag is one load.
    public bool IsEnglish { get; private init; }

    public bool IsIndonesian { get; private init; }

    public required PhraseTable Roles { get; init; }
    public required PhraseTable Ranks { get; init; }
    public required PhraseTable Honorifics { get; init; }
    public required PhraseTable CueVerbs { get; init; }
    public required PhraseTable SpeechNya { get; init; }
    public required PhraseTable AccordingTo { get; init; }
    public required WordSet PassiveCues { get; init; }
    public required PhraseTable Unnamed { get; init; }
    /// <summary>Titles many people hold at once ("analis", "ekonom"): bare before an organisation, one of them the article
    /// does not name ("kata analis Citi").</summary>
    public required PhraseTable UnnamedRoles { get; init; }
    public required PhraseTable SentenceOpeners { get; init; }
    public required PhraseTable OrganisationHeads { get; init; }
    public required PhraseTable Outlets { get; init; }
    /// <summary>
    /// Firms whose names read like a person's or carry no word that marks an organisation, the same for every language
    /// (<c>Tables/firms.txt</c>).
    /// </summary>
    public required PhraseTable Firms { get; init; }
    public required PhraseTable OutletNouns { get; init; }
    /// <summary>US states as AP writes them after a town ("Pa.", "Miss."), each with whether it is also a word or a name ("+word").</summary>
    public required FrozenDictionary<string, bool> UsStateAbbreviations { get; init; }
    public required PhraseTable Places { get; init; }
    /// <summary>Words that close a place's name and no person's ("Republic", "Square"): the run's name words before one are the place's.</summary>
    public required FrozenSet<string> PlaceTails { get; init; }
    /// <summary>Name prefixes written short with a stop that ends no sentence ("Moch. Ihsanuddin").</summary>
    public required FrozenSet<string> AbbreviatedNamePrefixes { get; init; }
    /// <summary>Roles written short with a stop that ends no sentence ("Sen.", "Plt."); a role that is a whole word ("Tory", "King") ends its sentence with one.</summary>
    public required FrozenSet<string> AbbreviatedRoles { get; init; }
    public required WordSet NamePrefixes { get; init; }
    /// <summary>Words, one or two, that always open a Balinese name ("Ni", "Anak Agung", "IGN"; "I" before another prefix).</summary>
    public required FrozenSet<string> NameOpeners { get; init; }
    public required WordSet Particles { get; init; }
    /// <summary>Academic degrees written after a name ("PhD", "SH"): no part of it.</summary>
    public required FrozenSet<string> Degrees { get; init; }

    /// <summary>An academic degree, written with its stops or without ("M.Si.", "MSi", "S.H.").</summary>
    public bool IsDegree(in Token token) =>
        Degrees.Contains(token.Key) || token.Key.Contains('.') && Degrees.Contains(token.Key.Replace(".", ""));
    /// <summary>Institutions' two-letter short names, never a person's initials ("Deputi Gubernur BI Juda Agung").</summary>
    public required FrozenSet<string> InstitutionInitials { get; init; }
    public required WordSet Demonstratives { get; init; }
    public required WordSet Prepositions { get; init; }
    public required WordSet OrganisationTails { get; init; }
    /// <summary>Words for a document that open no organisation's name ("Peraturan Bursa Efek Indonesia"): [document-names].</summary>
    public required FrozenSet<string> DocumentNames { get; init; }
    /// <summary>Capitalised words that open a regulation's name ("Peraturan Presiden Nomor 79 Tahun 2025", "UU 16/2025"):
    /// [regulation-heads].</summary>
    public required FrozenSet<string> RegulationHeads { get; init; }
    /// <summary>Words that open a court's numbered ruling ("Putusan Nomor 1287/PID.B/2025/PT SBY"), a speaker only as the subject.</summary>
    public required FrozenSet<string> RulingHeads { get; init; }
    public required WordSet NotSpeakers { get; init; }
    public required WordSet PlaceMarkers { get; init; }
    public required WordSet Common { get; init; }
    /// <summary>Words mostly written after place and organisation words, seldom in names (generated, <c>{code}.org-words.txt</c>).</summary>
    public required WordSet OrganisationWords { get; init; }
    /// <summary>The keys of <see cref="RoleAliases"/> and <see cref="Pronouns"/>, for asking about a token without a lookup.</summary>
    public required WordSet AliasWords { get; init; }
    public required WordSet PronounWords { get; init; }
    /// <summary>Words that open a subordinate clause ("setelah", "when"): a name inside one is not the main verb's subject.</summary>
    public required WordSet Subordinators { get; init; }
    /// <summary>Nouns for someone's words ("words", "pesan"): a sentence with one tells of words not the narrator's own.</summary>
    public required FrozenSet<string> SpeechNouns { get; init; }
    /// <summary>Words of degree before an adjective ("paling jelas"): a cue's bare form after one is the adjective.</summary>
    public required FrozenSet<string> DegreeWords { get; init; }
    /// <summary>Verbs of asking someone for a statement ("meminta keterangan dari …"): who follows is no document's writer.</summary>
    public required FrozenSet<string> StatementSeekers { get; init; }
    /// <summary>
    /// Words after a verb of speech or a speaker's name that say where, when or to whom it was said ('"…," kata dalam
    /// Konferensi Pers …', where the page left the speaker out; '"…," Chairman & CEO Pfizer Albert Bourla dalam pernyataannya').
    /// </summary>
    public required FrozenSet<string> OccasionWords { get; init; }
    /// <summary>Verbs that say where a report was taken from ("Melansir Coindesk, …"): the name after them is an outlet.</summary>
    public required FrozenSet<string> CitedFrom { get; init; }
    /// <summary>Phrases that give another name for the one before them ("JK, also known as Jason King", "alias"): one person or organisation.</summary>
    public required PhraseTable AliasPhrases { get; init; }
    /// <summary>Members' titles whose seat follows "for" ("MP for Witney"): the seat names no one.</summary>
    public required FrozenSet<string> SeatTitles { get; init; }
    /// <summary>Verbs of speech whose object is who heard it ("told Gordon Brown"): the name after one never speaks.</summary>
    public required FrozenSet<string> HearerVerbs { get; init; }
    /// <summary>Words for a person: what a "yang akrab disapa …" clause may hang on ("wanita yang akrab disapa Kiki"), and in
    /// English who "the" and a place's or a club's name describe ("says the Waterford man").</summary>
    public required FrozenSet<string> PersonNouns { get; init; }

    /// <summary>Words for a person by their trade ([trade-nouns]: "petambak", "pedagang"), said of someone named before.</summary>
    public required FrozenSet<string> TradeNouns { get; init; }

    /// <summary>
    /// Heads of the names of bodies of people ([people-groups]: "kelompok", "paguyuban", "serikat"), which the plural pronoun
    /// can mean ("Kelompok Tani Sinar Harapan … mereka menulis").
    /// </summary>
    public required FrozenSet<string> PeopleGroups { get; init; }
    /// <summary>Firms whose name ends in 's of its own ("Moody's"), without the 's: <see cref="IsPossessiveName"/>.</summary>
    public required FrozenSet<string> PossessiveNames { get; init; }
    /// <summary>Words that describe a woman or a man ("mother", "wanita"; "father", "pria"): a description's gender.</summary>
    public required FrozenSet<string> FemaleNouns { get; init; }
    public required FrozenSet<string> MaleNouns { get; init; }
    /// <summary>Things named by words shaped like a person's ("letter", "statement"): no one described ("A letter from …").</summary>
    public required FrozenSet<string> ThingNouns { get; init; }
    /// <summary>Units counted after a number ("dua hari", "tiga kali"): no people counted.</summary>
    public required FrozenSet<string> MeasureWords { get; init; }
    /// <summary>Bodies that speak for a company, written capitalised before its name ("Manajemen Hanson", "Direksi BCA").</summary>
    public required FrozenSet<string> OrganisationOrgans { get; init; }
    /// <summary>Words that open a paragraph pointing back at the quotation before it, one word or two ("Hal itu disampaikan …",
    /// "Demikian tulis …"), before a verb of speech and its speaker.</summary>
    public required FrozenSet<string> CataphoricOpeners { get; init; }
    /// <summary>The closing words of a public body's name ("General Court", "World Health Organization"): no company, which
    /// "the company" never names.</summary>
    public required FrozenSet<string> PublicBodies { get; init; }
    /// <summary>Words that introduce someone as a sentence's complement ("Salah satunya adalah …").</summary>
    public required WordSet Copulas { get; init; }
    /// <summary>Words that introduce a person named by initials only ("berinisial HM").</summary>
    public required FrozenSet<string> InitialsWords { get; init; }
    /// <summary>Auxiliary verbs ("had", "was"): a person's noun before one is the sentence's subject ("The Argentine had stoked").</summary>
    public required FrozenSet<string> AuxiliaryVerbs { get; init; }
    /// <summary>
    /// Verbs of speech whose object is what was said: a name right after one opens the reported clause ("Gus Ipul menjelaskan
    /// Prabowo sangat memperhatikan …"), and is neither who heard it nor who spoke.
    /// </summary>
    public required FrozenSet<string> ClauseCues { get; init; }
    /// <summary>Names a number closes ("Radio 1", "Channel 4"): the number is the name's last word.</summary>
    public required FrozenSet<string> NumberedNames { get; init; }
    /// <summary>Verbs of thought, feeling and judgement, besides the cue verbs, that put a quoted fragment in their subject's words.</summary>
    public required PhraseTable StanceVerbs { get; init; }
    /// <summary>Plural nouns for people who speak unnamed ("Critics fear …", "Analysts say …").</summary>
    public required FrozenSet<string> PluralSpeakers { get; init; }
    /// <summary>Bodies a person's possessive owns ("Ned Lamont's office", "Mr Blair's campaign"): they speak, not the person.</summary>
    public required FrozenSet<string> OwnedBodies { get; init; }
    /// <summary>The first words of <see cref="Nicknames"/>' keys.</summary>
    public required WordSet NicknameStarts { get; init; }
    public required FrozenDictionary<string, Gender> Pronouns { get; init; }
    /// <summary>Given names and the gender they usually mark (English), for pronouns: "she said" is not Bobby's.</summary>
    public required FrozenDictionary<string, Gender> GivenNames { get; init; }
    /// <summary>Given names that open a person's name ("Muhammad", "Ahmad"): a capitalised word before them is a title's or organisation's.</summary>
    public required FrozenSet<string> OpeningGivenNames { get; init; }

    /// <summary>
    /// Heads of the names of places and institutions named after a person ("Universitas Gadjah Mada", "Bandara Sultan
    /// Hasanuddin"): the person's name after them is the institution's, no one who speaks.
    /// </summary>
    public required FrozenSet<string> NamesakeHeads { get; init; }
    /// <summary>
    /// Last words of newspapers' names ("Post", "Ledger", "Gazette"): "The Jerusalem Post" keeps its "The", as the paper is
    /// named; "The Office" and "The Tories" do not.
    /// </summary>
    public required FrozenSet<string> NewspaperTails { get; init; }
    /// <summary>Titles inside a name ("I Gusti Agung Putu Nuaba"): the word after one stays in the name.</summary>
    public required FrozenSet<string> NameTitles { get; init; }
    /// <summary>Royal titles that are given names too ("Ratu", "Raja"): after another title's words one opens the person's name.</summary>
    public required FrozenSet<string> RoyalTitles { get; init; }
    /// <summary>Nouns for a person of a country ("Dutchman", "Scot"): "the Dutchman said" is someone the article named.</summary>
    public required FrozenSet<string> DemonymNouns { get; init; }
    /// <summary>
    /// Words for the people of a country that are also common surnames ("German"): one of them only as "the German" before a
    /// verb or at the end of a clause ("said the German.").
    /// </summary>
    public required FrozenSet<string> SurnameDemonyms { get; init; }
    /// <summary>Nouns for what a leader directs or stands for ("arahan"): a name after one is no subject of the "yang" clause after it.</summary>
    public required FrozenSet<string> GoverningNouns { get; init; }
    public required FrozenDictionary<string, string> RoleAliases { get; init; }

    /// <summary>
    /// Lower-case nouns after "the" that speak for a public body the article named by a place, and the phrases that may close
    /// that body's name, comma-separated, the first that names one winning: "county" = "county council, county" ("Stafford
    /// County … the county said"), "district" = "school district, schools, district" ("Fairfax County Public Schools … the
    /// district said").
    /// </summary>
    public required FrozenDictionary<string, string> PlaceBodies { get; init; }

    /// <summary>Well-known short forms of organisations' names and the full name's words: "fed" = "federal reserve".</summary>
    public required FrozenDictionary<string, string> OrganisationAliases { get; init; }

    /// <summary>A province's short form the press writes in a body's short name, folded, to its name's words folded ("jateng" =
    /// "jawa tengah").</summary>
    public required FrozenDictionary<string, string[]> RegionShortForms { get; init; }

    /// <summary>The folded words of the province a short form stands for ("Sumut": "sumatera", "utara"), or null.</summary>
    public string[]? ProvinceWords(string shortForm) => RegionShortForms.GetValueOrDefault(Key(shortForm));

    /// <summary>The words of the full name a folded short form stands for in <see cref="OrganisationAliases"/>, or null.</summary>
    public string[]? OrganisationFullName(string key) =>
        OrganisationAliases.TryGetValue(key, out var full)
        // "C.D.C.", as The New York Times writes it, is "cdc".
        || key.Contains('.') && key.Length <= 12 && OrganisationAliases.TryGetValue(key.Replace(".", ""), out full) ? full.Split(' ') : null;

    /// <summary>
    /// The full names of [organisation-aliases] that join three words or more with "dan" or "and", which the press writes with
    /// commas ("Badan Meteorologi, Klimatologi, dan Geofisika"), by their first word.
    /// </summary>
    public FrozenDictionary<string, string[][]> ListedNames => listedNames ??= OrganisationAliases.Values.Distinct()
        .Select(full => full.Split(' '))
        .Where(words => words.Length >= 4 && (words.Contains("dan") || words.Contains("and")))
        .GroupBy(words => words[0])
        .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    private FrozenDictionary<string, string[][]>? listedNames;

    public required FrozenDictionary<string, string> Nicknames { get; init; }

    /// <summary>Documents whose words are their issuer's, by a phrase of the document's name ("nota keuangan" = pemerintah).</summary>
    public required (string[] Words, string Issuer)[] DocumentIssuers { get; init; }

    /// <summary>The issuer of the document the name names, when a phrase of <see cref="DocumentIssuers"/> stands in it.</summary>
    public string? IssuerOf(IReadOnlyList<string> name)
    {
        foreach (var (words, issuer) in DocumentIssuers)
            for (var i = 0; i + words.Length <= name.Count; i++)
            {
                var all = true;
                for (var w = 0; w < words.Length && all; w++) all = name[i + w].Equals(words[w], StringComparison.OrdinalIgnoreCase);
                if (all) return issuer;
            }
        return null;
    }
    /// <summary>Words for the people of a country or state ("Californian", "Briton"): before a name, where the person is from.</summary>
    public required FrozenSet<string> Demonyms { get; init; }

    /// <summary>[state-bodies]: a state's body in lower case after its country's possessive or adjective ("China's foreign ministry").</summary>
    public required PhraseTable StateBodies { get; init; }
    private FrozenSet<string> JoinedWords { get; init; } = FrozenSet<string>.Empty;
    private string[] JoinedPrefixes { get; init; } = [];
    private string[] JoinedSuffixes { get; init; } = [];

    public static LanguageTables Indonesian { get; } = Load("id");
    public static LanguageTables English { get; } = Load("en");

    public static LanguageTables For(string language) => language == "en" ? English : Indonesian;

    /// <summary>True when a word written with a capital inside it ("YouTube", "detikNews") must not be split there.</summary>
    public bool IsJoinedWord(string lower)
    {
        if (JoinedWords.Contains(lower)) return true;
        foreach (var prefix in JoinedPrefixes)
            if (lower.StartsWith(prefix, StringComparison.Ordinal)) return true;
        foreach (var suffix in JoinedSuffixes)
            if (lower.EndsWith(suffix, StringComparison.Ordinal) && lower.Length > suffix.Length) return true;
        return false;
    }

    /// <summary>Whether a word in 's (straight or curly) is a firm's own name in the [possessive-names] table (not "Lowell" for
    /// "Lowe's").</summary>
    public bool IsPossessiveName(string key) =>
        PossessiveNames.Count > 0 && key.Length > 2 && key[^1] == 's' && key[^2] is '\'' or '\u2019'
        && PossessiveNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(key.AsSpan(0, key.Length - 2));

    /// <summary>A word's key in the tables: lower case, without a final full stop.</summary>
    public static string Key(ReadOnlySpan<char> word)
    {
        if (word.Length > 1 && word[^1] == '.') word = word[..^1];
        if (word.Length > 64) return word.ToString().ToLowerInvariant();
        // Folded on the stack: one string is made, not a copy and then its lower case.
        Span<char> folded = stackalloc char[word.Length];
        word.ToLowerInvariant(folded);
        return new string(folded);
    }

    /// <summary>A word's key in the tables (as <see cref="Key(ReadOnlySpan{char})"/>); a word that is its own key (ASCII, no
    /// capital, no final full stop) is returned as it is, with no string made: the rules fold the words of names and titles
    /// many times over.</summary>
    public static string Key(string? word)
    {
        var text = word.AsSpan();
        if (word is not null && !(text.Length > 1 && text[^1] == '.') && !text.ContainsAnyInRange('A', 'Z') && !text.ContainsAnyExceptInRange('\0', '\u007F'))
            return word;
        return Key(text);
    }

    private static LanguageTables Load(string code)
    {
        var sections = ReadSections(code + ".txt");
        // English words run through Indonesian business news ("Corporate Secretary", "Chief Economist"): an Indonesian
        // article's common words are both lists, an English article's only its own.
        var common = ReadSections(code + ".common.txt").GetValueOrDefault("") ?? [];
        if (code != "en") common = [.. common, .. ReadSections("en.common.txt").GetValueOrDefault("") ?? []];
        List<string> Section(string name) => sections.GetValueOrDefault(name) ?? [];
        var phraseTables = new List<PhraseTable>();
        var wordSets = new List<WordSet>();
        // Bits after the phrase tables' 16: at most 15 word sets fit in the int.
        WordSet Words(IEnumerable<string> words)
        {
            if (wordSets.Count >= 15) throw new InvalidOperationException("A language has at most 15 word sets.");
            var set = new WordSet(words.Select(Normalise), 1 << (16 + wordSets.Count));
            wordSets.Add(set);
            return set;
        }
        WordSet Set(string name) => Words(Section(name));
        // "he:male", "catherine:female": a word and the gender it marks (Unknown when none or not one of the genders).
        FrozenDictionary<string, Gender> Genders(string name) => Section(name).Select(line => line.Split(':', 2)).DistinctBy(p => Normalise(p[0]))
            .ToFrozenDictionary(p => Normalise(p[0]), p => p.Length > 1 && Enum.TryParse<Gender>(p[1].Trim(), true, out var g) ? g : Gender.Unknown, StringComparer.Ordinal);
        PhraseTable Phrases(string name) => PhrasesFrom(Section(name));
        PhraseTable PhrasesFrom(List<string> lines)
        {
            var table = new PhraseTable(lines, phraseTables.Count);
            phraseTables.Add(table);
            return table;
        }
        FrozenDictionary<string, string> Pairs(string name) => Section(name)
            .Select(line => line.Split('=', 2))
            .Where(parts => parts.Length == 2)
            .DistinctBy(parts => Normalise(parts[0]))
            .ToFrozenDictionary(parts => Normalise(parts[0]), parts => parts[1].Trim(), StringComparer.Ordinal);
        var joined = Section("joined-words").Select(Normalise).ToFrozenSet(StringComparer.Ordinal);
        var cueVerbs = Phrases("cue-verbs");
        var result = new LanguageTables
        {
            Code = code,
            Roles = Phrases("roles"),
            Ranks = Phrases("ranks"),
            Honorifics = Phrases("honorifics"),
            CueVerbs = cueVerbs,
            CueWords = [.. cueVerbs.FirstWords.Where(w => w.Length >= 4 && cueVerbs.Contains(w)).Order(StringComparer.Ordinal)],
            SpeechNya = Phrases("speech-nya"),
            AccordingTo = Phrases("according-to"),
            PassiveCues = Set("passive-cues"),
            Unnamed = Phrases("unnamed"),
            UnnamedRoles = Phrases("unnamed-roles"),
            SentenceOpeners = Phrases("sentence-openers"),
            OrganisationHeads = Phrases("organisation-heads"),
            Outlets = Phrases("outlets"),
            Firms = PhrasesFrom(ReadSections("firms.txt").GetValueOrDefault("") ?? []),
            OutletNouns = Phrases("outlet-nouns"),
            UsStateAbbreviations = Section("us-state-abbreviations").Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                .ToFrozenDictionary(words => Key(words[0]), words => words.Length > 1 && words[1] == "+word", StringComparer.Ordinal),
            Places = Phrases("places"),
            PlaceTails = Section("place-tails").Select(Normalise).ToFrozenSet(StringComparer.Ordinal),
            NamePrefixes = Set("name-prefixes"),
            AbbreviatedNamePrefixes = Section("abbreviated-name-prefixes").Select(Normalise).ToFrozenSet(StringComparer.Ordinal),
            AbbreviatedRoles = Section("abbreviated-roles").Select(Normalise).ToFrozenSet(StringComparer.Ordinal),
            NameOpeners = Section("name-openers").Select(Normalise).ToFrozenSet(StringComparer.Ordinal),
            Particles = Set("name-particles"),
            Degrees = Section("degrees").Select(Normalise).ToFrozenSet(StringComparer.Ordinal),
            InstitutionInitials = Section("institution-initials").Select(Normalise).ToFrozenSet(StringComparer.Ordinal),
            Demonstratives = Set("demonstratives"),
            Prepositions = Set("prepositions"),
            Subordinators = Set("subordinators"),
            SpeechNouns = Section("speech-nouns").Select(Normalise).ToFrozenSet(StringComparer.Ordinal),
            DegreeWords = Section("degree-words").Select(Normalise).ToFrozenSet(StringComparer.Ordinal),
            StatementSeekers = Section("statement-seekers").Select(Normalise).ToFrozenSet(StringComparer.Ordinal),
            SeatTitles = Section("seat-titles").Select(Normalise).ToFrozenSet(StringComparer.Ordinal),
            OccasionWords = Section("occasion-words").Select(Normalise).ToFrozenSet(StringComparer.Ordinal),
            CitedFrom = Section("cited-from").Select(Normalise).ToFrozenSet(StringComparer.Ordinal),
            AliasPhrases = Phrases("alias-phrases"),
            PersonNouns = Section("person-nouns").Select(Normalise).ToFrozenSet(StringComparer.Ordinal),
            TradeNouns = Section("trade-nouns").Select(Normalise).ToFrozenSet(StringComparer.Ordinal),
            PeopleGroups = Section("people-groups").Select(Normalise).ToFrozenSet(StringComparer.Ordinal),
            PossessiveNames = Section("possessive-names").Select(name => Key(name)[..^2]).ToFrozenSet(StringComparer.Ordinal),
            FemaleNouns = Section("female-nouns").Select(Normalise).ToFrozenSet(StringComparer.Ordinal),
            MaleNouns = Section("male-nouns").Select(Normalise).ToFrozenSet(StringComparer.Ordinal),
            ThingNouns = Section("thing-nouns").Select(Normalise).ToFrozenSet(StringComparer.Ordinal),
            MeasureWords = Section("measure-words").Select(Normalise).ToFrozenSet(StringComparer.Ordinal),
            OrganisationOrgans = Section("organisation-organs").Select(Normalise).ToFrozenSet(StringComparer.Ordinal),
            PublicBodies = Section("public-bodies").Select(Normalise).ToFrozenSet(StringComparer.Ordinal),
            CataphoricOpeners = Section("cataphoric-openers").Select(Normalise).ToFrozenSet(StringComparer.Ordinal),
            HearerVerbs = Section("hearer-verbs").Select(Normalise).ToFrozenSet(StringComparer.Ordinal),
            Copulas = Set("copulas"),
            InitialsWords = Section("initials-words").Select(Normalise).ToFrozenSet(StringComparer.Ordinal),
            AuxiliaryVerbs = Section("auxiliary-verbs").Select(Normalise).ToFrozenSet(StringComparer.Ordinal),
            ClauseCues = Section("clause-cues").Select(Normalise).ToFrozenSet(StringComparer.Ordinal),
            NumberedNames = Section("numbered-names").Select(Normalise).ToFrozenSet(StringComparer.Ordinal),
            StanceVerbs = Phrases("stance-verbs"),
            PluralSpeakers = Section("plural-speakers").Select(Normalise).ToFrozenSet(StringComparer.Ordinal),
            OwnedBodies = Section("owned-bodies").Select(Normalise).ToFrozenSet(StringComparer.Ordinal),
            OrganisationTails = Set("organisation-tails"),
            DocumentNames = Section("document-names").Select(Normalise).ToFrozenSet(StringComparer.Ordinal),
            RegulationHeads = Section("regulation-heads").Select(Normalise).ToFrozenSet(StringComparer.Ordinal),
            RulingHeads = Section("ruling-heads").Select(Normalise).ToFrozenSet(StringComparer.Ordinal),
            NotSpeakers = Set("not-speakers"),
            PlaceMarkers = Set("place-markers"),
            Common = Words(common),
            OrganisationWords = Words(ReadSections(code + ".org-words.txt", optional: true).GetValueOrDefault("") ?? []),
            Pronouns = Genders("pronouns"),
            RoleAliases = Pairs("role-aliases").ToFrozenDictionary(p => p.Key, p => Normalise(p.Value), StringComparer.Ordinal),
            Nicknames = Pairs("nicknames"),
            DocumentIssuers = [.. Pairs("document-issuers").Select(pair => (pair.Key.Split(' '), pair.Value))],
            Demonyms = Section("demonyms").Select(Normalise).ToFrozenSet(StringComparer.Ordinal),
            // Without a bit of its own (a language has sixteen): it is asked only of the few lower-case words after a capitalised one.
            StateBodies = new PhraseTable(Section("state-bodies")),
            OrganisationAliases = Pairs("organisation-aliases"),
            PlaceBodies = Pairs("place-bodies"),
            RegionShortForms = Pairs("region-short-forms").ToFrozenDictionary(pair => pair.Key, pair => Normalise(pair.Value).Split(' '), StringComparer.Ordinal),
            GivenNames = Genders("given-names"),
            OpeningGivenNames = Section("opening-given-names").Select(Normalise).ToFrozenSet(StringComparer.Ordinal),
            NamesakeHeads = Section("namesake-heads").Select(Normalise).ToFrozenSet(StringComparer.Ordinal),
            NewspaperTails = Section("newspaper-tails").Select(Normalise).ToFrozenSet(StringComparer.Ordinal),
            NameTitles = Section("name-titles").Select(Normalise).ToFrozenSet(StringComparer.Ordinal),
            RoyalTitles = Section("royal-titles").Select(Normalise).ToFrozenSet(StringComparer.Ordinal),
            DemonymNouns = Section("demonym-nouns").Select(Normalise).ToFrozenSet(StringComparer.Ordinal),
            SurnameDemonyms = Section("surname-demonyms").Select(Normalise).ToFrozenSet(StringComparer.Ordinal),
            GoverningNouns = Section("governing-nouns").Select(Normalise).ToFrozenSet(StringComparer.Ordinal),
            AliasWords = Words(Pairs("role-aliases").Keys),
            PronounWords = Words(Section("pronouns").Select(line => line.Split(':', 2)[0])),
            NicknameStarts = Words(Pairs("nicknames").Keys.Select(k => k.Split(' ')[0])),
            JoinedWords = joined.Where(w => !w.EndsWith('*') && !w.StartsWith('*')).ToFrozenSet(StringComparer.Ordinal),
            JoinedPrefixes = [.. joined.Where(w => w.EndsWith('*')).Select(w => w[..^1])],
            JoinedSuffixes = [.. joined.Where(w => w.StartsWith('*')).Select(w => w[1..])],
        };
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var table in phraseTables)
            foreach (var word in table.FirstWords)
                words[word] = words.GetValueOrDefault(word) | table.Bit;
        if (phraseTables.Count > 16) throw new InvalidOperationException("A language has at most 16 phrase tables.");
        foreach (var set in wordSets)
            foreach (var word in set.Words)
                words[word] = words.GetValueOrDefault(word) | set.Bit;
        var lexicon = words.ToFrozenDictionary(w => w.Key, w => new Word(w.Key, w.Value), StringComparer.Ordinal);
        result.lexicon = lexicon.GetAlternateLookup<ReadOnlySpan<char>>();
        return result;
    }

    private sealed record Word(string Key, int Tables);

    private FrozenDictionary<string, Word>.AlternateLookup<ReadOnlySpan<char>> lexicon;

    /// <summary>
    /// Looks a folded word up once, when a paragraph is tokenized: the tables' own string for it (so that a known word
    /// costs no new string) and which phrase tables have a phrase that starts with it, one bit each, so that
    /// <see cref="PhraseTable.Match(List{Token}, int, int)"/> rules out most words without a lookup of its own.
    /// </summary>
    public bool TryWord(ReadOnlySpan<char> key, out string word, out int tables)
    {
        if (lexicon.TryGetValue(key, out var entry))
        {
            word = entry.Key;
            tables = entry.Tables;
            return true;
        }
        word = "";
        tables = 0;
        return false;
    }

    /// <summary>
    /// The full name that a name's words stand for in <see cref="Nicknames"/>: the lookup of
    /// <c>string.Join(' ', words).ToLowerInvariant()</c>, made in a buffer instead of a string.
    /// </summary>
    public bool TryNickname(string[] words, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out string full)
    {
        var length = words.Length - 1;
        foreach (var word in words) length += word.Length;
        if (words.Length == 0 || length > MaxStackLookup) return Nicknames.TryGetValue(string.Join(' ', words).ToLowerInvariant(), out full);
        // Folding word by word gives what folding the joined words does: the space folds to itself.
        Span<char> key = stackalloc char[length];
        var at = 0;
        foreach (var word in words)
        {
            if (at > 0) key[at++] = ' ';
            at += word.AsSpan().ToLowerInvariant(key[at..]);
        }
        return Nicknames.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out full);
    }

    private const int MaxStackLookup = 256;

    /// <summary>
    /// The lookup of <c>RoleAliases[first + " " + second]</c>, with the two keys joined in a buffer instead of a string: it is
    /// asked at every word of a role.
    /// </summary>
    public bool TryRoleAlias(string first, string second, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out string role)
    {
        var length = first.Length + 1 + second.Length;
        if (length > MaxStackLookup) return RoleAliases.TryGetValue(first + " " + second, out role);
        Span<char> key = stackalloc char[length];
        first.CopyTo(key);
        key[first.Length] = ' ';
        second.CopyTo(key[(first.Length + 1)..]);
        return RoleAliases.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out role);
    }

    /// <summary>
    /// The lookup of <c>GivenNames[Key(word)]</c>, with the word folded in a buffer instead of a string: it is asked of most
    /// names the article gives.
    /// </summary>
    public bool TryGivenName(ReadOnlySpan<char> word, out Gender gender)
    {
        if (word.Length > 1 && word[^1] == '.') word = word[..^1];
        if (word.Length > MaxStackLookup) return GivenNames.TryGetValue(Key(word), out gender);
        Span<char> key = stackalloc char[word.Length];
        word.ToLowerInvariant(key);
        return GivenNames.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out gender);
    }

    /// <summary>True when the word, folded as <see cref="Key(string)"/> folds it, is one of <see cref="GivenNames"/>.</summary>
    public bool IsGivenName(ReadOnlySpan<char> word) => TryGivenName(word, out _);

    /// <summary>
    /// A word one letter off a one-word verb of speech of four letters or more, with the same first letter, and no word of its
    /// own ("kara" for "kata", "tutu" for "tutur", "ujaw" for "ujar"): a slip of the writer's that a reader reads as the verb.
    /// </summary>
    public bool IsMisspeltCue(string key)
    {
        if (key.Length < 4 || Common.Contains(key) || CueVerbs.Contains(key)) return false;
        foreach (var verb in CueWords)
            if (verb[0] == key[0] && OneEditApart(verb, key)) return true;
        return false;
    }

    /// <summary>The one-word verbs of speech of four letters or more, for <see cref="IsMisspeltCue"/>.</summary>
    public required string[] CueWords { get; init; }

    // One letter changed, added or left out.
    private static bool OneEditApart(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1) return false;
        var (longer, shorter) = a.Length >= b.Length ? (a, b) : (b, a);
        var i = 0;
        while (i < shorter.Length && longer[i] == shorter[i]) i++;
        return longer.Length == shorter.Length
            ? i < shorter.Length && longer.AsSpan(i + 1).SequenceEqual(shorter.AsSpan(i + 1))
            : longer.AsSpan(i + 1).SequenceEqual(shorter.AsSpan(i));
    }

    /// <summary>Whether two folded words open a name together ([name-openers]: "anak agung", "la ode").</summary>
    public bool IsNameOpenerPair(ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        if (NameOpeners.Count == 0 || first.Length + second.Length >= 64) return false;
        Span<char> pair = stackalloc char[first.Length + 1 + second.Length];
        first.CopyTo(pair);
        pair[first.Length] = ' ';
        second.CopyTo(pair[(first.Length + 1)..]);
        return NameOpeners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(pair);
    }

    /// <summary>A given name of this language or an English one ("Elisabeth", "Stephen" in Indonesian news).</summary>
    public bool IsKnownGivenName(ReadOnlySpan<char> word) => IsGivenName(word) || English.IsGivenName(word);

    private static string Normalise(string phrase) =>
        string.Join(' ', phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(w => Key(w)));

    // "[name]" opens a section; "#" starts a comment; blank lines are skipped. Lines before any section belong to "".
    private static Dictionary<string, List<string>> ReadSections(string file, bool optional = false)
    {
        var assembly = typeof(LanguageTables).Assembly;
        var resource = assembly.GetManifestResourceNames().SingleOrDefault(n => n.EndsWith(".Tables." + file, StringComparison.Ordinal));
        if (resource is null && optional) return [];
        if (resource is null) throw new InvalidOperationException($"The language table {file} is not embedded.");
        using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
        var sections = new Dictionary<string, List<string>>(StringComparer.Ordinal) { [""] = [] };
        var current = sections[""];
        while (reader.ReadLine() is { } line)
        {
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            if (hash >= 0) line = line[..hash];
            line = line.Trim();
            if (line.Length == 0) continue;
            if (line[0] == '[' && line[^1] == ']')
            {
                current = sections.TryGetValue(line[1..^1], out var existing) ? existing : sections[line[1..^1]] = [];
                continue;
            }
            current.Add(line);
        }
        return sections;
    }
}

/// <summary>
/// Single words of one kind (prepositions, name prefixes, common words …). A token carries the bits of the sets that hold
/// its key from tokenization on, so asking about a token costs no lookup; asking about a string looks it up.
/// </summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string> words;

    public WordSet(IEnumerable<string> words, int bit)
    {
        this.words = words.ToFrozenSet(StringComparer.Ordinal);
        Bit = bit;
    }

    public int Bit { get; }

    public IEnumerable<string> Words => words;

    public int Count => words.Count;

    public bool Contains(string key) => words.Contains(key);

    public bool Contains(ReadOnlySpan<char> key) => words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(key);

    public bool Contains(in Token token) => token.IsWord && (token.Tables & Bit) != 0;
}

/// <summary>
/// Phrases of one or more words, matched against tokens longest first. An entry may end with a flag
/// (<c>bupati +place</c>): <see cref="Match"/> reports it.
/// </summary>
internal sealed class PhraseTable
{
    private readonly FrozenDictionary<string, (string[] Words, string? Flag)[]> byFirstWord;

    /// <summary>This table's bit in <see cref="Token.Tables"/>.</summary>
    public int Bit { get; }

    public IEnumerable<string> FirstWords => byFirstWord.Keys;

    /// <summary>How many words the table's longest phrase has (0 when it has none).</summary>
    public int LongestPhrase { get; }

    public PhraseTable(IEnumerable<string> lines, int index = -1)
    {
        if (index >= 16) throw new InvalidOperationException("A language has at most 16 phrase tables.");
        Bit = index < 0 ? 0 : 1 << index;
        var entries = new List<(string[] Words, string? Flag)>();
        foreach (var line in lines)
        {
            var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            string? flag = null;
            if (words.Length > 1 && words[^1].StartsWith('+')) { flag = words[^1][1..]; words = words[..^1]; }
            entries.Add(([.. words.Select(w => LanguageTables.Key(w))], flag));
        }
        LongestPhrase = entries.Count == 0 ? 0 : entries.Max(e => e.Words.Length);
        byFirstWord = entries.GroupBy(e => e.Words[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(e => e.Words.Length).ThenBy(e => e.Flag is null ? 0 : 1).ToArray(), StringComparer.Ordinal);
    }

    public bool Contains(string key) => byFirstWord.TryGetValue(key, out var entries) && entries.Any(e => e.Words.Length == 1);

    /// <summary>Whether the words, as a name's words are written, are one of the table's phrases ("BBC News").</summary>
    public bool ContainsPhrase(string[] words)
    {
        if (words.Length == 0 || !byFirstWord.TryGetValue(LanguageTables.Key(words[0]), out var entries)) return false;
        foreach (var entry in entries)
        {
            if (entry.Words.Length != words.Length) continue;
            var same = true;
            for (var i = 1; i < words.Length && same; i++) same = entry.Words[i] == LanguageTables.Key(words[i]);
            if (same) return true;
        }
        return false;
    }

    /// <summary>Whether a phrase of the table opens with the word (folded as <see cref="LanguageTables.Key(string)"/> folds it).</summary>
    public bool Opens(ReadOnlySpan<char> key) => byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(key);

    /// <summary>How many tokens from <paramref name="start"/> (before <paramref name="end"/>) the longest phrase covers; 0 when none.</summary>
    /// <remarks>
    /// The tables are asked about most tokens of a paragraph, several times over, and most tokens open no phrase of the
    /// table: the token's bit says so, and that test is inlined where the table is asked; the phrases are read only for a
    /// token that opens one.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Match(TokenList tokens, int start, int end, out string? flag)
    {
        flag = null;
        if (start >= end) return 0;
        ref readonly var first = ref tokens[start];
        if (!first.IsWord || Bit != 0 && (first.Tables & Bit) == 0) return 0;
        return MatchPhrases(tokens, start, end, out flag);
    }

    private int MatchPhrases(TokenList tokens, int start, int end, out string? flag)
    {
        flag = null;
        // The tokens are read in place, not copied.
        var span = tokens.AsSpan();
        if (!byFirstWord.TryGetValue(span[start].Key, out var entries)) return 0;
        var best = 0;
        foreach (var (words, entryFlag) in entries)
        {
            if (words.Length > end - start || words.Length < best) continue;
            var matched = true;
            for (var k = 1; k < words.Length && matched; k++)
                // A phrase may hold a mark written as its own word: "dato ' sri".
                matched = span[start + k].Key == words[k] && (span[start + k].IsWord || !char.IsLetterOrDigit(words[k][0]));
            if (!matched) continue;
            if (words.Length > best || (words.Length == best && entryFlag is not null)) { best = words.Length; flag = entryFlag; }
        }
        return best;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Match(TokenList tokens, int start, int end) => Match(tokens, start, end, out _);
}
