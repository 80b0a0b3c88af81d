using Microsoft.Data.Sqlite;
using NewsReader.Web.Data;

namespace NewsReader.Web.Operations;

/// <summary>
/// <c>backup PATH</c>: a copy of the library through SQLite's online backup API, taken in one read transaction, so it
/// is consistent while the app serves and imports. The copy is checked (<c>PRAGMA integrity_check</c>) before it is
/// renamed into place; an existing file is never overwritten.
/// </summary>
public static class Backup
{
    public sealed record Summary(string Path, long Articles, long Bytes);

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error, TimeProvider? clock = null)
    {
        if (args.Length != 1)
        {
            await error.WriteLineAsync("backup: give one file (or folder) to write the copy to, for example: backup ~/newsreader-backup.db");
            return 2;
        }
        var target = Path.GetFullPath(args[0]);
        if (Directory.Exists(target))
            target = Path.Combine(target, $"newsreader-{(clock ?? TimeProvider.System).GetUtcNow():yyyyMMdd-HHmmss}.db");
        if (File.Exists(target))
        {
            await error.WriteLineAsync($"backup: {target} already exists; a backup never overwrites a file. Choose another name.");
            return 1;
        }
        try
        {
            var summary = To(services.GetRequiredService<DatabaseLocation>().ConnectionString, target);
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
    public static Summary To(string sourceConnectionString, string target)
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
        return new Summary(target, articles, new FileInfo(target).Length);
    }

    private static string? Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar()?.ToString();
    }
}
