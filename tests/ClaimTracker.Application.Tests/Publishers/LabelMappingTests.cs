using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Publishers;
using ClaimTracker.Application.Tests.Support;
using ClaimTracker.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Tests.Publishers;

public sealed class LabelMappingTests(SeededDatabase db) : IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task Mapping_a_label_re_rates_that_publishers_reviews_with_it_and_no_others()
    {
        var first = await db.CreateStatementAsync("First claim a partner desk checked");
        var second = await db.CreateStatementAsync("Second claim a partner desk checked");
        var partner = new OutsideReviewInput { PublisherName = "Partner Desk", Label = "Misleading!" };
        var a = await db.SendAs(Roles.Analyst, new RecordOutsideReview(first, partner with { Url = "https://partner.example/1" }));
        var b = await db.SendAs(Roles.Analyst, new RecordOutsideReview(second, partner with { Label = "  MISLEADING ", Url = "https://partner.example/2" }));
        var other = await db.SendAs(Roles.Analyst, new RecordOutsideReview(second, partner with { Label = "Cherry-picked", Url = "https://partner.example/3" }));
        var publisherId = await db.Query(c => c.Publishers.Where(p => p.Name == "Partner Desk").Select(p => p.Id).SingleAsync());

        var unmapped = await db.SendAs(Roles.Editor, new GetPublisherLabels(publisherId));
        Assert.True(unmapped.CanEdit);
        Assert.Equal(2, Assert.Single(unmapped.Labels, l => l.Label.StartsWith('M') || l.Label.StartsWith(' ')).ReviewCount);

        var rerated = await db.SendAs(Roles.Editor, new MapPublisherLabel(publisherId, "misleading", Rating.Misleading));

        Assert.Equal(2, rerated);
        var ratings = await db.Query(c => c.OutsideReviews.ToDictionaryAsync(o => o.Id, o => o.Rating));
        Assert.Equal((Rating.Misleading, Rating.Misleading, (Rating?)null), (ratings[a], ratings[b], ratings[other]));
        var mapped = await db.SendAs(Roles.Viewer, new GetPublisherLabels(publisherId));
        Assert.Equal(new LabelMapping("misleading", Rating.Misleading, 2), Assert.Single(mapped.Labels, l => l.IsMapped));
        Assert.True(await db.Query(c => c.AuditEntries.AnyAsync(e => e.Entity == "RatingLabel" && e.Request.Contains("label mapping"))));

        // A new review with the label is rated on arrival; removing the mapping leaves the reviews unrated again.
        var later = await db.SendAs(Roles.Analyst, new RecordOutsideReview(first, partner with { Url = "https://partner.example/4" }));
        Assert.Equal(Rating.Misleading, await db.Query(c => c.OutsideReviews.Where(o => o.Id == later).Select(o => o.Rating).SingleAsync()));
        Assert.Equal(3, await db.SendAs(Roles.Admin, new MapPublisherLabel(publisherId, "Misleading", null)));
        Assert.Equal(4, await db.Query(c => c.OutsideReviews.CountAsync(o => o.Rating == null)));
    }

    [Fact]
    public async Task Changing_an_existing_mapping_re_rates_and_an_analyst_may_not()
    {
        var statement = await db.CreateStatementAsync("A barely true claim");
        var id = await db.SendAs(Roles.Analyst, new RecordOutsideReview(statement, new OutsideReviewInput { PublisherName = "PolitiFact", Label = "barely-true" }));
        Assert.Equal(Rating.MostlyFalse, await db.Query(c => c.OutsideReviews.Where(o => o.Id == id).Select(o => o.Rating).SingleAsync()));

        await db.RejectsWithoutWritingAsync<ForbiddenException>(() => db.SendAs(Roles.Analyst, new MapPublisherLabel(1, "barely-true", Rating.HalfTrue)));
        Assert.Equal(1, await db.SendAs(Roles.Editor, new MapPublisherLabel(1, "Barely True", Rating.HalfTrue)));

        Assert.Equal(Rating.HalfTrue, await db.Query(c => c.OutsideReviews.Where(o => o.Id == id).Select(o => o.Rating).SingleAsync()));
        Assert.Equal(Rating.HalfTrue, await db.Query(c => c.RatingLabels.Where(l => l.PublisherId == 1 && l.LabelKey == "barely-true").Select(l => l.Rating).SingleAsync()));
    }

    [Theory]
    [InlineData("", "Label", "Enter the publisher's rating label")]
    [InlineData("--", "Label", "letter or digit")]
    public async Task A_bad_mapping_is_refused_and_nothing_changes(string label, string field, string message)
    {
        var rejection = await db.RejectsWithoutWritingAsync<RequestValidationException>(() =>
            db.SendAs(Roles.Editor, new MapPublisherLabel(1, label, Rating.True)));
        Assertions.AssertNames(rejection, field, message);
    }

    [Fact]
    public async Task A_rating_off_our_scale_is_refused() =>
        Assertions.AssertNames(await db.RejectsWithoutWritingAsync<RequestValidationException>(() =>
            db.SendAs(Roles.Editor, new MapPublisherLabel(1, "true", (Rating)42))), "Rating", "Choose a rating");

    [Fact]
    public async Task Mapping_for_a_missing_publisher_is_not_found() =>
        await db.RejectsWithoutWritingAsync<NotFoundException>(() => db.SendAs(Roles.Editor, new MapPublisherLabel(404, "true", Rating.True)));
}

/// <summary>On an empty database of its own: the other class edits PolitiFact's mapping.</summary>
public sealed class DefaultLabelTests(EmptyDatabase db) : IClassFixture<EmptyDatabase>
{
    [Fact]
    public async Task Every_database_starts_with_PolitiFacts_labels_mapped()
    {
        var publishers = await db.SendAs(Roles.Viewer, new ListPublishers());
        var politifact = Assert.Single(publishers.Items, p => p.Name == "PolitiFact");

        var labels = await db.SendAs(Roles.Viewer, new GetPublisherLabels(politifact.Id));

        var mapping = labels.Labels.ToDictionary(l => l.Label, l => l.Rating);
        Assert.Equal(Rating.True, mapping["true"]);
        Assert.Equal(Rating.MostlyTrue, mapping["mostly-true"]);
        Assert.Equal(Rating.HalfTrue, mapping["half-true"]);
        Assert.Equal(Rating.MostlyFalse, mapping["barely-true"]);
        Assert.Equal(Rating.False, mapping["false"]);
        Assert.Equal(Rating.False, mapping["pants-fire"]);
    }
}
