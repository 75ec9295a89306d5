using ClaimTracker.Application.Common;
using ClaimTracker.Application.Publishers;
using ClaimTracker.Application.Statements;
using ClaimTracker.Domain.Statements;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Stats.ReadModel;

/// <summary>The read model's publisher column for a <see cref="PublisherFilter"/>: our desk, one publisher, or null for all.</summary>
internal static class PublisherColumn
{
    public static int? Of(PublisherFilter publisher) => publisher.IsAll ? null : publisher.PublisherId ?? StatsDesk.OurDesk;
}

/// <summary>
/// A span of whole calendar months, both ends included; null ends are open. The read model counts by the month a
/// statement was made, so a period is as fine as a month.
/// </summary>
public readonly record struct StatsPeriod(int? FromMonth, int? ToMonth)
{
    public static StatsPeriod Always { get; } = new(null, null);

    public static StatsPeriod Of(DateOnly? from, DateOnly? to) =>
        new(from is { } f ? StatsMonth.Of(f) : null, to is { } t ? StatsMonth.Of(t) : null);
}

/// <summary>
/// The speaker charts' reads of the read model: each a range scan of one speaker's rows, grouped and summed. The
/// single-chart queries and the stats endpoint share them, so an embedded chart and the page agree.
/// </summary>
internal static class StatsReader
{
    public static IQueryable<SpeakerVerdictStat> VerdictRows(IClaimTrackerDb db, int speakerId, PublisherFilter publisher, StatsPeriod period)
    {
        var rows = db.SpeakerVerdictStats.AsNoTracking().Where(r => r.SpeakerId == speakerId);
        if (PublisherColumn.Of(publisher) is { } p)
        {
            rows = rows.Where(r => r.PublisherId == p);
        }
        if (period.FromMonth is { } from)
        {
            rows = rows.Where(r => r.Month >= from);
        }
        if (period.ToMonth is { } to)
        {
            rows = rows.Where(r => r.Month <= to);
        }
        return rows;
    }

    public static async Task<IReadOnlyList<VerdictCount>> VerdictsAsync(
        IClaimTrackerDb db, int speakerId, PublisherFilter publisher, StatsPeriod period, CancellationToken cancellationToken)
    {
        var rows = await VerdictRows(db, speakerId, publisher, period)
            .GroupBy(r => r.Bucket)
            .Select(g => new { Bucket = g.Key, Count = g.Sum(r => r.Count) })
            .ToListAsync(cancellationToken);
        return Verdicts.Complete(rows.Select(r => StatsBucket.ToCount(r.Bucket, r.Count)));
    }

    public static async Task<IReadOnlyList<MonthCount>> MonthsAsync(
        IClaimTrackerDb db, int speakerId, PublisherFilter publisher, StatsPeriod period, CancellationToken cancellationToken)
    {
        var rows = await VerdictRows(db, speakerId, publisher, period)
            .GroupBy(r => new { r.Month, r.Bucket })
            .Select(g => new { g.Key.Month, g.Key.Bucket, Count = g.Sum(r => r.Count) })
            .ToListAsync(cancellationToken);
        return rows.Select(r =>
        {
            var c = StatsBucket.ToCount(r.Bucket, r.Count);
            return new MonthCount(StatsMonth.Year(r.Month), StatsMonth.MonthOfYear(r.Month), c.Verdict, c.InProgress, c.Count);
        }).ToList();
    }

    public static async Task<SpeakerLinkStats> LinksAsync(IClaimTrackerDb db, int speakerId, StatsPeriod period, CancellationToken cancellationToken)
    {
        var links = db.SpeakerLinkStats.AsNoTracking().Where(r => r.SpeakerId == speakerId);
        if (period.FromMonth is { } from)
        {
            links = links.Where(r => r.Month >= from);
        }
        if (period.ToMonth is { } to)
        {
            links = links.Where(r => r.Month <= to);
        }
        var counts = await links.GroupBy(r => r.Category)
            .Select(g => new { Category = g.Key, Count = g.Sum(r => r.Count) })
            .ToDictionaryAsync(r => r.Category, r => r.Count, cancellationToken);
        // Every statement of the speaker, once: the desk's own verdict rows count each statement exactly once.
        var total = await VerdictRows(db, speakerId, PublisherFilter.Ours, period).SumAsync(r => r.Count, cancellationToken);
        return new SpeakerLinkStats(
            total,
            SpeakerLinkCategories.All.Select((c, i) => new LinkCategoryCount(c.Relation, c.Scope, counts.GetValueOrDefault(i))).ToList());
    }

    public static async Task<IReadOnlyList<TopicCount>> TopicsAsync(IClaimTrackerDb db, int speakerId, int top, StatsPeriod period, CancellationToken cancellationToken)
    {
        var rows = db.SpeakerTopicStats.AsNoTracking().Where(r => r.SpeakerId == speakerId);
        if (period.FromMonth is { } from)
        {
            rows = rows.Where(r => r.Month >= from);
        }
        if (period.ToMonth is { } to)
        {
            rows = rows.Where(r => r.Month <= to);
        }
        var counts = rows.GroupBy(r => r.TopicId).Select(g => new { TopicId = g.Key, Count = g.Sum(r => r.Count) });
        return await (from c in counts
                      join t in db.Topics on c.TopicId equals t.Id
                      orderby c.Count descending, t.Name
                      select new TopicCount(t.Id, t.Name, c.Count))
            .Take(top)
            .ToListAsync(cancellationToken);
    }

    public static async Task<IReadOnlyList<RebutterCount>> RebuttersAsync(IClaimTrackerDb db, int speakerId, int top, StatsPeriod period, CancellationToken cancellationToken)
    {
        var rows = db.SpeakerRebutterStats.AsNoTracking().Where(r => r.SpeakerId == speakerId);
        if (period.FromMonth is { } from)
        {
            rows = rows.Where(r => r.Month >= from);
        }
        if (period.ToMonth is { } to)
        {
            rows = rows.Where(r => r.Month <= to);
        }
        var counts = rows.GroupBy(r => r.RebutterId).Select(g => new { SpeakerId = g.Key, Count = g.Sum(r => r.Count) });
        return await (from c in counts
                      join s in db.Speakers on c.SpeakerId equals s.Id
                      orderby c.Count descending, s.Name
                      select new RebutterCount(s.Id, s.Name, c.Count))
            .Take(top)
            .ToListAsync(cancellationToken);
    }
}

/// <summary>The link categories a speaker page counts, in the order it shows them.</summary>
public static class SpeakerLinkCategories
{
    public static readonly IReadOnlyList<(LinkRelation Relation, LinkScope Scope)> All =
    [
        (LinkRelation.Rebuts, LinkScope.FromOthers),
        (LinkRelation.Confirms, LinkScope.FromOthers),
        (LinkRelation.Contradicts, LinkScope.FromOthers),
        (LinkRelation.Contradicts, LinkScope.OwnWords),
        (LinkRelation.Repeats, LinkScope.Outgoing),
    ];
}
