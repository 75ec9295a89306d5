using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Auditing;
using ClaimTracker.Application.Common.Search;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Stats.ReadModel;
using MediatR;

namespace ClaimTracker.Application.Stats;

/// <summary>
/// Recomputes the statistics tables from the records, replacing what they hold: after a restore, a bulk load that
/// bypassed the use cases, or to prove they agree. Charts read the old counts until it commits. Since it is what an
/// operator runs after a bulk load, it also compacts the search index (ADR 3).
/// </summary>
[AllowedRoles(RoleSet.Admins)]
[Audited("rebuilt the statistics")]
public sealed record RebuildStats : ICommand<StatsRebuildResult>;

internal sealed class RebuildStatsHandler(IClaimTrackerDb db, IStatementTextSearch search) : IRequestHandler<RebuildStats, StatsRebuildResult>
{
    public async Task<StatsRebuildResult> Handle(RebuildStats request, CancellationToken cancellationToken)
    {
        var result = await StatsRebuilder.RebuildAsync(db, cancellationToken);
        await search.CompactAsync(db, cancellationToken);
        return result;
    }
}
