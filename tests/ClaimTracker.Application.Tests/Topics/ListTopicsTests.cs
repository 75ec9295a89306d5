using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Tests.Support;
using ClaimTracker.Application.Topics;

namespace ClaimTracker.Application.Tests.Topics;

public sealed class ListTopicsTests(SeededDatabase db) : IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task Every_seeded_topic_is_listed_by_name_with_its_statement_count()
    {
        var page = await db.SendAs(Roles.Viewer, new ListTopics());

        Assert.Null(page.NextCursor);
        Assert.Equal(
            Seed.TopicNames.Order(StringComparer.Ordinal).Select(t => (t, Seed.Statements.Count(s => s.Topics.Contains(t)))),
            page.Items.Select(t => (t.Name, t.StatementCount)));
    }

    [Fact]
    public async Task Walking_every_page_returns_each_topic_once_in_name_order()
    {
        var walked = await Pages.WalkAsync(4, after => db.SendAs(Roles.Viewer, new ListTopics { PageSize = 4, After = after }));

        Assert.Equal(Seed.TopicNames.Order(StringComparer.Ordinal), walked.Select(t => t.Name));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1000)]
    public Task A_page_size_out_of_range_is_refused(int pageSize) =>
        db.RejectsAsInvalidAsync(new ListTopics { PageSize = pageSize }, "PageSize", "between 1 and 100");

    public static TheoryData<string> TamperedCursors => ["garbage!", Cursor.Encode("Kashmir"), Cursor.Encode("Kashmir", "x")];

    [Theory]
    [MemberData(nameof(TamperedCursors))]
    public Task A_tampered_cursor_is_refused_with_a_clear_message(string cursor) =>
        db.RejectsAsInvalidAsync(new ListTopics { After = cursor }, "After", "cursor is not valid; start again from the first page");
}
