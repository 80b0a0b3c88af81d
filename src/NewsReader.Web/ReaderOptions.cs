using System.ComponentModel.DataAnnotations;

namespace NewsReader.Web;

/// <summary>The app's settings, bound from the <c>Reader</c> section of configuration.</summary>
public sealed class ReaderOptions
{
    public const string Section = "Reader";

    /// <summary>Largest article file accepted, in bytes.</summary>
    [Range(1024, 512L * 1024 * 1024)]
    public long MaxFileBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Folder of article files imported on the first start with an empty library; empty means the repository's <c>seeds/</c>.</summary>
    public string? SeedsPath { get; set; }

    /// <summary>Import the seed articles when the library is empty at start-up.</summary>
    public bool ImportSeedsOnFirstRun { get; set; } = true;

    /// <summary>Largest .zip upload accepted, in bytes.</summary>
    [Range(1024, 4L * 1024 * 1024 * 1024)]
    public long MaxZipBytes { get; set; } = 50 * 1024 * 1024;

    /// <summary>Most that a .zip may unpack to, in bytes (a guard against zip bombs).</summary>
    [Range(1024, 16L * 1024 * 1024 * 1024)]
    public long MaxZipUncompressedBytes { get; set; } = 200 * 1024 * 1024;

    /// <summary>Most files read from one .zip.</summary>
    [Range(1, 1_000_000)]
    public int MaxZipEntries { get; set; } = 10_000;

    /// <summary>A folder watched for new article files; empty (the default) turns the inbox off.</summary>
    public string? InboxPath { get; set; }

    /// <summary>Articles per library page.</summary>
    [Range(5, 500)]
    public int PageSize { get; set; } = 50;
}
