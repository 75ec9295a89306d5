using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using ClaimTracker.Application.Accounts;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.BrowserTests.Infrastructure;
using ClaimTracker.Infrastructure.Identity;
using Xunit.Abstractions;

namespace ClaimTracker.BrowserTests;

/// <summary>
/// The account endpoints over plain HTTP, as a prober sends them: removed template pages are gone, return URLs are
/// checked in one place, and sign-in does not tell which addresses have accounts.
/// </summary>
public sealed partial class AccountEndpointTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    public static TheoryData<string> RemovedPages =>
    [
        "/Account/Register", "/Account/RegisterConfirmation?email=admin@claimtracker.test", "/Account/ConfirmEmail",
        "/Account/ConfirmEmailChange", "/Account/ResendEmailConfirmation", "/Account/ForgotPassword",
        "/Account/ForgotPasswordConfirmation", "/Account/ResetPassword", "/Account/ResetPasswordConfirmation",
        "/Account/InvalidPasswordReset", "/Account/LoginWith2fa", "/Account/LoginWithRecoveryCode", "/Account/Lockout",
        "/Account/ExternalLogin", "/Account/InvalidUser", "/Account/Manage/Disable2fa", "/Account/Manage/EnableAuthenticator",
        "/Account/Manage/GenerateRecoveryCodes", "/Account/Manage/ResetAuthenticator",
        "/Account/Manage/TwoFactorAuthentication", "/Account/Manage/Passkeys", "/Account/Manage/RenamePasskey",
        "/Account/Manage/ExternalLogins", "/Account/Manage/PersonalData", "/Account/Manage/DeletePersonalData",
        "/Account/Manage/Email", "/Account/Manage/SetPassword",
    ];

    public static TheoryData<string> RemovedEndpoints =>
    [
        "/Account/PasskeyCreationOptions", "/Account/PasskeyRequestOptions", "/Account/PerformExternalLogin",
        "/Account/Manage/LinkExternalLogin", "/Account/Manage/DownloadPersonalData",
    ];

    [Theory]
    [MemberData(nameof(RemovedPages))]
    public async Task A_removed_template_page_is_not_found_signed_in_or_not(string path)
    {
        using var anonymous = NewClient();
        using var member = await SignedInClientAsync(IdentityInitialiser.DemoEmail(Roles.Admin), ClaimTrackerAppFactory.DemoPassword);

        var anonymousResponse = await anonymous.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, anonymousResponse.StatusCode);
        // The not-found page says nothing about the address in the query (it once showed the account's id and a link).
        Assert.DoesNotContain("admin@claimtracker.test", await anonymousResponse.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.NotFound, (await member.Client.GetAsync(path)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(RemovedEndpoints))]
    public async Task A_removed_template_endpoint_is_not_found(string path)
    {
        using var member = await SignedInClientAsync(IdentityInitialiser.DemoEmail(Roles.Viewer), ClaimTrackerAppFactory.DemoPassword);
        var token = await member.TokenAsync();

        var response = await member.Client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["provider"] = "x",
            ["returnUrl"] = "/",
        }));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("\\evil.example")]
    [InlineData("https://evil.example/")]
    [InlineData("javascript:alert(1)")]
    [InlineData("")]
    public async Task Sign_out_with_a_hostile_return_url_signs_out_and_goes_home(string returnUrl)
    {
        using var member = await SignedInClientAsync(IdentityInitialiser.DemoEmail(Roles.Viewer), ClaimTrackerAppFactory.DemoPassword);

        var response = await member.PostFormAsync("/Account/Logout", new() { ["ReturnUrl"] = returnUrl });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", member.Target(response));
        Assert.Equal(HttpStatusCode.Redirect, (await member.Client.GetAsync("/statements")).StatusCode);
    }

    [Fact]
    public async Task Sign_out_returns_to_the_page_it_was_sent_from()
    {
        using var member = await SignedInClientAsync(IdentityInitialiser.DemoEmail(Roles.Viewer), ClaimTrackerAppFactory.DemoPassword);

        var response = await member.PostFormAsync("/Account/Logout", new() { ["ReturnUrl"] = "fact-checks?page=2" });

        Assert.Equal("/fact-checks?page=2", member.Target(response));
    }

    [Fact]
    public async Task Sign_out_without_its_antiforgery_token_is_refused_and_the_member_stays_signed_in()
    {
        using var member = await SignedInClientAsync(IdentityInitialiser.DemoEmail(Roles.Viewer), ClaimTrackerAppFactory.DemoPassword);

        var response = await member.Client.PostAsync("/Account/Logout",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["ReturnUrl"] = "/" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await member.Client.GetAsync("/statements")).StatusCode);
    }

    [Theory]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("https://evil.example/")]
    public async Task Sign_in_with_a_hostile_return_url_goes_home(string returnUrl)
    {
        using var client = NewClient();

        var response = await client.SignInAsync(IdentityInitialiser.DemoEmail(Roles.Viewer), ClaimTrackerAppFactory.DemoPassword, returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", client.Target(response));
    }

    /// <summary>
    /// A prober timed 60 ms for a known address and 5 ms for an unknown one. Both now cost one password-hash check;
    /// the medians of a few attempts must be within a factor of two of each other.
    /// </summary>
    [Fact]
    public async Task A_failed_sign_in_takes_about_as_long_for_an_unknown_address_as_for_a_real_account()
    {
        var real = $"timing-{Guid.NewGuid():N}@desk.test";
        await Fixture.SendAsAsync(Roles.Admin, new CreateAccount(real, null, "the real member's passphrase", [Roles.Viewer]));
        var unknown = $"nobody-{Guid.NewGuid():N}@desk.test";
        using var client = NewClient();
        // Warm up both paths (the first hash check builds the dummy hash; the first query compiles).
        await client.SignInAsync(unknown, "warm up the path");

        var realTimes = new List<double>();
        var unknownTimes = new List<double>();
        for (var i = 0; i < 4; i++)
        {
            realTimes.Add(await TimeAsync(() => client.SignInAsync(real, "wrong password " + i)));
            unknownTimes.Add(await TimeAsync(() => client.SignInAsync(unknown, "wrong password " + i)));
        }
        // The real account is locked after five failures: a locked account must cost the same too.
        for (var i = 0; i < 3; i++)
        {
            realTimes.Add(await TimeAsync(() => client.SignInAsync(real, "wrong password again " + i)));
            unknownTimes.Add(await TimeAsync(() => client.SignInAsync(unknown, "wrong password again " + i)));
        }

        var (realMedian, unknownMedian) = (Median(realTimes), Median(unknownTimes));
        Output.WriteLine($"median failed sign-in: real account {realMedian:F1} ms, unknown address {unknownMedian:F1} ms");
        Assert.InRange(unknownMedian / realMedian, 0.5, 2.0);
    }

    private static async Task<double> TimeAsync(Func<Task<HttpResponseMessage>> signIn)
    {
        var clock = Stopwatch.StartNew();
        var response = await signIn();
        clock.Stop();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("do not let you in", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        return clock.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private AppClient NewClient() => new(Fixture.BaseUrl);

    private async Task<AppClient> SignedInClientAsync(string email, string password)
    {
        var client = NewClient();
        var response = await client.SignInAsync(email, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>An HTTP client with its own cookies that does not follow redirects, so each answer can be read.</summary>
    internal sealed partial class AppClient : IDisposable
    {
        private readonly HttpClientHandler _handler = new() { AllowAutoRedirect = false, CookieContainer = new CookieContainer() };

        public AppClient(string baseUrl, bool acceptAnyCertificate = false)
        {
            if (acceptAnyCertificate)
            {
                // The published app's certificate is made by the test fixture for 127.0.0.1.
                _handler.ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator;
            }
            Client = new HttpClient(_handler) { BaseAddress = new Uri(baseUrl) };
        }

        public HttpClient Client { get; }

        /// <summary>Where a redirect leads: the path and query when it stays on this app, else the whole address.</summary>
        public string? Target(HttpResponseMessage response)
        {
            if (response.Headers.Location is not { } location)
            {
                return null;
            }
            var absolute = new Uri(Client.BaseAddress!, location);
            return absolute.GetLeftPart(UriPartial.Authority) == Client.BaseAddress!.GetLeftPart(UriPartial.Authority)
                ? absolute.PathAndQuery
                : absolute.AbsoluteUri;
        }

        /// <summary>The antiforgery token from the sign-in form (which also sets the antiforgery cookie).</summary>
        public async Task<string> TokenAsync()
        {
            var html = await Client.GetStringAsync("/Account/Login");
            return TokenPattern().Match(html) is { Success: true } match
                ? WebUtility.HtmlDecode(match.Groups[1].Value)
                : throw new InvalidOperationException("The sign-in form carries no antiforgery token.");
        }

        public async Task<HttpResponseMessage> PostFormAsync(string path, Dictionary<string, string> fields)
        {
            fields["__RequestVerificationToken"] = await TokenAsync();
            return await Client.PostAsync(path, new FormUrlEncodedContent(fields));
        }

        public Task<HttpResponseMessage> SignInAsync(string email, string password, string? returnUrl = null) =>
            PostFormAsync(returnUrl is null ? "/Account/Login" : "/Account/Login?ReturnUrl=" + Uri.EscapeDataString(returnUrl), new()
            {
                ["_handler"] = "login",
                ["Input.Email"] = email,
                ["Input.Password"] = password,
            });

        public void Dispose()
        {
            Client.Dispose();
            _handler.Dispose();
        }

        [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
        private static partial Regex TokenPattern();
    }
}
