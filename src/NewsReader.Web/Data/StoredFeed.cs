namespace NewsReader.Web.Data;

/// <summary>
/// A subscription: a feed's address and what polling it has learnt (validators for the next conditional GET, when it
/// last worked, the last failure in words, the back-off). Articles imported from it carry its id (<see cref="StoredArticle.FeedId"/>).
/// </summary>
public sealed class StoredFeed
{
    public long Id { get; set; }
    /// <summary>The feed's own address (after autodiscovery), unique.</summary>
    public required string Url { get; set; }
    public required string Title { get; set; }
    /// <summary>The folder (an OPML category), or null at the top level.</summary>
    public string? Folder { get; set; }
    /// <summary>The site the feed belongs to, when it names one.</summary>
    public string? SiteUrl { get; set; }
    public bool IsPaused { get; set; }
    public string? ETag { get; set; }
    public string? LastModified { get; set; }
    public DateTime AddedUtc { get; set; }
    public DateTime? LastFetchedUtc { get; set; }
    public DateTime? LastNewEntryUtc { get; set; }
    /// <summary>The last poll's failure in words, or null when it worked.</summary>
    public string? LastError { get; set; }
    public int ConsecutiveFailures { get; set; }
    public DateTime NextPollUtc { get; set; }
}
