using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Auditing;
using ClaimTracker.Application.Common.Changes;
using ClaimTracker.Application.Common.Security;
using MediatR;

namespace ClaimTracker.Application.Reviews;

/// <summary>An editor publishes the verdict: from then on the public sees it and it changes only by correction.</summary>
[AllowedRoles(Roles.Editor)]
[Audited("published the verdict")]
public sealed record PublishReview(int StatementId, Guid Version) : ICommand<Unit>, ITouchesStatements<Unit>
{
    public IEnumerable<int> TouchedStatementIds(Unit response) => [StatementId];
}


internal sealed class PublishReviewHandler(IClaimTrackerDb db, ICurrentUser user, IClock clock) : IRequestHandler<PublishReview, Unit>
{
    public async Task<Unit> Handle(PublishReview request, CancellationToken cancellationToken)
    {
        var review = await ReviewRules.LoadAsync(db, request.StatementId, request.Version, cancellationToken);
        if (review.IsPublished)
        {
            throw RequestValidationException.For("Status", "This review is already published.");
        }
        review.Publish(clock.UtcNow, user.UserName);
        return Unit.Value;
    }
}
