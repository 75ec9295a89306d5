using System.Security.Claims;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Sources;
using ClaimTracker.Application.Speakers;
using ClaimTracker.Application.Statements;
using ClaimTracker.Domain.Common;
using ClaimTracker.Domain.Statements;
using ClaimTracker.Infrastructure.Identity;
using ClaimTracker.Infrastructure.Persistence;
using ClaimTracker.Web.Dispatch;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MediatR;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ClaimTracker.BrowserTests.Infrastructure;

/// <summary>
/// Starts the app and one headless Chromium once for every browser test class. Each test opens its own browser
/// context (its own cookies), so tests never see each other's sign-in.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string DefaultChromiumPath = "/usr/bin/chromium";

    /// <summary>Generous for a busy 2-core machine; assertions still pass as soon as the page is right.</summary>
    public const float TimeoutMs = 20_000;

    public static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly ClaimTrackerAppFactory _app = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public string BaseUrl => _app.BaseUrl;

    /// <summary>The running app's services (its endpoints, its configuration), for tests that compare against them.</summary>
    public IServiceProvider Services => _app.Services;
    /// <summary>Use cases the app has run, by request type.</summary>
    public HandlerRuns HandlerRuns => _app.HandlerRuns;

    public IPlaywright Playwright => _playwright ?? throw new InvalidOperationException("The fixture has not started.");

    /// <summary>CHROMIUM_PATH when set, else the Debian package's binary.</summary>
    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } configured ? configured : DefaultChromiumPath;

    public static string ScreenshotDirectory => Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        var chromium = ChromiumPath;
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException(
                $"Chromium was not found at '{chromium}'. The browser tests need a Chromium binary: install the Debian " +
                "package (apt-get install -y chromium) or set CHROMIUM_PATH to the executable. " +
                "Do not run 'playwright install'.");
        }

        _app.Start();

        Assertions.SetDefaultExpectTimeout(TimeoutMs);
        _playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }
        _playwright?.Dispose();
        await _app.DisposeAsync();
    }

    /// <summary>A fresh browser context nobody has signed in to.</summary>
    public async Task<IPage> NewAnonymousPageAsync()
    {
        var browser = _browser ?? throw new InvalidOperationException("The fixture has not started.");
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            // Charts skip their entry animations for readers who ask for less motion, so a drawn chart is final
            // at once and a test never waits for an animation to end.
            ReducedMotion = ReducedMotion.Reduce,
        });
        context.SetDefaultTimeout(TimeoutMs);
        context.SetDefaultNavigationTimeout(TimeoutMs);
        return await context.NewPageAsync();
    }

    /// <summary>
    /// A fresh browser context signed in as the demo account of <paramref name="role"/>, through the real sign-in
    /// form. Returns once the home page is interactive.
    /// </summary>
    public async Task<IPage> NewSignedInPageAsync(string role)
    {
        var page = await NewAnonymousPageAsync();
        var email = IdentityInitialiser.DemoEmail(role);

        await page.GotoAsync("/Account/Login");
        await page.Locator("[id='Input.Email']").FillAsync(email);
        await page.Locator("[id='Input.Password']").FillAsync(ClaimTrackerAppFactory.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();

        // The navigation bar names the signed-in user; a failed sign-in stays on the form instead.
        await Expect(page.GetByTestId("signed-in-as")).ToHaveTextAsync(email);
        await WaitForCircuitAsync(page);
        return page;
    }

    /// <summary>Opens <paramref name="path"/> and waits until the page is interactive (the circuit is connected).</summary>
    public async Task GotoAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await WaitForCircuitAsync(page);
    }

    /// <summary>The layout renders #circuit-ready only once the circuit runs: clicks before that are lost.</summary>
    public static Task WaitForCircuitAsync(IPage page) =>
        page.Locator("#circuit-ready").WaitForAsync(new() { State = WaitForSelectorState.Attached });

    /// <summary>Saves a full-page PNG under screenshots/ in the test output folder and returns its path.</summary>
    public static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotDirectory);
        var path = Path.Combine(ScreenshotDirectory, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        Console.WriteLine($"Screenshot: {path}");
        return path;
    }

    /// <summary>
    /// Arranges a statement through the app's own use case, as the demo analyst, for tests whose subject is
    /// something else (linking, annotating). Returns its id.
    /// </summary>
    public async Task<int> CreateStatementAsync(string quote)
    {
        var speakers = await SendAsAsync(Roles.Analyst, new ListSpeakers { Search = "Alyssa Ayres" });
        var sources = await SendAsAsync(Roles.Analyst, new ListSources { Search = "About-Face" });
        var input = new StatementInput
        {
            Quote = quote,
            QuoteKind = QuoteKind.DirectQuote,
            SpeakerId = speakers.Items.Single().Id,
            SaidOn = new DateOnly(2019, 7, 23),
            SaidOnPrecision = DatePrecision.Day,
            SourceId = sources.Items.Single().Id,
            Topics = ["Browser tests"],
        };
        return await SendAsAsync(Roles.Analyst, new CreateStatement(input));
    }

    /// <summary>Reads the app's database directly, outside the use cases, to know what a page should show.</summary>
    public async Task<T> ReadAsync<T>(Func<ClaimTrackerDbContext, Task<T>> read)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<ClaimTrackerDbContext>());
    }

    /// <summary>Sends a use case as the demo account of <paramref name="role"/>, the way the app itself does.</summary>
    public async Task<T> SendAsAsync<T>(string role, IRequest<T> request)
    {
        var scopes = _app.Services.GetRequiredService<IServiceScopeFactory>();
        return await OperationScope.SendAs(scopes, await DemoUserAsync(role), request, CancellationToken.None);
    }

    private async Task<ClaimsPrincipal> DemoUserAsync(string role)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByEmailAsync(IdentityInitialiser.DemoEmail(role))
            ?? throw new InvalidOperationException($"The demo {role} account does not exist.");
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, user.Id),
                new Claim(ClaimTypes.Name, user.UserName ?? user.Id),
                new Claim(ClaimTypes.Role, role),
            ],
            authenticationType: "BrowserTests");
        return new ClaimsPrincipal(identity);
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
