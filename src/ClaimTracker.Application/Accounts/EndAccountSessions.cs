using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Auditing;
using ClaimTracker.Application.Common.Security;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.Logging;

namespace ClaimTracker.Application.Accounts;

/// <summary>Signs a member out everywhere: their cookies and open pages stop working at the next check.</summary>
[AllowedRoles(RoleSet.Admins)]
[Audited("ended an account's sessions")]
public sealed record EndAccountSessions(string UserId) : ICommand<Unit>;

public sealed class EndAccountSessionsValidator : AbstractValidator<EndAccountSessions>
{
    public EndAccountSessionsValidator()
    {
        RuleFor(c => c.UserId).NotEmpty().WithMessage("Choose an account.");
    }
}

internal sealed partial class EndAccountSessionsHandler(IUserAccounts accounts, ICurrentUser user, ILogger<EndAccountSessionsHandler> logger)
    : IRequestHandler<EndAccountSessions, Unit>
{
    public async Task<Unit> Handle(EndAccountSessions request, CancellationToken cancellationToken)
    {
        var target = await AccountRules.TargetAsync(accounts, request.UserId, cancellationToken);
        await accounts.EndSessionsAsync(request.UserId, cancellationToken);
        LogEnded(logger, user.UserId ?? "?", target.Id);
        return Unit.Value;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sessions ended: member {AdminId} ended the sessions of member {AccountId}")]
    private static partial void LogEnded(ILogger logger, string adminId, string accountId);
}
