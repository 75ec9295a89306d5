using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Reviews;
using ClaimTracker.Application.Statements;
using ClaimTracker.Application.Tests.Support;
using ClaimTracker.Domain.Reviews;
using ClaimTracker.Domain.Statements;

namespace ClaimTracker.Application.Tests.Reviews;

/// <summary>
/// The four work queues over one desk: statements in every state are built first, then each queue must hold exactly
/// the right ones (the seeded statements in their seeded states, plus those built here).
/// </summary>
public sealed class ReviewQueueTests(SeededDatabase db) : IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task Each_queue_holds_exactly_the_statements_in_its_state()
    {
        var desk = await DeskAsync();
        // Other tests of this class add statements to the same database: only seeded and built ones are compared.
        var known = desk.Built.Concat(await SeededAsync(_ => true)).ToHashSet();
        async Task<List<int>> Queue(ReviewQueue queue, string role) => Sorted((await db.QueueAsync(queue, role)).Where(known.Contains));

        Assert.Equal(Sorted(desk.Unreviewed.Concat(await SeededAsync(s => s.ReviewStatus is null))), await Queue(ReviewQueue.Unreviewed, Roles.Viewer));
        Assert.Equal(
            Sorted(desk.Submitted.Concat(await SeededAsync(s => s.ReviewStatus == nameof(ReviewStatus.InReview)))),
            await Queue(ReviewQueue.AwaitingReview, Roles.Editor));
        Assert.Equal(Sorted(desk.MyDrafts), await Queue(ReviewQueue.MyDrafts, Roles.Analyst));
        Assert.Equal(Sorted(desk.RebuttedAfterPublication), await Queue(ReviewQueue.RebuttedAfterPublication, Roles.Editor));
    }

    [Fact]
    public async Task My_drafts_are_each_analysts_own()
    {
        var mine = await db.DraftedStatementAsync(quote: "My own unfinished verdict");
        var theirs = await db.CreateStatementAsync("Someone else's unfinished verdict");
        await db.SendAsMember(Members.OtherAnalyst, Roles.Analyst, new DraftReview(theirs, null, Workflow.Verdict()));

        var myQueue = await db.QueueAsync(ReviewQueue.MyDrafts);
        var theirQueue = await db.QueueOfMemberAsync(Members.OtherAnalyst, ReviewQueue.MyDrafts);

        Assert.Contains(mine, myQueue);
        Assert.DoesNotContain(theirs, myQueue);
        Assert.Contains(theirs, theirQueue);
        Assert.DoesNotContain(mine, theirQueue);
        Assert.DoesNotContain(mine, await db.QueueAsync(ReviewQueue.MyDrafts, Roles.Editor));
    }

    [Fact]
    public async Task A_statement_leaves_the_queue_it_was_in_as_its_review_moves_on()
    {
        var id = await db.CreateStatementAsync("A claim on its way through the desk");
        Assert.Contains(id, await db.QueueAsync(ReviewQueue.Unreviewed));

        await db.SendAs(Roles.Analyst, new DraftReview(id, null, Workflow.Verdict()));
        Assert.DoesNotContain(id, await db.QueueAsync(ReviewQueue.Unreviewed));
        Assert.Contains(id, await db.QueueAsync(ReviewQueue.MyDrafts));

        await db.SendAs(Roles.Analyst, new SubmitReview(id, await db.ReviewVersionAsync(id)));
        Assert.DoesNotContain(id, await db.QueueAsync(ReviewQueue.MyDrafts));
        Assert.Contains(id, await db.QueueAsync(ReviewQueue.AwaitingReview));

        await db.SendAs(Roles.Editor, new PublishReview(id, await db.ReviewVersionAsync(id)));
        Assert.DoesNotContain(id, await db.QueueAsync(ReviewQueue.AwaitingReview));
        Assert.DoesNotContain(id, await db.QueueAsync(ReviewQueue.RebuttedAfterPublication));
    }

    private sealed record Desk(
        IReadOnlyList<int> Built, IReadOnlyList<int> Unreviewed, IReadOnlyList<int> MyDrafts, IReadOnlyList<int> Submitted,
        IReadOnlyList<int> RebuttedAfterPublication);

    /// <summary>Statements in every state the queues tell apart; the rebuttals are statements too, and unreviewed.</summary>
    private async Task<Desk> DeskAsync()
    {
        var unreviewed = await db.CreateStatementAsync("Nobody has looked at this claim");
        var myDraft = await db.DraftedStatementAsync(quote: "The analyst's own draft");
        var othersDraft = await db.CreateStatementAsync("Another analyst's draft");
        await db.SendAsMember(Members.OtherAnalyst, Roles.Analyst, new DraftReview(othersDraft, null, Workflow.Verdict()));
        var submitted = await db.SubmittedStatementAsync("A draft sent to the editors");
        var quiet = await db.PublishedStatementAsync("Published and unchallenged");

        var rebuttedLater = await db.PublishedStatementAsync("Published, then rebutted");
        var lateRebuttal = await RespondAsync(rebuttedLater, LinkRelation.Rebuts, "A rebuttal after publication");

        var rebuttedBefore = await db.SubmittedStatementAsync("Rebutted before its verdict was published");
        var earlyRebuttal = await RespondAsync(rebuttedBefore, LinkRelation.Rebuts, "A rebuttal the verdict already weighed");
        await db.SendAs(Roles.Editor, new PublishReview(rebuttedBefore, await db.ReviewVersionAsync(rebuttedBefore)));

        var confirmedLater = await db.PublishedStatementAsync("Published, then confirmed");
        var confirmation = await RespondAsync(confirmedLater, LinkRelation.Confirms, "A confirmation after publication");

        var correctedAfterRebuttal = await db.PublishedStatementAsync("Published, rebutted, then corrected");
        var answeredRebuttal = await RespondAsync(correctedAfterRebuttal, LinkRelation.Rebuts, "A rebuttal the correction answered");
        await db.SendAs(Roles.Editor, new CorrectReview(correctedAfterRebuttal, await db.ReviewVersionAsync(correctedAfterRebuttal),
            Workflow.Verdict(Rating.MostlyFalse), "Weighed the new rebuttal."));

        var rebuttedAfterCorrection = await db.PublishedStatementAsync("Published, corrected, then rebutted");
        await db.SendAs(Roles.Editor, new CorrectReview(rebuttedAfterCorrection, await db.ReviewVersionAsync(rebuttedAfterCorrection),
            Workflow.Verdict(Rating.MostlyFalse), "A first correction."));
        var rebuttalAfterCorrection = await RespondAsync(rebuttedAfterCorrection, LinkRelation.Rebuts, "A rebuttal after the correction");

        return new Desk(
            Built: [unreviewed, myDraft, othersDraft, submitted, quiet, rebuttedLater, lateRebuttal, rebuttedBefore, earlyRebuttal,
                confirmedLater, confirmation, correctedAfterRebuttal, answeredRebuttal, rebuttedAfterCorrection, rebuttalAfterCorrection],
            Unreviewed: [unreviewed, lateRebuttal, earlyRebuttal, confirmation, answeredRebuttal, rebuttalAfterCorrection],
            MyDrafts: [myDraft],
            Submitted: [submitted],
            RebuttedAfterPublication: [rebuttedLater, rebuttedAfterCorrection]);
    }

    private async Task<int> RespondAsync(int statementId, LinkRelation relation, string quote)
    {
        var response = await db.CreateStatementAsync(quote);
        await db.SendAs(Roles.Analyst, new LinkStatements(response, statementId, relation, null));
        return response;
    }

    private async Task<IEnumerable<int>> SeededAsync(Func<SeedStatementRow, bool> condition)
    {
        var ids = new List<int>();
        foreach (var statement in Seed.Statements.Where(condition))
        {
            ids.Add(await db.StatementIdAsync(statement.Key));
        }
        return ids;
    }

    private static List<int> Sorted(IEnumerable<int> ids) => [.. ids.Order()];
}
