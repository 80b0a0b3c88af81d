using NewsReader.Web.Reading;

namespace NewsReader.Web.Data.Sqlite;

/// <summary>
/// On SQLite the web app is the library's one server, so there is no other instance's count to follow: the shared count
/// stays 0, and a command-line import beside the app shows when the cached values reach <see cref="LibraryCache.MaxAge"/>.
/// </summary>
public sealed class SqliteLibraryVersion : ILibraryVersion
{
    public long Read() => 0;

    public long Bump() => 0;
}
