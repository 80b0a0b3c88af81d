using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace NewsReader.Web.Fetching;

/// <summary>
/// Fetches one web address safely, for saving a page by its address (and for feeds): http and https only; at most
/// <see cref="MaxRedirects"/> redirects, each followed here so that its address is checked again; every connection
/// made only to an address the <see cref="AddressPolicy"/> allows, checked after DNS resolution
/// (<see cref="FetchSetup"/>); the whole fetch, body included, within <see cref="FetchOptions.TimeoutSeconds"/>; the
/// body, counted after decompression, within <see cref="FetchOptions.MaxBytes"/>; its text decoded by
/// <see cref="Charset"/>. Every failure comes back as a <see cref="FetchResult"/> with the reason in words.
/// </summary>
public sealed class Fetcher(IHttpClientFactory clients, IOptions<FetchOptions> options, TimeProvider clock)
{
    public const string ClientName = "fetch";
    public const int MaxRedirects = 5;
    public const string UserAgent = "NewsReader/1.0";

    /// <summary>
    /// GETs <paramref name="url"/>. <paramref name="configure"/> may add headers to every request sent (a feed's
    /// <c>If-None-Match</c>). Only the caller's own cancellation throws.
    /// </summary>
    public async Task<FetchResult> GetAsync(string url, Action<HttpRequestMessage>? configure = null, CancellationToken cancellationToken = default)
    {
        url = (url ?? "").Trim();
        if (Parse(url) is not { } start)
            return FetchResult.Failed(url.Length == 0 ? "(no address)" : url, FetchFailure.InvalidAddress, "this is not a web address (it should begin with http:// or https://)");
        if (SchemeRefusal(start) is { } refusal) return FetchResult.Failed(url, FetchFailure.InvalidAddress, refusal);

        var settings = options.Value;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(settings.TimeoutSeconds));
        var client = clients.CreateClient(ClientName);
        var current = start;
        try
        {
            for (var redirects = 0; ; redirects++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, current);
                configure?.Invoke(request);
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
                if (IsRedirect(response.StatusCode))
                {
                    if (response.Headers.Location is not { } location)
                        return Failed(current, FetchFailure.ServerError, $"the server answered {Describe(response)} without saying where to");
                    var next = new Uri(current, location);
                    if (SchemeRefusal(next) is { } nextRefusal) return Failed(current, FetchFailure.Redirects, $"redirected to {next}: {nextRefusal}");
                    if (redirects == MaxRedirects) return Failed(current, FetchFailure.Redirects, $"too many redirects (more than {MaxRedirects})");
                    current = next;
                    continue;
                }
                if (response.StatusCode == HttpStatusCode.NotModified)
                    return new FetchResult { Url = url, FinalUrl = current, Status = response.StatusCode, NotModified = true, Validators = ValidatorsOf(response) };
                if (!response.IsSuccessStatusCode)
                {
                    var wait = RetryAfter(response);
                    var asks = wait is { } w ? $"; it asks to wait {Seconds(w)} before trying again" : "";
                    return Failed(current, FetchFailure.ServerError, $"the server answered {Describe(response)}{asks}", response.StatusCode, wait);
                }
                return await ReadAsync(url, current, response, settings.MaxBytes, timeout.Token);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Failed(current, FetchFailure.Timeout, $"timed out after {Seconds(TimeSpan.FromSeconds(settings.TimeoutSeconds))}");
        }
        catch (TimeoutRejectedException exception)
        {
            return Failed(current, FetchFailure.Timeout, $"timed out after {Seconds(exception.Timeout)}");
        }
        catch (HttpRequestException exception) when (Refused(exception) is { } refused)
        {
            return Failed(current, FetchFailure.Refused, $"refused: {refused.Message} (the setting {FetchOptions.Section}:{nameof(FetchOptions.AllowPrivateAddresses)} allows it)");
        }
        catch (HttpRequestException exception)
        {
            return Failed(current, FetchFailure.Network, exception.HttpRequestError switch
            {
                HttpRequestError.NameResolutionError => $"the name {current.Host} could not be found",
                HttpRequestError.ConnectionError => "no connection could be made: " + Innermost(exception),
                HttpRequestError.SecureConnectionError => "the secure connection (TLS) failed: " + Innermost(exception),
                _ => "the connection failed: " + Innermost(exception),
            });
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException)
        {
            return Failed(current, FetchFailure.Network, "the connection broke off while the page was read: " + Innermost(exception));
        }

