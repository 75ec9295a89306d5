using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Reviews;
using ClaimTracker.Application.Tests.Support;
using ClaimTracker.Domain.Reviews;

namespace ClaimTracker.Application.Tests.Reviews;

public sealed class PublishReviewTests(SeededDatabase db) : IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task Publishing_makes_the_verdict_public_and_records_what_was_published()
    {
        var id = await db.SubmittedStatementAsync("A claim the editor signs off");

        await db.SendAs(Roles.Editor, new PublishReview(id, await db.ReviewVersionAsync(id)));

        var review = await db.ReviewAsync(id);
        Assert.Equal(ReviewStatus.Published, review.Status);
        Assert.NotNull(review.PublishedAtUtc);
        Assert.Equal("test-editor", review.PublishedBy);
        var revision = Assert.Single(review.Revisions);
        Assert.Equal((ReviewEvent.Published, Rating.False, Workflow.Verdict().Rationale, null, review.PublishedAtUtc!.Value, "test-editor"),
            (revision.Event, revision.Rating, revision.Rationale, revision.Note, revision.AtUtc, revision.By));

        var shown = await db.SendAs(null, new GetPublishedReview(id));
        Assert.Equal(("A claim the editor signs off", Rating.False, review.PublishedAtUtc), (shown.Quote, shown.Rating, shown.PublishedAtUtc));
        Assert.Empty(shown.Corrections);
    }

    [Fact]
    public async Task A_review_cannot_be_published_twice()
    {
        var id = await db.PublishedStatementAsync();
        var before = await db.ReviewAsync(id);

        var rejection = await db.RejectsWithoutWritingAsync<RequestValidationException>(() =>
            db.SendAs(Roles.Editor, new PublishReview(id, before.Version)));

        Assertions.AssertNames(rejection, "Status", "already published");
        Assert.Equal(before.PublishedAtUtc, (await db.ReviewAsync(id)).PublishedAtUtc);
    }

    [Fact]
    public async Task Publishing_a_stale_version_is_a_conflict_and_nothing_is_published()
    {
        var id = await db.DraftedStatementAsync();
        var stale = await db.ReviewVersionAsync(id);
        await db.SendAs(Roles.Analyst, new DraftReview(id, stale, Workflow.Verdict(Rating.True, "Changed after the editor opened it.")));

        await db.RejectsWithoutWritingAsync<ConcurrencyConflictException>(() => db.SendAs(Roles.Editor, new PublishReview(id, stale)));

        var review = await db.ReviewAsync(id);
        Assert.Equal(ReviewStatus.Draft, review.Status);
        Assert.Empty(review.Revisions);
        await Assert.ThrowsAsync<NotFoundException>(() => db.SendAs(null, new GetPublishedReview(id)));
    }
}
