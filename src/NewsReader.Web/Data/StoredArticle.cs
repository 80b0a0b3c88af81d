namespace NewsReader.Web.Data;

/// <summary>
/// An imported article. <see cref="Text"/> (the normalised source) is the source of truth; every other
/// column is derived from parsing it and is rebuilt by re-parsing.
/// </summary>
public sealed class StoredArticle
{
    public long Id { get; set; }
    public required string Slug { get; set; }
    /// <summary>SHA-256 of <see cref="Text"/>, lower-case hex. Unique: the same text is stored once.</summary>
    public required string Sha256 { get; set; }
    public required string Text { get; set; }
    public int ParserVersion { get; set; }
    /// <summary>The format of <see cref="Text"/>: text, markdown or html.</summary>
    public string Format { get; set; } = "text";
    /// <summary>The article's address on the web, when the file names it (front matter, canonical link).</summary>
    public string? SourceUrl { get; set; }
    /// <summary>The file name it was imported from, for display only; never used as a path.</summary>
    public string? SourceName { get; set; }
    public DateTime ImportedUtc { get; set; }
    /// <summary>The feed the article came from, when it came from one; kept (as null) when the feed is removed.</summary>
    public long? FeedId { get; set; }

    // Derived from the parse.
    public required string Headline { get; set; }
    public string? Section { get; set; }
    public string? Outlet { get; set; }
    public string? Authors { get; set; }
    public string? PublishedText { get; set; }
    /// <summary>ISO 8601 as the source gives it: with offset, local, or a bare date.</summary>
    public string? PublishedIso { get; set; }
    /// <summary>The publication instant in UTC when the source names a zone.</summary>
    public DateTime? PublishedUtc { get; set; }
    /// <summary>Newest-first ordering key (UTC): published when known, else imported.</summary>
    public DateTime SortKey { get; set; }
    public required string Language { get; set; }
    public int QuoteCount { get; set; }
    public int WordCount { get; set; }

    // Reading state, kept by the server.
    public bool IsRead { get; set; }
    public DateTime? ReadUtc { get; set; }
    public bool IsStarred { get; set; }

    public List<StoredQuote> Quotes { get; set; } = [];
    public List<StoredAuthor> AuthorRows { get; set; } = [];
    public List<StoredRevision> Revisions { get; set; } = [];
}

/// <summary>An earlier text of an article, kept when a changed version replaced it. Nothing is overwritten without one.</summary>
public sealed class StoredRevision
{
    public long Id { get; set; }
    public long ArticleId { get; set; }
    public required string Sha256 { get; set; }
    public required string Text { get; set; }
    public required string Format { get; set; }
    public string? SourceName { get; set; }
    public required string Headline { get; set; }
    /// <summary>When this text was first imported.</summary>
    public DateTime ImportedUtc { get; set; }
    /// <summary>When a newer text replaced it.</summary>
    public DateTime ReplacedUtc { get; set; }
}

/// <summary>An author of an article, one row each, for filtering the library by author.</summary>
public sealed class StoredAuthor
{
    public long Id { get; set; }
    public long ArticleId { get; set; }
    public int Ordinal { get; set; }
    public required string Name { get; set; }
    public required string Slug { get; set; }
}

/// <summary>A quote row for the speaker index, derived from the parse.</summary>
public sealed class StoredQuote
{
    public long Id { get; set; }
    public long ArticleId { get; set; }
    public StoredArticle? Article { get; set; }
    /// <summary>1-based position of the quote in its article (the reader view's <c>#quote-N</c>).</summary>
    public int Ordinal { get; set; }
    public string? Speaker { get; set; }
    public string? SpeakerSlug { get; set; }
    /// <summary>The words at the cue that named the speaker ("Menkeu", "Jokowi", "ujarnya"): the names they were quoted under.</summary>
    public string? SpeakerMention { get; set; }
    public string? Role { get; set; }
    public required string Text { get; set; }
    public string? Cue { get; set; }
    public required string Kind { get; set; }
    public required string SpeakerSource { get; set; }
    public int Block { get; set; }
    public int Start { get; set; }
    public int Length { get; set; }
}
