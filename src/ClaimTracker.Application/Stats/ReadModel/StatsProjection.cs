using ClaimTracker.Application.Common;
using ClaimTracker.Domain.Reviews;
using ClaimTracker.Domain.Statements;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace ClaimTracker.Application.Stats.ReadModel;

/// <summary>
/// Keeps the read model in step with one save, inside that save's transaction: as the save starts it works out
/// which statements the tracked changes touch and reads what they contributed (<see cref="StatsFacts"/>) from the
/// database as it still is; once saved it reads their contribution again and adds the difference to the tables.
/// So a count moves exactly as far as the statements under it moved, with no second definition of any rule.
/// Started for every save by the context's interceptor, so handlers, seeding and imports need do nothing.
/// </summary>
public sealed class StatsProjection
{
    /// <summary>Statements that existed before the save and may contribute differently after it.</summary>
    private readonly HashSet<int> _known;

    /// <summary>Entities whose statement ids are known only after the save (new statements, links, reviews).</summary>
    private readonly List<Func<IEnumerable<int>>> _afterSave;

    private readonly StatsTables _tables;
    private StatsFacts? _before;

    private StatsProjection(HashSet<int> known, List<Func<IEnumerable<int>>> afterSave, StatsTables tables)
    {
        _known = known;
        _afterSave = afterSave;
        _tables = tables;
    }

    /// <summary>
    /// For a bulk change the change tracker does not see (ExecuteUpdate, ExecuteDelete, raw SQL): call this with the
    /// statements it will touch before it runs, then <see cref="CompleteAsync"/> after it, in the same transaction.
    /// Re-rating a publisher's label (MapPublisherLabel) and undoing an import (UndoImport) use it.
    /// </summary>
    public static async Task<StatsProjection> ForStatementsAsync(IClaimTrackerDb db, IReadOnlyCollection<int> statementIds, CancellationToken cancellationToken)
    {
        await StatsWriter.LockAsync(db, cancellationToken);
        var projection = new StatsProjection([.. statementIds.Where(id => id > 0)], [], StatsTables.All);
        projection._before = await projection.ReadAsync(db, projection._known, cancellationToken);
        return projection;
    }

    /// <summary>Statements the bulk change created: nothing before it, counted after it (an import's bulk insert).</summary>
    public void Include(IReadOnlyCollection<int> createdStatementIds) => _afterSave.Add(() => createdStatementIds);

