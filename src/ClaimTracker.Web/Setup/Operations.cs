using System.Net;
using ClaimTracker.Application.Common.Telemetry;
using ClaimTracker.Infrastructure;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using OpenTelemetry.Metrics;

namespace ClaimTracker.Web.Setup;

/// <summary>
/// What an operations team runs the desk with: health endpoints for the load balancer, OpenTelemetry metrics in the
/// Prometheus format for the monitoring system, and circuit limits taken from configuration.
/// </summary>
public static class Operations
{
    public const string MetricsPath = "/metrics";

    /// <summary>The meters exported at /metrics.</summary>
    public static readonly string[] Meters =
    [
        "Microsoft.AspNetCore.Hosting",                     // http.server.request.duration and active requests
        "Microsoft.AspNetCore.Server.Kestrel",              // connections
        "Microsoft.AspNetCore.Http.Connections",            // SignalR connections (each circuit holds one)
        "Microsoft.AspNetCore.Components.Server.Circuits",  // .NET 10: active, connected circuits and their duration
        "Microsoft.AspNetCore.Components",                  // .NET 10: navigation and event handling
        "System.Runtime",                                   // memory, GC, thread pool
        RequestMetrics.MeterName,                           // the use-case pipeline
    ];

    public static WebApplicationBuilder AddClaimTrackerOperations(this WebApplicationBuilder builder)
    {
        builder.Services.AddClaimTrackerHealthChecks(builder.Configuration);
        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(Meters)
            .AddPrometheusExporter());
        builder.Services.Configure<MetricsAccessOptions>(builder.Configuration.GetSection("Metrics"));
        return builder;
    }

    /// <summary>
    /// /health/live answers as long as the process serves requests (no dependency is checked: restarting the server
    /// would not bring the database back). /health/ready runs the checks tagged "ready". Both are anonymous and say
    /// only Healthy or Unhealthy; which check failed is in the server's log, not in the public answer.
    /// </summary>
    public static WebApplication MapClaimTrackerOperations(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(DependencyInjection.ReadyTag),
        }).AllowAnonymous();
        app.MapPrometheusScrapingEndpoint(MetricsPath).AllowAnonymous();
        return app;
    }

    /// <summary>
    /// /metrics tells how busy the desk is and which use cases fail: only the configured networks (the monitoring
    /// system's) may read it. Everyone else gets 404, as if it did not exist. Runs before routing.
    /// </summary>
    public static WebApplication UseMetricsAccessRule(this WebApplication app)
    {
        var allowed = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<MetricsAccessOptions>>().Value.Networks();
        app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments(MetricsPath, StringComparison.OrdinalIgnoreCase)
                && !MetricsAccessOptions.Allows(allowed, context.Connection.RemoteIpAddress))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
            await next(context);
        });
        return app;
    }
}

/// <summary>The "Metrics" configuration section.</summary>
public sealed class MetricsAccessOptions
{
    /// <summary>CIDR networks allowed to read /metrics, e.g. "10.20.0.0/16". Loopback only when nothing is configured.</summary>
    public List<string> AllowedNetworks { get; set; } = [];

    public IReadOnlyList<IPNetwork> Networks()
    {
        var configured = AllowedNetworks.Where(n => !string.IsNullOrWhiteSpace(n)).ToList();
        if (configured.Count == 0)
        {
            configured = ["127.0.0.0/8", "::1/128"];
        }
        return configured.Select(n => IPNetwork.TryParse(n.Trim(), out var network)
            ? network
            : throw new InvalidOperationException($"Metrics:AllowedNetworks has '{n}', which is not a network such as 10.0.0.0/8 or ::1/128."))
            .ToList();
    }

    public static bool Allows(IReadOnlyList<IPNetwork> networks, IPAddress? address)
    {
        if (address is null)
        {
            return false;
        }
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        return networks.Any(n => n.Contains(address));
    }
}
