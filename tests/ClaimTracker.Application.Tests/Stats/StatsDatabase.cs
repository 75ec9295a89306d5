using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Tests.Support;
using ClaimTracker.Infrastructure.Persistence;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Application.Tests.Stats;

/// <summary>A fixed "now", so windows measured in days and weeks do not drift with the calendar.</summary>
public sealed class FixedClock(DateTime utcNow) : IClock
{
    public DateTime UtcNow { get; set; } = utcNow;
}

/// <summary>
/// The seeded database with the clock fixed two days after the Kashmir-mediation verdicts were published, so the
/// dashboard's "last 30 days" and "per week" windows hold the seed's own dates.
/// </summary>
public sealed class StatsDatabase : TestDatabase
{
    /// <summary>Two days after the Kashmir-mediation verdicts were published (23 July 2019).</summary>
    public static readonly DateTime Now = new(2019, 7, 25, 12, 0, 0, DateTimeKind.Utc);

    public FixedClock Clock { get; } = new(Now);

    protected override bool Seeded => true;

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<IClock>(Clock);

    /// <summary>Sends one request as a member holding <paramref name="role"/> (null: anonymous).</summary>
    public Task<T> Send<T>(IRequest<T> request, string? role = Roles.Viewer) => SendAs(role, request);

    /// <summary>Reads with a plain context, outside the use cases, for counts the tests compute themselves.</summary>
    public Task<T> Read<T>(Func<ClaimTrackerDbContext, Task<T>> read) => Query(read);
}
