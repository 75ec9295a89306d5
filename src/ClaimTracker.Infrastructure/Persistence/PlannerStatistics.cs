using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Infrastructure.Persistence;

/// <summary>
/// Keeps SQLite's planner statistics (sqlite_stat1) in step with the data. Without them the planner guesses every
/// index equally selective; with statistics gathered when the file was small (the seeds) it keeps believing a
/// speaker has a third of all statements. <c>PRAGMA optimize</c> re-analyzes only the tables whose size changed a
/// lot since the last analysis, and with <c>analysis_limit</c> samples each index instead of reading it all, so it
/// costs milliseconds on a quiet file and well under a second at a million statements. SQL Server keeps its own
/// statistics (auto create/update), so this does nothing there.
/// </summary>
public sealed class PlannerStatistics(ClaimTrackerDbContext db)
{
    /// <summary>Rows sampled per index: enough to tell a selective index from an unselective one.</summary>
    public const int AnalysisLimit = 1000;

    /// <summary>Run after migrating at start-up and after a bulk load (an import, a benchmark fill).</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken = default)
    {
        if (!db.Database.IsSqlite())
        {
            return;
        }
        // 0x10002: analyze tables never analyzed too, not only those that grew (SQLite's advice for a long-lived app).
        await db.Database.ExecuteSqlRawAsync($"PRAGMA analysis_limit = {AnalysisLimit}; PRAGMA optimize = 0x10002;", cancellationToken);
    }
}
