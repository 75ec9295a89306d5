using ClaimTracker.Application.Tests.Support;
using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Reviews;
using ClaimTracker.Application.Statements;
using ClaimTracker.Application.Stats;
using ClaimTracker.Domain.Reviews;
using ClaimTracker.Domain.Statements;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Tests.Stats;

/// <summary>Each speaker-page chart against counts worked out here from the seed JSON, for every seeded speaker.</summary>
public sealed class SpeakerStatsTests(StatsDatabase database) : IClassFixture<StatsDatabase>
{

    public static TheoryData<string> SpeakerKeys() => [.. Seed.Speakers.Select(s => s.Key)];

    private async Task<int> IdOf(string speakerKey)
    {
        var name = Seed.Speakers.Single(s => s.Key == speakerKey).Name;
        return await database.Read(db => db.Speakers.Where(s => s.Name == name).Select(s => s.Id).SingleAsync());
    }

    /// <summary>The seed's rating if the desk published it; a draft or a verdict in review is no rating yet.</summary>
    private static string? PublishedRating(SeedStatementRow s) => s.ReviewStatus == "Published" ? s.Rating : null;

    private static bool InProgress(SeedStatementRow s) => s.ReviewStatus is not null && s.ReviewStatus != "Published";

    [Theory]
    [MemberData(nameof(SpeakerKeys))]
    public async Task Verdict_distribution_counts_every_statement_once_by_published_verdict_with_in_progress_and_unrated_buckets(string speakerKey)
    {
        var mine = Seed.Of(speakerKey);

        var result = await database.Send(new GetSpeakerVerdicts(await IdOf(speakerKey)));

        Assert.Equal(mine.Count, result.Total);
        Assert.Equal(mine.Count(s => s.ReviewStatus is null), result.Counts.CountOf(VerdictBucket.Unrated));
        Assert.Equal(mine.Count(InProgress), result.Counts.CountOf(VerdictBucket.Pending));
        Assert.Equal(mine.Count(InProgress), result.InProgress);
        Assert.Equal(mine.Count(s => PublishedRating(s) is not null), result.Rated);
        foreach (var rating in Enum.GetValues<Rating>())
        {
            Assert.Equal(mine.Count(s => PublishedRating(s) == rating.ToString()), result.Counts.CountOf(new VerdictBucket(rating, false)));
        }
    }

    [Fact]
    public async Task The_president_has_one_published_verdict_two_in_progress_and_the_rest_unrated()
    {
        var trump = Seed.Of("donald-trump");

        var result = await database.Send(new GetSpeakerVerdicts(await IdOf("donald-trump")));

        // His "Misleading" is in review and his "Unverified" a draft: neither is a verdict the desk has given.
        Assert.Equal(trump.Count, result.Total);
        Assert.Equal(1, result.Rated);
        Assert.Equal([Rating.False], result.Counts.Where(c => c.Verdict is not null && c.Count > 0).Select(c => c.Verdict!.Value));
        Assert.Equal(2, result.InProgress);
        Assert.Equal(trump.Count - 3, result.Counts.CountOf(VerdictBucket.Unrated));
    }

    [Fact]
    public async Task A_verdict_counts_as_rated_only_once_it_is_published_and_then_with_its_corrected_rating()
    {
        var speaker = await database.CreateSpeakerAsync("Stats Verdict Rule Speaker");
        var source = await database.SourceIdAsync(Commands.SourceKey);
        var statement = await database.SendAs(Roles.Analyst, new CreateStatement(StatementInputs.Valid(speaker, source, "A claim the desk is still checking") with { SaidOn = new DateOnly(2019, 7, 1) }));
        await database.SendAs(Roles.Analyst, new DraftReview(statement, null, Workflow.Verdict(Rating.False)));

        var drafted = await database.Send(new GetSpeakerVerdicts(speaker));
        var comparedDraft = await database.Send(new CompareSpeakers([speaker, await IdOf("donald-trump")]));
        var timelineDraft = await database.Send(new GetSpeakerTimeline(speaker));

        Assert.Equal(0, drafted.Rated);
        Assert.Equal(1, drafted.InProgress);
        Assert.Equal(0, comparedDraft.Speakers[0].Rated);
        Assert.Equal(1, comparedDraft.Speakers[0].InProgress);
        Assert.Equal(1, timelineDraft.Points.Single().Counts.CountOf(VerdictBucket.Pending));

        await database.SendAs(Roles.Analyst, new SubmitReview(statement, await database.ReviewVersionAsync(statement)));
        Assert.Equal(1, (await database.Send(new GetSpeakerVerdicts(speaker))).InProgress);

        await database.SendAs(Roles.Editor, new PublishReview(statement, await database.ReviewVersionAsync(statement)));
        var published = await database.Send(new GetSpeakerVerdicts(speaker));
        Assert.Equal(1, published.Rated);
        Assert.Equal(0, published.InProgress);
        Assert.Equal(1, published.Counts.CountOf(new VerdictBucket(Rating.False, false)));

        await database.SendAs(Roles.Editor, new CorrectReview(
            statement, await database.ReviewVersionAsync(statement), Workflow.Verdict(Rating.Misleading), "Re-rated: the record was incomplete."));
        var corrected = await database.Send(new GetSpeakerVerdicts(speaker));
        Assert.Equal(0, corrected.Counts.CountOf(new VerdictBucket(Rating.False, false)));
        Assert.Equal(1, corrected.Counts.CountOf(new VerdictBucket(Rating.Misleading, false)));
    }

