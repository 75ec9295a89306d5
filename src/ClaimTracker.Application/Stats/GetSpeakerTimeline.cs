using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Domain.Reviews;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Stats;

/// <summary>
/// A speaker's statements over time, stacked by verdict: months when they span up to two years, years beyond.
/// </summary>
[AllowedRoles(RoleSet.Readers)]
public sealed record GetSpeakerTimeline(int SpeakerId) : IQuery<VerdictTimeline>;

public sealed record VerdictTimeline(TimeBucket Bucket, IReadOnlyList<TimelinePoint> Points)
{
    public int Total => Points.Sum(p => p.Total);
}

internal sealed class GetSpeakerTimelineHandler(IClaimTrackerDb db) : IRequestHandler<GetSpeakerTimeline, VerdictTimeline>
{
    public async Task<VerdictTimeline> Handle(GetSpeakerTimeline request, CancellationToken cancellationToken)
    {
        // Grouped by calendar month in SQL (a few hundred rows at most, whatever the number of statements); the
        // choice of month or year buckets is made here, on those rows.
        var rows = await PublishedVerdict.Rate(SpeakerStatements.Of(db.Statements.AsNoTracking(), request.SpeakerId))
            .GroupBy(s => new { s.SaidOn.Year, s.SaidOn.Month, s.Verdict, s.InProgress })
            .Select(g => new MonthCount(g.Key.Year, g.Key.Month, g.Key.Verdict, g.Key.InProgress, g.Count()))
            .ToListAsync(cancellationToken);
        var (bucket, points) = Timeline.Build(rows);
        return new VerdictTimeline(bucket, points);
    }
}
