using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Reviews;
using ClaimTracker.Application.Tests.Support;
using ClaimTracker.Domain.Reviews;

namespace ClaimTracker.Application.Tests.Reviews;

public sealed class SubmitReviewTests(SeededDatabase db) : IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task Submitting_a_draft_sends_it_to_the_editors()
    {
        var id = await db.DraftedStatementAsync();
        var before = await db.ReviewAsync(id);

        await db.SendAs(Roles.Analyst, new SubmitReview(id, before.Version));

        var after = await db.ReviewAsync(id);
        Assert.Equal(ReviewStatus.InReview, after.Status);
        Assert.Equal((before.Rating, before.Rationale, before.OwnerId), (after.Rating, after.Rationale, after.OwnerId));
        Assert.NotEqual(before.Version, after.Version);
    }

    [Fact]
    public async Task Another_analyst_cannot_submit_the_draft_and_nothing_is_written()
    {
        var id = await db.DraftedStatementAsync();
        var version = await db.ReviewVersionAsync(id);

        var refusal = await db.RejectsWithoutWritingAsync<ForbiddenException>(() =>
            db.SendAsMember(Members.OtherAnalyst, Roles.Analyst, new SubmitReview(id, version)));

        Assert.Contains("analyst who drafted this review", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(ReviewStatus.Draft, (await db.ReviewAsync(id)).Status);
    }

    [Fact]
    public async Task An_editor_may_submit_an_analysts_draft()
    {
        var id = await db.DraftedStatementAsync();

        await db.SendAs(Roles.Editor, new SubmitReview(id, await db.ReviewVersionAsync(id)));

        Assert.Equal(ReviewStatus.InReview, (await db.ReviewAsync(id)).Status);
    }

    [Fact]
    public async Task Only_a_draft_can_be_submitted()
    {
        var submitted = await db.SubmittedStatementAsync();
        var published = await db.PublishedStatementAsync();

        foreach (var id in new[] { submitted, published })
        {
            var rejection = await db.RejectsWithoutWritingAsync<RequestValidationException>(async () =>
                await db.SendAs(Roles.Editor, new SubmitReview(id, await db.ReviewVersionAsync(id))));
            Assertions.AssertNames(rejection, "Status", "Only a draft");
        }
        Assert.Equal(ReviewStatus.Published, (await db.ReviewAsync(published)).Status);
    }

    [Fact]
    public async Task Submitting_a_stale_version_is_a_conflict()
    {
        var id = await db.DraftedStatementAsync();
        var stale = await db.ReviewVersionAsync(id);
        await db.SendAs(Roles.Analyst, new DraftReview(id, stale, Workflow.Verdict(Rating.MostlyFalse)));

        await db.RejectsWithoutWritingAsync<ConcurrencyConflictException>(() => db.SendAs(Roles.Analyst, new SubmitReview(id, stale)));

        Assert.Equal(ReviewStatus.Draft, (await db.ReviewAsync(id)).Status);
    }

    [Fact]
    public async Task Submitting_a_statement_without_a_review_is_not_found()
    {
        var id = await db.CreateStatementAsync("A claim nobody has reviewed");

        await db.RejectsWithoutWritingAsync<NotFoundException>(() => db.SendAs(Roles.Analyst, new SubmitReview(id, Guid.NewGuid())));
    }
}
