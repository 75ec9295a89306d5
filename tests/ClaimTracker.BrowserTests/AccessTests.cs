using System.Text.RegularExpressions;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ClaimTracker.BrowserTests;

public sealed class AccessTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public async Task Viewer_reads_statements_but_is_offered_no_add_button_and_no_link_form()
    {
        const string denial = "No such request has been made by Prime Minister to the U.S. President";
        var page = await NewSignedInPageAsync(Roles.Viewer);
        await GotoAsync(page, "/statements");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Statements", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("statement-row").First).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Add statement" })).ToHaveCountAsync(0);
        await page.GetByLabel("Search quotes").FillAsync("no such request");
        await page.GetByTestId("apply-filters").ClickAsync();
        var row = page.GetByTestId("statement-row").Filter(new() { HasText = denial });
        await Expect(page.GetByTestId("statement-row")).ToHaveCountAsync(1);
        await Expect(row).ToBeVisibleAsync();
        await ScreenshotAsync(page, "e1-viewer-statement-list");

        await ClickLinkTextAsync(row.GetByTestId("statement-link"));

        await Expect(page.GetByTestId("quote")).ToHaveTextAsync(denial);
        await Expect(page.GetByTestId("speaker-link")).ToHaveTextAsync("Raveesh Kumar");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Linked statements" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("link-form")).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Edit" })).ToHaveCountAsync(0);
        await ScreenshotAsync(page, "e2-viewer-statement-page");
    }

    [Fact]
    public async Task Anonymous_visitor_opening_statements_is_sent_to_sign_in()
    {
        var page = await NewAnonymousPageAsync();

        await page.GotoAsync("/statements");

        await Expect(page).ToHaveURLAsync(new Regex(@"/Account/Login\?returnUrl=.*statements", RegexOptions.IgnoreCase));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("statement-row")).ToHaveCountAsync(0);
        await ScreenshotAsync(page, "e3-anonymous-sent-to-sign-in");
    }
}