    [Theory]
    [MemberData(nameof(SpeakerKeys))]
    public async Task Timeline_puts_each_statement_in_the_bucket_of_its_date_and_leaves_no_gaps(string speakerKey)
    {
        var mine = Seed.Of(speakerKey);

        var result = await database.Send(new GetSpeakerTimeline(await IdOf(speakerKey)));

        Assert.Equal(mine.Count, result.Total);
        if (mine.Count == 0)
        {
            Assert.Empty(result.Points);
            return;
        }
        var firstMonth = mine.Min(s => (s.SaidOn.Year * 12) + s.SaidOn.Month);
        var lastMonth = mine.Max(s => (s.SaidOn.Year * 12) + s.SaidOn.Month);
        Assert.Equal(lastMonth - firstMonth + 1 > 24 ? TimeBucket.Year : TimeBucket.Month, result.Bucket);
        foreach (var point in result.Points)
        {
            var inBucket = mine.Where(s => s.SaidOn >= point.From && s.SaidOn <= point.To).ToList();
            Assert.Equal(inBucket.Count, point.Total);
            Assert.Equal(inBucket.Count(s => s.ReviewStatus is null), point.Counts.CountOf(VerdictBucket.Unrated));
            Assert.Equal(inBucket.Count(InProgress), point.Counts.CountOf(VerdictBucket.Pending));
        }
        // Consecutive buckets: each starts the day after the previous one ends.
        Assert.All(result.Points.Zip(result.Points.Skip(1)), pair => Assert.Equal(pair.First.To.AddDays(1), pair.Second.From));
    }

    [Fact]
    public async Task The_presidents_timeline_spans_2016_to_2025_in_years()
    {
        var result = await database.Send(new GetSpeakerTimeline(await IdOf("donald-trump")));

        Assert.Equal(TimeBucket.Year, result.Bucket);
        Assert.Equal(Enumerable.Range(2016, 10), result.Points.Select(p => p.From.Year));
        Assert.Equal(Seed.Of("donald-trump").Count(s => s.SaidOn.Year == 2019), result.Points.Single(p => p.From.Year == 2019).Total);
        Assert.Equal(0, result.Points.Single(p => p.From.Year == 2021).Total);
    }

    [Theory]
    [MemberData(nameof(SpeakerKeys))]
    public async Task Link_categories_match_the_seed_links(string speakerKey)
    {
        var mine = Seed.Of(speakerKey).Select(s => s.Key).ToHashSet();
        int Count(Func<SeedStatementRow, bool> predicate) => Seed.Statements.Count(s => mine.Contains(s.Key) && predicate(s));
        bool Incoming(SeedStatementRow s, string relation, bool sameSpeaker) => Seed.Links.Any(l =>
            l.To == s.Key && l.Relation == relation && (Seed.Statement(l.From).Speaker == s.Speaker) == sameSpeaker);
        bool Outgoing(SeedStatementRow s, string relation, bool? sameSpeaker) => Seed.Links.Any(l =>
            l.From == s.Key && l.Relation == relation && (sameSpeaker is null || (Seed.Statement(l.To).Speaker == s.Speaker) == sameSpeaker));

        var result = await database.Send(new GetSpeakerLinks(await IdOf(speakerKey)));

        Assert.Equal(mine.Count, result.Total);
        Assert.Equal(Count(s => Incoming(s, "Rebuts", false)), CountOf(result, LinkRelation.Rebuts, LinkScope.FromOthers));
        Assert.Equal(Count(s => Incoming(s, "Confirms", false)), CountOf(result, LinkRelation.Confirms, LinkScope.FromOthers));
        Assert.Equal(Count(s => Incoming(s, "Contradicts", false)), CountOf(result, LinkRelation.Contradicts, LinkScope.FromOthers));
        Assert.Equal(Count(s => Incoming(s, "Contradicts", true) || Outgoing(s, "Contradicts", true)),
            CountOf(result, LinkRelation.Contradicts, LinkScope.OwnWords));
        Assert.Equal(Count(s => Outgoing(s, "Repeats", null)), CountOf(result, LinkRelation.Repeats, LinkScope.Outgoing));
    }

    [Fact]
    public async Task The_president_contradicts_himself_and_is_rebutted()
    {
        var result = await database.Send(new GetSpeakerLinks(await IdOf("donald-trump")));

        // "Pakistan never lies" contradicts "lies & deceit": both statements take part in the self-contradiction.
        Assert.Equal(2, CountOf(result, LinkRelation.Contradicts, LinkScope.OwnWords));
        Assert.True(CountOf(result, LinkRelation.Rebuts, LinkScope.FromOthers) >= 2);
    }

