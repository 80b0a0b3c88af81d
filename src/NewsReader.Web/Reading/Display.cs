using System.Globalization;

namespace NewsReader.Web.Reading;

/// <summary>Short display forms for list pages.</summary>
public static class Display
{
    /// <summary>"13 Aug 2025" from a stored ISO 8601 date, in the article's own time zone.</summary>
    public static string Date(string iso)
    {
        if (DateTimeOffset.TryParse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value))
            return value.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
        return iso;
    }
}
