using ClaimTracker.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace ClaimTracker.Web.Components.Account;

/// <summary>
/// Password sign-in that answers the same way, in about the same time, whether or not the address has an account
/// and whether or not that account is locked: every attempt costs one password-hash check, and every refusal is the
/// same <c>false</c>. Failures on a real account still count towards its lockout (five, then 15 minutes).
/// </summary>
public sealed partial class DeskSignIn(
    UserManager<ApplicationUser> users,
    SignInManager<ApplicationUser> signIn,
    IPasswordHasher<ApplicationUser> hasher,
    ILogger<DeskSignIn> logger)
{
    /// <summary>Made once per process from a random password nobody knows, with the app's own hasher settings.</summary>
    private static string? _dummyHash;

    public async Task<bool> PasswordSignInAsync(string email, string password, bool remember)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null || await users.IsLockedOutAsync(user))
        {
            // The hash check a real account costs, so the answer's timing does not tell which addresses exist.
            var dummy = user ?? new ApplicationUser();
            _dummyHash ??= hasher.HashPassword(dummy, Guid.NewGuid().ToString("N"));
            hasher.VerifyHashedPassword(dummy, _dummyHash, password);
            if (user is null)
            {
                // No personal data in logs: an unknown address is not written down.
                LogUnknownAddress(logger);
            }
            else
            {
                LogLockedOut(logger, user.Id);
            }
            return false;
        }

        var result = await signIn.PasswordSignInAsync(user, password, remember, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            LogSignedIn(logger, user.Id);
            return true;
        }
        if (result.IsLockedOut)
        {
            LogLockedOut(logger, user.Id);
        }
        else if (result.RequiresTwoFactor)
        {
            // The desk has no two-factor sign-in; an account that had it switched on under the old pages cannot finish.
            LogTwoFactor(logger, user.Id);
        }
        else
        {
            LogFailed(logger, user.Id);
        }
        return false;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sign-in: member {MemberId} signed in.")]
    private static partial void LogSignedIn(ILogger logger, string memberId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Failed sign-in for member {MemberId}.")]
    private static partial void LogFailed(ILogger logger, string memberId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Failed sign-in for an address that has no account.")]
    private static partial void LogUnknownAddress(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lockout: member {MemberId} is locked out (repeated failures or an admin's lock).")]
    private static partial void LogLockedOut(ILogger logger, string memberId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Failed sign-in for member {MemberId}: the account has two-factor sign-in switched on, which this desk does not offer.")]
    private static partial void LogTwoFactor(ILogger logger, string memberId);
}
