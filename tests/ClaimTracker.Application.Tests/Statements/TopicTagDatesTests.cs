using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Imports;
using ClaimTracker.Application.Statements;
using ClaimTracker.Application.Tests.Imports;
using ClaimTracker.Application.Tests.Support;
using ClaimTracker.Domain.Imports;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Tests.Statements;

/// <summary>
/// A topic's list reads its page from the tag rows' copy of each statement's date (docs/adr/0026). A stale copy would
/// show a topic's statements out of order, or on the wrong page: every way a date or a tag is written must keep it,
/// and the list must page like any other. Invented topic names keep the tests apart.
/// </summary>
public sealed class TopicTagDatesTests(SeededDatabase db) : IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task A_topic_list_follows_new_dates_new_tags_and_imports_and_pages_both_ways()
    {
        var first = await CreateAsync("Velmora harbour dues were cut", 2001, "Velmora");
        var second = await CreateAsync("Velmora harbour dues were raised", 2003, "Velmora");
        var third = await CreateAsync("Velmora harbour was dredged", 2005, "Velmora");
        Assert.Equal([third, second, first], await TopicListAsync("Velmora"));

        // A date edit moves the statement in its topic's list.
        await EditAsync(first, s => s with { SaidOn = new DateOnly(2010, 1, 1) });
        Assert.Equal([first, third, second], await TopicListAsync("Velmora"));

        // A topic added to an existing statement places it by its date.
        var untagged = await CreateAsync("Velmora quay tolls doubled", 2004);
        await EditAsync(untagged, s => s with { Topics = ["Velmora"] });
        Assert.Equal([first, third, untagged, second], await TopicListAsync("Velmora"));

        // An import writes its tag rows in bulk.
        var file = ImportHarness.Write("velmora.tsv",
            "9301.json\tfalse\tVelmora ferries ran late all year.\tvelmora\tada-quillfen\tCouncillor\tMaine\tnone\t0\t0\t0\t0\t0\ta hearing\n");
        Assert.Equal("1 created, 0 updated, 0 unchanged, 0 rejected", (await db.ImportAsync(ImportFormat.Liar, file)).Summary);

        var topic = await db.TopicIdAsync("Velmora");
        var all = await db.Query(c => c.Statements.Where(s => s.Topics.Any(t => t.Id == topic))
            .OrderByDescending(s => s.SaidOn).ThenByDescending(s => s.Id).Select(s => s.Id).ToListAsync());
        Assert.Equal(5, all.Count);
        Assert.Equal(all, await TopicListAsync("Velmora"));
        Assert.Equal(all.AsEnumerable().Reverse(), await TopicListAsync("Velmora", StatementSort.Oldest));
        Assert.Equal(0, await StaleTagRowsAsync());

        // Two at a time forward, then back from the last page with the previous-page cursor.
        var pages = new List<Page<StatementSummary>>();
        string? after = null;
        do
        {
            pages.Add(await db.SendAs(Roles.Viewer, new ListStatements { TopicId = topic, PageSize = 2, After = after }));
            after = pages[^1].NextCursor;
        }
        while (after is not null);
        Assert.Equal(all, pages.SelectMany(p => p.Items).Select(s => s.Id));
        var back = await db.SendAs(Roles.Viewer, new ListStatements { TopicId = topic, PageSize = 2, After = pages[^1].PreviousCursor });
        Assert.Equal(pages[^2].Items.Select(s => s.Id), back.Items.Select(s => s.Id));
    }

    [Fact]
    public async Task A_topic_with_another_filter_lists_the_same_statements_as_the_filters_apart()
    {
        var said = await CreateAsync("Brenmoor quay was rebuilt", 2002, "Brenmoor");
        await CreateAsync("Brenmoor quay was rebuilt, they said", 2006, "Brenmoor");
        var topic = await db.TopicIdAsync("Brenmoor");
        var page = await db.SendAs(Roles.Viewer, new ListStatements { TopicId = topic, To = new DateOnly(2003, 12, 31) });
        Assert.Equal([said], page.Items.Select(s => s.Id));
    }

    private async Task<int> CreateAsync(string quote, int year, params string[] topics) =>
        await db.SendAs(Roles.Analyst, new CreateStatement(await db.ValidStatementAsync(quote, topics) with { SaidOn = new DateOnly(year, 6, 1) }));

    private async Task EditAsync(int id, Func<StatementInput, StatementInput> change)
    {
        var statement = await db.GetStatementAsync(id);
        var input = await db.ValidStatementAsync(statement.Quote, [.. statement.Topics]) with { SaidOn = statement.SaidOn };
        await db.SendAs(Roles.Editor, new EditStatement(id, statement.Version, change(input)));
    }

    private async Task<List<int>> TopicListAsync(string topic, StatementSort sort = StatementSort.Newest)
    {
        var page = await db.SendAs(Roles.Viewer, new ListStatements { TopicId = await db.TopicIdAsync(topic), Sort = sort, PageSize = Cursor.MaxPageSize });
        return [.. page.Items.Select(s => s.Id)];
    }

    private Task<int> StaleTagRowsAsync() =>
        db.Query(c => c.Database.SqlQueryRaw<int>("""
            SELECT COUNT(*) AS "Value" FROM "StatementTopics" t JOIN "Statements" s ON s."Id" = t."StatementsId"
            WHERE t."StatementSaidOn" IS NOT s."SaidOn"
            """).SingleAsync());
}
