using System.Data.Common;
using System.Diagnostics;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;
using NewsReader.Model;
using NewsReader.Parsing;
using NewsReader.Web.Data;
using NewsReader.Web.Importing.Formats;
using NewsReader.Web.Reading;
using NewsReader.Web.Search;

namespace NewsReader.Web.Importing;

public enum ImportStatus { Imported, Updated, Unchanged, Rejected }

/// <summary>What happened to one file. With a dry run, the status says what would happen.</summary>
public sealed record ImportResult(string FileName, ImportStatus Status, string? Reason = null, string? Slug = null, string? Headline = null)
{
    public static ImportResult Reject(string fileName, string reason) => new(fileName, ImportStatus.Rejected, reason);

    public string StatusName => Status.ToString().ToLowerInvariant();
}

/// <summary>
/// Something to import: a file on disk (<see cref="Path"/>), an open stream (<see cref="Content"/>, left open for its
/// owner), or a name that could not be resolved (<see cref="Error"/>). <see cref="Name"/> labels results and picks the
/// format by its extension, unless <see cref="Format"/> names it; it is never used as a path. <see cref="SourceUrl"/>,
/// for a page fetched from the web, is the article's source URL when the page names none of its own.
/// </summary>
public sealed record ImportInput(string Name, string? Path = null, Stream? Content = null, string? Error = null, ArticleFormat? Format = null, string? SourceUrl = null)
{
    public static ImportInput FromFile(string path, string? name = null) => new(name ?? System.IO.Path.GetFileName(path), path);

    public static ImportInput FromStream(string name, Stream content) => new(name, Content: content);

    public static ImportInput Failed(string name, string reason) => new(name, Error: reason);

    /// <summary>A page fetched from <paramref name="url"/>, labelled by its address.</summary>
    public static ImportInput FromPage(string url, Stream content, ArticleFormat format) => new(url, Content: content, Format: format, SourceUrl: url);
}

/// <summary>
/// The one way articles get in, shared by the upload page, the import API, the command line, the inbox folder and the
/// first-run seeding. A batch goes through two stages:
/// <list type="number">
/// <item>Reading, decoding and parsing need no database, so they run ahead on the thread pool, a few files at a time.</item>
/// <item>One writer then takes the files in their order. Each article is stored in its own transaction: a savepoint
/// (SQLite's nested transaction) holding its article, author, quote and revision rows, released whole or rolled back
/// whole, so a file that fails leaves nothing behind and never stops the batch. Its search entry is written with its
/// group, just before the commit. Up to <see cref="GroupSize"/>
/// articles, or <see cref="GroupTime"/> of work, are committed together: a commit is what makes a write durable, and
/// one per article would cost more than the article itself. A result is reported only once its article is committed,
/// so whatever was said to be imported is in the library, and a crash or kill at any point leaves every article either
/// fully stored or not at all.</item>
/// </list>
/// </summary>
public sealed partial class Importer(NewsReaderDb db, ISearchIndex search, LibraryCache cache, IOptions<ReaderOptions> options, TimeProvider clock, ILogger<Importer> logger)
{
    public static readonly IReadOnlyList<string> Extensions = [.. ArticleFormats.Extensions, ".zip"];

    // Fields rather than captured parameters, so that the nested writer reaches them.
    private readonly NewsReaderDb db = db;
    private readonly ISearchIndex search = search;
    private readonly LibraryCache cache = cache;
    private readonly TimeProvider clock = clock;

    /// <summary>The most articles committed together.</summary>
    public const int GroupSize = 1000;

    /// <summary>The longest a commit group stays open, so that another writer (the web app beside a command-line import) waits little.</summary>
    public static readonly TimeSpan GroupTime = TimeSpan.FromMilliseconds(250);

    public long MaxFileBytes => options.Value.MaxFileBytes;

    /// <summary>Imports a file from disk; <paramref name="displayName"/> is what results and logs call it.</summary>
    public Task<IReadOnlyList<ImportResult>> ImportFileAsync(string path, string? displayName = null, bool dryRun = false, CancellationToken cancellationToken = default) =>
        ImportOneAsync(ImportInput.FromFile(path, displayName), dryRun, cancellationToken);

