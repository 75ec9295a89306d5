using ClaimTracker.Application.Common;
using ClaimTracker.Domain.Reviews;
using ClaimTracker.Domain.Statements;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Stats.ReadModel;

/// <summary>Which read-model tables a change can move; a save that touches only reviews skips the topic queries.</summary>
[Flags]
public enum StatsTables
{
    None = 0,
    Verdicts = 1,
    Links = 2,
    Topics = 4,
    Rebutters = 8,
    DeskDays = 16,
    TopicDays = 32,
    All = Verdicts | Links | Topics | Rebutters | DeskDays | TopicDays,
}

public readonly record struct VerdictKey(int SpeakerId, int PublisherId, int Month, int Bucket);

public readonly record struct LinkKey(int SpeakerId, int Month, int Category);

public readonly record struct TopicKey(int SpeakerId, int TopicId, int Month);

public readonly record struct RebutterKey(int SpeakerId, int RebutterId, int Month);

public readonly record struct DeskDayKey(DateOnly Day, int Kind, string Member, int Rating);

public readonly record struct TopicDayKey(int TopicId, DateOnly Day);

/// <summary>
/// The counts a set of statements contributes to every read-model table: the one definition both the rebuild (all
/// statements) and the projection of a save (the statements it touched, before and after) use, so the two cannot
/// drift. Each statement counts for its speaker and, once more, for the body it spoke for (<see cref="SpeakerStatements"/>);
/// verdicts follow <see cref="PublishedVerdict"/>; link categories and rebutters follow the speaker page's rules.
/// </summary>
public sealed class StatsFacts
{
    public Dictionary<VerdictKey, int> Verdicts { get; } = [];
    public Dictionary<LinkKey, int> Links { get; } = [];
    public Dictionary<TopicKey, int> Topics { get; } = [];
    public Dictionary<RebutterKey, int> Rebutters { get; } = [];
    public Dictionary<DeskDayKey, int> DeskDays { get; } = [];
    public Dictionary<TopicDayKey, int> TopicDays { get; } = [];

    /// <summary>Adds what the statements in <paramref name="scope"/> contribute to the <paramref name="tables"/> asked for.</summary>
    public async Task AddAsync(IClaimTrackerDb db, IQueryable<Statement> scope, StatsTables tables, CancellationToken cancellationToken)
    {
        if (tables == StatsTables.None)
        {
            return;
        }
        var withLinks = tables.HasFlag(StatsTables.Links);
        // One row per statement: who it counts for, when, its review as the verdict rule reads it, and one flag per
        // link category (EXISTS on the link indexes), exactly the conditions GetSpeakerLinks used to evaluate live.
        var rows = await scope.AsNoTracking()
            .Select(s => new
            {
                s.Id,
                s.SpeakerId,
                s.OnBehalfOfId,
                s.SaidOn,
                s.CreatedAtUtc,
                s.CreatedBy,
                s.UpdatedAtUtc,
                s.UpdatedBy,
                Status = s.Review != null ? (ReviewStatus?)s.Review.Status : null,
                Rating = s.Review != null ? (Rating?)s.Review.Rating : null,
                ReviewCreatedAtUtc = s.Review != null ? (DateTime?)s.Review.CreatedAtUtc : null,
                ReviewCreatedBy = s.Review != null ? s.Review.CreatedBy : null,
                PublishedAtUtc = s.Review != null ? s.Review.PublishedAtUtc : null,
                PublishedBy = s.Review != null ? s.Review.PublishedBy : null,
                Rebutted = withLinks && s.IncomingLinks.Any(l => l.Relation == LinkRelation.Rebuts && l.FromStatement.SpeakerId != s.SpeakerId),
                Confirmed = withLinks && s.IncomingLinks.Any(l => l.Relation == LinkRelation.Confirms && l.FromStatement.SpeakerId != s.SpeakerId),
                Contradicted = withLinks && s.IncomingLinks.Any(l => l.Relation == LinkRelation.Contradicts && l.FromStatement.SpeakerId != s.SpeakerId),
                SelfContradiction = withLinks && (s.OutgoingLinks.Any(l => l.Relation == LinkRelation.Contradicts && l.ToStatement.SpeakerId == s.SpeakerId)
                    || s.IncomingLinks.Any(l => l.Relation == LinkRelation.Contradicts && l.FromStatement.SpeakerId == s.SpeakerId)),
                Repeats = withLinks && s.OutgoingLinks.Any(l => l.Relation == LinkRelation.Repeats),
            })
            .ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return;
        }

