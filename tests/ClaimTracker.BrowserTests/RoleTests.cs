using ClaimTracker.Application.Common.Security;
using ClaimTracker.BrowserTests.Infrastructure;
using ClaimTracker.Infrastructure.Identity;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ClaimTracker.BrowserTests;

/// <summary>Each role signs in through the real form and sees what it may do, and not what it may not.</summary>
public sealed class RoleTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public async Task An_editor_sees_publish_on_a_verdict_in_review_that_an_analyst_cannot_publish()
    {
        var statement = await Fixture.CreateStatementAsync($"A claim in draft ({UniqueWord("roles")})");
        await Fixture.SendAsAsync(Roles.Analyst, new Application.Reviews.DraftReview(statement, null, new Application.Reviews.ReviewInput
        {
            Rating = Domain.Reviews.Rating.MostlyFalse,
            Rationale = "Drafted by the analyst for the roles test.",
        }));

        var analyst = await NewSignedInPageAsync(Roles.Analyst);
        await GotoAsync(analyst, $"/statements/{statement}");
        await Expect(analyst.GetByTestId("review-status")).ToContainTextAsync("Draft");
        await Expect(analyst.GetByTestId("publish")).ToHaveCountAsync(0);
        await analyst.GetByTestId("submit-review").ClickAsync();
        await Expect(analyst.GetByTestId("review-status")).ToContainTextAsync("In review");
        await Expect(analyst.GetByTestId("publish")).ToHaveCountAsync(0);

        var editor = await NewSignedInPageAsync(Roles.Editor);
        await GotoAsync(editor, $"/statements/{statement}");
        await Expect(editor.GetByTestId("publish")).ToBeVisibleAsync();
        await ScreenshotAsync(editor, "r1-editor-sees-publish");
    }

    [Fact]
    public async Task An_admin_manages_accounts_and_other_roles_do_not_see_the_page()
    {
        var admin = await NewSignedInPageAsync(Roles.Admin);
        await Expect(admin.GetByRole(AriaRole.Link, new() { Name = "Accounts" })).ToBeVisibleAsync();
        await GotoAsync(admin, "/admin/accounts");
        foreach (var role in Roles.All)
        {
            var row = admin.Locator($"[data-testid=account-row][data-email='{IdentityInitialiser.DemoEmail(role)}']");
            await Expect(row).ToBeVisibleAsync();
            await Expect(row.GetByLabel($"{role} for {IdentityInitialiser.DemoEmail(role)}")).ToBeCheckedAsync();
        }
        await ScreenshotAsync(admin, "r2-admin-accounts");

        var analyst = await NewSignedInPageAsync(Roles.Analyst);
        await Expect(analyst.GetByRole(AriaRole.Link, new() { Name = "Accounts" })).ToHaveCountAsync(0);
        // The endpoint's authorization turns the analyst away before the page renders.
        await analyst.GotoAsync("/admin/accounts");
        await Expect(analyst.GetByRole(AriaRole.Heading, new() { Name = "Access denied" })).ToBeVisibleAsync();
        await ScreenshotAsync(analyst, "r2b-analyst-turned-away");
        await Expect(analyst.GetByTestId("accounts")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Anonymous_visitors_read_published_fact_checks_only()
    {
        var page = await NewAnonymousPageAsync();
        await GotoAsync(page, "/fact-checks");
        var checks = page.GetByTestId("fact-check");
        await Expect(checks.First).ToBeVisibleAsync();
        await Expect(page.GetByTestId("fact-checks")).ToContainTextAsync("asked him to mediate");
        await ScreenshotAsync(page, "r3-public-fact-checks");

        await page.GotoAsync("/api/statements");
        Assert.Contains("Sign in", await page.Locator("body").InnerTextAsync(), StringComparison.Ordinal);
    }
}
