using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using NewsReader.Web.Search;
using Npgsql;
using NpgsqlTypes;

namespace NewsReader.Web.Data.Postgres;

/// <summary>
/// Search with PostgreSQL's full-text search. <c>"ArticleSearch"</c> (made by the migration <c>Search</c>) keeps each
/// article's search text by column and a stored, GIN-indexed <c>tsvector</c> of it in the <c>newsreader</c> configuration:
/// <c>simple</c> (PostgreSQL has no Indonesian dictionary) with <c>unaccent</c>, so <c>kafe</c> finds <c>kafé</c>. The
/// headline weighs most (A), then speakers and byline (B), caption, quotes, section and outlet (C), the body (D); results
/// are ranked by <c>ts_rank</c> with those weights, and <c>ts_headline</c> marks the snippet.
/// </summary>
public sealed partial class PostgresSearchIndex(ILogger<PostgresSearchIndex> logger) : ISearchIndex
{
    public const string Configuration = "newsreader";

    // ts_rank's weights for D, C, B, A.
    private const string Weights = "{0.1, 0.2, 0.4, 1.0}";

    private static readonly string SnippetOptions =
        $"StartSel={SearchDocument.MarkStart}, StopSel={SearchDocument.MarkEnd}, MaxWords=28, MinWords=12, MaxFragments=1";

    // The column each search operator is limited to.
    private static readonly Dictionary<string, string> FieldColumns = new()
    {
        ["speaker"] = "\"Speaker\"", ["section"] = "\"Section\"", ["outlet"] = "\"Outlet\"", ["author"] = "\"Byline\"",
    };

