using System.Linq.Expressions;
using ClaimTracker.Domain.Reviews;
using ClaimTracker.Domain.Statements;

namespace ClaimTracker.Application.Stats;

/// <summary>
/// What a speaker's numbers count: the statements they made and those made on their behalf (a spokesman speaking
/// for a ministry counts for the ministry too). The one rule for "a speaker's statements": every chart, the
/// rebutters query and the statement list's <c>?speaker=id</c> use <see cref="By"/>, so a chart segment and the
/// list it links to agree. A statement that is both made and made on behalf of the same speaker is one row, so it
/// counts once.
/// </summary>
public static class SpeakerStatements
{
    /// <summary>The statements made by <paramref name="speakerId"/> or on their behalf, as a filter EF translates.</summary>
    public static Expression<Func<Statement, bool>> By(int speakerId) =>
        s => s.SpeakerId == speakerId || s.OnBehalfOfId == speakerId;

    public static IQueryable<Statement> Of(IQueryable<Statement> statements, int speakerId) =>
        statements.Where(By(speakerId));

    /// <summary>
    /// The same statements as <see cref="Of"/> in two disjoint parts, each found by an equality on an indexed column.
    /// Joins that fan out (topics) are planned from the statements this way; with the OR, SQLite may drive the join
    /// from the other side and read the whole join table (measured: 1 s instead of 0.1 s at 100,000 statements).
    /// </summary>
    public static (IQueryable<Statement> Own, IQueryable<Statement> OnBehalf) Parts(IQueryable<Statement> statements, int speakerId) =>
        (statements.Where(s => s.SpeakerId == speakerId),
         statements.Where(s => s.OnBehalfOfId == speakerId && s.SpeakerId != speakerId));
}

/// <summary>
/// The one rule for what a chart calls a statement's verdict: only a verdict the desk has published counts. A
/// verdict still drafted or in review is "in progress", never a rating; a statement with no review is "unrated".
/// A published verdict that was corrected counts with its corrected rating. The statement list's verdict filter
/// uses the same expressions, so a segment and the list it opens agree.
/// </summary>
public static class PublishedVerdict
{
    /// <summary>What <c>?verdict=</c> says for the "in progress" bucket (and <see cref="UnratedParameter"/> for unrated).</summary>
    public const string InProgressParameter = "inprogress";

    public const string UnratedParameter = "unrated";

    /// <summary>Published with this rating.</summary>
    public static Expression<Func<Statement, bool>> Is(Rating rating) =>
        s => s.Review != null && s.Review.Status == ReviewStatus.Published && s.Review.Rating == rating;

    /// <summary>A verdict is drafted or in review, not yet published.</summary>
    public static Expression<Func<Statement, bool>> InProgress { get; } =
        s => s.Review != null && s.Review.Status != ReviewStatus.Published;

    /// <summary>
    /// In any of these buckets: published with one of <paramref name="ratings"/>, in progress, or unrated (the
    /// statement list's verdict filter, so a chart segment opens the rows it counted).
    /// </summary>
    public static Expression<Func<Statement, bool>> In(IReadOnlyCollection<Rating> ratings, bool inProgress, bool unrated)
    {
        var published = ratings.ToList();
        return s => (s.Review == null && unrated)
            || (s.Review != null && s.Review.Status != ReviewStatus.Published && inProgress)
            || (s.Review != null && s.Review.Status == ReviewStatus.Published && published.Contains(s.Review.Rating));
    }

    /// <summary>No one has started a verdict.</summary>
    public static Expression<Func<Statement, bool>> Unrated { get; } = s => s.Review == null;

    /// <summary>Each statement with its bucket, for grouping in SQL.</summary>
    public static IQueryable<RatedStatement> Rate(IQueryable<Statement> statements) =>
        statements.Select(s => new RatedStatement
        {
            SaidOn = s.SaidOn,
            Verdict = s.Review != null && s.Review.Status == ReviewStatus.Published ? (Rating?)s.Review.Rating : null,
            InProgress = s.Review != null && s.Review.Status != ReviewStatus.Published,
        });
}

/// <summary>A statement reduced to what verdict charts group by (see <see cref="PublishedVerdict.Rate"/>).</summary>
public sealed class RatedStatement
{
    public DateOnly SaidOn { get; init; }
    /// <summary>The published rating; null when unrated or in progress.</summary>
    public Rating? Verdict { get; init; }
    public bool InProgress { get; init; }
}

/// <summary>One bucket of a verdict chart: a published rating, "in progress", or "unrated".</summary>
public readonly record struct VerdictBucket(Rating? Rating, bool InProgress)
{
    public static VerdictBucket Unrated { get; } = new(null, false);
    public static VerdictBucket Pending { get; } = new(null, true);
    public bool IsPublished => Rating is not null;
}

/// <summary>
/// How many statements carry a published verdict; <see cref="Verdict"/> null means none is published: "in progress"
/// when <see cref="InProgress"/> (drafted or in review), else unrated.
/// </summary>
public sealed record VerdictCount(Rating? Verdict, int Count, bool InProgress = false)
{
    public VerdictBucket Bucket => new(Verdict, Verdict is null && InProgress);
}

