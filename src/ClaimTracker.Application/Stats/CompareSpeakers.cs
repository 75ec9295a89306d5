using ClaimTracker.Application.Common;
using ClaimTracker.Application.Stats.ReadModel;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Domain.Reviews;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Stats;

/// <summary>
/// Two to five speakers side by side: each one's verdict distribution and statements over time on a shared axis.
/// Counts the same statements as each speaker's own page (made by them or on their behalf).
/// </summary>
[AllowedRoles(RoleSet.Readers)]
public sealed record CompareSpeakers(IReadOnlyList<int> SpeakerIds) : IQuery<SpeakerComparison>
{
    public const int MinSpeakers = 2;
    public const int MaxSpeakers = 5;
}

public sealed record ComparedSpeaker(int Id, string Name, IReadOnlyList<VerdictCount> Verdicts, IReadOnlyList<TimelinePoint> Timeline)
{
    public int Total => Verdicts.Sum(v => v.Count);
    /// <summary>Statements with a published verdict (see <see cref="PublishedVerdict"/>).</summary>
    public int Rated => Verdicts.Where(v => v.Verdict is not null).Sum(v => v.Count);
    public int InProgress => Verdicts.CountOf(VerdictBucket.Pending);
}

/// <summary>Speakers in the order asked for; every timeline has the same buckets.</summary>
public sealed record SpeakerComparison(TimeBucket Bucket, IReadOnlyList<ComparedSpeaker> Speakers);

public sealed class CompareSpeakersValidator : AbstractValidator<CompareSpeakers>
{
    public CompareSpeakersValidator()
    {
        RuleFor(q => q.SpeakerIds).NotNull()
            .Must(ids => ids.Distinct().Count() is >= CompareSpeakers.MinSpeakers and <= CompareSpeakers.MaxSpeakers)
            .WithMessage($"Pick {CompareSpeakers.MinSpeakers} to {CompareSpeakers.MaxSpeakers} different speakers.");
    }
}

internal sealed class CompareSpeakersHandler(IClaimTrackerDb db) : IRequestHandler<CompareSpeakers, SpeakerComparison>
{
    public async Task<SpeakerComparison> Handle(CompareSpeakers request, CancellationToken cancellationToken)
    {
        var ids = request.SpeakerIds.Distinct().ToList();
        // One query over the read model: each speaker's rows (the same counts as their own page), by month and bucket.
        var stored = await db.SpeakerVerdictStats.AsNoTracking()
            .Where(r => ids.Contains(r.SpeakerId) && r.PublisherId == StatsDesk.OurDesk)
            .Select(r => new { r.SpeakerId, r.Month, r.Bucket, r.Count })
            .ToListAsync(cancellationToken);
        var rows = stored.Select(r =>
        {
            var c = StatsBucket.ToCount(r.Bucket, r.Count);
            return new { Who = r.SpeakerId, Year = StatsMonth.Year(r.Month), Month = StatsMonth.MonthOfYear(r.Month), c.Verdict, c.InProgress, c.Count };
        }).ToList();

        var names = await db.Speakers.AsNoTracking().Where(s => ids.Contains(s.Id))
            .Select(s => new { s.Id, s.Name }).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        var missing = ids.FirstOrDefault(id => !names.ContainsKey(id));
        if (missing != 0)
        {
            throw new NotFoundException("Speaker", missing);
        }

        var all = rows.Select(r => new MonthCount(r.Year, r.Month, r.Verdict, r.InProgress, r.Count)).ToList();
        var (bucket, _) = Timeline.Build(all);
        var first = all.Count == 0 ? 0 : all.Min(r => (r.Year * 12) + r.Month - 1);
        var last = all.Count == 0 ? -1 : all.Max(r => (r.Year * 12) + r.Month - 1);

        var speakers = ids.Select(id =>
        {
            var mine = rows.Where(r => r.Who == id).Select(r => new MonthCount(r.Year, r.Month, r.Verdict, r.InProgress, r.Count)).ToList();
            return new ComparedSpeaker(
                id,
                names[id],
                Verdicts.Complete(mine.Select(r => new VerdictCount(r.Verdict, r.Count, r.InProgress))),
                all.Count == 0 ? [] : Timeline.Points(mine, bucket, first, last));
        }).ToList();
        return new SpeakerComparison(bucket, speakers);
    }
}
