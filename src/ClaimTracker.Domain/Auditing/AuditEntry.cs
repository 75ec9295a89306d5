namespace ClaimTracker.Domain.Auditing;

/// <summary>
/// One record changed by one command: who sent which request, when, and the values before and after
/// (JSON objects of the changed properties only).
/// </summary>
public class AuditEntry
{
    public const int RequestMaxLength = 100;
    public const int EntityMaxLength = 100;

    public long Id { get; set; }
    public Guid OperationId { get; set; }
    public DateTime AtUtc { get; set; }
    public string? UserId { get; set; }
    public string? UserName { get; set; }
    public string Request { get; set; } = "";
    public string Entity { get; set; } = "";
    public string EntityId { get; set; } = "";
    public AuditChange Change { get; set; }

    /// <summary>The statement this change belongs to, when there is one, so a statement's history is one query.</summary>
    public int? StatementId { get; set; }

    /// <summary>A second statement the change concerns: the one a link points at, so both ends list it in their history.</summary>
    public int? RelatedStatementId { get; set; }

    public string? Before { get; set; }
    public string? After { get; set; }
}

public enum AuditChange
{
    Added = 0,
    Modified = 1,
    Deleted = 2,
}
