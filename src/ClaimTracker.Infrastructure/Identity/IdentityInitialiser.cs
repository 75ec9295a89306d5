using ClaimTracker.Application.Common.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;

namespace ClaimTracker.Infrastructure.Identity;

/// <summary>Creates the desk's roles, and in Development only, one demo account per role.</summary>
public sealed partial class IdentityInitialiser(
    RoleManager<IdentityRole> roles, UserManager<ApplicationUser> users, ILogger<IdentityInitialiser> logger)
{
    public const string DemoDomain = "claimtracker.test";

    public static string DemoEmail(string role) => $"{role.ToLowerInvariant()}@{DemoDomain}";

    public async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)), $"create role {role}");
            }
        }
    }

    /// <summary>Never called outside Development: production has no default credentials.</summary>
    public async Task EnsureDemoAccountsAsync(string password)
    {
        foreach (var role in Roles.All)
        {
            var email = DemoEmail(role);
            var user = await users.FindByEmailAsync(email);
            if (user is null)
            {
                user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = $"Demo {role}" };
                Check(await users.CreateAsync(user, password), $"create {email}");
                Check(await users.AddToRoleAsync(user, role), $"add {email} to {role}");
            }
            LogDemoAccount(logger, role, email);
        }
    }

    /// <summary>
    /// The production way to get the first admin: run once on the server. An existing account is given the Admin
    /// role; a new one is created with the given password (which must meet the password rules).
    /// </summary>
    public async Task CreateAdminAsync(string email, string password)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true };
            Check(await users.CreateAsync(user, password), $"create {email}");
        }
        if (!await users.IsInRoleAsync(user, Roles.Admin))
        {
            Check(await users.AddToRoleAsync(user, Roles.Admin), $"make {email} an admin");
        }
        LogAdminCreated(logger, user.Id);
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not {what}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Role change: member {MemberId} is an admin (created from the command line).")]
    private static partial void LogAdminCreated(ILogger logger, string memberId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Development demo account ({Role}): {Email}")]
    private static partial void LogDemoAccount(ILogger logger, string role, string email);
}
