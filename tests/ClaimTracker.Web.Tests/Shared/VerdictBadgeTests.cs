using ClaimTracker.Domain.Reviews;
using ClaimTracker.Web.Components.Shared;
using ClaimTracker.Web.Tests.Support;

namespace ClaimTracker.Web.Tests.Shared;

public sealed class VerdictBadgeTests : BunitContext
{
    private IRenderedComponent<VerdictBadge> RenderBadge(Rating? verdict, ReviewStatus? status = ReviewStatus.Published) =>
        Render<VerdictBadge>(p => p.Add(x => x.Verdict, verdict).Add(x => x.Status, status));

    [Theory]
    [InlineData(Rating.True, "True", "verdict-true")]
    [InlineData(Rating.MostlyTrue, "Mostly true", "verdict-true")]
    [InlineData(Rating.HalfTrue, "Half true", "verdict-half")]
    [InlineData(Rating.MostlyFalse, "Mostly false", "verdict-false")]
    [InlineData(Rating.False, "False", "verdict-false")]
    [InlineData(Rating.Unverified, "Unverified", "verdict-unverified")]
    [InlineData(Rating.Misleading, "Misleading", "verdict-misleading")]
    public void Shows_each_published_rating_in_words_and_colour(Rating rating, string label, string colour)
    {
        var badge = RenderBadge(rating).Find("[data-testid=verdict]");

        Assert.Equal(label, Read.Text(badge));
        Assert.True(badge.ClassList.Contains(colour), $"Expected class {colour}, got \"{badge.ClassName}\".");
    }

    [Fact]
    public void No_two_ratings_read_alike()
    {
        var labels = Enum.GetValues<Rating>().Select(Labels.Of).ToList();

        Assert.Equal(labels.Count, labels.Distinct().Count());
    }

    [Theory]
    [InlineData(ReviewStatus.Draft, "False (Draft)")]
    [InlineData(ReviewStatus.InReview, "False (In review)")]
    public void Marks_a_verdict_that_is_not_yet_published(ReviewStatus status, string shown)
    {
        var cut = RenderBadge(Rating.False, status);

        Assert.Equal(shown, Read.Text(cut.Find("[data-testid=verdict]")));
    }

    [Fact]
    public void A_published_verdict_carries_no_marker()
    {
        var cut = RenderBadge(Rating.False, ReviewStatus.Published);

        Assert.Empty(cut.FindAll(".status"));
    }

    [Fact]
    public void Without_a_verdict_says_unrated()
    {
        var badge = RenderBadge(null, null).Find("[data-testid=verdict]");

        Assert.Equal("Unrated", badge.TextContent);
        Assert.True(badge.ClassList.Contains("verdict-none"));
    }
}
