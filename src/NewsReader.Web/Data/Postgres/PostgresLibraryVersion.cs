using NewsReader.Web.Reading;
using Npgsql;

namespace NewsReader.Web.Data.Postgres;

/// <summary>
/// The count of the library's changes as a PostgreSQL sequence (made by the migration <c>LibraryVersion</c>): a bump is
/// <c>nextval</c>, which no transaction holds up, and a read is its <c>last_value</c>. When the server cannot be reached the
/// last count known stands, so cached pages are still served; they expire after <see cref="LibraryCache.MaxAge"/>.
/// </summary>
public sealed partial class PostgresLibraryVersion(DatabaseLocation location, ILogger<PostgresLibraryVersion> logger) : ILibraryVersion
{
    private long last;

    public long Read() => Run("""SELECT last_value FROM "LibraryVersion" """);

    public long Bump() => Run("""SELECT nextval('"LibraryVersion"')""");

    private long Run(string sql)
    {
        try
        {
            using var connection = new NpgsqlConnection(location.ConnectionString);
            connection.Open();
            using var command = new NpgsqlCommand(sql, connection);
            var value = Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
            Interlocked.Exchange(ref last, value);
            return value;
        }
        catch (NpgsqlException exception)
        {
            LogUnreachable(exception);
            return Interlocked.Read(ref last);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The library's shared change count could not be read or bumped")]
    private partial void LogUnreachable(Exception exception);
}