    /// <summary>
    /// Reads what the statements the pending changes touch contribute now, before the save. Null when the save
    /// touches no statement, review, link or topic assignment (most saves of accounts, notes and the audit trail).
    /// </summary>
    public static async Task<StatsProjection?> BeginAsync(IClaimTrackerDb db, CancellationToken cancellationToken)
    {
        var known = new HashSet<int>();
        var afterSave = new List<Func<IEnumerable<int>>>();
        var speakerMoved = new HashSet<int>();
        var tables = StatsTables.None;

        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }
            switch (entry.Entity)
            {
                case Statement statement:
                    tables |= StatsTables.All;
                    if (entry.State == EntityState.Added)
                    {
                        afterSave.Add(() => [statement.Id]);
                        break;
                    }
                    known.Add(statement.Id);
                    if (entry.State == EntityState.Deleted || entry.Property(nameof(Statement.SpeakerId)).IsModified)
                    {
                        // Its links' categories and rebutters depend on its speaker: the statements at their other ends move too.
                        speakerMoved.Add(statement.Id);
                    }
                    break;
                case Review review:
                    tables |= StatsTables.Verdicts | StatsTables.DeskDays;
                    AddOriginal(entry, nameof(Review.StatementId), known);
                    afterSave.Add(() => [review.StatementId]);
                    break;
                case OutsideReview outside:
                    tables |= StatsTables.Verdicts;
                    AddOriginal(entry, nameof(OutsideReview.StatementId), known);
                    afterSave.Add(() => [outside.StatementId]);
                    break;
                case StatementLink link:
                    tables |= StatsTables.Links | StatsTables.Rebutters | StatsTables.DeskDays;
                    AddOriginal(entry, nameof(StatementLink.FromStatementId), known);
                    AddOriginal(entry, nameof(StatementLink.ToStatementId), known);
                    afterSave.Add(() => [link.FromStatementId, link.ToStatementId]);
                    break;
                case Dictionary<string, object> pair when entry.Metadata.Name == "StatementTopics":
                    tables |= StatsTables.Topics | StatsTables.TopicDays;
                    AddOriginal(entry, "StatementsId", known);
                    afterSave.Add(() => pair.TryGetValue("StatementsId", out var id) && id is int i ? [i] : []);
                    break;
            }
        }
        if (tables == StatsTables.None)
        {
            return null;
        }

        await StatsWriter.LockAsync(db, cancellationToken);
        if (speakerMoved.Count > 0)
        {
            foreach (var chunk in speakerMoved.Chunk(5000))
            {
                var ids = chunk.ToList();
                var ends = await db.StatementLinks.AsNoTracking()
                    .Where(l => ids.Contains(l.FromStatementId) || ids.Contains(l.ToStatementId))
                    .Select(l => new { l.FromStatementId, l.ToStatementId })
                    .ToListAsync(cancellationToken);
                known.UnionWith(ends.SelectMany(e => new[] { e.FromStatementId, e.ToStatementId }));
            }
        }
        known.RemoveWhere(id => id <= 0);

        var projection = new StatsProjection(known, afterSave, tables);
        projection._before = await projection.ReadAsync(db, known, cancellationToken);
        return projection;
    }

    /// <summary>After the save, in the same transaction: reads the contribution again and adds the difference.</summary>
    public async Task CompleteAsync(IClaimTrackerDb db, CancellationToken cancellationToken)
    {
        var ids = new HashSet<int>(_known);
        foreach (var more in _afterSave)
        {
            ids.UnionWith(more());
        }
        ids.RemoveWhere(id => id <= 0);
        var after = await ReadAsync(db, ids, cancellationToken);
        var before = _before ?? new StatsFacts();
        var delta = new StatsFacts();
        Copy(StatsFacts.Difference(before.Verdicts, after.Verdicts), delta.Verdicts);
        Copy(StatsFacts.Difference(before.Links, after.Links), delta.Links);
        Copy(StatsFacts.Difference(before.Topics, after.Topics), delta.Topics);
        Copy(StatsFacts.Difference(before.Rebutters, after.Rebutters), delta.Rebutters);
        Copy(StatsFacts.Difference(before.DeskDays, after.DeskDays), delta.DeskDays);
        Copy(StatsFacts.Difference(before.TopicDays, after.TopicDays), delta.TopicDays);
        await StatsWriter.ApplyAsync(db, delta, cancellationToken);
    }

    private async Task<StatsFacts> ReadAsync(IClaimTrackerDb db, IReadOnlyCollection<int> statementIds, CancellationToken cancellationToken)
    {
        var facts = new StatsFacts();
        foreach (var chunk in statementIds.Chunk(5000))
        {
            var ids = chunk.ToArray();
            // One JSON parameter, not one per id: an import's chunk passes a thousand ids to each of the fact queries,
            // and a statement with a thousand parameters costs more to prepare and bind than to run.
            await facts.AddAsync(db, db.Statements.Where(s => EF.Parameter(ids).Contains(s.Id)), _tables, cancellationToken);
        }
        return facts;
    }

    private static void AddOriginal(EntityEntry entry, string property, HashSet<int> ids)
    {
        if (entry.State != EntityState.Added && entry.Property(property).OriginalValue is int original)
        {
            ids.Add(original);
        }
        if (entry.Property(property).CurrentValue is int current)
        {
            ids.Add(current);
        }
    }

    private static void Copy<TKey>(Dictionary<TKey, int> from, Dictionary<TKey, int> to) where TKey : notnull
    {
        foreach (var (key, count) in from)
        {
            to[key] = count;
        }
    }
}
