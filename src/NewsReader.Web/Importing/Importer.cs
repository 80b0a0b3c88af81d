using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsReader.Model;
using NewsReader.Parsing;
using NewsReader.Web.Data;
using NewsReader.Web.Importing.Formats;
using NewsReader.Web.Reading;
using NewsReader.Web.Search;

namespace NewsReader.Web.Importing;

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
public sealed partial class Importer(NewsReaderDb db, ISearchIndex search, IImportStorage storage, LibraryCache cache, IOptions<ReaderOptions> options, TimeProvider clock, ILogger<Importer> logger)
{
    public static readonly IReadOnlyList<string> Extensions = [.. ArticleFormats.Extensions, ".zip"];

    // Fields rather than captured parameters, so that the nested writer reaches them.
    private readonly NewsReaderDb db = db;
    private readonly ISearchIndex search = search;
    private readonly IImportStorage storage = storage;
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
