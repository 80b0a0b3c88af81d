using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using NewsReader.Web.Data;

namespace NewsReader.Web.Importing;

/// <summary>An article already in the library, as the importer needs to know it.</summary>
public sealed record StoredMatch(long Id, string Slug, string Headline);

/// <summary>
/// The importer's lookups, by text hash, by source URL, and by outlet, headline and publication time, as statements
/// prepared once for a whole batch on the context's connection, inside its current transaction. The SQL is made from the
/// EF Core model by <see cref="ModelSql"/>, so it stays provider-neutral and follows the migrations. The owner keeps the
/// connection open while it uses them, and disposes them before it closes it.
/// </summary>
public sealed class ArticleLookups(NewsReaderDb db) : IAsyncDisposable
{
    private readonly ModelSql sql = new(db);
    private DbCommand? byText;
    private DbCommand? bySource;
    private DbCommand? byIdentity;

    /// <summary>The article that holds exactly this text (by its SHA-256), if any.</summary>
    public Task<StoredMatch?> WithTextAsync(string sha256, CancellationToken cancellationToken) =>
        FirstAsync(byText ??= Prepare(nameof(StoredArticle.Sha256)), [sha256], cancellationToken);

    /// <summary>The article imported from the same address, if any.</summary>
    public Task<StoredMatch?> FromSourceAsync(string sourceUrl, CancellationToken cancellationToken) =>
        FirstAsync(bySource ??= Prepare(nameof(StoredArticle.SourceUrl)), [sourceUrl], cancellationToken);

    /// <summary>The article with the same outlet, headline and publication time, if any.</summary>
    public Task<StoredMatch?> WithIdentityAsync(string outlet, string headline, string publishedIso, CancellationToken cancellationToken) =>
        FirstAsync(byIdentity ??= Prepare(nameof(StoredArticle.Outlet), nameof(StoredArticle.Headline), nameof(StoredArticle.PublishedIso)),
            [outlet, headline, publishedIso], cancellationToken);

    private DbCommand Prepare(params string[] keys)
    {
        // The statements belong to the open connection: closing it would dispose them, so the owner keeps it open.
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
            throw new InvalidOperationException("ArticleLookups needs the context's connection open for as long as it is used.");
        var command = connection.CreateCommand();
        string Column(string property) => sql.Column<StoredArticle>(property);
        command.CommandText =
            $"SELECT {Column(nameof(StoredArticle.Id))}, {Column(nameof(StoredArticle.Slug))}, {Column(nameof(StoredArticle.Headline))} " +
            $"FROM {sql.Table<StoredArticle>()} WHERE {string.Join(" AND ", keys.Select((k, i) => $"{Column(k)} = {sql.Parameter("k" + i)}"))} LIMIT 1";
        for (var i = 0; i < keys.Length; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = sql.Parameter("k" + i);
            command.Parameters.Add(parameter);
        }
        return command;
    }

    private async Task<StoredMatch?> FirstAsync(DbCommand command, string[] values, CancellationToken cancellationToken)
    {
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i];
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new StoredMatch(reader.GetInt64(0), reader.GetString(1), reader.GetString(2)) : null;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in (DbCommand?[])[byText, bySource, byIdentity])
            if (command is not null) await command.DisposeAsync();
    }
}
