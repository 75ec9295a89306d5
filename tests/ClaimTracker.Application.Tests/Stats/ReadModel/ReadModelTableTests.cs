using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Publishers;
using ClaimTracker.Application.Reviews;
using ClaimTracker.Application.Speakers;
using ClaimTracker.Application.Statements;
using ClaimTracker.Application.Stats;
using ClaimTracker.Application.Stats.ReadModel;
using ClaimTracker.Application.Tests.Support;
using ClaimTracker.Domain.Reviews;
using ClaimTracker.Domain.Statements;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Tests.Stats.ReadModel;

/// <summary>The obvious case of each read-model table, seen through the charts that read it.</summary>
public sealed class ReadModelTableTests(StatsDatabase database) : IClassFixture<StatsDatabase>
{
    private async Task<int> StatementAsync(int speakerId, int? onBehalfOf = null, DateOnly? saidOn = null, params string[] topics)
    {
        var source = await database.SourceIdAsync(Commands.SourceKey);
        return await database.SendAs(Roles.Analyst, new CreateStatement(StatementInputs.Valid(speakerId, source, "A statement for the read model", topics) with
        {
            OnBehalfOfId = onBehalfOf,
            SaidOn = saidOn ?? new DateOnly(2019, 3, 14),
        }));
    }

    private static int Bucket(VerdictDistribution d, Rating? rating, bool inProgress = false) =>
        d.Counts.Single(c => c.Verdict == rating && c.InProgress == inProgress).Count;

    [Fact]
    public async Task A_statement_on_behalf_of_a_body_counts_for_the_speaker_and_the_body_and_once_for_the_desk()
    {
        var spokesman = await database.CreateSpeakerAsync();
        var ministry = await database.CreateSpeakerAsync();
        var deskBefore = await database.Send(new GetReviewStatusCounts());

        await StatementAsync(spokesman, ministry);

        Assert.Equal(1, Bucket(await database.Send(new GetSpeakerVerdicts(spokesman)), null));
        Assert.Equal(1, Bucket(await database.Send(new GetSpeakerVerdicts(ministry)), null));
        var timeline = await database.Send(new GetSpeakerTimeline(ministry));
        Assert.Equal(new DateOnly(2019, 3, 1), Assert.Single(timeline.Points).From);
        Assert.Equal(deskBefore.Total + 1, (await database.Send(new GetReviewStatusCounts())).Total);
        await database.AssertMatchesRecordsAsync("a statement on behalf of a body");
    }

    [Fact]
    public async Task A_verdict_moves_from_in_progress_to_its_published_rating_and_a_correction_moves_it_again()
    {
        var speaker = await database.CreateSpeakerAsync();
        var id = await StatementAsync(speaker);
        var weekBefore = (await database.Send(new GetPublishedPerWeek(1))).Total;

        await database.SendAs(Roles.Analyst, new DraftReview(id, null, Workflow.Verdict(Rating.MostlyFalse)));
        Assert.Equal(1, Bucket(await database.Send(new GetSpeakerVerdicts(speaker)), null, inProgress: true));

        await database.SendAs(Roles.Analyst, new SubmitReview(id, await database.ReviewVersionAsync(id)));
        await database.SendAs(Roles.Editor, new PublishReview(id, await database.ReviewVersionAsync(id)));
        var published = await database.Send(new GetSpeakerVerdicts(speaker));
        Assert.Equal(1, Bucket(published, Rating.MostlyFalse));
        Assert.Equal(0, published.InProgress);
        Assert.Equal(weekBefore + 1, (await database.Send(new GetPublishedPerWeek(1))).Total);
        var editor = (await database.Send(new GetAnalystWork(1))).Members.Single(m => m.UserName == "test-editor");
        Assert.True(editor.Counts[(int)WorkKind.VerdictsPublished] >= 1);

        await database.SendAs(Roles.Editor, new CorrectReview(id, await database.ReviewVersionAsync(id), Workflow.Verdict(Rating.False), "New evidence."));
        var corrected = await database.Send(new GetSpeakerVerdicts(speaker));
        Assert.Equal(0, Bucket(corrected, Rating.MostlyFalse));
        Assert.Equal(1, Bucket(corrected, Rating.False));
        await database.AssertMatchesRecordsAsync("draft, publish and correct");
    }

