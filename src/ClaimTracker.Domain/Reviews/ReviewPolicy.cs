using ClaimTracker.Domain.Common;

namespace ClaimTracker.Domain.Reviews;

/// <summary>Who is acting on a review, and whether the desk wants a second editor to publish (four eyes).</summary>
public sealed record ReviewActor(string? UserId, string? UserName, bool IsEditor, bool RequireSecondEditor);

/// <summary>The review workflow's steps.</summary>
public enum ReviewAction
{
    EditDraft = 0,
    Submit = 1,
    Publish = 2,
    Correct = 3,
}

/// <summary>
/// The status and ownership rules of the review workflow, in one place: the <see cref="Review"/> entity enforces
/// them, and the permissions offered to the UI are computed from them, so a button is never offered that the
/// entity would refuse. Who holds which role is declared on the requests and checked before this.
/// </summary>
public static class ReviewPolicy
{
    /// <summary>Null when <paramref name="actor"/> may take the step on a review in <paramref name="status"/> drafted by <paramref name="ownerId"/>.</summary>
    public static DeskRuleViolation? Check(ReviewAction action, ReviewStatus status, string? ownerId, ReviewActor actor)
    {
        var owns = actor.IsEditor || (actor.UserId is not null && actor.UserId == ownerId);
        return action switch
        {
            ReviewAction.EditDraft when status == ReviewStatus.Published =>
                State("Review", "This review is published: change it through a correction with a note."),
            ReviewAction.EditDraft when !owns =>
                Ownership("Only the analyst who drafted this review, or an editor, can change it."),
            ReviewAction.Submit when status != ReviewStatus.Draft =>
                State("Status", "Only a draft can be sent for review."),
            ReviewAction.Submit when !owns =>
                Ownership("Only the analyst who drafted this review, or an editor, can send it for review."),
            ReviewAction.Publish when status == ReviewStatus.Published =>
                State("Status", "This review is already published."),
            ReviewAction.Publish when actor.RequireSecondEditor && status != ReviewStatus.InReview =>
                State("Status", "Send the draft for review first: a verdict is published only from \"In review\"."),
            ReviewAction.Publish when actor.RequireSecondEditor && ownerId is not null && ownerId == actor.UserId =>
                Ownership("A second editor publishes this verdict: the member who drafted it cannot publish it."),
            ReviewAction.Correct when status != ReviewStatus.Published =>
                State("Status", "Only a published review is corrected; edit the draft instead."),
            _ => null,
        };
    }

    public static bool Allows(ReviewAction action, ReviewStatus status, string? ownerId, ReviewActor actor) =>
        Check(action, status, ownerId, actor) is null;

    private static DeskRuleViolation State(string field, string message) => new(DeskRuleKind.State, field, message);

    private static DeskRuleViolation Ownership(string message) => new(DeskRuleKind.Ownership, "Review", message);
}
