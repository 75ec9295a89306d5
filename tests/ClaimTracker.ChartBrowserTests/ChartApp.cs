using System.Net;
using ClaimTracker.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ClaimTracker.ChartBrowserTests;

/// <summary>
/// The whole app (Development, so the demo accounts exist) on a loopback port with its own seeded SQLite file,
/// and one headless Chromium for the test class.
/// </summary>
public sealed class ChartApp : IAsyncLifetime
{
    public const string Password = "claimtracker-demo-2026";

    private readonly string _file = Path.Combine(Path.GetTempPath(), $"claimtracker-charts-{Guid.NewGuid():N}.db");
    private WebApplicationFactory<Program>? _factory;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";
    public static string ScreenshotDirectory => Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Development");
            b.UseSetting("ConnectionStrings:Sqlite", $"Data Source={_file}");
        });
        _factory.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        BaseUrl = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/";

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
            ],
        });
        Directory.CreateDirectory(ScreenshotDirectory);
    }

    /// <summary>Reads the app's database directly, to know what the page should show.</summary>
    public async Task<T> Read<T>(Func<ClaimTrackerDbContext, Task<T>> read)
    {
        await using var scope = _factory!.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<ClaimTrackerDbContext>());
    }

    /// <summary>Sends a use case as a demo member would from another tab, through the app's own pipeline.</summary>
    public async Task<T> SendAsAsync<T>(MediatR.IRequest<T> request, string role)
    {
        var user = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
        [
            new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.NameIdentifier, "other-tab"),
            new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.Name, $"{role.ToLowerInvariant()}@claimtracker.test"),
            new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.Role, role),
        ], "test"));
        return await ClaimTracker.Web.Dispatch.OperationScope.SendAs(
            _factory!.Services.GetRequiredService<IServiceScopeFactory>(), user, request, CancellationToken.None);
    }

    /// <summary>A signed-in page for a demo member; collects Content-Security-Policy violations reported by the browser.</summary>
    public async Task<(IPage Page, List<string> CspErrors)> SignInAsync(string role = "analyst")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, ViewportSize = new ViewportSize { Width = 1360, Height = 900 } });
        var page = await context.NewPageAsync();
        var csp = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                csp.Add(message.Text);
            }
        };
        await page.GotoAsync("Account/Login");
        await page.FillAsync("[id='Input.Email']", $"{role}@claimtracker.test");
        await page.FillAsync("[id='Input.Password']", Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(url => !url.Contains("Account/Login", StringComparison.Ordinal));
        return (page, csp);
    }

    public static async Task WaitForCircuitAsync(IPage page) =>
        await page.Locator("#circuit-ready").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_file + suffix);
        }
    }
}
