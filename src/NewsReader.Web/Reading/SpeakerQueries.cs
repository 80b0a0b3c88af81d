using Microsoft.EntityFrameworkCore;
using NewsReader.Web.Data;

namespace NewsReader.Web.Reading;

/// <summary>Who said what, across the library: the queries behind the speaker pages and their exports.</summary>
public static class SpeakerQueries
{
    public sealed record SpeakerRow(string Slug, string Name, int Quotes, int Articles);

    public sealed record QuoteRow(string Speaker, string? Role, string Text, string Kind, int Ordinal, string ArticleSlug, string Headline,
        string? Outlet, string? PublishedIso, DateTime SortKey)
    {
        public string Link => $"/articles/{ArticleSlug}#quote-{Ordinal}";
    }

    /// <summary>One name a person was quoted under (<c>Jokowi</c>, <c>Presiden Joko Widodo</c>, <c>Menkeu</c>) and how often.</summary>
    public sealed record QuotedAs(string Name, int Quotes);

    public sealed record Summary(string Name, IReadOnlyList<string> Roles, int Quotes, int Articles, IReadOnlyList<QuotedAs> QuotedUnder);

    /// <summary>A person as the speaker pages, the API and the feeds show them: their canonical slug, every slug of theirs, and their summary.</summary>
    public sealed record Person(string Slug, IReadOnlyList<string> Slugs, Summary Summary);

    /// <summary>
    /// The person a speaker slug belongs to (a shorter form of a name, "sri-mulyani", gives "sri-mulyani-indrawati"), or null
    /// when nobody by that slug is quoted. Cached per library version.
    /// </summary>
    public static async Task<Person?> PersonAsync(NewsReaderDb db, LibraryCache cache, string slug, CancellationToken cancellationToken)
    {
        if (slug.Length > 200) return null;
        var directory = await DirectoryAsync(cache, db, cancellationToken);
        var canonical = directory.Canonical(slug);
        var slugs = directory.Slugs(canonical);
        var summary = await cache.GetAsync("speaker:" + canonical, () => SummaryAsync(db, slugs, cancellationToken));
        return summary is null ? null : new Person(canonical, slugs, summary);
    }

