namespace ClaimTracker.Application.Common.Security;

/// <summary>
/// Who is sending the current request. Set once per operation scope from the authentication state
/// (the circuit's, or the HTTP request's), never read from the HTTP context inside a circuit.
/// </summary>
public interface ICurrentUser
{
    string? UserId { get; }
    string? UserName { get; }
    bool IsAuthenticated { get; }
    bool IsInRole(string role);
}

/// <summary>The mutable holder behind <see cref="ICurrentUser"/>, filled in by whoever opens the operation scope.</summary>
public sealed class CurrentUser : ICurrentUser
{
    private IReadOnlySet<string> _roles = new HashSet<string>();

    public string? UserId { get; private set; }
    public string? UserName { get; private set; }
    public bool IsAuthenticated => UserId is not null;
    public bool IsInRole(string role) => _roles.Contains(role);

    public void Set(string? userId, string? userName, IEnumerable<string> roles)
    {
        UserId = userId;
        UserName = userName;
        _roles = roles.ToHashSet(StringComparer.Ordinal);
    }
}
