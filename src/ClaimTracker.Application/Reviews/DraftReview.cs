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
[AllowedRoles(Roles.Analyst, Roles.Editor)]
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

internal sealed class DraftReviewHandler(IClaimTrackerDb db, ICurrentUser user) : IRequestHandler<DraftReview, Unit>
{
    public async Task<Unit> Handle(DraftReview request, CancellationToken cancellationToken)
    {
        var exists = await db.Reviews.AnyAsync(r => r.StatementId == request.StatementId, cancellationToken);
        if (!exists)
        {
            var review = new Review { StatementId = request.StatementId, Status = ReviewStatus.Draft, OwnerId = user.UserId, OwnerName = user.UserName };
            request.Review.ApplyTo(review);
            db.Reviews.Add(review);
            return Unit.Value;
        }
        if (request.Version is not { } version)
        {
            throw new ConcurrencyConflictException("The review");
        }

        var existing = await ReviewRules.LoadAsync(db, request.StatementId, version, cancellationToken);
        if (existing.IsPublished)
        {
            throw RequestValidationException.For(nameof(request.Review), "This review is published: change it through a correction with a note.");
        }
        if (!existing.MayBeChangedBy(user.UserId, user.IsInRole(Roles.Editor)))
        {
            throw new ForbiddenException("Only the analyst who drafted this review, or an editor, can change it.");
        }
        request.Review.ApplyTo(existing);
        return Unit.Value;
    }
}
