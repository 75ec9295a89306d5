using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Publishers;
using ClaimTracker.Application.Reviews;
using ClaimTracker.Application.Statements;
using ClaimTracker.BrowserTests.Infrastructure;
using ClaimTracker.Domain.Reviews;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ClaimTracker.BrowserTests.Publishers;

/// <summary>
/// Another publisher's fact-check beside ours: the statement page shows both and says where they disagree, an
/// editor re-maps the publisher's label and the statement page follows; the charts switch publisher by URL.
/// </summary>
public sealed class PublisherReviewsTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public async Task Both_reviews_show_side_by_side_and_a_new_mapping_changes_what_the_statement_page_says()
    {
        var marker = UniqueWord("sidebyside");
        var statement = await Fixture.CreateStatementAsync($"Nobody asked anyone to mediate anything {marker}");
        await Fixture.SendAsAsync(Roles.Analyst, new DraftReview(statement, null, new ReviewInput { Rating = Rating.False, Rationale = "The ministry denied it." }));
        await Fixture.SendAsAsync(Roles.Analyst, new SubmitReview(statement, await ReviewVersionAsync(statement)));
        await Fixture.SendAsAsync(Roles.Editor, new PublishReview(statement, await ReviewVersionAsync(statement)));
        var publisherName = $"Partner Desk {marker}";
        const string label = "Spot On";
        await Fixture.SendAsAsync(Roles.Analyst, new RecordOutsideReview(statement, new OutsideReviewInput
        {
            PublisherName = publisherName,
            PublisherSite = "https://partner.example/",
            Label = label,
            Url = "https://partner.example/checks/mediation",
            Title = "Partner Desk on the mediation claim",
            ReviewedOn = new DateOnly(2019, 7, 26),
        }));
        var publisherId = (await Fixture.SendAsAsync(Roles.Viewer, new GetStatement(statement))).OutsideReviews.Single().PublisherId;
        await Fixture.SendAsAsync(Roles.Editor, new MapPublisherLabel(publisherId, label, Rating.True));

        var editor = await NewSignedInPageAsync(Roles.Editor);
        await GotoAsync(editor, $"/statements/{statement}");
        var table = editor.GetByTestId("reviews-side-by-side");
        await Expect(table.GetByTestId("our-review")).ToContainTextAsync("False");
        var theirs = table.GetByTestId("outside-review");
        await Expect(theirs).ToContainTextAsync(publisherName);
        await Expect(theirs.GetByTestId("original-label")).ToHaveTextAsync($"“{label}”");
        await Expect(theirs.GetByTestId("mapped-rating")).ToHaveTextAsync("True");
        await Expect(theirs).ToContainTextAsync("26 Jul 2019");
        await Expect(theirs.GetByTestId("review-url")).ToHaveAttributeAsync("href", "https://partner.example/checks/mediation");
        await Expect(theirs.GetByTestId("publisher-site")).ToHaveAttributeAsync("href", "https://partner.example/");
        await Expect(editor.GetByTestId("publishers-disagree")).ToContainTextAsync("Publishers disagree.");
        await ScreenshotAsync(editor, "publishers-1-statement-disagree");

        // The JSON API carries each review's publisher and its label as given.
        var api = (await (await editor.Context.APIRequest.GetAsync($"/api/statements/{statement}")).JsonAsync())!.Value;
        var outside = api.GetProperty("outsideReviews").EnumerateArray().Single();
        Assert.Equal((publisherName, label, "True"),
            (outside.GetProperty("publisherName").GetString(), outside.GetProperty("label").GetString(), outside.GetProperty("rating").GetString()));
        Assert.True(api.GetProperty("publishersDisagree").GetBoolean());

        // The editor finds the mapping from the menu and re-maps the label.
        await editor.GetByTestId("publishers-nav").ClickAsync();
        await editor.GetByTestId("publisher-link").Filter(new() { HasText = publisherName }).ClickAsync();
        await Expect(editor.GetByTestId("publisher-name")).ToHaveTextAsync(publisherName);
        await BrowserFixture.WaitForCircuitAsync(editor);
        var row = editor.GetByTestId("label-row").Filter(new() { HasText = label });
        await row.Locator("select").SelectOptionAsync(nameof(Rating.MostlyFalse));
        await Expect(editor.GetByTestId("notice")).ToHaveTextAsync($"“{label}” now counts as Mostly false: 1 review re-rated.");
        await ScreenshotAsync(editor, "publishers-2-mapping-changed");

        await GotoAsync(editor, $"/statements/{statement}");
        await Expect(editor.GetByTestId("outside-review").GetByTestId("mapped-rating")).ToHaveTextAsync("Mostly false");
        await Expect(editor.GetByTestId("outside-review").GetByTestId("original-label")).ToHaveTextAsync($"“{label}”");
        await Expect(editor.GetByTestId("publishers-disagree")).ToHaveCountAsync(0);
        await ScreenshotAsync(editor, "publishers-3-statement-agrees");

        // The speaker's charts switch to that publisher, and the address keeps the choice.
        var speaker = (await Fixture.SendAsAsync(Roles.Viewer, new GetStatement(statement))).SpeakerId;
        await GotoAsync(editor, $"/speakers/{speaker}");
        await BrowserFixture.WaitForCircuitAsync(editor);
        await editor.GetByTestId("chart-publisher").SelectOptionAsync(publisherId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(editor).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/speakers/{speaker}\\?publisher={publisherId}$"));
        await Expect(editor.GetByTestId("publisher-scope")).ToContainTextAsync($"{publisherName}'s verdicts");
        await ScreenshotAsync(editor, "publishers-4-charts-one-publisher");

        var viewer = await NewSignedInPageAsync(Roles.Viewer);
        await GotoAsync(viewer, $"/speakers/{speaker}?publisher={publisherId}");
        await Expect(viewer.GetByTestId("chart-publisher")).ToHaveValueAsync(publisherId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(viewer.GetByTestId("publisher-scope")).ToContainTextAsync($"{publisherName}'s verdicts");
        // A viewer reads the mapping but has no control to change it.
        await GotoAsync(viewer, $"/publishers/{publisherId}");
        await Expect(viewer.GetByTestId("label-row").Filter(new() { HasText = label })).ToContainTextAsync("Mostly false");
        await Expect(viewer.Locator("[data-testid=label-mapping] select")).ToHaveCountAsync(0);
        await Expect(viewer.GetByTestId("read-only-note")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_bad_publisher_gets_the_same_message_from_the_statement_list_and_the_speaker_stats()
    {
        var page = await NewSignedInPageAsync(Roles.Viewer);

        var fromList = await page.Context.APIRequest.GetAsync("/api/statements?publisher=theirs");
        var fromStats = await page.Context.APIRequest.GetAsync("/api/speakers/1/stats?publisher=theirs");

        Assert.Equal([PublisherFilter.Problem], await PublisherMessagesAsync(fromList));
        Assert.Equal([PublisherFilter.Problem], await PublisherMessagesAsync(fromStats));
    }

    private static async Task<string[]> PublisherMessagesAsync(IAPIResponse response)
    {
        Assert.Equal(400, response.Status);
        var problem = (await response.JsonAsync())!.Value;
        return problem.GetProperty("errors").GetProperty("publisher").EnumerateArray().Select(e => e.GetString() ?? "").ToArray();
    }

    private async Task<Guid> ReviewVersionAsync(int statement) =>
        (await Fixture.SendAsAsync(Roles.Viewer, new GetStatement(statement))).Review!.Version;
}
