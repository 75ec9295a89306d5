using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Speakers;
using ClaimTracker.Application.Statements;
using ClaimTracker.Application.Tests.Support;
using ClaimTracker.Domain.Statements;

namespace ClaimTracker.Application.Tests.Speakers;

public sealed class MergeSpeakersTests(SeededDatabase db) : IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task Statements_roles_and_names_move_to_the_kept_speaker_and_the_duplicate_is_gone()
    {
        var keep = await db.SendAs(Roles.Analyst, new CreateSpeaker(SpeakerInputs.Valid("Raveesh Kumar (test)") with
        {
            Aliases = "R. Kumar",
            Roles = [new SpeakerRoleInput("Spokesperson", new DateOnly(2017, 1, 1), new DateOnly(2020, 1, 1))],
        }));
        var duplicate = await db.SendAs(Roles.Analyst, new CreateSpeaker(SpeakerInputs.Valid("Raveesh Kumaar (test)") with
        {
            Aliases = "r. kumar; Shri Kumar",
            Roles =
            [
                new SpeakerRoleInput("Spokesperson", new DateOnly(2017, 1, 1), new DateOnly(2020, 1, 1)),
                new SpeakerRoleInput("Ambassador", new DateOnly(2020, 1, 1), null),
            ],
        }));
        var body = await db.CreateSpeakerAsync("Ministry of Mergers");
        var said = await StatementAsync("The duplicate said this", s => s with { SpeakerId = duplicate });
        var spokenFor = await StatementAsync("Said for the duplicate", s => s with { OnBehalfOfId = duplicate });
        var forABody = await StatementAsync("The duplicate spoke for a ministry", s => s with { SpeakerId = duplicate, OnBehalfOfId = body });
        var reply = await db.CreateStatementAsync("A reply to the duplicate");
        var link = await db.SendAs(Roles.Analyst, new LinkStatements(reply, said, LinkRelation.Rebuts, "Kept as it was"));
        var keptBefore = await SpeakerAsync(keep);

        // What the analyst is shown before confirming, counted from the same rules the merge follows.
        var preview = await db.SendAs(Roles.Analyst, new PreviewSpeakerMerge(keep, duplicate));
        Assert.Equal(("Raveesh Kumar (test)", "Raveesh Kumaar (test)", keptBefore.Version), (preview.KeepName, preview.DuplicateName, preview.KeepVersion));
        Assert.Equal((2, 1, 0), (preview.Statements, preview.OnBehalfStatements, preview.OnBehalfCleared));
        Assert.Equal([new SpeakerRoleItem("Ambassador", new DateOnly(2020, 1, 1), null)], preview.RolesAdded);
        Assert.Equal(("R. Kumar", "R. Kumar; Shri Kumar; Raveesh Kumaar (test)"), (preview.AliasesBefore, preview.AliasesAfter));
        // Previewing changes nothing.
        var unchanged = await SpeakerAsync(keep);
        Assert.Equal((keptBefore.Version, keptBefore.Aliases, keptBefore.StatementCount), (unchanged.Version, unchanged.Aliases, unchanged.StatementCount));
        Assert.Equal(2, (await SpeakerAsync(duplicate)).StatementCount);

        await db.SendAs(Roles.Analyst, new MergeSpeakers(keep, preview.KeepVersion, duplicate));

        var kept = await SpeakerAsync(keep);
        Assert.Equal("Raveesh Kumar (test)", kept.Name);
        Assert.Equal("R. Kumar; Shri Kumar; Raveesh Kumaar (test)", kept.Aliases);
        Assert.Equal(
            [new SpeakerRoleItem("Spokesperson", new DateOnly(2017, 1, 1), new DateOnly(2020, 1, 1)), new SpeakerRoleItem("Ambassador", new DateOnly(2020, 1, 1), null)],
            kept.Roles);
        Assert.Equal((keptBefore.StatementCount + 2, 1), (kept.StatementCount, kept.OnBehalfCount));
        await Assert.ThrowsAsync<NotFoundException>(() => SpeakerAsync(duplicate));

        Assert.Equal((keep, "Raveesh Kumar (test)"), await SpeakerOfAsync(said));
        Assert.Equal(keep, (await db.GetStatementAsync(spokenFor)).OnBehalfOfId);
        var ministry = await db.GetStatementAsync(forABody);
        Assert.Equal((keep, body), (ministry.SpeakerId, ministry.OnBehalfOfId));
        var linked = Assert.Single((await db.GetStatementAsync(said)).Links);
        Assert.Equal((link, reply, LinkRelation.Rebuts, "Kept as it was"), (linked.LinkId, linked.StatementId, linked.Relation, linked.Note));
    }

    [Fact]
    public async Task A_statement_between_the_two_no_longer_has_the_speaker_speaking_for_themselves()
    {
        var keep = await db.CreateSpeakerAsync("Ministry of External Affairs");
        var duplicate = await db.CreateSpeakerAsync("MEA");
        var forKept = await StatementAsync("The duplicate spoke for the kept one", s => s with { SpeakerId = duplicate, OnBehalfOfId = keep });
        var forDuplicate = await StatementAsync("The kept one spoke for the duplicate", s => s with { SpeakerId = keep, OnBehalfOfId = duplicate });

        Assert.Equal(2, (await db.SendAs(Roles.Analyst, new PreviewSpeakerMerge(keep, duplicate))).OnBehalfCleared);
        await db.SendAs(Roles.Analyst, new MergeSpeakers(keep, (await SpeakerAsync(keep)).Version, duplicate));

        foreach (var id in new[] { forKept, forDuplicate })
        {
            var statement = await db.GetStatementAsync(id);
            Assert.Equal((keep, (int?)null), (statement.SpeakerId, statement.OnBehalfOfId));
        }
    }

    [Fact]
    public async Task A_speaker_cannot_be_merged_into_itself()
    {
        var id = await db.CreateSpeakerAsync("Only One Of Me");

        await db.RejectsAsInvalidAsync(new MergeSpeakers(id, (await SpeakerAsync(id)).Version, id), "DuplicateId", "two different speakers");

        Assert.Equal("Only One Of Me", (await SpeakerAsync(id)).Name);
    }

    [Fact]
    public async Task A_merge_from_a_stale_version_of_the_kept_speaker_is_a_conflict_and_nothing_moves()
    {
        var keep = await db.CreateSpeakerAsync("Stale Keeper");
        var duplicate = await db.CreateSpeakerAsync("Stale Duplicate");
        var said = await StatementAsync("Said by the stale duplicate", s => s with { SpeakerId = duplicate });
        var stale = (await SpeakerAsync(keep)).Version;
        await db.SendAs(Roles.Analyst, new EditSpeaker(keep, stale, SpeakerInputs.Valid("Stale Keeper")));

        await db.RejectsWithoutWritingAsync<ConcurrencyConflictException>(() => db.SendAs(Roles.Analyst, new MergeSpeakers(keep, stale, duplicate)));

        Assert.Equal((duplicate, "Stale Duplicate"), await SpeakerOfAsync(said));
    }

    [Fact]
    public async Task Merging_an_unknown_speaker_is_not_found()
    {
        var keep = await db.CreateSpeakerAsync("A Keeper Without Twin");

        await db.RejectsWithoutWritingAsync<NotFoundException>(async () =>
            await db.SendAs(Roles.Analyst, new MergeSpeakers(keep, (await SpeakerAsync(keep)).Version, int.MaxValue)));
    }

    private Task<SpeakerDetails> SpeakerAsync(int id) => db.SendAs(Roles.Viewer, new GetSpeaker(id));

    private async Task<(int Id, string Name)> SpeakerOfAsync(int statementId)
    {
        var statement = await db.GetStatementAsync(statementId);
        return (statement.SpeakerId, statement.SpeakerName);
    }

    private async Task<int> StatementAsync(string quote, Func<StatementInput, StatementInput> change) =>
        await db.SendAs(Roles.Analyst, new CreateStatement(change(await db.ValidStatementAsync(quote))));
}
