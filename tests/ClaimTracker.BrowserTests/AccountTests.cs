using System.Text.RegularExpressions;
using ClaimTracker.Application.Accounts;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.BrowserTests.Infrastructure;
using ClaimTracker.Infrastructure.Identity;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ClaimTracker.BrowserTests;

/// <summary>Sign-in, sign-out and the account pages as a member sees them.</summary>
public sealed class AccountTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    private const string Failure = "That e-mail address and password do not let you in.";

    [Fact]
    public async Task The_sign_in_page_offers_only_what_works_and_says_who_to_ask_for_an_account()
    {
        var page = await NewAnonymousPageAsync();

        await page.GotoAsync("/Account/Login");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("E-mail address")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Password", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("sign-in-help")).ToHaveTextAsync(new Regex("created by your desk's admin"));
        // No registration, password reset, e-mail confirmation, external or passkey sign-in: the desk has none of them.
        await Expect(page.Locator("main a")).ToHaveCountAsync(0);
        await Expect(page.Locator("main button")).ToHaveTextAsync(["Sign in"]);
        await ScreenshotAsync(page, "account-1-sign-in-page");
    }

    [Fact]
    public async Task Signing_out_from_a_not_found_page_signs_the_member_out()
    {
        var page = await NewSignedInPageAsync(Roles.Viewer);

        var response = await page.GotoAsync("/no-such-page-" + Guid.NewGuid().ToString("N"));
        Assert.Equal(404, response?.Status);
        await Expect(page.GetByText("the content you are looking for does not exist")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("signed-in-as")).ToHaveCountAsync(0);
        await ScreenshotAsync(page, "account-2-signed-out-from-not-found");
        await page.GotoAsync("/statements");
        await Expect(page).ToHaveURLAsync(new Regex("/Account/Login"));
    }

    [Fact]
    public async Task Signing_out_from_a_desk_page_returns_to_it_signed_out()
    {
        var page = await NewSignedInPageAsync(Roles.Viewer);
        await GotoAsync(page, "/fact-checks");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/fact-checks$"));
    }

    [Fact]
    public async Task Failed_sign_ins_and_lockout_look_the_same_for_a_real_account_and_an_unknown_address()
    {
        var real = $"lockout-{Guid.NewGuid():N}@desk.test";
        const string password = "a member's own long passphrase";
        await Fixture.SendAsAsync(Roles.Admin, new CreateAccount(real, null, password, [Roles.Viewer]));
        var unknown = $"nobody-{Guid.NewGuid():N}@desk.test";

        var answers = new Dictionary<string, List<string>>();
        foreach (var email in new[] { real, unknown })
        {
            var page = await NewAnonymousPageAsync();
            answers[email] = [];
            // Five failures lock a real account; the sixth attempt is made while it is locked.
            for (var attempt = 1; attempt <= 6; attempt++)
            {
                answers[email].Add(await SignInAsync(page, email, "wrong password " + attempt));
            }
            // For the real account, locked now, even the right password is refused, with the same words.
            answers[email].Add(await SignInAsync(page, email, password));
            await ScreenshotAsync(page, email == real ? "account-3-locked-account" : "account-3-unknown-address");
        }

        Assert.All(answers[real].Concat(answers[unknown]), answer => Assert.Equal("/Account/Login " + Failure, answer));
    }

    [Fact]
    public async Task A_member_cannot_change_to_a_common_password_and_can_to_a_good_one()
    {
        var email = $"changer-{Guid.NewGuid():N}@desk.test";
        const string first = "the first long passphrase";
        const string second = "a second passphrase of mine";
        await Fixture.SendAsAsync(Roles.Admin, new CreateAccount(email, null, first, [Roles.Viewer]));
        var page = await NewAnonymousPageAsync();
        Assert.Equal("/", await SignInAsync(page, email, first));

        await page.GotoAsync("/Account/Manage/ChangePassword");
        await ChangePasswordAsync(page, first, "password1234");
        await Expect(page.Locator("div.alert")).ToContainTextAsync("list of common and leaked passwords");
        await ScreenshotAsync(page, "account-4-common-password-refused");
        await ChangePasswordAsync(page, first, "aaaaaaaaaaaa");
        await Expect(page.Locator("div.alert")).ToContainTextAsync("too repetitive");
        await ChangePasswordAsync(page, first, second);
        await Expect(page.Locator("div.alert")).ToHaveTextAsync("Your password has been changed");

        var again = await NewAnonymousPageAsync();
        Assert.Equal("/Account/Login " + Failure, await SignInAsync(again, email, first));
        Assert.Equal("/", await SignInAsync(again, email, second));
    }

    [Fact]
    public async Task The_account_page_names_the_member_and_their_roles()
    {
        var page = await NewSignedInPageAsync(Roles.Editor);

        await page.GetByTestId("signed-in-as").ClickAsync();

        await Expect(page.GetByTestId("account-email")).ToHaveTextAsync(IdentityInitialiser.DemoEmail(Roles.Editor));
        await Expect(page.GetByTestId("account-roles")).ToHaveTextAsync(Roles.Editor);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Change password" })).ToBeVisibleAsync();
        await ScreenshotAsync(page, "account-5-account-page");
    }

    /// <summary>Submits the sign-in form; returns the path it ends on, and the failure text when there is one.</summary>
    private static async Task<string> SignInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.Load);
        var failure = page.GetByTestId("sign-in-failed");
        await Expect(failure.Or(page.GetByTestId("signed-in-as"))).ToBeVisibleAsync();
        var path = new Uri(page.Url).AbsolutePath;
        return await failure.CountAsync() > 0 ? $"{path} {Regex.Replace(await failure.InnerTextAsync(), @"\s+", " ").Trim()[..Failure.Length]}" : path;
    }

    private static async Task ChangePasswordAsync(IPage page, string current, string next)
    {
        await page.GetByLabel("Old password").FillAsync(current);
        await page.GetByLabel("New password").FillAsync(next);
        await page.GetByLabel("Confirm password").FillAsync(next);
        await page.GetByRole(AriaRole.Button, new() { Name = "Update password" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.Load);
    }
}
