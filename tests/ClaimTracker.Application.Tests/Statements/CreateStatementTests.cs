using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Statements;
using ClaimTracker.Application.Tests.Support;
using ClaimTracker.Application.Topics;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Tests.Statements;

public sealed class CreateStatementTests(SeededDatabase db) : IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task A_created_statement_can_be_read_back()
    {
        var input = await db.ValidStatementAsync("  Zebras are striped horses  ", "Wildlife") with
        {
            OnBehalfOfId = await db.SpeakerIdAsync("us-state-department"),
            Venue = "   ",
        };

        var id = await db.SendAs(Roles.Analyst, new CreateStatement(input));

        var created = await db.GetStatementAsync(id);
        Assert.Equal("Zebras are striped horses", created.Quote);
        Assert.Equal(input.QuoteKind, created.QuoteKind);
        Assert.Equal("Donald Trump", created.SpeakerName);
        Assert.Equal(input.SpeakerRole, created.SpeakerRole);
        Assert.Equal(Seed.Speaker("us-state-department").Name, created.OnBehalfOfName);
        Assert.Equal(input.SaidOn, created.SaidOn);
        Assert.Null(created.Venue);
        Assert.Equal(input.Context, created.Context);
        Assert.Equal(Seed.Source(Commands.SourceKey).Headline, created.Source.Headline);
        Assert.Equal(["Wildlife"], created.Topics);
        Assert.Null(created.Review);
        Assert.Empty(created.Links);
        Assert.NotEqual(Guid.Empty, created.Version);
    }

    [Fact]
    public async Task A_created_statement_is_found_by_search()
    {
        var id = await db.CreateStatementAsync("Quixotic zeppelins hover over the harbour");

        var page = await db.SendAs(Roles.Viewer, new ListStatements { Search = "zeppelin quixot" });

        Assert.Equal(id, Assert.Single(page.Items).Id);
    }

    [Fact]
    public async Task A_created_statement_records_who_created_it()
    {
        var id = await db.CreateStatementAsync("Recorded by an analyst");

        var stamp = await db.Query(d => d.Statements.Where(s => s.Id == id).Select(s => new { s.CreatedBy, s.UpdatedBy }).SingleAsync());

        Assert.Equal("test-analyst", stamp.CreatedBy);
        Assert.Null(stamp.UpdatedBy);
    }

    [Fact]
    public async Task Topics_are_reused_case_insensitively_and_new_ones_created_once()
    {
        var topicsBefore = await db.Query(d => d.Topics.CountAsync());

        var first = await db.CreateStatementAsync("Rivers do not respect borders", "kashmir", " Water Rights ", "WATER RIGHTS", "Kashmir");
        var second = await db.CreateStatementAsync("Dams upstream worry farmers", "water rights");

        Assert.Equal(["Kashmir", "Water Rights"], (await db.GetStatementAsync(first)).Topics);
        Assert.Equal(["Water Rights"], (await db.GetStatementAsync(second)).Topics);
        Assert.Equal(topicsBefore + 1, await db.Query(d => d.Topics.CountAsync()));
        var topics = await db.SendAs(Roles.Viewer, new ListTopics());
        Assert.Equal(2, Assert.Single(topics.Items, t => t.Name == "Water Rights").StatementCount);
        Assert.DoesNotContain(topics.Items, t => t.Name is "kashmir" or "WATER RIGHTS" or "water rights");
    }

    [Theory]
    [MemberData(nameof(StatementInputs.Broken), MemberType = typeof(StatementInputs))]
    public async Task Invalid_input_is_refused_and_nothing_is_written(string problem, string field, string message) =>
        await db.RejectsAsInvalidAsync(new CreateStatement((await db.ValidStatementAsync()).Break(problem)), field, message);
}
