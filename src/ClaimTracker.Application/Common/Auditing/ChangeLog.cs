using System.Text.Json;
using System.Text.Json.Serialization;
using ClaimTracker.Domain.Annotations;
using ClaimTracker.Domain.Auditing;
using ClaimTracker.Domain.Reviews;
using ClaimTracker.Domain.Statements;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace ClaimTracker.Application.Common.Auditing;

/// <summary>
/// What one command's saves changed: captured as each save starts, before EF forgets the original values, and
/// handed over as <see cref="AuditEntry"/> rows once the save succeeded. Used only by the audit behaviour, one per
/// command.
/// </summary>
public sealed class ChangeLog(Guid operation, string action, string? userId, string? userName, DateTime atUtc)
{
    // Bookkeeping columns and secrets: never worth (or safe) showing in a history.
    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal)
    {
        "Version", "CreatedAtUtc", "CreatedBy", "UpdatedAtUtc", "UpdatedBy",
        "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "NormalizedEmail", "NormalizedUserName", "NormalizedName",
        // A copy of the statement's date that the database keeps on each tag row.
        StatementTopicColumns.SaidOn,
    };

    private readonly List<Pending> _pending = [];

    /// <summary>Called as a save starts: records the old values of what changed, and which properties changed.</summary>
    public void Capture(ChangeTracker tracker)
    {
        foreach (var entry in tracker.Entries())
        {
            if (entry.Entity is AuditEntry || entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }
            var changed = entry.Properties
                .Where(p => !Ignored.Contains(p.Metadata.Name))
                .Where(p => entry.State != EntityState.Modified || (p.IsModified && !Equals(p.OriginalValue, p.CurrentValue)))
                .ToList();
            if (changed.Count == 0)
            {
                continue;
            }
            var change = entry.State switch
            {
                EntityState.Added => AuditChange.Added,
                EntityState.Deleted => AuditChange.Deleted,
                _ => AuditChange.Modified,
            };
            // Deleted rows are detached after the save: their key and values are taken now.
            var before = change == AuditChange.Added ? null : changed.ToDictionary(p => p.Metadata.Name, p => p.OriginalValue);
            var deletedKey = change == AuditChange.Deleted ? KeyOf(entry) : null;
            _pending.Add(new Pending(entry, change, changed.Select(p => p.Metadata.Name).ToList(), before, deletedKey,
                change == AuditChange.Deleted ? StatementOf(entry, tracker) : null,
                change == AuditChange.Deleted ? RelatedStatementOf(entry) : null));
        }
    }

    /// <summary>Hands over the entries captured so far, once their save succeeded and new rows have their keys.</summary>
    public IReadOnlyList<AuditEntry> Drain(ChangeTracker tracker)
    {
        var entries = _pending.Select(p => new AuditEntry
        {
            OperationId = operation,
            AtUtc = atUtc,
            UserId = userId,
            UserName = userName,
            Request = Truncate(action, AuditEntry.RequestMaxLength),
            Entity = Truncate(p.Entry.Metadata.ShortName(), AuditEntry.EntityMaxLength),
            EntityId = p.DeletedKey ?? KeyOf(p.Entry),
            Change = p.Change,
            StatementId = p.Change == AuditChange.Deleted ? p.DeletedStatementId : StatementOf(p.Entry, tracker),
            RelatedStatementId = p.Change == AuditChange.Deleted ? p.DeletedRelatedStatementId : RelatedStatementOf(p.Entry),
            Before = p.Before is null ? null : Json(p.Before),
            After = p.Change == AuditChange.Deleted ? null : Json(p.Properties.ToDictionary(n => n, n => p.Entry.Property(n).CurrentValue)),
        }).ToList();
        _pending.Clear();
        return entries;
    }

    private static string KeyOf(EntityEntry entry) =>
        string.Join("/", entry.Metadata.FindPrimaryKey()?.Properties.Select(p => entry.Property(p.Name).CurrentValue) ?? []);

    /// <summary>Which statement's history a change belongs to, so the History tab is one indexed query.</summary>
    private static int? StatementOf(EntityEntry entry, ChangeTracker tracker)
    {
        static int? Positive(object? value) => value is int id && id > 0 ? id : null;
        int? ReviewStatement(int reviewId) =>
            tracker.Entries<Review>().FirstOrDefault(r => r.Entity.Id == reviewId) is { } review ? Positive(review.Entity.StatementId) : null;

        return entry.Entity switch
        {
            Statement s => Positive(s.Id),
            Review r => Positive(r.StatementId),
            Annotation a => Positive(a.StatementId),
            OutsideReview o => Positive(o.StatementId),
            StatementLink l => Positive(l.FromStatementId),
            Evidence e => ReviewStatement(e.ReviewId),
            ReviewRevision v => ReviewStatement(v.ReviewId),
            _ when entry.Metadata.FindProperty("StatementsId") is not null => Positive(entry.Property("StatementsId").CurrentValue),
            _ => null,
        };
    }

    // Enums by name, so the history reads "False", not 4.
    private static readonly JsonSerializerOptions JsonOptions = new() { Converters = { new JsonStringEnumConverter() } };

    private static int? RelatedStatementOf(EntityEntry entry) =>
        entry.Entity is StatementLink link && link.ToStatementId > 0 ? link.ToStatementId : null;

    private static string Json(Dictionary<string, object?> values) => JsonSerializer.Serialize(values, JsonOptions);

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];

    private sealed record Pending(
        EntityEntry Entry, AuditChange Change, IReadOnlyList<string> Properties, Dictionary<string, object?>? Before,
        string? DeletedKey, int? DeletedStatementId, int? DeletedRelatedStatementId);
}
