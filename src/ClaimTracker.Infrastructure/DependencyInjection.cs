using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Changes;
using ClaimTracker.Infrastructure.Changes;
using ClaimTracker.Application.Common.Search;
using ClaimTracker.Infrastructure.Identity;
using ClaimTracker.Infrastructure.Persistence;
using ClaimTracker.Infrastructure.Search;
using ClaimTracker.Infrastructure.Seeding;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace ClaimTracker.Infrastructure;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}

/// <summary>The "Database" configuration section.</summary>
public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// Apply pending migrations at start-up. On by default for the embedded SQLite file; for SQL Server a DBA
    /// normally runs the idempotent script under db/ instead.
    /// </summary>
    public bool? MigrateOnStartup { get; set; }
}

public static class DependencyInjection
{
    public const string SqliteMigrationsAssembly = "ClaimTracker.Migrations.Sqlite";
    public const string SqlServerMigrationsAssembly = "ClaimTracker.Migrations.SqlServer";

    /// <summary>The tag of the health checks /health/ready runs (and /health/live does not).</summary>
    public const string ReadyTag = "ready";

    /// <summary>
    /// The context comes from a factory and lives for one operation scope (a request, or one UI action), never for
    /// a whole Blazor circuit.
    /// </summary>
    public static IServiceCollection AddClaimTrackerInfrastructure(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var options = configuration.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddSingleton(options);

        var connectionString = options.Provider switch
        {
            DatabaseProvider.Sqlite => SqliteConnectionString(configuration.GetConnectionString("Sqlite"), contentRoot),
            _ => configuration.GetConnectionString("SqlServer")
                ?? throw new InvalidOperationException("Database:Provider is SqlServer but ConnectionStrings:SqlServer is not set."),
        };

        services.AddDbContextFactory<ClaimTrackerDbContext>(o => UseProvider(o, options.Provider, connectionString));
        services.AddScoped(sp =>
        {
            var db = sp.GetRequiredService<IDbContextFactory<ClaimTrackerDbContext>>().CreateDbContext();
            var stamper = sp.GetRequiredService<ChangeStamper>();
            // Record stamps and concurrency tokens on every save; the audit trail is the audit behaviour's alone.
            db.SavingChanges += (_, _) => stamper.Stamp(db.ChangeTracker);
            return db;
        });
        services.AddScoped<IClaimTrackerDb>(sp => sp.GetRequiredService<ClaimTrackerDbContext>());

        services.AddSingleton<IStatementTextSearch>(options.Provider == DatabaseProvider.Sqlite
            ? new SqliteStatementTextSearch()
            : new SqlServerStatementTextSearch());

        AddAccountStore(services);

        services.Configure<SeedOptions>(configuration.GetSection("Seeding"));
        services.AddSingleton(configuration.GetSection("Reviews").Get<Application.Reviews.ReviewOptions>() ?? new Application.Reviews.ReviewOptions());
        services.AddSingleton(configuration.GetSection(Application.Publishers.DeskOrganisation.Section).Get<Application.Publishers.DeskOrganisation>()
            ?? new Application.Publishers.DeskOrganisation());
        services.AddScoped<SeedLoader>();
        services.AddScoped(sp => SeedValidators.For(sp.GetRequiredService<IClaimTrackerDb>()));
        services.AddScoped<DatabaseInitialiser>();
        services.AddScoped<NameKeyBackfill>();
        services.AddScoped<Identity.IdentityInitialiser>();
        services.AddScoped<Application.Accounts.IUserAccounts, Identity.UserAccounts>();
        AddDeskChanges(services, configuration);
        return services;
    }

    /// <summary>
    /// Readiness: the database answers and is migrated; Redis answers, when configured. Tagged "ready" so the
    /// liveness endpoint can leave them out.
    /// </summary>
    public static IHealthChecksBuilder AddClaimTrackerHealthChecks(this IServiceCollection services, IConfiguration configuration)
    {
        var checks = services.AddHealthChecks()
            .AddCheck<Health.DatabaseHealthCheck>("database", tags: [ReadyTag]);
        if (configuration.GetSection("Redis").Get<RedisOptions>()?.IsConfigured == true)
        {
            checks.AddCheck<Health.RedisHealthCheck>("redis", tags: [ReadyTag]);
        }
        return checks;
    }

    /// <summary>
    /// With <c>Redis:Configuration</c> set, live updates travel between servers through Redis (replacing the
    /// in-memory channel the application registers); without it, one server keeps them in memory.
    /// </summary>
    private static void AddDeskChanges(IServiceCollection services, IConfiguration configuration)
    {
        var redis = configuration.GetSection("Redis").Get<RedisOptions>() ?? new RedisOptions();
        services.AddSingleton(redis);
        if (!redis.IsConfigured)
        {
            return;
        }
        services.AddSingleton<AuditChangeFeed>();
        services.AddSingleton<RedisDeskChanges>();
        services.RemoveAll<IDeskChanges>();
        services.AddSingleton<IDeskChanges>(sp => sp.GetRequiredService<RedisDeskChanges>());
        services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<RedisDeskChanges>());
    }

    /// <summary>
    /// Identity's user and role store on our context. Password and lockout settings follow OWASP ASVS 5.0: length over
    /// composition, common passwords refused (<see cref="PasswordPolicy"/>, which replaces Identity's own validator so
    /// the rule lives once), lockout on (the template ships it off).
    /// </summary>
    private static void AddAccountStore(IServiceCollection services) =>
        // Token providers (password reset, two-factor), the sign-in cookie and antiforgery all use data protection.
        // Keys live in the database: they survive a restart or a new container, and every server shares them.
        services.AddDataProtection()
            .SetApplicationName("ClaimTracker")
            .PersistKeysToDbContext<ClaimTrackerDbContext>().Services
            .AddIdentityCore<ApplicationUser>(options =>
            {
                IdentityStore.Configure(options);
                options.SignIn.RequireConfirmedAccount = false;
                options.Password.RequiredLength = PasswordPolicy.MinLength;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.User.RequireUniqueEmail = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<ClaimTrackerDbContext>()
            .AddDefaultTokenProviders().Services
            .Replace(ServiceDescriptor.Scoped<IPasswordValidator<ApplicationUser>, PasswordPolicy>());

    public static void UseProvider(DbContextOptionsBuilder builder, DatabaseProvider provider, string connectionString)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            // Single queries on purpose: a statement's collections (topics, evidence, revisions) are small, and one
            // round trip reads them consistently.
            builder.UseSqlite(connectionString, x => x.MigrationsAssembly(SqliteMigrationsAssembly)
                .UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery));
        }
        else
        {
            // No retrying execution strategy: it refuses the user-started transaction every command runs in.
            builder.UseSqlServer(connectionString, x => x.MigrationsAssembly(SqlServerMigrationsAssembly)
                .UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery));
        }
    }

    /// <summary>A relative SQLite file is placed under the app's content root, in App_Data, so it is never served.</summary>
    private static string SqliteConnectionString(string? configured, string contentRoot)
    {
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(configured ?? "Data Source=App_Data/claimtracker.db");
        if (!Path.IsPathRooted(builder.DataSource) && builder.DataSource != ":memory:")
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        }
        return builder.ToString();
    }
}
