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
    public async Task<IReadOnlyList<RebutterCount>> Handle(GetSpeakerRebutters request, CancellationToken cancellationToken)
    {
        var id = request.SpeakerId;
        // Counted per rebutting speaker in a subquery, then joined to the speakers for their names.
        var counts =
            from l in db.StatementLinks.AsNoTracking()
            join responding in db.Statements on l.FromStatementId equals responding.Id
            join target in SpeakerStatements.Of(db.Statements, id) on l.ToStatementId equals target.Id
            where l.Relation == LinkRelation.Rebuts && responding.SpeakerId != target.SpeakerId
            group l by responding.SpeakerId into g
            select new { SpeakerId = g.Key, Count = g.Count() };
        var ranked =
            from c in counts
            join speaker in db.Speakers on c.SpeakerId equals speaker.Id
            orderby c.Count descending, speaker.Name
            select new RebutterCount(speaker.Id, speaker.Name, c.Count);
        return await ranked.Take(request.Top).ToListAsync(cancellationToken);
    }
}