    /// <summary>A person's name (the fullest, then the commonest spelling), roles, counts and the names they were quoted under.</summary>
    public static async Task<Summary?> SummaryAsync(NewsReaderDb db, IReadOnlyCollection<string> slugs, CancellationToken cancellationToken)
    {
        var names = await db.Quotes.AsNoTracking().Where(q => slugs.Contains(q.SpeakerSlug!))
            .GroupBy(q => new { q.Speaker, q.Role }).Select(g => new { g.Key.Speaker, g.Key.Role, Count = g.Count() }).ToListAsync(cancellationToken);
        if (names.Count == 0) return null;
        var articles = await db.Quotes.AsNoTracking().Where(q => slugs.Contains(q.SpeakerSlug!)).Select(q => q.ArticleId).Distinct().CountAsync(cancellationToken);
        var name = names.GroupBy(n => n.Speaker!).OrderByDescending(g => Words(g.Key).Length).ThenByDescending(g => g.Sum(n => n.Count)).First().Key;
        var roles = names.Where(n => n.Role is not null).OrderByDescending(n => n.Count).Select(n => n.Role!).Distinct().Take(5).ToList();
        // The words at the cues that named them; pronouns and continued quotes name nobody.
        var mentions = await db.Quotes.AsNoTracking()
            .Where(q => slugs.Contains(q.SpeakerSlug!) && q.SpeakerMention != null && q.SpeakerSource != "pronoun" && q.SpeakerSource != "continuation")
            .GroupBy(q => q.SpeakerMention!).Select(g => new { Name = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var quotedUnder = mentions.GroupBy(m => m.Name, StringComparer.OrdinalIgnoreCase)
            .Select(g => new QuotedAs(g.OrderByDescending(m => m.Count).First().Name, g.Sum(m => m.Count)))
            .OrderByDescending(m => m.Quotes).ThenBy(m => m.Name, StringComparer.Ordinal).Take(20).ToList();
        return new Summary(name, roles, names.Sum(n => n.Count), articles, quotedUnder);
    }

    /// <summary>Every person quoted in the library, most quoted first.</summary>
    public static async Task<List<SpeakerRow>> ListAsync(NewsReaderDb db, SpeakerDirectory directory, CancellationToken cancellationToken)
    {
        var pairs = await db.Quotes.AsNoTracking()
            .Where(q => q.SpeakerSlug != null && q.SpeakerSlug != "")
            .GroupBy(q => new { Slug = q.SpeakerSlug!, q.ArticleId })
            .Select(g => new { g.Key.Slug, g.Key.ArticleId, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return pairs.GroupBy(p => directory.Canonical(p.Slug))
            .Select(g => new SpeakerRow(g.Key, directory.Name(g.Key), g.Sum(p => p.Count), g.Select(p => p.ArticleId).Distinct().Count()))
            .OrderByDescending(r => r.Quotes).ThenBy(r => r.Slug, StringComparer.Ordinal)
            .ToList();
    }

    public static Task<List<QuoteRow>> QuotesAsync(NewsReaderDb db, IReadOnlyCollection<string> slugs, int limit, CancellationToken cancellationToken, int skip = 0) =>
        db.Quotes.AsNoTracking()
            .Where(q => slugs.Contains(q.SpeakerSlug!))
            .OrderByDescending(q => q.Article!.SortKey).ThenByDescending(q => q.ArticleId).ThenBy(q => q.Ordinal)
            .Skip(skip).Take(limit)
            .Select(q => new QuoteRow(q.Speaker!, q.Role, q.Text, q.Kind, q.Ordinal, q.Article!.Slug, q.Article.Headline, q.Article.Outlet,
                q.Article.PublishedIso, q.Article.SortKey))
            .ToListAsync(cancellationToken);

    /// <summary>The library's speakers grouped into people, built once per library version.</summary>
    public static Task<SpeakerDirectory> DirectoryAsync(LibraryCache cache, NewsReaderDb db, CancellationToken cancellationToken) =>
        cache.GetAsync("speaker-directory", () => DirectoryAsync(db, cancellationToken));

    /// <summary>The library's speakers grouped into people (see <see cref="SpeakerDirectory"/>).</summary>
    public static async Task<SpeakerDirectory> DirectoryAsync(NewsReaderDb db, CancellationToken cancellationToken)
    {
        var names = await db.Quotes.AsNoTracking()
            .Where(q => q.SpeakerSlug != null && q.SpeakerSlug != "" && q.Speaker != null)
            .GroupBy(q => new { Slug = q.SpeakerSlug!, Name = q.Speaker! })
            .Select(g => new { g.Key.Slug, g.Key.Name, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return SpeakerDirectory.Build(names.Select(n => (n.Slug, n.Name, n.Count)));
    }

    internal static string[] Words(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>
/// Groups the library's speaker names into people. Each article names a speaker by the fullest form it gives, so one
/// person can reach the library as <c>Sri Mulyani</c> from one article and <c>Sri Mulyani Indrawati</c> from another: a
/// name of two or more words whose words all stand, in order, in exactly one longer name joins that person. One-word
/// names stay apart (<c>Budi</c> may be any Budi), and a name found in two longer names (<c>Budi Santoso</c> in
/// <c>Budi Santoso Wibowo</c> and <c>Budi Santoso Hadi</c>) joins neither, so different people are never merged.
/// </summary>
public sealed class SpeakerDirectory
{
    private readonly Dictionary<string, string> canonical;
    private readonly Dictionary<string, List<string>> members;
    private readonly Dictionary<string, string> names;

    private SpeakerDirectory(Dictionary<string, string> canonical, Dictionary<string, List<string>> members, Dictionary<string, string> names)
    {
        this.canonical = canonical;
        this.members = members;
        this.names = names;
    }

    /// <summary>The slug of the person a speaker slug belongs to (itself when it joined nobody).</summary>
    public string Canonical(string slug) => canonical.GetValueOrDefault(slug, slug);

    /// <summary>Every speaker slug of the person with this canonical slug, itself included.</summary>
    public IReadOnlyList<string> Slugs(string canonicalSlug) => members.TryGetValue(canonicalSlug, out var list) ? list : [canonicalSlug];

    /// <summary>The person's name: the commonest spelling of their canonical slug.</summary>
    public string Name(string canonicalSlug) => names.GetValueOrDefault(canonicalSlug, canonicalSlug);

    public static SpeakerDirectory Build(IEnumerable<(string Slug, string Name, int Quotes)> rows)
    {
        var names = rows.GroupBy(r => r.Slug, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.Quotes).ThenBy(r => r.Name, StringComparer.Ordinal).First().Name, StringComparer.Ordinal);
        var words = names.ToDictionary(n => n.Key, n => SpeakerQueries.Words(n.Value.ToLowerInvariant()), StringComparer.Ordinal);
        // Which names hold each word, so that a name is compared only with the names sharing its rarest word.
        var byWord = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (slug, nameWords) in words)
            foreach (var word in nameWords.Distinct())
                (byWord.TryGetValue(word, out var list) ? list : byWord[word] = []).Add(slug);

        var canonical = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (slug, nameWords) in words)
        {
            if (nameWords.Length < 2) continue;
            var rarest = nameWords.MinBy(w => byWord[w].Count)!;
            var longer = byWord[rarest].Where(other => words[other].Length > nameWords.Length && InOrder(nameWords, words[other])).ToList();
            // The longest forms only: "Mulyani Indrawati" in "Sri Mulyani Indrawati" is one person, not two.
            var maximal = longer.Where(l => !longer.Any(o => o != l && words[o].Length > words[l].Length && InOrder(words[l], words[o]))).ToList();
            if (maximal.Count == 1) canonical[slug] = maximal[0];
        }
        var members = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var slug in names.Keys.Order(StringComparer.Ordinal))
        {
            var target = canonical.GetValueOrDefault(slug, slug);
            (members.TryGetValue(target, out var list) ? list : members[target] = []).Add(slug);
        }
        return new SpeakerDirectory(canonical, members, names);
    }

    private static bool InOrder(string[] shorter, string[] longer)
    {
        var j = 0;
        foreach (var word in longer)
            if (j < shorter.Length && word == shorter[j]) j++;
        return j == shorter.Length;
    }
}
