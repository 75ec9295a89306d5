using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Reviews;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Stats;

/// <summary>How many statements wait in each work queue for the member asking: the "your queue" panel on the home page.</summary>
[AllowedRoles(RoleSet.Readers)]
public sealed record GetMyQueueCounts : IQuery<IReadOnlyList<QueueCount>>;

public sealed record QueueCount(ReviewQueue Queue, int Count);

internal sealed class GetMyQueueCountsHandler(IClaimTrackerDb db, ICurrentUser user) : IRequestHandler<GetMyQueueCounts, IReadOnlyList<QueueCount>>
{
    public async Task<IReadOnlyList<QueueCount>> Handle(GetMyQueueCounts request, CancellationToken cancellationToken)
    {
        // The queues' own rule (WorkQueues.Of), counted; four small counts on indexed columns.
        var counts = new List<QueueCount>();
        foreach (var queue in Enum.GetValues<ReviewQueue>())
        {
            counts.Add(new QueueCount(queue, await WorkQueues.Of(db.Statements.AsNoTracking(), queue, user.UserId).CountAsync(cancellationToken)));
        }
        return counts;
    }
}
