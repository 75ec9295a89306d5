using System.Text.Json.Nodes;
using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Publishers;
using ClaimTracker.Application.Reviews;
using ClaimTracker.Application.Tests.Support;
using ClaimTracker.Domain.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Application.Tests.Interchange;

/// <summary>
/// The ClaimReview feed (ListClaimReviews) and the fact-check pages' markup over the seeded desk, checked against the
/// schema.org vocabulary subset and Google's ClaimReview rules; and the check itself refusing bad markup.
/// </summary>
public sealed class ClaimReviewFeedTests(SeededDatabase db) : IClassFixture<SeededDatabase>
{
    private static readonly Uri PublicBase = new("https://claims.example.test/");
    private static SchemaOrgVocabulary Vocabulary => SchemaOrgVocabulary.Subset;

    [Fact]
    public void The_subset_names_its_release_and_holds_every_type_we_emit()
    {
        Assert.Equal("30.0", Vocabulary.Release);
        Assert.Equal(["ClaimReview", "CreativeWork", "Review", "Thing"], Vocabulary.SelfAndAncestors("ClaimReview").Order(StringComparer.Ordinal));
        Assert.Contains("Dataset", Vocabulary.SelfAndAncestors("DataFeed"));
    }

    [Fact]
    public async Task Every_published_fact_check_page_carries_valid_markup_with_googles_required_fields()
    {
        var corrected = await db.PublishedStatementAsync("A claim whose verdict was corrected later");
        await db.SendAs(Roles.Editor, new CorrectReview(corrected, await db.ReviewVersionAsync(corrected), Workflow.Verdict(Rating.Misleading), "New context."));
        var published = await Pages.WalkAsync(Cursor.MaxPageSize, after => db.SendAs(null, new ListPublishedReviews { PageSize = Cursor.MaxPageSize, After = after }));
        Assert.True(published.Count >= 2, "The seeds publish fact-checks.");

        var sameAs = new List<string>();
        foreach (var summary in published)
        {
            var markup = ClaimReviewMarkup.For(await db.SendAs(null, new GetPublishedReview(summary.StatementId)), Organisation, PublicBase);

            Assert.Empty(Vocabulary.Problems(markup).Select(p => $"fact-check {summary.StatementId}: {p}"));
            Assert.Empty(GoogleClaimReviewRules.Problems(markup).Select(p => $"fact-check {summary.StatementId}: {p}"));
            if (markup["itemReviewed"]!["author"]!["sameAs"] is { } page)
            {
                sameAs.Add(page.GetValue<string>());
            }
        }
        // The seeds give Donald Trump a reference page, so the check above really saw a sameAs.
        Assert.Contains("https://www.wikidata.org/wiki/Q22686", sameAs);
        var correctedMarkup = ClaimReviewMarkup.For(await db.SendAs(null, new GetPublishedReview(corrected)), Organisation, PublicBase);
        Assert.NotNull(correctedMarkup["dateModified"]);
        Assert.Equal("Misleading", correctedMarkup["reviewRating"]!["alternateName"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_feed_pages_through_every_published_review_of_ours_and_nothing_else()
    {
        var draft = await db.DraftedStatementAsync(quote: "A drafted claim the feed must not carry");
        var submitted = await db.SubmittedStatementAsync("A submitted claim the feed must not carry");
        var newest = await db.PublishedStatementAsync("The newest claim the feed carries first");
        // An outside publisher's verdict on a claim of ours: theirs, not ours, so it is not in our feed.
        await db.SendAs(Roles.Analyst, new RecordOutsideReview(newest, new OutsideReviewInput { PublisherName = "A Partner Desk", Label = "Dubious claim label" }));
        var outsideOnly = await db.CreateStatementAsync("A claim only an outside publisher has checked");
        await db.SendAs(Roles.Analyst, new RecordOutsideReview(outsideOnly, new OutsideReviewInput { PublisherName = "A Partner Desk", Label = "Dubious claim label" }));

        var pages = new List<JsonObject>();
        var items = new List<JsonObject>();
        string? after = null;
        do
        {
            var page = await db.SendAs(null, new ListClaimReviews(PublicBase) { PageSize = 3, After = after });
            pages.Add(page);
            items.AddRange(page["dataFeedElement"]!.AsArray().Select(i => i!.AsObject()));
            after = page[ListClaimReviews.NextTerm] is { } next ? System.Web.HttpUtility.ParseQueryString(new Uri(next.GetValue<string>()).Query)["after"] : null;
            Assert.True(pages.Count < 100, "The feed's paging did not end.");
        }
        while (after is not null);

        var expected = await db.Query(d => d.Reviews.Where(r => r.Status == ReviewStatus.Published)
            .OrderByDescending(r => r.PublishedAtUtc).ThenByDescending(r => r.StatementId).Select(r => r.StatementId).ToListAsync());
        Assert.Equal(expected.Select(PageUrl), items.Select(i => i["url"]!.GetValue<string>()));
        Assert.Equal(PageUrl(newest), items[0]["url"]!.GetValue<string>());
        Assert.DoesNotContain(items, i => new[] { draft, submitted, outsideOnly }.Select(PageUrl).Contains(i["url"]!.GetValue<string>()));
        Assert.DoesNotContain("Dubious claim label", string.Concat(pages.Select(p => p.ToJsonString())), StringComparison.Ordinal);
        Assert.All(pages[..^1], p => Assert.Equal(3, p["dataFeedElement"]!.AsArray().Count));
        Assert.All(pages[..^1], p => Assert.StartsWith("https://claims.example.test/api/claimreviews?pageSize=3&after=", p["next"]!.GetValue<string>(), StringComparison.Ordinal));
        Assert.Null(pages[^1]["next"]);

        foreach (var page in pages)
        {
            Assert.Equal("DataFeed", page["@type"]!.GetValue<string>());
            Assert.Empty(Vocabulary.Problems(page));
        }
        // Each item is the fact-check page's own markup, without the context the feed already gives.
        foreach (var item in items.Take(5))
        {
            var id = int.Parse(item["url"]!.GetValue<string>().Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
            var pageMarkup = ClaimReviewMarkup.For(await db.SendAs(null, new GetPublishedReview(id)), Organisation, PublicBase);
            pageMarkup.Remove("@context");
            Assert.True(JsonNode.DeepEquals(pageMarkup, item), $"The feed's item for {id} differs from its page's markup.");
            Assert.Empty(GoogleClaimReviewRules.Problems(item));
        }
    }

    [Theory]
    [InlineData(0, null, "PageSize")]
    [InlineData(Cursor.MaxPageSize + 1, null, "PageSize")]
    [InlineData(10, "not-a-cursor", "After")]
    [InlineData(10, "MTIzfGFiYw", "After")]
    public async Task Bad_paging_is_refused_with_a_message(int pageSize, string? after, string field)
    {
        var refused = await Assert.ThrowsAsync<RequestValidationException>(() =>
            db.SendAs(null, new ListClaimReviews(PublicBase) { PageSize = pageSize, After = after }));

        Assert.True(refused.Errors.ContainsKey(field), string.Join("; ", refused.Errors.Keys));
    }

    [Fact]
    public void The_check_refuses_unknown_and_misplaced_properties_and_types()
    {
        var good = ClaimReviewMarkup.For(new PublishedReview
        {
            StatementId = 7,
            Quote = "Words",
            SpeakerName = "A Ministry",
            SpeakerIsPerson = false,
            SaidOn = new DateOnly(2020, 1, 2),
            SourceOutlet = "The Daily",
            SourceHeadline = "Headline",
            Rating = Rating.False,
            Rationale = "Because.",
            PublishedAtUtc = new DateTime(2020, 1, 3, 0, 0, 0, DateTimeKind.Utc),
        }, Organisation, PublicBase);
        Assert.Empty(Vocabulary.Problems(good));

        Assert.Contains(Vocabulary.Problems(With(good, m => m["verdict"] = "False")), p => p.StartsWith("$.verdict: 'verdict' is not a schema.org 30.0 property", StringComparison.Ordinal));
        // jobTitle exists, but on Person only: a ministry has no job title.
        Assert.Contains(Vocabulary.Problems(With(good, m => m["itemReviewed"]!["author"]!["jobTitle"] = "Minister")),
            p => p.StartsWith("$.itemReviewed.author.jobTitle: 'jobTitle' belongs to Person, not to Organization", StringComparison.Ordinal));
        Assert.Contains(Vocabulary.Problems(With(good, m => m["itemReviewed"]!["@type"] = "FactClaim")), p => p.Contains("@type 'FactClaim' is not a schema.org", StringComparison.Ordinal));
        Assert.Contains(Vocabulary.Problems(With(good, m => m["reviewRating"]!["@type"] = "Person")),
            p => p.StartsWith("$.reviewRating: a Person where the property expects Rating", StringComparison.Ordinal));
        Assert.Contains(Vocabulary.Problems(With(good, m => m["@context"] = "https://example.test/vocab")), p => p.StartsWith("$.@context", StringComparison.Ordinal));
        Assert.Contains(GoogleClaimReviewRules.Problems(With(good, m => m["reviewRating"]!.AsObject().Remove("alternateName"))), p => p.StartsWith("reviewRating.alternateName", StringComparison.Ordinal));
        Assert.Contains(GoogleClaimReviewRules.Problems(With(good, m => m.Remove("claimReviewed"))), p => p.StartsWith("claimReviewed", StringComparison.Ordinal));
        Assert.Contains(GoogleClaimReviewRules.Problems(With(good, m => m["url"] = "/fact-checks/7")), p => p.StartsWith("url", StringComparison.Ordinal));
    }

    private DeskOrganisation Organisation => db.Services.GetRequiredService<DeskOrganisation>();

    private static string PageUrl(int statementId) => ClaimReviewMarkup.PageUrl(PublicBase, statementId).AbsoluteUri;

    private static JsonObject With(JsonObject markup, Action<JsonObject> change)
    {
        var copy = markup.DeepClone().AsObject();
        change(copy);
        return copy;
    }
}
