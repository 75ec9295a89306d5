using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Publishers;
using ClaimTracker.Application.Statements;
using ClaimTracker.Application.Tests.Support;
using ClaimTracker.Domain.Reviews;

namespace ClaimTracker.Application.Tests.Publishers;

public sealed class PublisherFilterTests(SeededDatabase db) : IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task The_verdict_filter_reads_the_chosen_publishers_verdicts()
    {
        var ours = await db.PublishedStatementAsync("Filter: only we rated it False");
        var theirs = await db.CreateStatementAsync("Filter: only PolitiFact rated it pants on fire");
        var unmapped = await db.CreateStatementAsync("Filter: PolitiFact used a label nobody mapped");
        await db.SendAs(Roles.Analyst, new RecordOutsideReview(theirs, new OutsideReviewInput { PublisherName = "PolitiFact", Label = "pants-fire" }));
        await db.SendAs(Roles.Analyst, new RecordOutsideReview(unmapped, new OutsideReviewInput { PublisherName = "PolitiFact", Label = "Full Flop" }));

        async Task<List<int>> Ids(string query) =>
            (await db.SendAs(Roles.Viewer, StatementFilter.Parse(query + "&pageSize=100").Query)).Items.Select(i => i.Id).ToList();

        var oursOnly = await Ids("verdict=False");
        Assert.Contains(ours, oursOnly);
        Assert.DoesNotContain(theirs, oursOnly);

        var politifact = await Ids("verdict=False&publisher=1");
        Assert.Contains(theirs, politifact);
        Assert.DoesNotContain(ours, politifact);
        Assert.Equal([unmapped], await Ids("verdict=unrated&publisher=1"));

        var all = await Ids("verdict=False&publisher=all");
        Assert.Contains(ours, all);
        Assert.Contains(theirs, all);
        Assert.DoesNotContain(unmapped, all);

        var reviewedByPolitiFact = await Ids("publisher=1");
        Assert.Equal([theirs, unmapped], reviewedByPolitiFact.Order());

        var listed = (await db.SendAs(Roles.Viewer, StatementFilter.Parse("publisher=1&verdict=False").Query)).Items.Single(i => i.Id == theirs);
        Assert.Equal(("PolitiFact", "pants-fire", Rating.False), (listed.OutsideReviews[0].PublisherName, listed.OutsideReviews[0].Label, listed.OutsideReviews[0].Rating));
    }

    [Theory]
    [InlineData("publisher=all&verdict=False")]
    [InlineData("publisher=7")]
    [InlineData("verdict=True")]
    public void The_publisher_survives_a_round_trip_through_the_url(string query)
    {
        var filter = StatementFilter.Parse(query).Query;
        Assert.Equal(filter.Publisher, StatementFilter.Parse(filter.ToUrl().Split('?').ElementAtOrDefault(1)).Query.Publisher);
    }

    [Theory]
    [InlineData("publisher=theirs")]
    [InlineData("publisher=0")]
    [InlineData("publisher=-3")]
    public void A_publisher_that_is_not_ours_all_or_an_id_is_refused_by_name(string query) =>
        Assertions.AssertNames(Assert.Throws<RequestValidationException>(() => StatementFilter.Parse(query)), "publisher", "publisher id");
}
