using ClaimTracker.Application.Common;
using ClaimTracker.Application.Stats.ReadModel;
using ClaimTracker.Application.Common.Security;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Stats;

/// <summary>The topics a speaker talks about most, by number of their statements carrying each.</summary>
[AllowedRoles(RoleSet.Readers)]
public sealed record GetSpeakerTopics(int SpeakerId, int Top = 8) : IQuery<IReadOnlyList<TopicCount>>;

public sealed record TopicCount(int TopicId, string Name, int Count);

public sealed class GetSpeakerTopicsValidator : AbstractValidator<GetSpeakerTopics>
{
    public GetSpeakerTopicsValidator()
    {
        RuleFor(q => q.Top).InclusiveBetween(1, 50).WithMessage("Show between 1 and 50 topics.");
    }
}

internal sealed class GetSpeakerTopicsHandler(IClaimTrackerDb db) : IRequestHandler<GetSpeakerTopics, IReadOnlyList<TopicCount>>
{
    public Task<IReadOnlyList<TopicCount>> Handle(GetSpeakerTopics request, CancellationToken cancellationToken) =>
        StatsReader.TopicsAsync(db, request.SpeakerId, request.Top, StatsPeriod.Always, cancellationToken);
}