    /// <summary>
    /// Imports one uploaded or read file: an article (.txt, .md, .html) or a .zip of them. <paramref name="fileName"/> is
    /// only a label for results and logs, and picks the format by its extension; it is never used as a path.
    /// </summary>
    public Task<IReadOnlyList<ImportResult>> ImportAsync(string fileName, Stream content, bool dryRun = false, CancellationToken cancellationToken = default) =>
        ImportOneAsync(ImportInput.FromStream(fileName, content), dryRun, cancellationToken);

    /// <summary>
    /// Imports a page fetched from <paramref name="url"/> (its final address after redirects), already decoded to
    /// <paramref name="text"/>. Its source URL is the one the page names (its canonical link), else <paramref name="url"/>,
    /// so that saving the same address again finds the stored article: unchanged, or updated when the page changed.
    /// </summary>
    public async Task<ImportResult> ImportPageAsync(string url, string text, ArticleFormat format, bool dryRun = false, CancellationToken cancellationToken = default)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));
        return (await ImportOneAsync(ImportInput.FromPage(url, stream, format), dryRun, cancellationToken))[0];
    }

    /// <summary>Imports the article text of one file; the single-file entry point the tests and the generator use.</summary>
    public async Task<ImportResult> ImportTextAsync(string fileName, string text, CancellationToken cancellationToken = default)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));
        return (await ImportAsync(fileName, stream, false, cancellationToken))[0];
    }

    private async Task<IReadOnlyList<ImportResult>> ImportOneAsync(ImportInput input, bool dryRun, CancellationToken cancellationToken)
    {
        IReadOnlyList<ImportResult> results = [];
        await ImportManyAsync([input], (_, done) => { results = done; return ValueTask.CompletedTask; }, dryRun, cancellationToken: cancellationToken);
        return results;
    }

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

    // A Markdown article exported with its highlights (==words==, notes as footnotes) brings them back when imported.
    private async Task AdoptHighlightsAsync(IReadOnlyList<ImportResult> results, CancellationToken cancellationToken)
    {
        foreach (var result in results)
        {
            // Only Markdown files hold marks: every other import is passed over without reading the article back.
            if (result.Status is not (ImportStatus.Imported or ImportStatus.Updated) || result.Slug is null
                || ArticleFormats.FromExtension(Path.GetExtension(result.FileName)) != ArticleFormat.Markdown) continue;
            var stored = await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Slug == result.Slug, cancellationToken);
            if (stored is null || stored.Format != "markdown" || !stored.Text.Contains("==", StringComparison.Ordinal)) continue;
            var marks = MarkdownConverter.Marks(stored.Text);
            if (marks.Count > 0) await new HighlightStore(db, cache, clock).AdoptAsync(stored, marks, cancellationToken);
        }
    }

    /// <summary>How long the writer waits for a slow file before it commits what it holds.</summary>
    private static readonly TimeSpan SlowFileWait = TimeSpan.FromMilliseconds(50);

    /// <summary>A file read ahead but not stored: its outcome is observed, so that no exception goes unobserved.</summary>
    private static void Observe(Task work) =>
        work.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);

    /// <summary>
    /// A file read and parsed, ready to store, with its new row and search entry already made (<see cref="Row"/> and
    /// <see cref="Search"/>), so that the writer does no more than write.
    /// </summary>
    private sealed record ParsedFile(Article Article, string? Warning, StoredArticle Row, SearchDocument Search)
    {
        /// <summary>The file's label (the row's source name).</summary>
        public string Name => Row.SourceName!;

        public string Sha256 => Row.Sha256;
    }

    /// <summary>What the first stage makes of one article file: <see cref="File"/>, or the reason it was rejected.</summary>
    private readonly record struct Prepared(ParsedFile? File, ImportResult? Rejection);

    private static Prepared Reject(string name, string reason) => new(null, ImportResult.Reject(name, reason));

    private async Task<IReadOnlyList<Prepared>> PrepareAsync(ImportInput input, CancellationToken cancellationToken)
    {
        var name = Label(input.Name);
        if (input.Error is { } error) return [Reject(name, error)];
        try
        {
            if (input.Path is null) return await PrepareStreamAsync(name, input.Content ?? Stream.Null, cancellationToken, input.Format, input.SourceUrl);
            var format = ArticleFormats.FromExtension(Path.GetExtension(name).ToLowerInvariant());
            if (format is null || Path.GetExtension(name).Equals(".zip", StringComparison.OrdinalIgnoreCase))
            {
                await using var file = new FileStream(input.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 16 * 1024, useAsync: true);
                return await PrepareStreamAsync(name, file, cancellationToken);
            }
            // An article file from disk (the command line, the inbox): its size is known, so it is read in one go.
            using var handle = File.OpenHandle(input.Path);
            var length = RandomAccess.GetLength(handle);
            if (length > MaxFileBytes) return [Reject(name, $"the file is larger than the {FormatSize(MaxFileBytes)} limit")];
            var bytes = new byte[length];
            var read = 0;
            while (read < bytes.Length && RandomAccess.Read(handle, bytes.AsSpan(read), read) is var n and > 0) read += n;
            return [Prepare(name, read == bytes.Length ? bytes : bytes[..read], format.Value)];
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return [Reject(name, "the file could not be read: " + exception.Message)];
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Anything else a reader throws (an archive in a form .NET does not read, for one) rejects this file only.
            LogReadFailed(exception, name);
            return [Reject(name, $"the file could not be read ({exception.GetType().Name}: {exception.Message})")];
        }
    }

    private async Task<IReadOnlyList<Prepared>> PrepareStreamAsync(string name, Stream content, CancellationToken cancellationToken, ArticleFormat? knownFormat = null, string? fetchedFrom = null)
    {
        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (knownFormat is null && extension == ".zip")
            return await PrepareZipAsync(name, content, cancellationToken);
        if ((knownFormat ?? ArticleFormats.FromExtension(extension)) is not { } format)
            return [Reject(name, $"unsupported file type '{(extension.Length == 0 ? "(none)" : extension)}'; NewsReader imports {string.Join(", ", Extensions)} files")];
        var bytes = await ReadLimitedAsync(content, MaxFileBytes, cancellationToken);
        if (bytes is null)
            return [Reject(name, $"the file is larger than the {FormatSize(MaxFileBytes)} limit")];
        return [Prepare(name, bytes, format, fetchedFrom)];
    }

    /// <summary>
    /// Decodes, normalises and parses one article file. Pure: no database, safe on any thread. <paramref name="fetchedFrom"/>
    /// is the source URL when the file names none (as re-parsing keeps a stored one).
    /// </summary>
    private Prepared Prepare(string name, byte[] bytes, ArticleFormat format, string? fetchedFrom = null)
    {
        var decoded = TextDecoder.Decode(bytes);
        if (decoded.Rejection is { } rejection) return Reject(name, rejection);
        var text = TextNormalizer.Normalize(decoded.Text!, decodeCharacterReferences: format == ArticleFormat.Text);
        if (string.IsNullOrWhiteSpace(text)) return Reject(name, "the file is empty (only white space)");
        Article article;
        string? sourceUrl;
        try
        {
            (var articleText, sourceUrl) = ArticleFormats.ToArticleText(format, text);
            article = ArticleParser.Parse(articleText);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // The parsers are total (property-tested on random input); should one fail all the same, the batch goes on.
            LogParserFailed(exception, name);
            return Reject(name, $"the file could not be parsed ({exception.GetType().Name}); this is a NewsReader bug, please report it with the file");
        }
        if (article.Headline is null)
            return Reject(name, "no headline was recognised (the first line should be the headline or a section label)");
        var sha = Sha256(text);
        var row = new StoredArticle
        {
            Slug = ArticleProjection.SlugFor(article, sha), Sha256 = sha, Text = text, Headline = "", Language = "",
            Format = ArticleFormats.Name(format), SourceUrl = sourceUrl ?? fetchedFrom, SourceName = name, ImportedUtc = clock.GetUtcNow().UtcDateTime,
        };
        ArticleProjection.Apply(row, article);
        return new(new ParsedFile(article, decoded.Warning, row, SearchDocument.From(article)), null);
    }

    private async Task<IReadOnlyList<Prepared>> PrepareZipAsync(string name, Stream content, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        var results = new List<Prepared>();
        // The archive is copied to a temporary file (never under its own name) so that entries can be read at random.
        var temporary = Path.Combine(Path.GetTempPath(), "newsreader-upload-" + Guid.NewGuid().ToString("N") + ".zip");
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                if (!await CopyLimitedAsync(content, file, limits.MaxZipBytes, cancellationToken))
                    return [Reject(name, $"the archive is larger than the {FormatSize(limits.MaxZipBytes)} limit")];
            }
            ZipArchive archive;
            try
            {
                archive = new ZipArchive(new FileStream(temporary, FileMode.Open, FileAccess.Read), ZipArchiveMode.Read);
            }
            catch (InvalidDataException)
            {
                return [Reject(name, "the file is not a readable .zip archive")];
            }
            using (archive)
            {
                long total = 0;
                var entries = 0;
                foreach (var entry in archive.Entries)
                {
                    if (entry.FullName.EndsWith('/') || entry.FullName.EndsWith('\\')) continue; // a folder
                    var label = $"{name}/{entry.FullName}";
                    if (++entries > limits.MaxZipEntries)
                    {
                        results.Add(Reject(label, $"the archive holds more than {limits.MaxZipEntries} files; the rest were not read"));
                        break;
                    }
                    if (!IsSafeEntryPath(entry.FullName))
                    {
                        results.Add(Reject(label, "the entry's path leads outside the archive (zip-slip); it was not read"));
                        continue;
                    }
                    if (Path.GetFileName(entry.FullName).StartsWith('.') || entry.FullName.StartsWith("__MACOSX/", StringComparison.Ordinal)) continue;
                    var format = ArticleFormats.FromExtension(Path.GetExtension(entry.Name));
                    if (format is null)
                    {
                        results.Add(Reject(label, $"unsupported file type '{Path.GetExtension(entry.Name)}' inside the archive"));
                        continue;
                    }
                    if (entry.Length > MaxFileBytes)
                    {
                        results.Add(Reject(label, $"the file is larger than the {FormatSize(MaxFileBytes)} limit"));
                        continue;
                    }
                    total += entry.Length;
                    if (total > limits.MaxZipUncompressedBytes)
                    {
                        results.Add(Reject(label, $"the archive unpacks to more than {FormatSize(limits.MaxZipUncompressedBytes)} (a zip bomb?); the rest were not read"));
                        break;
                    }
                    byte[]? bytes;
                    try
                    {
                        await using var stream = entry.Open();
                        // The declared size can lie: never read more than the limit, whatever the header says.
                        bytes = await ReadLimitedAsync(stream, Math.Min(MaxFileBytes, entry.Length), cancellationToken);
                    }
                    catch (InvalidDataException)
                    {
                        bytes = null;
                    }
                    if (bytes is null)
                    {
                        results.Add(Reject(label, "the entry is damaged or larger than it claims"));
                        continue;
                    }
                    results.Add(Prepare(label, bytes, format.Value));
                }
            }
            if (results.Count == 0) results.Add(Reject(name, "the archive holds no article files"));
            return results;
        }
        finally
        {
            try { File.Delete(temporary); } catch (IOException) { }
        }
    }

    /// <summary>A relative path with no <c>..</c> part, no root and no drive: it stays inside the archive.</summary>
    public static bool IsSafeEntryPath(string path)
    {
        if (path.Length == 0 || path.Contains('\0')) return false;
        var normalized = path.Replace('\\', '/');
        if (normalized.StartsWith('/') || (normalized.Length > 1 && normalized[1] == ':')) return false;
        return normalized.Split('/').All(part => part != "..");
    }

    /// <summary>
    /// The second stage: stores parsed articles in order, each in its own savepoint, and commits them in groups, reporting
    /// each input's results after the commit that made them durable.
    /// </summary>
    private sealed class Writer(Importer importer, bool dryRun) : IAsyncDisposable
    {
        // Each article's own transaction: standard SQL, the same on SQLite and PostgreSQL, prepared once for the batch.
        private readonly Statement savepoint = new("SAVEPOINT article");
        private readonly Statement release = new("RELEASE SAVEPOINT article");
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
                if (!dryRun) await Data.Database.PrepareForBatchAsync(db, cancellationToken);
            }
            if (dryRun) return await DryRunAsync(file, cancellationToken);
            if (transaction is null)
            {
                transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                await Data.Database.TakeWriterTurnAsync(db, cancellationToken);
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
            await savepoint.ExecuteAsync(db, cancellationToken);
            (ImportResult Result, long? Stored) written;
            try
            {
                written = await WriteAsync(file, mayBeVersion, transaction.GetDbTransaction(), cancellationToken);
                await release.ExecuteAsync(db, cancellationToken);
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
            authors ??= new RowInserter<StoredAuthor>(db, connection);
            quotes ??= new RowInserter<StoredQuote>(db, connection);
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
                    foreach (var (id, document) in toIndex) await searchWriter.AddAsync(id, document, cancellationToken);
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
            await rollback.DisposeAsync();
            if (articles is not null) await articles.DisposeAsync();
            if (authors is not null) await authors.DisposeAsync();
            if (quotes is not null) await quotes.DisposeAsync();
            if (connectionOpened)
            {
                try
                {
                    if (!dryRun) await Data.Database.EndBatchAsync(db);
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

    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));

    /// <summary>A file name fit for results and logs: control characters removed, never empty.</summary>
    public static string Label(string? fileName)
    {
        var label = new string((fileName ?? "").Where(c => !char.IsControl(c)).ToArray()).Trim();
        return label.Length == 0 ? "(unnamed)" : label.Length > 260 ? label[..260] + "…" : label;
    }

    private static async Task<byte[]?> ReadLimitedAsync(Stream stream, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        return await CopyLimitedAsync(stream, buffer, limit, cancellationToken) ? buffer.ToArray() : null;
    }

    private static async Task<bool> CopyLimitedAsync(Stream source, Stream target, long limit, CancellationToken cancellationToken)
    {
        var chunk = new byte[81920];
        long copied = 0;
        int read;
        while ((read = await source.ReadAsync(chunk, cancellationToken)) > 0)
        {
            copied += read;
            if (copied > limit) return false;
            await target.WriteAsync(chunk.AsMemory(0, read), cancellationToken);
        }
        return true;
    }

    public static string FormatSize(long bytes) =>
        bytes >= 1024 * 1024 ? $"{bytes / (1024.0 * 1024):0.#} MB" : bytes >= 1024 ? $"{bytes / 1024.0:0.#} KB" : $"{bytes} bytes";

    private ImportResult Log(ImportResult result)
    {
        switch (result.Status)
        {
            case ImportStatus.Imported: LogImported(result.FileName, result.Slug); break;
            case ImportStatus.Updated: LogUpdated(result.FileName, result.Slug); break;
            case ImportStatus.Unchanged: LogUnchanged(result.FileName, result.Slug); break;
            default: LogRejected(result.FileName, result.Reason); break;
        }
        return result;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported {FileName} as {Slug}")]
    private partial void LogImported(string fileName, string? slug);

    [LoggerMessage(Level = LogLevel.Information, Message = "Updated {Slug} from {FileName}; the previous text is kept as a revision")]
    private partial void LogUpdated(string fileName, string? slug);

    [LoggerMessage(Level = LogLevel.Information, Message = "Unchanged {FileName}: already stored as {Slug}")]
    private partial void LogUnchanged(string fileName, string? slug);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected {FileName}: {Reason}")]
    private partial void LogRejected(string fileName, string? reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reading {FileName} failed")]
    private partial void LogReadFailed(Exception exception, string fileName);

    [LoggerMessage(Level = LogLevel.Error, Message = "The parser failed on {FileName}")]
    private partial void LogParserFailed(Exception exception, string fileName);

    [LoggerMessage(Level = LogLevel.Error, Message = "Storing {FileName} failed; it was rolled back")]
    private partial void LogStoreFailed(Exception exception, string fileName);
}
