using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Statements;
using ClaimTracker.Domain.Statements;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Stats;

/// <summary>
/// How a speaker's statements are linked: how many were rebutted, confirmed or contradicted by others, how many
/// take part in a self-contradiction, and how many repeat an earlier claim. Each statement counts once per
/// category; each category is exactly what the statement list shows for the same link kind and scope.
/// </summary>
[AllowedRoles(RoleSet.Readers)]
public sealed record GetSpeakerLinks(int SpeakerId) : IQuery<SpeakerLinkStats>;

/// <summary>One category: statements with a link of <see cref="Relation"/> in <see cref="Scope"/>.</summary>
public sealed record LinkCategoryCount(LinkRelation Relation, LinkScope Scope, int Count);

public sealed record SpeakerLinkStats(int Total, IReadOnlyList<LinkCategoryCount> Categories);

internal sealed class GetSpeakerLinksHandler(IClaimTrackerDb db) : IRequestHandler<GetSpeakerLinks, SpeakerLinkStats>
{
    public static readonly IReadOnlyList<(LinkRelation Relation, LinkScope Scope)> Categories =
    [
        (LinkRelation.Rebuts, LinkScope.FromOthers),
        (LinkRelation.Confirms, LinkScope.FromOthers),
        (LinkRelation.Contradicts, LinkScope.FromOthers),
        (LinkRelation.Contradicts, LinkScope.OwnWords),
        (LinkRelation.Repeats, LinkScope.Outgoing),
    ];

    public async Task<SpeakerLinkStats> Handle(GetSpeakerLinks request, CancellationToken cancellationToken)
    {
        // One row per statement with a 0/1 flag per category (EXISTS on the link indexes), summed in the same SQL.
        var row = await SpeakerStatements.Of(db.Statements.AsNoTracking(), request.SpeakerId)
            .Select(s => new
            {
                Rebutted = s.IncomingLinks.Any(l => l.Relation == LinkRelation.Rebuts && l.FromStatement.SpeakerId != s.SpeakerId) ? 1 : 0,
                Confirmed = s.IncomingLinks.Any(l => l.Relation == LinkRelation.Confirms && l.FromStatement.SpeakerId != s.SpeakerId) ? 1 : 0,
                Contradicted = s.IncomingLinks.Any(l => l.Relation == LinkRelation.Contradicts && l.FromStatement.SpeakerId != s.SpeakerId) ? 1 : 0,
                SelfContradiction = s.OutgoingLinks.Any(l => l.Relation == LinkRelation.Contradicts && l.ToStatement.SpeakerId == s.SpeakerId)
                    || s.IncomingLinks.Any(l => l.Relation == LinkRelation.Contradicts && l.FromStatement.SpeakerId == s.SpeakerId) ? 1 : 0,
                Repeats = s.OutgoingLinks.Any(l => l.Relation == LinkRelation.Repeats) ? 1 : 0,
            })
            .GroupBy(_ => 1)
            .Select(g => new
            {
                Total = g.Count(),
                Rebutted = g.Sum(x => x.Rebutted),
                Confirmed = g.Sum(x => x.Confirmed),
                Contradicted = g.Sum(x => x.Contradicted),
                SelfContradiction = g.Sum(x => x.SelfContradiction),
                Repeats = g.Sum(x => x.Repeats),
            })
            .SingleOrDefaultAsync(cancellationToken);

        int[] counts = row is null ? [0, 0, 0, 0, 0] : [row.Rebutted, row.Confirmed, row.Contradicted, row.SelfContradiction, row.Repeats];
        return new SpeakerLinkStats(
            row?.Total ?? 0,
            Categories.Select((c, i) => new LinkCategoryCount(c.Relation, c.Scope, counts[i])).ToList());
    }
}
