using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Publishers;
using ClaimTracker.Application.Reviews;
using ClaimTracker.Application.Statements;
using ClaimTracker.Application.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Tests.Statements;

/// <summary>
/// The plans of the statement list's SQL. A list page read the outside fact-checks' publisher through a join inside
/// the LEFT JOIN of the page's outside reviews; SQLite cannot flatten that, so it built the join for every outside
/// review in the desk before reading the page (0.6-0.8 s at 500,000 outside reviews, instant on the seeds). The
/// class of fault shows in the plan at any size, so these check the plans, and that the publisher is still shown.
/// </summary>
public sealed class ListReadPlanTests(CommandCapturingDatabase db) : IClassFixture<CommandCapturingDatabase>
{
    public static TheoryData<string> Lists => ["one speaker", "everyone"];

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task A_list_page_reads_the_publishers_of_its_outside_fact_checks_by_key(string list)
    {
        var id = await db.StatementIdAsync("trump-modi-asked-mediation-2019-07-22");
        var statement = await db.GetStatementAsync(id);
        await db.SendAs(Roles.Analyst, new RecordOutsideReview(id,
            new OutsideReviewInput { PublisherName = "The Fact Checker", Label = "Four Pinocchios", Url = "https://checker.example/1" }));
        // Its own day, so it is on the first page; with a speaker the list reads keys per part, then columns by key.
        var request = new ListStatements
        {
            SpeakerId = list == "one speaker" ? statement.SpeakerId : null,
            From = statement.SaidOn,
            To = statement.SaidOn,
        };
        db.Commands.Clear();

        var page = await db.SendAs(Roles.Viewer, request);

        var row = Assert.Single(page.Items, s => s.Id == id);
        Assert.Contains(row.OutsideReviews, o => o.PublisherName == "The Fact Checker" && o.Label == "Four Pinocchios");
        var reads = db.Commands.Where(c => c.Contains("\"OutsideReviews\"", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(reads);
        foreach (var sql in reads)
        {
            var plan = await db.PlanAsync(sql);
            Assert.DoesNotContain(plan, step => step.StartsWith("MATERIALIZE", StringComparison.Ordinal));
            Assert.DoesNotContain(plan, step => step.Contains("AUTOMATIC", StringComparison.Ordinal));
            Assert.Contains(plan, step => step.Contains("IX_OutsideReviews_StatementId_PublisherId (StatementId=?)", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task A_topic_page_is_a_seek_on_its_tag_rows_dates_not_a_walk_of_every_statement_by_date()
    {
        var topic = await db.Query(c => c.Topics.OrderByDescending(t => t.Statements.Count).Select(t => new { t.Id, Count = t.Statements.Count }).FirstAsync());
        db.Commands.Clear();

        var first = await db.SendAs(Roles.Viewer, new ListStatements { TopicId = topic.Id, PageSize = 1 });
        var second = await db.SendAs(Roles.Viewer, new ListStatements { TopicId = topic.Id, PageSize = 1, After = first.NextCursor });

        Assert.NotEqual(first.Items.Single().Id, second.Items.Single().Id);
        var listed = db.Commands.Where(c => c.Contains("\"StatementSaidOn\" DESC", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(listed);
        foreach (var sql in listed)
        {
            var plan = await db.PlanAsync(sql);
            // The page's keys come in list order from the tag rows' index, from the cursor on: no sort of the topic.
            Assert.Contains(plan, step => step.Contains("USING COVERING INDEX IX_StatementTopics_TopicsId_StatementSaidOn_StatementsId (TopicsId=?", StringComparison.Ordinal));
            // Walking the date index would read 200 statements per tagged one for a topic on one in 200.
            Assert.DoesNotContain(plan, step => step.Contains("IX_Statements_SaidOn_Id", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task The_published_fact_checks_are_read_in_index_order_from_the_cursor_not_sorted()
    {
        db.Commands.Clear();
        var first = await db.SendAs(null, new ListPublishedReviews { PageSize = 1 });
        var second = await db.SendAs(null, new ListPublishedReviews { PageSize = 1, After = first.NextCursor });

        Assert.NotNull(first.NextCursor);
        var (a, b) = (Assert.Single(first.Items), Assert.Single(second.Items));
        Assert.True((a.PublishedAtUtc, a.ReviewId).CompareTo((b.PublishedAtUtc, b.ReviewId)) > 0, "The second page must start after the first.");
        var reads = db.Commands.Where(c => c.Contains("\"PublishedAtUtc\" DESC", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, reads.Count);
        foreach (var sql in reads)
        {
            var plan = await db.PlanAsync(sql);
            // A sort would read every published fact-check for each page (the plan SQLite picks from the status index
            // when published ones look few); the (Status, PublishedAtUtc, Id) index is walked from the cursor instead.
            Assert.Contains(plan, step => step.Contains("USING INDEX IX_Reviews_Status_PublishedAtUtc_Id (Status=?", StringComparison.Ordinal));
            Assert.DoesNotContain(plan, step => step.Contains("TEMP B-TREE", StringComparison.Ordinal));
        }
    }
}
