namespace ClaimTracker.Domain.Common;

/// <summary>Why a rule of the desk refused a change.</summary>
public enum DeskRuleKind
{
    /// <summary>The record is not in a state that allows it (a published review edited as a draft).</summary>
    State = 0,
    /// <summary>The record belongs to someone else, or the rule wants a second person (four eyes).</summary>
    Ownership = 1,
}

/// <summary>A refusal by a domain rule: which kind, the field a form shows it next to, and the words for the member.</summary>
public sealed record DeskRuleViolation(DeskRuleKind Kind, string Field, string Message);

/// <summary>
/// Thrown by an entity when a change breaks one of its rules. The pipeline turns it into the refusal the UI and the
/// API already understand (a validation message for <see cref="DeskRuleKind.State"/>, forbidden for ownership).
/// </summary>
public sealed class DeskRuleException(DeskRuleViolation violation) : Exception(violation.Message)
{
    public DeskRuleViolation Violation { get; } = violation;
}
