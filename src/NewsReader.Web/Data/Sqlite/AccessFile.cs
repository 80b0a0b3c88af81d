using System.Text.Json;
using NewsReader.Web.Security;

namespace NewsReader.Web.Data.Sqlite;

/// <summary>
/// The access file, <c>access.json</c> beside the SQLite library. Written atomically (a temporary file renamed over it)
/// and readable only by its owner; read again whenever it changes on disk, so <c>set-password</c> run beside a serving
/// app takes effect at once.
/// </summary>
public sealed class AccessFile(DatabaseLocation location) : IAccessStateStorage
{
    public const string FileName = "access.json";

    private readonly Lock gate = new();
    private (DateTime WrittenUtc, long Length, AccessState State)? cached;

    public string FilePath { get; } = Path.Combine(location.DataFolder, FileName);

    public string Location => FilePath;

    public AccessState Read()
    {
        lock (gate)
        {
            var info = new FileInfo(FilePath);
            if (!info.Exists) return new AccessState();
            if (cached is { } c && c.WrittenUtc == info.LastWriteTimeUtc && c.Length == info.Length) return c.State;
            AccessState state;
            try
            {
                state = JsonSerializer.Deserialize<AccessState>(File.ReadAllBytes(FilePath), AccessState.Json) ?? new AccessState();
            }
            catch (Exception exception) when (exception is JsonException or IOException)
            {
                // Fail closed: an unreadable access file means a password is set that nobody can give.
                state = new AccessState { PasswordHash = "", PasswordStamp = "unreadable" };
            }
            cached = (info.LastWriteTimeUtc, info.Length, state);
            return state;
        }
    }

    public AccessState Update(Func<AccessState, AccessState> change)
    {
        lock (gate)
        {
            var state = change(Read());
            Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
            var temporary = FilePath + "." + Guid.NewGuid().ToString("N") + ".tmp";
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
                JsonSerializer.Serialize(stream, state, AccessState.Json);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, FilePath, overwrite: true);
            cached = null;
            return state;
        }
    }
}
