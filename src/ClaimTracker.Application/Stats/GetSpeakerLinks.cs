using ClaimTracker.Application.Common;
using ClaimTracker.Application.Stats.ReadModel;
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
    public Task<SpeakerLinkStats> Handle(GetSpeakerLinks request, CancellationToken cancellationToken) =>
        StatsReader.LinksAsync(db, request.SpeakerId, StatsPeriod.Always, cancellationToken);
}