    [Fact]
    public async Task A_rebuttal_link_counts_the_rebutter_and_the_rebutted_statement_until_it_is_removed()
    {
        var claimant = await database.CreateSpeakerAsync();
        var rebutter = await database.CreateSpeakerAsync();
        var claim = await StatementAsync(claimant);
        var denial = await StatementAsync(rebutter);

        var link = await database.SendAs(Roles.Analyst, new LinkStatements(denial, claim, LinkRelation.Rebuts, null));

        var rebutters = await database.Send(new GetSpeakerRebutters(claimant));
        Assert.Equal(rebutter, Assert.Single(rebutters).SpeakerId);
        var links = await database.Send(new GetSpeakerLinks(claimant));
        Assert.Equal(1, links.Categories.Single(c => c.Relation == LinkRelation.Rebuts).Count);
        Assert.Equal(1, links.Total);

        await database.SendAs(Roles.Analyst, new RemoveStatementLink(link));
        Assert.Empty(await database.Send(new GetSpeakerRebutters(claimant)));
        Assert.All((await database.Send(new GetSpeakerLinks(claimant))).Categories, c => Assert.Equal(0, c.Count));
        await database.AssertMatchesRecordsAsync("link and unlink");
    }

    [Fact]
    public async Task Topics_follow_an_edit_that_changes_them_and_the_desk_counts_them_as_active()
    {
        var speaker = await database.CreateSpeakerAsync();
        var id = await StatementAsync(speaker, null, null, "Read model topic", "Second read model topic");
        Assert.Equal(["Read model topic", "Second read model topic"], (await database.Send(new GetSpeakerTopics(speaker))).Select(t => t.Name).Order());
        Assert.Contains(await database.Send(new GetActiveTopics(30, 50)), t => t.Name == "Read model topic" && t.Count == 1);

        var version = (await database.GetStatementAsync(id)).Version;
        var source = await database.SourceIdAsync(Commands.SourceKey);
        await database.SendAs(Roles.Analyst, new EditStatement(id, version,
            StatementInputs.Valid(speaker, source, "A statement for the read model", "Second read model topic") with { SaidOn = new DateOnly(2018, 1, 2) }));

        var topic = Assert.Single(await database.Send(new GetSpeakerTopics(speaker)));
        Assert.Equal("Second read model topic", topic.Name);
        Assert.DoesNotContain(await database.Send(new GetActiveTopics(30, 50)), t => t.Name == "Read model topic");
        Assert.Equal(new DateOnly(2018, 1, 1), Assert.Single((await database.Send(new GetSpeakerTimeline(speaker))).Points).From);
        var analyst = (await database.Send(new GetAnalystWork(1))).Members.Single(m => m.UserName == "test-analyst");
        Assert.True(analyst.Counts[(int)WorkKind.StatementsEdited] >= 1);
        await database.AssertMatchesRecordsAsync("an edit of topics and date");
    }

    [Fact]
    public async Task Merging_speakers_moves_every_count_to_the_one_kept()
    {
        var keep = await database.CreateSpeakerAsync();
        var duplicate = await database.CreateSpeakerAsync();
        var other = await database.CreateSpeakerAsync();
        await StatementAsync(keep, null, null, "Merge topic");
        var claim = await StatementAsync(duplicate, null, null, "Merge topic");
        var denial = await StatementAsync(other);
        await database.SendAs(Roles.Analyst, new LinkStatements(denial, claim, LinkRelation.Rebuts, null));

        var keepVersion = await database.Read(db => db.Speakers.Where(s => s.Id == keep).Select(s => s.Version).SingleAsync());
        await database.SendAs(Roles.Analyst, new MergeSpeakers(keep, keepVersion, duplicate));

        Assert.Equal(2, (await database.Send(new GetSpeakerVerdicts(keep))).Total);
        Assert.Equal(2, Assert.Single(await database.Send(new GetSpeakerTopics(keep))).Count);
        Assert.Equal(other, Assert.Single(await database.Send(new GetSpeakerRebutters(keep))).SpeakerId);
        Assert.False(await database.Read(db => db.SpeakerVerdictStats.AnyAsync(r => r.SpeakerId == duplicate)));
        await database.AssertMatchesRecordsAsync("a merge");
    }

