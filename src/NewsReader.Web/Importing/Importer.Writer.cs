using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using NewsReader.Web.Data;
using NewsReader.Web.Search;

namespace NewsReader.Web.Importing;

// The savepoint writer: each article in a savepoint of its own, commits in groups, results reported after their commit.
public sealed partial class Importer
{
    /// <summary>
    /// The second stage: stores parsed articles in order, each in its own savepoint, and commits them in groups, reporting
    /// each input's results after the commit that made them durable.
    /// </summary>
    private sealed class Writer(Importer importer, bool dryRun) : IAsyncDisposable
    {
        // Each article's own transaction: standard SQL, the same on SQLite and PostgreSQL, prepared once for the batch.
        private readonly Statement savepoint = new("SAVEPOINT article");
        private readonly Statement release = new("RELEASE SAVEPOINT article");
        // A kept article's savepoint is released with the next one's start, in one round trip instead of two: each round
        // trip to a database server costs more than the statements. The group's commit keeps the last one's work.
        private readonly Statement releaseAndSavepoint = new("RELEASE SAVEPOINT article; SAVEPOINT article");
        private bool savepointKept;
        private readonly Statement rollback = new("ROLLBACK TO SAVEPOINT article");
        private readonly NewsReaderDb db = importer.db;
        private readonly List<(ImportInput Input, List<ImportResult> Results)> pending = [];
        private readonly Stopwatch age = new();
        private IDbContextTransaction? transaction;
        private readonly ArticleLookups lookups = new(importer.db);
        private ISearchWriter? searchWriter;
        private RowInserter<StoredArticle>? articles;
        private RowInserter<StoredAuthor>? authors;
        private RowInserter<StoredQuote>? quotes;
        private bool connectionOpened;
        private int stored;

        // The search entries of the group's articles, written just before its commit. SQLite's FTS5 writes its pending
        // entries to disk at every savepoint, so indexing each article inside its own savepoint would cost a small index
        // segment per article; written together, they make one. They still commit in the same transaction as their articles.
        private readonly List<(long Id, SearchDocument Document)> toIndex = [];

        /// <summary>True when the pending results should be committed and reported now.</summary>
        public bool IsDue => transaction is null || stored >= GroupSize || age.Elapsed >= GroupTime;

        /// <summary>True while a commit group holds the write lock.</summary>
        public bool HasOpenGroup => transaction is not null;

        /// <summary>Stores the articles of one input (several for an archive); its results are reported at the next commit.</summary>
        public async Task StoreAllAsync(ImportInput input, IReadOnlyList<Prepared> prepared, CancellationToken cancellationToken)
        {
            // Pending from the start, so that a group lost half-way through an archive re-marks the entries already stored.
            var results = new List<ImportResult>(prepared.Count);
            pending.Add((input, results));
            foreach (var item in prepared) results.Add(item.Rejection ?? await StoreAsync(item.File!, cancellationToken));
        }

        private async Task<ImportResult> StoreAsync(ParsedFile file, CancellationToken cancellationToken)
        {
            if (!connectionOpened)
            {
                // One connection for the whole batch, so the prepared statements are prepared once.
                await db.Database.OpenConnectionAsync(cancellationToken);
                connectionOpened = true;
                if (!dryRun) await importer.storage.PrepareForBatchAsync(db, cancellationToken);
            }
            if (dryRun) return await DryRunAsync(file, cancellationToken);
            if (transaction is null)
            {
                transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                await importer.storage.TakeWriterTurnAsync(db, cancellationToken);
                age.Restart();
                stored = 0;
            }
            // Writers take turns (SQLite begins with IMMEDIATE; on PostgreSQL the group's transaction holds an advisory
            // lock), so the looks inside the transaction are race-free, across processes too. An article that may
            // be a new version of a stored one is first checked for being the very same text, so that it is not taken for
            // an update of itself; any other is inserted straight away, and the unique index on the text's hash makes the
            // insert of a copy of a stored text do nothing, which WriteAsync reports as "unchanged".
            var mayBeVersion = PreviousVersionKeys(file) is not null;
            if (mayBeVersion && await lookups.WithTextAsync(file.Sha256, cancellationToken) is { } same)
                return Unchanged(file, same);
            await (savepointKept ? releaseAndSavepoint : savepoint).ExecuteAsync(db, cancellationToken);
            savepointKept = false;
            (ImportResult Result, long? Stored) written;
            try
            {
                written = await WriteAsync(file, mayBeVersion, transaction.GetDbTransaction(), cancellationToken);
                savepointKept = true;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                var reason = (exception.InnerException ?? exception).Message;
                importer.LogStoreFailed(exception, file.Name);
                try
                {
                    await rollback.ExecuteAsync(db, cancellationToken);
                    await release.ExecuteAsync(db, cancellationToken);
                }
                catch (Exception lost) when (lost is not OperationCanceledException)
                {
                    // The database undid the whole transaction (a full disk, an I/O error): nothing of this group is kept.
                    await AbandonAsync(reason);
                    return ImportResult.Reject(file.Name, "the article could not be stored: " + reason);
                }
                // Another import (on a database where writers do not take turns) may have stored this very text meanwhile.
                if (await lookups.WithTextAsync(file.Sha256, cancellationToken) is { } copy) return Unchanged(file, copy);
                return ImportResult.Reject(file.Name, "the article could not be stored: " + reason);
            }
            // Only an article whose savepoint was kept gets its search entry.
            if (written.Stored is { } id)
            {
                toIndex.Add((id, file.Search));
                stored++;
            }
            return written.Result;
        }

