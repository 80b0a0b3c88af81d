using Microsoft.EntityFrameworkCore;
using NewsReader.Web.Importing;

namespace NewsReader.Web.Data.Sqlite;

/// <summary>
/// An import batch on SQLite. Writers take turns by themselves: SQLite has one writer, and EF Core begins its
/// transactions <c>IMMEDIATE</c>, so a batch's transaction holds the write lock from its start (other writers, in this
/// process or another, wait up to the busy timeout).
/// </summary>
public sealed class SqliteImportStorage : IImportStorage
{
    /// <summary>
    /// A page cache big enough for a commit group (64 MB instead of SQLite's 2 MB), so that its changed pages stay in memory
    /// until the commit, and a checkpoint of the write-ahead log every 64 MB of it instead of every 4 MB, so that the batch
    /// is not stopped for a copy and a flush every few commits.
    /// </summary>
    public async Task PrepareForBatchAsync(NewsReaderDb db, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -65536; PRAGMA wal_autocheckpoint = 16384;", cancellationToken);

    public Task TakeWriterTurnAsync(NewsReaderDb db, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>In process, a statement costs no round trip, and binding by name grows with the square of the parameters.</summary>
    public int RowsPerStatement => RowInserter<StoredQuote>.MaxRowsPerStatement;

    /// <summary>
    /// SQLite's defaults again. The log the batch wrote is copied into the database by the next commit's automatic
    /// checkpoint, or when the last connection closes.
    /// </summary>
    public async Task EndBatchAsync(NewsReaderDb db) =>
        await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -2000; PRAGMA wal_autocheckpoint = 1000;");
}
