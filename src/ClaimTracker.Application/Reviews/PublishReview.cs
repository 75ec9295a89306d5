using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Auditing;
using ClaimTracker.Application.Common.Changes;
using ClaimTracker.Application.Common.Security;
using MediatR;

namespace ClaimTracker.Application.Reviews;

/// <summary>
/// An editor publishes the verdict with the statement as it reads now: from then on the public sees that copy, and
/// it changes only by correction. By default (four eyes) only a verdict in review, and not by the member who drafted it.
/// </summary>
[AllowedRoles(RoleSet.Editors)]
[Audited("published the verdict")]
public sealed record PublishReview(int StatementId, Guid Version) : ICommand<Unit>, ITouchesStatements<Unit>
{
    public IEnumerable<int> TouchedStatementIds(Unit response) => [StatementId];
}


internal sealed class PublishReviewHandler(IClaimTrackerDb db, ICurrentUser user, ReviewOptions options, IClock clock)
    : IRequestHandler<PublishReview, Unit>
{
    public async Task<Unit> Handle(PublishReview request, CancellationToken cancellationToken)
    {
        var review = await ReviewRules.LoadAsync(db, request.StatementId, request.Version, cancellationToken);
        var shown = await ReviewRules.PublicRecordAsync(db, review.StatementId, review.Evidence, cancellationToken);
        review.Publish(ReviewRules.Actor(user, options), shown, clock.UtcNow);
        return Unit.Value;
    }
}
