using System.Text.RegularExpressions;
using ClaimTracker.Application.Common.Search;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Infrastructure;
using ClaimTracker.Infrastructure.Identity;
using ClaimTracker.Infrastructure.Persistence;
using ClaimTracker.Infrastructure.Seeding;
using MediatR;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Application.Tests.Support;

/// <summary>
/// A fresh SQLite file for one test class, built through the application's own DI and migrated like production
/// (so the FTS5 migration runs). Deleted when the class is done.
/// </summary>
public abstract partial class TestDatabase : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "claimtracker-tests", Guid.NewGuid().ToString("N"));
    private ServiceProvider? _services;

    /// <summary>Whether the real seeds/ folder is loaded after migrating.</summary>
    protected abstract bool Seeded { get; }

    public string ConnectionString => $"Data Source={Path.Combine(_directory, "claimtracker.db")}";

    public IServiceProvider Services => _services ?? throw new InvalidOperationException("The database is not initialised yet.");

    /// <summary>
    /// The steps of the plan SQLite picks for <paramref name="sql"/>, every parameter set to 1. The lines a query's
    /// ToQueryString() puts before it to set its parameters are left out.
    /// </summary>
    public async Task<List<string>> PlanAsync(string sql)
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        sql = string.Join('\n', sql.Split('\n').Where(line => !line.StartsWith(".param ", StringComparison.Ordinal)));
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        foreach (var name in Parameter().Matches(sql).Select(m => m.Value).Distinct())
        {
            command.Parameters.AddWithValue(name, 1);
        }
        var steps = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            steps.Add(reader.GetString(3));
        }
        return steps;
    }

    [GeneratedRegex(@"@\w+")]
    private static partial Regex Parameter();

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        var services = Register(ConnectionString);
        ConfigureServices(services);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });

        await using var scope = _services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ClaimTrackerDbContext>().Database.MigrateAsync();
        // As at the app's start-up: the desk's roles exist before anyone is given one.
        await scope.ServiceProvider.GetRequiredService<IdentityInitialiser>().EnsureRolesAsync();
        if (Seeded)
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitialiser>().SeedAsync(SeedFiles.Directory);
        }
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }
        using (var connection = new SqliteConnection(ConnectionString))
        {
            SqliteConnection.ClearPool(connection);
        }
        Directory.Delete(_directory, recursive: true);
    }

    /// <summary>The app's own registrations over a SQLite file, as its start-up makes them.</summary>
    private static ServiceCollection Register(string connectionString)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = "Sqlite",
                ["ConnectionStrings:Sqlite"] = connectionString,
            })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddClaimTrackerApplication();
        services.AddClaimTrackerInfrastructure(configuration, Path.GetTempPath());
        return services;
    }

    /// <summary>A second, independent set of services over an existing database: the app after a restart.</summary>
    public static ServiceProvider ServicesFor(string connectionString) =>
        Register(connectionString).BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });

    /// <summary>The same, with the search's thresholds set to <paramref name="tuning"/>.</summary>
    public static ServiceProvider ServicesFor(string connectionString, SearchTuning tuning)
    {
        var services = Register(connectionString);
        services.AddSingleton(tuning);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    /// <summary>Extra registrations for a test class (a fake request and its handler).</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    /// <summary>
    /// Sends a request the way the UI does (OperationScope.SendAs): a new scope, the user set on it, then MediatR.
    /// A null role sends it anonymously.
    /// </summary>
    public async Task<T> SendAs<T>(string? role, IRequest<T> request)
    {
        await using var scope = Services.CreateAsyncScope();
        if (role is not null)
        {
            scope.ServiceProvider.GetRequiredService<CurrentUser>().Set($"id-{role}", $"test-{role.ToLowerInvariant()}", [role]);
        }
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    /// <summary>Reads the database directly, in its own scope, bypassing the use cases.</summary>
    public async Task<T> Query<T>(Func<ClaimTrackerDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ClaimTrackerDbContext>());
    }

    /// <summary>The number of rows in every table (the FTS index included): equal snapshots mean nothing was written.</summary>
    public async Task<IReadOnlyDictionary<string, long>> RowCountsAsync()
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' AND name <> '__EFMigrationsHistory'";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            await using var count = connection.CreateCommand();
            count.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
            counts[table] = (long)(await count.ExecuteScalarAsync())!;
        }
        return counts;
    }

    /// <summary>Asserts that <paramref name="action"/> throws <typeparamref name="TException"/> and leaves every table as it was.</summary>
    public async Task<TException> RejectsWithoutWritingAsync<TException>(Func<Task> action) where TException : Exception
    {
        var before = await RowCountsAsync();
        var exception = await Assert.ThrowsAsync<TException>(action);
        Assert.Equal(before, await RowCountsAsync());
        return exception;
    }
}

/// <summary>Migrated and loaded with the real seeds/ folder.</summary>
public sealed class SeededDatabase : TestDatabase
{
    protected override bool Seeded => true;
}

/// <summary>Migrated, with no records.</summary>
public sealed class EmptyDatabase : TestDatabase
{
    protected override bool Seeded => false;
}
