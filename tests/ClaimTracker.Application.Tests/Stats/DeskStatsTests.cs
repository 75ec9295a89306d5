using ClaimTracker.Application.Tests.Support;
using ClaimTracker.Application.Common;
using ClaimTracker.Application.Stats;
using ClaimTracker.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Tests.Stats;

/// <summary>The compare page and the desk dashboard against counts worked out from the seed JSON and plain reads.</summary>
public sealed class DeskStatsTests(StatsDatabase database) : IClassFixture<StatsDatabase>
{

    private async Task<int> IdOf(string speakerKey)
    {
        var name = Seed.Speakers.Single(s => s.Key == speakerKey).Name;
        return await database.Read(db => db.Speakers.Where(s => s.Name == name).Select(s => s.Id).SingleAsync());
    }

    [Fact]
    public async Task Compared_speakers_have_the_same_numbers_as_on_their_own_pages_on_one_time_axis()
    {
        string[] keys = ["donald-trump", "us-state-department", "government-of-pakistan", "alyssa-ayres"];
        var ids = new List<int>();
        foreach (var key in keys)
        {
            ids.Add(await IdOf(key));
        }

        var result = await database.Send(new CompareSpeakers(ids));

        Assert.Equal(ids, result.Speakers.Select(s => s.Id));
        foreach (var (speaker, key) in result.Speakers.Zip(keys))
        {
            var mine = Seed.Of(key);
            Assert.Equal(mine.Count, speaker.Total);
            // Rated means a published verdict; drafts and verdicts in review are "in progress".
            Assert.Equal(mine.Count(s => s.ReviewStatus == "Published"), speaker.Rated);
            Assert.Equal(mine.Count(s => s.ReviewStatus is "Draft" or "InReview"), speaker.InProgress);
            Assert.Equal((await database.Send(new GetSpeakerVerdicts(speaker.Id))).Counts, speaker.Verdicts);
            Assert.Equal(mine.Count, speaker.Timeline.Sum(p => p.Total));
            foreach (var point in speaker.Timeline)
            {
                Assert.Equal(mine.Count(s => s.SaidOn >= point.From && s.SaidOn <= point.To), point.Total);
            }
        }
        // One shared axis: every speaker has the same buckets.
        Assert.Single(result.Speakers.Select(s => string.Join(",", s.Timeline.Select(p => p.From))).Distinct());
        Assert.Equal(TimeBucket.Year, result.Bucket);
    }

