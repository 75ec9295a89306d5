using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Publishers;
using ClaimTracker.Application.Statements;
using ClaimTracker.Application.Stats;
using ClaimTracker.Application.Tests.Support;
using ClaimTracker.Domain.Reviews;

namespace ClaimTracker.Application.Tests.Publishers;

/// <summary>A statement's own page reads every publisher's review: ours and the outside ones, as given and on our scale.</summary>
public sealed class StatementReviewsTests(SeededDatabase db) : IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task The_statement_carries_each_outside_review_with_publisher_label_rating_date_and_link()
    {
        var id = await db.PublishedStatementAsync("Reviews: rated by us and by two others");
        await db.SendAs(Roles.Analyst, new RecordOutsideReview(id, new OutsideReviewInput
        {
            PublisherName = "Zeta Checks",
            PublisherSite = "https://zeta.example/",
            Label = "Four Pinocchios",
            Url = "https://zeta.example/checks/1",
            Title = "Zeta on the claim",
            ReviewedOn = new DateOnly(2020, 5, 4),
        }));
        await db.SendAs(Roles.Analyst, new RecordOutsideReview(id, new OutsideReviewInput { PublisherName = "PolitiFact", Label = "Pants on Fire", Url = "https://pf.example/1" }));

        var statement = await db.SendAs(Roles.Viewer, new GetStatement(id));

        Assert.Equal(["PolitiFact", "Zeta Checks"], statement.OutsideReviews.Select(o => o.PublisherName));
        var politifact = statement.OutsideReviews[0];
        Assert.Equal(("Pants on Fire", (Rating?)Rating.False, "https://pf.example/1"), (politifact.Label, politifact.Rating, politifact.Url));
        Assert.Equal(RatingLabel.PolitiFactSite, politifact.PublisherSite);
        var zeta = statement.OutsideReviews[1];
        Assert.Equal(("Four Pinocchios", (Rating?)null, "https://zeta.example/", new DateOnly(2020, 5, 4), "Zeta on the claim"),
            (zeta.Label, zeta.Rating, zeta.PublisherSite, zeta.ReviewedOn, zeta.Title));
        // Ours is False, PolitiFact's is False and Zeta's is not mapped: no disagreement yet.
        Assert.False(statement.PublishersDisagree);
    }

    [Fact]
    public async Task Mapping_a_label_moves_the_statement_s_review_and_can_make_publishers_disagree()
    {
        var id = await db.PublishedStatementAsync("Reviews: a partner desk calls it true");
        await db.SendAs(Roles.Analyst, new RecordOutsideReview(id, new OutsideReviewInput { PublisherName = "Partner Desk", Label = "Correct" }));
        var partner = (await db.SendAs(Roles.Viewer, new GetStatement(id))).OutsideReviews.Single().PublisherId;

        var rerated = await db.SendAs(Roles.Editor, new MapPublisherLabel(partner, "correct", Rating.True));

        Assert.Equal(1, rerated);
        var statement = await db.SendAs(Roles.Viewer, new GetStatement(id));
        Assert.Equal(Rating.True, statement.OutsideReviews.Single().Rating);
        Assert.True(statement.PublishersDisagree);

        await db.SendAs(Roles.Editor, new MapPublisherLabel(partner, "Correct", Rating.MostlyFalse));
        Assert.False((await db.SendAs(Roles.Viewer, new GetStatement(id))).PublishersDisagree);
    }

    [Fact]
    public async Task The_speaker_s_verdict_charts_read_the_chosen_publisher()
    {
        var id = await db.CreateStatementAsync("Reviews: only an outside publisher rated this");
        await db.SendAs(Roles.Analyst, new RecordOutsideReview(id, new OutsideReviewInput { PublisherName = "PolitiFact", Label = "half-true" }));
        var speaker = (await db.SendAs(Roles.Viewer, new GetStatement(id))).SpeakerId;

        var ours = await db.SendAs(Roles.Viewer, new GetSpeakerVerdicts(speaker));
        var theirs = await db.SendAs(Roles.Viewer, new GetSpeakerVerdicts(speaker) { Publisher = PublisherFilter.One(1) });
        var theirTimeline = await db.SendAs(Roles.Viewer, new GetSpeakerTimeline(speaker) { Publisher = PublisherFilter.One(1) });
        var stats = await db.SendAs(Roles.Viewer, new GetSpeakerStats(speaker) { Publisher = PublisherFilter.One(1) });

        var halfTrue = new VerdictBucket(Rating.HalfTrue, false);
        Assert.Equal(0, ours.Counts.CountOf(halfTrue));
        Assert.Equal(1, theirs.Counts.CountOf(halfTrue));
        Assert.Equal(1, theirTimeline.Points.Sum(p => p.Counts.CountOf(halfTrue)));
        // The same numbers as the stats endpoint reads for that publisher.
        Assert.Equal(stats.Verdicts.Counts, theirs.Counts);
    }

    [Theory]
    [InlineData(new[] { Rating.True, Rating.MostlyTrue }, false)]
    [InlineData(new[] { Rating.False, Rating.MostlyFalse, Rating.Misleading }, false)]
    [InlineData(new[] { Rating.False, Rating.Unverified }, false)]
    [InlineData(new[] { Rating.False }, false)]
    [InlineData(new Rating[0], false)]
    [InlineData(new[] { Rating.HalfTrue, Rating.MostlyTrue }, true)]
    [InlineData(new[] { Rating.True, Rating.False }, true)]
    [InlineData(new[] { Rating.Misleading, Rating.HalfTrue }, true)]
    public void Verdicts_disagree_when_they_fall_on_different_sides_of_the_scale(Rating[] verdicts, bool disagree) =>
        Assert.Equal(disagree, VerdictSides.Disagree(verdicts.Select(v => (Rating?)v).Append(null)));
}
