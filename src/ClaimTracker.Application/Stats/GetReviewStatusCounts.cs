using ClaimTracker.Application.Common;
using ClaimTracker.Application.Stats.ReadModel;
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
        // The whole desk's verdict rows (every statement once, by month and bucket), summed by bucket.
        var rows = await db.SpeakerVerdictStats.AsNoTracking()
            .Where(r => r.SpeakerId == StatsDesk.WholeDesk && r.PublisherId == StatsDesk.OurDesk)
            .GroupBy(r => r.Bucket)
            .Select(g => new { Bucket = g.Key, Count = g.Sum(r => r.Count) })
            .ToDictionaryAsync(r => r.Bucket, r => r.Count, cancellationToken);
        return new ReviewStatusCounts(
        [
            new(null, rows.GetValueOrDefault(StatsBucket.Unrated)),
            new(ReviewStatus.Draft, rows.GetValueOrDefault(StatsBucket.Draft)),
            new(ReviewStatus.InReview, rows.GetValueOrDefault(StatsBucket.InReview)),
            new(ReviewStatus.Published, rows.Where(r => r.Key >= 0).Sum(r => r.Value)),
        ]);
    }
}
