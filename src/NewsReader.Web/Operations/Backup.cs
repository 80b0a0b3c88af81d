using NewsReader.Web.Data;
using NewsReader.Web.Data.Postgres;
using NewsReader.Web.Data.Sqlite;

namespace NewsReader.Web.Operations;

/// <summary>
/// <c>backup PATH</c>: a consistent copy of the library, taken while the app serves and imports, written to a new file
/// (an existing file is never overwritten). On SQLite through its online backup API (<see cref="SqliteBackup"/>); on
/// PostgreSQL through <c>pg_dump</c> (<see cref="PostgresBackup"/>).
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
        var location = services.GetRequiredService<DatabaseLocation>();
        var target = Path.GetFullPath(args[0]);
        if (Directory.Exists(target))
            target = Path.Combine(target, $"newsreader-{(clock ?? TimeProvider.System).GetUtcNow():yyyyMMdd-HHmmss}" +
                (location.Provider == DatabaseProvider.Postgres ? ".dump" : ".db"));
        if (File.Exists(target))
        {
            await error.WriteLineAsync($"backup: {target} already exists; a backup never overwrites a file. Choose another name.");
            return 1;
        }
        return location.Provider == DatabaseProvider.Postgres
            ? await PostgresBackup.RunAsync(location.ConnectionString, target, services.GetRequiredService<IConfiguration>()[PostgresBackup.PgDumpSetting], output, error)
            : await SqliteBackup.RunAsync(location.ConnectionString, target, output, error);
    }
}
