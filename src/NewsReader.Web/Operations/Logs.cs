using NewsReader.Web.Data;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace NewsReader.Web.Operations;

/// <summary>
/// Serilog: levels and extra sinks from the <c>Serilog</c> section; the console and a rolling daily file in the data
/// folder's <c>logs/</c>, as text or JSON (<c>Logs:Format</c>). Properties that could carry a secret or article text
/// are replaced by <c>[redacted]</c> before any sink sees them.
/// </summary>
public static class Logs
{
    private const string TextTemplate = "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}";
    private const string FileTemplate = "{Timestamp:yyyy-MM-dd HH:mm:ss.fff zzz} [{Level:u3}] {Message:lj} {Properties:j}{NewLine}{Exception}";

    public static WebApplicationBuilder AddLogs(this WebApplicationBuilder builder, bool isCommand)
    {
        builder.Services.AddOptions<LogOptions>().BindConfiguration(LogOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        // Commands print their own lines: only warnings and errors are logged while one runs.
        if (isCommand) builder.Configuration["Serilog:MinimumLevel:Default"] = "Warning";
        var options = new LogOptions();
        try
        {
            builder.Configuration.GetSection(LogOptions.Section).Bind(options);
        }
        catch (InvalidOperationException)
        {
            // A value of the wrong type: the start-up validation names it.
        }
        builder.Services.AddSerilog((services, logger) =>
        {
            logger.ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext()
                .Enrich.With<Redaction>();
            // The sinks write on a background thread, so a request never waits for the console or the disk; when the
            // buffer is full a request waits rather than an event being dropped.
            logger.WriteTo.Async(sinks =>
            {
                if (options.IsJson) sinks.Console(new RenderedCompactJsonFormatter());
                else sinks.Console(outputTemplate: TextTemplate, formatProvider: System.Globalization.CultureInfo.InvariantCulture);
                // A bad storage setting leaves no data folder: the start-up validation, which runs next, names the setting.
                if (options.File && Folder(options, services) is { } folder)
                {
                    var path = Path.Combine(folder, "newsreader-.log");
                    if (options.IsJson)
                        sinks.File(new RenderedCompactJsonFormatter(), path, rollingInterval: RollingInterval.Day,
                            retainedFileCountLimit: options.RetainedFiles, fileSizeLimitBytes: 50L * 1024 * 1024, rollOnFileSizeLimit: true, shared: true);
                    else
                        sinks.File(path, outputTemplate: FileTemplate, formatProvider: System.Globalization.CultureInfo.InvariantCulture,
                            rollingInterval: RollingInterval.Day, retainedFileCountLimit: options.RetainedFiles,
                            fileSizeLimitBytes: 50L * 1024 * 1024, rollOnFileSizeLimit: true, shared: true);
                }
            }, blockWhenFull: true);
        }, preserveStaticLogger: true); // each app (and each test host) keeps its own logger; nothing goes through Log.Logger
        return builder;
    }

    /// <summary>A read answered within this time is logged at Debug; a slower one at Information.</summary>
    public const double SlowReadMilliseconds = 1000;

    /// <summary>
    /// One line per request, at <see cref="RequestLevel"/>: at the shipped level (Information) the log holds what changed
    /// something, failed or was slow, not every page view, which cost the reader page about 40% of its rate.
    /// </summary>
    public static WebApplication UseRequestLogs(this WebApplication app)
    {
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = app.Services.GetService<Serilog.ILogger>();
            options.GetLevel = RequestLevel;
        });
        return app;
    }

    /// <summary>Error for a failure (an exception or a 5xx), Debug for a quick successful read (GET or HEAD), Information otherwise.</summary>
    public static LogEventLevel RequestLevel(HttpContext context, double elapsedMilliseconds, Exception? exception)
    {
        var status = context.Response.StatusCode;
        if (exception is not null || status >= 500) return LogEventLevel.Error;
        var read = HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method);
        return read && status < 400 && elapsedMilliseconds < SlowReadMilliseconds ? LogEventLevel.Debug : LogEventLevel.Information;
    }

    public static string? Folder(LogOptions options, IServiceProvider services)
    {
        if (!string.IsNullOrWhiteSpace(options.Folder)) return Path.GetFullPath(options.Folder);
        try
        {
            return Path.Combine(services.GetRequiredService<DatabaseLocation>().DataFolder, "logs");
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Replaces properties whose names suggest a secret or article content.</summary>
    public sealed class Redaction : ILogEventEnricher
    {
        private static readonly string[] Words = ["password", "token", "secret", "authorization", "cookie", "apikey", "body", "text", "content", "querystring"];

        public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
        {
            foreach (var name in logEvent.Properties.Keys.ToList())
            {
                if (Words.Any(w => name.Contains(w, StringComparison.OrdinalIgnoreCase)) && name != "ContentType" && name != "SourceContext")
                    logEvent.AddOrUpdateProperty(new LogEventProperty(name, new ScalarValue("[redacted]")));
            }
        }
    }
}
