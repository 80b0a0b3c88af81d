using System.Net;

namespace NewsReader.Web.Fetching;

/// <summary>Why a fetch failed, for callers that answer differently (the API's status codes, a feed's back-off).</summary>
public enum FetchFailure
{
    /// <summary>Not an http or https address, or not an address at all.</summary>
    InvalidAddress,
    /// <summary>The address resolves only to addresses the policy refuses.</summary>
    Refused,
    /// <summary>The server answered with an error status.</summary>
    ServerError,
    /// <summary>The body was larger than the limit.</summary>
    TooLarge,
    /// <summary>More than <see cref="Fetcher.MaxRedirects"/> redirects, or a redirect to an address the fetcher cannot follow.</summary>
    Redirects,
    /// <summary>The body is not text (NUL bytes, or mostly control characters).</summary>
    NotText,
    /// <summary>The whole fetch took longer than the timeout.</summary>
    Timeout,
    /// <summary>The connection could not be made or broke off.</summary>
    Network,
}

/// <summary>
/// What one fetch brought back: the body (already decompressed) and its decoded text, with the final address after
/// redirects; or, when it failed, the reason in words (<see cref="Error"/>, which names the address). Never an exception.
/// </summary>
public sealed record FetchResult
{
    /// <summary>The address asked for.</summary>
    public required string Url { get; init; }

    /// <summary>The address the body came from, after redirects.</summary>
    public Uri? FinalUrl { get; init; }

    public HttpStatusCode? Status { get; init; }

    /// <summary>The media type without parameters, lower case ("text/html"), when the server named one.</summary>
    public string? MediaType { get; init; }

    /// <summary>The body's text, decoded by <see cref="Charset"/>.</summary>
    public string? Text { get; init; }

    /// <summary>The encoding the text was decoded with, and where it was named ("Content-Type header", "meta charset").</summary>
    public string? Encoding { get; init; }

    public byte[]? Body { get; init; }

    /// <summary>How long the server asked to wait (<c>Retry-After</c>), on a 429 or 503.</summary>
    public TimeSpan? RetryAfter { get; init; }

    public FetchFailure? Failure { get; init; }

    /// <summary>The server answered 304 Not Modified to a conditional GET: a success with no body.</summary>
    public bool NotModified { get; init; }

    /// <summary>What the server said about caching the response, for the next conditional GET.</summary>
    public CacheValidators? Validators { get; init; }

    /// <summary>The reason in words, beginning with the address: "https://x/: the server answered 404 Not Found".</summary>
    public string? Error { get; init; }

    public bool Succeeded => Failure is null;

    public static FetchResult Failed(string url, FetchFailure failure, string reason, HttpStatusCode? status = null, TimeSpan? retryAfter = null) =>
        new() { Url = url, Failure = failure, Error = $"{url}: {reason}", Status = status, RetryAfter = retryAfter };
}

/// <summary>A response's <c>ETag</c> and <c>Last-Modified</c> (sent back as <c>If-None-Match</c> and <c>If-Modified-Since</c>) and its <c>Cache-Control: max-age</c>.</summary>
public sealed record CacheValidators(string? ETag, string? LastModified, TimeSpan? MaxAge);
