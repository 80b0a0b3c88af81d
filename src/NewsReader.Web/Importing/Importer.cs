using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
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
/// The one way articles get in, shared by the upload page, the import API, the command line, the inbox folder and the
/// first-run seeding. Each file is checked, decoded, parsed and stored in its own transaction (article, author and quote
/// rows, revision and search entry together): it is stored whole or not at all, and a bad file never stops a batch.
/// </summary>
public sealed partial class Importer(NewsReaderDb db, ISearchIndex search, LibraryCache cache, IOptions<ReaderOptions> options, TimeProvider clock, ILogger<Importer> logger)
{
    public static readonly IReadOnlyList<string> Extensions = [.. ArticleFormats.Extensions, ".zip"];

    public long MaxFileBytes => options.Value.MaxFileBytes;

    /// <summary>Imports a file from disk; <paramref name="displayName"/> is what results and logs call it.</summary>
    public async Task<IReadOnlyList<ImportResult>> ImportFileAsync(string path, string? displayName = null, bool dryRun = false, CancellationToken cancellationToken = default)
    {
        var name = displayName ?? Path.GetFileName(path);
        try
        {
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 16 * 1024, useAsync: true);
            return await ImportAsync(name, stream, dryRun, cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return [Log(ImportResult.Reject(name, "the file could not be read: " + exception.Message))];
        }
    }

    /// <summary>
    /// Imports one uploaded or read file: an article (.txt, .md, .html) or a .zip of them. <paramref name="fileName"/> is
    /// only a label for results and logs, and picks the format by its extension; it is never used as a path.
    /// </summary>
    public async Task<IReadOnlyList<ImportResult>> ImportAsync(string fileName, Stream content, bool dryRun = false, CancellationToken cancellationToken = default)
    {
        var name = Label(fileName);
        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (extension == ".zip")
            return await ImportZipAsync(name, content, dryRun, cancellationToken);
        if (ArticleFormats.FromExtension(extension) is not { } format)
            return [Log(ImportResult.Reject(name, $"unsupported file type '{(extension.Length == 0 ? "(none)" : extension)}'; NewsReader imports {string.Join(", ", Extensions)} files"))];

        var bytes = await ReadLimitedAsync(content, MaxFileBytes, cancellationToken);
        if (bytes is null)
            return [Log(ImportResult.Reject(name, $"the file is larger than the {FormatSize(MaxFileBytes)} limit"))];
        return [await ImportBytesAsync(name, bytes, format, dryRun, cancellationToken)];
    }

