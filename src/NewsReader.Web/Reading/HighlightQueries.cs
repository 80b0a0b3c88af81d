using Microsoft.EntityFrameworkCore;
using NewsReader.Web.Data;
using NewsReader.Web.Data.Postgres;

namespace NewsReader.Web.Reading;

/// <summary>Which highlights to list: all, or those of one article, outlet or speaker, or whose words or note hold some text.</summary>
public sealed record HighlightFilter(string? Article = null, string? Outlet = null, string? Speaker = null, string? Text = null)
{
    public bool IsEmpty => Article is null && Outlet is null && Speaker is null && Text is null;

    /// <summary>Every slug the speaker was quoted under (set by <see cref="WithSpeakerFormsAsync"/>): one person, any form of their name.</summary>
    public IReadOnlyList<string>? SpeakerSlugs { get; init; }

    /// <summary>The filter with the speaker's every form of name, as the library's speaker filter takes them.</summary>
    public async Task<HighlightFilter> WithSpeakerFormsAsync(LibraryCache cache, NewsReaderDb db, CancellationToken cancellationToken)
    {
        if (Speaker is null) return this;
        var directory = await SpeakerQueries.DirectoryAsync(cache, db, cancellationToken);
        return this with { SpeakerSlugs = directory.Slugs(directory.Canonical(Speaker)) };
    }

    /// <summary>The filter as a query string ("?outlet=BBC&amp;q=tax"), for links to the page, its exports and its next page.</summary>
    public string Query(long? after = null)
    {
        var parts = new List<string>();
        Add("article", Article);
        Add("outlet", Outlet);
        Add("speaker", Speaker);
        Add("q", Text);
        if (after is { } id) parts.Add("after=" + id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);

        void Add(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value)) parts.Add(key + "=" + Uri.EscapeDataString(value));
        }
    }

    /// <summary>The filter from request values: blank values are no filter, and over-long ones are cut.</summary>
    public static HighlightFilter From(string? article, string? outlet, string? speaker, string? text) =>
        new(Clean(article, 200), Clean(outlet, 100), Clean(speaker, 200), Clean(text, 200));

    private static string? Clean(string? value, int max)
    {
        // U+0000 is in no stored text (PostgreSQL's text cannot hold it), so it is dropped from what is looked for.
        var trimmed = value?.Replace("\0", "", StringComparison.Ordinal).Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed.Length <= max ? trimmed : trimmed[..max];
    }
}

/// <summary>A highlight with its article and the speaker of the quote it lies in, for lists and exports.</summary>
public sealed record HighlightRow(
    long Id, string ArticleSlug, string ArticleSha256, string Headline, string? Outlet, string? SourceUrl,
    int Start, int End, string Exact, string Prefix, string Suffix, string? Note, bool Orphaned, int? QuoteNumber,
    string? Speaker, string? SpeakerSlug, DateTime CreatedUtc, DateTime UpdatedUtc);

public static class HighlightQueries
{
    public const int PageSize = 50;

    /// <summary>The highlights the filter keeps, newest first, after the highlight <paramref name="after"/> (a page's last).</summary>
    public static IQueryable<HighlightRow> Rows(NewsReaderDb db, HighlightFilter filter, long? after = null) => Project(db, db.Highlights.AsNoTracking(), filter, after);

    /// <summary>One highlight as a row, or null.</summary>
    public static Task<HighlightRow?> OneAsync(NewsReaderDb db, long id, CancellationToken cancellationToken) =>
        Project(db, db.Highlights.AsNoTracking().Where(h => h.Id == id), new HighlightFilter(), null).FirstOrDefaultAsync(cancellationToken);

