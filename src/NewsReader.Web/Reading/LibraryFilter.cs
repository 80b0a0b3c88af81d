using System.Buffers.Binary;
using System.ComponentModel;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using NewsReader.Web.Data;

namespace NewsReader.Web.Reading;

/// <summary>
/// The library's filters (section, outlet, author, speaker, language, date range, unread, starred), shared by the library
/// page, the read API and the library feed so that the same URL filters the same way everywhere. Values are trimmed and
/// cut to 200 characters; an empty value is no filter.
/// </summary>
public sealed record LibraryFilter(string? Section = null, string? Outlet = null, string? Author = null, string? Speaker = null,
    string? Lang = null, DateOnly? From = null, DateOnly? To = null, bool Unread = false, bool Starred = false, long? Feed = null, string? Folder = null)
{
    public static LibraryFilter Create(string? section, string? outlet, string? author, string? speaker, string? lang,
        DateOnly? from, DateOnly? to, bool unread, bool starred, long? feed = null, string? folder = null) =>
        new(Clean(section), Clean(outlet), Clean(author), Clean(speaker), Clean(lang), from, to, unread, starred, feed, Clean(folder));

    public bool IsFiltered => Section is not null || Outlet is not null || Author is not null || Speaker is not null || Lang is not null
        || From is not null || To is not null || Unread || Starred || Feed is not null || Folder is not null;

    /// <summary>Whether the list depends on reading marks (unread, starred), so a cached copy is keyed <see cref="LibraryCache.WithMarks"/>.</summary>
    public bool ByMarks => Unread || Starred;

    /// <summary>A name for the filtered list, for feed titles: <c>Library</c>, <c>Library: section Internasional, unread</c>.</summary>
    public string Title
    {
        get
        {
            var parts = ToQuery().Where(p => p.Value is not null).Select(p => p.Value == "true" ? p.Key : $"{p.Key} {p.Value}").ToList();
            return parts.Count == 0 ? "Library" : "Library: " + string.Join(", ", parts);
        }
    }

    /// <summary>The articles that pass every filter. A speaker matches under any form of their name ("sri-mulyani" and "sri-mulyani-indrawati").</summary>
    public async Task<IQueryable<StoredArticle>> ApplyAsync(IQueryable<StoredArticle> query, NewsReaderDb db, LibraryCache cache, CancellationToken cancellationToken)
    {
        if (Section is not null) query = query.Where(a => a.Section == Section);
        if (Outlet is not null) query = query.Where(a => a.Outlet == Outlet);
        if (Author is not null) query = query.Where(a => a.AuthorRows.Any(r => r.Slug == Author));
        if (Speaker is not null)
        {
            var directory = await SpeakerQueries.DirectoryAsync(cache, db, cancellationToken);
            var slugs = directory.Slugs(directory.Canonical(Speaker));
            query = query.Where(a => a.Quotes.Any(q => slugs.Contains(q.SpeakerSlug!)));
        }
        if (Lang is not null) query = query.Where(a => a.Language == Lang);
        if (From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(a => a.SortKey >= start);
        }
        if (To is { } to && to < DateOnly.MaxValue)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(a => a.SortKey < end);
        }
        if (Unread) query = query.Where(a => !a.IsRead);
        if (Starred) query = query.Where(a => a.IsStarred);
        if (Feed is { } feed) query = query.Where(a => a.FeedId == feed);
        if (Folder is { } folder)
        {
            // A folder holds its subfolders' feeds too ("News" holds "News/Asia").
            var below = folder + "/";
            var feeds = db.Feeds.Where(f => f.Folder == folder || f.Folder!.StartsWith(below)).Select(f => (long?)f.Id);
            query = query.Where(a => feeds.Contains(a.FeedId));
        }
        return query;
    }

    /// <summary>The filters as query-string values, by name (null where a filter is off).</summary>
    public Dictionary<string, string?> ToQuery() => new(StringComparer.OrdinalIgnoreCase)
    {
        ["section"] = Section, ["outlet"] = Outlet, ["author"] = Author, ["speaker"] = Speaker, ["lang"] = Lang,
        ["from"] = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["to"] = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["unread"] = Unread ? "true" : null, ["starred"] = Starred ? "true" : null,
        ["feed"] = Feed?.ToString(CultureInfo.InvariantCulture), ["folder"] = Folder,
    };

    /// <summary><paramref name="path"/> with these query values (nulls left out), e.g. <c>/?section=Internasional</c>.</summary>
    public static string Url(string path, IEnumerable<KeyValuePair<string, string?>> values)
    {
        var pairs = values.Where(p => p.Value is not null).Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value!)}").ToList();
        return pairs.Count == 0 ? path : path + "?" + string.Join("&", pairs);
    }

    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Length > 200 ? value[..200].Trim() : value.Trim();
}

/// <summary>The library's filters as query parameters, for the read API and the library feed (the names the library page uses).</summary>
public sealed class LibraryFilterParameters
{
    [FromQuery(Name = "section"), Description("Only articles of this section, as the articles name it (e.g. Internasional).")]
    public string? Section { get; set; }

