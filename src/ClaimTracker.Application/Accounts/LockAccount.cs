using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Auditing;
using ClaimTracker.Application.Common.Security;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.Logging;

namespace ClaimTracker.Application.Accounts;

/// <summary>Locks a member out until unlocked, and ends their open sessions.</summary>
[AllowedRoles(RoleSet.Admins)]
[Audited("locked an account")]
public sealed record LockAccount(string UserId) : ICommand<Unit>;

public sealed class LockAccountValidator : AbstractValidator<LockAccount>
{
    public LockAccountValidator(ICurrentUser user)
    {
        RuleFor(c => c.UserId).NotEmpty().WithMessage("Choose an account.")
            .NotEqual(_ => user.UserId).WithMessage("You cannot lock your own account.");
    }
}

internal sealed partial class LockAccountHandler(IUserAccounts accounts, ICurrentUser user, ILogger<LockAccountHandler> logger)
    : IRequestHandler<LockAccount, Unit>
{
    public async Task<Unit> Handle(LockAccount request, CancellationToken cancellationToken)
    {
        var target = await AccountRules.TargetAsync(accounts, request.UserId, cancellationToken);
        await AccountRules.KeepAnAdminAsync(accounts, target, "locking it", cancellationToken);
        await accounts.LockAsync(request.UserId, cancellationToken);
        LogLocked(logger, user.UserId ?? "?", target.Id);
        return Unit.Value;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Account locked: member {AdminId} locked member {AccountId}")]
    private static partial void LogLocked(ILogger logger, string adminId, string accountId);
}
