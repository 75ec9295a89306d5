using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Auditing;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Domain.Annotations;
using FluentValidation;
using MediatR;

namespace ClaimTracker.Application.Annotations;

/// <summary>Answers a note; replies form a thread under it. Returns the reply's id.</summary>
[AllowedRoles(RoleSet.Writers)]
[Audited("replied to a note")]
public sealed record ReplyToAnnotation(int AnnotationId, string Body) : ICommand<int>;

public sealed class ReplyToAnnotationValidator : AbstractValidator<ReplyToAnnotation>
{
    public ReplyToAnnotationValidator()
    {
        RuleFor(c => c.Body).NotEmpty().WithMessage("Write the reply.")
            .MaximumLength(Annotation.BodyMaxLength).WithMessage($"A reply can be at most {Annotation.BodyMaxLength} characters.");
    }
}

internal sealed class ReplyToAnnotationHandler(IClaimTrackerDb db, ICurrentUser user) : IRequestHandler<ReplyToAnnotation, int>
{
    public async Task<int> Handle(ReplyToAnnotation request, CancellationToken cancellationToken)
    {
        var parent = await AnnotationRules.LoadAsync(db, request.AnnotationId, cancellationToken);
        // Threads are one level deep: a reply to a reply joins the same thread.
        var reply = new Annotation
        {
            StatementId = parent.StatementId,
            ParentId = parent.ParentId ?? parent.Id,
            Kind = AnnotationKind.Comment,
            Body = request.Body.Trim(),
            OwnerId = user.UserId,
            OwnerName = user.UserName,
        };
        db.Annotations.Add(reply);
        // Saved here, inside the command's transaction, to learn the new id the caller gets back.
        await db.SaveChangesAsync(cancellationToken);
        return reply.Id;
    }
}
