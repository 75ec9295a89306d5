using ClaimTracker.Domain.Common;

namespace ClaimTracker.Application.Common;

/// <summary>Optimistic concurrency on the app-managed token: the caller says which version they edited.</summary>
internal static class Concurrency
{
    /// <summary>
    /// Refuses at once when the loaded row is already newer, and makes the save compare against the caller's version,
    /// so a save racing in between is refused by the database too.
    /// </summary>
    public static void Expect<T>(IClaimTrackerDb db, T entity, Guid version, string what) where T : class, IVersioned
    {
        if (entity.Version != version)
        {
            throw new ConcurrencyConflictException(what);
        }
        db.Entry(entity).Property(e => e.Version).OriginalValue = version;
        // Child changes alone leave the row untouched; marking it moves the version so the next stale edit is caught.
        db.Entry(entity).Property(nameof(Entity.UpdatedAtUtc)).IsModified = true;
    }
}
