using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Publishers;
using ClaimTracker.Application.Tests.Support;
using ClaimTracker.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Tests.Publishers;

public sealed class OutsideReviewTests(SeededDatabase db) : IClassFixture<SeededDatabase>
{
    public static OutsideReviewInput PolitiFact(string label = "Pants on Fire!", string? url = "https://fact.example/checks/1") => new()
    {
        PublisherName = "  politifact ",
        Label = label,
        Url = url,
        Title = "A title",
        ReviewedOn = new DateOnly(2019, 7, 24),
        LanguageCode = "en",
    };

    [Fact]
    public async Task A_recorded_review_lands_on_the_seeded_publisher_and_is_rated_through_its_labels()
    {
        var statement = await db.CreateStatementAsync("A claim PolitiFact checked");

        var id = await db.SendAs(Roles.Analyst, new RecordOutsideReview(statement, PolitiFact()));

        var review = await db.Query(c => c.OutsideReviews.Include(o => o.Publisher).SingleAsync(o => o.Id == id));
        Assert.Equal(("PolitiFact", "Pants on Fire!", Rating.False, statement), (review.Publisher.Name, review.Label, review.Rating, review.StatementId));
        Assert.Equal(1, await db.Query(c => c.Publishers.CountAsync(p => p.NameKey == "politifact")));
        Assert.True(await db.Query(c => c.AuditEntries.AnyAsync(a => a.Entity == "OutsideReview" && a.StatementId == statement)));
    }

    [Fact]
    public async Task An_unknown_publisher_is_created_and_its_label_stays_unmapped_until_the_desk_maps_it()
    {
        var statement = await db.CreateStatementAsync("A claim a newspaper checked");
        var input = new OutsideReviewInput { PublisherName = "The Fact Checker", PublisherSite = "https://checker.example/", Label = "Four Pinocchios" };

        var id = await db.SendAs(Roles.Analyst, new RecordOutsideReview(statement, input));

        var review = await db.Query(c => c.OutsideReviews.Include(o => o.Publisher).SingleAsync(o => o.Id == id));
        Assert.Null(review.Rating);
        Assert.Equal(("The Fact Checker", "https://checker.example/"), (review.Publisher.Name, review.Publisher.Site));
        var labels = await db.SendAs(Roles.Viewer, new GetPublisherLabels(review.PublisherId));
        Assert.Equal(new LabelMapping("Four Pinocchios", null, 1), Assert.Single(labels.Labels));
        Assert.False(labels.CanEdit);
    }

    [Fact]
    public async Task Recording_the_same_review_again_changes_nothing()
    {
        var statement = await db.CreateStatementAsync("A claim checked twice over");
        var first = await db.SendAs(Roles.Analyst, new RecordOutsideReview(statement, PolitiFact("false")));
        var before = await db.RowCountsAsync();

        var again = await db.Query(c => OutsideReviews.Record(c, statement, PolitiFact("false")));

        Assert.Equal((first, RecordOutcome.Unchanged), (again.Review.Id, again.Outcome));
        Assert.Equal(before, await db.RowCountsAsync());
    }

    public static TheoryData<string, OutsideReviewInput, string, string> Broken() => new()
    {
        { "no publisher", PolitiFact() with { PublisherName = " " }, "Review.PublisherName", "Name the organisation" },
        { "no label", PolitiFact() with { Label = "" }, "Review.Label", "rating label" },
        { "punctuation label", PolitiFact() with { Label = "!!!" }, "Review.Label", "letter or digit" },
        { "relative url", PolitiFact() with { Url = "/checks/1" }, "Review.Url", "full web address" },
        { "script url", PolitiFact() with { Url = "javascript:alert(1)" }, "Review.Url", "full web address" },
        { "future date", PolitiFact() with { ReviewedOn = new DateOnly(2999, 1, 1) }, "Review.ReviewedOn", "not in the future" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public async Task Bad_input_is_refused_with_its_reason_and_nothing_is_written(string problem, OutsideReviewInput input, string field, string message)
    {
        Assert.NotEmpty(problem);
        var statement = await db.CreateStatementAsync($"A claim with a broken outside review: {problem}");

        await db.RejectsAsInvalidAsync(new RecordOutsideReview(statement, input), field, message);
    }

    [Fact]
    public async Task A_review_of_a_missing_statement_is_not_found_and_nothing_is_written() =>
        await db.RejectsWithoutWritingAsync<NotFoundException>(() => db.SendAs(Roles.Analyst, new RecordOutsideReview(999_999, PolitiFact())));

    [Fact]
    public async Task A_viewer_cannot_record_an_outside_review()
    {
        var statement = await db.CreateStatementAsync("A viewer's try");
        await db.RejectsWithoutWritingAsync<ForbiddenException>(() => db.SendAs(Roles.Viewer, new RecordOutsideReview(statement, PolitiFact())));
    }
}
