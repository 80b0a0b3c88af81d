using Microsoft.Data.Sqlite;
using NewsReader.Web.Operations;

namespace NewsReader.Web.Data.Sqlite;

/// <summary>
/// A copy of the SQLite library through SQLite's online backup API, taken in one read transaction, so it is consistent
/// while the app serves and imports. The copy is checked (<c>PRAGMA integrity_check</c>) before it is renamed into place.
/// </summary>
public static class SqliteBackup
{
    public static async Task<int> RunAsync(string connectionString, string target, TextWriter output, TextWriter error)
    {
        try
        {
            var summary = To(connectionString, target);
            await output.WriteLineAsync($"backed up {summary.Articles} articles ({summary.Bytes / 1024.0 / 1024.0:0.0} MB) to {summary.Path}");
            return 0;
        }
        catch (Exception exception) when (exception is SqliteException or IOException or UnauthorizedAccessException or InvalidDataException)
        {
            await error.WriteLineAsync($"backup: failed, nothing was written to {target}: {exception.Message}");
            return 1;
        }
    }

    /// <summary>Copies the database to <paramref name="target"/> (a new file), checked and in rollback-journal mode, so the one file is the whole library.</summary>
    public static Backup.Summary To(string sourceConnectionString, string target)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
        var partial = target + ".partial";
        File.Delete(partial);
        long articles;
        try
        {
            using (var source = new SqliteConnection(sourceConnectionString))
            using (var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = partial, Pooling = false }.ToString()))
            {
                source.Open();
                copy.Open();
                source.BackupDatabase(copy);
                Execute(copy, "PRAGMA journal_mode=DELETE;");
                var check = Execute(copy, "PRAGMA integrity_check;");
                if (!string.Equals(check, "ok", StringComparison.OrdinalIgnoreCase))
                    throw new InvalidDataException("the copy failed its integrity check: " + check);
                articles = Convert.ToInt64(Execute(copy, "SELECT count(*) FROM Articles;"), System.Globalization.CultureInfo.InvariantCulture);
            }
            File.Move(partial, target);
        }
        finally
        {
            File.Delete(partial);
        }
        return new Backup.Summary(target, articles, new FileInfo(target).Length);
    }

    private static string? Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar()?.ToString();
    }
}
