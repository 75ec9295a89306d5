using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Reviews;
using ClaimTracker.Application.Statements;
using ClaimTracker.Application.Stats;
using ClaimTracker.Application.Tests.Support;
using ClaimTracker.Domain.Reviews;

namespace ClaimTracker.Application.Tests.Stats;

/// <summary>The dashboard's activity feed: a publication keeps the rating it had, a correction is its own entry.</summary>
public sealed class ActivityFeedTests(StatsDatabase database) : IClassFixture<StatsDatabase>
{
    private static readonly DateTime Today = new(2026, 1, 5, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task A_corrected_verdict_shows_the_publication_as_it_was_and_the_correction_as_its_own_entry()
    {
        // Later than every seeded record (seeded links carry their statements' dates, up to 2025).
        database.Clock.UtcNow = Today;
        try
        {
            var speaker = await database.SpeakerIdAsync(Commands.SpeakerKey);
            var source = await database.SourceIdAsync(Commands.SourceKey);
            var input = StatementInputs.Valid(speaker, source, "A claim published as false, then corrected") with { SaidOn = new DateOnly(2019, 7, 20) };
            var statement = await database.SendAs(Roles.Analyst, new CreateStatement(input));
            await database.SendAs(Roles.Analyst, new DraftReview(statement, null, Workflow.Verdict(Rating.False)));
            await database.SendAs(Roles.Analyst, new SubmitReview(statement, await database.ReviewVersionAsync(statement)));
            await database.SendAs(Roles.Editor, new PublishReview(statement, await database.ReviewVersionAsync(statement)));
            database.Clock.UtcNow = Today.AddHours(1);
            await database.SendAs(Roles.Editor, new CorrectReview(
                statement, await database.ReviewVersionAsync(statement), Workflow.Verdict(Rating.Misleading), "New evidence: the claim is misleading rather than false."));

            var feed = await database.Send(new ListRecentActivity(12));

            var mine = feed.Where(a => a.StatementId == statement && a.Kind is ActivityKind.VerdictPublished or ActivityKind.VerdictCorrected).ToList();
            Assert.Equal([ActivityKind.VerdictCorrected, ActivityKind.VerdictPublished], mine.Select(a => a.Kind));
            var correction = mine[0];
            Assert.Equal(Rating.Misleading, correction.Verdict);
            Assert.Equal(Rating.False, correction.PreviousVerdict);
            Assert.Equal("test-editor", correction.UserName);
            Assert.Equal(Today.AddHours(1), correction.AtUtc);
            // The publication still says what was published then, not the rating it has now.
            var publication = mine[1];
            Assert.Equal(Rating.False, publication.Verdict);
            Assert.Null(publication.PreviousVerdict);
            Assert.Equal(Today, publication.AtUtc);
            // Newest first across every kind of entry.
            Assert.Equal(feed.OrderByDescending(a => a.AtUtc).Select(a => a.AtUtc), feed.Select(a => a.AtUtc));
        }
        finally
        {
            database.Clock.UtcNow = StatsDatabase.Now;
        }
    }
}
