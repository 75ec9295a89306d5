using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Auditing;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Stats.ReadModel;
using MediatR;

namespace ClaimTracker.Application.Stats;

/// <summary>
/// Recomputes the statistics tables from the records, replacing what they hold: after a restore, a bulk load that
/// bypassed the use cases, or to prove they agree. Charts read the old counts until it commits.
/// </summary>
[AllowedRoles(RoleSet.Admins)]
[Audited("rebuilt the statistics")]
public sealed record RebuildStats : ICommand<StatsRebuildResult>;

internal sealed class RebuildStatsHandler(IClaimTrackerDb db) : IRequestHandler<RebuildStats, StatsRebuildResult>
{
    public Task<StatsRebuildResult> Handle(RebuildStats request, CancellationToken cancellationToken) =>
        StatsRebuilder.RebuildAsync(db, cancellationToken);
}
