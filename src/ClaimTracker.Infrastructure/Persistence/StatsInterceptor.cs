using ClaimTracker.Application.Stats.ReadModel;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ClaimTracker.Infrastructure.Persistence;

/// <summary>
/// Runs the statistics projection around every save of the desk's context: one place, so no command, import or
/// seed can change a statement without its counts. A save outside a transaction gets one here, so the records and
/// the counts still commit together.
/// </summary>
internal sealed class StatsInterceptor : SaveChangesInterceptor
{
    public static readonly StatsInterceptor Instance = new();

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is ClaimTrackerDbContext db)
        {
            await BeginAsync(db, cancellationToken);
        }
        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        // Synchronous saves (the data-protection key store) touch no statement; any other runs the same code.
        if (eventData.Context is ClaimTrackerDbContext db)
        {
            BeginAsync(db, CancellationToken.None).GetAwaiter().GetResult();
        }
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is ClaimTrackerDbContext db)
        {
            await CompleteAsync(db, cancellationToken);
        }
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is ClaimTrackerDbContext db)
        {
            CompleteAsync(db, CancellationToken.None).GetAwaiter().GetResult();
        }
        return result;
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is ClaimTrackerDbContext db)
        {
            await AbandonAsync(db);
        }
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context is ClaimTrackerDbContext db)
        {
            AbandonAsync(db).GetAwaiter().GetResult();
        }
    }

    private static async Task BeginAsync(ClaimTrackerDbContext db, CancellationToken cancellationToken)
    {
        db.PendingStats = null;
        if (!db.ChangeTracker.HasChanges())
        {
            return;
        }
        var owned = db.Database.CurrentTransaction is null;
        if (owned)
        {
            db.StatsTransaction = await db.Database.BeginTransactionAsync(cancellationToken);
        }
        try
        {
            db.PendingStats = await StatsProjection.BeginAsync(db, cancellationToken);
        }
        catch
        {
            await AbandonAsync(db);
            throw;
        }
        if (db.PendingStats is null && owned)
        {
            // Nothing counted changes: let EF save as it would have.
            await db.StatsTransaction!.DisposeAsync();
            db.StatsTransaction = null;
        }
    }

    private static async Task CompleteAsync(ClaimTrackerDbContext db, CancellationToken cancellationToken)
    {
        var pending = db.PendingStats;
        db.PendingStats = null;
        try
        {
            if (pending is not null)
            {
                await pending.CompleteAsync(db, cancellationToken);
            }
            if (db.StatsTransaction is { } transaction)
            {
                db.StatsTransaction = null;
                await transaction.CommitAsync(cancellationToken);
                await transaction.DisposeAsync();
            }
        }
        catch
        {
            await AbandonAsync(db);
            throw;
        }
    }

    private static async Task AbandonAsync(ClaimTrackerDbContext db)
    {
        db.PendingStats = null;
        if (db.StatsTransaction is { } transaction)
        {
            db.StatsTransaction = null;
            await transaction.DisposeAsync();
        }
    }
}
