using ClaimTracker.Application.Common.Auditing;
using ClaimTracker.Application.Common.Security;
using MediatR;

namespace ClaimTracker.Application.Common.Behaviours;

/// <summary>
/// Leaves an audit record for every change a command makes: who, when, which request, before and after. Runs
/// inside the unit of work, so the records commit with the change or not at all.
/// </summary>
public sealed class AuditBehaviour<TRequest, TResponse>(IClaimTrackerDb db, ChangeLog log, ICurrentUser user, IClock clock)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not ICommand<TResponse>)
        {
            return await next();
        }

        var response = await next();
        // Flush first: new records get their keys, and the log sees every change, including early saves.
        await db.SaveChangesAsync(cancellationToken);
        foreach (var entry in log.Drain(db.ChangeTracker, typeof(TRequest).Name, user.UserId, user.UserName, clock.UtcNow))
        {
            db.AuditEntries.Add(entry);
        }
        return response;
    }
}
