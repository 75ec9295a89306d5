using ClaimTracker.Application.Annotations;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Statements;
using ClaimTracker.Application.Tests.Support;
using ClaimTracker.Domain.Annotations;
using ClaimTracker.Domain.Common;
using ClaimTracker.Domain.Statements;

namespace ClaimTracker.Application.Tests.Statements;

/// <summary>A 2019 statement "rebutting" one from 2025 is a wrong date or a link the wrong way round: warned, and linked only when confirmed.</summary>
public sealed class ResponseOrderTests(SeededDatabase db) : IClassFixture<SeededDatabase>
{
    private async Task<int> SaidAsync(string quote, DateOnly day, DatePrecision precision = DatePrecision.Day) =>
        await db.SendAs(Roles.Analyst, new CreateStatement(await db.ValidStatementAsync(quote) with { SaidOn = day, SaidOnPrecision = precision }));

    [Fact]
    public async Task A_response_dated_before_what_it_answers_is_refused_with_a_warning_until_confirmed()
    {
        var early = await SaidAsync("An early reply", new DateOnly(2019, 7, 23));
        var late = await SaidAsync("A late claim", new DateOnly(2025, 5, 10));

        await db.RejectsAsInvalidAsync(new LinkStatements(early, late, LinkRelation.Rebuts, null), ResponseOrder.Field,
            "This statement was made on 23 July 2019, before the statement it would answer (on 10 May 2025). A response cannot come before what it answers");

        var link = await db.SendAs(Roles.Analyst, new LinkStatements(early, late, LinkRelation.Rebuts, null) { ConfirmedEarlierResponse = true });
        Assert.Contains((await db.GetStatementAsync(late)).Links, l => l.LinkId == link && l.StatementId == early);
    }

    [Fact]
    public async Task The_right_way_round_and_the_same_day_link_without_a_word()
    {
        var claim = await SaidAsync("A claim made first", new DateOnly(2019, 7, 22));
        var denial = await SaidAsync("A denial the next day", new DateOnly(2019, 7, 23));
        var sameDay = await SaidAsync("A reply the same day", new DateOnly(2019, 7, 22));

        await db.SendAs(Roles.Analyst, new LinkStatements(denial, claim, LinkRelation.Rebuts, null));
        await db.SendAs(Roles.Analyst, new LinkStatements(sameDay, claim, LinkRelation.Clarifies, null));

        Assert.Equal(2, (await db.GetStatementAsync(claim)).Links.Count);
    }

    [Theory]
    [InlineData(DatePrecision.Year, 2019, 1, 1)]
    [InlineData(DatePrecision.Month, 2019, 7, 1)]
    [InlineData(DatePrecision.Approximate, 2019, 7, 17)]
    public async Task A_date_known_only_roughly_predates_only_if_all_of_it_does(DatePrecision precision, int year, int month, int day)
    {
        var rough = await SaidAsync($"A reply known roughly ({precision})", new DateOnly(year, month, day), precision);
        var claim = await SaidAsync($"A claim on a known day ({precision})", new DateOnly(2019, 7, 20));

        await db.SendAs(Roles.Analyst, new LinkStatements(rough, claim, LinkRelation.Rebuts, null));

        var tooEarly = await SaidAsync($"A reply a year before ({precision})", new DateOnly(year - 1, month, day), precision);
        await db.RejectsAsInvalidAsync(new LinkStatements(tooEarly, claim, LinkRelation.Rebuts, null), ResponseOrder.Field, "before the statement it would answer");
    }

    [Fact]
    public async Task A_contradiction_note_pointing_at_a_later_statement_is_warned_about_too()
    {
        var early = await SaidAsync("Words said in 2019 first of all", new DateOnly(2019, 1, 5));
        var late = await SaidAsync("Words said in 2025", new DateOnly(2025, 1, 5));
        var note = new AnnotateQuote(early, 0, 5, AnnotationKind.Contradiction, "Says the opposite")
        {
            LinkTo = new AnnotationLinkInput(late, LinkRelation.Contradicts),
        };

        await db.RejectsAsInvalidAsync(note, ResponseOrder.Field, "before the statement it would answer");

        await db.SendAs(Roles.Analyst, note with { LinkTo = new AnnotationLinkInput(late, LinkRelation.Contradicts) { ConfirmedEarlierResponse = true } });
        Assert.Contains((await db.GetStatementAsync(late)).Links, l => l.StatementId == early && l.Relation == LinkRelation.Contradicts);
    }
}
