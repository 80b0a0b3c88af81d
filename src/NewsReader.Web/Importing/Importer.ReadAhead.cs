using System.Threading.Channels;

namespace NewsReader.Web.Importing;

// The read-ahead pipeline: files are read, decoded and parsed on the thread pool while one writer stores them in order.
public sealed partial class Importer
{
    /// <summary>
    /// Imports <paramref name="inputs"/> in order and calls <paramref name="committed"/> once for each, with its results
    /// (one per article; several for a .zip), as soon as they are committed. When <paramref name="stop"/> is signalled the
    /// article in hand is finished and committed, the rest are not read, and the result is false.
    /// <paramref name="cancellationToken"/> instead abandons the work in hand (it is rolled back).
    /// </summary>
    public async Task<bool> ImportManyAsync(IEnumerable<ImportInput> inputs, Func<ImportInput, IReadOnlyList<ImportResult>, ValueTask> committed,
        bool dryRun = false, CancellationToken stop = default, CancellationToken cancellationToken = default)
    {
        using var stopReading = CancellationTokenSource.CreateLinkedTokenSource(stop, cancellationToken);
        // Files being prepared or waiting for the writer, in their order. Each holds a slot until the writer takes it, so at
        // most four per core are ever in memory, whatever the files (an archive may unpack to hundreds of megabytes).
        var ahead = Channel.CreateUnbounded<(ImportInput Input, Task<IReadOnlyList<Prepared>> Work)>(
            new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        var slots = new SemaphoreSlim(4 * Environment.ProcessorCount);
        var allRead = false;
        var reader = Task.Run(async () =>
        {
            try
            {
                foreach (var input in inputs)
                {
                    await slots.WaitAsync(stopReading.Token);
                    ahead.Writer.TryWrite((input, Task.Run(() => PrepareAsync(input, cancellationToken), CancellationToken.None)));
                }
                allRead = true;
                ahead.Writer.TryComplete();
            }
            catch (OperationCanceledException)
            {
                ahead.Writer.TryComplete();
            }
            catch (Exception exception)
            {
                ahead.Writer.TryComplete(exception); // the list of inputs itself failed (a folder vanished): the caller sees it
            }
        }, CancellationToken.None);

        await using var writer = new Writer(this, dryRun);
        var finished = false;
        var stopped = false;
        try
        {
            await foreach (var (input, work) in ahead.Reader.ReadAllAsync(CancellationToken.None))
            {
                if (stop.IsCancellationRequested)
                {
                    stopped = true;
                    Observe(work);
                    break;
                }
                if (!work.IsCompleted && writer.HasOpenGroup)
                {
                    // A file slow to come (standard input, a big archive, a slow disk) must not keep another writer waiting for
                    // the write lock, nor the results before it unreported: after a short wait, the group is committed first.
                    await Task.WhenAny(work, Task.Delay(SlowFileWait, CancellationToken.None));
                    if (!work.IsCompleted) await writer.CommitAsync(committed, cancellationToken);
                }
                IReadOnlyList<Prepared> prepared;
                try
                {
                    prepared = await work.WaitAsync(stop);
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested && !work.IsCompleted)
                {
                    stopped = true; // stopped while waiting for a file (standard input): it is not read
                    Observe(work);
                    break;
                }
                slots.Release();
                await writer.StoreAllAsync(input, prepared, cancellationToken);
                if (writer.IsDue) await writer.CommitAsync(committed, cancellationToken);
            }
            finished = true;
        }
        finally
        {
            stopReading.Cancel();
            await reader;
            while (ahead.Reader.TryRead(out var left)) Observe(left.Work);
            // Commit what was stored, also when stopping. After an exception (a cancelled request) the writer's disposal
            // rolls the open group back instead, and none of it is reported.
            if (finished) await writer.CommitAsync(committed, CancellationToken.None);
        }
        return allRead && !stopped;
    }

    /// <summary>How long the writer waits for a slow file before it commits what it holds.</summary>
    private static readonly TimeSpan SlowFileWait = TimeSpan.FromMilliseconds(50);

    /// <summary>A file read ahead but not stored: its outcome is observed, so that no exception goes unobserved.</summary>
    private static void Observe(Task work) =>
        work.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
}
