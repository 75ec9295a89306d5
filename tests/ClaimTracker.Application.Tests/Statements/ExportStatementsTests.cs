using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Publishers;
using ClaimTracker.Application.Reviews;
using ClaimTracker.Application.Statements;
using ClaimTracker.Application.Tests.Support;
using ClaimTracker.Domain.Reviews;
using ClaimTracker.Domain.Statements;

namespace ClaimTracker.Application.Tests.Statements;

/// <summary>The statement export behind the CSV: the list's own filter, every row once, page after page.</summary>
public sealed class ExportStatementsTests(SeededDatabase db) : IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task Small_pages_walk_every_matching_statement_once_in_the_lists_order()
    {
        var word = Unique("paging");
        var ids = new List<int>();
        for (var i = 0; i < 7; i++)
        {
            // All said the same day: the id breaks the tie, so no row is skipped or repeated at a page edge.
            ids.Add(await db.CreateStatementAsync($"Claim {i} about {word}"));
        }
        await db.CreateStatementAsync("A claim the filter leaves out");

        var exported = await WalkAsync(new ExportStatements { Search = word, Sort = StatementSort.Newest, PageSize = 2 });
        var listed = await db.SendAs(Roles.Viewer, new ListStatements { Search = word, Sort = StatementSort.Newest, PageSize = 100 });

        Assert.Equal(listed.Items.Select(s => s.Id), exported.Select(r => r.Id));
        Assert.Equal(ids.OrderDescending(), exported.Select(r => r.Id));
        var oldestFirst = await WalkAsync(new ExportStatements { Search = word, Sort = StatementSort.Oldest, PageSize = 3 });
        Assert.Equal(ids, oldestFirst.Select(r => r.Id));
    }

    [Fact]
    public async Task A_record_has_the_role_held_our_published_verdict_only_topics_and_links_both_ways()
    {
        var word = Unique("record");
        var published = await db.PublishedStatementAsync($"A published claim on {word}");
        var drafted = await db.DraftedStatementAsync(quote: $"A drafted claim on {word}");
        var response = await db.CreateStatementAsync($"A rebuttal on {word}", "Exports", "Archives");
        await db.SendAs(Roles.Analyst, new LinkStatements(response, published, LinkRelation.Rebuts, null));

        var records = (await WalkAsync(new ExportStatements { Search = word })).ToDictionary(r => r.Id);

        Assert.Equal(Rating.False, records[published].Verdict);
        Assert.Null(records[drafted].Verdict);
        Assert.Null(records[response].Verdict);
        Assert.Equal(["Archives", "Exports"], records[response].Topics);
        Assert.Equal("Test role", records[response].SpeakerRole);
        Assert.Equal("Donald Trump", records[response].SpeakerName);
        Assert.Equal([new StatementRecordLink(LinkRelation.Rebuts, LinkDirection.Outgoing, published)], records[response].Links);
        Assert.Equal([new StatementRecordLink(LinkRelation.Rebuts, LinkDirection.Incoming, response)], records[published].Links);
    }

    [Fact]
    public async Task Other_publishers_verdicts_come_with_their_own_label_and_our_rating_for_it()
    {
        var word = Unique("outside");
        var id = await db.CreateStatementAsync($"A claim others checked on {word}");
        await db.SendAs(Roles.Analyst, new RecordOutsideReview(id, new OutsideReviewInput { PublisherName = "PolitiFact", Label = "pants-fire" }));
        await db.SendAs(Roles.Analyst, new RecordOutsideReview(id, new OutsideReviewInput { PublisherName = "A Partner Desk", Label = "Dubious" }));

        var record = Assert.Single(await WalkAsync(new ExportStatements { Search = word }));

        Assert.Equal(
            [new StatementRecordReview("A Partner Desk", "Dubious", null), new StatementRecordReview("PolitiFact", "pants-fire", Rating.False)],
            record.OtherVerdicts);
        Assert.Null(record.Verdict);
    }

    [Fact]
    public async Task The_export_takes_the_same_filter_as_the_list()
    {
        var word = Unique("filter");
        var published = await db.PublishedStatementAsync($"Rated claim on {word}");
        await db.CreateStatementAsync($"Unrated claim on {word}");

        var rated = await WalkAsync(new ExportStatements(new StatementFilter { Search = word, Verdicts = VerdictSet.Of(Rating.False) }));

        Assert.Equal([published], rated.Select(r => r.Id));
    }

    [Fact]
    public async Task Anonymous_callers_and_bad_pages_are_refused()
    {
        await Assert.ThrowsAsync<ForbiddenException>(() => db.SendAs(null, new ExportStatements()));
        var badSize = await Assert.ThrowsAsync<RequestValidationException>(() => db.SendAs(Roles.Viewer, new ExportStatements { PageSize = 0 }));
        Assert.Contains("Page size must be between 1 and 1000.", badSize.Errors["PageSize"]);
        var badCursor = await Assert.ThrowsAsync<RequestValidationException>(() => db.SendAs(Roles.Viewer, new ExportStatements { After = "not-a-cursor" }));
        Assert.Contains("The page cursor is not valid; start again from the first page.", badCursor.Errors["After"]);
        var badDates = await Assert.ThrowsAsync<RequestValidationException>(() =>
            db.SendAs(Roles.Viewer, new ExportStatements { From = new DateOnly(2020, 2, 1), To = new DateOnly(2020, 1, 1) }));
        Assert.Contains("The end date must not be before the start date.", badDates.Errors["To"]);
    }

    private async Task<List<StatementRecord>> WalkAsync(ExportStatements request)
    {
        var rows = new List<StatementRecord>();
        string? after = null;
        do
        {
            var page = await db.SendAs(Roles.Viewer, request with { After = after });
            Assert.True(page.Items.Count <= request.PageSize);
            rows.AddRange(page.Items);
            after = page.NextCursor;
        }
        while (after is not null);
        return rows;
    }

    private static string Unique(string prefix) => prefix + Guid.NewGuid().ToString("N")[..10];
}
