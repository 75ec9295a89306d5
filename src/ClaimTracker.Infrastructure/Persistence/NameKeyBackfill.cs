using ClaimTracker.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ClaimTracker.Infrastructure.Persistence;

/// <summary>
/// The data step of the <c>NameKeys</c> migration. Neither engine can fold names the way <see cref="NameKey"/> does
/// (NFKC, full case folding, accents), so the migration adds the key columns empty and this step fills them in .NET,
/// for rows written before it. It runs at every start-up and touches only rows whose key is still missing, so it
/// costs one indexed query when there is nothing to do. Rows that fold to one name are resolved as the unique indexes
/// need: duplicate topics and tags are folded into the oldest (their statements and notes move with them); a
/// duplicate speaker keeps its records and gets a key marked with its id, so it stays findable until an analyst
/// merges it (renaming or editing it asks for that).
/// </summary>
public sealed partial class NameKeyBackfill(ClaimTrackerDbContext db, ILogger<NameKeyBackfill> logger)
{
    public const string Migration = "NameKeys";

    /// <summary>Fills missing keys; returns how many rows it changed. Does nothing before the migration is applied.</summary>
    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        var applied = await db.Database.GetAppliedMigrationsAsync(ct);
        if (!applied.Any(m => m.EndsWith("_" + Migration, StringComparison.Ordinal)))
        {
            return 0;
        }
        if (!await db.Topics.AnyAsync(t => t.NameKey == null, ct)
            && !await db.AnnotationTags.AnyAsync(t => t.NameKey == null, ct)
            && !await db.Speakers.AnyAsync(s => s.NameKey == null || (s.Aliases != null && s.AliasKeys == null), ct))
        {
            return 0;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var changed = await TopicsAsync(ct) + await TagsAsync(ct) + await SpeakersAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        LogFilled(logger, changed);
        return changed;
    }

    private async Task<int> TopicsAsync(CancellationToken ct)
    {
        // Names only: a desk's topics are few, but their tags can be a million statements' worth (every statement
        // tracked took minutes and gigabytes at start-up). Only topics that fold together need their statements.
        var topics = await db.Topics.AsNoTracking().Select(t => new { t.Id, t.Name, t.NameKey }).ToListAsync(ct);
        var kept = new Dictionary<string, int>(StringComparer.Ordinal);
        var duplicates = new List<(int Id, int SurvivorId)>();
        var changed = 0;
        // Rows that already have a key claim it first, so a late duplicate folds into them.
        foreach (var topic in topics.OrderBy(t => t.NameKey is null).ThenBy(t => t.Id))
        {
            var key = NameKey.Of(topic.Name);
            if (kept.TryGetValue(key, out var survivorId))
            {
                duplicates.Add((topic.Id, survivorId));
            }
            else
            {
                kept[key] = topic.Id;
                if (topic.NameKey != key)
                {
                    var id = topic.Id;
                    await db.Topics.Where(t => t.Id == id).ExecuteUpdateAsync(u => u.SetProperty(t => t.NameKey, key), ct);
                    changed++;
                }
            }
        }
        foreach (var merge in duplicates.GroupBy(d => d.SurvivorId))
        {
            // Through the change tracker, so the statistics read model moves the tags with them.
            var ids = merge.Select(d => d.Id).Append(merge.Key).ToList();
            var involved = await db.Topics.Include(t => t.Statements).Where(t => ids.Contains(t.Id)).ToListAsync(ct);
            var survivor = involved.Single(t => t.Id == merge.Key);
            foreach (var duplicate in involved.Where(t => t.Id != merge.Key))
            {
                foreach (var statement in duplicate.Statements.Where(s => !survivor.Statements.Contains(s)))
                {
                    survivor.Statements.Add(statement);
                }
                db.Topics.Remove(duplicate);
                changed++;
            }
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
        return changed;
    }

    private async Task<int> TagsAsync(CancellationToken ct)
    {
        var tags = await db.AnnotationTags.ToListAsync(ct);
        var kept = new Dictionary<string, Domain.Annotations.AnnotationTag>(StringComparer.Ordinal);
        var changed = 0;
        foreach (var tag in tags.OrderBy(t => t.NameKey is null).ThenBy(t => t.Id))
        {
            var key = NameKey.Of(tag.Name);
            if (kept.TryGetValue(key, out var survivor))
            {
                var id = tag.Id;
                await db.Annotations.Where(a => a.TagId == id).ExecuteUpdateAsync(u => u.SetProperty(a => a.TagId, survivor.Id), ct);
                db.AnnotationTags.Remove(tag);
                changed++;
            }
            else
            {
                kept[key] = tag;
                if (tag.NameKey != key)
                {
                    tag.Name = tag.Name;
                    changed++;
                }
            }
        }
        await db.SaveChangesAsync(ct);
        return changed;
    }

    private async Task<int> SpeakersAsync(CancellationToken ct)
    {
        var speakers = await db.Speakers.AsNoTracking().OrderBy(s => s.Id)
            .Select(s => new { s.Id, s.Name, s.NameKey, s.Aliases, s.AliasKeys }).ToListAsync(ct);
        var taken = new HashSet<string>(speakers.Where(s => s.NameKey is not null).Select(s => s.NameKey!), StringComparer.Ordinal);
        var changed = 0;
        foreach (var speaker in speakers.Where(s => s.NameKey is null || (s.Aliases is not null && s.AliasKeys is null)))
        {
            var key = speaker.NameKey;
            if (key is null)
            {
                key = NameKey.Of(speaker.Name);
                // A second speaker of the same name: marked with its id ("raveesh kumar#12") to satisfy the unique
                // index; editing it then asks for a merge.
                key = taken.Add(key) ? key : $"{key}#{speaker.Id}";
                taken.Add(key);
            }
            var aliasKeys = Domain.Speakers.Speaker.KeysOf(speaker.Aliases);
            // Written past the change tracker: the backfill is not an edit, so who last changed the speaker and its
            // version (what open edit forms compare against) stay as they were.
            await db.Speakers.Where(s => s.Id == speaker.Id)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.NameKey, key).SetProperty(s => s.AliasKeys, aliasKeys), ct);
            changed++;
        }
        return changed;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Folded names into keys for {Rows} topics, tags and speakers written before the NameKeys migration.")]
    private static partial void LogFilled(ILogger logger, int rows);
}
