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
    private static readonly Guid EditOperation = Guid.NewGuid();

    private static HistoryEntry Entry(long id, Guid operation, string action, string what, params FieldChange[] fields) => new()
    {
        Id = id,
        OperationId = operation,
        AtUtc = new DateTime(2019, 7, 23, 8, 15, 0, DateTimeKind.Utc),
        UserName = "test-analyst",
        Action = action,
        What = what,
        Entity = "Statement",
        Change = fields.Length > 0 ? AuditChange.Modified : AuditChange.Added,
        Fields = fields,
    };

    private static readonly HistoryEntry QuoteEdited = Entry(
        30, EditOperation, "edited the statement", "changed the statement",
        new FieldChange("Quote", "He asked me to mediate.", "I was with Prime Minister Modi two weeks ago and he asked me to be a mediator."),
        new FieldChange("How exact the date is", "month known", "exact day"),
        new FieldChange("Venue", null, "White House"));

    private static readonly HistoryEntry TopicAdded = Entry(29, EditOperation, "edited the statement", "added the topic “Kashmir”");

    private IRenderedComponent<StatementHistory> RenderHistory(int statementId = 1) =>
        Render<StatementHistory>(p => p.Add(x => x.StatementId, statementId));

    /// <summary>Each action's heading: who did what.</summary>
    private static IReadOnlyList<string> Headings(IRenderedComponent<StatementHistory> cut) =>
        Read.Texts(cut.FindAll("[data-testid=history-entry] .who"));

    /// <summary>Each change's line, without the values under it.</summary>
    private static IReadOnlyList<string> ChangeLines(IElement entry) =>
        entry.QuerySelectorAll("[data-testid=history-change]").Select(c =>
        {
            var line = (IElement)c.Clone();
            line.QuerySelector(".fields")?.Remove();
            return Read.Text(line);
        }).ToList();

    [Fact]
    public void Asks_for_the_history_of_the_statement_from_the_start()
    {
        Dispatcher.On((GetStatementHistory _) => PageOf(QuoteEdited));

        RenderHistory(7);

        Assert.Equal(new GetStatementHistory(7), Dispatcher.Last<GetStatementHistory>());
    }

    [Fact]
    public void One_heading_per_action_says_who_did_what_and_lists_what_it_changed_in_words()
    {
        var draft = Guid.NewGuid();
        Dispatcher.On((GetStatementHistory _) => PageOf(
            QuoteEdited,
            TopicAdded,
            Entry(28, draft, "drafted the verdict", "started a verdict: Mostly false"),
            Entry(27, draft, "drafted the verdict", "added evidence “Ministry statement” (refutes)") with { UserName = null }));

        var cut = RenderHistory();

        Assert.Equal(["test-analyst edited the statement", "test-analyst drafted the verdict"], Headings(cut));
        var entries = cut.FindAll("[data-testid=history-entry]");
        Assert.Equal(["changed the statement", "added the topic “Kashmir”"], ChangeLines(entries[0]));
        Assert.Equal(["started a verdict: Mostly false", "added evidence “Ministry statement” (refutes)"], ChangeLines(entries[1]));
        Assert.Equal(["23 Jul 2019, 08:15 UTC"], Read.Texts(cut.FindAll("[data-testid=history-entry] .when")).Distinct());
        // No class names, enum names or ISO times reach the page.
        Assert.DoesNotMatch("EditStatement|DraftReview|MostlyFalse|2019-07-23T", cut.Markup);
    }

    [Fact]
    public void A_change_lists_each_changed_value_before_and_after()
    {
        Dispatcher.On((GetStatementHistory _) => PageOf(QuoteEdited));

        var cut = RenderHistory();

        Assert.Equal(
            [
                "Quote: He asked me to mediate. → I was with Prime Minister Modi two weeks ago and he asked me to be a mediator.",
                "How exact the date is: month known → exact day",
                "Venue: (empty) → White House",
            ],
            Read.Texts(cut.FindAll("[data-testid=history-entry] .fields li")));
        Assert.Equal("month known", cut.Find(".fields li:nth-child(2) del").TextContent);
        Assert.Equal("exact day", cut.Find(".fields li:nth-child(2) ins").TextContent);
    }

    [Fact]
    public void An_addition_lists_no_values()
    {
        Dispatcher.On((GetStatementHistory _) => PageOf(TopicAdded));

        var cut = RenderHistory();

        Assert.Empty(cut.FindAll(".fields li"));
        Assert.Equal(["added the topic “Kashmir”"], ChangeLines(cut.Find("[data-testid=history-entry]")));
    }

    [Fact]
    public void A_long_value_is_cut_short()
    {
        var rationale = new string('r', 250);
        Dispatcher.On((GetStatementHistory _) => PageOf(
            Entry(31, Guid.NewGuid(), "drafted the verdict", "changed the verdict", new FieldChange("Rationale", rationale, "Short."))));

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
            : PageOf(Entry(12, Guid.NewGuid(), "added the statement", "added the statement")));
        var cut = RenderHistory();

        cut.Find("[data-testid=next-page]").Click();

        Assert.Equal("30", Dispatcher.Last<GetStatementHistory>().After);
        Assert.Equal("test-analyst added the statement", Headings(cut)[0]);
        Assert.Equal("Page 2", cut.Find(".page-no").TextContent);
        Assert.True(cut.Find("[data-testid=next-page]").HasAttribute("disabled"));

        cut.FindAll(".pager button").Single(b => b.TextContent == "Previous").Click();

        Assert.Null(Dispatcher.Last<GetStatementHistory>().After);
        Assert.Equal("test-analyst edited the statement", Headings(cut)[0]);
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
