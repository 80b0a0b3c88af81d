using System.Data.Common;
using NewsReader.Model;
using NewsReader.Web.Data;

namespace NewsReader.Web.Search;

/// <summary>
/// Full-text search over the library, by the storage's provider: SQLite's FTS5 or PostgreSQL's full-text search. The
/// pages and the importer only know this interface.
/// </summary>
public interface ISearchIndex
{
    /// <summary>Creates the index's storage if it is missing.</summary>
    Task EnsureCreatedAsync(NewsReaderDb db, CancellationToken cancellationToken = default);

    /// <summary>Adds or replaces the entry of article <paramref name="articleId"/>, inside the caller's transaction when there is one.</summary>
    async Task IndexAsync(NewsReaderDb db, long articleId, SearchDocument document, CancellationToken cancellationToken = default)
    {
        await using var connection = await ConnectionScope.OpenAsync(db, cancellationToken);
        await using var writer = OpenWriter(db);
        await writer.AddAsync(articleId, document, cancellationToken);
    }

    /// <summary>
    /// A writer for many entries through the context's open connection, its statement prepared once; the caller disposes
    /// it before the connection closes.
    /// </summary>
    ISearchWriter OpenWriter(NewsReaderDb db);

    Task RemoveAsync(NewsReaderDb db, long articleId, CancellationToken cancellationToken = default);

    Task<SearchResults> SearchAsync(NewsReaderDb db, SearchQuery query, int page, int pageSize, CancellationToken cancellationToken = default);
}

/// <summary>Adds or replaces search entries, inside the context's current transaction.</summary>
public interface ISearchWriter : IAsyncDisposable
{
    Task AddAsync(long articleId, SearchDocument document, CancellationToken cancellationToken = default);

    /// <summary>Adds or replaces many entries (an import group's), in as few statements as the index allows.</summary>
    async Task AddAllAsync(IReadOnlyList<(long ArticleId, SearchDocument Document)> entries, CancellationToken cancellationToken = default)
    {
        foreach (var (articleId, document) in entries) await AddAsync(articleId, document, cancellationToken);
    }
}

/// <summary>One page of results. <see cref="SearchHit.Snippet"/> marks matched words with U+E000 … U+E001.</summary>
public sealed record SearchResults(IReadOnlyList<SearchHit> Hits, bool HasMore)
{
    /// <summary>
    /// Runs a search command that asks for one row more than a page, each row being id, slug, headline, section, outlet,
    /// published (ISO) and snippet, and reads the page and whether more follow.
    /// </summary>
    public static async Task<SearchResults> ReadAsync(DbCommand command, int pageSize, CancellationToken cancellationToken)
    {
        var hits = new List<SearchHit>(pageSize + 1);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            hits.Add(new SearchHit(reader.GetInt64(0), reader.GetString(1), reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5), reader.IsDBNull(6) ? "" : reader.GetString(6)));
        }
        var more = hits.Count > pageSize;
        return new SearchResults(more ? hits[..pageSize] : hits, more);
    }
}

public sealed record SearchHit(long Id, string Slug, string Headline, string? Section, string? Outlet, string? PublishedIso, string Snippet);

/// <summary>The text of an article as search sees it, column by column.</summary>
public sealed record SearchDocument(string Headline, string Byline, string Caption, string Body, string Quotes, string Speakers, string Section, string Outlet)
{
    public const char MarkStart = '\uE000';
    public const char MarkEnd = '\uE001';

    public static SearchDocument From(Article article) => Clean(new(
        article.Headline?.Value ?? "",
        string.Join(", ", article.Authors.Append(article.Outlet ?? "")).Trim(' ', ','),
        string.Join("\n", article.Captions.Select(c => c.Text.Value + (c.Credit is null ? "" : " " + c.Credit.Value))),
        string.Join("\n", (article.Standfirst is null ? [] : new[] { article.Standfirst.Value }).Concat(article.Blocks.Select(b => b.Text))),
        string.Join("\n", article.Quotes.Select(q => q.Text)),
        string.Join("\n", article.Quotes.Where(q => q.Speaker is not null).Select(q => q.Speaker!.Name).Distinct()),
        article.Section?.Value ?? "",
        article.Outlet ?? ""));

    // The snippet markers must not occur in the text itself.
    private static SearchDocument Clean(SearchDocument d) =>
        new(Strip(d.Headline), Strip(d.Byline), Strip(d.Caption), Strip(d.Body), Strip(d.Quotes), Strip(d.Speakers), Strip(d.Section), Strip(d.Outlet));

    private static string Strip(string s) => s.Replace(MarkStart, ' ').Replace(MarkEnd, ' ');
}
