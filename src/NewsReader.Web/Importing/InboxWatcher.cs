using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace NewsReader.Web.Importing;

/// <summary>
/// The inbox folder (<c>Reader:InboxPath</c>, off by default): files dropped there are imported while the app runs
/// (a FileSystemWatcher, plus a scan at start-up for files that arrived while it was down). Imported files move to
/// <c>imported/</c>, rejected ones to <c>rejected/</c> with a <c>.reason.txt</c> beside each. Of several app instances on
/// one library, the one that holds the <see cref="IInboxLease"/> works the folder.
/// </summary>
public sealed partial class InboxWatcher(IServiceScopeFactory scopes, IInboxLease lease, IOptions<ReaderOptions> options, IWebHostEnvironment environment, ILogger<InboxWatcher> logger)
    : BackgroundService
{
    private readonly Channel<string> queue = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });

    public string? Folder => string.IsNullOrWhiteSpace(options.Value.InboxPath) ? null
        : Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.InboxPath));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (Folder is not { } folder) return;
        Directory.CreateDirectory(folder);
        Directory.CreateDirectory(Path.Combine(folder, "imported"));
        Directory.CreateDirectory(Path.Combine(folder, "rejected"));
        await using var held = await lease.AcquireAsync(stoppingToken);
        using var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = false, NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size };
        watcher.Created += (_, e) => queue.Writer.TryWrite(e.FullPath);
        watcher.Renamed += (_, e) => queue.Writer.TryWrite(e.FullPath);
        watcher.Changed += (_, e) => queue.Writer.TryWrite(e.FullPath);
        watcher.EnableRaisingEvents = true;
        LogWatching(folder);

        // Files that arrived while the app was down.
        foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal)) queue.Writer.TryWrite(file);

        await foreach (var path in queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await ProcessAsync(folder, path, stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFailed(exception, Path.GetFileName(path));
            }
        }
    }

    private async Task ProcessAsync(string folder, string path, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(path);
        if (!File.Exists(path) || name.StartsWith('.') || name.EndsWith(".reason.txt", StringComparison.Ordinal) || name.EndsWith(".part", StringComparison.Ordinal)) return;
        if (!await WaitUntilCompleteAsync(path, cancellationToken)) return;

        using var scope = scopes.CreateScope();
        var importer = scope.ServiceProvider.GetRequiredService<Importer>();
        // A file in hand is finished even when the app is stopping; the next one waits for the next start.
        var results = await importer.ImportFileAsync(path, name, cancellationToken: CancellationToken.None);
        var rejected = results.Where(r => r.Status == ImportStatus.Rejected).ToList();
        var target = Path.Combine(folder, rejected.Count == results.Count ? "rejected" : "imported", name);
        target = Unique(target);
        File.Move(path, target);
        if (rejected.Count > 0)
        {
            var reasons = string.Join(Environment.NewLine, rejected.Select(r => $"{r.FileName}: {r.Reason}"));
            // Written whole under a ".part" name, then renamed: whoever watches the rejected folder never reads a reason file
            // that exists but is still empty.
            var reasonFile = target + ".reason.txt";
            await File.WriteAllTextAsync(reasonFile + ".part", reasons + Environment.NewLine, CancellationToken.None);
            File.Move(reasonFile + ".part", reasonFile, overwrite: true);
        }
    }

    /// <summary>Waits until a file stops growing and can be opened alone, so a half-copied file is not read.</summary>
    private static async Task<bool> WaitUntilCompleteAsync(string path, CancellationToken cancellationToken)
    {
        long lastLength = -1;
        for (var attempt = 0; attempt < 50; attempt++)
        {
            try
            {
                var length = new FileInfo(path).Length;
                if (length == lastLength)
                {
                    await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.None);
                    return true;
                }
                lastLength = length;
            }
            catch (FileNotFoundException) { return false; }
            catch (IOException) { }
            await Task.Delay(200, cancellationToken);
        }
        return File.Exists(path);
    }

    private static string Unique(string path)
    {
        if (!File.Exists(path)) return path;
        var directory = Path.GetDirectoryName(path)!;
        var stem = Path.GetFileNameWithoutExtension(path);
        var extension = Path.GetExtension(path);
        for (var i = 2; ; i++)
        {
            var candidate = Path.Combine(directory, $"{stem} ({i}){extension}");
            if (!File.Exists(candidate)) return candidate;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Watching the inbox folder {Folder}")]
    private partial void LogWatching(string folder);

    [LoggerMessage(Level = LogLevel.Error, Message = "The inbox could not process {FileName}")]
    private partial void LogFailed(Exception exception, string fileName);
}