    /// <summary>Imports the article text of one file; the single-file entry point the tests and the generator use.</summary>
    public async Task<ImportResult> ImportTextAsync(string fileName, string text, CancellationToken cancellationToken = default)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));
        return (await ImportAsync(fileName, stream, false, cancellationToken))[0];
    }

    private async Task<IReadOnlyList<ImportResult>> ImportZipAsync(string name, Stream content, bool dryRun, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        var results = new List<ImportResult>();
        // The archive is copied to a temporary file (never under its own name) so that entries can be read at random.
        var temporary = Path.Combine(Path.GetTempPath(), "newsreader-upload-" + Guid.NewGuid().ToString("N") + ".zip");
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                if (!await CopyLimitedAsync(content, file, limits.MaxZipBytes, cancellationToken))
                    return [Log(ImportResult.Reject(name, $"the archive is larger than the {FormatSize(limits.MaxZipBytes)} limit"))];
            }
            ZipArchive archive;
            try
            {
                archive = new ZipArchive(new FileStream(temporary, FileMode.Open, FileAccess.Read), ZipArchiveMode.Read);
            }
            catch (InvalidDataException)
            {
                return [Log(ImportResult.Reject(name, "the file is not a readable .zip archive"))];
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
                        results.Add(Log(ImportResult.Reject(label, $"the archive holds more than {limits.MaxZipEntries} files; the rest were not read")));
                        break;
                    }
                    if (!IsSafeEntryPath(entry.FullName))
                    {
                        results.Add(Log(ImportResult.Reject(label, "the entry's path leads outside the archive (zip-slip); it was not read")));
                        continue;
                    }
                    if (Path.GetFileName(entry.FullName).StartsWith('.') || entry.FullName.StartsWith("__MACOSX/", StringComparison.Ordinal)) continue;
                    var format = ArticleFormats.FromExtension(Path.GetExtension(entry.Name));
                    if (format is null)
                    {
                        results.Add(Log(ImportResult.Reject(label, $"unsupported file type '{Path.GetExtension(entry.Name)}' inside the archive")));
                        continue;
                    }
                    if (entry.Length > MaxFileBytes)
                    {
                        results.Add(Log(ImportResult.Reject(label, $"the file is larger than the {FormatSize(MaxFileBytes)} limit")));
                        continue;
                    }
                    total += entry.Length;
                    if (total > limits.MaxZipUncompressedBytes)
                    {
                        results.Add(Log(ImportResult.Reject(label, $"the archive unpacks to more than {FormatSize(limits.MaxZipUncompressedBytes)} (a zip bomb?); the rest were not read")));
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
                        results.Add(Log(ImportResult.Reject(label, "the entry is damaged or larger than it claims")));
                        continue;
                    }
                    results.Add(await ImportBytesAsync(label, bytes, format.Value, dryRun, cancellationToken));
                }
            }
            if (results.Count == 0) results.Add(Log(ImportResult.Reject(name, "the archive holds no article files")));
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

    private async Task<ImportResult> ImportBytesAsync(string name, byte[] bytes, ArticleFormat format, bool dryRun, CancellationToken cancellationToken)
    {
        var decoded = TextDecoder.Decode(bytes);
        if (decoded.Rejection is { } rejection) return Log(ImportResult.Reject(name, rejection));
        var text = TextNormalizer.Normalize(decoded.Text!);
        if (string.IsNullOrWhiteSpace(text)) return Log(ImportResult.Reject(name, "the file is empty (only white space)"));

        var sha = Sha256(text);
        if (await FindStoredAsync(sha, cancellationToken) is { } existing)
            return Log(new ImportResult(name, ImportStatus.Unchanged, "already in the library", existing.Slug, existing.Headline));

        var (articleText, sourceUrl) = ArticleFormats.ToArticleText(format, text);
        var article = ArticleParser.Parse(articleText);
        if (article.Headline is null)
            return Log(ImportResult.Reject(name, "no headline was recognised (the first line should be the headline or a section label)"));

        if (dryRun)
        {
            var earlier = await FindPreviousVersionAsync(article, sourceUrl, cancellationToken);
            return new ImportResult(name, earlier is null ? ImportStatus.Imported : ImportStatus.Updated,
                $"dry run: {article.Quotes.Count} quotes, {article.Blocks.Count} blocks" + (decoded.Warning is null ? "" : "; " + decoded.Warning),
                earlier?.Slug, article.Headline.Value);
        }

        try
        {
            var now = clock.GetUtcNow().UtcDateTime;
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // Writers take turns here, so this second look is race-free: another import may have stored this very text
            // since the first look, and then it is unchanged (not an update of itself).
            if (await FindStoredAsync(sha, cancellationToken) is { } same)
                return Log(new ImportResult(name, ImportStatus.Unchanged, "already in the library", same.Slug, same.Headline));
            var previous = await FindPreviousVersionAsync(article, sourceUrl, cancellationToken);
            StoredArticle stored;
            ImportStatus status;
            if (previous is null)
            {
                stored = new StoredArticle { Slug = ArticleProjection.SlugFor(article, sha), Sha256 = sha, Text = text, Headline = "", Language = "" };
                db.Articles.Add(stored);
                status = ImportStatus.Imported;
            }
            else
            {
                // A changed version of an article already here: keep the earlier text as a revision, then replace it.
                stored = await db.Articles.Include(a => a.Quotes).Include(a => a.AuthorRows).FirstAsync(a => a.Id == previous.Id, cancellationToken);
                db.Revisions.Add(new StoredRevision
                {
                    ArticleId = stored.Id, Sha256 = stored.Sha256, Text = stored.Text, Format = stored.Format, SourceName = stored.SourceName,
                    Headline = stored.Headline, ImportedUtc = stored.ImportedUtc, ReplacedUtc = now,
                });
                stored.Sha256 = sha;
                stored.Text = text;
                status = ImportStatus.Updated;
            }
            stored.Format = ArticleFormats.Name(format);
            stored.SourceUrl = sourceUrl ?? stored.SourceUrl;
            stored.SourceName = name;
            stored.ImportedUtc = now;
            ArticleProjection.Apply(stored, article);
            await db.SaveChangesAsync(cancellationToken);
            await search.IndexAsync(db, stored, article, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            cache.Changed();
            return Log(new ImportResult(name, status, decoded.Warning, stored.Slug, stored.Headline));
        }
        catch (DbUpdateException exception) when (exception.InnerException is SqliteException { SqliteErrorCode: 19 })
        {
            // Another import stored the same text a moment ago (the SHA-256 is unique).
            db.ChangeTracker.Clear();
            var winner = await FindStoredAsync(sha, cancellationToken);
            return Log(new ImportResult(name, ImportStatus.Unchanged, "already in the library", winner?.Slug, winner?.Headline));
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private sealed record Previous(long Id, string Slug);

    private sealed record Stored(string Slug, string Headline);

    /// <summary>The article that already holds exactly this text, if any.</summary>
    private Task<Stored?> FindStoredAsync(string sha, CancellationToken cancellationToken) =>
        db.Articles.AsNoTracking().Where(a => a.Sha256 == sha).Select(a => new Stored(a.Slug, a.Headline)).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The same article in an earlier version: the same source URL, or the same outlet, headline and publication time.</summary>
    private async Task<Previous?> FindPreviousVersionAsync(Article article, string? sourceUrl, CancellationToken cancellationToken)
    {
        if (sourceUrl is not null)
        {
            var bySource = await db.Articles.AsNoTracking().Where(a => a.SourceUrl == sourceUrl)
                .Select(a => new Previous(a.Id, a.Slug)).FirstOrDefaultAsync(cancellationToken);
            if (bySource is not null) return bySource;
        }
        var outlet = article.Outlet;
        var headline = article.Headline?.Value;
        var published = article.Published?.ToIsoString();
        if (outlet is null || headline is null || published is null) return null;
        return await db.Articles.AsNoTracking().Where(a => a.Outlet == outlet && a.Headline == headline && a.PublishedIso == published)
            .Select(a => new Previous(a.Id, a.Slug)).FirstOrDefaultAsync(cancellationToken);
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
}
