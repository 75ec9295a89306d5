using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Auditing;
using ClaimTracker.Application.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Statements;

/// <summary>Removes a link; both statements stay.</summary>
[AllowedRoles(RoleSet.Writers)]
[Audited("removed a link between statements")]
public sealed record RemoveStatementLink(int LinkId) : ICommand<Unit>;

internal sealed class RemoveStatementLinkHandler(IClaimTrackerDb db) : IRequestHandler<RemoveStatementLink, Unit>
{
    public async Task<Unit> Handle(RemoveStatementLink request, CancellationToken cancellationToken)
    {
        var link = await db.StatementLinks.SingleOrDefaultAsync(l => l.Id == request.LinkId, cancellationToken)
            ?? throw new NotFoundException("Link", request.LinkId);
        db.StatementLinks.Remove(link);
        return Unit.Value;
    }
}