    /// <summary>Nothing to create: the table, its configuration and its index come with the migrations.</summary>
    public Task EnsureCreatedAsync(NewsReaderDb db, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public ISearchWriter OpenWriter(NewsReaderDb db) => new Writer(db);

    /// <summary>
    /// Upserts, one statement per number of rows, reused while the connection stays open. An import group's entries go in
    /// <see cref="RowsPerStatement"/> at a time, since each statement is a round trip to the server.
    /// </summary>
    private sealed class Writer(NewsReaderDb db) : ISearchWriter
    {
        private const int RowsPerStatement = 50;
        private static readonly string[] Columns = ["Headline", "Byline", "Caption", "Body", "Quotes", "Speaker", "Section", "Outlet"];
        private readonly Dictionary<int, DbCommand> commands = [];

        public Task AddAsync(long articleId, SearchDocument d, CancellationToken cancellationToken = default) =>
            AddAllAsync([(articleId, d)], cancellationToken);

        public async Task AddAllAsync(IReadOnlyList<(long ArticleId, SearchDocument Document)> all, CancellationToken cancellationToken = default)
        {
            // One statement may not upsert a row twice: an article stored and then updated in one group keeps its last entry.
            var last = new Dictionary<long, int>(all.Count);
            for (var i = 0; i < all.Count; i++) last[all[i].ArticleId] = i;
            var entries = last.Count == all.Count ? all : all.Where((e, i) => last[e.ArticleId] == i).ToList();
            for (var start = 0; start < entries.Count; start += RowsPerStatement)
            {
                var rows = Math.Min(RowsPerStatement, entries.Count - start);
                if (!commands.TryGetValue(rows, out var command)) commands[rows] = command = CreateUpsert(db.Database.GetDbConnection(), rows);
                command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
                var values = command.Parameters;
                for (var r = 0; r < rows; r++)
                {
                    var (articleId, d) = entries[start + r];
                    var at = r * (Columns.Length + 1);
                    values[at].Value = articleId;
                    string[] texts = [d.Headline, d.Byline, d.Caption, d.Body, d.Quotes, d.Speakers, d.Section, d.Outlet];
                    for (var i = 0; i < texts.Length; i++) values[at + i + 1].Value = Storable(texts[i]);
                }
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var command in commands.Values) await command.DisposeAsync();
        }

        private static DbCommand CreateUpsert(DbConnection connection, int rows)
        {
            var command = connection.CreateCommand();
            var values = new List<string>(rows);
            for (var r = 0; r < rows; r++)
            {
                command.Parameters.Add(new NpgsqlParameter($"id{r}", NpgsqlDbType.Bigint));
                for (var i = 0; i < Columns.Length; i++) command.Parameters.Add(new NpgsqlParameter($"c{r}_{i}", NpgsqlDbType.Text));
                values.Add($"(@id{r}, {string.Join(", ", Columns.Select((_, i) => $"@c{r}_{i}"))})");
            }
            command.CommandText =
                $"INSERT INTO \"ArticleSearch\" (\"ArticleId\", {string.Join(", ", Columns.Select(c => $"\"{c}\""))}) " +
                $"VALUES {string.Join(", ", values)} " +
                $"ON CONFLICT (\"ArticleId\") DO UPDATE SET {string.Join(", ", Columns.Select(c => $"\"{c}\" = EXCLUDED.\"{c}\""))}";
            return command;
        }
    }

    public async Task RemoveAsync(NewsReaderDb db, long articleId, CancellationToken cancellationToken = default) =>
        await db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM \"ArticleSearch\" WHERE \"ArticleId\" = {articleId}", cancellationToken);

    public async Task<SearchResults> SearchAsync(NewsReaderDb db, SearchQuery query, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        if (query.IsEmpty) return new SearchResults([], false);
        await using var connection = await ConnectionScope.OpenAsync(db, cancellationToken);
        await using var command = connection.Connection.CreateCommand();
        command.CommandText = ToSql(query);
        for (var i = 0; i < query.Terms.Count; i++)
            command.Parameters.Add(new NpgsqlParameter($"t{i}", NpgsqlDbType.Text) { Value = Storable(query.Terms[i].Text) });
        command.Parameters.Add(new NpgsqlParameter("options", NpgsqlDbType.Text) { Value = SnippetOptions });
        command.Parameters.Add(new NpgsqlParameter("limit", NpgsqlDbType.Integer) { Value = pageSize + 1 });
        command.Parameters.Add(new NpgsqlParameter("offset", NpgsqlDbType.Integer) { Value = Math.Max(0, page - 1) * pageSize });
        try
        {
            return await SearchResults.ReadAsync(command, pageSize, cancellationToken);
        }
        catch (PostgresException exception)
        {
            // User text only ever reaches the server as parameters, so this should not happen; if it does, the user sees no results.
            LogQueryFailed(exception, query.ToString());
            return new SearchResults([], false);
        }
    }

    /// <summary>
    /// The search as SQL: every term is a parameter, read by <c>phraseto_tsquery</c> (a word, or a phrase whose words
    /// follow each other), a <c>prefix*</c> term gets <c>:*</c> on its last word, and all terms must match. A term with an
    /// operator must also match in its own column.
    /// </summary>
    public static string ToSql(SearchQuery query)
    {
        var terms = query.Terms.Select((term, i) => TermQuery(term, i)).ToList();
        var fields = new StringBuilder();
        for (var i = 0; i < query.Terms.Count; i++)
        {
            if (query.Terms[i].Field is { } field)
                fields.Append($" AND to_tsvector('{Configuration}', s.{FieldColumns[field]}) @@ {terms[i]}");
        }
        return
            $"SELECT a.\"Id\", a.\"Slug\", a.\"Headline\", a.\"Section\", a.\"Outlet\", a.\"PublishedIso\", " +
            $"ts_headline('{Configuration}', concat_ws(E'\\n', s.\"Body\", s.\"Quotes\", s.\"Caption\", s.\"Speaker\", s.\"Byline\", s.\"Headline\"), q.query, @options) " +
            $"FROM (SELECT {string.Join(" && ", terms)} AS query) q " +
            $"JOIN \"ArticleSearch\" s ON s.\"Document\" @@ q.query{fields} " +
            $"JOIN \"Articles\" a ON a.\"Id\" = s.\"ArticleId\" " +
            $"ORDER BY ts_rank('{Weights}', s.\"Document\", q.query) DESC, a.\"SortKey\" DESC, a.\"Id\" DESC " +
            $"LIMIT @limit OFFSET @offset";
    }

    private static string TermQuery(SearchTerm term, int index)
    {
        var words = $"phraseto_tsquery('{Configuration}', @t{index})";
        // An empty query (a term without a word PostgreSQL recognises) takes no ':*'.
        return term.IsPrefix ? $"(CASE WHEN numnode({words}) = 0 THEN {words} ELSE ({words}::text || ':*')::tsquery END)" : words;
    }

    /// <summary>PostgreSQL's text cannot hold U+0000.</summary>
    private static string Storable(string text) => text.Contains('\0') ? text.Replace('\0', ' ') : text;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Search query failed: {Query}")]
    private partial void LogQueryFailed(Exception exception, string query);
}
