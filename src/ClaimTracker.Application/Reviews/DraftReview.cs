using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Auditing;
using ClaimTracker.Application.Common.Changes;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Domain.Reviews;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Reviews;

/// <summary>
/// Starts or edits the draft review of a statement. The analyst who drafted it, or an editor, may change it until
/// it is published; after that only a correction can. <see cref="Version"/> is null when no review exists yet.
/// </summary>
[AllowedRoles(RoleSet.Writers)]
[Audited("drafted the verdict")]
public sealed record DraftReview(int StatementId, Guid? Version, ReviewInput Review) : ICommand<Unit>, ITouchesStatements<Unit>
{
    public IEnumerable<int> TouchedStatementIds(Unit response) => [StatementId];
}


public sealed class DraftReviewValidator : AbstractValidator<DraftReview>
{
    public DraftReviewValidator(IClaimTrackerDb db, ReviewInputValidator input)
    {
        RuleFor(c => c.Review).NotNull().SetValidator(input);
        RuleFor(c => c.StatementId).MustAsync((id, ct) => db.Statements.AnyAsync(s => s.Id == id, ct))
            .WithMessage("The statement does not exist.");
    }
}

internal sealed class DraftReviewHandler(IClaimTrackerDb db, ICurrentUser user, ReviewOptions options) : IRequestHandler<DraftReview, Unit>
{
    public async Task<Unit> Handle(DraftReview request, CancellationToken cancellationToken)
    {
        var actor = ReviewRules.Actor(user, options);
        var exists = await db.Reviews.AnyAsync(r => r.StatementId == request.StatementId, cancellationToken);
        if (!exists)
        {
            db.Reviews.Add(Review.Draft(request.StatementId, actor, request.Review.ToVerdict()));
            return Unit.Value;
        }
        if (request.Version is not { } version)
        {
            throw new ConcurrencyConflictException("The review");
        }

        var existing = await ReviewRules.LoadAsync(db, request.StatementId, version, cancellationToken);
        existing.EditDraft(actor, request.Review.ToVerdict());
        return Unit.Value;
    }
}
