using System.Collections.Concurrent;
using System.Reflection;

namespace ClaimTracker.Application.Common.Auditing;

/// <summary>
/// What a command does, in the words members read in a statement's history and in live notices ("Ana edited the
/// statement"). Declared on the command, never derived from its class name, so renaming a class changes nothing a
/// member reads. Every command must declare one: a test fails otherwise, and the audit behaviour refuses to run it.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AuditedAttribute(string action) : Attribute
{
    /// <summary>A past-tense phrase that follows a member's name: "edited the statement".</summary>
    public string Action { get; } = action;
}

public static class CommandActions
{
    private static readonly ConcurrentDictionary<Type, string?> Declared = new();

    /// <summary>The action a command type declares, or null when it declares none.</summary>
    public static string? Of(Type commandType) =>
        Declared.GetOrAdd(commandType, t => t.GetCustomAttribute<AuditedAttribute>()?.Action);

    /// <summary>The declared action, or an error naming the command that forgot it.</summary>
    public static string Required(Type commandType) => Of(commandType)
        ?? throw new InvalidOperationException($"{commandType.Name} declares no [Audited] action: history and live notices need one.");
}
