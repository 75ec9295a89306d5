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
    [InlineData("kashmir")]
    [InlineData("ASHMI")]
    [InlineData(" Kashmír ")]
    public async Task Searching_finds_the_topics_whose_names_contain_the_text_ignoring_case_and_accents(string search)
    {
        var page = await db.SendAs(Roles.Viewer, new ListTopics { Search = search });

        Assert.Equal(
            Seed.TopicNames.Where(t => t.Contains("kashmir", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal),
            page.Items.Select(t => t.Name));
        Assert.NotEmpty(page.Items);
    }

    [Fact]
    public async Task A_search_that_matches_no_topic_lists_none()
    {
        var page = await db.SendAs(Roles.Viewer, new ListTopics { Search = "zzz-no-such-topic" });

        Assert.Empty(page.Items);
    }

    [Fact]
    public async Task Percent_and_underscore_in_a_search_match_themselves_not_everything()
    {
        Assert.Empty((await db.SendAs(Roles.Viewer, new ListTopics { Search = "%" })).Items);
        Assert.Empty((await db.SendAs(Roles.Viewer, new ListTopics { Search = "_" })).Items);
    }

    [Fact]
    public async Task A_topic_is_read_by_id_with_the_same_count_the_list_gives()
    {
        var listed = (await db.SendAs(Roles.Viewer, new ListTopics())).Items.Single(t => t.Name == "Kashmir");

        var topic = await db.SendAs(Roles.Viewer, new GetTopic(listed.Id));

        Assert.Equal(listed, topic);
        Assert.Equal(Seed.Statements.Count(s => s.Topics.Contains("Kashmir")), topic.StatementCount);
    }

    [Fact]
    public async Task An_unknown_topic_id_is_reported_as_not_found()
    {
        var missing = await Assert.ThrowsAsync<NotFoundException>(() => db.SendAs(Roles.Viewer, new GetTopic(int.MaxValue)));

        Assert.Equal($"Topic {int.MaxValue} was not found.", missing.Message);
    }

    [Fact]
    public Task A_search_longer_than_search_text_allows_is_refused() =>
        db.RejectsAsInvalidAsync(new ListTopics { Search = new string('k', SearchText.MaxLength + 1) }, "Search", "at most 200 characters");

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
