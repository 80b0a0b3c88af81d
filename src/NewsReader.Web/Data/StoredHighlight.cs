namespace NewsReader.Web.Data;

/// <summary>
/// A passage of an article the reader highlighted, with an optional note. It is anchored the way the W3C Web Annotation
/// model anchors a selection: by its position in the article's reader text (<see cref="Start"/>, <see cref="End"/>, a
/// <c>TextPositionSelector</c>) and by its words with some context before and after (<see cref="Exact"/>,
/// <see cref="Prefix"/>, <see cref="Suffix"/>, a <c>TextQuoteSelector</c>), so that it finds its place again after a
/// re-parse or a new revision. When its words are gone it is kept and marked <see cref="Orphaned"/>, never dropped.
/// </summary>
public sealed class StoredHighlight
{
    public long Id { get; set; }
    public long ArticleId { get; set; }
    public StoredArticle? Article { get; set; }
    public int Start { get; set; }
    public int End { get; set; }
    public required string Exact { get; set; }
    public string Prefix { get; set; } = "";
    public string Suffix { get; set; } = "";
    public string? Note { get; set; }
    /// <summary>The quote this highlight was made from with the reader view's "Highlight" button, if any (1-based).</summary>
    public int? QuoteNumber { get; set; }
    /// <summary>Whether the words were not found in the article's current text when it was last anchored.</summary>
    public bool Orphaned { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
}

/// <summary>How much a highlight may hold.</summary>
public static class HighlightLimits
{
    /// <summary>Characters of context kept on each side of the highlighted words.</summary>
    public const int Context = 32;
    public const int MaxExact = 4000;
    public const int MaxNote = 2000;
}
