using System.Text.Json.Nodes;
using ClaimTracker.Application.Publishers;
using ClaimTracker.Application.Reviews;
using ClaimTracker.Domain.Common;
using ClaimTracker.Domain.Reviews;

namespace ClaimTracker.Application.Tests.Interchange;

public sealed class ClaimReviewMarkupTests
{
    private static readonly Uri PublicBase = new("https://desk.test/");

    private static PublishedReview Nasty() => new()
    {
        StatementId = 42,
        Quote = "He said \"</script><script>alert(1)</script>\" & <!-- then left",
        SpeakerName = "Ana <b>Ruiz</b>",
        SpeakerIsPerson = true,
        SpeakerRole = "Minister of Finance",
        SaidOn = new DateOnly(2019, 7, 22),
        SaidOnPrecision = DatePrecision.Month,
        SourceOutlet = "The Daily",
        SourceHeadline = "A headline",
        SourceUrl = "https://news.test/a",
        Rating = Rating.MostlyFalse,
        Rationale = "Because </SCRIPT> is text.",
        PublishedAtUtc = new DateTime(2019, 7, 24, 10, 0, 0, DateTimeKind.Utc),
        CorrectedAtUtc = new DateTime(2019, 8, 1, 9, 30, 0, DateTimeKind.Utc),
    };

    [Fact]
    public void A_quote_that_closes_the_script_block_cannot_break_out_of_it()
    {
        var json = ClaimReviewMarkup.ToScriptJson(ClaimReviewMarkup.For(Nasty(), new DeskOrganisation(), PublicBase));

        Assert.DoesNotContain("<", json);
        Assert.DoesNotContain(">", json);
        Assert.Equal(Nasty().Quote, JsonNode.Parse(json)!["claimReviewed"]!.GetValue<string>());
    }

    [Fact]
    public void The_markup_carries_googles_required_fields_and_our_scale()
    {
        var markup = ClaimReviewMarkup.For(Nasty(), new DeskOrganisation { Name = "Our Desk", Url = "https://ours.test/" }, PublicBase);

        Assert.Equal("ClaimReview", markup["@type"]!.GetValue<string>());
        Assert.Equal("https://desk.test/fact-checks/42", markup["url"]!.GetValue<string>());
        Assert.Equal(("Our Desk", "https://ours.test/"), (markup["author"]!["name"]!.GetValue<string>(), markup["author"]!["url"]!.GetValue<string>()));
        var claim = markup["itemReviewed"]!;
        Assert.Equal(("Claim", "Person", "Minister of Finance", "2019-07"),
            (claim["@type"]!.GetValue<string>(), claim["author"]!["@type"]!.GetValue<string>(), claim["author"]!["jobTitle"]!.GetValue<string>(),
             claim["datePublished"]!.GetValue<string>()));
        Assert.Equal("https://news.test/a", claim["firstAppearance"]!["url"]!.GetValue<string>());
        var rating = markup["reviewRating"]!;
        Assert.Equal(("Mostly false", 2, 5, 1),
            (rating["alternateName"]!.GetValue<string>(), rating["ratingValue"]!.GetValue<int>(), rating["bestRating"]!.GetValue<int>(), rating["worstRating"]!.GetValue<int>()));
        Assert.Equal(("2019-07-24", "2019-08-01T09:30:00Z"), (markup["datePublished"]!.GetValue<string>(), markup["dateModified"]!.GetValue<string>()));
    }

    [Fact]
    public void The_claimant_is_the_same_as_their_reference_page_only_when_they_have_one()
    {
        var withPage = ClaimReviewMarkup.For(Nasty() with { SpeakerReferenceUrl = "https://people.test/wiki/Ana_Ruiz" }, new DeskOrganisation(), PublicBase);
        var withoutPage = ClaimReviewMarkup.For(Nasty(), new DeskOrganisation(), PublicBase);

        Assert.Equal("https://people.test/wiki/Ana_Ruiz", withPage["itemReviewed"]!["author"]!["sameAs"]!.GetValue<string>());
        Assert.False(withoutPage["itemReviewed"]!["author"]!.AsObject().ContainsKey("sameAs"));
        Assert.Empty(SchemaOrgVocabulary.Subset.Problems(withPage));
        Assert.Empty(GoogleClaimReviewRules.Problems(withPage));
        // A body has a reference page too (a ministry's own site, its encyclopaedia entry).
        var body = ClaimReviewMarkup.For(Nasty() with { SpeakerIsPerson = false, SpeakerReferenceUrl = "https://ministry.test/" }, new DeskOrganisation(), PublicBase);
        Assert.Equal(("Organization", "https://ministry.test/"),
            (body["itemReviewed"]!["author"]!["@type"]!.GetValue<string>(), body["itemReviewed"]!["author"]!["sameAs"]!.GetValue<string>()));
        Assert.Empty(SchemaOrgVocabulary.Subset.Problems(body));
    }

    [Theory]
    [InlineData(DatePrecision.Day, "2019-07-22")]
    [InlineData(DatePrecision.Month, "2019-07")]
    [InlineData(DatePrecision.Year, "2019")]
    [InlineData(DatePrecision.Approximate, "2019")]
    public void The_claims_date_is_no_more_precise_than_the_desk_knows(DatePrecision precision, string expected) =>
        Assert.Equal(expected, ClaimReviewMarkup.Date(new DateOnly(2019, 7, 22), precision));

    [Fact]
    public void Off_scale_verdicts_carry_their_name_but_no_number()
    {
        var rating = ClaimReviewMarkup.For(Nasty() with { Rating = Rating.Misleading, SpeakerIsPerson = false }, new DeskOrganisation(), PublicBase);

        Assert.Equal("Misleading", rating["reviewRating"]!["alternateName"]!.GetValue<string>());
        Assert.Null(rating["reviewRating"]!["ratingValue"]);
        Assert.Equal("Organization", rating["itemReviewed"]!["author"]!["@type"]!.GetValue<string>());
        Assert.Null(rating["itemReviewed"]!["author"]!["jobTitle"]);
    }
}
