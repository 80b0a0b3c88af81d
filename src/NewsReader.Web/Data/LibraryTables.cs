using System.Buffers.Binary;
using System.Linq.Expressions;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace NewsReader.Web.Data;

/// <summary>
/// Every table of the model, read the same way whichever provider holds it: in an order that puts each table after the
/// tables it refers to, each table's rows in batches by key (so a library of any size is read in bounded memory), and a
/// count and a SHA-256 per table over a canonical serialisation of its rows. The move between providers copies with it and
/// checks both sides with it.
/// </summary>
public static class LibraryTables
{
    /// <summary>Rows a batch holds: a few megabytes of article text.</summary>
    public const int BatchSize = 2000;

    /// <summary>The model's tables, each after the tables its foreign keys point to.</summary>
    public static IReadOnlyList<IEntityType> InDependencyOrder(IModel model)
    {
        var ordered = new List<IEntityType>();
        void Visit(IEntityType type, HashSet<IEntityType> visiting)
        {
            if (ordered.Contains(type)) return;
            if (!visiting.Add(type)) throw new InvalidOperationException($"{type.DisplayName()} is part of a cycle of foreign keys.");
            foreach (var principal in type.GetForeignKeys().Select(k => k.PrincipalEntityType).Where(p => p != type)) Visit(principal, visiting);
            ordered.Add(type);
        }
        foreach (var type in model.GetEntityTypes().Where(t => t.GetTableName() is not null && !t.IsOwned()).OrderBy(t => t.GetTableName(), StringComparer.Ordinal))
            Visit(type, []);
        return ordered;
    }

    /// <summary>The table's rows, untracked, in key order, <see cref="BatchSize"/> at a time.</summary>
    public static IAsyncEnumerable<IReadOnlyList<object>> ReadAsync(NewsReaderDb db, IEntityType type, CancellationToken cancellationToken = default)
    {
        var key = KeyOf(type);
        var method = typeof(LibraryTables).GetMethod(nameof(ReadTypedAsync), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(type.ClrType, key.ClrType);
        return (IAsyncEnumerable<IReadOnlyList<object>>)method.Invoke(null, [db, key, cancellationToken])!;
    }

    /// <summary>The single key column the rows are ordered and paged by.</summary>
    public static IProperty KeyOf(IEntityType type) =>
        type.FindPrimaryKey()?.Properties is [{ PropertyInfo: not null } key] ? key
            : throw new NotSupportedException($"{type.DisplayName()} has no single-column key to read it in order by.");

    private static async IAsyncEnumerable<IReadOnlyList<object>> ReadTypedAsync<T, TKey>(NewsReaderDb db, IProperty key,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
        where T : class where TKey : struct, IComparable<TKey>
    {
        // The page after the last key read: keyset paging, an index range scan for every batch, whatever its depth. The
        // bound is a captured field, so the provider sends it as a parameter and reuses one statement.
        var after = new Bound<TKey>();
        var row = Expression.Parameter(typeof(T), "row");
        var keyOfRow = Expression.Property(row, key.PropertyInfo!);
        var byKey = Expression.Lambda<Func<T, TKey>>(keyOfRow, row);
        var beyond = Expression.Lambda<Func<T, bool>>(
            Expression.GreaterThan(keyOfRow, Expression.Field(Expression.Constant(after), nameof(Bound<TKey>.Value))), row);
        var getKey = byKey.Compile();
        var first = true;
        while (true)
        {
            var query = db.Set<T>().AsNoTracking();
            if (!first) query = query.Where(beyond);
            var batch = await query.OrderBy(byKey).Take(BatchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0) yield break;
            yield return batch;
            if (batch.Count < BatchSize) yield break;
            after.Value = getKey(batch[^1]);
            first = false;
        }
    }

    private sealed class Bound<TKey>
    {
        public TKey Value = default!;
    }

    /// <summary>A table's row count and content hash (lower-case hex SHA-256).</summary>
    public sealed record Digest(string Table, long Rows, string Sha256);

    /// <summary>The count and content hash of every table of the model, in <see cref="InDependencyOrder"/>.</summary>
    public static async Task<IReadOnlyList<Digest>> DigestAsync(NewsReaderDb db, CancellationToken cancellationToken = default)
    {
        var digests = new List<Digest>();
        foreach (var type in InDependencyOrder(db.Model))
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var properties = type.GetProperties().Where(p => p.PropertyInfo is not null).OrderBy(p => p.Name, StringComparer.Ordinal).ToArray();
            var writer = new RowWriter(hash);
            // The columns' names first, so that a table with another set of columns never hashes equal.
            foreach (var property in properties) writer.Write(property.Name);
            long rows = 0;
            await foreach (var batch in ReadAsync(db, type, cancellationToken))
            {
                foreach (var entity in batch)
                {
                    foreach (var property in properties) writer.Write(property.PropertyInfo!.GetValue(entity));
                    rows++;
                }
            }
            digests.Add(new Digest(type.GetTableName()!, rows, Convert.ToHexStringLower(hash.GetHashAndReset())));
        }
        return digests;
    }

    /// <summary>
    /// One canonical serialisation of column values, the same whichever provider read them: each value a type tag and its
    /// bytes (strings length-prefixed UTF-8, integers 64-bit big-endian). Dates are instants in UTC (SQLite gives back
    /// the kind Unspecified, PostgreSQL UTC; both mean UTC here) to the microsecond, which is all PostgreSQL keeps.
    /// </summary>
    public sealed class RowWriter(IncrementalHash hash)
    {
        private readonly byte[] number = new byte[8];

        public void Write(object? value)
        {
            switch (value)
            {
                case null: Tag('0'); break;
                case string s: Tag('s'); Number(Encoding.UTF8.GetByteCount(s)); hash.AppendData(Encoding.UTF8.GetBytes(s)); break;
                case bool b: Tag(b ? 't' : 'f'); break;
                case long or int or short or byte: Tag('i'); Number(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)); break;
                case DateTime d: Tag('d'); Number(Microseconds(d.Kind == DateTimeKind.Local ? d.ToUniversalTime().Ticks : d.Ticks)); break;
                case DateTimeOffset o: Tag('d'); Number(Microseconds(o.UtcTicks)); break;
                default: throw new NotSupportedException($"A column of type {value.GetType().Name} has no canonical form for the content hash yet.");
            }
        }

        private static long Microseconds(long ticks) => ticks / TimeSpan.TicksPerMicrosecond;

        private void Tag(char tag) => hash.AppendData([(byte)tag]);

        private void Number(long value)
        {
            BinaryPrimitives.WriteInt64BigEndian(number, value);
            hash.AppendData(number);
        }
    }
}
