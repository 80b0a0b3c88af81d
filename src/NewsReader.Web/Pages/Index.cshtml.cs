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

    /// <summary>A followed feed with articles in the library: its id (the feed= filter), title and folder.</summary>
    public sealed record FeedFacet(long Id, string Title, string? Folder, int Count);

    [BindProperty(SupportsGet = true)] public string? Section { get; set; }
    [BindProperty(SupportsGet = true)] public string? Outlet { get; set; }
    [BindProperty(SupportsGet = true)] public string? Author { get; set; }
    [BindProperty(SupportsGet = true)] public string? Speaker { get; set; }
    [BindProperty(SupportsGet = true)] public string? Lang { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true)] public bool Unread { get; set; }
    [BindProperty(SupportsGet = true)] public bool Starred { get; set; }
    [BindProperty(SupportsGet = true)] public long? Feed { get; set; }
    [BindProperty(SupportsGet = true)] public string? Folder { get; set; }
    [BindProperty(SupportsGet = true)] public string? After { get; set; }

    public IReadOnlyList<Item> Articles { get; private set; } = [];
    public IReadOnlyList<Facet> Sections { get; private set; } = [];
    public IReadOnlyList<Facet> Outlets { get; private set; } = [];
    public IReadOnlyList<FeedFacet> Feeds { get; private set; } = [];
    /// <summary>The folders of <see cref="Feeds"/>, with their articles (a folder holds its subfolders' feeds too).</summary>
    public IReadOnlyList<Facet> Folders { get; private set; } = [];
    public IReadOnlyList<string> Languages { get; private set; } = [];
    public int Total { get; private set; }
    public int Matching { get; private set; }
    public string? NextCursor { get; private set; }
    public bool IsFirstPage => After is null;
    public bool IsFiltered => Filter.IsFiltered;

    /// <summary>The filters as given in the URL, cleaned; the library feed takes the same ones.</summary>
    public LibraryFilter Filter { get; private set; } = new();

    /// <summary>The Atom feed of this list (the same filters, newest first).</summary>
    public string FeedUrl => LibraryFilter.Url("/feeds/library.atom", Filter.ToQuery());

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var pageSize = options.Value.PageSize;
        Filter = LibraryFilter.Create(Section, Outlet, Author, Speaker, Lang, From, To, Unread, Starred, Feed, Folder);
        (Section, Outlet, Author, Speaker, Lang, _, _, _, _, _, Folder) = Filter;
        var filtered = await Filter.ApplyAsync(db.Articles.AsNoTracking(), db, cache, cancellationToken);
        Cursor? after = Cursor.TryParse(After, CursorKind.Articles, out var cursor) ? cursor : null;
        if (after is null) After = null;

        var rows = await filtered.NewestFirst(after)
            .Take(pageSize + 1)
            .Select(a => new Item(a.Id, a.Slug, a.Headline, a.Section, a.Outlet, a.Authors, a.PublishedIso, a.SortKey, a.QuoteCount, a.IsRead, a.IsStarred))
            .ToListAsync(cancellationToken);
        Articles = rows.Take(pageSize).ToList();
        if (rows.Count > pageSize) NextCursor = Cursor.Article(Articles[^1].SortKey, Articles[^1].Id).ToString();

        // Counts over the whole library, cached until it changes: they cost a scan of 100,000 rows.
        Sections = await cache.GetAsync("facets:section", () => db.Articles.Where(a => a.Section != null).GroupBy(a => a.Section!)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Take(25).Select(g => new Facet(g.Key, g.Count())).ToListAsync(cancellationToken));
        Outlets = await cache.GetAsync("facets:outlet", () => db.Articles.Where(a => a.Outlet != null).GroupBy(a => a.Outlet!)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Take(25).Select(g => new Facet(g.Key, g.Count())).ToListAsync(cancellationToken));
        Feeds = await cache.GetAsync("facets:feed", async () =>
        {
            var counts = await db.Articles.Where(a => a.FeedId != null).GroupBy(a => a.FeedId!.Value)
                .Select(g => new { Id = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Id, g => g.Count, cancellationToken);
            var feeds = await db.Feeds.AsNoTracking().Where(f => counts.Keys.Contains(f.Id)).Select(f => new { f.Id, f.Title, f.Folder }).ToListAsync(cancellationToken);
            return (IReadOnlyList<FeedFacet>)feeds.Select(f => new FeedFacet(f.Id, f.Title, f.Folder, counts[f.Id]))
                .OrderBy(f => f.Folder ?? "", StringComparer.CurrentCultureIgnoreCase).ThenBy(f => f.Title, StringComparer.CurrentCultureIgnoreCase).ToList();
        });
        Folders = FolderFacets(Feeds);
        Languages = await cache.GetAsync("languages", () => db.Articles.Select(a => a.Language).Distinct().OrderBy(l => l).ToListAsync(cancellationToken));
        Total = await cache.GetAsync("total", () => db.Articles.CountAsync(cancellationToken));
        Matching = IsFiltered ? await cache.GetAsync(Filter.ByMarks ? cache.WithMarks("count:" + Request.QueryString.Value) : "count:" + Request.QueryString.Value, () => filtered.CountAsync(cancellationToken)) : Total;
    }

    // "World/Asia" counts toward "World/Asia" and "World", as the folder filter takes subfolders in.
    private static List<Facet> FolderFacets(IEnumerable<FeedFacet> feeds)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.CurrentCultureIgnoreCase);
        foreach (var feed in feeds)
        {
            if (feed.Folder is not { } folder) continue;
            for (var end = folder.Length; end > 0; end = folder.LastIndexOf('/', end - 1))
                counts[folder[..end]] = counts.GetValueOrDefault(folder[..end]) + feed.Count;
        }
        return counts.Select(c => new Facet(c.Key, c.Value)).ToList();
    }

    /// <summary>This page's URL with one filter changed (null removes it); pagination starts again.</summary>
    public string With(string key, string? value)
    {
        var query = Filter.ToQuery();
        query[key] = value;
        return LibraryFilter.Url("/", query);
    }

    /// <summary>The next (older) page of the same filtered list.</summary>
    public string NextPage()
    {
        var query = Filter.ToQuery();
        query["after"] = NextCursor;
        return LibraryFilter.Url("/", query);
    }
}
