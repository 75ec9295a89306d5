using System.Collections.Concurrent;
using System.Reflection;
using ClaimTracker.Application.Common.Security;
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
    private static readonly ConcurrentDictionary<Type, RequestRule> Rules = new();

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var rule = Rules.GetOrAdd(typeof(TRequest), RequestRule.For);
        if (!rule.IsPublic && !(user.IsAuthenticated && rule.Roles.Any(user.IsInRole)))
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
            // Data-level refusals (someone else's draft, a published review) are decided in the handler; logged here.
            LogForbidden(logger, user.UserId ?? "anonymous", typeof(TRequest).Name, DateTime.UtcNow, "record");
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Forbidden ({Rule} rule): member {MemberId} sent {Request} at {AtUtc:o}")]
    private static partial void LogForbidden(ILogger logger, string memberId, string request, DateTime atUtc, string rule);
}

/// <summary>What a request type declares about who may send it.</summary>
public sealed record RequestRule(bool IsPublic, IReadOnlyList<string> Roles)
{
    public static RequestRule For(Type requestType)
    {
        if (requestType.GetCustomAttribute<PublicRequestAttribute>() is not null)
        {
            return new RequestRule(true, []);
        }
        // A request without a declaration is open to nobody: forgetting the rule fails closed.
        var roles = requestType.GetCustomAttribute<AllowedRolesAttribute>()?.Roles ?? [];
        return new RequestRule(false, roles);
    }
}
