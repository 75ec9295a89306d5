using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;

namespace ClaimTracker.Application.Accounts;

/// <summary>Checks shared by the admin commands, run inside the command's transaction.</summary>
internal static class AccountRules
{
    public static async Task<AccountSummary> TargetAsync(IUserAccounts accounts, string userId, CancellationToken ct) =>
        await accounts.FindAsync(userId, ct) ?? throw new NotFoundException("Account", userId);

    /// <summary>The desk must keep one admin who can sign in, or nobody could manage accounts again.</summary>
    public static async Task KeepAnAdminAsync(IUserAccounts accounts, AccountSummary target, string what, CancellationToken ct)
    {
        if (target.Roles.Contains(Roles.Admin) && !target.IsLocked && await accounts.CountActiveInRoleAsync(Roles.Admin, ct) <= 1)
        {
            throw RequestValidationException.For("UserId", $"This is the last admin who can sign in; {what} would leave nobody to manage accounts.");
        }
    }
}
