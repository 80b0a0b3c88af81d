namespace NewsReader.Parsing.Attribution;

/// <summary>
/// The entities grouping has made so far, indexed by what <see cref="ArticlePeople"/>'s <c>Find</c> compares, so that a
/// mention is tested only against the entities that one of its tests can accept. Every test of <c>Find</c> that can say
/// "the same" needs one of these:
/// <list type="bullet">
/// <item>a word in common, compared without case (<c>Contains</c> either way, a firm's first or closing word, the name
/// equal to the entity's whole name or to the mention's bracketed short form, the words of a well-known full name from the
/// tables, either side's): the entity is listed under each word of its name, its whole name and its full name's words;</item>
/// <item>an alias (a bracketed short form or other name): every entity that has one is a candidate;</item>
/// <item>an acronym: an acronym's first letter (past any "&amp;") is the first letter of the other name's first capitalised
/// word (<c>IsAcronymOf</c>, <c>IsSpacedAcronymOf</c>, either way);</item>
/// <item>in Indonesian, the same first letter of the first word, in either case (<c>IsHeadShortForm</c>,
/// <c>IsSyllableShortForm</c>), and for two one-word person names, the same last four letters (<c>IsTailOfSingleName</c>).</item>
/// </list>
/// A mention of one word with a title (<c>HoldsTitle</c> reads the entity's mentions' titles) is tested against every entity.
/// The candidates are returned in the entities' order, so the first of two equally recent matches is still chosen.
/// An entity is listed again whenever its name changes (keys are never taken away: a stale key only adds a candidate).
/// Most articles name few entities, and testing them all costs less than the index: the index is made only when an article
/// has <see cref="Threshold"/> entities, and kept from then on. A new test in <c>Find</c> that can say "the same" needs its
/// key here: <c>EntityIndexTests</c> parses the fixtures and a third of the corpus with the index and without it. One index per thread, cleared for each article.
/// </summary>
internal sealed class EntityIndex
{
    [ThreadStatic] private static EntityIndex? perThread;

    public static EntityIndex ForArticle(LanguageTables tables)
    {
        var index = perThread ??= new EntityIndex();
        index.Clear();
        index.tables = tables;
        return index;
    }

    private LanguageTables tables = null!;

    // Each key's entities as a chain through `links`, newest first.
    private Dictionary<string, int> byWord = new(StringComparer.OrdinalIgnoreCase);
    private Dictionary<string, int> byTail = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<char, int> byFirstLetter = [];
    private readonly Dictionary<char, int> byCapitalInitial = [];
    private readonly Dictionary<char, int> byAcronymInitial = [];
    private readonly List<(int Entity, int Next)> links = [];
    // Per entity (by Entity.Number): the name last indexed, and whether it is among the entities with an alias.
    private readonly List<string[]?> indexedName = [];
    private readonly List<int> aliased = [];
    private readonly List<bool> isAliased = [];
    private readonly List<int> numbers = [];
    private readonly List<Entity> candidates = [];
    private int[] seen = new int[64];
    private int call;

    /// <summary>
    /// How many entities an article has before its mentions are looked up (24). A test sets it for its own thread
    /// (<c>EntityIndexTests</c>: 0, the index for every article, against none) to show that the index keeps every match.
    /// </summary>
    internal static int Threshold
    {
        get => threshold ?? 24;
        set => threshold = value;
    }

    [ThreadStatic] private static int? threshold;

    // Whether the article has reached the threshold (before, nothing is indexed and every entity is a candidate).
    private bool active;

    private void Clear()
    {
        // A long article's dictionaries are dropped rather than cleared for every article after it.
        if (byWord.Count > 2048) byWord = new(StringComparer.OrdinalIgnoreCase); else byWord.Clear();
        if (byTail.Count > 2048) byTail = new(StringComparer.OrdinalIgnoreCase); else byTail.Clear();
        byFirstLetter.Clear();
        byCapitalInitial.Clear();
        byAcronymInitial.Clear();
        links.Clear();
        indexedName.Clear();
        aliased.Clear();
        isAliased.Clear();
        active = false;
    }