    [Fact]
    public async Task The_stats_query_answers_every_chart_for_a_period_and_refuses_a_backwards_one()
    {
        var speaker = await database.CreateSpeakerAsync();
        await StatementAsync(speaker, null, new DateOnly(2018, 5, 5), "Period topic");
        await StatementAsync(speaker, null, new DateOnly(2019, 2, 5), "Period topic");

        var all = await database.Send(new GetSpeakerStats(speaker));
        var late = await database.Send(new GetSpeakerStats(speaker) { From = new DateOnly(2019, 1, 20), Publisher = PublisherFilter.Ours });

        Assert.Equal(2, all.Verdicts.Total);
        Assert.Equal(2, all.Links.Total);
        Assert.Equal(2, all.Topics.Single().Count);
        Assert.Equal(1, late.Verdicts.Total);
        Assert.Equal(new DateOnly(2019, 1, 1), late.From);
        Assert.Equal(1, late.Topics.Single().Count);
        var refused = await Assert.ThrowsAsync<RequestValidationException>(() =>
            database.Send(new GetSpeakerStats(speaker) { From = new DateOnly(2019, 2, 1), To = new DateOnly(2019, 1, 1) }));
        Assert.Contains("end on or after its start", string.Join(" ", refused.Errors.SelectMany(e => e.Value)), StringComparison.Ordinal);
        Assert.Null(PublisherFilter.Parse("somebody"));
        Assert.Equal(PublisherFilter.All, PublisherFilter.Parse("ALL"));
        await Assert.ThrowsAsync<NotFoundException>(() => database.Send(new GetSpeakerStats(int.MaxValue)));
    }

    [Fact]
    public async Task An_outside_review_counts_under_its_publisher_and_mapping_its_label_moves_it()
    {
        var speaker = await database.CreateSpeakerAsync();
        var id = await StatementAsync(speaker);
        await database.SendAs(Roles.Analyst, new RecordOutsideReview(id, new OutsideReviewInput
        {
            PublisherName = "PolitiFact",
            Label = "Wildly Off",
            Url = "https://checks.example/read-model",
        }));
        var politifact = await database.Read(db => db.Publishers.Where(p => p.Name == "PolitiFact").Select(p => p.Id).SingleAsync());
        var theirs = PublisherFilter.One(politifact);

        Assert.Equal(1, Bucket((await database.Send(new GetSpeakerStats(speaker) { Publisher = theirs })).Verdicts, null));
        await database.SendAs(Roles.Editor, new MapPublisherLabel(politifact, "Wildly Off", Rating.False));

        Assert.Equal(1, Bucket((await database.Send(new GetSpeakerStats(speaker) { Publisher = theirs })).Verdicts, Rating.False));
        Assert.Equal(1, Bucket(await database.Send(new GetSpeakerVerdicts(speaker)), null));
        Assert.Equal(2, (await database.Send(new GetSpeakerStats(speaker) { Publisher = PublisherFilter.All })).Verdicts.Total);
        await database.AssertMatchesRecordsAsync("an outside review and a label mapping");
    }

    [Fact]
    public async Task Rebuilding_is_for_admins_and_restores_tables_emptied_behind_the_apps_back()
    {
        await Assert.ThrowsAsync<ForbiddenException>(() => database.SendAs(Roles.Editor, new RebuildStats()));
        await database.Read(db => db.Database.ExecuteSqlRawAsync("""DELETE FROM "StatsSpeakerTopics"; DELETE FROM "StatsDeskDays";"""));

        var result = await database.SendAs(Roles.Admin, new RebuildStats());

        Assert.True(result.Rows > 0);
        await database.AssertMatchesRecordsAsync("a rebuild");
    }

    [Fact]
    public async Task Start_up_builds_the_tables_once_when_statements_exist_but_no_counts_do()
    {
        await database.Read(async db =>
        {
            foreach (var table in new[] { "StatsSpeakerVerdicts", "StatsSpeakerLinks", "StatsSpeakerTopics", "StatsSpeakerRebutters", "StatsDeskDays", "StatsTopicDays" })
            {
#pragma warning disable EF1002 // Constant names.
                await db.Database.ExecuteSqlRawAsync($"DELETE FROM \"{table}\"");
#pragma warning restore EF1002
            }
            return 0;
        });

        var first = await database.Read(db => StatsRebuilder.EnsureBuiltAsync(db, CancellationToken.None));
        var second = await database.Read(db => StatsRebuilder.EnsureBuiltAsync(db, CancellationToken.None));

        Assert.NotNull(first);
        Assert.Null(second);
        await database.AssertMatchesRecordsAsync("the start-up build");
    }
}
