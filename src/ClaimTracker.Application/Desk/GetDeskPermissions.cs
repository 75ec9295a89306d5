using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using MediatR;

namespace ClaimTracker.Application.Desk;

/// <summary>
/// What the member may add to the desk, for the "Add ..." buttons of the lists. Computed from the requests' own
/// declarations (<see cref="IPermissions"/>), so the buttons appear exactly when the server would accept the request.
/// </summary>
[AllowedRoles(RoleSet.Readers)]
public sealed record GetDeskPermissions : IQuery<DeskCan>;

internal sealed class GetDeskPermissionsHandler(IPermissions permissions) : IRequestHandler<GetDeskPermissions, DeskCan>
{
    public Task<DeskCan> Handle(GetDeskPermissions request, CancellationToken cancellationToken) => Task.FromResult(permissions.ForDesk());
}
