using Microsoft.Extensions.Caching.Memory;

namespace NewsReader.Web.Reading;

/// <summary>
/// Caches what is costly to compute over the whole library (facet counts, the speaker list, totals) until the library
/// changes. Changes made in this process bump <see cref="Version"/> at once; changes made through another app instance
/// on the same library bump it within <see cref="SharedCheckInterval"/>, when the provider shares a version
/// (<see cref="ILibraryVersion"/>), and after <see cref="MaxAge"/> at the latest otherwise (a command-line import beside
/// the running app on SQLite).
/// </summary>
public sealed class LibraryCache(IMemoryCache cache, ILibraryVersion shared, TimeProvider clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(15);

    /// <summary>How often the version shared by every instance on the library is read, at most.</summary>
    public static readonly TimeSpan SharedCheckInterval = TimeSpan.FromSeconds(1);

    private long version;
    private long marks;
    private long sharedSeen;
    private long nextSharedCheck;

    public long Version
    {
        get
        {
            NoticeOtherInstances();
            return Interlocked.Read(ref version);
        }
    }

    /// <summary>Call after anything in the library changed: an import, a re-parse, a highlight.</summary>
    public void Changed()
    {
        Interlocked.Increment(ref version);
        Interlocked.Exchange(ref sharedSeen, shared.Bump());
    }

    /// <summary>
    /// Call after a reading mark changed (read, unread, starred). In this instance it retires only the values keyed
    /// <see cref="WithMarks"/>, so facet counts, search and speaker pages stay cached. The count shared with other
    /// instances is one number, so they cannot tell a mark from an import and retire everything, as before.
    /// </summary>
    public void MarksChanged()
    {
        Interlocked.Increment(ref marks);
        Interlocked.Exchange(ref sharedSeen, shared.Bump());
    }

    /// <summary>The key for a value that shows or depends on reading marks: a change of marks retires it, as does any change of the library.</summary>
    public string WithMarks(string key) => key + "|marks:" + Interlocked.Read(ref marks).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Once a <see cref="SharedCheckInterval"/> (by one caller), a change of the shared version ends every cached value.</summary>
    private void NoticeOtherInstances()
    {
        var now = clock.GetTimestamp();
        var due = Interlocked.Read(ref nextSharedCheck);
        if (now < due || Interlocked.CompareExchange(ref nextSharedCheck, now + (long)(SharedCheckInterval.TotalSeconds * clock.TimestampFrequency), due) != due) return;
        var current = shared.Read();
        if (Interlocked.Exchange(ref sharedSeen, current) != current) Interlocked.Increment(ref version);
    }

    /// <summary>The value stored for this key and library version, if any.</summary>
    public T? TryGet<T>(string key, long atVersion) where T : class => cache.TryGetValue((key, atVersion), out T? value) ? value : null;

    /// <summary>Stores a value for this key and library version; <paramref name="size"/> counts against the cache's limit (10,000).</summary>
    public void Set<T>(string key, long atVersion, T value, int size = 1) =>
        cache.Set((key, atVersion), value, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = MaxAge, Size = size });

    public async Task<T> GetAsync<T>(string key, Func<Task<T>> compute)
    {
        var versioned = (key, Version);
        if (cache.TryGetValue(versioned, out T? value)) return value!;
        value = await compute();
        cache.Set(versioned, value, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = MaxAge, Size = 1 });
        return value;
    }
}

/// <summary>
/// A count of the library's changes shared by every app instance on it, so that each one's <see cref="LibraryCache"/>
/// learns of the others' changes.
/// </summary>
public interface ILibraryVersion
{
    /// <summary>The count as it stands.</summary>
    long Read();

    /// <summary>Counts a change made through this instance and returns the new count.</summary>
    long Bump();
}
