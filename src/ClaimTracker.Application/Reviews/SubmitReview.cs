using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Auditing;
using ClaimTracker.Application.Common.Changes;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Domain.Reviews;
using MediatR;

namespace ClaimTracker.Application.Reviews;

/// <summary>Sends a draft to the editors: Draft to In review.</summary>
[AllowedRoles(Roles.Analyst, Roles.Editor)]
[Audited("sent the verdict for review")]
public sealed record SubmitReview(int StatementId, Guid Version) : ICommand<Unit>, ITouchesStatements<Unit>
{
    public IEnumerable<int> TouchedStatementIds(Unit response) => [StatementId];
}


internal sealed class SubmitReviewHandler(IClaimTrackerDb db, ICurrentUser user) : IRequestHandler<SubmitReview, Unit>
{
    public async Task<Unit> Handle(SubmitReview request, CancellationToken cancellationToken)
    {
        var review = await ReviewRules.LoadAsync(db, request.StatementId, request.Version, cancellationToken);
        if (review.Status != ReviewStatus.Draft)
        {
            throw RequestValidationException.For("Status", "Only a draft can be sent for review.");
        }
        if (!review.MayBeChangedBy(user.UserId, user.IsInRole(Roles.Editor)))
        {
            throw new ForbiddenException("Only the analyst who drafted this review, or an editor, can send it for review.");
        }
        review.Status = ReviewStatus.InReview;
        return Unit.Value;
    }
}