public enum TimeBucket
{
    Month = 0,
    Year = 1,
}

/// <summary>One bar of a timeline: the days it covers and the statements said in them, by verdict.</summary>
public sealed record TimelinePoint(DateOnly From, DateOnly To, IReadOnlyList<VerdictCount> Counts)
{
    public int Total => Counts.Sum(c => c.Count);
}

public static class Verdicts
{
    /// <summary>Every bucket a verdict chart shows: published ratings in scale order, then "in progress", then "unrated".</summary>
    public static readonly IReadOnlyList<VerdictBucket> All =
        [.. Enum.GetValues<Rating>().Select(r => new VerdictBucket(r, false)), VerdictBucket.Pending, VerdictBucket.Unrated];

    /// <summary>The published ratings only: what "rated" means.</summary>
    public static IReadOnlyList<VerdictBucket> Published => [.. All.Where(b => b.IsPublished)];

    /// <summary>Counts for every bucket, zeros included, so charts side by side line up.</summary>
    public static IReadOnlyList<VerdictCount> Complete(IEnumerable<VerdictCount> counts)
    {
        var byBucket = counts.GroupBy(c => c.Bucket).ToDictionary(g => g.Key, g => g.Sum(c => c.Count));
        return All.Select(b => new VerdictCount(b.Rating, byBucket.GetValueOrDefault(b), b.InProgress)).ToList();
    }

    public static int CountOf(this IEnumerable<VerdictCount> counts, VerdictBucket bucket) =>
        counts.Where(c => c.Bucket == bucket).Sum(c => c.Count);
}

/// <summary>Statement counts per calendar month and verdict bucket, as the database groups them.</summary>
public sealed record MonthCount(int Year, int Month, Rating? Verdict, bool InProgress, int Count);

public static class Timeline
{
    /// <summary>Up to this many months the timeline shows months; a longer span shows years.</summary>
    public const int MaxMonthBuckets = 24;

    /// <summary>
    /// Chooses month or year buckets by the span from the first to the last statement and fills the gaps with empty
    /// buckets, so the time axis is honest. Dates known only to the month or year sit on its first day.
    /// </summary>
    public static (TimeBucket Bucket, IReadOnlyList<TimelinePoint> Points) Build(IReadOnlyCollection<MonthCount> rows)
    {
        if (rows.Count == 0)
        {
            return (TimeBucket.Month, []);
        }
        var first = rows.Min(r => (r.Year * 12) + r.Month - 1);
        var last = rows.Max(r => (r.Year * 12) + r.Month - 1);
        var bucket = last - first + 1 > MaxMonthBuckets ? TimeBucket.Year : TimeBucket.Month;
        return (bucket, Points(rows, bucket, first, last));
    }

    public static IReadOnlyList<TimelinePoint> Points(IReadOnlyCollection<MonthCount> rows, TimeBucket bucket, int firstMonth, int lastMonth)
    {
        var points = new List<TimelinePoint>();
        if (bucket == TimeBucket.Year)
        {
            for (var year = firstMonth / 12; year <= lastMonth / 12; year++)
            {
                var inYear = rows.Where(r => r.Year == year).Select(r => new VerdictCount(r.Verdict, r.Count, r.InProgress));
                points.Add(new TimelinePoint(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), Verdicts.Complete(inYear)));
            }
            return points;
        }
        for (var m = firstMonth; m <= lastMonth; m++)
        {
            var (year, month) = (m / 12, (m % 12) + 1);
            var inMonth = rows.Where(r => r.Year == year && r.Month == month).Select(r => new VerdictCount(r.Verdict, r.Count, r.InProgress));
            var from = new DateOnly(year, month, 1);
            points.Add(new TimelinePoint(from, from.AddMonths(1).AddDays(-1), Verdicts.Complete(inMonth)));
        }
        return points;
    }
}

/// <summary>Topics ranked by how many of the given statements carry each: counted by topic id, then named.</summary>
public static class TopicRanking
{
    public static IQueryable<TopicCount> Rank(IQueryable<Statement> statements, IQueryable<Topic> topics, int top) =>
        Rank([statements], topics, top);

    /// <summary>Ranks over disjoint parts (UNION ALL), so no statement counts twice.</summary>
    public static IQueryable<TopicCount> Rank(IReadOnlyList<IQueryable<Statement>> parts, IQueryable<Topic> topics, int top)
    {
        var topicIds = parts.Select(p => p.SelectMany(s => s.Topics.Select(t => t.Id))).Aggregate((a, b) => a.Concat(b));
        var counts = topicIds
            .GroupBy(id => id)
            .Select(g => new { TopicId = g.Key, Count = g.Count() });
        return (from c in counts
                join t in topics on c.TopicId equals t.Id
                orderby c.Count descending, t.Name
                select new TopicCount(t.Id, t.Name, c.Count))
            .Take(top);
    }
}
