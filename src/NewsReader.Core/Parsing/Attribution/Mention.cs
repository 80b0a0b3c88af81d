namespace NewsReader.Parsing.Attribution;

internal enum MentionKind
{
    /// <summary>A person's name, perhaps with a role before it: <c>Menteri Keuangan Sri Mulyani</c>.</summary>
    Person,
    /// <summary>An organisation or outlet: <c>Bank Indonesia</c>, <c>PT Kereta Api Indonesia (Persero)</c>, <c>BI</c>.</summary>
    Organisation,
    /// <summary>A role with no name: <c>Presiden</c>, <c>Menkeu</c>, <c>the minister</c>.</summary>
    Role,
}

/// <summary>
/// One place where the article names someone: tokens <c>[First, End)</c> of paragraph <see cref="Block"/>, of which
/// <c>[NameFirst, End)</c> are the name and the words before it the role (<see cref="Role"/>).
/// </summary>
internal sealed class Mention
{
    public required int Block { get; init; }
    public required int First { get; init; }
    public required int NameFirst { get; init; }
    public required int End { get; init; }
    /// <summary>Position in the article's text, for document order.</summary>
    public required int Position { get; init; }
    public required MentionKind Kind { get; set; }
    /// <summary>The words of the name (a nickname in the tables is replaced by the full name it stands for).</summary>
    public required string[] Name
    {
        get => name;
        set { name = value; nameText = null; }
    }
    private string[] name = [];
    private string? nameText;
    /// <summary>The words as printed, role included.</summary>
    public required string Surface { get; init; }
    public string? Role { get; init; }
    /// <summary>An organisation's mention with a title before it and no name ("Ketua DKPP"): someone who holds the title.</summary>
    public string? Title { get; init; }
    /// <summary>The role folded for matching (<c>menteri keuangan</c>), with an alias (<c>Menkeu</c>) replaced by its role.</summary>
    public string? RoleKey { get; init; }
    /// <summary>A name in brackets after this one: an acronym (<c>(BRN)</c>) or a nickname (<c>(Jokowi)</c>).</summary>
    public string? Bracketed { get; set; }
    /// <summary>Another short name given after the bracket: <c>(SRIL) atau Sritex</c>.</summary>
    public string? OtherName { get; set; }
    /// <summary>From the name, honorific or title; or from a word for a man or a woman set off before it ("His daughter, …").</summary>
    public Gender Gender { get; set; }
    /// <summary>The subject of a sentence or of a verb of speech: someone a later pronoun can refer to.</summary>
    public bool Salient { get; set; }
    /// <summary>The subject of a verb of speech, the source after "menurut", the agent of a passive verb of speech.</summary>
    public bool Speaks { get; set; }
    /// <summary>Opens its sentence, after openers: the sentence's subject.</summary>
    public bool Subject { get; set; }
    /// <summary>Speaks in a sentence that holds no quote and follows none: reported speech ("Wana mengatakan, …").</summary>
    public bool Reports { get; set; }
    /// <summary>Speaks inside someone else's report in the same sentence ("Deni mengungkapkan, … Sri Mulyani berharap …"):
    /// told about, not the one telling.</summary>
    public bool Reported { get; set; }
    /// <summary>Right after a preposition ("gugatan … dari PT Megah Bangun Baja Semesta") or "bahwa": what the sentence is
    /// about is someone else.</summary>
    public bool Governed { get; set; }
    /// <summary>One capitalised word that opens its sentence: perhaps a name, perhaps only a capital ("Regenerasi").</summary>
    public bool Weak { get; init; }
    /// <summary>Named right after a noun for a news outlet ("magazine Silver Echo"): an outlet, whatever its words.</summary>
    public bool NamesOutlet { get; set; }
    public Entity? Entity { get; set; }
    /// <summary>An ordinary word right before the name, after a title: the name's first word when the article also calls them by it.</summary>
    public string? Before { get; init; }

    public string NameText => nameText ??= string.Join(' ', Name);
    /// <summary>A social-media handle ("@imam_ghzz"): one word, its at sign and all.</summary>
    public bool IsHandle => Name is [var handle] && handle.StartsWith('@');

    public override string ToString() => $"{Kind} {Surface} → {NameText}";
}

/// <summary>
/// One person or organisation of an article, owning its mentions. Its representative name is the fullest form the
/// article gives anywhere (the most words; on a tie the first given), as ANNOTATION.md asks.
/// </summary>
internal sealed class Entity
{
    private readonly List<Mention> mentions = [];

    public Entity(MentionKind kind) => Kind = kind;

