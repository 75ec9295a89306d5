using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Auditing;
using ClaimTracker.Application.Common.Security;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.Logging;

namespace ClaimTracker.Application.Accounts;

/// <summary>Lifts a lock (set by an admin or by repeated failed sign-ins) and clears the failure count.</summary>
[AllowedRoles(RoleSet.Admins)]
[Audited("unlocked an account")]
public sealed record UnlockAccount(string UserId) : ICommand<Unit>;

public sealed class UnlockAccountValidator : AbstractValidator<UnlockAccount>
{
    public UnlockAccountValidator()
    {
        RuleFor(c => c.UserId).NotEmpty().WithMessage("Choose an account.");
    }
}

internal sealed partial class UnlockAccountHandler(IUserAccounts accounts, ICurrentUser user, ILogger<UnlockAccountHandler> logger)
    : IRequestHandler<UnlockAccount, Unit>
{
    public async Task<Unit> Handle(UnlockAccount request, CancellationToken cancellationToken)
    {
        var target = await AccountRules.TargetAsync(accounts, request.UserId, cancellationToken);
        await accounts.UnlockAsync(request.UserId, cancellationToken);
        LogUnlocked(logger, user.UserId ?? "?", target.Id);
        return Unit.Value;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Account unlocked: member {AdminId} unlocked member {AccountId}")]
    private static partial void LogUnlocked(ILogger logger, string adminId, string accountId);
}
