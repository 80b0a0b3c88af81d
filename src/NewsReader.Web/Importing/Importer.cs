using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsReader.Parsing;
using NewsReader.Web.Data;
using NewsReader.Web.Search;

namespace NewsReader.Web.Importing;

public enum ImportStatus { Imported, Unchanged, Rejected }

/// <summary>What happened to one file.</summary>
public sealed record ImportResult(string FileName, ImportStatus Status, string? Reason = null, string? Slug = null, string? Headline = null)
{
    public static ImportResult Reject(string fileName, string reason) => new(fileName, ImportStatus.Rejected, reason);
}

/// <summary>
/// The one way articles get in, shared by the upload page, the command line and the first-run seeding.
/// Each file is checked, decoded, parsed and stored in its own transaction: it is stored whole or not at all,
/// and a bad file never affects the rest of a batch.
/// </summary>
public sealed partial class Importer(NewsReaderDb db, ISearchIndex search, IOptions<ReaderOptions> options, TimeProvider clock, ILogger<Importer> logger)
{
    public static readonly IReadOnlyList<string> Extensions = [".txt"];

    public long MaxFileBytes => options.Value.MaxFileBytes;

    /// <summary>Imports a file from disk; <paramref name="displayName"/> is what results and logs call it.</summary>
    public async Task<ImportResult> ImportFileAsync(string path, string? displayName = null, CancellationToken cancellationToken = default)
    {
        var name = displayName ?? Path.GetFileName(path);
        try
        {
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 16 * 1024, useAsync: true);
            return await ImportAsync(name, stream, cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return Log(ImportResult.Reject(name, "the file could not be read: " + exception.Message));
        }
    }

    /// <summary>Imports one article file from a stream. <paramref name="fileName"/> is only a label, never a path.</summary>
    public async Task<ImportResult> ImportAsync(string fileName, Stream content, CancellationToken cancellationToken = default)
    {
        var name = Label(fileName);
        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (!Extensions.Contains(extension))
            return Log(ImportResult.Reject(name, $"unsupported file type '{(extension.Length == 0 ? "(none)" : extension)}'; NewsReader imports {string.Join(", ", Extensions)} files"));

        var bytes = await ReadLimitedAsync(content, MaxFileBytes, cancellationToken);
        if (bytes is null)
            return Log(ImportResult.Reject(name, $"the file is larger than the {FormatSize(MaxFileBytes)} limit"));
        return await ImportBytesAsync(name, bytes, cancellationToken);
    }

    private async Task<ImportResult> ImportBytesAsync(string name, byte[] bytes, CancellationToken cancellationToken)
    {
        var decoded = TextDecoder.Decode(bytes);
        if (decoded.Rejection is { } rejection) return Log(ImportResult.Reject(name, rejection));
        var text = TextNormalizer.Normalize(decoded.Text!);
        if (string.IsNullOrWhiteSpace(text)) return Log(ImportResult.Reject(name, "the file is empty (only white space)"));

        var sha = Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
        var existing = await db.Articles.AsNoTracking().Where(a => a.Sha256 == sha)
            .Select(a => new { a.Slug, a.Headline }).FirstOrDefaultAsync(cancellationToken);
        if (existing is not null)
            return Log(new ImportResult(name, ImportStatus.Unchanged, "already in the library", existing.Slug, existing.Headline));

        var article = ArticleParser.Parse(text);
        if (article.Headline is null)
            return Log(ImportResult.Reject(name, "no headline was recognised (the first line should be the headline or a section label)"));

        var now = clock.GetUtcNow().UtcDateTime;
        var stored = new StoredArticle
        {
            Slug = ArticleProjection.SlugFor(article, sha),
            Sha256 = sha,
            Text = text,
            SourceName = name,
            ImportedUtc = now,
            Headline = "",
            Language = "",
        };
        ArticleProjection.Apply(stored, article);

        try
        {
            // The article, its quote and author rows and its search entry are stored in one transaction.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            db.Articles.Add(stored);
            await db.SaveChangesAsync(cancellationToken);
            await search.IndexAsync(db, stored, article, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is SqliteException { SqliteErrorCode: 19 })
        {
            // Another import stored the same text a moment ago (the SHA-256 is unique).
            db.ChangeTracker.Clear();
            return Log(new ImportResult(name, ImportStatus.Unchanged, "already in the library", stored.Slug, stored.Headline));
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
        var result = new ImportResult(name, ImportStatus.Imported, decoded.Warning, stored.Slug, stored.Headline);
        return Log(result);
    }

    /// <summary>A file name fit for results and logs: control characters removed, never empty.</summary>
    public static string Label(string? fileName)
    {
        var label = new string((fileName ?? "").Where(c => !char.IsControl(c)).ToArray()).Trim();
        return label.Length == 0 ? "(unnamed)" : label.Length > 260 ? label[..260] + "…" : label;
    }

    private static async Task<byte[]?> ReadLimitedAsync(Stream stream, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    public static string FormatSize(long bytes) =>
        bytes >= 1024 * 1024 ? $"{bytes / (1024.0 * 1024):0.#} MB" : bytes >= 1024 ? $"{bytes / 1024.0:0.#} KB" : $"{bytes} bytes";

    private ImportResult Log(ImportResult result)
    {
        switch (result.Status)
        {
            case ImportStatus.Imported: LogImported(result.FileName, result.Slug); break;
            case ImportStatus.Unchanged: LogUnchanged(result.FileName, result.Slug); break;
            default: LogRejected(result.FileName, result.Reason); break;
        }
        return result;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported {FileName} as {Slug}")]
    private partial void LogImported(string fileName, string? slug);

    [LoggerMessage(Level = LogLevel.Information, Message = "Unchanged {FileName}: already stored as {Slug}")]
    private partial void LogUnchanged(string fileName, string? slug);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected {FileName}: {Reason}")]
    private partial void LogRejected(string fileName, string? reason);
}
