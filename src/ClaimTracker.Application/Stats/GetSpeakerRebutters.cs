using ClaimTracker.Application.Common;
using ClaimTracker.Application.Stats.ReadModel;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Domain.Statements;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Stats;

/// <summary>
/// Who rebuts a speaker most: other speakers ranked by how many rebuttal links their statements make to this
/// speaker's statements. A statement rebutting two of the speaker's claims counts twice; self-rebuttals are left out
/// (they show as self-contradictions).
/// </summary>
[AllowedRoles(RoleSet.Readers)]
public sealed record GetSpeakerRebutters(int SpeakerId, int Top = 8) : IQuery<IReadOnlyList<RebutterCount>>;

public sealed record RebutterCount(int SpeakerId, string Name, int Rebuttals);

public sealed class GetSpeakerRebuttersValidator : AbstractValidator<GetSpeakerRebutters>
{
    public GetSpeakerRebuttersValidator()
    {
        RuleFor(q => q.Top).InclusiveBetween(1, 50).WithMessage("Show between 1 and 50 speakers.");
    }
}

internal sealed class GetSpeakerRebuttersHandler(IClaimTrackerDb db) : IRequestHandler<GetSpeakerRebutters, IReadOnlyList<RebutterCount>>
{
    public Task<IReadOnlyList<RebutterCount>> Handle(GetSpeakerRebutters request, CancellationToken cancellationToken) =>
        StatsReader.RebuttersAsync(db, request.SpeakerId, request.Top, StatsPeriod.Always, cancellationToken);
}
