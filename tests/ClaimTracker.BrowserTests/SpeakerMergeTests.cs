using System.Text.RegularExpressions;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Sources;
using ClaimTracker.Application.Speakers;
using ClaimTracker.Application.Statements;
using ClaimTracker.BrowserTests.Infrastructure;
using ClaimTracker.Domain.Common;
using ClaimTracker.Domain.Speakers;
using ClaimTracker.Domain.Statements;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ClaimTracker.BrowserTests;

/// <summary>Merging speakers cannot be undone: the page says what will move and merges only when confirmed.</summary>
public sealed class SpeakerMergeTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public async Task An_analyst_sees_what_moves_cancels_then_confirms_and_the_duplicate_is_folded_in()
    {
        var marker = UniqueWord("merge");
        var keep = await SpeakerAsync($"Keeper {marker}", "Spokesperson");
        var duplicate = await SpeakerAsync($"Twin {marker}", "Ambassador");
        var source = (await Fixture.SendAsAsync(Roles.Analyst, new ListSources { Search = "About-Face" })).Items.Single().Id;
        foreach (var quote in new[] { "First words of the twin", "Second words of the twin" })
        {
            await Fixture.SendAsAsync(Roles.Analyst, new CreateStatement(new StatementInput
            {
                Quote = $"{quote} ({marker})",
                QuoteKind = QuoteKind.DirectQuote,
                SpeakerId = duplicate,
                SaidOn = new DateOnly(2019, 7, 23),
                SaidOnPrecision = DatePrecision.Day,
                SourceId = source,
            }));
        }
        var page = await NewSignedInPageAsync(Roles.Analyst);
        await GotoAsync(page, $"/speakers/{keep}/edit");

        await page.GetByTestId("duplicate").Locator("input").FillAsync($"Twin {marker}");
        await page.GetByTestId("duplicate").GetByRole(Microsoft.Playwright.AriaRole.Option).ClickAsync();
        await page.GetByTestId("merge-button").ClickAsync();

        var preview = page.GetByTestId("merge-preview");
        await Expect(preview).ToContainTextAsync($"Merge “Twin {marker}” into “Keeper {marker}”? This cannot be undone");
        await Expect(preview).ToContainTextAsync($"Statements by “Twin {marker}”: 2, now said by “Keeper {marker}”.");
        await Expect(preview).ToContainTextAsync("Dated roles added: 1 (Ambassador).");
        await ScreenshotAsync(page, "merge-1-preview");

        // Cancel changes nothing: the twin still has its statements.
        await page.GetByTestId("merge-cancel").ClickAsync();
        await Expect(preview).ToHaveCountAsync(0);
        Assert.Equal(2, (await Fixture.SendAsAsync(Roles.Viewer, new GetSpeaker(duplicate))).StatementCount);

        await page.GetByTestId("merge-button").ClickAsync();
        await page.GetByTestId("merge-confirm").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex($"/speakers/{keep}$"));
        await Expect(page.GetByTestId("statement-count")).ToHaveTextAsync("2");
        await ScreenshotAsync(page, "merge-2-kept-speaker");
        var kept = await Fixture.SendAsAsync(Roles.Viewer, new GetSpeaker(keep));
        Assert.Equal($"Twin {marker}", kept.Aliases);
    }

    private Task<int> SpeakerAsync(string name, string role) =>
        Fixture.SendAsAsync(Roles.Analyst, new CreateSpeaker(new SpeakerInput
        {
            Name = name,
            Kind = SpeakerKind.Person,
            Roles = [new SpeakerRoleInput(role, new DateOnly(2018, 1, 1), null)],
        }));
}
