using Microsoft.Extensions.Caching.Memory;

namespace NewsReader.Web.Reading;

/// <summary>
/// Caches what is costly to compute over the whole library (facet counts, the speaker list, totals) until the library
/// changes. Changes made in this process bump <see cref="Version"/> at once; changes from another process (a command-line
/// import beside the running app) show after <see cref="MaxAge"/> at the latest.
/// </summary>
public sealed class LibraryCache(IMemoryCache cache)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(15);

    private long version;

    public long Version => Interlocked.Read(ref version);

    /// <summary>Call after anything in the library changed: an import, a re-parse, a change of reading state.</summary>
    public void Changed() => Interlocked.Increment(ref version);

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