    [Fact]
    public async Task Comparing_one_speaker_or_six_is_refused()
    {
        var trump = await IdOf("donald-trump");
        var one = await Assert.ThrowsAsync<RequestValidationException>(() => database.Send(new CompareSpeakers([trump])));
        Assert.Contains("2 to 5", one.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<RequestValidationException>(() => database.Send(new CompareSpeakers([1, 2, 3, 4, 5, 6])));
    }

    [Fact]
    public async Task Statements_by_review_status_count_every_statement_once_and_unreviewed_on_their_own()
    {
        var result = await database.Send(new GetReviewStatusCounts());

        Assert.Equal(Seed.Statements.Count, result.Total);
        Assert.Equal(Seed.Statements.Count(s => s.ReviewStatus is null), result.Counts.Single(c => c.Status is null).Count);
        foreach (var status in Enum.GetValues<ReviewStatus>())
        {
            Assert.Equal(Seed.Statements.Count(s => s.ReviewStatus == status.ToString()), result.Counts.Single(c => c.Status == status).Count);
        }
    }

    [Fact]
    public async Task Verdicts_published_per_week_fall_in_the_week_they_were_published()
    {
        var published = await database.Read(db => db.Reviews.Where(r => r.Status == ReviewStatus.Published)
            .Select(r => new { r.PublishedAtUtc, r.Rating }).ToListAsync());

        var result = await database.Send(new GetPublishedPerWeek(4));

        Assert.Equal(4, result.Weeks.Count);
        Assert.All(result.Weeks, w => Assert.Equal(DayOfWeek.Monday, w.WeekStart.DayOfWeek));
        Assert.Equal(new DateOnly(2019, 7, 22), result.Weeks[^1].WeekStart);
        foreach (var week in result.Weeks)
        {
            var inWeek = published.Where(p => DateOnly.FromDateTime(p.PublishedAtUtc!.Value) is var d && d >= week.WeekStart && d < week.WeekStart.AddDays(7)).ToList();
            Assert.Equal(inWeek.Count, week.Total);
            foreach (var count in week.Counts)
            {
                Assert.Equal(inWeek.Count(p => p.Rating == count.Verdict), count.Count);
            }
        }
        Assert.Equal(Seed.Statements.Count(s => s.ReviewStatus == "Published"), result.Total);
        Assert.Null(result.LastPublishedAtUtc);
    }

    [Fact]
    public async Task An_empty_week_window_says_when_the_last_verdict_was_published()
    {
        database.Clock.UtcNow = new DateTime(2026, 11, 25, 12, 0, 0, DateTimeKind.Utc);
        try
        {
            var result = await database.Send(new GetPublishedPerWeek(12));

            Assert.Equal(0, result.Total);
            Assert.Equal(new DateTime(2019, 7, 23), result.LastPublishedAtUtc!.Value.Date);
        }
        finally
        {
            database.Clock.UtcNow = StatsDatabase.Now;
        }
    }

    [Fact]
    public async Task Work_per_member_counts_what_each_added_linked_and_published()
    {
        var result = await database.Send(new GetAnalystWork(30));

        // The window is whole days, so the list's workFrom date selects the same work.
        Assert.Equal(DateOnly.FromDateTime(StatsDatabase.Now).AddDays(-30), result.Since);
        var seed = Assert.Single(result.Members);
        Assert.Equal("seed", seed.UserName);
        Assert.Equal(Seed.Statements.Count, seed.Counts[(int)WorkKind.StatementsAdded]);
        Assert.Equal(0, seed.Counts[(int)WorkKind.StatementsEdited]);
        // Seeded links carry the date of the statement that responds, so only the recent ones count as this month's work.
        var since = result.Since.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        Assert.Equal(
            Seed.Links.Count(l => Seed.Statement(l.From).SaidOn.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) >= since),
            seed.Counts[(int)WorkKind.LinksAdded]);
        Assert.Equal(Seed.Statements.Count(s => s.ReviewStatus is not null), seed.Counts[(int)WorkKind.ReviewsStarted]);
        Assert.Equal(Seed.Statements.Count(s => s.ReviewStatus == "Published"), seed.Counts[(int)WorkKind.VerdictsPublished]);
    }

    [Fact]
    public async Task Most_active_topics_rank_topics_by_statements_added_in_the_window()
    {
        var expected = Seed.Statements.SelectMany(s => s.Topics.Select(t => t.Trim()).Distinct(StringComparer.OrdinalIgnoreCase))
            .GroupBy(t => t, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.Count()).OrderByDescending(c => c).Take(5).ToList();

        var result = await database.Send(new GetActiveTopics(30, 5));

        Assert.Equal(expected, result.Select(t => t.Count));
    }

    [Fact]
    public async Task Recent_activity_is_newest_first_and_names_the_statement()
    {
        var result = await database.Send(new ListRecentActivity(10));

        Assert.Equal(10, result.Count);
        Assert.Equal(result.OrderByDescending(a => a.AtUtc).Select(a => a.AtUtc), result.Select(a => a.AtUtc));
        Assert.All(result, a => Assert.False(string.IsNullOrWhiteSpace(a.Quote)));
    }

    [Fact]
    public async Task Recent_link_activity_names_the_kind_of_link_that_was_made()
    {
        var result = await database.Send(new ListRecentActivity(50));
        var links = await database.Read(db => db.StatementLinks.Select(l => new { l.FromStatementId, l.Relation }).ToListAsync());

        var linked = result.Where(a => a.Kind == ActivityKind.LinkAdded).ToList();
        Assert.NotEmpty(linked);
        Assert.All(linked, a => Assert.Contains(links, l => l.FromStatementId == a.StatementId && l.Relation == a.Relation));
        Assert.True(linked.Select(a => a.Relation).Distinct().Count() > 1);
        Assert.All(result.Where(a => a.Kind == ActivityKind.StatementAdded), a => Assert.Null(a.Relation));
    }
}
