using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsReader.Web.Data;
using NewsReader.Web.Feeds;

namespace NewsReader.Web.Pages;

/// <summary>
/// <c>/feeds</c>: the subscriptions with their unread counts and state, and plain forms (antiforgery, POST-redirect-GET)
/// to add, rename, move, pause or resume, refresh and remove them, and to import or export OPML.
/// </summary>
public sealed class FeedsPage(NewsReaderDb db, Subscriptions subscriptions, TimeProvider clock) : PageModel
{
    public sealed record Row(StoredFeed Feed, int Articles, int Unread);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    /// <summary>What the last form did, shown once after the redirect.</summary>
    [TempData] public string? Message { get; set; }
    [TempData] public bool MessageIsError { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var feeds = await db.Feeds.AsNoTracking().OrderBy(f => f.Folder).ThenBy(f => f.Title).ToListAsync(cancellationToken);
        var counts = await db.Articles.Where(a => a.FeedId != null).GroupBy(a => a.FeedId)
            .Select(g => new { Id = g.Key!.Value, Count = g.Count(), Unread = g.Count(a => !a.IsRead) })
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        Rows = feeds.Select(f => new Row(f, counts.GetValueOrDefault(f.Id)?.Count ?? 0, counts.GetValueOrDefault(f.Id)?.Unread ?? 0)).ToList();
    }

    public async Task<IActionResult> OnPostAddAsync(string? url, string? folder, CancellationToken cancellationToken)
    {
        var (feed, error) = await subscriptions.SubscribeAsync(url, folder, cancellationToken);
        return Done(feed is null ? $"Not subscribed: {error}" : $"Subscribed to {feed.Title}.", feed is null);
    }

    public async Task<IActionResult> OnPostRenameAsync(long id, [StringLength(400)] string? title, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(title) || title.Length > 400) return Done("A feed's name must be 1 to 400 characters.", error: true);
        var changed = await db.Feeds.Where(f => f.Id == id).ExecuteUpdateAsync(set => set.SetProperty(f => f.Title, title.Trim()), cancellationToken);
        return Done(changed > 0 ? $"Renamed to {title.Trim()}." : "There is no such feed.", changed == 0);
    }

    public async Task<IActionResult> OnPostMoveAsync(long id, string? folder, CancellationToken cancellationToken)
    {
        folder = string.IsNullOrWhiteSpace(folder) ? null : folder.Trim();
        if (folder?.Length > 200) return Done("A folder's name must be at most 200 characters.", error: true);
        var changed = await db.Feeds.Where(f => f.Id == id).ExecuteUpdateAsync(set => set.SetProperty(f => f.Folder, folder), cancellationToken);
        return Done(changed > 0 ? (folder is null ? "Moved out of its folder." : $"Moved to {folder}.") : "There is no such feed.", changed == 0);
    }

    public async Task<IActionResult> OnPostPauseAsync(long id, bool paused, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = await db.Feeds.Where(f => f.Id == id).ExecuteUpdateAsync(set => set
            .SetProperty(f => f.IsPaused, paused)
            .SetProperty(f => f.NextPollUtc, f => paused ? f.NextPollUtc : now), cancellationToken);
        return Done(changed > 0 ? (paused ? "Paused: it will not be polled until resumed." : "Resumed: it will be polled soon.") : "There is no such feed.", changed == 0);
    }

    public async Task<IActionResult> OnPostRefreshAsync(long? id, CancellationToken cancellationToken)
    {
        if (id is { } one)
        {
            if (await db.Feeds.AsNoTracking().FirstOrDefaultAsync(f => f.Id == one, cancellationToken) is not { } feed) return Done("There is no such feed.", error: true);
            var result = await subscriptions.PollAsync(feed, cancellationToken);
            return Done(Cli.FeedCommands.Describe(result), result.Failed);
        }
        var results = await subscriptions.PollAllAsync(dueOnly: false, cancellationToken: cancellationToken);
        return Done($"{results.Count} {(results.Count == 1 ? "feed" : "feeds")} refreshed: {results.Sum(r => r.Imported)} imported, " +
            $"{results.Sum(r => r.Unchanged)} unchanged, {results.Count(r => r.Failed)} failed.", results.Any(r => r.Failed));
    }

    public async Task<IActionResult> OnPostRemoveAsync(long id, bool removeArticles, CancellationToken cancellationToken)
    {
        var removed = await subscriptions.RemoveAsync(id, removeArticles, cancellationToken);
        return Done(removed ? (removeArticles ? "Removed the feed and its articles." : "Removed the feed; its articles stay in the library.") : "There is no such feed.", !removed);
    }

    public async Task<IActionResult> OnPostOpmlImportAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0) return Done("Choose an OPML file to import.", error: true);
        if (file.Length > 5 * 1024 * 1024) return Done("The OPML file is larger than 5 MB.", error: true);
        using var reader = new StreamReader(file.OpenReadStream());
        var (found, error) = Opml.Read(await reader.ReadToEndAsync(cancellationToken));
        if (error is not null) return Done($"{file.FileName}: {error}", error: true);
        var refused = 0;
        foreach (var subscription in found)
            if ((await subscriptions.AddAsync(subscription.XmlUrl, subscription.Title, subscription.Folder, cancellationToken)).Feed is null) refused++;
        return Done($"{found.Count} feeds in {file.FileName}: {found.Count - refused} added, {refused} refused.", refused > 0);
    }

    public async Task<IActionResult> OnGetOpmlAsync(CancellationToken cancellationToken)
    {
        var feeds = await db.Feeds.AsNoTracking().ToListAsync(cancellationToken);
        var stream = new MemoryStream();
        await Opml.Write(feeds, clock.GetUtcNow().UtcDateTime).SaveAsync(stream, System.Xml.Linq.SaveOptions.None, cancellationToken);
        return File(stream.ToArray(), "text/x-opml; charset=utf-8", "newsreader-feeds.opml");
    }

    private RedirectToPageResult Done(string message, bool error)
    {
        Message = message;
        MessageIsError = error;
        return RedirectToPage();
    }

    public static string When(DateTime? utc) => utc is { } t ? t.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture) : "never";
}
