using AngleSharp.Dom;
using ClaimTracker.Application.Common;
using ClaimTracker.Application.History;
using ClaimTracker.Domain.Auditing;
using ClaimTracker.Web.Components.Pages.Statements;
using ClaimTracker.Web.Tests.Support;
using static ClaimTracker.Web.Tests.Support.Samples;

namespace ClaimTracker.Web.Tests.Statements;

public sealed class StatementHistoryTests : ComponentTest
{
    private static HistoryEntry Entry(long id, string entity, AuditChange change, string request, params FieldChange[] fields) => new()
    {
        Id = id,
        AtUtc = new DateTime(2019, 7, 23, 8, 15, 0, DateTimeKind.Utc),
        UserName = "test-analyst",
        Request = request,
        Entity = entity,
        Change = change,
        Fields = fields,
    };

    private static readonly HistoryEntry QuoteEdited = Entry(
        30, "Statement", AuditChange.Modified, "EditStatement",
        new FieldChange("Quote", "He asked me to mediate.", "I was with Prime Minister Modi two weeks ago and he asked me to be a mediator."),
        new FieldChange("SaidOnPrecision", "Month", "Day"),
        new FieldChange("Venue", null, "White House"));

    private IRenderedComponent<StatementHistory> RenderHistory(int statementId = 1) =>
        Render<StatementHistory>(p => p.Add(x => x.StatementId, statementId));

    /// <summary>Each entry's sentence, without the list of fields under it.</summary>
    private static IReadOnlyList<string> Sentences(IRenderedComponent<StatementHistory> cut) =>
        cut.FindAll("[data-testid=history-entry] .when + div").Select(d =>
        {
            var sentence = (IElement)d.Clone();
            sentence.QuerySelector(".fields")?.Remove();
            return Read.Text(sentence);
        }).ToList();

    [Fact]
    public void Asks_for_the_history_of_the_statement_from_the_start()
    {
        Dispatcher.On((GetStatementHistory _) => PageOf(QuoteEdited));

        RenderHistory(7);

        Assert.Equal(new GetStatementHistory(7), Dispatcher.Last<GetStatementHistory>());
    }

    [Fact]
    public void Tells_who_did_what_in_plain_words_with_the_action_they_took()
    {
        Dispatcher.On((GetStatementHistory _) => PageOf(
            QuoteEdited,
            Entry(29, "Review", AuditChange.Added, "DraftReview", new FieldChange("Rating", null, "False")),
            Entry(28, "StatementLink", AuditChange.Deleted, "RemoveStatementLink", new FieldChange("Relation", "Rebuts", null)),
            Entry(27, "StatementTopics", AuditChange.Added, "CreateStatement") with { UserName = null }));

        var cut = RenderHistory();

        Assert.Equal(
            [
                "test-analyst changed the statement (Edit statement)",
                "test-analyst added the review (Draft review)",
                "test-analyst removed a link (Remove statement link)",
                "Someone added a topic (Create statement)",
            ],
            Sentences(cut));
        Assert.Equal(
            ["23 Jul 2019 08:15 UTC"],
            Read.Texts(cut.FindAll("[data-testid=history-entry] .when")).Distinct());
    }

    [Fact]
    public void A_change_lists_each_field_before_and_after()
    {
        Dispatcher.On((GetStatementHistory _) => PageOf(QuoteEdited));

        var cut = RenderHistory();

        Assert.Equal(
            [
                "Quote: He asked me to mediate. → I was with Prime Minister Modi two weeks ago and he asked me to be a mediator.",
                "Said on precision: Month → Day",
                "Venue: (empty) → White House",
            ],
            Read.Texts(cut.FindAll("[data-testid=history-entry] .fields li")));
        Assert.Equal("Month", cut.Find(".fields li:nth-child(2) del").TextContent);
        Assert.Equal("Day", cut.Find(".fields li:nth-child(2) ins").TextContent);
    }

    [Fact]
    public void A_removal_shows_what_was_there_and_an_addition_lists_no_fields()
    {
        Dispatcher.On((GetStatementHistory _) => PageOf(
            Entry(29, "Review", AuditChange.Added, "DraftReview", new FieldChange("Rating", null, "False")),
            Entry(28, "StatementLink", AuditChange.Deleted, "RemoveStatementLink", new FieldChange("Relation", "Rebuts", null))));

        var cut = RenderHistory();

        var entries = cut.FindAll("[data-testid=history-entry]");
        Assert.Empty(entries[0].QuerySelectorAll(".fields li"));
        Assert.Equal(["Relation: Rebuts → (empty)"], Read.Texts(entries[1].QuerySelectorAll(".fields li")));
    }

    [Fact]
    public void A_long_value_is_cut_short()
    {
        var rationale = new string('r', 250);
        Dispatcher.On((GetStatementHistory _) => PageOf(
            Entry(31, "Review", AuditChange.Modified, "DraftReview", new FieldChange("Rationale", rationale, "Short."))));

        var cut = RenderHistory();

        Assert.Equal(new string('r', 200) + "…", cut.Find(".fields del").TextContent);
    }

    [Fact]
    public void A_statement_without_recorded_changes_says_so()
    {
        Dispatcher.On((GetStatementHistory _) => PageOf<HistoryEntry>());

        var cut = RenderHistory();

        Assert.Equal(
            "No recorded changes yet. Records loaded from the seed files have no history.",
            Read.Text(cut.Find("[data-testid=history] p")));
        Assert.Empty(cut.FindAll("[data-testid=history-entry]"));
    }

    [Fact]
    public void Next_shows_older_changes_and_previous_comes_back()
    {
        Dispatcher.On((GetStatementHistory q) => q.After is null
            ? PageWithMore("30", QuoteEdited)
            : PageOf(Entry(12, "Statement", AuditChange.Added, "CreateStatement")));
        var cut = RenderHistory();

        cut.Find("[data-testid=next-page]").Click();

        Assert.Equal("30", Dispatcher.Last<GetStatementHistory>().After);
        Assert.Equal("test-analyst added the statement (Create statement)", Sentences(cut)[0]);
        Assert.Equal("Page 2", cut.Find(".page-no").TextContent);
        Assert.True(cut.Find("[data-testid=next-page]").HasAttribute("disabled"));

        cut.FindAll(".pager button").Single(b => b.TextContent == "Previous").Click();

        Assert.Null(Dispatcher.Last<GetStatementHistory>().After);
        Assert.StartsWith("test-analyst changed the statement", Sentences(cut)[0]);
        Assert.Equal("Page 1", cut.Find(".page-no").TextContent);
    }

    [Fact]
    public void A_history_that_cannot_be_read_says_why()
    {
        Dispatcher.Throw<GetStatementHistory>(new NotFoundException("Statement", 99));

        var cut = RenderHistory(99);

        Assert.Equal("Statement 99 was not found.", Read.Text(cut.Find("[data-testid=errors]")));
        Assert.Empty(cut.FindAll("[data-testid=history-entry]"));
    }
}
