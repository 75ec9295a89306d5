using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Reviews;
using ClaimTracker.Application.Tests.Support;
using ClaimTracker.Domain.Reviews;

namespace ClaimTracker.Application.Tests.Reviews;

public sealed class DraftReviewTests(SeededDatabase db) : IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task A_new_review_is_a_draft_owned_by_the_analyst_who_wrote_it()
    {
        var cited = await db.StatementIdAsync("kumar-no-request-made-2019-07-22");
        var id = await db.CreateStatementAsync("A claim about a phone call");
        var verdict = Workflow.Verdict(Rating.Misleading, "  The call was about trade.  ") with
        {
            Evidence =
            [
                new EvidenceInput(" Call readout ", " https://example.org/readout ", null, EvidenceStance.Refutes),
                new EvidenceInput("The ministry's denial", null, cited, EvidenceStance.Context),
            ],
        };

        await db.SendAs(Roles.Analyst, new DraftReview(id, null, verdict));

        var review = await db.ReviewAsync(id);
        Assert.Equal(ReviewStatus.Draft, review.Status);
        Assert.Equal((Rating.Misleading, "The call was about trade."), (review.Rating, review.Rationale));
        Assert.Equal(("id-Analyst", "test-analyst"), (review.OwnerId, review.OwnerName));
        Assert.Null(review.PublishedAtUtc);
        Assert.Empty(review.Revisions);
        Assert.Equal(
            [("Call readout", "https://example.org/readout", null), ("The ministry's denial", null, Seed.Statement("kumar-no-request-made-2019-07-22").Quote)],
            review.Evidence.Select(e => (e.Title, e.Url, e.StatementQuote)));
    }

    [Fact]
    public async Task The_owner_edits_their_draft_and_the_version_moves()
    {
        var id = await db.DraftedStatementAsync();
        var before = await db.ReviewAsync(id);

        await db.SendAs(Roles.Analyst, new DraftReview(id, before.Version, Workflow.Verdict(Rating.HalfTrue, "Partly right after all.")));

        var after = await db.ReviewAsync(id);
        Assert.Equal((Rating.HalfTrue, "Partly right after all.", ReviewStatus.Draft), (after.Rating, after.Rationale, after.Status));
        Assert.NotEqual(before.Version, after.Version);
    }

    [Fact]
    public async Task Another_analyst_cannot_change_the_draft_and_nothing_is_written()
    {
        var id = await db.DraftedStatementAsync();
        var version = await db.ReviewVersionAsync(id);

        var refusal = await db.RejectsWithoutWritingAsync<ForbiddenException>(() =>
            db.SendAsMember(Members.OtherAnalyst, Roles.Analyst, new DraftReview(id, version, Workflow.Verdict(Rating.True, "Overruled."))));

        Assert.Contains("analyst who drafted this review", refusal.Message, StringComparison.Ordinal);
        var review = await db.ReviewAsync(id);
        Assert.Equal((Rating.False, version), (review.Rating, review.Version));
    }

    [Fact]
    public async Task An_editor_may_change_an_analysts_draft_which_keeps_its_owner()
    {
        var id = await db.DraftedStatementAsync();

        await db.SendAs(Roles.Editor, new DraftReview(id, await db.ReviewVersionAsync(id), Workflow.Verdict(Rating.MostlyFalse, "Editor's wording.")));

        var review = await db.ReviewAsync(id);
        Assert.Equal((Rating.MostlyFalse, "Editor's wording."), (review.Rating, review.Rationale));
        Assert.Equal("id-Analyst", review.OwnerId);
    }

    [Fact]
    public async Task A_draft_saved_from_a_stale_version_is_a_conflict_and_nothing_is_written()
    {
        var id = await db.DraftedStatementAsync();
        var stale = await db.ReviewVersionAsync(id);
        await db.SendAs(Roles.Analyst, new DraftReview(id, stale, Workflow.Verdict(Rating.HalfTrue)));

        await db.RejectsWithoutWritingAsync<ConcurrencyConflictException>(() =>
            db.SendAs(Roles.Editor, new DraftReview(id, stale, Workflow.Verdict(Rating.True))));
        // A second "first draft" (no version) must not overwrite the one that exists either.
        await db.RejectsWithoutWritingAsync<ConcurrencyConflictException>(() =>
            db.SendAs(Roles.Editor, new DraftReview(id, null, Workflow.Verdict(Rating.True))));

        Assert.Equal(Rating.HalfTrue, (await db.ReviewAsync(id)).Rating);
    }

    [Fact]
    public async Task A_published_review_cannot_be_drafted_over()
    {
        var id = await db.PublishedStatementAsync();
        var version = await db.ReviewVersionAsync(id);

        var rejection = await db.RejectsWithoutWritingAsync<RequestValidationException>(() =>
            db.SendAs(Roles.Editor, new DraftReview(id, version, Workflow.Verdict(Rating.True, "Quietly changed."))));

        Assertions.AssertNames(rejection, "Review", "change it through a correction");
        var review = await db.ReviewAsync(id);
        Assert.Equal((ReviewStatus.Published, Rating.False), (review.Status, review.Rating));
    }

    [Fact]
    public async Task A_review_of_an_unknown_statement_is_refused()
    {
        await db.RejectsAsInvalidAsync(new DraftReview(int.MaxValue, null, Workflow.Verdict()), "StatementId", "statement does not exist");
    }

    [Theory]
    [MemberData(nameof(ReviewInputs.Broken), MemberType = typeof(ReviewInputs))]
    public async Task An_invalid_verdict_is_refused_naming_the_problem_and_nothing_is_written(string problem, string field, string message)
    {
        var id = await db.CreateStatementAsync("A claim with a broken first verdict");

        await db.RejectsAsInvalidAsync(new DraftReview(id, null, Workflow.Verdict().Break(problem)), field, message);

        Assert.Null((await db.GetStatementAsync(id)).Review);
    }
}
