namespace NewsReader.Model;

/// <summary>
/// The text of a model value that the parser cut from the article's source: kept as the source and a span until it is
/// first read as a string, then as that string. A value made from a string holds that string. <see cref="TextField"/>,
/// <see cref="Block"/>, <see cref="TrailerLine"/> and <see cref="PublishedDate"/> hold one each, so that parsing copies
/// none of the article's text while their public shape stays that of plain positional records.
/// </summary>
/// <remarks>A mutable struct kept in a field of its owner: a record's <c>with</c> copy gets its own, sharing the source.</remarks>
internal struct SourceText
{
    // While not null (and the text not yet made), the text is this source's characters at the span.
    private string? source;
    private string? text;
    private TextSpan span;

    public static SourceText Of(string? text, TextSpan span) => new() { text = text, span = span };

    public static SourceText Cut(string source, TextSpan span) => new() { source = source, span = span };

    public readonly TextSpan Span => span;

    /// <summary>The text, cut from the source the first time it is read; null only when the owner was given null.</summary>
    public string? Text => text ?? (source is null ? null : text = source.Substring(span.Start, span.Length));

    /// <summary>The characters without making a string: <see cref="Text"/> when made, else a view of the source.</summary>
    public readonly ReadOnlySpan<char> Chars => text is { } made ? made : source.AsSpan(span.Start, span.Length);

    /// <summary>The same characters as <see cref="Chars"/>, as memory that may be kept.</summary>
    public readonly ReadOnlyMemory<char> Memory => text is { } made ? made.AsMemory() : source.AsMemory(span.Start, span.Length);

    public void SetText(string? value)
    {
        text = value;
        source = null;
    }

    /// <summary>A copy given another span keeps the text it had: it is cut from the old span first.</summary>
    public void SetSpan(TextSpan value)
    {
        if (source is not null) _ = Text;
        source = null;
        span = value;
    }

    public readonly bool SameAs(in SourceText other) =>
        span == other.span && HasText == other.HasText && Chars.SequenceEqual(other.Chars);

    /// <summary>The hash a string of these characters has (0 for none), without making the string.</summary>
    public readonly int TextHash => HasText ? string.GetHashCode(Chars) : 0;

    private readonly bool HasText => text is not null || source is not null;
}
