using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NewsReader.Web.Tests.Fetching;

/// <summary>A web server the tests start on loopback (Kestrel, port 0), counting the requests to each path; subclasses map its pages.</summary>
public abstract class LoopbackServer : IAsyncLifetime
{
    private WebApplication? app;
    private readonly ConcurrentDictionary<string, int> visits = new();

    public string BaseUrl { get; private set; } = "";

    public string Url(string path) => BaseUrl + path;

    /// <summary>How many requests reached <paramref name="path"/>.</summary>
    public int Visits(string path) => visits.GetValueOrDefault(path);

    protected abstract void Map(WebApplication app);

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        app = builder.Build();
        app.Use(async (context, next) =>
        {
            visits.AddOrUpdate(context.Request.Path.Value ?? "", 1, (_, n) => n + 1);
            await next(context);
        });
        Map(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUrl = address.Replace("[::]", "127.0.0.1").TrimEnd('/');
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