        var owners = new Dictionary<int, (int Speaker, int? OnBehalf, int Month, DateOnly Added)>(rows.Count);
        foreach (var s in rows)
        {
            var month = StatsMonth.Of(s.SaidOn);
            var onBehalf = s.OnBehalfOfId is { } b && b != s.SpeakerId ? b : (int?)null;
            owners[s.Id] = (s.SpeakerId, onBehalf, month, DateOnly.FromDateTime(s.CreatedAtUtc));

            if (tables.HasFlag(StatsTables.Verdicts))
            {
                var bucket = StatsBucket.Of(s.Status, s.Rating);
                Add(Verdicts, new VerdictKey(StatsDesk.WholeDesk, StatsDesk.OurDesk, month, bucket));
                Add(Verdicts, new VerdictKey(s.SpeakerId, StatsDesk.OurDesk, month, bucket));
                if (onBehalf is { } other)
                {
                    Add(Verdicts, new VerdictKey(other, StatsDesk.OurDesk, month, bucket));
                }
            }
            if (withLinks)
            {
                bool[] flags = [s.Rebutted, s.Confirmed, s.Contradicted, s.SelfContradiction, s.Repeats];
                for (var category = 0; category < flags.Length; category++)
                {
                    if (!flags[category])
                    {
                        continue;
                    }
                    Add(Links, new LinkKey(s.SpeakerId, month, category));
                    if (onBehalf is { } other)
                    {
                        Add(Links, new LinkKey(other, month, category));
                    }
                }
            }
            if (tables.HasFlag(StatsTables.DeskDays))
            {
                Add(DeskDays, new DeskDayKey(DateOnly.FromDateTime(s.CreatedAtUtc), (int)WorkKind.StatementsAdded, s.CreatedBy ?? "", StatsDesk.NoRating));
                if (s.UpdatedAtUtc is { } edited)
                {
                    Add(DeskDays, new DeskDayKey(DateOnly.FromDateTime(edited), (int)WorkKind.StatementsEdited, s.UpdatedBy ?? "", StatsDesk.NoRating));
                }
                if (s.ReviewCreatedAtUtc is { } started)
                {
                    Add(DeskDays, new DeskDayKey(DateOnly.FromDateTime(started), (int)WorkKind.ReviewsStarted, s.ReviewCreatedBy ?? "", StatsDesk.NoRating));
                }
                if (s.Status == ReviewStatus.Published && s.PublishedAtUtc is { } published)
                {
                    Add(DeskDays, new DeskDayKey(DateOnly.FromDateTime(published), (int)WorkKind.VerdictsPublished, s.PublishedBy ?? "", (int)s.Rating!.Value));
                }
            }
        }

        if (tables.HasFlag(StatsTables.Verdicts))
        {
            // Other publishers' verdicts, one row set per publisher: a rating their label maps to, or unrated while
            // the label has no mapping. A statement counts once per publisher that reviewed it.
            var outside = await (from o in db.OutsideReviews.AsNoTracking()
                                 join s in scope on o.StatementId equals s.Id
                                 select new { o.StatementId, o.PublisherId, o.Rating })
                .ToListAsync(cancellationToken);
            foreach (var o in outside)
            {
                var who = owners[o.StatementId];
                var bucket = o.Rating is { } r ? (int)r : StatsBucket.Unrated;
                Add(Verdicts, new VerdictKey(StatsDesk.WholeDesk, o.PublisherId, who.Month, bucket));
                Add(Verdicts, new VerdictKey(who.Speaker, o.PublisherId, who.Month, bucket));
                if (who.OnBehalf is { } other)
                {
                    Add(Verdicts, new VerdictKey(other, o.PublisherId, who.Month, bucket));
                }
            }
        }

        if (tables.HasFlag(StatsTables.DeskDays))
        {
            // A link is work on the statement it starts from.
            var links = await (from l in db.StatementLinks.AsNoTracking()
                               join s in scope on l.FromStatementId equals s.Id
                               select new { l.CreatedAtUtc, l.CreatedBy })
                .ToListAsync(cancellationToken);
            foreach (var l in links)
            {
                Add(DeskDays, new DeskDayKey(DateOnly.FromDateTime(l.CreatedAtUtc), (int)WorkKind.LinksAdded, l.CreatedBy ?? "", StatsDesk.NoRating));
            }
        }

        if (tables.HasFlag(StatsTables.Topics) || tables.HasFlag(StatsTables.TopicDays))
        {
            var pairs = await scope.AsNoTracking()
                .SelectMany(s => s.Topics, (s, t) => new { StatementId = s.Id, TopicId = t.Id })
                .ToListAsync(cancellationToken);
            foreach (var p in pairs)
            {
                var o = owners[p.StatementId];
                if (tables.HasFlag(StatsTables.Topics))
                {
                    Add(Topics, new TopicKey(o.Speaker, p.TopicId, o.Month));
                    if (o.OnBehalf is { } other)
                    {
                        Add(Topics, new TopicKey(other, p.TopicId, o.Month));
                    }
                }
                if (tables.HasFlag(StatsTables.TopicDays))
                {
                    Add(TopicDays, new TopicDayKey(p.TopicId, o.Added));
                }
            }
        }

        if (tables.HasFlag(StatsTables.Rebutters))
        {
            // Rebuttals of these statements by another speaker, counted per link (a statement rebutting two claims counts twice).
            var rebuttals = await (from l in db.StatementLinks.AsNoTracking()
                                   join target in scope on l.ToStatementId equals target.Id
                                   join responding in db.Statements on l.FromStatementId equals responding.Id
                                   where l.Relation == LinkRelation.Rebuts && responding.SpeakerId != target.SpeakerId
                                   select new { TargetId = target.Id, Rebutter = responding.SpeakerId })
                .ToListAsync(cancellationToken);
            foreach (var r in rebuttals)
            {
                var o = owners[r.TargetId];
                Add(Rebutters, new RebutterKey(o.Speaker, r.Rebutter, o.Month));
                if (o.OnBehalf is { } other)
                {
                    Add(Rebutters, new RebutterKey(other, r.Rebutter, o.Month));
                }
            }
        }
    }

    private static void Add<TKey>(Dictionary<TKey, int> counts, TKey key, int by = 1) where TKey : notnull =>
        counts[key] = counts.GetValueOrDefault(key) + by;

    /// <summary><paramref name="after"/> minus <paramref name="before"/>, keys whose count did not change left out.</summary>
    public static Dictionary<TKey, int> Difference<TKey>(Dictionary<TKey, int> before, Dictionary<TKey, int> after) where TKey : notnull
    {
        var delta = new Dictionary<TKey, int>();
        foreach (var (key, count) in after)
        {
            var d = count - before.GetValueOrDefault(key);
            if (d != 0)
            {
                delta[key] = d;
            }
        }
        foreach (var (key, count) in before)
        {
            if (!after.ContainsKey(key))
            {
                delta[key] = -count;
            }
        }
        return delta;
    }
}
