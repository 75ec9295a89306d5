using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Auditing;
using ClaimTracker.Application.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Annotations;

/// <summary>Removes a note with its replies. A link made with a contradiction stays: it is a finding of its own.</summary>
[AllowedRoles(RoleSet.Writers)]
[Audited("deleted a note")]
public sealed record DeleteAnnotation(int AnnotationId) : ICommand<Unit>;

internal sealed class DeleteAnnotationHandler(IClaimTrackerDb db, ICurrentUser user) : IRequestHandler<DeleteAnnotation, Unit>
{
    public async Task<Unit> Handle(DeleteAnnotation request, CancellationToken cancellationToken)
    {
        var annotation = await AnnotationRules.LoadAsync(db, request.AnnotationId, cancellationToken);
        AnnotationRules.MustOwn(annotation, user);
        // Replies and their note in one save by the unit of work: EF deletes the replies first.
        db.Annotations.RemoveRange(await db.Annotations.Where(a => a.ParentId == annotation.Id).ToListAsync(cancellationToken));
        db.Annotations.Remove(annotation);
        return Unit.Value;
    }
}
