using ClaimTracker.Application.Common.Auditing;
using ClaimTracker.Application.Common.Changes;
using ClaimTracker.Application.Common.Security;
using MediatR;
using Microsoft.Extensions.Logging;

namespace ClaimTracker.Application.Common.Behaviours;

/// <summary>
/// Tells listeners that a command changed the desk. Registered OUTSIDE the unit-of-work behaviour (first in the
/// pipeline), so when <c>next()</c> returns the transaction has already committed: a listener that reloads at once
/// sees the new data, and a command that failed or rolled back (validation, conflict, refusal) publishes nothing.
/// Publishing never fails the command, which has already been saved.
/// </summary>
public sealed partial class DeskChangesBehaviour<TRequest, TResponse>(
    IDeskChanges changes, ICurrentUser user, IClock clock, ILogger<DeskChangesBehaviour<TRequest, TResponse>> logger)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var response = await next();
        if (request is not ICommand<TResponse>)
        {
            return response;
        }

        IReadOnlyList<int> touched = request is ITouchesStatements<TResponse> reports
            ? reports.TouchedStatementIds(response).Distinct().ToList()
            : [];
        var change = new DeskChange(Guid.NewGuid(), typeof(TRequest).Name, user.UserName, clock.UtcNow, touched)
        {
            Action = CommandActions.Of(typeof(TRequest)),
        };
        try
        {
            await changes.PublishAsync(change, CancellationToken.None);
        }
#pragma warning disable CA1031 // The command is committed; a failed notification is logged, not reported as a failed save.
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogPublishFailed(logger, e, change.RequestType);
        }
        return response;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not announce the change made by {Request}")]
    private static partial void LogPublishFailed(ILogger logger, Exception exception, string request);
}