    [FromQuery(Name = "outlet"), Description("Only articles of this outlet (e.g. CNBC Indonesia).")]
    public string? Outlet { get; set; }

    [FromQuery(Name = "author"), Description("Only articles by this author, as a slug (e.g. tommy-patrio-sorongan).")]
    public string? Author { get; set; }

    [FromQuery(Name = "speaker"), Description("Only articles quoting this person, as a slug; any form of their name counts (e.g. sri-mulyani).")]
    public string? Speaker { get; set; }

    [FromQuery(Name = "lang"), Description("Only articles in this language: id or en.")]
    public string? Lang { get; set; }

    [FromQuery(Name = "from"), Description("Only articles published (or, without a date, imported) on or after this day, yyyy-MM-dd.")]
    public DateOnly? From { get; set; }

    [FromQuery(Name = "to"), Description("Only articles published (or imported) on or before this day, yyyy-MM-dd.")]
    public DateOnly? To { get; set; }

    [FromQuery(Name = "unread"), Description("true: only articles not yet read.")]
    public bool? Unread { get; set; }

    [FromQuery(Name = "starred"), Description("true: only starred articles.")]
    public bool? Starred { get; set; }

    [FromQuery(Name = "feed"), Description("Only articles imported from this feed, by its id (as on the Feeds page).")]
    public long? Feed { get; set; }

    [FromQuery(Name = "folder"), Description("Only articles from the feeds in this folder (and its subfolders).")]
    public string? Folder { get; set; }

    public LibraryFilter ToFilter() => LibraryFilter.Create(Section, Outlet, Author, Speaker, Lang, From, To, Unread ?? false, Starred ?? false, Feed, Folder);
}

/// <summary>Keyset paging in the library's order: newest first by sort key, then by id.</summary>
public static class LibraryOrder
{
    public static IQueryable<StoredArticle> NewestFirst(this IQueryable<StoredArticle> query, Cursor? after)
    {
        if (after is { } cursor)
        {
            var sortKey = new DateTime(cursor.First, DateTimeKind.Utc);
            var id = cursor.Second;
            query = query.Where(a => a.SortKey < sortKey || (a.SortKey == sortKey && a.Id < id));
        }
        return query.OrderByDescending(a => a.SortKey).ThenByDescending(a => a.Id);
    }
}

/// <summary>
/// An opaque paging cursor, base64url: a kind (so that one list's cursor is refused by another), two numbers (the last
/// article's sort-key ticks and id, or an offset) and a check, so that garbage or an edited cursor is refused rather than
/// read as some other position. It is not a secret: a forged cursor can only choose where a list starts.
/// </summary>
public readonly record struct Cursor(CursorKind Kind, long First, long Second)
{
    private const int PayloadLength = 17;
    private const int CheckLength = 4;
    private static readonly byte[] Salt = Encoding.ASCII.GetBytes("NewsReader cursor v1");

    public static Cursor Article(DateTime sortKey, long id) => new(CursorKind.Articles, sortKey.Ticks, id);

    public static Cursor Offset(CursorKind kind, int offset) => new(kind, offset, 0);

    public override string ToString()
    {
        Span<byte> bytes = stackalloc byte[PayloadLength + CheckLength];
        bytes[0] = (byte)Kind;
        BinaryPrimitives.WriteInt64BigEndian(bytes[1..], First);
        BinaryPrimitives.WriteInt64BigEndian(bytes[9..], Second);
        Check(bytes[..PayloadLength]).CopyTo(bytes[PayloadLength..]);
        return WebEncoders.Base64UrlEncode(bytes);
    }

    /// <summary>Reads a cursor made by <see cref="ToString"/> for a list of this kind; false for anything else.</summary>
    public static bool TryParse(string? value, CursorKind kind, out Cursor cursor)
    {
        cursor = default;
        if (string.IsNullOrEmpty(value) || value.Length > 40) return false;
        byte[] bytes;
        try
        {
            bytes = WebEncoders.Base64UrlDecode(value);
        }
        catch (FormatException)
        {
            return false;
        }
        if (bytes.Length != PayloadLength + CheckLength || bytes[0] != (byte)kind
            || !CryptographicOperations.FixedTimeEquals(Check(bytes.AsSpan(0, PayloadLength)), bytes.AsSpan(PayloadLength))) return false;
        var first = BinaryPrimitives.ReadInt64BigEndian(bytes.AsSpan(1));
        var second = BinaryPrimitives.ReadInt64BigEndian(bytes.AsSpan(9));
        var valid = kind == CursorKind.Articles
            ? first >= DateTime.MinValue.Ticks && first <= DateTime.MaxValue.Ticks && second >= 0
            : first is >= 0 and <= int.MaxValue;
        if (!valid) return false;
        cursor = new Cursor(kind, first, second);
        return true;
    }

    private static byte[] Check(ReadOnlySpan<byte> payload)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData([.. Salt, .. payload], hash);
        return hash[..CheckLength].ToArray();
    }
}

public enum CursorKind : byte { Articles = 1, Speakers = 2, Quotes = 3, Highlights = 4 }
