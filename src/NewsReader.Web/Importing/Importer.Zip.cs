using System.IO.Compression;
using NewsReader.Web.Importing.Formats;

namespace NewsReader.Web.Importing;

// The zip reader: each entry of an archive is an article file of its own, within the archive limits.
public sealed partial class Importer
{
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
}