        FetchResult Failed(Uri at, FetchFailure failure, string reason, HttpStatusCode? status = null, TimeSpan? retryAfter = null) =>
            FetchResult.Failed(at.ToString(), failure, reason, status, retryAfter) with { Url = url };
    }

    private static async Task<FetchResult> ReadAsync(string url, Uri final, HttpResponseMessage response, long limit, CancellationToken cancellationToken)
    {
        FetchResult Failed(FetchFailure failure, string reason) => FetchResult.Failed(final.ToString(), failure, reason, response.StatusCode) with { Url = url };

        var tooLarge = $"the page is larger than {Importing.Importer.FormatSize(limit)}";
        if (response.Content.Headers.ContentLength > limit && response.Content.Headers.ContentEncoding.Count == 0)
            return Failed(FetchFailure.TooLarge, tooLarge);
        // The handler decompresses gzip, deflate and brotli; what is counted is what comes out, so a small compressed
        // body that would unpack to gigabytes (a "gzip bomb") stops at the limit.
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var body = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (body.Length + read > limit) return Failed(FetchFailure.TooLarge, tooLarge);
            body.Write(chunk, 0, read);
        }
        var bytes = body.ToArray();
        var contentType = response.Content.Headers.ContentType;
        var decoded = Charset.Decode(bytes, contentType?.CharSet);
        if (decoded.Rejection is { } rejection) return Failed(FetchFailure.NotText, rejection);
        return new FetchResult
        {
            Url = url, FinalUrl = final, Status = response.StatusCode, MediaType = contentType?.MediaType?.ToLowerInvariant(),
            Body = bytes, Text = decoded.Text, Encoding = decoded.EncodingName, Validators = ValidatorsOf(response),
        };
    }

    /// <summary>The response's <c>ETag</c>, <c>Last-Modified</c> and <c>Cache-Control: max-age</c>, for the next conditional GET.</summary>
    private static CacheValidators ValidatorsOf(HttpResponseMessage response) => new(
        response.Headers.ETag?.ToString(),
        response.Content.Headers.TryGetValues("Last-Modified", out var modified) ? modified.FirstOrDefault() : null,
        response.Headers.CacheControl?.MaxAge);

    private static Uri? Parse(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && !url.StartsWith('/') ? uri : null; // "/etc/passwd" would be a file: URI

    /// <summary>Why the fetcher will not ask for this address, or null.</summary>
    private static string? SchemeRefusal(Uri uri)
    {
        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            return $"only http and https addresses are fetched, not {uri.Scheme}:";
        if (uri.UserInfo.Length > 0) return "addresses with a user name or password are not fetched";
        return null;
    }

    private static bool IsRedirect(HttpStatusCode status) => status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found
        or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private static string Describe(HttpResponseMessage response) =>
        $"{(int)response.StatusCode} {(string.IsNullOrWhiteSpace(response.ReasonPhrase) ? ReasonPhrases(response.StatusCode) : response.ReasonPhrase)}";

    private static string ReasonPhrases(HttpStatusCode status) => Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase((int)status) is { Length: > 0 } phrase ? phrase : "(no reason given)";

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta) return delta;
        if (header?.Date is { } date) return date - clock.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        return null;
    }

    public static string Seconds(TimeSpan span) => span.TotalSeconds < 120 ? $"{span.TotalSeconds:0.#} s" : $"{span.TotalMinutes:0.#} min";

    private static AddressRefusedException? Refused(Exception exception)
    {
        for (var inner = exception; inner is not null; inner = inner.InnerException)
            if (inner is AddressRefusedException refused) return refused;
        return null;
    }

    private static string Innermost(Exception exception)
    {
        while (exception.InnerException is not null) exception = exception.InnerException;
        return exception.Message;
    }
}

/// <summary>Thrown inside the connection callback when every address of a host is refused; the fetcher reports its message.</summary>
public sealed class AddressRefusedException(string message) : IOException(message);
