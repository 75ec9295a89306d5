using System.Text.RegularExpressions;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ClaimTracker.BrowserTests;

public sealed class StatementSearchTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    private const string TrumpClaim = "Indian Prime Minister Narendra Modi had asked him to mediate the conflict";
    private const string IndiasDenial = "No such request has been made by Prime Minister to the U.S. President";

    [Fact]
    public async Task Analyst_searching_for_mediate_finds_Trumps_claim_and_follows_Indias_denial_to_the_spokesman()
    {
        var page = await NewSignedInPageAsync(Roles.Analyst);
        await GotoAsync(page, "/statements");

        await page.GetByLabel("Search quotes").FillAsync("mediate");
        await page.GetByTestId("apply-filters").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"/statements\?q=mediate$"));
        var claimRow = page.GetByTestId("statement-row").Filter(new() { HasText = TrumpClaim });
        await Expect(claimRow).ToHaveCountAsync(1);
        await Expect(claimRow.Locator("td.speaker")).ToContainTextAsync("Donald Trump");
        // Every row shown says why it matched: a marked word in its quote, or a marked name, topic or context.
        foreach (var row in await page.GetByTestId("statement-row").AllAsync())
        {
            Assert.True(await row.Locator("mark").CountAsync() > 0, await row.InnerTextAsync());
        }
        await ScreenshotAsync(page, "a1-statement-list-search-mediate");

        await claimRow.GetByTestId("statement-link").ClickAsync();

        await Expect(page.GetByTestId("quote")).ToHaveTextAsync(TrumpClaim);
        await Expect(page.GetByTestId("speaker-link")).ToHaveTextAsync("Donald Trump");
        var rebuttedBy = page.Locator("[data-testid=link-group][data-relation=Rebuts][data-direction=Incoming]");
        await Expect(rebuttedBy.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Rebutted by");
        var denial = rebuttedBy.GetByTestId("linked-statement").Filter(new() { HasText = IndiasDenial });
        await Expect(denial).ToHaveCountAsync(1);
        await Expect(denial.GetByTestId("linked-speaker")).ToHaveTextAsync("Raveesh Kumar");
        await ScreenshotAsync(page, "a2-statement-trump-rebutted-by-india");

        await denial.GetByTestId("linked-speaker").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"/speakers/\d+$"));
        await Expect(page.GetByTestId("speaker-name")).ToHaveTextAsync("Raveesh Kumar");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Raveesh Kumar", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("speaker-statement").Filter(new() { HasText = IndiasDenial })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("speaker-statement").Filter(new() { HasText = "discussed only bilaterally" })).ToBeVisibleAsync();
        await ScreenshotAsync(page, "a3-speaker-raveesh-kumar");
    }

    [Fact]
    public async Task Searching_mediate_marks_mediation_in_quotes_and_Kashmir_in_topics_best_match_first()
    {
        var page = await NewSignedInPageAsync(Roles.Viewer);
        await GotoAsync(page, "/statements");

        await page.GetByLabel("Search quotes").FillAsync("mediate");
        await page.GetByTestId("apply-filters").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"/statements\?q=mediate$"));
        await Expect(page.Locator("#sort")).ToHaveValueAsync("");
        await Expect(page.Locator("#sort option").First).ToHaveTextAsync("Best match");
        // "mediation" is found by its stem and marked in the quote.
        var stemmed = page.GetByTestId("statement-row").Filter(new() { HasText = "One country always asks for mediation" });
        await Expect(stemmed.Locator(".words mark")).ToHaveTextAsync("mediation");
        await Expect(page.GetByTestId("statement-row").Filter(new() { HasText = TrumpClaim }).Locator("mark").First).ToHaveTextAsync("mediate");
        await ScreenshotAsync(page, "search-1-mediate-marked");

        await page.GetByLabel("Search quotes").FillAsync("Kashmir");
        await page.GetByTestId("apply-filters").ClickAsync();

        // The denial never says Kashmir; its topic does, and the list says so.
        var denial = page.GetByTestId("statement-row").Filter(new() { HasText = IndiasDenial });
        await Expect(denial.GetByTestId("matched-topics").Locator("mark")).ToHaveTextAsync("Kashmir");
        await Expect(denial.Locator("q mark")).ToHaveCountAsync(0);
        await ScreenshotAsync(page, "search-2-kashmir-by-topic");
    }
}
