using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace NewsReader.Web.Data;

/// <summary>Names for hand-written SQL, taken from the EF Core model and quoted by the provider, so the SQL follows the migrations.</summary>
public sealed class ModelSql(DbContext db)
{
    private readonly ISqlGenerationHelper sql = db.GetService<ISqlGenerationHelper>();

    /// <summary>The quoted table of entity type <typeparamref name="T"/>.</summary>
    public string Table<T>() => sql.DelimitIdentifier(TableOf<T>().Name, TableOf<T>().Schema);

    /// <summary>The quoted column of property <paramref name="property"/> of <typeparamref name="T"/>.</summary>
    public string Column<T>(string property) =>
        sql.DelimitIdentifier(Entity<T>().FindProperty(property)?.GetColumnName(TableOf<T>()) ?? throw new InvalidOperationException($"{typeof(T).Name}.{property} is not mapped."));

    /// <summary>A parameter placeholder in the provider's syntax.</summary>
    public string Parameter(string name) => sql.GenerateParameterName(name);

    public IEntityType Entity<T>() => db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");

    public StoreObjectIdentifier TableOf<T>() => StoreObjectIdentifier.Table(Entity<T>().GetTableName()!, Entity<T>().GetSchema());
}

/// <summary>
/// Inserts rows of one mapped entity type through a single reused <c>INSERT … RETURNING</c> command, for the import's
/// hot path, where <c>SaveChanges</c>' change tracking costs several times the write itself. Everything about the
/// statement comes from the EF Core model and the provider: the table and column names, identifier quoting, parameter
/// names and each column's type mapping (with its value converter). So it follows every migration by itself and stays
/// provider-neutral: <c>RETURNING</c> is understood by SQLite and PostgreSQL alike.
/// </summary>
public sealed class RowInserter<T> : IAsyncDisposable where T : class
{
    private readonly DbCommand command;
    private readonly Column[] columns;
    private readonly IProperty key;
    private readonly bool returnsKey;

    private sealed record Column(IClrPropertyGetter Getter, Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter? Converter, DbParameter Parameter);

    /// <param name="db">The context whose model maps <typeparamref name="T"/>.</param>
    /// <param name="connection">The open connection the rows are written through (the context's own).</param>
    /// <param name="returnsKey">Whether each insert reads back and sets the row's generated key (not needed for rows nothing refers to).</param>
    public RowInserter(DbContext db, DbConnection connection, bool returnsKey = true)
    {
        this.returnsKey = returnsKey;
        var names = new ModelSql(db);
        var entity = names.Entity<T>();
        var table = names.TableOf<T>();
        var sql = db.GetService<ISqlGenerationHelper>();
        key = entity.FindPrimaryKey()?.Properties.SingleOrDefault(p => p.ValueGenerated == ValueGenerated.OnAdd)
            ?? throw new InvalidOperationException($"{typeof(T).Name} needs a single store-generated key.");
        var mapped = entity.GetProperties().Where(p => p != key && p.GetColumnName(table) is not null).ToArray();
        command = connection.CreateCommand();
        command.CommandText =
            $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} " +
            $"({string.Join(", ", mapped.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)))}) " +
            $"VALUES ({string.Join(", ", mapped.Select((_, i) => sql.GenerateParameterName("p" + i)))})" +
            (returnsKey ? $" RETURNING {sql.DelimitIdentifier(key.GetColumnName(table)!)}" : "");
        // The parameters are made once, typed by the provider's mapping of each column; each row only sets their values.
        columns = mapped.Select((property, i) =>
        {
            var mapping = (RelationalTypeMapping)property.GetRelationalTypeMapping();
            var parameter = mapping.CreateParameter(command, sql.GenerateParameterName("p" + i), null, property.IsNullable);
            command.Parameters.Add(parameter);
            return new Column(property.GetGetter(), mapping.Converter, parameter);
        }).ToArray();
    }

    /// <summary>Inserts <paramref name="row"/> inside <paramref name="transaction"/> and, when asked to, sets its generated key.</summary>
    public async Task InsertAsync(T row, DbTransaction transaction, CancellationToken cancellationToken = default)
    {
        command.Transaction = transaction;
        foreach (var column in columns)
        {
            var value = column.Getter.GetClrValueUsingContainingEntity(row);
            if (value is not null && column.Converter is { } converter) value = converter.ConvertToProvider(value);
            column.Parameter.Value = value ?? DBNull.Value;
        }
        if (!returnsKey)
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
            return;
        }
        var id = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        key.PropertyInfo!.SetValue(row, id);
    }

    public ValueTask DisposeAsync() => command.DisposeAsync();
}
