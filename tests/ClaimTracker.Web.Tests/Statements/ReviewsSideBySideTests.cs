using ClaimTracker.Application.Annotations;
using ClaimTracker.Application.Statements;
using ClaimTracker.Domain.Reviews;
using ClaimTracker.Web.Components.Pages.Statements;
using ClaimTracker.Web.Tests.Support;
using static ClaimTracker.Web.Tests.Support.Samples;

namespace ClaimTracker.Web.Tests.Statements;

/// <summary>Our review and other publishers' reviews of one statement, side by side, with the disagreement called out.</summary>
public sealed class ReviewsSideBySideTests : ComponentTest
{
    private static readonly ReviewDetails OurFalse = new()
    {
        Rating = Rating.False,
        Status = ReviewStatus.Published,
        Rationale = "India's foreign ministry denied any such request.",
        PublishedAtUtc = new DateTime(2019, 7, 24, 9, 0, 0, DateTimeKind.Utc),
    };

    private static OutsideReviewDetails Outside(int publisherId, string name, string label, Rating? rating, string? site = null) => new()
    {
        Id = publisherId * 10,
        PublisherId = publisherId,
        PublisherName = name,
        PublisherSite = site,
        Label = label,
        Rating = rating,
        ReviewedOn = new DateOnly(2019, 7, 25),
        Url = $"https://{name.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant()}.example/checks/kashmir",
        Title = $"{name} on the Kashmir mediation claim",
    };

    private IRenderedComponent<ReviewsSideBySide> RenderReviews(StatementDetails statement) =>
        Render<ReviewsSideBySide>(p => p.Add(x => x.Statement, statement));

    private static IReadOnlyList<string> Cells(IRenderedComponent<ReviewsSideBySide> cut, string row) =>
        cut.FindAll($"{row} > *").Select(Read.Text).ToList();

    [Fact]
    public void Shows_our_review_and_each_outside_review_with_label_rating_date_and_link()
    {
        var cut = RenderReviews(Statement() with
        {
            Review = OurFalse,
            OutsideReviews = [Outside(1, "PolitiFact", "Pants on Fire!", Rating.False, "https://politifact.example/")],
        });

        Assert.Equal(["Test Desk (our desk)", "False", "False", "24 Jul 2019", "fact-checks/1"], Cells(cut, "[data-testid=our-review]"));
        Assert.Equal(["PolitiFact", "“Pants on Fire!”", "False", "25 Jul 2019", "PolitiFact on the Kashmir mediation claim"],
            Cells(cut, "[data-testid=outside-review]"));
        Assert.Equal("https://politifact.example/", cut.Find("[data-testid=publisher-site]").GetAttribute("href"));
        Assert.Equal("https://politifact.example/checks/kashmir", cut.Find("[data-testid=review-url]").GetAttribute("href"));
        Assert.Empty(cut.FindAll("[data-testid=publishers-disagree]"));
    }

    [Fact]
    public void Publishers_on_different_sides_of_the_scale_are_said_to_disagree()
    {
        var cut = RenderReviews(Statement() with
        {
            Review = OurFalse,
            OutsideReviews =
            [
                Outside(3, "Fact Desk", "Geppetto Checkmark", Rating.True),
                Outside(1, "PolitiFact", "pants-fire", Rating.False),
            ],
        });

        Assert.Equal(
            "Publishers disagree. Their ratings fall on different sides of our scale (Fact Desk: true or mostly true; Test Desk, PolitiFact: false, mostly false or misleading).",
            Read.Text(cut.Find("[data-testid=publishers-disagree]")));
    }

    [Theory]
    [InlineData(Rating.MostlyFalse, false)]
    [InlineData(Rating.Misleading, false)]
    [InlineData(Rating.Unverified, false)]
    [InlineData(Rating.HalfTrue, true)]
    [InlineData(Rating.MostlyTrue, true)]
    public void A_difference_of_degree_is_not_a_disagreement(Rating theirs, bool disagree)
    {
        var cut = RenderReviews(Statement() with { Review = OurFalse, OutsideReviews = [Outside(1, "PolitiFact", "their label", theirs)] });

        Assert.Equal(disagree, cut.FindAll("[data-testid=publishers-disagree]").Count == 1);
    }

    [Fact]
    public void Our_draft_is_not_a_finding_so_it_disagrees_with_no_one_and_an_unmapped_label_says_so()
    {
        var cut = RenderReviews(Statement() with
        {
            Review = OurFalse with { Status = ReviewStatus.Draft, PublishedAtUtc = null },
            OutsideReviews = [Outside(1, "PolitiFact", "true", Rating.True), Outside(3, "Fact Desk", "Four Pinocchios", null)],
        });

        Assert.Empty(cut.FindAll("[data-testid=publishers-disagree]"));
        Assert.Equal(["Test Desk (our desk)", "False", "False (Draft)", "", "not published"], Cells(cut, "[data-testid=our-review]"));
        var unmapped = cut.Find("[data-publisher='3'] [data-testid=mapped-rating]");
        Assert.Equal("Not mapped yet map it", Read.Text(unmapped));
        Assert.Equal("publishers/3", unmapped.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void The_statement_page_shows_the_table_only_when_another_publisher_reviewed_the_statement()
    {
        Dispatcher.On((ListAnnotations _) => new StatementAnnotations(Statement().Quote, []));
        Dispatcher.On((GetStatement _) => Statement() with { Review = OurFalse });
        var alone = Render<StatementPage>(p => p.Add(x => x.Id, 1));
        Assert.Empty(alone.FindAll("[data-testid=reviews-side-by-side]"));

        Dispatcher.On((GetStatement _) => Statement() with { Review = OurFalse, OutsideReviews = [Outside(3, "Fact Desk", "Geppetto Checkmark", Rating.True)] });
        var both = Render<StatementPage>(p => p.Add(x => x.Id, 1));
        Assert.Equal(2, both.FindAll("[data-testid=reviews-side-by-side] tbody tr").Count);
        Assert.Single(both.FindAll("[data-testid=publishers-disagree]"));
    }
}
