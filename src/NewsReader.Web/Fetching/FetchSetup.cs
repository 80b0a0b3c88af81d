using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Timeout;

namespace NewsReader.Web.Fetching;

/// <summary>
/// The fetcher's <see cref="HttpClient"/>, from <see cref="IHttpClientFactory"/>: a <see cref="SocketsHttpHandler"/>
/// that decompresses, follows no redirect by itself, uses no proxy or cookies, and connects only to addresses the
/// <see cref="AddressPolicy"/> allows (so a name that resolves to a private address, or is re-bound to one between
/// two lookups, is refused at the moment of connecting); with retries of idempotent requests after transient failures
/// and a timeout per attempt (Microsoft.Extensions.Http.Resilience).
/// </summary>
public static class FetchSetup
{
    public static WebApplicationBuilder AddFetcher(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<FetchOptions>().BindConfiguration(FetchOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<AddressPolicy>();
        builder.Services.AddSingleton<Fetcher>();
        builder.Services.AddHttpClient(Fetcher.ClientName, client =>
            {
                client.Timeout = Timeout.InfiniteTimeSpan; // the fetcher bounds the whole fetch, body included
                client.DefaultRequestHeaders.UserAgent.ParseAdd(Fetcher.UserAgent);
                client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
            })
            .ConfigurePrimaryHttpMessageHandler(services =>
            {
                var policy = services.GetRequiredService<AddressPolicy>();
                return new SocketsHttpHandler
                {
                    AllowAutoRedirect = false,
                    AutomaticDecompression = DecompressionMethods.All,
                    UseProxy = false,
                    UseCookies = false,
                    ConnectTimeout = TimeSpan.FromSeconds(10),
                    ConnectCallback = (context, cancellationToken) => ConnectAsync(policy, context.DnsEndPoint, cancellationToken),
                };
            })
            .AddResilienceHandler("fetch", (pipeline, context) =>
            {
                var settings = context.ServiceProvider.GetRequiredService<IOptions<FetchOptions>>().Value;
                if (settings.Retries > 0)
                {
                    var retry = new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = settings.Retries,
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                        Delay = TimeSpan.FromMilliseconds(500),
                        ShouldRetryAfterHeader = false, // a 429 or 503 asking to wait is reported, not waited for
                        ShouldHandle = arguments => ValueTask.FromResult(IsTransient(arguments.Outcome)),
                    };
                    retry.DisableForUnsafeHttpMethods();
                    pipeline.AddRetry(retry);
                }
                pipeline.AddTimeout(TimeSpan.FromSeconds(settings.TimeoutSeconds));
            });
        return builder;
    }

    /// <summary>Worth another try: a connection that failed or broke (not a refused address or an unknown name), a timed-out attempt, 408 or a 5xx that may pass.</summary>
    private static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome.Exception switch
    {
        HttpRequestException { InnerException: AddressRefusedException } => false,
        HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError } => false,
        HttpRequestException or TimeoutRejectedException => true,
        null => outcome.Result?.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.InternalServerError
            or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout,
        _ => false,
    };

    /// <summary>
    /// Resolves the host, checks every address it has, and connects to the first allowed one that answers. The address
    /// checked is the address connected to: nothing is resolved twice.
    /// </summary>
    public static async ValueTask<Stream> ConnectAsync(AddressPolicy policy, DnsEndPoint endPoint, CancellationToken cancellationToken)
    {
        var host = endPoint.Host.TrimStart('[').TrimEnd(']');
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
        string? refusal = null;
        SocketException? failure = null;
        foreach (var address in addresses)
        {
            if (policy.Refusal(address) is { } reason)
            {
                refusal ??= reason;
                continue;
            }
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, endPoint.Port), cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException exception)
            {
                socket.Dispose();
                failure = exception;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }
        if (failure is not null) throw failure;
        if (refusal is not null) throw new AddressRefusedException(refusal);
        throw new SocketException((int)SocketError.HostNotFound);
    }
}
