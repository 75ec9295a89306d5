using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Intake;
using ClaimTracker.Application.Statements;
using ClaimTracker.Application.Tests.Support;
using ClaimTracker.Domain.Common;
using ClaimTracker.Domain.Statements;

namespace ClaimTracker.Application.Tests.Intake;

/// <summary>Link suggestions against a real SQLite file with its FTS5 index: invented statements about a ferry strike.</summary>
public sealed class SuggestLinksTests(EmptyDatabase db) : IClassFixture<EmptyDatabase>
{
    private static readonly DateOnly Day = new(2024, 3, 12);

    [Fact]
    public async Task A_denial_by_someone_else_finds_the_claim_it_answers_first_and_proposes_rebuts()
    {
        var (minister, union, source) = await DeskAsync("denial");
        var claim = await StatementAsync(minister, source, "The ferry crews have accepted the wage offer and the strike is over", Day);
        var unrelated = await StatementAsync(minister, source, "Bridge tolls will rise in the spring budget", Day);

        var suggestions = await db.SendAs(Roles.Viewer, new SuggestLinks("There is no wage agreement; the ferry crews have accepted nothing and the strike goes on", union, Day.AddDays(1)));

        var first = suggestions[0];
        Assert.Equal(claim, first.StatementId);
        Assert.Equal(LinkRelation.Rebuts, first.SuggestedRelation);
        Assert.False(first.IsRepeat);
        Assert.Contains("ferry", first.SharedWords);
        Assert.Contains("accepted", first.SharedWords);
        Assert.DoesNotContain(suggestions, s => s.StatementId == unrelated);
    }

    [Fact]
    public async Task The_same_speaker_saying_much_the_same_earlier_is_flagged_a_repeat()
    {
        var (minister, union, source) = await DeskAsync("repeat");
        var earlier = await StatementAsync(minister, source, "Ferries will sail again from Friday morning", Day.AddDays(-20));
        var someoneElse = await StatementAsync(union, source, "Ferries will sail again from Friday morning, if the vote passes", Day.AddDays(-19));

        var suggestions = await db.SendAs(Roles.Analyst, new SuggestLinks("The ferries will sail again from Friday", minister, Day));

        var repeat = Assert.Single(suggestions, s => s.IsRepeat);
        Assert.Equal(earlier, repeat.StatementId);
        Assert.Equal(LinkRelation.Repeats, repeat.SuggestedRelation);
        Assert.True(repeat.SameSpeaker);
        Assert.Equal(earlier, suggestions[0].StatementId);
        var other = Assert.Single(suggestions, s => s.StatementId == someoneElse);
        Assert.False(other.IsRepeat);
    }

    [Fact]
    public async Task Of_two_statements_with_the_same_words_the_one_nearer_in_date_comes_first()
    {
        var (minister, union, source) = await DeskAsync("dates");
        var distant = await StatementAsync(minister, source, "Harbour pilots walked out over night shifts", Day.AddYears(-3));
        var near = await StatementAsync(minister, source, "Harbour pilots walked out over night shifts", Day.AddDays(-2));

        var suggestions = await db.SendAs(Roles.Analyst, new SuggestLinks("Harbour pilots never walked out over shifts", union, Day));

        Assert.Equal([near, distant], suggestions.Select(s => s.StatementId).Take(2));
    }

    [Fact]
    public async Task For_an_existing_statement_it_never_suggests_itself_and_marks_what_it_already_links_to()
    {
        var (minister, union, source) = await DeskAsync("self");
        var claim = await StatementAsync(minister, source, "Lighthouse keepers will be replaced by cameras next year", Day.AddDays(-5), "Lighthouses");
        var reply = await StatementAsync(union, source, "No lighthouse keepers will be replaced by cameras", Day, "Lighthouses");
        await db.SendAs(Roles.Analyst, new LinkStatements(reply, claim, LinkRelation.Rebuts, null));

        var suggestions = await db.SendAs(Roles.Analyst, new SuggestLinks("No lighthouse keepers will be replaced by cameras", union, Day) { StatementId = reply });

        Assert.DoesNotContain(suggestions, s => s.StatementId == reply);
        var linked = Assert.Single(suggestions, s => s.StatementId == claim);
        Assert.True(linked.Linked);
        Assert.True(linked.SharesTopic);
    }

    [Fact]
    public async Task Words_with_nothing_distinctive_suggest_nothing_and_empty_words_are_refused()
    {
        var (minister, _, _) = await DeskAsync("empty");

        Assert.Empty(await db.SendAs(Roles.Analyst, new SuggestLinks("He said that it was so.", minister, Day)));
        await db.RejectsAsInvalidAsync(new SuggestLinks("", minister, Day), "Words", "Give the words");
    }

    [Fact]
    public async Task Suggestions_are_for_members_only()
    {
        await Assert.ThrowsAsync<ClaimTracker.Application.Common.ForbiddenException>(() => db.SendAs(null, new SuggestLinks("ferry strike", null, null)));
    }

    private async Task<(int Minister, int Union, int Source)> DeskAsync(string test) =>
        (await db.CreateSpeakerAsync($"Jonas Berg {test}"), await db.CreateSpeakerAsync($"Mira Holt {test}"), await db.CreateSourceAsync($"Ferry strike ({test})"));

    private Task<int> StatementAsync(int speaker, int source, string quote, DateOnly on, params string[] topics) =>
        db.SendAs(Roles.Analyst, new CreateStatement(StatementInputs.Valid(speaker, source, quote, topics) with
        {
            SaidOn = on,
            SaidOnPrecision = DatePrecision.Day,
            Context = null,
            SpeakerRole = null,
        }));
}
