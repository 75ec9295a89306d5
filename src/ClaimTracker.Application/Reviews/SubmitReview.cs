using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Auditing;
using ClaimTracker.Application.Common.Changes;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Domain.Reviews;
using MediatR;

namespace ClaimTracker.Application.Reviews;

/// <summary>Sends a draft to the editors: Draft to In review.</summary>
[AllowedRoles(RoleSet.Writers)]
[Audited("sent the verdict for review")]
public sealed record SubmitReview(int StatementId, Guid Version) : ICommand<Unit>, ITouchesStatements<Unit>
{
    public IEnumerable<int> TouchedStatementIds(Unit response) => [StatementId];
}


internal sealed class SubmitReviewHandler(IClaimTrackerDb db, ICurrentUser user, ReviewOptions options) : IRequestHandler<SubmitReview, Unit>
{
    public async Task<Unit> Handle(SubmitReview request, CancellationToken cancellationToken)
    {
        var review = await ReviewRules.LoadAsync(db, request.StatementId, request.Version, cancellationToken);
        review.Submit(ReviewRules.Actor(user, options));
        return Unit.Value;
    }
}
