using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Reviews;
using ClaimTracker.Application.Tests.Support;
using ClaimTracker.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Tests.Reviews;

/// <summary>The public side: GetPublishedReview and ListPublishedReviews, as an anonymous visitor sees them.</summary>
public sealed class PublishedReviewsTests(SeededDatabase db) : IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task Only_published_reviews_are_listed_newest_first_page_by_page()
    {
        var draft = await db.DraftedStatementAsync(quote: "A drafted claim the public must not see");
        var submitted = await db.SubmittedStatementAsync("A submitted claim the public must not see");
        var first = await db.PublishedStatementAsync("The first claim published today");
        var second = await db.PublishedStatementAsync("The second claim published today");
        var third = await db.PublishedStatementAsync("The third claim published today");

        var listed = await Pages.WalkAsync(2, after => db.SendAs(null, new ListPublishedReviews { PageSize = 2, After = after }));

        var published = await db.Query(d => d.Reviews.CountAsync(r => r.Status == ReviewStatus.Published));
        Assert.Equal(published, listed.Count);
        Assert.Equal(listed.Count, listed.Select(r => r.StatementId).Distinct().Count());
        Assert.Equal([third, second, first], listed.Take(3).Select(r => r.StatementId));
        Assert.Equal(listed.OrderByDescending(r => r.PublishedAtUtc).ThenByDescending(r => r.ReviewId).Select(r => r.ReviewId), listed.Select(r => r.ReviewId));
        Assert.DoesNotContain(listed, r => r.StatementId == draft || r.StatementId == submitted);
        Assert.Contains(listed, r => r.Quote == Seed.Statement("trump-modi-asked-mediation-2019-07-22").Quote);
    }

    [Fact]
    public async Task An_unpublished_review_is_not_found_exactly_like_a_missing_statement()
    {
        var draft = await db.DraftedStatementAsync(quote: "A draft that must stay private");
        var submitted = await db.SubmittedStatementAsync("A review in the editors' queue that must stay private");
        var unreviewed = await db.CreateStatementAsync("A claim nobody has reviewed yet");

        var missing = await Assert.ThrowsAsync<NotFoundException>(() => db.SendAs(null, new GetPublishedReview(int.MaxValue)));
        foreach (var id in new[] { draft, submitted, unreviewed })
        {
            var hidden = await Assert.ThrowsAsync<NotFoundException>(() => db.SendAs(null, new GetPublishedReview(id)));
            Assert.Equal((missing.What, missing.Message.Replace(int.MaxValue.ToString(), "{id}")), (hidden.What, hidden.Message.Replace(id.ToString(), "{id}")));
        }
    }

    [Fact]
    public async Task A_published_review_shows_the_statement_its_source_and_the_evidence_in_words()
    {
        var id = await db.PublishedStatementAsync("A claim readers can check");

        var shown = await db.SendAs(null, new GetPublishedReview(id));

        Assert.Equal(("A claim readers can check", "Donald Trump"), (shown.Quote, shown.SpeakerName));
        Assert.Equal(Seed.Source(Commands.SourceKey).Headline, shown.SourceHeadline);
        Assert.Equal(Workflow.Verdict().Rationale, shown.Rationale);
        var evidence = Assert.Single(shown.Evidence);
        Assert.Equal(("Ministry statement", "https://example.org/denial"), (evidence.Title, evidence.Url));
    }
}