        private static ImportResult Unchanged(ParsedFile file, StoredMatch same) =>
            new(file.Name, ImportStatus.Unchanged, "already in the library", same.Slug, same.Headline);

        private async Task<ImportResult> DryRunAsync(ParsedFile file, CancellationToken cancellationToken)
        {
            if (await lookups.WithTextAsync(file.Sha256, cancellationToken) is { } same) return Unchanged(file, same);
            var earlier = await FindPreviousVersionAsync(file, cancellationToken);
            return new ImportResult(file.Name, earlier is null ? ImportStatus.Imported : ImportStatus.Updated,
                $"dry run: {file.Article.Quotes.Count} quotes, {file.Article.Blocks.Count} blocks" + (file.Warning is null ? "" : "; " + file.Warning),
                earlier?.Slug, file.Article.Headline!.Value);
        }

        /// <summary>The same article in an earlier version: the same source URL, or the same outlet, headline and publication time.</summary>
        private async Task<StoredMatch?> FindPreviousVersionAsync(ParsedFile file, CancellationToken cancellationToken)
        {
            if (PreviousVersionKeys(file) is not var (sourceUrl, identity)) return null;
            if (sourceUrl is not null && await lookups.FromSourceAsync(sourceUrl, cancellationToken) is { } bySource) return bySource;
            return identity is var (outlet, headline, published) ? await lookups.WithIdentityAsync(outlet, headline, published, cancellationToken) : null;
        }

        /// <summary>Writes one article's rows: a new article through the prepared inserts, a new version of a stored one through EF Core.</summary>
        private async Task<(ImportResult Result, long? Stored)> WriteAsync(ParsedFile file, bool mayBeVersion, DbTransaction dbTransaction, CancellationToken cancellationToken)
        {
            if (mayBeVersion && await FindPreviousVersionAsync(file, cancellationToken) is { } previous)
                return (await UpdateAsync(file, previous, cancellationToken), previous.Id);

            var article = file.Row;
            var connection = db.Database.GetDbConnection();
            articles ??= new RowInserter<StoredArticle>(db, connection, skipDuplicateOf: nameof(StoredArticle.Sha256));
            authors ??= new RowInserter<StoredAuthor>(db, connection, rowsPerStatement: importer.storage.RowsPerStatement);
            quotes ??= new RowInserter<StoredQuote>(db, connection, rowsPerStatement: importer.storage.RowsPerStatement);
            if (!await articles.InsertAsync(article, dbTransaction, cancellationToken))
                return (await lookups.WithTextAsync(file.Sha256, cancellationToken) is { } same
                    ? Unchanged(file, same) : throw new InvalidOperationException("An article's text was refused as a duplicate, but no stored article has it."), null);
            foreach (var author in article.AuthorRows) author.ArticleId = article.Id;
            foreach (var quote in article.Quotes) quote.ArticleId = article.Id;
            await authors.InsertAllAsync(article.AuthorRows, dbTransaction, cancellationToken);
            await quotes.InsertAllAsync(article.Quotes, dbTransaction, cancellationToken);
            return (new ImportResult(file.Name, ImportStatus.Imported, file.Warning, article.Slug, article.Headline), article.Id);
        }

        /// <summary>A changed version of an article already here: the earlier text is kept as a revision, then replaced.</summary>
        private async Task<ImportResult> UpdateAsync(ParsedFile file, StoredMatch previous, CancellationToken cancellationToken)
        {
            try
            {
                return await UpdateTrackedAsync(file, previous, cancellationToken);
            }
            finally
            {
                db.ChangeTracker.Clear(); // the next article starts with nothing tracked, whether this one was stored or not
            }
        }

