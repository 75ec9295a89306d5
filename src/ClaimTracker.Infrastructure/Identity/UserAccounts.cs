using ClaimTracker.Application.Accounts;
using ClaimTracker.Application.Common;
using ClaimTracker.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Infrastructure.Identity;

/// <summary>
/// Accounts over ASP.NET Core Identity. Reads project straight from the Identity tables; writes go through
/// UserManager so stamps, normalised names and lockout rules stay Identity's. Both share the operation's context,
/// so they join the command's transaction.
/// </summary>
internal sealed class UserAccounts(ClaimTrackerDbContext db, UserManager<ApplicationUser> users) : IUserAccounts
{
    public async Task<Page<AccountSummary>> ListAsync(string? search, int pageSize, string? after, CancellationToken ct)
    {
        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = "%" + Like.Escape(search.Trim().ToUpperInvariant()) + "%";
            query = query.Where(u => u.NormalizedEmail != null && EF.Functions.Like(u.NormalizedEmail, pattern, Like.EscapeCharacter));
        }
        if (Cursor.Decode(after, 2) is [var email, var id])
        {
            query = query.Where(u => string.Compare(u.NormalizedEmail, email) > 0 || (u.NormalizedEmail == email && string.Compare(u.Id, id) > 0));
        }
        var rows = await Project(query.OrderBy(u => u.NormalizedEmail).ThenBy(u => u.Id).Take(pageSize + 1)).ToListAsync(ct);
        return Page.From(rows.Select(r => r.ToSummary()).ToList(), pageSize,
            last => Cursor.Encode(rows.First(r => r.Summary.Id == last.Id).NormalizedEmail ?? "", last.Id));
    }

    public async Task<AccountSummary?> FindAsync(string userId, CancellationToken ct) =>
        (await Project(db.Users.AsNoTracking().Where(u => u.Id == userId)).SingleOrDefaultAsync(ct))?.ToSummary();

    public async Task<int> CountActiveInRoleAsync(string role, CancellationToken ct)
    {
        var now = DateTimeOffset.UtcNow;
        var holders = await db.UserRoles.AsNoTracking()
            .Where(ur => db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role))
            .Join(db.Users, ur => ur.UserId, u => u.Id, (_, u) => u.LockoutEnd)
            .ToListAsync(ct);
        // Compared in memory: SQLite cannot compare DateTimeOffset in SQL, and a desk has few admins.
        return holders.Count(end => end is null || end <= now);
    }

    public async Task<(string? UserId, IReadOnlyList<string> EmailErrors, IReadOnlyList<string> PasswordErrors)> CreateAsync(
        string email, string? displayName, string password, CancellationToken ct)
    {
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName };
        var result = await users.CreateAsync(user, password);
        if (result.Succeeded)
        {
            return (user.Id, [], []);
        }
        var aboutPassword = result.Errors.ToLookup(e => e.Code.StartsWith(PasswordPolicy.CodePrefix, StringComparison.Ordinal), e => e.Description);
        return (null, [.. aboutPassword[false]], [.. aboutPassword[true]]);
    }

    public async Task SetRolesAsync(string userId, IReadOnlyCollection<string> roles, CancellationToken ct)
    {
        var user = await Load(userId);
        var current = await users.GetRolesAsync(user);
        Check(await users.RemoveFromRolesAsync(user, current.Except(roles)));
        Check(await users.AddToRolesAsync(user, roles.Except(current)));
        Check(await users.UpdateSecurityStampAsync(user));
    }

    public async Task LockAsync(string userId, CancellationToken ct)
    {
        var user = await Load(userId);
        Check(await users.SetLockoutEnabledAsync(user, true));
        Check(await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue));
        Check(await users.UpdateSecurityStampAsync(user));
    }

    public async Task UnlockAsync(string userId, CancellationToken ct)
    {
        var user = await Load(userId);
        Check(await users.SetLockoutEndDateAsync(user, null));
        Check(await users.ResetAccessFailedCountAsync(user));
    }

    public async Task EndSessionsAsync(string userId, CancellationToken ct) =>
        Check(await users.UpdateSecurityStampAsync(await Load(userId)));

    private IQueryable<Row> Project(IQueryable<ApplicationUser> query) =>
        query.Select(u => new Row(
            u.NormalizedEmail,
            u.LockoutEnd,
            new AccountSummary
            {
                Id = u.Id,
                Email = u.Email ?? u.UserName ?? u.Id,
                DisplayName = u.DisplayName,
                Roles = db.UserRoles.Where(ur => ur.UserId == u.Id)
                    .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!)
                    .OrderBy(n => n)
                    .ToList(),
            }));

    private async Task<ApplicationUser> Load(string userId) =>
        await users.FindByIdAsync(userId) ?? throw new NotFoundException("Account", userId);

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }

    /// <summary>Lockout is decided in memory: SQLite cannot compare DateTimeOffset in SQL.</summary>
    private sealed record Row(string? NormalizedEmail, DateTimeOffset? LockoutEnd, AccountSummary Summary)
    {
        public AccountSummary ToSummary() => Summary with { IsLocked = LockoutEnd > DateTimeOffset.UtcNow };
    }
}
