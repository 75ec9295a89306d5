namespace ClaimTracker.Application.Common.Security;

/// <summary>The desk's roles. An editor can do all an analyst can; an admin manages accounts.</summary>
public static class Roles
{
    public const string Viewer = nameof(Viewer);
    public const string Analyst = nameof(Analyst);
    public const string Editor = nameof(Editor);
    public const string Admin = nameof(Admin);

    public static readonly IReadOnlyList<string> All = [Viewer, Analyst, Editor, Admin];

    /// <summary>Everyone who may read internal records (unpublished reviews, notes).</summary>
    public static readonly string[] Readers = [Viewer, Analyst, Editor, Admin];

    /// <summary>Everyone who may create and edit statements, speakers, sources and links.</summary>
    public static readonly string[] Writers = [Analyst, Editor];
}

/// <summary>
/// Declares who may send a request. Every request type must carry this or <see cref="PublicRequestAttribute"/>;
/// a test enumerates them and the authorization behaviour refuses a request that carries neither.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AllowedRolesAttribute(params string[] roles) : Attribute
{
    public IReadOnlyList<string> Roles { get; } = roles;
}

/// <summary>The request is open to anonymous visitors (the public side of the desk: published reviews).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class PublicRequestAttribute : Attribute;
