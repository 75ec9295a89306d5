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
/// How a speaker's statements were rated, by published verdict (<see cref="PublishedVerdict"/>), with "in progress"
/// and "unrated" as their own buckets: the donut on the speaker page.
/// </summary>
[AllowedRoles(RoleSet.Readers)]
public sealed record GetSpeakerVerdicts(int SpeakerId) : IQuery<VerdictDistribution>
{
    /// <summary>Whose verdicts: ours (the default), everyone's, or one outside publisher's (the speaker page's switch).</summary>
    public PublisherFilter Publisher { get; init; } = PublisherFilter.Ours;
}

/// <summary>Every verdict bucket in scale order, zeros included; "in progress" and "unrated" last.</summary>
public sealed record VerdictDistribution(IReadOnlyList<VerdictCount> Counts)
{
    public int Total => Counts.Sum(c => c.Count);
    /// <summary>Statements with a published verdict.</summary>
    public int Rated => Counts.Where(c => c.Verdict is not null).Sum(c => c.Count);
    public int InProgress => Counts.CountOf(VerdictBucket.Pending);
}

public sealed class GetSpeakerVerdictsValidator : AbstractValidator<GetSpeakerVerdicts>
{
    public GetSpeakerVerdictsValidator()
    {
        RuleFor(q => q.Publisher).Must(p => p.PublisherId is null or > 0).WithMessage(PublisherFilter.Problem);
    }
}

internal sealed class GetSpeakerVerdictsHandler(IClaimTrackerDb db) : IRequestHandler<GetSpeakerVerdicts, VerdictDistribution>
{
    public async Task<VerdictDistribution> Handle(GetSpeakerVerdicts request, CancellationToken cancellationToken) =>
        // The read model's rows for the speaker (a few hundred at most), summed by bucket.
        new(await StatsReader.VerdictsAsync(db, request.SpeakerId, request.Publisher, StatsPeriod.Always, cancellationToken));
}
