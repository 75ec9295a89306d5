using ClaimTracker.Domain.Common;

namespace ClaimTracker.Domain.Statements;

/// <summary>How a later statement relates to an earlier one. Read "From {relation} To".</summary>
public enum LinkRelation
{
    /// <summary>Rebuts or denies.</summary>
    Rebuts = 0,
    Confirms = 1,
    /// <summary>Contradicts, including a speaker contradicting their own earlier words.</summary>
    Contradicts = 2,
    Repeats = 3,
    Clarifies = 4,
    Retracts = 5,
}

/// <summary>A typed, directed link between two statements, visible from both ends.</summary>
public class StatementLink : Entity
{
    public const int NoteMaxLength = 1000;

    public int FromStatementId { get; set; }
    public Statement FromStatement { get; set; } = null!;
    public int ToStatementId { get; set; }
    public Statement ToStatement { get; set; } = null!;
    public LinkRelation Relation { get; set; }
    public string? Note { get; set; }
}
