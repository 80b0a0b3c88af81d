using System.ComponentModel;
using System.Diagnostics;
using Npgsql;

namespace NewsReader.Web.Data.Postgres;

/// <summary>
/// <c>backup PATH</c> on PostgreSQL: runs <c>pg_dump</c> (custom format, one consistent snapshot, safe while the app
/// serves) into a new file, or, when <c>pg_dump</c> is not installed, says how to install it and the command to run.
/// The password goes to <c>pg_dump</c> in its environment (<c>PGPASSWORD</c>), never on a command line.
/// </summary>
public static class PostgresBackup
{
    /// <summary>The <c>pg_dump</c> to run (a name on the PATH or a full path), for a server newer than the default one.</summary>
    public const string PgDumpSetting = "Backup:PgDump";

    public static async Task<int> RunAsync(string connectionString, string target, string? pgDump, TextWriter output, TextWriter error)
    {
        var connection = new NpgsqlConnectionStringBuilder(connectionString);
        var executable = string.IsNullOrWhiteSpace(pgDump) ? "pg_dump" : pgDump;
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var partial = target + ".partial";
        File.Delete(partial);
        var start = new ProcessStartInfo(executable) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in Arguments(connection, partial)) start.ArgumentList.Add(argument);
        if (!string.IsNullOrEmpty(connection.Password)) start.Environment["PGPASSWORD"] = connection.Password;
        try
        {
            using var child = Process.Start(start)!;
            var errors = child.StandardError.ReadToEndAsync();
            await child.StandardOutput.ReadToEndAsync();
            await child.WaitForExitAsync();
            if (child.ExitCode != 0)
            {
                await error.WriteLineAsync($"backup: pg_dump failed (exit code {child.ExitCode}), nothing was written to {target}: {FirstLine(await errors)}");
                return 1;
            }
            File.Move(partial, target);
            await output.WriteLineAsync($"backed up database {connection.Database} ({new FileInfo(target).Length / 1024.0 / 1024.0:0.0} MB) with pg_dump to {target}; " +
                $"restore it with: pg_restore --clean --if-exists --no-owner --dbname=DATABASE {target}");
            return 0;
        }
        catch (Win32Exception)
        {
            await error.WriteLineAsync($"backup: {executable} is not installed, nothing was written. Install PostgreSQL's client programs " +
                $"(apt-get install postgresql-client) and run: {(string.IsNullOrEmpty(connection.Password) ? "" : "PGPASSWORD=… ")}" +
                $"pg_dump {string.Join(' ', Arguments(connection, target).Select(Quoted))}");
            return 1;
        }
        finally
        {
            File.Delete(partial);
        }
    }

    /// <summary>pg_dump's arguments for the library's database, written to <paramref name="file"/> in the custom format.</summary>
    public static IEnumerable<string> Arguments(NpgsqlConnectionStringBuilder connection, string file)
    {
        yield return "--format=custom";
        yield return "--no-owner";
        yield return $"--file={file}";
        if (!string.IsNullOrEmpty(connection.Host)) yield return $"--host={connection.Host}";
        yield return $"--port={connection.Port}";
        if (!string.IsNullOrEmpty(connection.Username)) yield return $"--username={connection.Username}";
        yield return $"--dbname={connection.Database}";
    }

    private static string Quoted(string argument) =>
        argument.Any(c => char.IsWhiteSpace(c) || c is '\'' or '"' or '$' or '`' or '\\' or ';' or '&' or '|')
            ? "'" + argument.Replace("'", "'\\''", StringComparison.Ordinal) + "'"
            : argument;

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();
}
