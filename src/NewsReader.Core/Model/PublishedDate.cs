using System.Globalization;

namespace NewsReader.Model;

/// <summary>
/// A date as the source gives it. <see cref="Offset"/> is null when the source names no time zone
/// (never guessed), and <see cref="HasTime"/> is false when it gives only a day.
/// </summary>
/// <remarks>
/// The parser's dates cut <see cref="Text"/> from the source at <see cref="Span"/> when it is first read (then keep it),
/// as <see cref="Block.Text"/> is. The public constructor, properties, deconstruction, equality, printing and JSON shape
/// are those of the positional record it replaces.
/// </remarks>
public sealed record PublishedDate
{
    private SourceText text;

    public PublishedDate(DateTime Local, TimeSpan? Offset, bool HasTime, string Text, TextSpan Span)
    {
        this.Local = Local;
        this.Offset = Offset;
        this.HasTime = HasTime;
        text = SourceText.Of(Text, Span);
    }

    /// <summary>A date whose text is <paramref name="source"/> at <paramref name="span"/>, made when first read.</summary>
    internal static PublishedDate FromSource(DateTime local, TimeSpan? offset, bool hasTime, string source, TextSpan span) =>
        new(local, offset, hasTime, null!, span) { text = SourceText.Cut(source, span) };

    /// <summary>
    /// One printed date line read as the parser reads a header's ("Selasa, 25 Nov 2025 15:47 WIB", "May 13, 2026 1:08 PM
    /// GMT+2", "10 February 2026 14:35"): its published date, or null when the line is no date line.
    /// </summary>
    public static PublishedDate? ParseLine(string line) =>
        Parsing.PublishedDateParser.TryParse(line, new Parsing.SourceLine(0, line, new TextSpan(0, line.Length)), out var result) ? result.Published : null;

    public DateTime Local { get; init; }
    public TimeSpan? Offset { get; init; }
    public bool HasTime { get; init; }

    public string Text
    {
        get => text.Text!;
        init => text.SetText(value);
    }

    public TextSpan Span
    {
        get => text.Span;
        init => text.SetSpan(value);
    }

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

    public void Deconstruct(out DateTime Local, out TimeSpan? Offset, out bool HasTime, out string Text, out TextSpan Span)
    {
        Local = this.Local;
        Offset = this.Offset;
        HasTime = this.HasTime;
        Text = this.Text;
        Span = this.Span;
    }

    public bool Equals(PublishedDate? other) =>
        ReferenceEquals(this, other)
        || (other is not null && Local == other.Local && Offset == other.Offset && HasTime == other.HasTime && text.SameAs(other.text));

    public override int GetHashCode() => HashCode.Combine(Local, Offset, HasTime, text.TextHash, text.Span);

    // As the positional record printed itself: its members in order, then the computed Value and SortKeyUtc.
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Local = ").Append(Local.ToString()).Append(", Offset = ").Append(Offset.ToString())
            .Append(", HasTime = ").Append(HasTime.ToString()).Append(", Text = ").Append(Text).Append(", Span = ").Append(Span.ToString())
            .Append(", Value = ").Append(Value.ToString()).Append(", SortKeyUtc = ").Append(SortKeyUtc.ToString());
        return true;
    }
}
