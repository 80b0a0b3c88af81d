using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace NewsReader.Web.Data;

/// <summary>The context's connection, opened for a block of hand-written SQL and closed after it only if this opened it.</summary>
public sealed class ConnectionScope : IAsyncDisposable
{
    private readonly bool opened;

    private ConnectionScope(DbConnection connection, bool opened)
    {
        Connection = connection;
        this.opened = opened;
    }

    public DbConnection Connection { get; }

    public static async Task<ConnectionScope> OpenAsync(NewsReaderDb db, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != ConnectionState.Open;
        if (opened) await connection.OpenAsync(cancellationToken);
        return new ConnectionScope(connection, opened);
    }

    public async ValueTask DisposeAsync()
    {
        if (opened) await Connection.CloseAsync();
    }
}
