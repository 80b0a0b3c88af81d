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

    public sealed record Summary(string Name, IReadOnlyList<string> Roles, int Quotes, int Articles);

    /// <summary>A speaker's name (the commonest spelling), roles and counts; null when nobody has that slug.</summary>
    public static async Task<Summary?> SummaryAsync(NewsReaderDb db, string slug, CancellationToken cancellationToken)
    {
        var names = await db.Quotes.AsNoTracking().Where(q => q.SpeakerSlug == slug)
            .GroupBy(q => new { q.Speaker, q.Role }).Select(g => new { g.Key.Speaker, g.Key.Role, Count = g.Count() }).ToListAsync(cancellationToken);
        if (names.Count == 0) return null;
        var articles = await db.Quotes.AsNoTracking().Where(q => q.SpeakerSlug == slug).Select(q => q.ArticleId).Distinct().CountAsync(cancellationToken);
        var name = names.GroupBy(n => n.Speaker).OrderByDescending(g => g.Sum(n => n.Count)).First().Key!;
        var roles = names.Where(n => n.Role is not null).OrderByDescending(n => n.Count).Select(n => n.Role!).Distinct().Take(5).ToList();
        return new Summary(name, roles, names.Sum(n => n.Count), articles);
    }

    public static Task<List<SpeakerRow>> ListAsync(NewsReaderDb db, CancellationToken cancellationToken) =>
        db.Quotes.AsNoTracking()
            .Where(q => q.SpeakerSlug != null && q.SpeakerSlug != "")
            .GroupBy(q => q.SpeakerSlug!)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .Select(g => new SpeakerRow(g.Key, g.Max(q => q.Speaker)!, g.Count(), g.Select(q => q.ArticleId).Distinct().Count()))
            .ToListAsync(cancellationToken);

    public static Task<List<QuoteRow>> QuotesAsync(NewsReaderDb db, string slug, int limit, CancellationToken cancellationToken, int skip = 0) =>
        db.Quotes.AsNoTracking()
            .Where(q => q.SpeakerSlug == slug)
            .OrderByDescending(q => q.Article!.SortKey).ThenByDescending(q => q.ArticleId).ThenBy(q => q.Ordinal)
            .Skip(skip).Take(limit)
            .Select(q => new QuoteRow(q.Speaker!, q.Role, q.Text, q.Kind, q.Ordinal, q.Article!.Slug, q.Article.Headline, q.Article.Outlet,
                q.Article.PublishedIso, q.Article.SortKey))
            .ToListAsync(cancellationToken);
}
