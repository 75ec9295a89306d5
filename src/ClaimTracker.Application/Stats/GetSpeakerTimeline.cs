using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Publishers;
using ClaimTracker.Application.Stats.ReadModel;
using ClaimTracker.Domain.Reviews;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Stats;

/// <summary>
/// A speaker's statements over time, stacked by verdict: months when they span up to two years, years beyond.
/// </summary>
[AllowedRoles(RoleSet.Readers)]
public sealed record GetSpeakerTimeline(int SpeakerId) : IQuery<VerdictTimeline>
{
    /// <summary>Whose verdicts: ours (the default), everyone's, or one outside publisher's (the speaker page's switch).</summary>
    public PublisherFilter Publisher { get; init; } = PublisherFilter.Ours;
}

public sealed record VerdictTimeline(TimeBucket Bucket, IReadOnlyList<TimelinePoint> Points)
{
    public int Total => Points.Sum(p => p.Total);
}

public sealed class GetSpeakerTimelineValidator : AbstractValidator<GetSpeakerTimeline>
{
    public GetSpeakerTimelineValidator()
    {
        RuleFor(q => q.Publisher).Must(p => p.PublisherId is null or > 0).WithMessage(PublisherFilter.Problem);
    }
}

internal sealed class GetSpeakerTimelineHandler(IClaimTrackerDb db) : IRequestHandler<GetSpeakerTimeline, VerdictTimeline>
{
    public async Task<VerdictTimeline> Handle(GetSpeakerTimeline request, CancellationToken cancellationToken)
    {
        // Monthly rows from the read model; the choice of month or year buckets is made here, on those rows.
        var rows = await StatsReader.MonthsAsync(db, request.SpeakerId, request.Publisher, StatsPeriod.Always, cancellationToken);
        var (bucket, points) = Timeline.Build(rows);
        return new VerdictTimeline(bucket, points);
    }
}
