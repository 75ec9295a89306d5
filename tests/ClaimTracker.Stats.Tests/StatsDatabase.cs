using ClaimTracker.Application;
using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Infrastructure;
using ClaimTracker.Infrastructure.Identity;
using ClaimTracker.Infrastructure.Persistence;
using ClaimTracker.Infrastructure.Seeding;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Stats.Tests;

/// <summary>A fixed "now", so windows measured in days and weeks do not drift with the calendar.</summary>
public sealed class FixedClock(DateTime utcNow) : IClock
{
    public DateTime UtcNow { get; set; } = utcNow;
}

/// <summary>
/// The application and infrastructure as the web app wires them, on a temporary SQLite file migrated and loaded
/// with seeds/. Requests go through the whole pipeline (authorization, validation, unit of work, change feed),
/// each in its own scope, as the dispatcher sends them.
/// </summary>
public sealed class StatsDatabase : IAsyncLifetime
{
    /// <summary>Two days after the Kashmir-mediation verdicts were published (23 July 2019).</summary>
    public static readonly DateTime Now = new(2019, 7, 25, 12, 0, 0, DateTimeKind.Utc);

    private readonly string _file = Path.Combine(Path.GetTempPath(), $"claimtracker-stats-{Guid.NewGuid():N}.db");

    public ServiceProvider Services { get; private set; } = null!;
    public FixedClock Clock { get; } = new(Now);
    public static string SeedDirectory => Path.Combine(AppContext.BaseDirectory, "seeds");

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Sqlite"] = $"Data Source={_file}",
            ["Database:Provider"] = "Sqlite",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        // Identity's schema version comes from its options, as in the web app (see DesignTime).
        services.Configure<IdentityOptions>(IdentityStore.Configure);
        services.AddClaimTrackerApplication();
        services.AddClaimTrackerInfrastructure(configuration, Path.GetTempPath());
        services.AddSingleton<IClock>(Clock);
        Services = services.BuildServiceProvider();

        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ClaimTrackerDbContext>().Database.MigrateAsync();
        Assert.True(await scope.ServiceProvider.GetRequiredService<DatabaseInitialiser>().SeedAsync(SeedDirectory));
    }

    /// <summary>Sends one request in a fresh scope as a member holding <paramref name="role"/> (null: anonymous).</summary>
    public async Task<T> Send<T>(IRequest<T> request, string? role = Roles.Viewer)
    {
        await using var scope = Services.CreateAsyncScope();
        if (role is not null)
        {
            scope.ServiceProvider.GetRequiredService<CurrentUser>().Set("user-" + role, role.ToLowerInvariant() + "@claimtracker.test", [role]);
        }
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    /// <summary>Reads with a plain context, outside the use cases, for counts the tests compute themselves.</summary>
    public async Task<T> Read<T>(Func<ClaimTrackerDbContext, Task<T>> read)
    {
        await using var scope = Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<ClaimTrackerDbContext>());
    }

    public async Task DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_file + suffix);
        }
    }
}
