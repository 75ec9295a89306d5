using ClaimTracker.Domain.Reviews;

namespace ClaimTracker.Application.Stats.ReadModel;

/// <summary>
/// The read side of the statistics (docs/adr/0014): counts kept per key, changed in the same transaction as the
/// records they count (<see cref="StatsProjection"/>) and recomputable from them (<see cref="StatsRebuilder"/>).
/// A row with a count of zero is deleted, so the tables hold exactly what a recomputation yields.
/// </summary>
public interface IStatsRow
{
    int Count { get; set; }
}

/// <summary>Statements per speaker, publisher, calendar month (<see cref="StatsMonth"/>) and verdict bucket (<see cref="StatsBucket"/>).</summary>
public sealed class SpeakerVerdictStat : IStatsRow
{
    /// <summary>The speaker the statement counts for (made by them or on their behalf); <see cref="StatsDesk.WholeDesk"/> for the desk's own totals.</summary>
    public int SpeakerId { get; set; }

    /// <summary><see cref="StatsDesk.OurDesk"/> for the desk's own reviews.</summary>
    public int PublisherId { get; set; }

    public int Month { get; set; }
    public int Bucket { get; set; }
    public int Count { get; set; }
}

/// <summary>Statements per speaker, month and link category (the index into <see cref="SpeakerLinkCategories.All"/>).</summary>
public sealed class SpeakerLinkStat : IStatsRow
{
    public int SpeakerId { get; set; }
    public int Month { get; set; }
    public int Category { get; set; }
    public int Count { get; set; }
}

/// <summary>Statements per speaker, topic and month.</summary>
public sealed class SpeakerTopicStat : IStatsRow
{
    public int SpeakerId { get; set; }
    public int TopicId { get; set; }
    public int Month { get; set; }
    public int Count { get; set; }
}

/// <summary>Rebuttal links per rebutted speaker, rebutting speaker and month of the rebutted statement.</summary>
public sealed class SpeakerRebutterStat : IStatsRow
{
    public int SpeakerId { get; set; }
    public int RebutterId { get; set; }
    public int Month { get; set; }
    public int Count { get; set; }
}

/// <summary>Desk work per UTC day, kind (<see cref="WorkKind"/>), member and, for publications, rating.</summary>
public sealed class DeskDayStat : IStatsRow
{
    public DateOnly Day { get; set; }
    public int Kind { get; set; }

    /// <summary>The member's user name; empty for work no account did.</summary>
    public string Member { get; set; } = "";

    /// <summary>The published rating for <see cref="WorkKind.VerdictsPublished"/>; <see cref="StatsDesk.NoRating"/> otherwise.</summary>
    public int Rating { get; set; }

    public int Count { get; set; }
}

/// <summary>Statements per topic and the UTC day they were added to the desk.</summary>
public sealed class TopicDayStat : IStatsRow
{
    public int TopicId { get; set; }
    public DateOnly Day { get; set; }
    public int Count { get; set; }
}

public static class StatsDesk
{
    /// <summary>The speaker id of the rows that count every statement of the desk once.</summary>
    public const int WholeDesk = 0;

    /// <summary>The publisher id of our own desk's verdicts.</summary>
    public const int OurDesk = 0;

    public const int NoRating = -1;

    public const int MemberMaxLength = 256;
}

/// <summary>A calendar month as one sortable number, 2019-07 as 201907.</summary>
public static class StatsMonth
{
    public static int Of(DateOnly day) => (day.Year * 100) + day.Month;

    public static int Of(int year, int month) => (year * 100) + month;

    public static int Year(int month) => month / 100;

    public static int MonthOfYear(int month) => month % 100;
}

/// <summary>
/// A statement's verdict bucket as stored: the published rating's number, or a negative code for a review still
/// drafted or in review, or none (<see cref="PublishedVerdict"/> is the rule).
/// </summary>
public static class StatsBucket
{
    public const int Draft = -1;
    public const int InReview = -2;
    public const int Unrated = -3;

    public static int Of(ReviewStatus? status, Rating? rating) => status switch
    {
        null => Unrated,
        ReviewStatus.Published => (int)rating!.Value,
        ReviewStatus.Draft => Draft,
        _ => InReview,
    };

    public static VerdictCount ToCount(int bucket, int count) => bucket switch
    {
        Unrated => new VerdictCount(null, count),
        Draft or InReview => new VerdictCount(null, count, InProgress: true),
        _ => new VerdictCount((Rating)bucket, count),
    };
}
