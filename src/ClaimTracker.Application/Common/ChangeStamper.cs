using ClaimTracker.Application.Common.Security;
using ClaimTracker.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace ClaimTracker.Application.Common;

/// <summary>
/// Stamps who created or changed a record and renews concurrency tokens. Hooked to the context's SavingChanges
/// event, so it runs on every save, including a handler's early save to learn a new id.
/// </summary>
public sealed class ChangeStamper(ICurrentUser user, IClock clock)
{
    public void Stamp(ChangeTracker changes)
    {
        var now = clock.UtcNow;
        foreach (var entry in changes.Entries())
        {
            if (entry.State is EntityState.Added)
            {
                StampNew(entry.Entity, now);
                continue;
            }
            if (entry.State is EntityState.Modified && entry.Entity is Entity modified)
            {
                modified.UpdatedAtUtc = now;
                modified.UpdatedBy = user.UserName;
            }

            if (entry.State is EntityState.Modified && entry.Entity is IVersioned versioned)
            {
                versioned.Version = Guid.NewGuid();
            }
        }
    }

    /// <summary>A new record's stamps; also for records the import writes in bulk, past the change tracker.</summary>
    public void StampNew(object record) => StampNew(record, clock.UtcNow);

    private void StampNew(object record, DateTime now)
    {
        if (record is Entity added)
        {
            added.CreatedAtUtc = now;
            added.CreatedBy = user.UserName;
        }
        if (record is IVersioned versioned)
        {
            versioned.Version = Guid.NewGuid();
        }
    }
}
