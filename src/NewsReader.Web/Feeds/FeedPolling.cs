using Microsoft.Extensions.Options;

namespace NewsReader.Web.Feeds;

/// <summary>
/// Polls the feeds whose next poll has come, every minute or so (with jitter, so that several feeds added together
/// drift apart); each feed's own schedule is its <c>NextPollUtc</c>, set by <see cref="Subscriptions.PollAsync"/>.
/// </summary>
public sealed partial class FeedPolling(IServiceScopeFactory scopes, IOptions<FeedOptions> options, FeedSchedule schedule, ILogger<FeedPolling> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.PollInBackground) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var subscriptions = scope.ServiceProvider.GetRequiredService<Subscriptions>();
                await subscriptions.PollAllAsync(dueOnly: true, result =>
                {
                    if (result.Error is { } error && !result.Busy) PollFailed(result.Feed.Url, error);
                    return Task.CompletedTask;
                }, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                PollingFailed(exception);
            }
            try
            {
                await schedule.WaitAsync(TimeSpan.FromSeconds(45 + Random.Shared.Next(30)), stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Feed {Url} could not be polled: {Error}")]
    private partial void PollFailed(string url, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Polling feeds failed")]
    private partial void PollingFailed(Exception exception);
}

public static class FeedSetup
{
    /// <summary>Following feeds: the <c>Feeds</c> settings, subscriptions and polling, and the background poller when serving.</summary>
    public static WebApplicationBuilder AddFeeds(this WebApplicationBuilder builder, bool isCommand)
    {
        builder.Services.AddOptions<FeedOptions>().BindConfiguration(FeedOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<FeedSchedule>();
        builder.Services.AddScoped<Subscriptions>();
        if (!isCommand) builder.Services.AddHostedService<FeedPolling>();
        return builder;
    }
}
