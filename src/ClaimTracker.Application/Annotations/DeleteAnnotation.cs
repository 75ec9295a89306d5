using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Annotations;

/// <summary>Removes a note with its replies. A link made with a contradiction stays: it is a finding of its own.</summary>
[AllowedRoles(RoleSet.Writers)]
public sealed record DeleteAnnotation(int AnnotationId) : ICommand<Unit>;

internal sealed class DeleteAnnotationHandler(IClaimTrackerDb db, ICurrentUser user) : IRequestHandler<DeleteAnnotation, Unit>
{
    public async Task<Unit> Handle(DeleteAnnotation request, CancellationToken cancellationToken)
    {
        var annotation = await AnnotationRules.LoadAsync(db, request.AnnotationId, cancellationToken);
        AnnotationRules.MustOwn(annotation, user);
        db.Annotations.RemoveRange(await db.Annotations.Where(a => a.ParentId == annotation.Id).ToListAsync(cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        db.Annotations.Remove(annotation);
        return Unit.Value;
    }
}
