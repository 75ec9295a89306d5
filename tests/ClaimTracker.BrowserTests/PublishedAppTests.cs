using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ClaimTracker.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;
using AppClient = ClaimTracker.BrowserTests.AccountEndpointTests.AppClient;

namespace ClaimTracker.BrowserTests;

/// <summary>
/// The published app in Production, as a server runs it (README, "Running in production"): pages are interactive
/// and CSP-clean with the published static assets, HTTPS is enforced, and refusals are 400s, not 500s.
/// </summary>
[Collection(PublishedAppCollection.Name)]
public sealed class PublishedAppTests(PublishedAppFixture app, ITestOutputHelper output)
{
    [Fact]
    public async Task An_admin_signs_in_and_the_accounts_page_works_with_no_blocked_or_missing_asset()
    {
        var page = await app.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error" || message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                lock (problems)
                {
                    problems.Add("console: " + message.Text);
                }
            }
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 || (response.Status == 200 && !response.Headers.ContainsKey("content-type")))
            {
                lock (problems)
                {
                    problems.Add($"{response.Status} {response.Url}");
                }
            }
        };

        await page.GotoAsync("/Account/Login");
        await Expect(page.GetByTestId("sign-in-help")).ToHaveTextAsync(PublishedAppFixture.SignInHelp);
        await ScreenshotAsync(page, "published-1-sign-in");
        await page.GetByLabel("E-mail address").FillAsync(PublishedAppFixture.AdminEmail);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(PublishedAppFixture.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Expect(page.GetByTestId("signed-in-as")).ToHaveTextAsync(PublishedAppFixture.AdminEmail);

        await page.GotoAsync("/admin/accounts");
        try
        {
            await BrowserFixture.WaitForCircuitAsync(page);
        }
        catch (TimeoutException e)
        {
            await ScreenshotAsync(page, "published-circuit-missing");
            throw new TimeoutException($"The circuit did not start. Browser:\n{string.Join("\n", problems)}\nServer:\n{app.ServerOutput}", e);
        }
        var newMember = $"published-{Guid.NewGuid():N}@desk.example";
        await page.GetByTestId("new-account").Locator("summary").ClickAsync();
        await page.GetByLabel("E-mail", new() { Exact = true }).FillAsync(newMember);
        await page.GetByLabel("First password").FillAsync("password1234");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        // The circuit answered the click: the password rule's refusal is on the page, and no account was made.
        await Expect(page.GetByText("list of common and leaked passwords")).ToBeVisibleAsync();
        await ScreenshotAsync(page, "published-2-common-password-refused");
        await page.GetByLabel("First password").FillAsync("a fresh passphrase for production");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Expect(page.Locator($"[data-testid='account-row'][data-email='{newMember}']")).ToBeVisibleAsync();
        await ScreenshotAsync(page, "published-3-member-created");

        await page.GotoAsync("/fact-checks");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        var stylesheetApplied = await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('nav.navbar')).display");
        Assert.Equal("flex", stylesheetApplied);

        // The API reference in Production: Scalar's script from the app itself, nothing the policy has to block.
        await page.GotoAsync("/api-reference");
        await Expect(page.GetByText("ClaimTracker API").First).ToBeVisibleAsync();
        await Expect(page.GetByText("Statements matching a filter, one page at a time").First).ToBeVisibleAsync();
        await ScreenshotAsync(page, "published-4-api-reference");

        lock (problems)
        {
            Assert.True(problems.Count == 0, string.Join("\n", problems) + "\n" + app.ServerOutput);
        }
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Plain_http_is_redirected_to_https_and_https_answers_carry_a_year_of_hsts()
    {
        using var client = new AppClient(app.HttpUrl, acceptAnyCertificate: true);

        var redirect = await client.Client.GetAsync("/fact-checks");

        Assert.Equal(HttpStatusCode.TemporaryRedirect, redirect.StatusCode);
        Assert.Equal(app.HttpsUrl + "/fact-checks", redirect.Headers.Location?.AbsoluteUri.TrimEnd('/'));

        using var secure = new AppClient(app.HttpsUrl, acceptAnyCertificate: true);
        // HSTS is never sent to localhost or 127.0.0.1 (a developer's browser would keep it): ask by the public name.
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Account/Login");
        request.Headers.Host = new Uri(PublishedAppFixture.PublicBaseUrl).Host;
        var response = await secure.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("max-age=31536000", string.Join(",", response.Headers.GetValues("Strict-Transport-Security")));
        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        Assert.Contains(cookies, c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal) && Regex.IsMatch(c, "; secure", RegexOptions.IgnoreCase));
    }

    [Theory]
    [InlineData("/Account/Login")]
    [InlineData("/Account/Logout")]
    [InlineData("/Account/Manage/ChangePassword")]
    public async Task A_post_without_its_antiforgery_token_is_refused_with_400(string path)
    {
        using var client = new AppClient(app.HttpsUrl, acceptAnyCertificate: true);
        Assert.Equal(HttpStatusCode.Redirect,
            (await client.SignInAsync(PublishedAppFixture.AdminEmail, PublishedAppFixture.AdminPassword)).StatusCode);

        var response = await client.Client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["ReturnUrl"] = "/",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Annotation_ids_use_the_configured_public_address_whatever_host_the_request_names()
    {
        using var client = new AppClient(app.HttpsUrl, acceptAnyCertificate: true);
        Assert.Equal(HttpStatusCode.Redirect,
            (await client.SignInAsync(PublishedAppFixture.AdminEmail, PublishedAppFixture.AdminPassword)).StatusCode);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/statements/1/annotations");
        request.Headers.Host = "evil.example";

        var response = await client.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var collection = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(PublishedAppFixture.PublicBaseUrl + "api/statements/1/annotations", (string?)collection["id"]);
        Assert.DoesNotContain("evil.example", collection.ToJsonString(), StringComparison.Ordinal);
    }

    private async Task ScreenshotAsync(IPage page, string name) =>
        output.WriteLine($"Screenshot: {await BrowserFixture.ScreenshotAsync(page, name)}");
}
