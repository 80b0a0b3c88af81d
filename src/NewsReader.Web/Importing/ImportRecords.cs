using NewsReader.Model;
using NewsReader.Web.Data;
using NewsReader.Web.Importing.Formats;
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

// The importer's own records: what the first stage (reading and parsing) hands the second (the writer).
public sealed partial class Importer
{
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
}
