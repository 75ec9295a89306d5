using System.Diagnostics;
using ClaimTracker.Application.Common;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Stats.ReadModel;

/// <summary>
/// Recomputes every read-model table from the records (<see cref="StatsFacts"/> over all statements, in id ranges
/// so memory stays bounded) and replaces their contents. Runs inside the caller's transaction.
/// </summary>
public static class StatsRebuilder
{
    private const int Chunk = 50_000;

    /// <summary>What every table should hold, computed from the records alone.</summary>
    public static async Task<StatsFacts> ComputeAsync(IClaimTrackerDb db, CancellationToken cancellationToken)
    {
        var facts = new StatsFacts();
        var last = await db.Statements.MaxAsync(s => (int?)s.Id, cancellationToken) ?? 0;
        for (var from = 0; from <= last; from += Chunk)
        {
            var (lo, hi) = (from, from + Chunk);
            await facts.AddAsync(db, db.Statements.Where(s => s.Id > lo && s.Id <= hi), StatsTables.All, cancellationToken);
        }
        return facts;
    }

    /// <summary>Replaces the tables' contents with a recomputation; returns how long it took and how many rows it wrote.</summary>
    public static async Task<StatsRebuildResult> RebuildAsync(IClaimTrackerDb db, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        await StatsWriter.LockAsync(db, cancellationToken);
        var facts = await ComputeAsync(db, cancellationToken);
        await StatsWriter.ReplaceAllAsync(db, facts, cancellationToken);
        var rows = facts.Verdicts.Count + facts.Links.Count + facts.Topics.Count + facts.Rebutters.Count + facts.DeskDays.Count + facts.TopicDays.Count;
        return new StatsRebuildResult(rows, watch.Elapsed);
    }

    /// <summary>
    /// At start-up, after migrating: a database that holds statements but no statistics (an existing desk right after
    /// the migration that added the tables) gets them built once. The check runs inside the transaction, so two
    /// servers starting together build them once.
    /// </summary>
    public static async Task<StatsRebuildResult?> EnsureBuiltAsync(IClaimTrackerDb db, CancellationToken cancellationToken)
    {
        if (await db.SpeakerVerdictStats.AnyAsync(cancellationToken) || !await db.Statements.AnyAsync(cancellationToken))
        {
            return null;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await StatsWriter.LockAsync(db, cancellationToken);
        if (await db.SpeakerVerdictStats.AnyAsync(cancellationToken))
        {
            return null;
        }
        var result = await RebuildAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }
}

public sealed record StatsRebuildResult(int Rows, TimeSpan Elapsed);
