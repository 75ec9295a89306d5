using ClaimTracker.Application.Common.Security;
using ClaimTracker.Domain.Common;
using MediatR;
using Microsoft.Extensions.Logging;

namespace ClaimTracker.Application.Common.Behaviours;

/// <summary>
/// Refuses a request before its handler runs unless the current user holds one of the roles the request declares.
/// The UI and the HTTP API both go through here, so neither can skip the check.
/// </summary>
public sealed partial class AuthorizationBehaviour<TRequest, TResponse>(
    ICurrentUser user, ILogger<AuthorizationBehaviour<TRequest, TResponse>> logger)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (!RequestRule.For(typeof(TRequest)).Allows(user))
        {
            LogForbidden(logger, user.UserId ?? "anonymous", typeof(TRequest).Name, DateTime.UtcNow, "role");
            throw new ForbiddenException(user.IsAuthenticated
                ? "Your role does not allow this action."
                : "Sign in to do this.");
        }

        try
        {
            return await next();
        }
        catch (ForbiddenException)
        {
            // Data-level refusals (someone else's note) are decided in the handler; logged here.
            LogForbidden(logger, user.UserId ?? "anonymous", typeof(TRequest).Name, DateTime.UtcNow, "record");
            throw;
        }
        catch (DeskRuleException e) when (e.Violation.Kind == DeskRuleKind.Ownership)
        {
            // The same, decided by an entity (someone else's draft, four eyes on publishing).
            LogForbidden(logger, user.UserName ?? "anonymous", typeof(TRequest).Name, DateTime.UtcNow, "record");
            throw new ForbiddenException(e.Violation.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Forbidden ({Rule} rule): member {MemberId} sent {Request} at {AtUtc:o}")]
    private static partial void LogForbidden(ILogger logger, string memberId, string request, DateTime atUtc, string rule);
}
