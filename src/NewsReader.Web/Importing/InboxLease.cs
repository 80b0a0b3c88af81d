using NewsReader.Web.Data;

namespace NewsReader.Web.Importing;

/// <summary>
/// Lets one app instance at a time work the inbox folder: the instance that holds the lease watches and imports, the
/// others wait, and one of them takes over when the holder stops.
/// </summary>
public interface IInboxLease
{
    /// <summary>How long an instance waits before it tries again for a lease another holds.</summary>
    static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(5);

    /// <summary>Waits until this instance holds the lease; disposing the result gives it up.</summary>
    Task<IAsyncDisposable> AcquireAsync(CancellationToken cancellationToken);
}

/// <summary>
/// The lease as a lock on the file <c>inbox.lock</c> in the data folder, beside the SQLite library that every instance
/// shares: the operating system lets one open of it hold the lock and frees it when the holder's process ends, however
/// it ends.
/// </summary>
public sealed class FileInboxLease(DatabaseLocation location) : IInboxLease
{
    public const string FileName = "inbox.lock";

    public async Task<IAsyncDisposable> AcquireAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                return new FileStream(Path.Combine(location.DataFolder, FileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                await Task.Delay(IInboxLease.RetryInterval, cancellationToken);
            }
        }
    }
}
