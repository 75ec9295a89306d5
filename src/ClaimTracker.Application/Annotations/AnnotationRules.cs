using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Domain.Annotations;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Annotations;

internal static class AnnotationRules
{
    public static async Task<Annotation> LoadAsync(IClaimTrackerDb db, int id, CancellationToken ct) =>
        await db.Annotations.SingleOrDefaultAsync(a => a.Id == id, ct) ?? throw new NotFoundException("Annotation", id);

    /// <summary>An analyst changes only their own notes; an editor may change anyone's.</summary>
    public static void MustOwn(Annotation annotation, ICurrentUser user)
    {
        if (!Owns(annotation.OwnerId, user))
        {
            throw new ForbiddenException("Only the person who wrote this note, or an editor, can change it.");
        }
    }

    /// <summary>The ownership rule on its own, for the permissions the UI is given.</summary>
    public static bool Owns(string? ownerId, ICurrentUser user) =>
        user.IsInRole(Roles.Editor) || (user.UserId is not null && user.UserId == ownerId);
}
