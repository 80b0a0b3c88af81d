using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsReader.Web.Data;

namespace NewsReader.Web.Pages;

/// <summary>The library: every article, newest first, a page at a time (keyset pagination on SortKey, Id).</summary>
public sealed class IndexModel(NewsReaderDb db, IOptions<ReaderOptions> options) : PageModel
{
    public sealed record Item(string Slug, string Headline, string? Section, string? Outlet, string? Authors, string? PublishedIso, DateTime SortKey, int QuoteCount, string Language);

    public IReadOnlyList<Item> Articles { get; private set; } = [];
    public int Total { get; private set; }
    public string? NextCursor { get; private set; }
    public bool IsFirstPage { get; private set; }

    public async Task OnGetAsync(string? after, CancellationToken cancellationToken)
    {
        var pageSize = options.Value.PageSize;
        IQueryable<StoredArticle> query = db.Articles.AsNoTracking();
        IsFirstPage = true;
        if (Cursor.TryParse(after, out var sortKey, out var id))
        {
            IsFirstPage = false;
            query = query.Where(a => a.SortKey < sortKey || (a.SortKey == sortKey && a.Id < id));
        }
        var rows = await query
            .OrderByDescending(a => a.SortKey).ThenByDescending(a => a.Id)
            .Take(pageSize + 1)
            .Select(a => new { a.Id, Item = new Item(a.Slug, a.Headline, a.Section, a.Outlet, a.Authors, a.PublishedIso, a.SortKey, a.QuoteCount, a.Language) })
            .ToListAsync(cancellationToken);
        Articles = rows.Take(pageSize).Select(r => r.Item).ToList();
        if (rows.Count > pageSize)
        {
            var last = rows[pageSize - 1];
            NextCursor = Cursor.Format(last.Item.SortKey, last.Id);
        }
        Total = await db.Articles.CountAsync(cancellationToken);
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
