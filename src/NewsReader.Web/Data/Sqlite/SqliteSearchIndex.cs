using System.Data.Common;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using NewsReader.Model;
using NewsReader.Web.Data;

using NewsReader.Web.Search;

namespace NewsReader.Web.Data.Sqlite;

/// <summary>
/// Search with SQLite FTS5 (<c>unicode61 remove_diacritics 2</c>), ranked by bm25 with the headline weighted
/// above the body. The FTS table lives beside the EF Core schema, not in the migrations, so that the migrations
/// stay provider-neutral.
/// </summary>
public sealed partial class SqliteSearchIndex(ILogger<SqliteSearchIndex> logger) : ISearchIndex
{
    private const string Table = "ArticleSearch";

    // Column weights for bm25, in column order: headline, byline, caption, body, quotes, speaker, section, outlet.
    private const string Weights = "10.0, 3.0, 2.0, 1.0, 1.5, 4.0, 2.0, 2.0";

    public async Task EnsureCreatedAsync(NewsReaderDb db, CancellationToken cancellationToken = default)
    {
        await db.Database.ExecuteSqlRawAsync(
            $"CREATE VIRTUAL TABLE IF NOT EXISTS {Table} USING fts5(headline, byline, caption, body, quotes, speaker, section, outlet, " +
            "tokenize = 'unicode61 remove_diacritics 2');", cancellationToken);
        // The rank column orders by bm25 with these weights, so ORDER BY rank needs no function call per row.
        await db.Database.ExecuteSqlRawAsync($"INSERT INTO {Table}({Table}, rank) VALUES('rank', 'bm25({Weights})');", cancellationToken);
    }

    public ISearchWriter OpenWriter(NewsReaderDb db) => new Writer(db);

    /// <summary>One prepared INSERT, reused for every entry while the connection stays open.</summary>
    private sealed class Writer(NewsReaderDb db) : ISearchWriter
    {
        private DbCommand? command;

        public async Task AddAsync(long articleId, SearchDocument d, CancellationToken cancellationToken = default)
        {
            command ??= CreateInsert(db.Database.GetDbConnection());
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            var values = command.Parameters;
            values[0].Value = articleId;
            values[1].Value = d.Headline;
            values[2].Value = d.Byline;
            values[3].Value = d.Caption;
            values[4].Value = d.Body;
            values[5].Value = d.Quotes;
            values[6].Value = d.Speakers;
            values[7].Value = d.Section;
            values[8].Value = d.Outlet;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        public ValueTask DisposeAsync() => command?.DisposeAsync() ?? ValueTask.CompletedTask;

        /// <summary>One statement for a new article and for a re-parsed one: FTS5 replaces the row with the same rowid.</summary>
        private static DbCommand CreateInsert(DbConnection connection)
        {
            var command = connection.CreateCommand();
            command.CommandText = $"INSERT OR REPLACE INTO {Table}(rowid, headline, byline, caption, body, quotes, speaker, section, outlet) " +
                "VALUES ($id, $headline, $byline, $caption, $body, $quotes, $speaker, $section, $outlet)";
            foreach (var name in (string[])["$id", "$headline", "$byline", "$caption", "$body", "$quotes", "$speaker", "$section", "$outlet"])
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                command.Parameters.Add(parameter);
            }
            return command;
        }
    }

    public async Task RemoveAsync(NewsReaderDb db, long articleId, CancellationToken cancellationToken = default) =>
        await db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM ArticleSearch WHERE rowid = {articleId}", cancellationToken);

    public async Task<SearchResults> SearchAsync(NewsReaderDb db, SearchQuery query, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        if (query.IsEmpty) return new SearchResults([], false);
        var match = ToFts(query);
        await using var connection = await ConnectionScope.OpenAsync(db, cancellationToken);
        try
        {
            await using var command = connection.Connection.CreateCommand();
            // Rank first and take one page of row ids; only those rows get a snippet and a join.
            command.CommandText =
                $"SELECT a.Id, a.Slug, a.Headline, a.Section, a.Outlet, a.PublishedIso, " +
                $"snippet({Table}, -1, char(57344), char(57345), '…', 28) " +
                $"FROM {Table} JOIN Articles a ON a.Id = {Table}.rowid " +
                $"WHERE {Table} MATCH $match AND {Table}.rowid IN " +
                $"(SELECT rowid FROM {Table} WHERE {Table} MATCH $match ORDER BY rank LIMIT $limit OFFSET $offset) " +
                $"ORDER BY {Table}.rank, a.SortKey DESC";
            Add(command, "$match", match);
            Add(command, "$limit", pageSize + 1);
            Add(command, "$offset", Math.Max(0, page - 1) * pageSize);
            return await SearchResults.ReadAsync(command, pageSize, cancellationToken);
        }
        catch (SqliteException exception)
        {
            // The query is built from quoted strings only, so this should not happen; if it does, the user sees no results.
            LogQueryFailed(exception, match);
            return new SearchResults([], false);
        }
    }

    /// <summary>Every term becomes a quoted FTS5 string (so no user text is ever FTS syntax), joined by AND.</summary>
    public static string ToFts(SearchQuery query)
    {
        var builder = new StringBuilder();
        foreach (var term in query.Terms)
        {
            if (builder.Length > 0) builder.Append(" AND ");
            if (term.Field is { } field) builder.Append(field == "author" ? "byline" : field).Append(" : ");
            builder.Append('"').Append(term.Text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            if (term.IsPrefix) builder.Append(" *");
        }
        return builder.ToString();
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Search query failed: {Match}")]
    private partial void LogQueryFailed(Exception exception, string match);
}
