using System.Text.RegularExpressions;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ClaimTracker.BrowserTests;

public sealed class StatementLinkTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public async Task Analyst_links_a_statement_as_contradicting_another_and_both_pages_show_the_link()
    {
        var marker = UniqueWord("linktest");
        var firstQuote = $"The talks were a complete success ({marker} first)";
        var secondQuote = $"The talks achieved nothing at all ({marker} second)";
        var firstId = await Fixture.CreateStatementAsync(firstQuote);
        var secondId = await Fixture.CreateStatementAsync(secondQuote);

        var page = await NewSignedInPageAsync(Roles.Analyst);
        await GotoAsync(page, $"/statements/{firstId}");
        await Expect(page.GetByTestId("quote")).ToHaveTextAsync(firstQuote);
        await Expect(page.GetByTestId("links")).ToContainTextAsync("No statement is linked to this one yet.");
        // Survives only as long as the document does: a reload would drop it.
        await page.EvaluateAsync("() => { window.linkTestSameDocument = true; }");

        var form = page.GetByTestId("link-form");
        await form.GetByLabel("This statement…").SelectOptionAsync(new SelectOptionValue { Label = "Contradicts" });
        await form.GetByTestId("link-target").Locator("input").FillAsync($"{marker} second");
        await form.GetByRole(AriaRole.Option).Filter(new() { HasText = secondQuote }).ClickAsync();
        await Expect(form.GetByTestId("link-target-chosen")).ToContainTextAsync(secondQuote);
        await form.GetByRole(AriaRole.Button, new() { Name = "Link", Exact = true }).ClickAsync();

        var contradicts = page.Locator("[data-testid=link-group][data-relation=Contradicts][data-direction=Outgoing]");
        await Expect(contradicts.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Contradicts");
        await Expect(contradicts.GetByTestId("linked-statement")).ToContainTextAsync(secondQuote);
        Assert.True(await page.EvaluateAsync<bool>("() => window.linkTestSameDocument === true"),
            "The page reloaded; the link should appear without one.");
        await ScreenshotAsync(page, "d1-statement-contradicts-link-added");

        await contradicts.GetByRole(AriaRole.Link, new() { Name = secondQuote }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex($"/statements/{secondId}$"));
        await Expect(page.GetByTestId("quote")).ToHaveTextAsync(secondQuote);
        var contradictedBy = page.Locator("[data-testid=link-group][data-relation=Contradicts][data-direction=Incoming]");
        await Expect(contradictedBy.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Contradicted by");
        await Expect(contradictedBy.GetByTestId("linked-statement")).ToContainTextAsync(firstQuote);
        await ScreenshotAsync(page, "d2-other-statement-contradicted-by");
    }
}
