using System.Globalization;

namespace NewsReader.Model;

/// <summary>
/// A date as the source gives it. <see cref="Offset"/> is null when the source names no time zone
/// (never guessed), and <see cref="HasTime"/> is false when it gives only a day.
/// </summary>
public sealed record PublishedDate(DateTime Local, TimeSpan? Offset, bool HasTime, string Text, TextSpan Span)
{
    /// <summary>The instant, in the source's own offset, when the source names a zone.</summary>
    public DateTimeOffset? Value => Offset is { } offset ? new DateTimeOffset(DateTime.SpecifyKind(Local, DateTimeKind.Unspecified), offset) : null;

    /// <summary>ISO 8601: with offset when the zone is known, local date-time without one, or a bare date.</summary>
    public string ToIsoString()
    {
        if (!HasTime) return Local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (Value is { } value) return value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        return Local.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
    }

    /// <summary>A UTC instant for ordering; a date without a zone is ordered as if it were UTC.</summary>
    public DateTime SortKeyUtc => Value?.UtcDateTime ?? DateTime.SpecifyKind(Local, DateTimeKind.Utc);
}
