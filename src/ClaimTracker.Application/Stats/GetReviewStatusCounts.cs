using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Domain.Reviews;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Stats;

/// <summary>Every statement on the desk by where its review stands; statements no one has started are their own bucket.</summary>
[AllowedRoles(Roles.Viewer, Roles.Analyst, Roles.Editor, Roles.Admin)]
public sealed record GetReviewStatusCounts : IQuery<ReviewStatusCounts>;

/// <summary><see cref="StatusCount.Status"/> null: no review yet.</summary>
public sealed record StatusCount(ReviewStatus? Status, int Count);

public sealed record ReviewStatusCounts(IReadOnlyList<StatusCount> Counts)
{
    public int Total => Counts.Sum(c => c.Count);
}

internal sealed class GetReviewStatusCountsHandler(IClaimTrackerDb db) : IRequestHandler<GetReviewStatusCounts, ReviewStatusCounts>
{
    public async Task<ReviewStatusCounts> Handle(GetReviewStatusCounts request, CancellationToken cancellationToken)
    {
        var rows = await db.Statements.AsNoTracking()
            .GroupBy(s => (ReviewStatus?)s.Review!.Status)
            .Select(g => new StatusCount(g.Key, g.Count()))
            .ToListAsync(cancellationToken);
        ReviewStatus?[] order = [null, ReviewStatus.Draft, ReviewStatus.InReview, ReviewStatus.Published];
        return new ReviewStatusCounts(order
            .Select(status => new StatusCount(status, rows.Where(r => r.Status == status).Sum(r => r.Count)))
            .ToList());
    }
}
