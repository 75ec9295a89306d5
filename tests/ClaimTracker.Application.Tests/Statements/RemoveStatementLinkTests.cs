using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Statements;
using ClaimTracker.Application.Tests.Support;
using ClaimTracker.Domain.Statements;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Tests.Statements;

public sealed class RemoveStatementLinkTests(SeededDatabase db) : IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task Removing_Indias_denial_link_takes_it_off_both_statements_and_keeps_them()
    {
        var denial = await db.StatementIdAsync("kumar-no-request-made-2019-07-22");
        var claim = await db.StatementIdAsync("trump-modi-asked-mediation-2019-07-22");
        var linkId = await db.Query(d => d.StatementLinks.Where(l => l.FromStatementId == denial && l.ToStatementId == claim).Select(l => l.Id).SingleAsync());
        var statementsBefore = await db.Query(d => d.Statements.CountAsync());
        var rebuttalsBefore = (await db.GetStatementAsync(claim)).Links.Count(l => l.Relation == LinkRelation.Rebuts);

        await db.SendAs(Roles.Analyst, new RemoveStatementLink(linkId));

        Assert.DoesNotContain((await db.GetStatementAsync(claim)).Links, l => l.LinkId == linkId);
        Assert.DoesNotContain((await db.GetStatementAsync(denial)).Links, l => l.LinkId == linkId);
        Assert.Equal(statementsBefore, await db.Query(d => d.Statements.CountAsync()));
        var listed = await db.SendAs(Roles.Viewer, new ListStatements { Search = "Narendra Modi asked mediate" });
        Assert.Equal(rebuttalsBefore - 1, Assert.Single(listed.Items).RebuttalCount);
    }

    [Fact]
    public async Task Removing_an_unknown_link_is_not_found_and_nothing_is_written()
    {
        var missing = await db.RejectsWithoutWritingAsync<NotFoundException>(() => db.SendAs(Roles.Analyst, new RemoveStatementLink(int.MaxValue)));

        Assert.Equal("Link", missing.What);
    }
}
