using ClaimTracker.Application.Stats;
using ClaimTracker.Domain.Reviews;
using ClaimTracker.Web.Components.Shared.Charts;

namespace ClaimTracker.Web.Tests.Charts;

/// <summary>The links every chart segment opens, by the agreed statement-list parameters, and the verdict buckets.</summary>
public sealed class StatsChartsTests
{
    [Fact]
    public void A_speakers_donut_shows_verdicts_in_progress_as_their_own_bucket_and_links_each_bucket()
    {
        var d = new VerdictDistribution(Verdicts.Complete(
        [
            new VerdictCount(Rating.False, 1), new VerdictCount(null, 2, InProgress: true), new VerdictCount(null, 18),
        ]));

        var chart = StatsCharts.SpeakerVerdicts(d, 7).WithoutEmptyCategories();

        Assert.Equal(["False", "In progress", "Unrated"], chart.Categories);
        Assert.Equal([1.0, 2, 18], chart.Series[0].Values);
        Assert.Equal(
            ["statements?speaker=7&verdict=False", "statements?speaker=7&verdict=inprogress", "statements?speaker=7&verdict=unrated"],
            chart.Series[0].Links!);
        Assert.Equal(1, d.Rated);
        Assert.Equal(2, d.InProgress);
    }

    [Fact]
    public void Compare_counts_only_published_verdicts_as_shares_and_names_those_in_progress()
    {
        var comparison = new SpeakerComparison(TimeBucket.Year,
        [
            new ComparedSpeaker(7, "Donald Trump", Verdicts.Complete(
                [new VerdictCount(Rating.False, 1), new VerdictCount(null, 2, InProgress: true), new VerdictCount(null, 18)]), []),
            new ComparedSpeaker(9, "Raveesh Kumar", Verdicts.Complete([new VerdictCount(Rating.MostlyTrue, 1)]), []),
        ]);

        var chart = StatsCharts.CompareVerdicts(comparison);

        Assert.Equal(["Donald Trump\n1 rated of 21, 2 in progress", "Raveesh Kumar\n1 rated of 1"], chart.Categories);
        Assert.Equal(["Mostly true", "False"], chart.Series.Select(s => s.Name));
        Assert.Equal([0.0, 100], chart.Series[0].Values);
        Assert.Equal([100.0, 0], chart.Series[1].Values);
    }

    [Fact]
    public void A_weekly_verdict_segment_opens_the_verdicts_of_that_rating_published_that_monday_to_sunday()
    {
        var monday = new DateOnly(2019, 7, 22);
        var published = new PublishedPerWeek(
        [
            new WeekCount(monday.AddDays(-7), Verdicts.Complete([]).Where(c => c.Verdict is not null).ToList()),
            new WeekCount(monday, Verdicts.Complete([new VerdictCount(Rating.False, 1), new VerdictCount(Rating.True, 2)]).Where(c => c.Verdict is not null).ToList()),
        ], null);

        var chart = StatsCharts.PublishedPerWeek(published);

        var falseSeries = chart.Series.Single(s => s.Name == "False");
        Assert.Equal("statements?verdict=False&publishedFrom=2019-07-22&publishedTo=2019-07-28", falseSeries.LinkAt(1));
        Assert.Equal("statements?verdict=True&publishedFrom=2019-07-15&publishedTo=2019-07-21", chart.Series.Single(s => s.Name == "True").LinkAt(0));
    }

    [Fact]
    public void A_work_segment_opens_what_that_member_did_that_way_since_the_window_began()
    {
        var since = new DateOnly(2026, 11, 2);
        IReadOnlyList<AnalystWork> work =
        [
            new("analyst@claimtracker.test", [3, 1, 2, 0, 0]),
            new("editor+desk@claimtracker.test", [0, 0, 0, 1, 4]),
            new(AnalystWork.Unknown, [5, 0, 0, 0, 0]),
        ];

        var chart = StatsCharts.AnalystWork(work, since);

        string? Link(WorkKind kind, int member) => chart.Series[(int)kind].LinkAt(member);
        Assert.Equal("statements?member=analyst%40claimtracker.test&work=added&workFrom=2026-11-02", Link(WorkKind.StatementsAdded, 0));
        Assert.Equal("statements?member=analyst%40claimtracker.test&work=edited&workFrom=2026-11-02", Link(WorkKind.StatementsEdited, 0));
        Assert.Equal("statements?member=analyst%40claimtracker.test&work=linked&workFrom=2026-11-02", Link(WorkKind.LinksAdded, 0));
        Assert.Equal("statements?member=editor%2Bdesk%40claimtracker.test&work=drafted&workFrom=2026-11-02", Link(WorkKind.ReviewsStarted, 1));
        Assert.Equal("statements?member=editor%2Bdesk%40claimtracker.test&work=published&workFrom=2026-11-02", Link(WorkKind.VerdictsPublished, 1));
        // Records no member made (the seed) have nobody to filter by.
        Assert.Null(Link(WorkKind.StatementsAdded, 2));
    }
}
