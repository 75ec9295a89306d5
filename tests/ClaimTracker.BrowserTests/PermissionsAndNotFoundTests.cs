using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Reviews;
using ClaimTracker.Application.Sources;
using ClaimTracker.Application.Speakers;
using ClaimTracker.Application.Statements;
using ClaimTracker.BrowserTests.Infrastructure;
using ClaimTracker.Domain.Common;
using ClaimTracker.Domain.Reviews;
using ClaimTracker.Domain.Speakers;
using ClaimTracker.Domain.Statements;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ClaimTracker.BrowserTests;

/// <summary>
/// A viewer is shown records to read, not forms they cannot save; an address for nothing answers 404; a merged
/// speaker's address leads on; and the public reads a paraphrase as a paraphrase.
/// </summary>
public sealed class PermissionsAndNotFoundTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public async Task A_viewer_reads_a_statement_with_no_edit_button_and_its_edit_page_read_only()
    {
        var statement = await Fixture.CreateStatementAsync($"Words a viewer may only read ({UniqueWord("viewer")})");
        var viewer = await NewSignedInPageAsync(Roles.Viewer);

        await GotoAsync(viewer, $"/statements/{statement}");
        await Expect(viewer.GetByTestId("quote")).ToContainTextAsync("Words a viewer may only read");
        await Expect(viewer.GetByTestId("edit-statement")).ToHaveCountAsync(0);
        await Expect(viewer.GetByTestId("annotate")).ToHaveCountAsync(0);
        await Expect(viewer.GetByTestId("link-form")).ToHaveCountAsync(0);
        await Expect(viewer.GetByTestId("review").Locator("button")).ToHaveCountAsync(0);

        await GotoAsync(viewer, $"/statements/{statement}/edit");
        await Expect(viewer.GetByTestId("read-only")).ToHaveTextAsync("Your role lets you read this statement but not change it.");
        await Expect(viewer.GetByLabel("Words as reported")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("Words a viewer may only read"));
        await Expect(viewer.GetByLabel("Words as reported")).ToBeDisabledAsync();
        await Expect(viewer.GetByTestId("save")).ToHaveCountAsync(0);
        await ScreenshotAsync(viewer, "p1-viewer-reads-statement-read-only");

        await GotoAsync(viewer, "/statements");
        await Expect(viewer.GetByTestId("statement-list")).ToBeVisibleAsync();
        await Expect(viewer.GetByTestId("add-statement")).ToHaveCountAsync(0);
        await GotoAsync(viewer, "/sources/new");
        await Expect(viewer.GetByTestId("may-not-add")).ToBeVisibleAsync();
        await Expect(viewer.GetByTestId("source-form")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Addresses_for_nothing_answer_404_and_an_unpublished_fact_check_is_not_found()
    {
        var unpublished = await Fixture.CreateStatementAsync($"Not yet fact-checked ({UniqueWord("draft")})");
        await Fixture.SendAsAsync(Roles.Analyst, new DraftReview(unpublished, null, new ReviewInput { Rating = Rating.False, Rationale = "A draft only." }));

        var visitor = await NewAnonymousPageAsync();
        foreach (var path in new[] { $"/fact-checks/{unpublished}", "/fact-checks/99999999" })
        {
            var response = await visitor.GotoAsync(path);
            Assert.Equal(404, response!.Status);
            await Expect(visitor.Locator("main")).Not.ToContainTextAsync("Not yet fact-checked");
        }
        await ScreenshotAsync(visitor, "p2-unpublished-fact-check-404");

        var viewer = await NewSignedInPageAsync(Roles.Viewer);
        foreach (var path in new[] { "/statements/99999999", "/speakers/99999999", "/sources/99999999/edit", "/statements/99999999/edit" })
        {
            var response = await viewer.GotoAsync(path);
            Assert.True(response!.Status == 404, $"{path} answered {response.Status}.");
        }
        var published = (await Fixture.SendAsAsync(Roles.Viewer, new ListPublishedReviews())).Items[0].StatementId;
        Assert.Equal(200, (await visitor.GotoAsync($"/fact-checks/{published}"))!.Status);
        Assert.Equal(200, (await viewer.GotoAsync($"/statements/{unpublished}"))!.Status);
    }

    [Fact]
    public async Task A_merged_speakers_address_leads_to_the_speaker_it_was_merged_into()
    {
        var marker = UniqueWord("merge");
        var keep = await Fixture.SendAsAsync(Roles.Analyst, new CreateSpeaker(new SpeakerInput { Name = $"Kept {marker}", Kind = SpeakerKind.Person }));
        var duplicate = await Fixture.SendAsAsync(Roles.Analyst, new CreateSpeaker(new SpeakerInput { Name = $"Duplicate {marker}", Kind = SpeakerKind.Person }));
        var version = (await Fixture.SendAsAsync(Roles.Viewer, new GetSpeaker(keep))).Version;
        await Fixture.SendAsAsync(Roles.Analyst, new MergeSpeakers(keep, version, duplicate));

        var viewer = await NewSignedInPageAsync(Roles.Viewer);
        var response = await viewer.GotoAsync($"/speakers/{duplicate}");

        Assert.Equal(200, response!.Status);
        Assert.Equal(302, (await response.Request.RedirectedFrom!.ResponseAsync())!.Status);
        Assert.EndsWith($"/speakers/{keep}?merged={duplicate}", viewer.Url, StringComparison.Ordinal);
        await Expect(viewer.GetByTestId("speaker-name")).ToHaveTextAsync($"Kept {marker}");
        await Expect(viewer.GetByTestId("merged-notice")).ToHaveTextAsync($"“Duplicate {marker}” was merged into this speaker; its statements are listed here.");
        await ScreenshotAsync(viewer, "p3-merged-speaker-leads-on");
    }

    [Fact]
    public async Task The_public_reads_a_paraphrase_without_quotation_marks()
    {
        var marker = UniqueWord("paraphrase");
        var speakers = await Fixture.SendAsAsync(Roles.Analyst, new ListSpeakers { Search = "Alyssa Ayres" });
        var sources = await Fixture.SendAsAsync(Roles.Analyst, new ListSources { Search = "About-Face" });
        var statement = await Fixture.SendAsAsync(Roles.Analyst, new CreateStatement(new StatementInput
        {
            Quote = $"She said one country asked for mediation {marker}",
            QuoteKind = QuoteKind.Paraphrase,
            SpeakerId = speakers.Items.Single().Id,
            SaidOn = new DateOnly(2019, 1, 1),
            SaidOnPrecision = DatePrecision.Year,
            SourceId = sources.Items.Single().Id,
        }));
        await Fixture.SendAsAsync(Roles.Analyst, new DraftReview(statement, null, new ReviewInput { Rating = Rating.HalfTrue, Rationale = "Partly so." }));
        await Fixture.SendAsAsync(Roles.Analyst, new SubmitReview(statement, await ReviewVersionAsync(statement)));
        await Fixture.SendAsAsync(Roles.Editor, new PublishReview(statement, await ReviewVersionAsync(statement)));

        var visitor = await NewAnonymousPageAsync();
        await GotoAsync(visitor, "/fact-checks");
        var entry = visitor.GetByTestId("fact-check").Filter(new() { HasText = marker });
        await Expect(entry.Locator("a.quote")).ToHaveTextAsync($"Paraphrase: She said one country asked for mediation {marker}");
        await Expect(entry.Locator(".meta")).ToContainTextAsync("2019");
        await Expect(entry.Locator(".meta")).Not.ToContainTextAsync("1 Jan");
        await ScreenshotAsync(visitor, "p4-public-paraphrase");

        await GotoAsync(visitor, $"/fact-checks/{statement}");
        await Expect(visitor.GetByTestId("fact-check-quote")).ToHaveTextAsync($"She said one country asked for mediation {marker}");
    }

    private async Task<Guid> ReviewVersionAsync(int statement) =>
        (await Fixture.SendAsAsync(Roles.Viewer, new GetStatement(statement))).Review!.Version;
}
