using ClaimTracker.Application.Common.Changes;
using ClaimTracker.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Infrastructure.Changes;

/// <summary>
/// Reads committed changes back from the audit trail, which every command writes in its own transaction. This is the
/// fallback channel between servers while Redis is away: one cheap "latest change id" query per poll, and the new
/// rows only when that id moved.
/// </summary>
public sealed class AuditChangeFeed(IDbContextFactory<ClaimTrackerDbContext> contexts)
{
    /// <summary>More operations than this since the last poll are announced as one "anything may have changed".</summary>
    public const int MaxOperationsPerPoll = 200;

    /// <summary>The latest id in the audit trail: the primary key's last entry, cheap on either engine.</summary>
    public async Task<long> LatestIdAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.AuditEntries.MaxAsync(a => (long?)a.Id, cancellationToken) ?? 0;
    }

    /// <summary>
    /// The changes committed after <paramref name="afterId"/>, one per command, oldest first, and the id to poll from
    /// next time.
    /// </summary>
    public async Task<(IReadOnlyList<DeskChange> Changes, long LatestId)> ChangesAfterAsync(long afterId, DateTime nowUtc, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await EntriesAfter(db, afterId).Take(MaxOperationsPerPoll * 10).ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return ([], afterId);
        }
        var latest = rows[^1].Id;
        var operations = rows.GroupBy(r => r.OperationId).ToList();
        if (operations.Count > MaxOperationsPerPoll || rows.Count == MaxOperationsPerPoll * 10)
        {
            // A flood (an import, a long outage): one reload of everything costs less than hundreds of notices.
            var rest = await db.AuditEntries.MaxAsync(a => (long?)a.Id, cancellationToken) ?? latest;
            return ([new DeskChange(Guid.NewGuid(), "ManyChanges", null, nowUtc, [])], rest);
        }
        var changes = operations
            .Select(op =>
            {
                var entries = op.ToList();
                // A row that belongs to no statement (a speaker, a topic) may show on any page: say "anything".
                IReadOnlyList<int> touched = entries.Any(e => e.StatementId is null)
                    ? []
                    : entries.SelectMany(e => new[] { e.StatementId, e.RelatedStatementId })
                        .OfType<int>().Distinct().ToList();
                var first = entries[0];
                return new DeskChange(op.Key, first.Request, first.UserName, first.AtUtc, touched);
            })
            .ToList();
        return (changes, latest);
    }

    public static IQueryable<AuditRow> EntriesAfter(ClaimTrackerDbContext db, long afterId) =>
        db.AuditEntries.AsNoTracking()
            .Where(a => a.Id > afterId)
            .OrderBy(a => a.Id)
            .Select(a => new AuditRow(a.Id, a.OperationId, a.Request, a.UserName, a.AtUtc, a.StatementId, a.RelatedStatementId));

    public sealed record AuditRow(
        long Id, Guid OperationId, string Request, string? UserName, DateTime AtUtc, int? StatementId, int? RelatedStatementId);
}
