using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Auditing;
using ClaimTracker.Application.Common.Security;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.Logging;

namespace ClaimTracker.Application.Accounts;

/// <summary>Replaces a member's roles. Their open sessions pick up the change at the next security-stamp check.</summary>
[AllowedRoles(RoleSet.Admins)]
[Audited("changed an account's roles")]
public sealed record SetAccountRoles(string UserId, IReadOnlyList<string> NewRoles) : ICommand<Unit>;

public sealed class SetAccountRolesValidator : AbstractValidator<SetAccountRoles>
{
    public SetAccountRolesValidator()
    {
        RuleFor(c => c.UserId).NotEmpty().WithMessage("Choose an account.");
        RuleForEach(c => c.NewRoles).Must(r => Roles.All.Contains(r))
            .WithMessage((_, role) => $"'{role}' is not a role; choose from {string.Join(", ", Roles.All)}.");
    }
}

internal sealed partial class SetAccountRolesHandler(IUserAccounts accounts, ICurrentUser user, ILogger<SetAccountRolesHandler> logger)
    : IRequestHandler<SetAccountRoles, Unit>
{
    public async Task<Unit> Handle(SetAccountRoles request, CancellationToken cancellationToken)
    {
        var target = await AccountRules.TargetAsync(accounts, request.UserId, cancellationToken);
        if (!request.NewRoles.Contains(Roles.Admin))
        {
            await AccountRules.KeepAnAdminAsync(accounts, target, "removing the Admin role", cancellationToken);
        }
        var roles = request.NewRoles.Distinct(StringComparer.Ordinal).ToList();
        await accounts.SetRolesAsync(request.UserId, roles, cancellationToken);
        LogRolesChanged(logger, user.UserId ?? "?", target.Id, string.Join(", ", target.Roles), string.Join(", ", roles));
        return Unit.Value;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Role change: member {AdminId} set member {AccountId} from [{Before}] to [{After}]")]
    private static partial void LogRolesChanged(ILogger logger, string adminId, string accountId, string before, string after);
}