    public MentionKind Kind { get; }
    /// <summary>Its place in the article's list of entities (grouping's <see cref="EntityIndex"/> reads it).</summary>
    public int Number { get; init; }
    /// <summary>The entity's mentions, to read (<see cref="Add"/> adds one): a list, so that a foreach over it boxes no enumerator.</summary>
    public List<Mention> Mentions => mentions;
    /// <summary>The mentions in document order (they are added in that order, except when a short entity joins a fuller one).</summary>
    internal List<Mention> MentionList
    {
        get
        {
            if (!sorted) { mentions.Sort((a, b) => a.Position.CompareTo(b.Position)); sorted = true; }
            return mentions;
        }
    }
    private bool sorted;
    public string[] Name
    {
        get => name;
        private set { name = value; canonical = null; canonicalKey = null; fullNameLooked = false; }
    }
    private string[] name = [];
    private string? canonical;
    private string? canonicalKey;
    private string[]? fullNameWords;
    private bool fullNameLooked;
    public IReadOnlySet<string> Roles => roles ?? NoWords;
    /// <summary>Acronyms and nicknames the article gives in brackets, folded.</summary>
    public IReadOnlySet<string> Aliases => aliases ?? NoWords;
    // Made on the first role or alias: most entities have neither.
    private HashSet<string>? roles;
    private HashSet<string>? aliases;
    private static readonly IReadOnlySet<string> NoWords = new HashSet<string>();
    public Gender Gender { get; private set; }
    public string? Role { get; private set; }

    /// <summary>Takes the gender the article shows ("Govender … his"), when names and titles gave none.</summary>
    public void InferGender(Gender gender)
    {
        if (Gender == Gender.Unknown) Gender = gender;
    }

    /// <summary>Drops the first words of the representative name (an organisation's words before a person's name).</summary>
    public void TrimName(int words) => Name = Name[words..];

    /// <summary>Puts a word before the representative name ("Maya" before "Kusumawardhani").</summary>
    public void Prepend(string word) => Name = [word, .. Name];

    /// <summary>Takes the fuller name the article gives elsewhere (inside a quotation) as the representative one.</summary>
    public void NameAs(string[] name) => Name = name;

    public string Canonical => canonical ??= string.Join(' ', Name);

    /// <summary>The representative name folded for the tables (lower case).</summary>
    public string CanonicalKey => canonicalKey ??= Canonical.ToLowerInvariant();

    /// <summary>
    /// The words of the full name the representative name is a well-known short form of
    /// (<see cref="LanguageTables.OrganisationFullName"/>), looked up once for each name: grouping asks for every mention.
    /// </summary>
    public string[]? FullNameWords(LanguageTables tables)
    {
        if (!fullNameLooked) (fullNameWords, fullNameLooked) = (tables.OrganisationFullName(CanonicalKey), true);
        return fullNameWords;
    }

    /// <summary>Whether a pronoun may stand for this entity (<see cref="ArticlePeople"/> decides once, after grouping).</summary>
    public bool? PersonLike { get; set; }

    /// <summary>Takes the mention; its name becomes the representative one when fuller, unless it is what the person is
    /// called (<paramref name="calledBy"/>: "Pria yang biasa disapa Daeng Sikki" stays Syamsuddin).</summary>
    public void Add(Mention mention, bool calledBy = false)
    {
        if (mentions.Count > 0 && mention.Position < mentions[^1].Position) sorted = false;
        mentions.Add(mention);
        mention.Entity = this;
        if (!calledBy && (mention.Name.Length > Name.Length || ArticlePeople.IsTailOfSingleName(Name, mention.Name))) Name = mention.Name;
        if (mention.RoleKey is { } key) (roles ??= new(StringComparer.Ordinal)).Add(key);
        Role ??= mention.Role;
        if (mention.Bracketed is { } alias) (aliases ??= new(StringComparer.Ordinal)).Add(alias.ToLowerInvariant());
        if (mention.OtherName is { } other) (aliases ??= new(StringComparer.Ordinal)).Add(other.ToLowerInvariant());
        if (Gender == Gender.Unknown) Gender = mention.Gender;
    }

    /// <summary>Gives the entity a title the article sets beside one of its mentions ("Tom Wright, the Bishop of Durham").</summary>
    public void AddRole(string key) => (roles ??= new(StringComparer.Ordinal)).Add(key);

    /// <summary>
    /// Titles as printed that the article set off beside the name ("Direktur Jenderal Perhubungan Udara Kementerian
    /// Perhubungan, Lukman …"), read as a mention's own title is (<see cref="Mention.Role"/>).
    /// </summary>
    public IReadOnlyList<string> Titles => titles ?? [];
    private List<string>? titles;

    public void AddTitle(string title) => (titles ??= []).Add(title);

    /// <summary>The last mention before <paramref name="position"/>, or -1.</summary>
    public int LastBefore(int position) => LatestBefore(position)?.Position ?? -1;

    /// <summary>The entity's last mention before <paramref name="position"/>, or null.</summary>
    public Mention? LatestBefore(int position)
    {
        var list = MentionList;
        var lo = 0;
        var hi = list.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (list[mid].Position < position) lo = mid + 1; else hi = mid;
        }
        return lo > 0 ? list[lo - 1] : null;
    }

    public override string ToString() => $"{Kind} {Canonical}";
}
