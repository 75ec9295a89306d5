using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Stats;
using MediatR;

namespace ClaimTracker.Web.Commands;

/// <summary>
/// <c>rebuild-stats</c>: recomputes the statistics tables from the records (after a restore or a bulk load that
/// bypassed the app) through the <see cref="RebuildStats"/> use case, so it is audited like any admin action.
/// </summary>
public sealed class RebuildStatsCommand : IDeskCommand
{
    public string Name => "rebuild-stats";

    public string Usage => "dotnet ClaimTracker.Web.dll rebuild-stats";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, CancellationToken cancellation)
    {
        if (arguments.Count > 0)
        {
            await Console.Error.WriteLineAsync($"Usage: {Usage}");
            return 2;
        }
        // The command line is the server's operator: it acts as an admin, named so in the audit trail.
        services.GetRequiredService<CurrentUser>().Set("command-line", "command line", [Roles.Admin]);
        var result = await services.GetRequiredService<IMediator>().Send(new RebuildStats(), cancellation);
        await Console.Out.WriteLineAsync($"Rebuilt the statistics: {result.Rows:N0} rows in {result.Elapsed.TotalSeconds:F2} s.");
        return 0;
    }
}
