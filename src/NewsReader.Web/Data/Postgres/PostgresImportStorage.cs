using Microsoft.EntityFrameworkCore;
using NewsReader.Web.Importing;

namespace NewsReader.Web.Data.Postgres;

/// <summary>
/// An import batch on PostgreSQL, where many sessions write at once: each commit group's transaction takes the importers'
/// advisory lock, so imports take turns as on SQLite (across every app instance and command on the library), and the
/// server frees it when the transaction ends, however it ends.
/// </summary>
public sealed class PostgresImportStorage : IImportStorage
{
    // The key of the importers' advisory lock ("NewsRead").
    private const long WriterLock = 0x4E65_7773_5265_6164;

    public Task PrepareForBatchAsync(NewsReaderDb db, CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task TakeWriterTurnAsync(NewsReaderDb db, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({WriterLock})", cancellationToken);

    public Task EndBatchAsync(NewsReaderDb db) => Task.CompletedTask;

    /// <summary>Every statement is a round trip to the server: an article's quotes go in one (32 rows: 416 parameters).</summary>
    public int RowsPerStatement => 32;
}
