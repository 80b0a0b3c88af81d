using NewsReader.Web.Data;

namespace NewsReader.Web.Importing;

/// <summary>
/// What the importer's writer needs of the provider beyond standard SQL (its savepoints are the same on both): how a
/// batch's connection is readied and put back, and how writers take turns. SQLite (<see cref="Data.Sqlite.SqliteImportStorage"/>)
/// has one writer by design; PostgreSQL (<see cref="Data.Postgres.PostgresImportStorage"/>) takes an advisory lock.
/// </summary>
public interface IImportStorage
{
    /// <summary>Readies the context's open connection for an import batch.</summary>
    Task PrepareForBatchAsync(NewsReaderDb db, CancellationToken cancellationToken);

    /// <summary>
    /// Makes the batch's current transaction wait for any other import's, so that what an import looks up before it writes
    /// cannot change under it; the turn ends with the transaction.
    /// </summary>
    Task TakeWriterTurnAsync(NewsReaderDb db, CancellationToken cancellationToken);

    /// <summary>Puts the connection's settings back before it returns to the pool.</summary>
    Task EndBatchAsync(NewsReaderDb db);

    /// <summary>The most author or quote rows one statement inserts (see <see cref="RowInserter{T}.MaxRowsPerStatement"/>).</summary>
    int RowsPerStatement { get; }
}
