using System.Net;
using MediatR;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.BrowserTests.Infrastructure;

/// <summary>
/// The real app on a loopback port, in the Development environment (so it seeds the demo records and accounts), with
/// its own SQLite file in the temp folder. Nothing is shared with a developer's App_Data database.
/// </summary>
public sealed class ClaimTrackerAppFactory : WebApplicationFactory<Program>
{
    public const string DemoPassword = "browser-tests-demo-password";

    private readonly string _environment;

    /// <param name="environment">Development (the default) seeds demo accounts; Production shows what a real desk serves.</param>
    public ClaimTrackerAppFactory(string environment = "Development")
    {
        _environment = environment;
        DatabasePath = Path.Combine(Path.GetTempPath(), $"claimtracker-browser-{Guid.NewGuid():N}.db");
        UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
    }

    public string DatabasePath { get; }

    /// <summary>Where Kestrel listens, e.g. http://127.0.0.1:41234 (no trailing slash). Known after <see cref="Start"/>.</summary>
    public string BaseUrl { get; private set; } = "";

    public void Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        BaseUrl = addresses?.FirstOrDefault()?.TrimEnd('/')
            ?? throw new InvalidOperationException("The test server started but reported no listening address.");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // UseSetting values reach the app before Program.cs reads its configuration (they act like command-line
        // arguments), so they win over appsettings*.json and user secrets.
        builder.UseEnvironment(_environment);
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Sqlite", $"Data Source={DatabasePath}");
        builder.UseSetting("Seeding:Enabled", "true");
        // Outside Development the app refuses to start without the public address it builds absolute links from.
        builder.UseSetting("Desk:PublicBaseUrl", "https://claims.example.test/");
        builder.UseSetting("DemoAccounts:Password", DemoPassword);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<HandlerRuns>();
            // First in the list: MediatR runs behaviours in registration order, so this one wraps all the others.
            services.Insert(0, ServiceDescriptor.Transient(typeof(IPipelineBehavior<,>), typeof(CountingBehaviour<,>)));
        });
    }

    /// <summary>Use cases run so far, by request type (see <see cref="HandlerRuns"/>).</summary>
    public HandlerRuns HandlerRuns => Services.GetRequiredService<HandlerRuns>();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { DatabasePath, DatabasePath + "-wal", DatabasePath + "-shm" })
        {
            File.Delete(file);
        }
    }
}
