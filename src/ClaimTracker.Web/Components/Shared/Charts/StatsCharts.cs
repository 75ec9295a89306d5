using System.Globalization;
using ClaimTracker.Application.Publishers;
using ClaimTracker.Application.Statements;
using ClaimTracker.Application.Stats;
using ClaimTracker.Domain.Reviews;
using ClaimTracker.Domain.Statements;

namespace ClaimTracker.Web.Components.Shared.Charts;

/// <summary>
/// Links into the statement list with the filters it reads from its URL, by the agreed parameter names (verdict,
/// status, publishedFrom/publishedTo, member + work + workFrom...).
/// </summary>
public static class StatementListUrl
{
    public static string For(
        int? speaker = null, VerdictBucket? verdict = null, int? topic = null,
        LinkRelation? link = null, LinkScope scope = LinkScope.Any, DateOnly? from = null, DateOnly? to = null,
        ReviewStatus? status = null, DateOnly? publishedFrom = null, DateOnly? publishedTo = null,
        string? member = null, WorkKind? work = null, DateOnly? workFrom = null, PublisherFilter publisher = default) =>
        new StatementFilter
        {
            Publisher = publisher,
            SpeakerId = speaker,
            TopicId = topic,
            Verdicts = verdict is { } v ? VerdictSet.Of([v]) : VerdictSet.Any,
            Status = status,
            LinkKind = link,
            LinkScope = scope,
            From = from,
            To = to,
            PublishedFrom = publishedFrom,
            PublishedTo = publishedTo,
            Member = member,
            Work = member is null ? MemberWork.Any : WorkOf(work),
            WorkFrom = member is null ? null : workFrom,
        }.ToUrl();

    /// <summary>The dashboard's kinds of work as the list's <c>work</c> filter names them.</summary>
    private static MemberWork WorkOf(WorkKind? work) => work switch
    {
        WorkKind.StatementsAdded => MemberWork.Added,
        WorkKind.StatementsEdited => MemberWork.Edited,
        WorkKind.LinksAdded => MemberWork.Linked,
        WorkKind.ReviewsStarted => MemberWork.Drafted,
        WorkKind.VerdictsPublished => MemberWork.Published,
        _ => MemberWork.Any,
    };
}

/// <summary>Turns the stats DTOs into chart data: labels, colours, and a link from every segment.</summary>
public static class StatsCharts
{
    public const string UnratedLabel = "Unrated";
    public const string InProgressLabel = "In progress";

    public static string VerdictLabel(VerdictBucket bucket) =>
        bucket.Rating is { } v ? Labels.Of(v) : bucket.InProgress ? InProgressLabel : UnratedLabel;

    public static string VerdictColor(VerdictBucket bucket) => bucket.InProgress && bucket.Rating is null ? "#98a2b3" : VerdictColor(bucket.Rating);

    public static string VerdictColor(Rating? verdict) => verdict switch
    {
        Rating.True => "#079455",
        Rating.MostlyTrue => "#47cd89",
        Rating.HalfTrue => "#fdb022",
        Rating.MostlyFalse => "#f97066",
        Rating.False => "#d92d20",
        Rating.Unverified => "#667085",
        Rating.Misleading => "#7a5af8",
        _ => "#d0d5dd",
    };

    public static string Share(int count, int of) =>
        of == 0 ? "0%" : ((double)count / of).ToString("0%", CultureInfo.InvariantCulture);

