using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Topics;

/// <summary>One topic by id, with its statement count: how a filter that names a topic in its address shows it.</summary>
[AllowedRoles(RoleSet.Readers)]
public sealed record GetTopic(int Id) : IQuery<TopicItem>;

internal sealed class GetTopicHandler(IClaimTrackerDb db) : IRequestHandler<GetTopic, TopicItem>
{
    public async Task<TopicItem> Handle(GetTopic request, CancellationToken cancellationToken) =>
        await db.Topics.AsNoTracking()
            .Where(t => t.Id == request.Id)
            .ToItems(db)
            .SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("Topic", request.Id);
}
