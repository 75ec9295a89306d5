using System.Net;
using System.Security.Claims;
using ClaimTracker.BrowserTests.Infrastructure;
using ClaimTracker.Infrastructure.Changes;
using ClaimTracker.Infrastructure.Identity;
using ClaimTracker.Web.Dispatch;
using MediatR;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ClaimTracker.BrowserTests.TwoServers;

/// <summary>
/// Two instances of the app on two loopback ports, sharing one SQLite file and one Redis, plus a headless Chromium:
/// the smallest copy of a desk behind a load balancer.
/// </summary>
public sealed class TwoServersFixture : IAsyncLifetime
{
    /// <summary>Short, so the fallback test waits seconds, not minutes; production uses the configured default.</summary>
    public const double PollIntervalSeconds = 1;

    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"claimtracker-two-servers-{Guid.NewGuid():N}.db");
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public RedisServer Redis { get; } = new();

    public ServerInstance A { get; private set; } = null!;

    public ServerInstance B { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Redis.StartAsync();
        // One after the other: the first migrates and seeds the shared file, the second finds it ready.
        A = ServerInstance.Start(_databasePath, Redis.Configuration);
        B = ServerInstance.Start(_databasePath, Redis.Configuration);

        _playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFixture.ChromiumPath,
            Headless = true,
            Args = BrowserFixture.ChromiumArgs,
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }
        _playwright?.Dispose();
        await B.DisposeAsync();
        await A.DisposeAsync();
        await Redis.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _databasePath, _databasePath + "-wal", _databasePath + "-shm" })
        {
            File.Delete(file);
        }
    }

    /// <summary>A new browser context on <paramref name="server"/>, signed in as the demo account of <paramref name="role"/>.</summary>
    public async Task<IPage> NewSignedInPageAsync(ServerInstance server, string role)
    {
        var browser = _browser ?? throw new InvalidOperationException("The fixture has not started.");
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.BaseUrl,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(20_000);
        var page = await context.NewPageAsync();
        var email = IdentityInitialiser.DemoEmail(role);
        await page.GotoAsync("/Account/Login");
        await page.Locator("[id='Input.Email']").FillAsync(email);
        await page.Locator("[id='Input.Password']").FillAsync(ClaimTrackerAppFactory.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("signed-in-as")).ToHaveTextAsync(email);
        await BrowserFixture.WaitForCircuitAsync(page);
        return page;
    }
}

/// <summary>One instance of the app on its own loopback port, configured for Redis and the shared database file.</summary>
public sealed class ServerInstance : WebApplicationFactory<Program>
{
    private readonly string _databasePath;
    private readonly string _redis;

    private ServerInstance(string databasePath, string redis)
    {
        _databasePath = databasePath;
        _redis = redis;
        UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
    }

    public string BaseUrl { get; private set; } = "";

    /// <summary>This instance's live-update channel, to wait until it has noticed Redis leave or come back.</summary>
    public RedisDeskChanges DeskChanges => Services.GetRequiredService<RedisDeskChanges>();

    public static ServerInstance Start(string databasePath, string redis)
    {
        var server = new ServerInstance(databasePath, redis);
        server.StartServer();
        server.BaseUrl = server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()?.TrimEnd('/')
            ?? throw new InvalidOperationException("The server started but reported no listening address.");
        return server;
    }

    /// <summary>Returns once this instance's polling state is <paramref name="polling"/> (events, not a timer).</summary>
    public async Task WaitUntilPollingIsAsync(bool polling, TimeSpan timeout)
    {
        var changes = DeskChanges;
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnChanged(bool now)
        {
            if (now == polling)
            {
                reached.TrySetResult();
            }
        }
        changes.PollingChanged += OnChanged;
        try
        {
            if (changes.IsPolling == polling)
            {
                return;
            }
            await reached.Task.WaitAsync(timeout);
        }
        finally
        {
            changes.PollingChanged -= OnChanged;
        }
    }

    /// <summary>Sends a use case as the demo account of <paramref name="role"/> on this instance, as the app does.</summary>
    public async Task<T> SendAsAsync<T>(string role, IRequest<T> request)
    {
        ClaimsPrincipal principal;
        await using (var scope = Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = await users.FindByEmailAsync(IdentityInitialiser.DemoEmail(role))
                ?? throw new InvalidOperationException($"The demo {role} account does not exist.");
            principal = new ClaimsPrincipal(new ClaimsIdentity(
                [new Claim(ClaimTypes.NameIdentifier, user.Id), new Claim(ClaimTypes.Name, user.UserName ?? user.Id), new Claim(ClaimTypes.Role, role)],
                authenticationType: "TwoServersTests"));
        }
        return await OperationScope.SendAs(Services.GetRequiredService<IServiceScopeFactory>(), principal, request, CancellationToken.None);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Sqlite", $"Data Source={_databasePath}");
        builder.UseSetting("Seeding:Enabled", "true");
        builder.UseSetting("DemoAccounts:Password", ClaimTrackerAppFactory.DemoPassword);
        builder.UseSetting("Redis:Configuration", _redis);
        builder.UseSetting("Redis:PollIntervalSeconds", TwoServersFixture.PollIntervalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }
}
