using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Auditing;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Domain.Annotations;
using FluentValidation;
using MediatR;

namespace ClaimTracker.Application.Annotations;

/// <summary>Rewrites a note's text. Only its author or an editor may.</summary>
[AllowedRoles(RoleSet.Writers)]
[Audited("edited a note")]
public sealed record EditAnnotation(int AnnotationId, Guid Version, string? Body) : ICommand<Unit>;

public sealed class EditAnnotationValidator : AbstractValidator<EditAnnotation>
{
    public EditAnnotationValidator()
    {
        RuleFor(c => c.Body).MaximumLength(Annotation.BodyMaxLength).WithMessage($"A note can be at most {Annotation.BodyMaxLength} characters.");
    }
}

internal sealed class EditAnnotationHandler(IClaimTrackerDb db, ICurrentUser user) : IRequestHandler<EditAnnotation, Unit>
{
    public async Task<Unit> Handle(EditAnnotation request, CancellationToken cancellationToken)
    {
        var annotation = await AnnotationRules.LoadAsync(db, request.AnnotationId, cancellationToken);
        AnnotationRules.MustOwn(annotation, user);
        Concurrency.Expect(db, annotation, request.Version, "The note");
        annotation.Body = Text.OrNull(request.Body);
        return Unit.Value;
    }
}
