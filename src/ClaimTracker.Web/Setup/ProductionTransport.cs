using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace ClaimTracker.Web.Setup;

/// <summary>
/// HTTPS outside Development: HSTS for a year, plain HTTP redirected, and the scheme and client address taken from a
/// reverse proxy only when it is one the configuration names (ReverseProxy:KnownProxies, ReverseProxy:KnownNetworks;
/// loopback is always trusted, for a proxy on the same host).
/// </summary>
public static class ProductionTransport
{
    public static IServiceCollection AddProductionTransport(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in configuration.GetSection("ReverseProxy:KnownProxies").Get<string[]>() ?? [])
            {
                o.KnownProxies.Add(IPAddress.Parse(proxy));
            }
            foreach (var network in configuration.GetSection("ReverseProxy:KnownNetworks").Get<string[]>() ?? [])
            {
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            // Both off unless the desk opts in: preloading is hard to undo (README, "Running in production").
            o.IncludeSubDomains = configuration.GetValue<bool>("Hsts:IncludeSubDomains");
            o.Preload = configuration.GetValue<bool>("Hsts:Preload");
        });
        return services;
    }

    public static WebApplication UseProductionTransport(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }
        return app;
    }
}
