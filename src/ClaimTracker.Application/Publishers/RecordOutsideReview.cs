using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Auditing;
using ClaimTracker.Application.Common.Security;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Publishers;

/// <summary>
/// Records another organisation's fact-check of a statement (creating the publisher if it is new), rated on our
/// scale through the publisher's label mapping. Returns the outside review's id.
/// </summary>
[AllowedRoles(RoleSet.Writers)]
[Audited("recorded an outside fact-check")]
public sealed record RecordOutsideReview(int StatementId, OutsideReviewInput Review) : ICommand<int>;

public sealed class RecordOutsideReviewValidator : AbstractValidator<RecordOutsideReview>
{
    public RecordOutsideReviewValidator(OutsideReviewInputValidator input)
    {
        RuleFor(c => c.Review).NotNull().SetValidator(input);
    }
}

internal sealed class RecordOutsideReviewHandler(IClaimTrackerDb db) : IRequestHandler<RecordOutsideReview, int>
{
    public async Task<int> Handle(RecordOutsideReview request, CancellationToken cancellationToken)
    {
        if (!await db.Statements.AnyAsync(s => s.Id == request.StatementId, cancellationToken))
        {
            throw new NotFoundException("Statement", request.StatementId);
        }
        var recorded = await OutsideReviews.Record(db, request.StatementId, request.Review, cancellationToken: cancellationToken);
        // Saved here, inside the command's transaction, to learn the new id the caller gets back.
        await db.SaveChangesAsync(cancellationToken);
        return recorded.Review.Id;
    }
}
