namespace ClaimTracker.Application.Common.Security;

/// <summary>The desk's roles. An editor can do all an analyst can; an admin manages accounts.</summary>
public static class Roles
{
    public const string Viewer = nameof(Viewer);
    public const string Analyst = nameof(Analyst);
    public const string Editor = nameof(Editor);
    public const string Admin = nameof(Admin);

    public static readonly IReadOnlyList<string> All = [Viewer, Analyst, Editor, Admin];
}

/// <summary>
/// The groups of roles requests are granted to. A request names one set, so widening "who writes" is one change
/// here rather than forty attribute lines.
/// </summary>
public enum RoleSet
{
    /// <summary>Everyone signed in: reads internal records (unreviewed statements, drafts, notes, history).</summary>
    Readers = 0,
    /// <summary>Creates and edits statements, speakers, sources, links, notes and draft verdicts.</summary>
    Writers = 1,
    /// <summary>Publishes and corrects verdicts.</summary>
    Editors = 2,
    /// <summary>Manages accounts.</summary>
    Admins = 3,
    /// <summary>Curates desk-wide data that is neither a record nor an account: publishers' label mappings, import batches.</summary>
    EditorsAndAdmins = 4,
}

public static class RoleSets
{
    /// <summary>The roles in a set.</summary>
    public static IReadOnlyList<string> Of(RoleSet set) => set switch
    {
        RoleSet.Readers => Roles.All,
        RoleSet.Writers => [Roles.Analyst, Roles.Editor],
        RoleSet.Editors => [Roles.Editor],
        RoleSet.Admins => [Roles.Admin],
        RoleSet.EditorsAndAdmins => [Roles.Editor, Roles.Admin],
        _ => [],
    };
}

/// <summary>
/// Declares who may send a request. Every request type must carry this or <see cref="PublicRequestAttribute"/>;
/// a test enumerates them and the authorization behaviour refuses a request that carries neither. The same
/// declaration decides which actions the UI offers (<see cref="IPermissions"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AllowedRolesAttribute(RoleSet set) : Attribute
{
    public RoleSet Set { get; } = set;

    public IReadOnlyList<string> Roles => RoleSets.Of(Set);
}

/// <summary>The request is open to anonymous visitors (the public side of the desk: published reviews).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class PublicRequestAttribute : Attribute;
