using ClaimTracker.Application.Common.Auditing;
using ClaimTracker.Application.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Common.Behaviours;

/// <summary>
/// The one place the audit trail is written: for every save a command makes (its own early save for a new id, and
/// the unit of work's), the old values are captured as the save starts and turned into <c>AuditEntry</c> rows once
/// it has succeeded, when new records have their keys. Registered just outside the unit of work, so the rows are
/// saved by it, in the same transaction as the change: both commit or neither. This behaviour never saves itself.
/// Each row names the action the command declares with <see cref="AuditedAttribute"/>.
/// </summary>
public sealed class AuditBehaviour<TRequest, TResponse>(IClaimTrackerDb db, ICurrentUser user, IClock clock)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not ICommand<TResponse>)
        {
            return await next();
        }

        var action = CommandActions.Required(typeof(TRequest));
        var log = new ChangeLog(Guid.NewGuid(), action, user.UserId, user.UserName, clock.UtcNow);
        void Saving(object? sender, SavingChangesEventArgs e) => log.Capture(db.ChangeTracker);
        void Saved(object? sender, SavedChangesEventArgs e) => db.AuditEntries.AddRange(log.Drain(db.ChangeTracker));

        db.SavingChanges += Saving;
        db.SavedChanges += Saved;
        try
        {
            return await next();
        }
        finally
        {
            db.SavingChanges -= Saving;
            db.SavedChanges -= Saved;
        }
    }
}
