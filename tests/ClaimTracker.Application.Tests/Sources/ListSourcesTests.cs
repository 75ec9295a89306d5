using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Sources;
using ClaimTracker.Application.Tests.Support;
using ClaimTracker.Domain.Sources;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Tests.Sources;

public sealed class ListSourcesTests(SeededDatabase db) : IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task Walking_every_page_returns_each_source_once_newest_first()
    {
        var newestFirst = await db.Query(d => d.Sources.OrderByDescending(s => s.Id).Select(s => s.Id).ToListAsync());

        var walked = await Pages.WalkAsync(2, after => db.SendAs(Roles.Viewer, new ListSources { PageSize = 2, After = after }));

        Assert.Equal(newestFirst, walked.Select(s => s.Id));
        Assert.Equal(Seed.Sources.Select(s => s.Headline).Order(StringComparer.Ordinal), walked.Select(s => s.Headline).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Each_source_shows_how_many_statements_it_reported()
    {
        var sources = await HeadlinesAndCountsAsync(new ListSources());

        Assert.Equal(Seed.Sources.ToDictionary(s => s.Headline, s => Seed.Statements.Count(st => st.Source == s.Key)), sources);
    }

    [Theory]
    [InlineData("foreign policy")]
    [InlineData("KASHMIR")]
    [InlineData("unknown outlet")]
    public async Task Searching_matches_outlet_or_headline_ignoring_case(string search)
    {
        var found = await HeadlinesAndCountsAsync(new ListSources { Search = search });

        Assert.NotEmpty(found);
        Assert.Equal(
            Seed.Sources.Where(s => s.Outlet.Contains(search, StringComparison.OrdinalIgnoreCase) || s.Headline.Contains(search, StringComparison.OrdinalIgnoreCase))
                .Select(s => s.Headline).Order(StringComparer.Ordinal),
            found.Keys);
    }

    [Theory]
    [InlineData("%")]
    [InlineData("_")]
    public async Task Wildcards_in_a_search_are_matched_literally(string search) =>
        Assert.Empty(await HeadlinesAndCountsAsync(new ListSources { Search = search }));

    [Theory]
    [InlineData(0)]
    [InlineData(1000)]
    public Task A_page_size_out_of_range_is_refused(int pageSize) =>
        db.RejectsAsInvalidAsync(new ListSources { PageSize = pageSize }, "PageSize", "between 1 and 100");

    public static TheoryData<string> TamperedCursors => ["garbage!", Cursor.Encode("three"), Cursor.Encode(3, 4), Cursor.Encode(-3)];

    [Theory]
    [MemberData(nameof(TamperedCursors))]
    public Task A_tampered_cursor_is_refused_with_a_clear_message(string cursor) =>
        db.RejectsAsInvalidAsync(new ListSources { After = cursor }, "After", "cursor is not valid; start again from the first page");

    [Fact]
    public Task An_over_long_search_is_refused() =>
        db.RejectsAsInvalidAsync(new ListSources { Search = new string('s', SearchText.MaxLength + 1) }, "Search", "at most 200 characters");

    private async Task<SortedDictionary<string, int>> HeadlinesAndCountsAsync(ListSources query)
    {
        var page = await db.SendAs(Roles.Viewer, query with { PageSize = Cursor.MaxPageSize });
        Assert.Null(page.NextCursor);
        return new SortedDictionary<string, int>(page.Items.ToDictionary(s => s.Headline, s => s.StatementCount), StringComparer.Ordinal);
    }
}