    /// <summary>Lists a new entity, or one whose name or aliases may have changed (after each mention it takes).</summary>
    public void Add(Entity entity)
    {
        if (!active) return;
        var indonesian = tables.IsIndonesian;
        var number = entity.Number;
        while (indexedName.Count <= number) { indexedName.Add(null); isAliased.Add(false); }
        if (!isAliased[number] && entity.Aliases.Count > 0)
        {
            isAliased[number] = true;
            aliased.Add(number);
        }
        var name = entity.Name;
        if (ReferenceEquals(indexedName[number], name)) return;
        indexedName[number] = name;
        if (name.Length == 0) return;
        foreach (var word in name) Link(byWord, word, number);
        if (name.Length > 1) Link(byWord, entity.Canonical, number);
        if (entity.Kind == MentionKind.Organisation)
        {
            if (entity.FullNameWords(tables) is { } full)
                foreach (var word in full) Link(byWord, word, number);
            if (FirstCapitalInitial(name) is { } initial) Link(byCapitalInitial, initial, number);
            if (AcronymInitial(entity.Canonical) is { } acronym) Link(byAcronymInitial, acronym, number);
            if (indonesian && name[0].Length > 0) Link(byFirstLetter, char.ToLowerInvariant(name[0][0]), number);
        }
        else if (indonesian && name.Length == 1 && name[0].Length >= 4) Link(byTail, name[0][^4..], number);
    }

    /// <summary>
    /// The entities the mention can be the same as, in the entities' order: <paramref name="all"/> itself when the mention
    /// has to be tested against every entity. <paramref name="fullName"/> is the well-known full name the mention's name is a
    /// short form of, or null.
    /// </summary>
    public List<Entity> Candidates(Mention mention, List<Entity> all, string[]? fullName)
    {
        if (all.Count < Threshold) return all;
        if (!active)
        {
            active = true;
            foreach (var entity in all) Add(entity);
        }
        var indonesian = tables.IsIndonesian;
        var name = mention.Name;
        if (mention.Kind == MentionKind.Person && name.Length == 1 && mention.RoleKey is not null) return all;
        foreach (var word in name)
            if (word.Length == 0) return all;
        if (++call == int.MaxValue) { Array.Clear(seen); call = 1; }
        if (seen.Length < all.Count) seen = new int[Math.Max(all.Count, seen.Length * 2)];
        numbers.Clear();
        foreach (var number in aliased) Take(number);
        foreach (var word in name) Take(byWord, word);
        if (name.Length > 1) Take(byWord, mention.NameText);
        if (mention.Bracketed is { } bracketed) Take(byWord, bracketed);
        if (fullName is not null)
            foreach (var word in fullName) Take(byWord, word);
        if (mention.Kind == MentionKind.Organisation)
        {
            if (AcronymInitial(mention.NameText) is { } acronym) Take(byCapitalInitial, acronym);
            if (FirstCapitalInitial(name) is { } initial) Take(byAcronymInitial, initial);
            if (indonesian) Take(byFirstLetter, char.ToLowerInvariant(name[0][0]));
        }
        else
        {
            // "Mas" in "Sinar Mas Multifinance" read as a title: the firm's words as the mention was written.
            if (mention.Role is not null)
            {
                var surface = mention.Surface.AsSpan();
                var space = surface.IndexOf(' ');
                Take(byWord, space < 0 ? surface : surface[..space]);
            }
            if (indonesian && name.Length == 1 && name[0].Length >= 4) Take(byTail, name[0].AsSpan(name[0].Length - 4));
        }
        numbers.Sort();
        candidates.Clear();
        foreach (var number in numbers) candidates.Add(all[number]);
        return candidates;
    }

    private void Take(int number)
    {
        if (seen[number] == call) return;
        seen[number] = call;
        numbers.Add(number);
    }

    private void Take<TKey>(Dictionary<TKey, int> index, TKey key) where TKey : notnull
    {
        if (index.TryGetValue(key, out var link)) TakeChain(link);
    }

    private void Take(Dictionary<string, int> index, ReadOnlySpan<char> key)
    {
        if (index.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var link)) TakeChain(link);
    }

    private void TakeChain(int link)
    {
        for (; link >= 0; link = links[link].Next) Take(links[link].Entity);
    }

    private void Link<TKey>(Dictionary<TKey, int> index, TKey key, int number) where TKey : notnull
    {
        ref var head = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(index, key, out var exists);
        if (exists && links[head].Entity == number) return;
        links.Add((number, exists ? head : -1));
        head = links.Count - 1;
    }

    // The first letter of the name's first capitalised word: what an acronym's first letter must be.
    private static char? FirstCapitalInitial(string[] name)
    {
        foreach (var word in name)
            if (word.Length > 0 && char.IsUpper(word[0])) return word[0];
        return null;
    }

    // An acronym's first letter, past any "&", when the text can be one ("BRN", "M&S", or capitals spaced: "FMDM SIL UI").
    private static char? AcronymInitial(string text)
    {
        char? initial = null;
        foreach (var c in text)
            if (c is '&' or ' ') continue;
            else if (!char.IsUpper(c)) return null;
            else initial ??= c;
        return initial;
    }
}
