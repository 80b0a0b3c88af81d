using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsReader.Web.Data;
using NewsReader.Web.Fetching;
using NewsReader.Web.Importing;
using NewsReader.Web.Importing.Formats;

namespace NewsReader.Web.Feeds;

/// <summary>What one poll of a feed did: entries imported, updated (a changed text) or already stored, and failures in words.</summary>
public sealed record PollResult(StoredFeed Feed, int Imported, int Updated, int Unchanged, int Rejected, string? Error, bool NotModified = false, bool Busy = false)
{
    public bool Failed => Error is not null && Imported + Updated + Unchanged + Rejected == 0 && !NotModified;
}

/// <summary>
/// Following feeds: subscribing by a feed's or a site's address (autodiscovery), and polling a feed with a conditional
/// GET, every new entry imported once through the <see cref="Importer"/> and linked to its feed. A feed that fails backs
/// off exponentially; one that asks to wait (<c>Retry-After</c>, <c>Cache-Control: max-age</c>) is not asked sooner.
/// </summary>
public sealed class Subscriptions(NewsReaderDb db, Fetcher fetcher, Importer importer, PageImport pages, IFeedPollLock locks, FeedSchedule schedule,
    Search.ISearchIndex search, Reading.LibraryCache cache, IOptions<FeedOptions> options, TimeProvider clock)
{
    /// <summary>
    /// Removes a feed. Its articles stay in the library (no longer linked to a feed) unless <paramref name="withArticles"/>,
    /// when they are deleted too, with their search entries. False when there is no such feed.
    /// </summary>
    public async Task<bool> RemoveAsync(long feedId, bool withArticles, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (withArticles)
        {
            foreach (var id in await db.Articles.Where(a => a.FeedId == feedId).Select(a => a.Id).ToListAsync(cancellationToken))
                await search.RemoveAsync(db, id, cancellationToken);
            await db.Articles.Where(a => a.FeedId == feedId).ExecuteDeleteAsync(cancellationToken);
        }
        await db.Articles.Where(a => a.FeedId == feedId).ExecuteUpdateAsync(set => set.SetProperty(a => a.FeedId, (long?)null), cancellationToken);
        var removed = await db.Feeds.Where(f => f.Id == feedId).ExecuteDeleteAsync(cancellationToken) > 0;
        await transaction.CommitAsync(cancellationToken);
        cache.Changed();
        return removed;
    }

    /// <summary>Subscribes to the feed at <paramref name="url"/>, or to the feed a web page there names; the feed, or the reason it was refused.</summary>
    public async Task<(StoredFeed? Feed, string? Error)> SubscribeAsync(string? url, string? folder = null, CancellationToken cancellationToken = default)
    {
        var fetched = await fetcher.GetAsync(url ?? "", cancellationToken: cancellationToken);
        if (!fetched.Succeeded) return (null, fetched.Error);
        var feedUrl = fetched.FinalUrl!;
        var document = FeedDocument.Parse(fetched.Text!, fetched.MediaType);
        if (!document.IsFeed)
        {
            if (fetched.MediaType is not ("text/html" or "application/xhtml+xml") && !LooksLikeHtml(fetched.Text!))
                return (null, $"{feedUrl}: {document.Error}");
            if (Autodiscovery.FeedLinks(fetched.Text!, feedUrl).FirstOrDefault() is not { } link)
                return (null, $"{feedUrl}: this web page names no feed (no <link rel=\"alternate\" type=\"application/rss+xml\"> or Atom or JSON Feed link)");
            var found = await fetcher.GetAsync(link.ToString(), cancellationToken: cancellationToken);
            if (!found.Succeeded) return (null, found.Error);
            feedUrl = found.FinalUrl!;
            document = FeedDocument.Parse(found.Text!, found.MediaType);
            if (!document.IsFeed) return (null, $"{feedUrl}: {document.Error}");
        }
        var address = feedUrl.ToString();
        if (await db.Feeds.AsNoTracking().FirstOrDefaultAsync(f => f.Url == address, cancellationToken) is { } existing)
            return (existing, null);
        var feed = new StoredFeed
        {
            Url = address,
            Title = Shorten(string.IsNullOrWhiteSpace(document.Title) ? feedUrl.Host : document.Title.Trim(), 400),
            SiteUrl = document.SiteUrl is { Length: <= 2000 } site ? site : null,
            Folder = string.IsNullOrWhiteSpace(folder) ? null : Shorten(folder.Trim(), 200),
            AddedUtc = clock.GetUtcNow().UtcDateTime,
            NextPollUtc = clock.GetUtcNow().UtcDateTime,
        };
        return await InsertAsync(feed, cancellationToken);
    }

    /// <summary>
    /// Adds a feed by its address without fetching it (an OPML import): its first poll reads it. An address already
    /// followed is returned as it is.
    /// </summary>
    public async Task<(StoredFeed? Feed, string? Error)> AddAsync(string url, string? title, string? folder, CancellationToken cancellationToken = default)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || url.Length > 2000)
            return (null, "this is not a web address (it should begin with http:// or https://)");
        var address = uri.ToString();
        if (await db.Feeds.AsNoTracking().FirstOrDefaultAsync(f => f.Url == address, cancellationToken) is { } existing) return (existing, null);
        var now = clock.GetUtcNow().UtcDateTime;
        var feed = new StoredFeed
        {
            Url = address, Title = Shorten(string.IsNullOrWhiteSpace(title) ? uri.Host : title.Trim(), 400),
            Folder = string.IsNullOrWhiteSpace(folder) ? null : Shorten(folder.Trim(), 200), AddedUtc = now, NextPollUtc = now,
        };
        return await InsertAsync(feed, cancellationToken);
    }

    // The same address added twice at once (two forms, the page and the CLI): the second finds the first.
    private async Task<(StoredFeed? Feed, string? Error)> InsertAsync(StoredFeed feed, CancellationToken cancellationToken)
    {
        db.Feeds.Add(feed);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            schedule.Wake();
            return (feed, null);
        }
        catch (DbUpdateException)
        {
            var url = feed.Url;
            return (await db.Feeds.AsNoTracking().FirstOrDefaultAsync(f => f.Url == url, cancellationToken), null);
        }
        finally
        {
            db.Entry(feed).State = EntityState.Detached;
        }
    }

    /// <summary>Polls every feed that is not paused (<paramref name="dueOnly"/>: only those whose next poll has come).</summary>
    public async Task<IReadOnlyList<PollResult>> PollAllAsync(bool dueOnly, Func<PollResult, Task>? polled = null, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var feeds = await db.Feeds.AsNoTracking().Where(f => !f.IsPaused && (!dueOnly || f.NextPollUtc <= now)).OrderBy(f => f.NextPollUtc).ToListAsync(cancellationToken);
        var results = new List<PollResult>();
        foreach (var feed in feeds)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = await PollAsync(feed, cancellationToken);
            results.Add(result);
            if (polled is not null) await polled(result);
        }
        return results;
    }

    /// <summary>Polls one feed now: a conditional GET, each new entry imported, the feed's state recorded. Never throws on the feed's content.</summary>
    public async Task<PollResult> PollAsync(StoredFeed feed, CancellationToken cancellationToken = default)
    {
        await using var held = await locks.TryTakeAsync(feed.Id, cancellationToken);
        if (held is null) return new(feed, 0, 0, 0, 0, "it is being polled already", Busy: true);

        var fetched = await fetcher.GetAsync(feed.Url, request =>
        {
            if (feed.ETag is { } etag) request.Headers.TryAddWithoutValidation("If-None-Match", etag);
            if (feed.LastModified is { } modified) request.Headers.TryAddWithoutValidation("If-Modified-Since", modified);
        }, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (!fetched.Succeeded) return await FailedAsync(feed, fetched.Error!, fetched.RetryAfter, cancellationToken);
        feed.LastFetchedUtc = now;
        if (fetched.NotModified)
        {
            Succeeded(feed, fetched.Validators, now, error: null);
            await SaveStateAsync(feed, cancellationToken);
            return new(feed, 0, 0, 0, 0, null, NotModified: true);
        }
        var document = FeedDocument.Parse(fetched.Text!, fetched.MediaType);
        if (!document.IsFeed) return await FailedAsync(feed, $"{fetched.FinalUrl}: {document.Error}", null, cancellationToken);

        int imported = 0, updated = 0, unchanged = 0, rejected = 0;
        var errors = new List<string>();
        foreach (var entry in document.Entries.Reverse()) // oldest first, as they were published
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (entry.Link is not { } link || !Uri.TryCreate(link, UriKind.Absolute, out var linkUri))
            {
                rejected++;
                errors.Add($"an entry ({entry.Title ?? "untitled"}) has no link");
                continue;
            }
            if (await db.Articles.AnyAsync(a => a.SourceUrl == link, cancellationToken))
            {
                unchanged++;
                continue;
            }
            ImportResult result;
            if (entry.ContentHtml is { } content)
                result = await importer.ImportPageAsync(link, EntryPage(entry, content, document.Title), ArticleFormat.Html, cancellationToken: cancellationToken);
            else
                result = (await pages.SaveAsync(linkUri.ToString(), new PageImport.Fallbacks(document.Title, entry.Published), cancellationToken: cancellationToken)).Result;
            switch (result.Status)
            {
                case ImportStatus.Imported: imported++; break;
                case ImportStatus.Updated: updated++; break;
                case ImportStatus.Unchanged: unchanged++; break;
                default: rejected++; errors.Add(result.Reason ?? link); break;
            }
            if (result.Slug is { } slug && result.Status != ImportStatus.Rejected)
                await db.Articles.Where(a => a.Slug == slug && a.FeedId == null).ExecuteUpdateAsync(set => set.SetProperty(a => a.FeedId, feed.Id), cancellationToken);
        }
        if (imported > 0) feed.LastNewEntryUtc = now;
        var entryError = errors.Count == 0 ? null
            : $"{errors.Count} {(errors.Count == 1 ? "entry" : "entries")} could not be imported: {string.Join("; ", errors.Take(3))}";
        Succeeded(feed, fetched.Validators, now, entryError);
        await SaveStateAsync(feed, cancellationToken);
        return new(feed, imported, updated, unchanged, rejected, entryError);
    }

    private void Succeeded(StoredFeed feed, CacheValidators? validators, DateTime now, string? error)
    {
        feed.ConsecutiveFailures = 0;
        feed.LastError = error is null ? null : Shorten(error, 2000);
        if (validators?.ETag is { Length: <= 400 } etag) feed.ETag = etag;
        if (validators?.LastModified is { Length: <= 100 } modified) feed.LastModified = modified;
        var interval = TimeSpan.FromMinutes(options.Value.PollMinutes);
        if (validators?.MaxAge is { } maxAge && maxAge > interval) interval = Min(maxAge, TimeSpan.FromHours(options.Value.MaxBackoffHours));
        feed.NextPollUtc = now + Jitter(interval);
    }

    private async Task<PollResult> FailedAsync(StoredFeed feed, string error, TimeSpan? retryAfter, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        feed.LastFetchedUtc = now;
        feed.ConsecutiveFailures++;
        feed.LastError = Shorten(error, 2000);
        // Exponential back-off: the poll interval, doubled at each failure after the first, up to Feeds:MaxBackoffHours;
        // never sooner than the server asked (Retry-After on a 429 or 503).
        var wait = TimeSpan.FromMinutes(options.Value.PollMinutes * Math.Pow(2, Math.Min(feed.ConsecutiveFailures - 1, 16)));
        wait = Min(wait, TimeSpan.FromHours(options.Value.MaxBackoffHours));
        wait = Jitter(wait);
        if (retryAfter is { } asked && asked > wait) wait = Min(asked, TimeSpan.FromDays(7)) + TimeSpan.FromSeconds(Random.Shared.Next(60));
        feed.NextPollUtc = now + wait;
        await SaveStateAsync(feed, cancellationToken);
        return new(feed, 0, 0, 0, 0, error);
    }

    // The importer may clear the context's change tracker, so the state is written by an update of its own.
    private Task SaveStateAsync(StoredFeed feed, CancellationToken cancellationToken) =>
        db.Feeds.Where(f => f.Id == feed.Id).ExecuteUpdateAsync(set => set
            .SetProperty(f => f.ETag, feed.ETag)
            .SetProperty(f => f.LastModified, feed.LastModified)
            .SetProperty(f => f.LastFetchedUtc, feed.LastFetchedUtc)
            .SetProperty(f => f.LastNewEntryUtc, feed.LastNewEntryUtc)
            .SetProperty(f => f.LastError, feed.LastError)
            .SetProperty(f => f.ConsecutiveFailures, feed.ConsecutiveFailures)
            .SetProperty(f => f.NextPollUtc, feed.NextPollUtc), cancellationToken);

    /// <summary>An entry that carries its whole article, as a web page the HTML import reads: its title, date, author, and the feed as outlet.</summary>
    private static string EntryPage(FeedEntry entry, string content, string feedTitle)
    {
        static string E(string? text) => WebUtility.HtmlEncode(text ?? "");
        return $"""
            <!DOCTYPE html>
            <html>
            <head>
            <meta charset="utf-8">
            <title>{E(entry.Title)}</title>
            <link rel="canonical" href="{E(entry.Link)}">
            {(string.IsNullOrWhiteSpace(feedTitle) ? "" : $"<meta property=\"og:site_name\" content=\"{E(feedTitle)}\">")}
            {(entry.Published is { } published ? $"<meta property=\"article:published_time\" content=\"{published:yyyy-MM-ddTHH:mm:sszzz}\">" : "")}
            {(entry.Author is { } author ? $"<meta name=\"author\" content=\"{E(author)}\">" : "")}
            </head>
            <body>
            <article>
            <h1>{E(entry.Title)}</h1>
            {content}
            </article>
            </body>
            </html>
            """;
    }

    private static TimeSpan Jitter(TimeSpan interval) => interval * (0.9 + Random.Shared.NextDouble() * 0.2);

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static bool LooksLikeHtml(string text) =>
        text.AsSpan(0, Math.Min(text.Length, 1024)).Contains("<html", StringComparison.OrdinalIgnoreCase);

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
