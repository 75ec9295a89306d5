using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Auditing;
using ClaimTracker.Application.Common.Changes;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Domain.Reviews;
using FluentValidation;
using MediatR;

namespace ClaimTracker.Application.Reviews;

/// <summary>
/// Changes a published review in the open. The note tells readers what changed and why; the earlier version stays
/// in the corrections log.
/// </summary>
[AllowedRoles(RoleSet.Editors)]
[Audited("corrected the verdict")]
public sealed record CorrectReview(int StatementId, Guid Version, ReviewInput Review, string Note) : ICommand<Unit>, ITouchesStatements<Unit>
{
    public IEnumerable<int> TouchedStatementIds(Unit response) => [StatementId];
}


public sealed class CorrectReviewValidator : AbstractValidator<CorrectReview>
{
    public CorrectReviewValidator(ReviewInputValidator input)
    {
        RuleFor(c => c.Review).NotNull().SetValidator(input);
        RuleFor(c => c.Note).NotEmpty().WithMessage("Say what the correction changes and why; readers see this note.")
            .MaximumLength(ReviewRevision.NoteMaxLength).WithMessage($"The correction note can be at most {ReviewRevision.NoteMaxLength} characters.");
    }
}

internal sealed class CorrectReviewHandler(IClaimTrackerDb db, ICurrentUser user, ReviewOptions options, IClock clock)
    : IRequestHandler<CorrectReview, Unit>
{
    public async Task<Unit> Handle(CorrectReview request, CancellationToken cancellationToken)
    {
        var review = await ReviewRules.LoadAsync(db, request.StatementId, request.Version, cancellationToken);
        var verdict = request.Review.ToVerdict();
        // The snapshot is taken from the statement and the statements the corrected evidence cites, as they read now.
        var shown = await ReviewRules.PublicRecordAsync(db, review.StatementId, verdict.Evidence, cancellationToken);
        review.Correct(ReviewRules.Actor(user, options), verdict, request.Note.Trim(), shown, clock.UtcNow);
        return Unit.Value;
    }
}
