using ClaimTracker.Application.Accounts;
using ClaimTracker.Application.Annotations;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Reviews;
using ClaimTracker.Domain.Annotations;
using ClaimTracker.Domain.Reviews;

namespace ClaimTracker.Application.Tests.Support;

/// <summary>Builds review, annotation and account states through the use cases, for tests of what comes next.</summary>
public static class Workflow
{
    public const string StrongPassword = "a long enough passphrase";

    public static ReviewInput Verdict(Rating rating = Rating.False, string rationale = "India denied any such request the same night.") => new()
    {
        Rating = rating,
        Rationale = rationale,
        Evidence = [new EvidenceInput("Ministry statement", "https://example.org/denial", null, EvidenceStance.Refutes)],
    };

    /// <summary>A new statement with a draft review written by <paramref name="author"/> (an analyst unless said).</summary>
    public static async Task<int> DraftedStatementAsync(this TestDatabase db, string author = Roles.Analyst, string quote = "A claim waiting for its verdict")
    {
        var id = await db.CreateStatementAsync(quote);
        await db.SendAs(author, new DraftReview(id, null, Verdict()));
        return id;
    }

    public static async Task<Guid> ReviewVersionAsync(this TestDatabase db, int statementId) =>
        (await db.GetStatementAsync(statementId)).Review!.Version;

    public static async Task<int> PublishedStatementAsync(this TestDatabase db, string quote = "A claim with a published verdict")
    {
        var id = await db.DraftedStatementAsync(Roles.Analyst, quote);
        await db.SendAs(Roles.Editor, new PublishReview(id, await db.ReviewVersionAsync(id)));
        return id;
    }

    /// <summary>A comment on the first word of a new statement's quote, written by <paramref name="author"/>.</summary>
    public static async Task<(int StatementId, int AnnotationId)> AnnotatedStatementAsync(
        this TestDatabase db, string author = Roles.Analyst, string quote = "Nobody ever asked me to mediate anything")
    {
        var id = await db.CreateStatementAsync(quote);
        var annotation = await db.SendAs(author, new AnnotateQuote(id, 0, 6, AnnotationKind.Question, "Who is nobody?"));
        return (id, annotation);
    }

    public static async Task<AnnotationThread> AnnotationAsync(this TestDatabase db, int statementId, int annotationId) =>
        (await db.SendAs(Roles.Viewer, new ListAnnotations(statementId))).Threads.Single(t => t.Id == annotationId);

    public static Task<string> CreateMemberAsync(this TestDatabase db, string role = Roles.Viewer, string? email = null) =>
        db.SendAs(Roles.Admin, new CreateAccount(email ?? $"member-{Guid.NewGuid():N}@desk.test", "A member", StrongPassword, [role]));
}