        private async Task<ImportResult> UpdateTrackedAsync(ParsedFile file, StoredMatch previous, CancellationToken cancellationToken)
        {
            var now = importer.clock.GetUtcNow().UtcDateTime;
            var article = await db.Articles.Include(a => a.Quotes).Include(a => a.AuthorRows).FirstAsync(a => a.Id == previous.Id, cancellationToken);
            db.Revisions.Add(new StoredRevision
            {
                ArticleId = article.Id, Sha256 = article.Sha256, Text = article.Text, Format = article.Format, SourceName = article.SourceName,
                Headline = article.Headline, ImportedUtc = article.ImportedUtc, ReplacedUtc = now,
            });
            article.Sha256 = file.Row.Sha256;
            article.Text = file.Row.Text;
            article.Format = file.Row.Format;
            article.SourceUrl = file.Row.SourceUrl ?? article.SourceUrl;
            article.SourceName = file.Name;
            article.ImportedUtc = now;
            ArticleProjection.Apply(article, file.Article);
            await db.SaveChangesAsync(cancellationToken);
            return new ImportResult(file.Name, ImportStatus.Updated, file.Warning, article.Slug, article.Headline);
        }

        /// <summary>Commits the open group, then reports (and logs) every pending input's results.</summary>
        public async Task CommitAsync(Func<ImportInput, IReadOnlyList<ImportResult>, ValueTask> committed, CancellationToken cancellationToken)
        {
            if (transaction is not null)
            {
                try
                {
                    searchWriter ??= importer.search.OpenWriter(db);
                    await searchWriter.AddAllAsync(toIndex, cancellationToken);
                    await transaction.CommitAsync(cancellationToken);
                    if (stored > 0) importer.cache.Changed();
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    importer.LogStoreFailed(exception, $"a group of {stored} articles");
                    await AbandonAsync((exception.InnerException ?? exception).Message);
                }
                finally
                {
                    await DisposeTransactionAsync();
                }
            }
            var done = pending.ToArray();
            pending.Clear();
            foreach (var (input, results) in done)
            {
                foreach (var result in results) importer.Log(result);
                if (!dryRun) await importer.AdoptHighlightsAsync(results, cancellationToken);
                await committed(input, results);
            }
        }

        /// <summary>The open group was lost as a whole: what it stored is reported as not stored, with the reason.</summary>
        private async Task AbandonAsync(string reason)
        {
            foreach (var (_, results) in pending)
            {
                for (var i = 0; i < results.Count; i++)
                {
                    if (results[i].Status is ImportStatus.Imported or ImportStatus.Updated)
                        results[i] = ImportResult.Reject(results[i].FileName, $"not stored: the database undid its transaction ({reason}); import the file again");
                }
            }
            await DisposeTransactionAsync();
        }

        private async Task DisposeTransactionAsync()
        {
            if (transaction is null) return;
            try
            {
                await transaction.DisposeAsync(); // rolls back what was not committed
            }
            catch (Exception exception) when (exception is DbException or InvalidOperationException)
            {
                // The database had undone it already.
            }
            transaction = null;
            savepointKept = false;
            stored = 0;
            toIndex.Clear();
        }

        public async ValueTask DisposeAsync()
        {
            await DisposeTransactionAsync();
            await lookups.DisposeAsync();
            if (searchWriter is not null) await searchWriter.DisposeAsync();
            await savepoint.DisposeAsync();
            await release.DisposeAsync();
            await releaseAndSavepoint.DisposeAsync();
            await rollback.DisposeAsync();
            if (articles is not null) await articles.DisposeAsync();
            if (authors is not null) await authors.DisposeAsync();
            if (quotes is not null) await quotes.DisposeAsync();
            if (connectionOpened)
            {
                try
                {
                    if (!dryRun) await importer.storage.EndBatchAsync(db);
                }
                catch (DbException)
                {
                    // The connection's settings could not be put back: it is closed below all the same.
                }
                await db.Database.CloseConnectionAsync();
            }
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>A statement without parameters, prepared on first use and run inside the context's transaction.</summary>
    private sealed class Statement(string sql) : IAsyncDisposable
    {
        private DbCommand? command;

        public async Task ExecuteAsync(NewsReaderDb db, CancellationToken cancellationToken)
        {
            if (command is null)
            {
                command = db.Database.GetDbConnection().CreateCommand();
                command.CommandText = sql;
            }
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        public ValueTask DisposeAsync() => command?.DisposeAsync() ?? ValueTask.CompletedTask;
    }

    /// <summary>What an earlier version of the article would share with it: its source URL, or its outlet, headline and publication time.</summary>
    private static (string? SourceUrl, (string Outlet, string Headline, string Published)? Identity)? PreviousVersionKeys(ParsedFile file)
    {
        var article = file.Article;
        (string, string, string)? identity = article.Outlet is { } outlet && article.Headline?.Value is { } headline && article.Published?.ToIsoString() is { } published
            ? (outlet, headline, published) : null;
        return file.Row.SourceUrl is null && identity is null ? null : (file.Row.SourceUrl, identity);
    }
}