    private static IQueryable<HighlightRow> Project(NewsReaderDb db, IQueryable<StoredHighlight> highlights, HighlightFilter filter, long? after)
    {
        if (after is { } last)
        {
            // Newest first by when they were made (an imported highlight keeps its date), the id breaking ties.
            var made = db.Highlights.Where(h => h.Id == last).Select(h => h.CreatedUtc);
            highlights = highlights.Where(h => h.CreatedUtc < made.First() || h.CreatedUtc == made.First() && h.Id < last);
        }
        if (filter.Article is { } slug) highlights = highlights.Where(h => h.Article!.Slug == slug);
        if (filter.Outlet is { } outlet) highlights = highlights.Where(h => h.Article!.Outlet == outlet);
        if (filter.Speaker is { } speaker)
        {
            var slugs = filter.SpeakerSlugs ?? [speaker];
            highlights = highlights.Where(h => db.Quotes.Any(q => q.ArticleId == h.ArticleId && q.Ordinal == h.QuoteNumber && slugs.Contains(q.SpeakerSlug!)));
        }
        if (filter.Text is { } text)
        {
            var pattern = "%" + text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
            // SQLite's LIKE ignores the case of ASCII letters; PostgreSQL's ILIKE ignores case as well.
            highlights = db is PostgresNewsReaderDb
                ? highlights.Where(h => EF.Functions.ILike(h.Note!, pattern, "\\") || EF.Functions.ILike(h.Exact, pattern, "\\"))
                : highlights.Where(h => EF.Functions.Like(h.Note!, pattern, "\\") || EF.Functions.Like(h.Exact, pattern, "\\"));
        }
        return highlights.OrderByDescending(h => h.CreatedUtc).ThenByDescending(h => h.Id).Select(h => new HighlightRow(
            h.Id, h.Article!.Slug, h.Article.Sha256, h.Article.Headline, h.Article.Outlet, h.Article.SourceUrl,
            h.Start, h.End, h.Exact, h.Prefix, h.Suffix, h.Note, h.Orphaned, h.QuoteNumber,
            db.Quotes.Where(q => q.ArticleId == h.ArticleId && q.Ordinal == h.QuoteNumber).Select(q => q.Speaker).FirstOrDefault(),
            db.Quotes.Where(q => q.ArticleId == h.ArticleId && q.Ordinal == h.QuoteNumber).Select(q => q.SpeakerSlug).FirstOrDefault(),
            h.CreatedUtc, h.UpdatedUtc));
    }

    /// <summary>
    /// Reads rows, and reads them again after placing their articles' highlights anew when any had moved (an article
    /// re-parsed or revised since its highlights were last shown), so that places and "orphaned" are current.
    /// </summary>
    public static async Task<List<HighlightRow>> CurrentAsync(HighlightStore store, Func<Task<List<HighlightRow>>> read, CancellationToken cancellationToken)
    {
        var rows = await read();
        return await store.RefreshAsync(rows.Select(r => r.ArticleSlug), cancellationToken) ? await read() : rows;
    }

    /// <summary>The outlets and speakers that have highlights, for the page's filter menus.</summary>
    public static async Task<(IReadOnlyList<string> Outlets, IReadOnlyList<(string Slug, string Name)> Speakers)> FacetsAsync(NewsReaderDb db, CancellationToken cancellationToken)
    {
        var outlets = await db.Highlights.AsNoTracking().Where(h => h.Article!.Outlet != null).Select(h => h.Article!.Outlet!).Distinct().OrderBy(o => o).ToListAsync(cancellationToken);
        var speakers = await db.Highlights.AsNoTracking()
            .SelectMany(h => db.Quotes.Where(q => q.ArticleId == h.ArticleId && q.Ordinal == h.QuoteNumber && q.SpeakerSlug != null && q.Speaker != null))
            .Select(q => new { q.SpeakerSlug, q.Speaker }).Distinct().ToListAsync(cancellationToken);
        return (outlets, speakers.DistinctBy(s => s.SpeakerSlug).OrderBy(s => s.Speaker, StringComparer.OrdinalIgnoreCase).Select(s => (s.SpeakerSlug!, s.Speaker!)).ToList());
    }
}
