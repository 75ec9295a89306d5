using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Reviews;
using ClaimTracker.Application.Tests.Support;
using ClaimTracker.Domain.Reviews;

namespace ClaimTracker.Application.Tests.Reviews;

public sealed class CorrectReviewTests(SeededDatabase db) : IClassFixture<SeededDatabase>
{
    private const string Note = "A second source confirmed part of the claim.";

    [Fact]
    public async Task A_correction_keeps_the_published_revision_and_adds_one_with_its_note()
    {
        var id = await db.PublishedStatementAsync("A claim whose verdict is corrected");
        var published = await db.ReviewAsync(id);

        await db.SendAs(Roles.Editor, new CorrectReview(id, published.Version, Workflow.Verdict(Rating.MostlyFalse, "Part of it was true."), $"  {Note}  "));

        var review = await db.ReviewAsync(id);
        Assert.Equal((ReviewStatus.Published, Rating.MostlyFalse, "Part of it was true."), (review.Status, review.Rating, review.Rationale));
        Assert.Equal(published.PublishedAtUtc, review.PublishedAtUtc);
        Assert.NotNull(review.CorrectedAtUtc);
        Assert.Equal(
            [(ReviewEvent.Published, Rating.False, (string?)null), (ReviewEvent.Corrected, Rating.MostlyFalse, Note)],
            review.Revisions.Select(r => (r.Event, r.Rating, r.Note)));
        Assert.Equal(published.Revisions[0].Rationale, review.Revisions[0].Rationale);
    }

    [Fact]
    public async Task The_public_page_shows_the_corrected_verdict_and_the_corrections_log()
    {
        var id = await db.PublishedStatementAsync("A claim corrected twice");
        await db.SendAs(Roles.Editor, new CorrectReview(id, await db.ReviewVersionAsync(id), Workflow.Verdict(Rating.MostlyFalse), Note));
        await db.SendAs(Roles.Editor, new CorrectReview(id, await db.ReviewVersionAsync(id), Workflow.Verdict(Rating.HalfTrue), "A third source."));

        var shown = await db.SendAs(null, new GetPublishedReview(id));

        Assert.Equal(Rating.HalfTrue, shown.Rating);
        Assert.Equal([(Rating.MostlyFalse, Note), (Rating.HalfTrue, "A third source.")], shown.Corrections.Select(c => (c.Rating, c.Note)));
        Assert.Equal(shown.Corrections[^1].AtUtc, shown.CorrectedAtUtc);
    }

    [Fact]
    public async Task A_correction_needs_a_note()
    {
        var id = await db.PublishedStatementAsync();
        var version = await db.ReviewVersionAsync(id);

        var rejection = await db.RejectsWithoutWritingAsync<RequestValidationException>(() =>
            db.SendAs(Roles.Editor, new CorrectReview(id, version, Workflow.Verdict(Rating.True), "")));

        Assertions.AssertNames(rejection, "Note", "readers see this note");
        Assert.Equal(Rating.False, (await db.ReviewAsync(id)).Rating);
    }

    [Fact]
    public async Task Only_a_published_review_is_corrected()
    {
        var id = await db.SubmittedStatementAsync();
        var version = await db.ReviewVersionAsync(id);

        var rejection = await db.RejectsWithoutWritingAsync<RequestValidationException>(() =>
            db.SendAs(Roles.Editor, new CorrectReview(id, version, Workflow.Verdict(Rating.True), Note)));

        Assertions.AssertNames(rejection, "Status", "edit the draft instead");
    }

    [Fact]
    public async Task A_correction_from_a_stale_version_is_a_conflict_and_nothing_is_written()
    {
        var id = await db.PublishedStatementAsync();
        var stale = await db.ReviewVersionAsync(id);
        await db.SendAs(Roles.Editor, new CorrectReview(id, stale, Workflow.Verdict(Rating.MostlyFalse), Note));

        await db.RejectsWithoutWritingAsync<ConcurrencyConflictException>(() =>
            db.SendAs(Roles.Editor, new CorrectReview(id, stale, Workflow.Verdict(Rating.True), "Overwriting the first correction.")));

        Assert.Equal(2, (await db.ReviewAsync(id)).Revisions.Count);
    }

    [Theory]
    [MemberData(nameof(ReviewInputs.Broken), MemberType = typeof(ReviewInputs))]
    public async Task An_invalid_correction_is_refused_naming_the_problem_and_nothing_is_written(string problem, string field, string message)
    {
        var id = await db.PublishedStatementAsync();
        var version = await db.ReviewVersionAsync(id);

        var rejection = await db.RejectsWithoutWritingAsync<RequestValidationException>(() =>
            db.SendAs(Roles.Editor, new CorrectReview(id, version, Workflow.Verdict().Break(problem), Note)));

        Assertions.AssertNames(rejection, field, message);
        Assert.Single((await db.ReviewAsync(id)).Revisions);
    }
}
