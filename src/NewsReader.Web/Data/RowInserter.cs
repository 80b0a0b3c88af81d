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
/// Inserts rows of one mapped entity type through reused, prepared <c>INSERT</c> commands, for the import's hot path, where
/// <c>SaveChanges</c>' change tracking costs several times the write itself. Everything about the statements comes from
/// the EF Core model and the provider: the table and column names, identifier quoting, parameter names and each column's
/// type mapping (with its value converter). So they follow every migration by themselves and stay provider-neutral:
/// <c>RETURNING</c> and multi-row <c>VALUES</c> are understood by SQLite and PostgreSQL alike.
/// </summary>
public sealed class RowInserter<T> : IAsyncDisposable where T : class
{
    /// <summary>
    /// The most rows one statement inserts by default; a longer list takes several. Parameters are bound by name, and
    /// SQLite finds a name by walking the statement's list of names, so binding costs grow with the square of a statement's
    /// parameters: four rows (of quotes: 52 parameters) measured faster than one row a statement and than sixteen. A
    /// database server, where each statement is a round trip, takes more (<see cref="Importing.IImportStorage.RowsPerStatement"/>).
    /// </summary>
    public const int MaxRowsPerStatement = 4;

    private readonly int rowsPerStatement;

    private readonly DbConnection connection;
    private readonly ISqlGenerationHelper sql;
    private readonly Column[] columns;
    private readonly IProperty key;
    private readonly string insertInto;
    private readonly string returning;
    private readonly Dictionary<int, DbCommand> commands = [];
    private DbCommand? returningCommand;

    private sealed record Column(IProperty Property, RelationalTypeMapping Mapping, IClrPropertyGetter Getter);

    /// <param name="db">The context whose model maps <typeparamref name="T"/>.</param>
    /// <param name="connection">The open connection the rows are written through (the context's own).</param>
    /// <param name="skipDuplicateOf">A property with a unique index: a row whose value is already stored is not inserted
    /// (<see cref="InsertAsync"/> then says false), without the cost of an error.</param>
    /// <param name="rowsPerStatement">The most rows one statement of <see cref="InsertAllAsync"/> inserts.</param>
    public RowInserter(DbContext db, DbConnection connection, string? skipDuplicateOf = null, int rowsPerStatement = MaxRowsPerStatement)
    {
        this.connection = connection;
        this.rowsPerStatement = rowsPerStatement;
        var names = new ModelSql(db);
        var entity = names.Entity<T>();
        var table = names.TableOf<T>();
        sql = db.GetService<ISqlGenerationHelper>();
        key = entity.FindPrimaryKey()?.Properties.SingleOrDefault(p => p.ValueGenerated == ValueGenerated.OnAdd)
            ?? throw new InvalidOperationException($"{typeof(T).Name} needs a single store-generated key.");
        columns = entity.GetProperties().Where(p => p != key && p.GetColumnName(table) is not null)
            .Select(p => new Column(p, (RelationalTypeMapping)p.GetRelationalTypeMapping(), p.GetGetter())).ToArray();
        insertInto = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} " +
            $"({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Property.GetColumnName(table)!)))}) VALUES ";
        returning = (skipDuplicateOf is null ? "" : $" ON CONFLICT ({names.Column<T>(skipDuplicateOf)}) DO NOTHING") +
            $" RETURNING {sql.DelimitIdentifier(key.GetColumnName(table)!)}";
    }

    /// <summary>
    /// Inserts <paramref name="row"/> inside <paramref name="transaction"/> and sets its generated key; false when it
    /// duplicates a stored row in the column named at construction, and nothing was inserted.
    /// </summary>
    public async Task<bool> InsertAsync(T row, DbTransaction transaction, CancellationToken cancellationToken = default)
    {
        var command = returningCommand ??= Create(1, returning);
        command.Transaction = transaction;
        Bind(command, 0, row);
        if (await command.ExecuteScalarAsync(cancellationToken) is not { } id || id is DBNull) return false;
        key.PropertyInfo!.SetValue(row, Convert.ToInt64(id, System.Globalization.CultureInfo.InvariantCulture));
        return true;
    }

    /// <summary>Inserts <paramref name="rows"/> inside <paramref name="transaction"/>, up to the constructor's rows a statement; their keys are not read back.</summary>
    public async Task InsertAllAsync(IReadOnlyList<T> rows, DbTransaction transaction, CancellationToken cancellationToken = default)
    {
        for (var start = 0; start < rows.Count; start += rowsPerStatement)
        {
            var count = Math.Min(rowsPerStatement, rows.Count - start);
            if (!commands.TryGetValue(count, out var command)) commands[count] = command = Create(count, "");
            command.Transaction = transaction;
            for (var i = 0; i < count; i++) Bind(command, i, rows[start + i]);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>A command for <paramref name="rows"/> rows, its parameters typed once by each column's mapping.</summary>
    private DbCommand Create(int rows, string suffix)
    {
        var command = connection.CreateCommand();
        var values = new List<string>(rows);
        for (var r = 0; r < rows; r++)
        {
            var names = new string[columns.Length];
            for (var c = 0; c < columns.Length; c++)
            {
                names[c] = sql.GenerateParameterName($"p{r}_{c}");
                command.Parameters.Add(columns[c].Mapping.CreateParameter(command, names[c], null, columns[c].Property.IsNullable));
            }
            values.Add("(" + string.Join(", ", names) + ")");
        }
        command.CommandText = insertInto + string.Join(", ", values) + suffix;
        return command;
    }

    /// <summary>Sets the parameters of the <paramref name="index"/>th row of <paramref name="command"/> from <paramref name="row"/>.</summary>
    private void Bind(DbCommand command, int index, T row)
    {
        var parameters = command.Parameters;
        for (var c = 0; c < columns.Length; c++)
        {
            var value = columns[c].Getter.GetClrValueUsingContainingEntity(row);
            if (value is not null && columns[c].Mapping.Converter is { } converter) value = converter.ConvertToProvider(value);
            parameters[index * columns.Length + c].Value = value ?? DBNull.Value;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (returningCommand is not null) await returningCommand.DisposeAsync();
        foreach (var command in commands.Values) await command.DisposeAsync();
    }
}
