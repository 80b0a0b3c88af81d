using Microsoft.EntityFrameworkCore;
using NewsReader.Web.Data;
using NewsReader.Web.Feeds;

namespace NewsReader.Web.Cli;

/// <summary>The feed commands: <c>subscribe URL</c>, <c>poll</c>, <c>feeds</c>, <c>opml-import FILE</c>, <c>opml-export FILE</c>.</summary>
public static class FeedCommands
{
    public static async Task<int> SubscribeAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (args.Length != 1)
        {
            await error.WriteLineAsync("subscribe: give one feed or site address, for example: subscribe https://www.example.com/rss");
            return 2;
        }
        using var scope = services.CreateScope();
        var (feed, reason) = await scope.ServiceProvider.GetRequiredService<Subscriptions>().SubscribeAsync(args[0], cancellationToken: cancellationToken);
        if (feed is null)
        {
            await error.WriteLineAsync($"refused: {reason}");
            return 1;
        }
        await output.WriteLineAsync($"subscribed to {feed.Title} ({feed.Url})");
        return 0;
    }

    public static async Task<int> PollAsync(IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        using var scope = services.CreateScope();
        var results = await scope.ServiceProvider.GetRequiredService<Subscriptions>().PollAllAsync(dueOnly: false,
            result => output.WriteLineAsync(Describe(result)), cancellationToken);
        var failed = results.Count(r => r.Failed) + results.Sum(r => r.Rejected);
        await output.WriteLineAsync($"{results.Count} {(results.Count == 1 ? "feed" : "feeds")}: {results.Sum(r => r.Imported)} imported, " +
            $"{results.Sum(r => r.Updated)} updated, {results.Sum(r => r.Unchanged)} unchanged, {failed} failed");
        return failed == 0 ? 0 : 1;
    }

    public static string Describe(PollResult result) => result switch
    {
        { Busy: true } => $"{"busy",-10} {result.Feed.Title}: it is being polled already",
        { NotModified: true } => $"{"unchanged",-10} {result.Feed.Title} (not modified)",
        { Failed: true } => $"{"failed",-10} {result.Feed.Title}: {result.Error}",
        _ => $"{"polled",-10} {result.Feed.Title}: {result.Imported} imported, {result.Updated} updated, {result.Unchanged} unchanged" +
            (result.Rejected == 0 ? "" : $", {result.Rejected} failed ({result.Error})"),
    };

    public static async Task<int> ListAsync(IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        using var scope = services.CreateScope();
        var feeds = await scope.ServiceProvider.GetRequiredService<NewsReaderDb>().Feeds.AsNoTracking()
            .OrderBy(f => f.Folder).ThenBy(f => f.Title).ToListAsync(cancellationToken);
        if (feeds.Count == 0) await output.WriteLineAsync("no feeds; add one with: subscribe URL");
        foreach (var feed in feeds)
        {
            await output.WriteLineAsync($"{(feed.Folder is null ? "" : feed.Folder + "/")}{feed.Title}  {feed.Url}");
            await output.WriteLineAsync($"    {(feed.IsPaused ? "paused; " : "")}last fetched {When(feed.LastFetchedUtc)}, last new entry {When(feed.LastNewEntryUtc)}, next poll {When(feed.NextPollUtc)}" +
                (feed.LastError is null ? "" : $"; last error: {feed.LastError}") + (feed.ConsecutiveFailures > 1 ? $" ({feed.ConsecutiveFailures} failures in a row)" : ""));
        }
        return 0;
    }

    private static string When(DateTime? utc) => utc is { } t ? t.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture) : "never";

    public static async Task<int> OpmlImportAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (args.Length != 1)
        {
            await error.WriteLineAsync("opml-import: give one OPML file, for example: opml-import subscriptions.opml");
            return 2;
        }
        string xml;
        try
        {
            xml = await File.ReadAllTextAsync(args[0], cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"{args[0]}: cannot be read: {exception.Message}");
            return 1;
        }
        var (subscriptions, reason) = Opml.Read(xml);
        if (reason is not null)
        {
            await error.WriteLineAsync($"{args[0]}: {reason}");
            return 1;
        }
        using var scope = services.CreateScope();
        var feeds = scope.ServiceProvider.GetRequiredService<Subscriptions>();
        var failed = 0;
        foreach (var subscription in subscriptions)
        {
            var (feed, refused) = await feeds.AddAsync(subscription.XmlUrl, subscription.Title, subscription.Folder, cancellationToken);
            if (feed is null) failed++;
            await output.WriteLineAsync(feed is null ? $"refused    {subscription.XmlUrl}: {refused}" : $"added      {(feed.Folder is null ? "" : feed.Folder + "/")}{feed.Title}");
        }
        await output.WriteLineAsync($"{subscriptions.Count} feeds in {args[0]}: {subscriptions.Count - failed} added, {failed} refused");
        return failed == 0 ? 0 : 1;
    }

    public static async Task<int> OpmlExportAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (args.Length != 1)
        {
            await error.WriteLineAsync("opml-export: give one file to write, for example: opml-export subscriptions.opml");
            return 2;
        }
        using var scope = services.CreateScope();
        var feeds = await scope.ServiceProvider.GetRequiredService<NewsReaderDb>().Feeds.AsNoTracking().ToListAsync(cancellationToken);
        try
        {
            await using var file = File.Create(args[0]);
            await Opml.Write(feeds, DateTime.UtcNow).SaveAsync(file, System.Xml.Linq.SaveOptions.None, cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"{args[0]}: cannot be written: {exception.Message}");
            return 1;
        }
        await output.WriteLineAsync($"exported {feeds.Count} feeds to {Path.GetFullPath(args[0])}");
        return 0;
    }
}
