using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Auditing;
using ClaimTracker.Application.Common.Security;
using MediatR;

namespace ClaimTracker.Application.Annotations;

/// <summary>Marks a note resolved, or reopens it. Anyone who may annotate may do this.</summary>
[AllowedRoles(RoleSet.Writers)]
[Audited("resolved or reopened a note")]
public sealed record ResolveAnnotation(int AnnotationId, bool Resolved) : ICommand<Unit>;

internal sealed class ResolveAnnotationHandler(IClaimTrackerDb db) : IRequestHandler<ResolveAnnotation, Unit>
{
    public async Task<Unit> Handle(ResolveAnnotation request, CancellationToken cancellationToken)
    {
        var annotation = await AnnotationRules.LoadAsync(db, request.AnnotationId, cancellationToken);
        annotation.Resolved = request.Resolved;
        return Unit.Value;
    }
}
