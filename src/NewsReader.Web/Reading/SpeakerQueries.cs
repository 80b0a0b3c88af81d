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

    public static Task<List<SpeakerRow>> ListAsync(NewsReaderDb db, CancellationToken cancellationToken) =>
        db.Quotes.AsNoTracking()
            .Where(q => q.SpeakerSlug != null && q.SpeakerSlug != "")
            .GroupBy(q => q.SpeakerSlug!)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .Select(g => new SpeakerRow(g.Key, g.Max(q => q.Speaker)!, g.Count(), g.Select(q => q.ArticleId).Distinct().Count()))
            .ToListAsync(cancellationToken);

    public static Task<List<QuoteRow>> QuotesAsync(NewsReaderDb db, string slug, int limit, CancellationToken cancellationToken) =>
        db.Quotes.AsNoTracking()
            .Where(q => q.SpeakerSlug == slug)
            .OrderByDescending(q => q.Article!.SortKey).ThenByDescending(q => q.ArticleId).ThenBy(q => q.Ordinal)
            .Take(limit)
            .Select(q => new QuoteRow(q.Speaker!, q.Role, q.Text, q.Kind, q.Ordinal, q.Article!.Slug, q.Article.Headline, q.Article.Outlet,
                q.Article.PublishedIso, q.Article.SortKey))
            .ToListAsync(cancellationToken);
}
