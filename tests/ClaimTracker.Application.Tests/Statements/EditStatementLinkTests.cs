using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Statements;
using ClaimTracker.Application.Tests.Support;
using ClaimTracker.Domain.Statements;

namespace ClaimTracker.Application.Tests.Statements;

public sealed class EditStatementLinkTests(SeededDatabase db) : IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task A_new_kind_and_note_show_on_both_statements()
    {
        var (claim, reply, linkId) = await LinkedPairAsync(LinkRelation.Rebuts);

        await db.SendAs(Roles.Editor, new EditStatementLink(linkId, LinkRelation.Clarifies, " Narrows it down "));

        var incoming = Assert.Single((await db.GetStatementAsync(claim)).Links);
        Assert.Equal((LinkRelation.Clarifies, "Narrows it down"), (incoming.Relation, incoming.Note));
        var outgoing = Assert.Single((await db.GetStatementAsync(reply)).Links);
        Assert.Equal((LinkRelation.Clarifies, "Narrows it down"), (outgoing.Relation, outgoing.Note));
    }

    [Fact]
    public async Task A_blank_note_is_cleared()
    {
        var (claim, _, linkId) = await LinkedPairAsync(LinkRelation.Confirms);

        await db.SendAs(Roles.Analyst, new EditStatementLink(linkId, LinkRelation.Confirms, "   "));

        Assert.Null(Assert.Single((await db.GetStatementAsync(claim)).Links).Note);
    }

    [Fact]
    public async Task Changing_to_a_kind_that_already_links_the_pair_is_refused_and_nothing_changes()
    {
        var (claim, reply, rebuttal) = await LinkedPairAsync(LinkRelation.Rebuts);
        var confirmation = await db.SendAs(Roles.Analyst, new LinkStatements(reply, claim, LinkRelation.Confirms, "Keep me"));

        await db.RejectsAsInvalidAsync(new EditStatementLink(confirmation, LinkRelation.Rebuts, "Changed"), "Relation", "already linked that way");

        var links = (await db.GetStatementAsync(claim)).Links.ToDictionary(l => l.LinkId);
        Assert.Equal((LinkRelation.Confirms, "Keep me"), (links[confirmation].Relation, links[confirmation].Note));
        Assert.Equal(LinkRelation.Rebuts, links[rebuttal].Relation);
    }

    [Fact]
    public async Task Editing_an_unknown_link_is_not_found() =>
        await db.RejectsWithoutWritingAsync<NotFoundException>(() =>
            db.SendAs(Roles.Analyst, new EditStatementLink(int.MaxValue, LinkRelation.Rebuts, null)));

    [Theory]
    [InlineData("unknown relation", "Relation", "Choose how the statements are related")]
    [InlineData("over-long note", "Note", "at most 1000 characters")]
    public async Task Invalid_changes_are_refused_and_nothing_is_written(string problem, string field, string message)
    {
        var (_, _, linkId) = await LinkedPairAsync(LinkRelation.Repeats);
        var request = problem switch
        {
            "unknown relation" => new EditStatementLink(linkId, (LinkRelation)42, null),
            "over-long note" => new EditStatementLink(linkId, LinkRelation.Repeats, new string('n', StatementLink.NoteMaxLength + 1)),
            _ => throw new ArgumentOutOfRangeException(nameof(problem)),
        };

        await db.RejectsAsInvalidAsync(request, field, message);
    }

    private async Task<(int Claim, int Reply, int LinkId)> LinkedPairAsync(LinkRelation relation)
    {
        var claim = await db.CreateStatementAsync("A claim someone answered");
        var reply = await db.CreateStatementAsync("The answer to that claim");
        var linkId = await db.SendAs(Roles.Analyst, new LinkStatements(reply, claim, relation, "First note"));
        return (claim, reply, linkId);
    }
}
