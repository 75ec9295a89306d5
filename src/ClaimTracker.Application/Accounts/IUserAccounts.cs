using ClaimTracker.Application.Common;

namespace ClaimTracker.Application.Accounts;

/// <summary>
/// The account store as the admin use cases need it. Implemented over ASP.NET Core Identity in Infrastructure, so
/// the use cases keep their rules (who may do what to whom) without depending on Identity's types.
/// </summary>
public interface IUserAccounts
{
    Task<Page<AccountSummary>> ListAsync(string? search, int pageSize, string? after, CancellationToken ct);
    Task<AccountSummary?> FindAsync(string userId, CancellationToken ct);
    Task<int> CountActiveInRoleAsync(string role, CancellationToken ct);
    /// <summary>
    /// Creates a member; returns their id, or the store's reasons for refusing, about the e-mail address (taken) and
    /// about the password (the desk's password rule, which the store applies wherever a password is set).
    /// </summary>
    Task<(string? UserId, IReadOnlyList<string> EmailErrors, IReadOnlyList<string> PasswordErrors)> CreateAsync(string email, string? displayName, string password, CancellationToken ct);

    Task SetRolesAsync(string userId, IReadOnlyCollection<string> roles, CancellationToken ct);
    Task LockAsync(string userId, CancellationToken ct);
    Task UnlockAsync(string userId, CancellationToken ct);

    /// <summary>Renews the security stamp: every open session of the user ends at its next check.</summary>
    Task EndSessionsAsync(string userId, CancellationToken ct);
}

public sealed record AccountSummary
{
    public string Id { get; init; } = "";
    public string Email { get; init; } = "";
    public string? DisplayName { get; init; }
    public bool IsLocked { get; init; }
    public IReadOnlyList<string> Roles { get; init; } = [];
}
