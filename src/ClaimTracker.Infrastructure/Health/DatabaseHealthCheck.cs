using ClaimTracker.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ClaimTracker.Infrastructure.Health;

/// <summary>
/// Ready means the database answers and has every migration this build expects: a server whose DBA has not yet run
/// the upgrade script must not take traffic, or its queries would fail on missing columns.
/// </summary>
public sealed class DatabaseHealthCheck(IDbContextFactory<ClaimTrackerDbContext> contexts) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Database.CanConnectAsync(cancellationToken))
        {
            return HealthCheckResult.Unhealthy("The database does not answer.");
        }
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        return pending.Count == 0
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"{pending.Count} migration(s) not applied, the first being {pending[0]}.");
    }
}
