using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.HttpsPolicy;
using Microsoft.Extensions.Options;

namespace NewsReader.Web.Operations;

/// <summary>
/// Behind a reverse proxy: X-Forwarded-For and X-Forwarded-Proto from trusted proxies (<c>Proxy:*</c> settings), so
/// the client address, HTTPS and the Secure cookie flag are right; and HSTS on responses served over HTTPS.
/// </summary>
public static class Proxy
{
    public static WebApplicationBuilder AddProxySupport(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ProxyOptions>().BindConfiguration(ProxyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((forwarded, proxy) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            forwarded.ForwardLimit = 1;
            foreach (var address in proxy.Value.KnownProxies)
                if (IPAddress.TryParse(address, out var ip)) forwarded.KnownProxies.Add(ip);
            foreach (var network in proxy.Value.KnownNetworks)
                if (System.Net.IPNetwork.TryParse(network, out var parsed)) forwarded.KnownIPNetworks.Add(parsed);
        });
        builder.Services.AddOptions<HstsOptions>().Configure<IOptions<ProxyOptions>>((hsts, proxy) =>
        {
            hsts.MaxAge = TimeSpan.FromDays(proxy.Value.HstsDays);
            hsts.IncludeSubDomains = false;
            hsts.Preload = false;
        });
        return builder;
    }

    /// <summary>First in the pipeline: forwarded headers (when <c>Proxy:ForwardedHeaders</c> is on), then HSTS outside Development.</summary>
    public static WebApplication UseProxySupport(this WebApplication app)
    {
        var proxy = app.Services.GetRequiredService<IOptions<ProxyOptions>>().Value;
        if (proxy.ForwardedHeaders) app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment() && proxy.HstsDays > 0) app.UseHsts();
        return app;
    }
}
