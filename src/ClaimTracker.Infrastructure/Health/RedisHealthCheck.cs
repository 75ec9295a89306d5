using ClaimTracker.Infrastructure.Changes;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace ClaimTracker.Infrastructure.Health;

/// <summary>
/// Registered only when Redis is configured. Saves keep working without Redis (pages fall back to polling), so a load
/// balancer may choose to keep such a server; the check reports it so an operator notices.
/// </summary>
public sealed class RedisHealthCheck(RedisDeskChanges redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!redis.IsConnected)
        {
            return HealthCheckResult.Unhealthy("Redis is not connected; live updates between servers run by polling.");
        }
        try
        {
            var latency = await redis.PingAsync().WaitAsync(TimeSpan.FromSeconds(2), cancellationToken);
            return HealthCheckResult.Healthy($"Redis answered in {latency.TotalMilliseconds:0} ms.");
        }
        catch (RedisException e)
        {
            return HealthCheckResult.Unhealthy("Redis did not answer.", e);
        }
        catch (TimeoutException e)
        {
            return HealthCheckResult.Unhealthy("Redis did not answer in time.", e);
        }
    }
}
