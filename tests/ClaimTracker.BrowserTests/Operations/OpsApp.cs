using System.Collections.Concurrent;
using System.Net;
using System.Security.Claims;
using ClaimTracker.BrowserTests.Infrastructure;
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
using Microsoft.Extensions.Logging;

namespace ClaimTracker.BrowserTests.Operations;

/// <summary>
/// The app on a loopback port with its own empty SQLite file (no seed records; the demo accounts exist), extra
/// settings, and every log line kept for the test to read.
/// </summary>
public sealed class OpsApp : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"claimtracker-ops-{Guid.NewGuid():N}.db");

    private OpsApp(IReadOnlyDictionary<string, string?> settings)
    {
        _settings = settings;
        UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
    }

    public string BaseUrl { get; private set; } = "";

    public string DatabasePath => _databasePath;

    public CapturedLogs Logs { get; } = new();

    public static OpsApp Start(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var app = new OpsApp(settings ?? new Dictionary<string, string?>());
        app.StartServer();
        app.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()?.TrimEnd('/')
            ?? throw new InvalidOperationException("The server started but reported no listening address.");
        return app;
    }

    /// <summary>A plain HTTP client on the real loopback port, so the server sees 127.0.0.1 as the caller.</summary>
    public HttpClient NewClient() => new() { BaseAddress = new Uri(BaseUrl + "/") };

    /// <summary>Sends a use case as the demo account of <paramref name="role"/>, the way the app itself does.</summary>
    public async Task<(T Response, string MemberId)> SendAsAsync<T>(string role, IRequest<T> request)
    {
        ClaimsPrincipal principal;
        string memberId;
        await using (var scope = Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = await users.FindByEmailAsync(IdentityInitialiser.DemoEmail(role))
                ?? throw new InvalidOperationException($"The demo {role} account does not exist.");
            memberId = user.Id;
            principal = new ClaimsPrincipal(new ClaimsIdentity(
                [new Claim(ClaimTypes.NameIdentifier, user.Id), new Claim(ClaimTypes.Name, user.UserName ?? user.Id), new Claim(ClaimTypes.Role, role)],
                authenticationType: "OperationsTests"));
        }
        var response = await OperationScope.SendAs(Services.GetRequiredService<IServiceScopeFactory>(), principal, request, CancellationToken.None);
        return (response, memberId);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Sqlite", $"Data Source={_databasePath}");
        builder.UseSetting("Seeding:Enabled", "false");
        builder.UseSetting("DemoAccounts:Password", ClaimTrackerAppFactory.DemoPassword);
        builder.UseSetting("Logging:LogLevel:Default", "Information");
        builder.UseSetting("Logging:LogLevel:Microsoft", "Warning");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _databasePath, _databasePath + "-wal", _databasePath + "-shm" })
        {
            File.Delete(file);
        }
    }
}

/// <summary>Keeps every log line (category, formatted message) so a test can check what the server wrote.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<(string Category, string Message)> _lines = new();

    public IReadOnlyList<(string Category, string Message)> Lines => [.. _lines];

    public void Clear() => _lines.Clear();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<(string, string)> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue((category, formatter(state, exception)));
    }
}
