using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsReader.Web.Data;
using NewsReader.Web.Reading;

namespace NewsReader.Web.Pages;

/// <summary>
/// The library: articles newest first, a page at a time with keyset pagination on (SortKey, Id), filtered by
/// section, outlet, author, speaker, language, date range, unread and starred. Filters live in the URL.
/// </summary>
public sealed class IndexModel(NewsReaderDb db, IOptions<ReaderOptions> options, LibraryCache cache) : PageModel
{
    public sealed record Item(long Id, string Slug, string Headline, string? Section, string? Outlet, string? Authors, string? PublishedIso,
        DateTime SortKey, int QuoteCount, bool IsRead, bool IsStarred);

    public sealed record Facet(string Value, int Count);

    [BindProperty(SupportsGet = true)] public string? Section { get; set; }
    [BindProperty(SupportsGet = true)] public string? Outlet { get; set; }
    [BindProperty(SupportsGet = true)] public string? Author { get; set; }
    [BindProperty(SupportsGet = true)] public string? Speaker { get; set; }
    [BindProperty(SupportsGet = true)] public string? Lang { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true)] public bool Unread { get; set; }
    [BindProperty(SupportsGet = true)] public bool Starred { get; set; }
    [BindProperty(SupportsGet = true)] public string? After { get; set; }

    public IReadOnlyList<Item> Articles { get; private set; } = [];
    public IReadOnlyList<Facet> Sections { get; private set; } = [];
    public IReadOnlyList<Facet> Outlets { get; private set; } = [];
    public IReadOnlyList<string> Languages { get; private set; } = [];
    public int Total { get; private set; }
    public int Matching { get; private set; }
    public string? NextCursor { get; private set; }
    public bool IsFirstPage => After is null;
    public bool IsFiltered => Section is not null || Outlet is not null || Author is not null || Speaker is not null || Lang is not null
        || From is not null || To is not null || Unread || Starred;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var pageSize = options.Value.PageSize;
        if (Clean(Speaker) is { } speaker)
        {
            // A person's quotes under any form of their name ("sri-mulyani" and "sri-mulyani-indrawati").
            var directory = await SpeakerQueries.DirectoryAsync(cache, db, cancellationToken);
            speakerSlugs = directory.Slugs(directory.Canonical(speaker));
        }
        var filtered = Filter(db.Articles.AsNoTracking());
        var page = filtered;
        if (Cursor.TryParse(After, out var sortKey, out var id))
            page = page.Where(a => a.SortKey < sortKey || (a.SortKey == sortKey && a.Id < id));
        else
            After = null;

        var rows = await page
            .OrderByDescending(a => a.SortKey).ThenByDescending(a => a.Id)
            .Take(pageSize + 1)
            .Select(a => new Item(a.Id, a.Slug, a.Headline, a.Section, a.Outlet, a.Authors, a.PublishedIso, a.SortKey, a.QuoteCount, a.IsRead, a.IsStarred))
            .ToListAsync(cancellationToken);
        Articles = rows.Take(pageSize).ToList();
        if (rows.Count > pageSize) NextCursor = Cursor.Format(Articles[^1].SortKey, Articles[^1].Id);

        // Counts over the whole library, cached until it changes: they cost a scan of 100,000 rows.
        Sections = await cache.GetAsync("facets:section", () => db.Articles.Where(a => a.Section != null).GroupBy(a => a.Section!)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Take(25).Select(g => new Facet(g.Key, g.Count())).ToListAsync(cancellationToken));
        Outlets = await cache.GetAsync("facets:outlet", () => db.Articles.Where(a => a.Outlet != null).GroupBy(a => a.Outlet!)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Take(25).Select(g => new Facet(g.Key, g.Count())).ToListAsync(cancellationToken));
        Languages = await cache.GetAsync("languages", () => db.Articles.Select(a => a.Language).Distinct().OrderBy(l => l).ToListAsync(cancellationToken));
        Total = await cache.GetAsync("total", () => db.Articles.CountAsync(cancellationToken));
        Matching = IsFiltered ? await cache.GetAsync("count:" + Request.QueryString.Value, () => filtered.CountAsync(cancellationToken)) : Total;
    }

    private IReadOnlyList<string>? speakerSlugs;

    private IQueryable<StoredArticle> Filter(IQueryable<StoredArticle> query)
    {
        Section = Clean(Section); Outlet = Clean(Outlet); Author = Clean(Author); Speaker = Clean(Speaker); Lang = Clean(Lang);
        if (Section is not null) query = query.Where(a => a.Section == Section);
        if (Outlet is not null) query = query.Where(a => a.Outlet == Outlet);
        if (Author is not null) query = query.Where(a => a.AuthorRows.Any(r => r.Slug == Author));
        if (Speaker is not null)
        {
            var slugs = speakerSlugs ?? [Speaker];
            query = query.Where(a => a.Quotes.Any(q => slugs.Contains(q.SpeakerSlug!)));
        }
        if (Lang is not null) query = query.Where(a => a.Language == Lang);
        if (From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(a => a.SortKey >= start);
        }
        if (To is { } to && to < DateOnly.MaxValue)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(a => a.SortKey < end);
        }
        if (Unread) query = query.Where(a => !a.IsRead);
        if (Starred) query = query.Where(a => a.IsStarred);
        return query;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Length > 200 ? value[..200] : value.Trim();

    /// <summary>This page's URL with one filter changed (null removes it); pagination starts again.</summary>
    public string With(string key, string? value)
    {
        var query = Filters();
        query[key] = value;
        return QueryString(query);
    }

    /// <summary>The next (older) page of the same filtered list.</summary>
    public string NextPage()
    {
        var query = Filters();
        query["after"] = NextCursor;
        return QueryString(query);
    }

    private Dictionary<string, string?> Filters() => new(StringComparer.OrdinalIgnoreCase)
    {
        ["section"] = Section, ["outlet"] = Outlet, ["author"] = Author, ["speaker"] = Speaker, ["lang"] = Lang,
        ["from"] = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["to"] = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["unread"] = Unread ? "true" : null, ["starred"] = Starred ? "true" : null,
    };

    private static string QueryString(Dictionary<string, string?> values)
    {
        var pairs = values.Where(p => p.Value is not null).Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value!)}").ToList();
        return pairs.Count == 0 ? "/" : "/?" + string.Join("&", pairs);
    }
}

/// <summary>A keyset-pagination cursor: the sort key's ticks and the row id of the last item shown.</summary>
public static class Cursor
{
    public static string Format(DateTime sortKey, long id) => string.Create(CultureInfo.InvariantCulture, $"{sortKey.Ticks}_{id}");

    public static bool TryParse(string? value, out DateTime sortKey, out long id)
    {
        sortKey = default;
        id = 0;
        if (string.IsNullOrEmpty(value) || value.Length > 60) return false;
        var parts = value.Split('_');
        if (parts.Length != 2 || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out id)
            || ticks < DateTime.MinValue.Ticks || ticks > DateTime.MaxValue.Ticks) return false;
        sortKey = new DateTime(ticks, DateTimeKind.Utc);
        return true;
    }
}
