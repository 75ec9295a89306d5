using ClaimTracker.Application.Accounts;
using ClaimTracker.Application.Annotations;
using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Reviews;
using ClaimTracker.Application.Statements;
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

    public static async Task<ReviewDetails> ReviewAsync(this TestDatabase db, int statementId) =>
        (await db.GetStatementAsync(statementId)).Review!;

    /// <summary>A new statement whose draft review the analyst has sent to the editors.</summary>
    public static async Task<int> SubmittedStatementAsync(this TestDatabase db, string quote = "A claim waiting for an editor")
    {
        var id = await db.DraftedStatementAsync(Roles.Analyst, quote);
        await db.SendAs(Roles.Analyst, new SubmitReview(id, await db.ReviewVersionAsync(id)));
        return id;
    }

    /// <summary>Every statement id in a work queue as <paramref name="role"/> sees it, walked page by page.</summary>
    public static Task<List<int>> QueueAsync(this TestDatabase db, ReviewQueue queue, string role = Roles.Analyst, int pageSize = 5) =>
        QueueOfAsync(queue, pageSize, request => db.SendAs(role, request));

    /// <summary>Like <see cref="QueueAsync"/>, as the member <paramref name="userId"/>.</summary>
    public static Task<List<int>> QueueOfMemberAsync(this TestDatabase db, string userId, ReviewQueue queue, string role = Roles.Analyst, int pageSize = 5) =>
        QueueOfAsync(queue, pageSize, request => db.SendAsMember(userId, role, request));

    private static async Task<List<int>> QueueOfAsync(
        ReviewQueue queue, int pageSize, Func<ListReviewQueue, Task<Page<StatementSummary>>> send) =>
        (await Pages.WalkAsync(pageSize, after => send(new ListReviewQueue(queue) { PageSize = pageSize, After = after })))
            .Select(s => s.Id).ToList();

    /// <summary>A new statement whose analyst-drafted verdict went through review and an editor published.</summary>
    public static async Task<int> PublishedStatementAsync(this TestDatabase db, string quote = "A claim with a published verdict")
    {
        var id = await db.SubmittedStatementAsync(quote);
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

    /// <summary>Annotates the first occurrence of <paramref name="words"/> in the statement's quote as it reads now.</summary>
    public static async Task<int> AnnotateWordsAsync(
        this TestDatabase db, int statementId, string words, AnnotationKind kind = AnnotationKind.Comment, string? body = "A note on these words",
        string author = Roles.Analyst, AnnotationLinkInput? linkTo = null)
    {
        var quote = (await db.GetStatementAsync(statementId)).Quote;
        var start = quote.IndexOf(words, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{words}' is not in the quote '{quote}'.");
        return await db.SendAs(author, new AnnotateQuote(statementId, start, start + words.Length, kind, body) { LinkTo = linkTo });
    }

    public static async Task<AnnotationThread> AnnotationAsync(this TestDatabase db, int statementId, int annotationId) =>
        (await db.SendAs(Roles.Viewer, new ListAnnotations(statementId))).Threads.Single(t => t.Id == annotationId);

    public static Task<string> CreateMemberAsync(this TestDatabase db, string role = Roles.Viewer, string? email = null) =>
        db.SendAs(Roles.Admin, new CreateAccount(email ?? $"member-{Guid.NewGuid():N}@desk.test", "A member", StrongPassword, [role]));
}
