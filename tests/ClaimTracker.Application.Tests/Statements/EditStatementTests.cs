using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Statements;
using ClaimTracker.Application.Tests.Support;
using ClaimTracker.Domain.Statements;

namespace ClaimTracker.Application.Tests.Statements;

public sealed class EditStatementTests(SeededDatabase db) : IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task Edits_are_read_back_and_the_version_moves()
    {
        var id = await db.CreateStatementAsync("Original words about rivers", "Rivers");
        var before = await db.GetStatementAsync(id);
        var input = await db.ValidStatementAsync("Revised words about dams", "Dams") with
        {
            QuoteKind = QuoteKind.Paraphrase,
            SpeakerId = await db.SpeakerIdAsync("imran-khan"),
            SaidOn = new DateOnly(2023, 3, 3),
            SourceId = await db.SourceIdAsync("wt-2019-10-03-pakistan-taliban-urge-peace-talks"),
        };

        await db.SendAs(Roles.Editor, new EditStatement(id, before.Version, input));

        var after = await db.GetStatementAsync(id);
        Assert.Equal("Revised words about dams", after.Quote);
        Assert.Equal(QuoteKind.Paraphrase, after.QuoteKind);
        Assert.Equal("Imran Khan", after.SpeakerName);
        Assert.Equal(new DateOnly(2023, 3, 3), after.SaidOn);
        Assert.Equal(Seed.Source("wt-2019-10-03-pakistan-taliban-urge-peace-talks").Headline, after.Source.Headline);
        Assert.Equal(["Dams"], after.Topics);
        Assert.NotEqual(before.Version, after.Version);
    }

    [Fact]
    public async Task An_edited_quote_is_found_by_its_new_words_only()
    {
        var id = await db.CreateStatementAsync("Marmalade diplomacy works");
        var version = (await db.GetStatementAsync(id)).Version;

        await db.SendAs(Roles.Analyst, new EditStatement(id, version, await db.ValidStatementAsync("Porridge diplomacy works")));

        Assert.Empty((await db.SendAs(Roles.Viewer, new ListStatements { Search = "marmalade" })).Items);
        Assert.Equal(id, Assert.Single((await db.SendAs(Roles.Viewer, new ListStatements { Search = "porridge" })).Items).Id);
    }

    [Fact]
    public async Task An_edit_from_a_stale_version_is_refused_and_changes_nothing()
    {
        var id = await db.CreateStatementAsync("First draft of a claim");
        var stale = (await db.GetStatementAsync(id)).Version;
        await db.SendAs(Roles.Analyst, new EditStatement(id, stale, await db.ValidStatementAsync("Second draft of a claim")));
        var current = await db.GetStatementAsync(id);

        var conflict = await db.RejectsWithoutWritingAsync<ConcurrencyConflictException>(async () =>
            await db.SendAs(Roles.Editor, new EditStatement(id, stale, await db.ValidStatementAsync("Overwriting draft"))));

        Assert.Contains("changed by someone else", conflict.Message, StringComparison.Ordinal);
        var after = await db.GetStatementAsync(id);
        Assert.Equal("Second draft of a claim", after.Quote);
        Assert.Equal(current.Version, after.Version);
    }

    [Fact]
    public async Task Changing_only_the_topics_moves_the_version_so_a_stale_edit_is_still_caught()
    {
        var id = await db.CreateStatementAsync("A claim about tea", "Tea");
        var stale = (await db.GetStatementAsync(id)).Version;

        await db.SendAs(Roles.Analyst, new EditStatement(id, stale, await db.ValidStatementAsync("A claim about tea", "Coffee")));

        var after = await db.GetStatementAsync(id);
        Assert.Equal(["Coffee"], after.Topics);
        Assert.NotEqual(stale, after.Version);
        await db.RejectsWithoutWritingAsync<ConcurrencyConflictException>(async () =>
            await db.SendAs(Roles.Analyst, new EditStatement(id, stale, await db.ValidStatementAsync("A claim about tea", "Tea"))));
    }

    [Fact]
    public async Task Editing_an_unknown_statement_is_not_found()
    {
        var input = await db.ValidStatementAsync();

        await db.RejectsWithoutWritingAsync<NotFoundException>(() => db.SendAs(Roles.Analyst, new EditStatement(int.MaxValue, Guid.NewGuid(), input)));
    }

    [Theory]
    [MemberData(nameof(StatementInputs.Broken), MemberType = typeof(StatementInputs))]
    public async Task Invalid_input_is_refused_and_the_statement_keeps_its_version(string problem, string field, string message)
    {
        var id = await db.CreateStatementAsync("A statement that stays as it is");
        var before = await db.GetStatementAsync(id);

        await db.RejectsAsInvalidAsync(new EditStatement(id, before.Version, (await db.ValidStatementAsync()).Break(problem)), field, message);

        var after = await db.GetStatementAsync(id);
        Assert.Equal(before.Version, after.Version);
        Assert.Equal(before.Quote, after.Quote);
    }
}
