using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using NewsReader.Web.Data;

namespace NewsReader.Web.Operations;

/// <summary><c>GET /healthz</c>: 200 when the database opens and every migration is applied, else 503; a small JSON body says which.</summary>
public static class Health
{
    public const string Path = "/healthz";

    public static WebApplicationBuilder AddHealth(this WebApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks().AddCheck<DatabaseCheck>("database");
        return builder;
    }

    public static WebApplication MapHealth(this WebApplication app)
    {
        app.MapHealthChecks(Path, new HealthCheckOptions { ResponseWriter = WriteAsync, AllowCachingResponses = false });
        return app;
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        return JsonSerializer.SerializeAsync(context.Response.Body, new
        {
            status = report.Status.ToString(),
            checks = report.Entries.Select(e => new { name = e.Key, status = e.Value.Status.ToString(), description = e.Value.Description }),
        }, cancellationToken: context.RequestAborted);
    }

    /// <summary>The database can be opened and queried, and it has no pending migrations.</summary>
    public sealed class DatabaseCheck(NewsReaderDb db) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                if (!await db.Database.CanConnectAsync(cancellationToken))
                    return HealthCheckResult.Unhealthy("the database cannot be opened");
                var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
                if (pending.Count > 0)
                    return HealthCheckResult.Unhealthy($"{pending.Count} migration(s) not applied: {string.Join(", ", pending)}");
                await db.Articles.AsNoTracking().Select(a => a.Id).FirstOrDefaultAsync(cancellationToken);
                return HealthCheckResult.Healthy("the database opens and its migrations are applied");
            }
            catch (Exception exception) when (exception is System.Data.Common.DbException or InvalidOperationException or IOException)
            {
                return HealthCheckResult.Unhealthy("the database cannot be read: " + exception.GetType().Name);
            }
        }
    }
}