    public static string BucketLabel(DateOnly from, TimeBucket bucket) =>
        bucket == TimeBucket.Year
            ? from.Year.ToString(CultureInfo.InvariantCulture)
            : from.ToString("MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>The verdict donut; each segment opens those statements, judged by the same publisher's verdicts.</summary>
    public static ChartData SpeakerVerdicts(VerdictDistribution d, int speakerId, PublisherFilter publisher = default) =>
        new(ChartKind.Donut,
            d.Counts.Select(c => VerdictLabel(c.Bucket)).ToList(),
            [
                new ChartSeries("Statements", d.Counts.Select(c => (double)c.Count).ToList())
                {
                    Labels = d.Counts.Select(c => $"{c.Count} ({Share(c.Count, d.Total)})").ToList(),
                    Links = d.Counts.Select(c => (string?)StatementListUrl.For(speakerId, c.Bucket, publisher: publisher)).ToList(),
                },
            ])
        {
            CategoryColors = d.Counts.Select(c => VerdictColor(c.Bucket)).ToList(),
            CategoryHeading = "Verdict",
        };

    public static ChartData SpeakerTimeline(VerdictTimeline t, int speakerId, PublisherFilter publisher = default)
    {
        var verdicts = Verdicts.All.Where(v => t.Points.Any(p => p.Counts.CountOf(v) > 0)).ToList();
        return new ChartData(ChartKind.StackedColumns,
            t.Points.Select(p => BucketLabel(p.From, t.Bucket)).ToList(),
            verdicts.Select(v => new ChartSeries(VerdictLabel(v), t.Points.Select(p => (double)p.Counts.CountOf(v)).ToList())
            {
                Color = VerdictColor(v),
                Links = t.Points.Select(p => (string?)StatementListUrl.For(speakerId, v, from: p.From, to: p.To, publisher: publisher)).ToList(),
            }).ToList())
        {
            CategoryHeading = t.Bucket == TimeBucket.Year ? "Year" : "Month",
        };
    }

    public static string LinkCategoryLabel(LinkCategoryCount c) => (c.Relation, c.Scope) switch
    {
        (LinkRelation.Rebuts, LinkScope.FromOthers) => "Rebutted by others",
        (LinkRelation.Confirms, LinkScope.FromOthers) => "Confirmed by others",
        (LinkRelation.Contradicts, LinkScope.FromOthers) => "Contradicted by others",
        (LinkRelation.Contradicts, LinkScope.OwnWords) => "In a self-contradiction",
        (LinkRelation.Repeats, LinkScope.Outgoing) => "Repeats an earlier claim",
        _ => $"{c.Relation} ({c.Scope})",
    };

    public static ChartData SpeakerLinks(SpeakerLinkStats s, int speakerId) =>
        new(ChartKind.StackedBars,
            s.Categories.Select(LinkCategoryLabel).ToList(),
            [
                new ChartSeries("Statements", s.Categories.Select(c => (double)c.Count).ToList())
                {
                    Color = "#2e90fa",
                    Labels = s.Categories.Select(c => $"{c.Count} of {s.Total}").ToList(),
                    Links = s.Categories.Select(c => (string?)StatementListUrl.For(speakerId, link: c.Relation, scope: c.Scope)).ToList(),
                },
            ])
        {
            CategoryHeading = "Linked",
        };

    public static ChartData Topics(IReadOnlyList<TopicCount> topics, int? speakerId) =>
        new(ChartKind.StackedBars,
            topics.Select(t => t.Name).ToList(),
            [
                new ChartSeries("Statements", topics.Select(t => (double)t.Count).ToList())
                {
                    Color = "#0ba5ec",
                    Links = topics.Select(t => (string?)StatementListUrl.For(speakerId, topic: t.TopicId)).ToList(),
                },
            ])
        {
            CategoryHeading = "Topic",
        };

    public static ChartData Rebutters(IReadOnlyList<RebutterCount> rebutters) =>
        new(ChartKind.StackedBars,
            rebutters.Select(r => r.Name).ToList(),
            [
                new ChartSeries("Rebuttals", rebutters.Select(r => (double)r.Rebuttals).ToList())
                {
                    Color = "#f04438",
                    Links = rebutters.Select(r => (string?)StatementListUrl.For(r.SpeakerId, link: LinkRelation.Rebuts, scope: LinkScope.Outgoing)).ToList(),
                },
            ])
        {
            CategoryHeading = "Speaker",
        };

    /// <summary>
    /// Each speaker's statements with a published verdict as shares (bars to 100%), with the counts in the labels;
    /// verdicts in progress are not ratings yet and are named in the category label instead.
    /// </summary>
    public static ChartData CompareVerdicts(SpeakerComparison c)
    {
        var rated = Verdicts.Published.Where(v => c.Speakers.Any(s => s.Verdicts.CountOf(v) > 0)).ToList();
        return new ChartData(ChartKind.ShareBars,
            // Two lines on the axis (name, then counts), so a long name does not push the counts out of sight.
            c.Speakers.Select(s => $"{s.Name}\n{s.Rated} rated of {s.Total}{(s.InProgress > 0 ? $", {s.InProgress} in progress" : "")}").ToList(),
            rated.Select(v => new ChartSeries(VerdictLabel(v), c.Speakers.Select(s => s.Rated == 0 ? 0 : 100.0 * Count(s, v) / s.Rated).ToList())
            {
                Color = VerdictColor(v),
                Labels = c.Speakers.Select(s => $"{Count(s, v)} ({Share(Count(s, v), s.Rated)})").ToList(),
                Links = c.Speakers.Select(s => (string?)StatementListUrl.For(s.Id, v)).ToList(),
            }).ToList())
        {
            CategoryHeading = "Speaker",
        };

        static int Count(ComparedSpeaker s, VerdictBucket v) => s.Verdicts.CountOf(v);
    }

    public static ChartData CompareTimelines(SpeakerComparison c)
    {
        var points = c.Speakers.FirstOrDefault()?.Timeline ?? [];
        return new ChartData(ChartKind.Line,
            points.Select(p => BucketLabel(p.From, c.Bucket)).ToList(),
            c.Speakers.Select(s => new ChartSeries(s.Name, s.Timeline.Select(p => (double)p.Total).ToList())
            {
                Links = s.Timeline.Select(p => (string?)StatementListUrl.For(s.Id, from: p.From, to: p.To)).ToList(),
            }).ToList())
        {
            CategoryHeading = c.Bucket == TimeBucket.Year ? "Year" : "Month",
        };
    }

    public static string StatusLabel(ReviewStatus? status) => status is { } s ? Labels.Of(s) : "Not reviewed";

    public static ChartData ReviewStatuses(ReviewStatusCounts r) =>
        new(ChartKind.Donut,
            r.Counts.Select(c => StatusLabel(c.Status)).ToList(),
            [
                new ChartSeries("Statements", r.Counts.Select(c => (double)c.Count).ToList())
                {
                    Labels = r.Counts.Select(c => $"{c.Count} ({Share(c.Count, r.Total)})").ToList(),
                    // "Not reviewed" is the list's unrated filter; every stage has its own status filter.
                    Links = r.Counts.Select(c => c.Status is { } status
                        ? StatementListUrl.For(status: status)
                        : StatementListUrl.For(verdict: VerdictBucket.Unrated)).ToList(),
                },
            ])
        {
            CategoryColors = ["#d0d5dd", "#fdb022", "#2e90fa", "#079455"],
            CategoryHeading = "Review",
        };

    public static ChartData PublishedPerWeek(PublishedPerWeek p)
    {
        var verdicts = Verdicts.Published.Where(v => p.Weeks.Any(w => w.Counts.CountOf(v) > 0)).ToList();
        return new ChartData(ChartKind.StackedColumns,
            p.Weeks.Select(w => w.WeekStart.ToString("d MMM", CultureInfo.InvariantCulture)).ToList(),
            verdicts.Select(v => new ChartSeries(VerdictLabel(v), p.Weeks.Select(w => (double)w.Counts.CountOf(v)).ToList())
            {
                Color = VerdictColor(v),
                // The week's published verdicts of this rating: published between Monday and Sunday.
                Links = p.Weeks.Select(w => (string?)StatementListUrl.For(verdict: v, publishedFrom: w.WeekStart, publishedTo: w.WeekStart.AddDays(6))).ToList(),
            }).ToList())
        {
            CategoryHeading = "Week of",
        };
    }

    public static string WorkLabel(WorkKind kind) => kind switch
    {
        WorkKind.StatementsAdded => "Statements added",
        WorkKind.StatementsEdited => "Statements edited",
        WorkKind.LinksAdded => "Links added",
        WorkKind.ReviewsStarted => "Reviews started",
        WorkKind.VerdictsPublished => "Verdicts published",
        _ => kind.ToString(),
    };

    /// <summary>
    /// Each member's work since <paramref name="since"/>; a segment opens the statements that member worked on that
    /// way since then. Work by no known member (imported records) has no link.
    /// </summary>
    public static ChartData AnalystWork(IReadOnlyList<AnalystWork> work, DateOnly since) =>
        new(ChartKind.StackedBars,
            work.Select(w => w.UserName).ToList(),
            Enum.GetValues<WorkKind>().Select(k => new ChartSeries(WorkLabel(k), work.Select(w => (double)w.Counts[(int)k]).ToList())
            {
                Links = work.Select(w => w.IsKnownMember ? StatementListUrl.For(member: w.UserName, work: k, workFrom: since) : null).ToList(),
            }).ToList())
        {
            CategoryHeading = "Member",
        };
}
