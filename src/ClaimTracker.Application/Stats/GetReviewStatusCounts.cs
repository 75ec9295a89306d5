using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Domain.Reviews;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Stats;

/// <summary>Every statement on the desk by where its review stands; statements no one has started are their own bucket.</summary>
[AllowedRoles(RoleSet.Readers)]
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
        // One round trip, no join over the whole desk: the number of statements and the reviews per status (an
        // index on Status). A statement has at most one review (unique key), so the rest have none.
        var row = await db.Statements.AsNoTracking()
            .GroupBy(_ => 1)
            .Select(g => new
            {
                Total = g.Count(),
                Draft = db.Reviews.Count(r => r.Status == ReviewStatus.Draft),
                InReview = db.Reviews.Count(r => r.Status == ReviewStatus.InReview),
                Published = db.Reviews.Count(r => r.Status == ReviewStatus.Published),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return new ReviewStatusCounts([new(null, 0), new(ReviewStatus.Draft, 0), new(ReviewStatus.InReview, 0), new(ReviewStatus.Published, 0)]);
        }
        return new ReviewStatusCounts(
        [
            new(null, row.Total - row.Draft - row.InReview - row.Published),
            new(ReviewStatus.Draft, row.Draft),
            new(ReviewStatus.InReview, row.InReview),
            new(ReviewStatus.Published, row.Published),
        ]);
    }
}
