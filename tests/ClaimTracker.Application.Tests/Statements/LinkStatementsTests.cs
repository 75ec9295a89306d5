using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Statements;
using ClaimTracker.Application.Tests.Support;
using ClaimTracker.Domain.Statements;

namespace ClaimTracker.Application.Tests.Statements;

public sealed class LinkStatementsTests(SeededDatabase db) : IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task A_link_shows_on_both_statements_and_counts_as_a_rebuttal()
    {
        var claim = await db.CreateStatementAsync("The moon is made of cheese");
        var denial = await db.CreateStatementAsync("The moon is made of rock");

        var linkId = await db.SendAs(Roles.Analyst, new LinkStatements(denial, claim, LinkRelation.Rebuts, "  Geology says otherwise  "));

        var incoming = Assert.Single((await db.GetStatementAsync(claim)).Links);
        Assert.Equal((linkId, LinkDirection.Incoming, LinkRelation.Rebuts, denial, "Geology says otherwise"),
            (incoming.LinkId, incoming.Direction, incoming.Relation, incoming.StatementId, incoming.Note));
        var outgoing = Assert.Single((await db.GetStatementAsync(denial)).Links);
        Assert.Equal((linkId, LinkDirection.Outgoing, claim), (outgoing.LinkId, outgoing.Direction, outgoing.StatementId));
        var listed = await db.SendAs(Roles.Viewer, new ListStatements { Search = "moon cheese" });
        Assert.Equal(1, Assert.Single(listed.Items).RebuttalCount);
    }

    [Fact]
    public async Task The_same_pair_may_be_linked_in_another_way()
    {
        var claim = await db.CreateStatementAsync("Rain falls upwards");
        var reply = await db.CreateStatementAsync("Rain falls downwards");

        await db.SendAs(Roles.Analyst, new LinkStatements(reply, claim, LinkRelation.Rebuts, null));
        await db.SendAs(Roles.Editor, new LinkStatements(reply, claim, LinkRelation.Contradicts, null));

        Assert.Equal([LinkRelation.Rebuts, LinkRelation.Contradicts], (await db.GetStatementAsync(claim)).Links.Select(l => l.Relation));
    }

    [Theory]
    [InlineData("self-link", "ToStatementId", "cannot be linked to itself")]
    [InlineData("duplicate link", "Relation", "already linked that way")]
    [InlineData("unknown responding statement", "FromStatementId", "responding statement does not exist")]
    [InlineData("unknown statement responded to", "ToStatementId", "Choose an existing statement")]
    [InlineData("unknown relation", "Relation", "Choose how the statements are related")]
    [InlineData("over-long note", "Note", "at most 1000 characters")]
    public async Task Invalid_links_are_refused_and_nothing_is_written(string problem, string field, string message)
    {
        // India's denial already rebuts the president's claim in the seed data.
        var denial = await db.StatementIdAsync("kumar-no-request-made-2019-07-22");
        var claim = await db.StatementIdAsync("trump-modi-asked-mediation-2019-07-22");
        var valid = new LinkStatements(denial, claim, LinkRelation.Confirms, null);
        var request = problem switch
        {
            "self-link" => valid with { ToStatementId = denial },
            "duplicate link" => valid with { Relation = LinkRelation.Rebuts },
            "unknown responding statement" => valid with { FromStatementId = int.MaxValue },
            "unknown statement responded to" => valid with { ToStatementId = int.MaxValue },
            "unknown relation" => valid with { Relation = (LinkRelation)42 },
            "over-long note" => valid with { Note = new string('n', StatementLink.NoteMaxLength + 1) },
            _ => throw new ArgumentOutOfRangeException(nameof(problem)),
        };

        await db.RejectsAsInvalidAsync(request, field, message);
    }
}