    [Theory]
    [MemberData(nameof(SpeakerKeys))]
    public async Task Each_link_category_holds_exactly_the_statements_the_linked_list_shows(string speakerKey)
    {
        var id = await IdOf(speakerKey);
        var result = await database.Send(new GetSpeakerLinks(id));

        foreach (var category in result.Categories)
        {
            var listed = await database.Send(new ListStatements
            {
                SpeakerId = id,
                LinkKind = category.Relation,
                LinkScope = category.Scope,
                PageSize = Cursor.MaxPageSize,
            });
            Assert.Equal(category.Count, listed.Items.Count);
        }
    }

    [Theory]
    [MemberData(nameof(SpeakerKeys))]
    public async Task Each_verdict_segment_holds_exactly_the_statements_the_linked_list_shows(string speakerKey)
    {
        var id = await IdOf(speakerKey);
        var result = await database.Send(new GetSpeakerVerdicts(id));

        foreach (var bucket in result.Counts.Where(c => !c.Bucket.InProgress))
        {
            var listed = await database.Send(new ListStatements
            {
                SpeakerId = id,
                Verdicts = VerdictSet.Of([bucket.Verdict]),
                PageSize = Cursor.MaxPageSize,
            });
            Assert.Equal(bucket.Count, listed.Items.Count);
        }
        // "In progress" is every statement whose verdict is drafted or in review.
        var drafts = await database.Send(new ListStatements { SpeakerId = id, Status = ReviewStatus.Draft, PageSize = Cursor.MaxPageSize });
        var inReview = await database.Send(new ListStatements { SpeakerId = id, Status = ReviewStatus.InReview, PageSize = Cursor.MaxPageSize });
        Assert.Equal(result.InProgress, drafts.Items.Count + inReview.Items.Count);
    }

    [Theory]
    [MemberData(nameof(SpeakerKeys))]
    public async Task Top_topics_are_ranked_by_the_speakers_statements_carrying_them(string speakerKey)
    {
        var expected = Seed.Of(speakerKey).SelectMany(s => s.Topics.Select(t => t.Trim()).Distinct(StringComparer.OrdinalIgnoreCase))
            .GroupBy(t => t, StringComparer.OrdinalIgnoreCase)
            .Select(g => (Name: g.Key, Count: g.Count()))
            .OrderByDescending(t => t.Count).ThenBy(t => t.Name, StringComparer.Ordinal)
            .Take(8).ToList();

        var result = await database.Send(new GetSpeakerTopics(await IdOf(speakerKey)));

        Assert.Equal(expected.Select(t => t.Count), result.Select(t => t.Count));
        Assert.Equal(expected.Select(t => t.Name).ToHashSet(StringComparer.OrdinalIgnoreCase),
            result.Select(t => t.Name).ToHashSet(StringComparer.OrdinalIgnoreCase));
    }

    [Theory]
    [MemberData(nameof(SpeakerKeys))]
    public async Task Rebutters_are_other_speakers_ranked_by_their_rebuttals(string speakerKey)
    {
        var mine = Seed.Of(speakerKey).Select(s => s.Key).ToHashSet();
        var expected = Seed.Links
            .Where(l => l.Relation == "Rebuts" && mine.Contains(l.To) && Seed.Statement(l.From).Speaker != Seed.Statement(l.To).Speaker)
            .GroupBy(l => Seed.Speakers.Single(s => s.Key == Seed.Statement(l.From).Speaker).Name)
            .ToDictionary(g => g.Key, g => g.Count());

        var result = await database.Send(new GetSpeakerRebutters(await IdOf(speakerKey)));

        Assert.Equal(expected.OrderBy(e => e.Key), result.ToDictionary(r => r.Name, r => r.Rebuttals).OrderBy(e => e.Key));
        Assert.Equal(result.OrderByDescending(r => r.Rebuttals).Select(r => r.Name), result.Select(r => r.Name));
    }

    [Fact]
    public async Task A_body_counts_the_statements_made_on_its_behalf()
    {
        var key = Seed.Statements.Where(s => s.OnBehalfOf is not null).GroupBy(s => s.OnBehalfOf!).OrderByDescending(g => g.Count()).First().Key;
        var onBehalf = Seed.Statements.Count(s => s.OnBehalfOf == key && s.Speaker != key);
        Assert.True(onBehalf > 0);

        var result = await database.Send(new GetSpeakerVerdicts(await IdOf(key)));

        Assert.Equal(Seed.Statements.Count(s => s.Speaker == key) + onBehalf, result.Total);
    }

    [Fact]
    public async Task Anonymous_visitors_may_not_read_speaker_stats()
    {
        await Assert.ThrowsAsync<ForbiddenException>(() => database.Send(new GetSpeakerVerdicts(1), role: null));
    }

    private static int CountOf(SpeakerLinkStats stats, LinkRelation relation, LinkScope scope) =>
        stats.Categories.Single(c => c.Relation == relation && c.Scope == scope).Count;
}
