using ClaimTracker.Application.Common;
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
[AllowedRoles(Roles.Viewer, Roles.Analyst, Roles.Editor, Roles.Admin)]
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
    public async Task<IReadOnlyList<RebutterCount>> Handle(GetSpeakerRebutters request, CancellationToken cancellationToken)
    {
        var id = request.SpeakerId;
        return await db.StatementLinks.AsNoTracking()
            .Where(l => l.Relation == LinkRelation.Rebuts
                && (l.ToStatement.SpeakerId == id || l.ToStatement.OnBehalfOfId == id)
                && l.FromStatement.SpeakerId != l.ToStatement.SpeakerId)
            .GroupBy(l => new { l.FromStatement.SpeakerId, l.FromStatement.Speaker.Name })
            .Select(g => new RebutterCount(g.Key.SpeakerId, g.Key.Name, g.Count()))
            .OrderByDescending(r => r.Rebuttals).ThenBy(r => r.Name)
            .Take(request.Top)
            .ToListAsync(cancellationToken);
    }
}
