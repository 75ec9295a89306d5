namespace ClaimTracker.Domain.Common;

/// <summary>Base of every stored record: identity plus who created and last changed it.</summary>
public abstract class Entity
{
    public int Id { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public string? CreatedBy { get; set; }
    public DateTime? UpdatedAtUtc { get; set; }
    public string? UpdatedBy { get; set; }
}

/// <summary>
/// Records edited by several people at once carry an app-managed concurrency token, because SQLite has no rowversion.
/// The unit of work renews it on every save; a stale token makes the save fail instead of overwriting.
/// </summary>
public interface IVersioned
{
    Guid Version { get; set; }
}
