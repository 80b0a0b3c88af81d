using System.ComponentModel.DataAnnotations;

namespace NewsReader.Web.Feeds;

/// <summary>The <c>Feeds</c> settings.</summary>
public sealed class FeedOptions
{
    public const string Section = "Feeds";

    /// <summary>Minutes between two polls of a feed that works (before jitter, and unless the feed asks for longer).</summary>
    [Range(1, 7 * 24 * 60)]
    public int PollMinutes { get; set; } = 60;

    /// <summary>Whether the web app polls due feeds in the background (the tests turn it off).</summary>
    public bool PollInBackground { get; set; } = true;

    /// <summary>The longest back-off after repeated failures, in hours.</summary>
    [Range(1, 7 * 24)]
    public int MaxBackoffHours { get; set; } = 24;
}
