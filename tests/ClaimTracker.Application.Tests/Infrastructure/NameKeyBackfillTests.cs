using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Speakers;
using ClaimTracker.Application.Tests.Statements;
using ClaimTracker.Application.Tests.Support;
using ClaimTracker.Domain.Common;
using ClaimTracker.Domain.Speakers;
using ClaimTracker.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Application.Tests.Infrastructure;

/// <summary>
/// The data step of the NameKeys migration, on rows as the migration leaves them (keys empty), including the
/// duplicates the old ASCII-only folding let in: a topic spelled in capitals and a speaker entered twice.
/// </summary>
public sealed class NameKeyBackfillTests(SeededDatabase db) : IClassFixture<SeededDatabase>
{
    private const string Topic = "Mediation";

    [Fact]
    public async Task Keys_are_filled_duplicate_topics_fold_into_one_and_a_duplicate_speaker_stays_findable()
    {
        var trump = await db.SpeakerIdAsync(Commands.SpeakerKey);
        var trumpVersion = (await db.SendAs(Roles.Viewer, new GetSpeaker(trump))).Version;
        var mediation = await db.Query(d => d.Topics.Where(t => t.Name == Topic).Select(t => t.Statements.Count).SingleAsync());
        await db.Query(async d =>
        {
            await d.Database.ExecuteSqlRawAsync("UPDATE Topics SET NameKey = NULL; UPDATE AnnotationTags SET NameKey = NULL; UPDATE Speakers SET NameKey = NULL, AliasKeys = NULL;");
            // What the old lookup let in: the same topic in capitals, on one statement of its own and one it shares.
            await d.Database.ExecuteSqlRawAsync("INSERT INTO Topics (Name) VALUES ('MEDIATION');");
            await d.Database.ExecuteSqlRawAsync("""
                INSERT INTO StatementTopics (StatementsId, TopicsId)
                SELECT s.Id, (SELECT Id FROM Topics WHERE Name = 'MEDIATION') FROM Statements s
                WHERE s.Id IN (SELECT MIN(StatementsId) FROM StatementTopics st JOIN Topics t ON t.Id = st.TopicsId WHERE t.Name = 'Mediation')
                   OR s.Id = (SELECT MIN(Id) FROM Statements WHERE Id NOT IN (SELECT StatementsId FROM StatementTopics st JOIN Topics t ON t.Id = st.TopicsId WHERE t.Name = 'Mediation'));
                """);
            return await d.Database.ExecuteSqlRawAsync("""
                INSERT INTO Speakers (Name, Kind, Aliases, Version, CreatedAtUtc)
                SELECT 'DONALD TRUMP', Kind, Aliases, Version, CreatedAtUtc FROM Speakers WHERE Name = 'Donald Trump';
                """);
        });

        var changed = await BackfillAsync();

        Assert.True(changed > 0);
        var topics = await db.Query(d => d.Topics.Select(t => new { t.Name, t.NameKey, Count = t.Statements.Count }).ToListAsync());
        Assert.All(topics, t => Assert.Equal(NameKey.Of(t.Name), t.NameKey));
        var merged = Assert.Single(topics, t => NameKey.Same(t.Name, Topic));
        Assert.Equal((Topic, mediation + 1), (merged.Name, merged.Count));

        var speakers = await db.Query(d => d.Speakers.Select(s => new { s.Id, s.Name, s.NameKey, s.Aliases, s.AliasKeys }).ToListAsync());
        Assert.All(speakers, s => Assert.Equal(Speaker.KeysOf(s.Aliases), s.AliasKeys));
        Assert.All(speakers.Where(s => s.Name != "DONALD TRUMP"), s => Assert.Equal(NameKey.Of(s.Name), s.NameKey));
        var twin = Assert.Single(speakers, s => s.Name == "DONALD TRUMP");
        Assert.Equal($"donald trump#{twin.Id}", twin.NameKey);
        // Not an edit: the speaker's version, which open edit forms compare against, is as it was.
        Assert.Equal(trumpVersion, (await db.SendAs(Roles.Viewer, new GetSpeaker(trump))).Version);
        var found = await db.SendAs(Roles.Viewer, new ListSpeakers { Search = "MR. TRUMP" });
        Assert.Equal(new[] { trump, twin.Id }, found.Items.Select(s => s.Id).Order());

        // Editing the twin now asks for a merge instead of failing on the index.
        await db.RejectsAsInvalidAsync(new EditSpeaker(twin.Id, (await db.SendAs(Roles.Viewer, new GetSpeaker(twin.Id))).Version,
            SpeakerInputs.Valid("DONALD TRUMP")), "Speaker.Name", "A speaker named “Donald Trump” already exists");

        Assert.Equal(0, await BackfillAsync());
    }

    private async Task<int> BackfillAsync()
    {
        await using var scope = db.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<NameKeyBackfill>().RunAsync();
    }
}

/// <summary>
/// The backfill runs at every start-up of a desk upgraded from before the NameKeys migration. It once loaded every
/// topic with all its statements to fold duplicates: at a million statements, minutes and gigabytes before the app
/// answered. Only topics that fold together need their statements.
/// </summary>
public sealed class NameKeyBackfillReadTests(CommandCapturingDatabase db) : IClassFixture<CommandCapturingDatabase>
{
    [Fact]
    public async Task Filling_the_keys_of_topics_that_do_not_fold_together_reads_no_statement()
    {
        var topics = await db.Query(d => d.Topics.CountAsync());
        await db.Query(d => d.Database.ExecuteSqlRawAsync("UPDATE Topics SET NameKey = NULL;"));
        db.Commands.Clear();

        await using (var scope = db.Services.CreateAsyncScope())
        {
            Assert.Equal(topics, await scope.ServiceProvider.GetRequiredService<NameKeyBackfill>().RunAsync());
        }

        Assert.DoesNotContain(db.Commands, c => c.Contains("\"Statements\"", StringComparison.Ordinal) || c.Contains("\"StatementTopics\"", StringComparison.Ordinal));
        var keys = await db.Query(d => d.Topics.Select(t => new { t.Name, t.NameKey }).ToListAsync());
        Assert.All(keys, t => Assert.Equal(NameKey.Of(t.Name), t.NameKey));
        Assert.Equal(topics, keys.Count);
    }
}
