using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Speakers;
using ClaimTracker.Application.Tests.Support;
using ClaimTracker.Domain.Speakers;

namespace ClaimTracker.Application.Tests.Speakers;

public sealed class ListSpeakersTests(SeededDatabase db) : IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task Walking_every_page_returns_each_speaker_once_in_name_order()
    {
        var walked = await Pages.WalkAsync(7, after => db.SendAs(Roles.Viewer, new ListSpeakers { PageSize = 7, After = after }));

        Assert.Equal(Seed.Speakers.Select(s => s.Name).Order(StringComparer.Ordinal), walked.Select(s => s.Name));
    }

    [Fact]
    public async Task Each_speaker_shows_how_many_statements_they_made()
    {
        var speakers = await NamesAndCountsAsync(new ListSpeakers());

        Assert.Equal(
            Seed.Speakers.ToDictionary(s => s.Name, s => Seed.Statements.Count(st => st.Speaker == s.Key)),
            speakers);
    }

    [Theory]
    [InlineData("Quershi")]
    [InlineData("TRUMP")]
    [InlineData("islamabad")]
    [InlineData("ministry")]
    public async Task Searching_matches_names_and_aliases_ignoring_case(string search)
    {
        var found = await NamesAndCountsAsync(new ListSpeakers { Search = search });

        Assert.NotEmpty(found);
        Assert.Equal(
            Seed.Speakers.Where(s => s.Name.Contains(search, StringComparison.OrdinalIgnoreCase)
                    || s.Aliases.Any(a => a.Contains(search, StringComparison.OrdinalIgnoreCase)))
                .Select(s => s.Name).Order(StringComparer.Ordinal),
            found.Keys);
    }

    [Fact]
    public async Task Searching_by_a_misspelled_alias_finds_the_foreign_minister()
    {
        var found = await NamesAndCountsAsync(new ListSpeakers { Search = "Quershi" });

        Assert.Equal(["Shah Mehmood Qureshi"], found.Keys);
    }

    [Theory]
    [InlineData("%")]
    [InlineData("_")]
    [InlineData("[a-z]")]
    public async Task Wildcards_in_a_search_are_matched_literally(string search)
    {
        var found = await NamesAndCountsAsync(new ListSpeakers { Search = search });

        Assert.Empty(found);
    }

    public static TheoryData<SpeakerKind> AllKinds => [.. Enum.GetValues<SpeakerKind>()];

    [Theory]
    [MemberData(nameof(AllKinds))]
    public async Task Filtering_by_kind_finds_the_speakers_of_that_kind(SpeakerKind kind)
    {
        var found = await NamesAndCountsAsync(new ListSpeakers { Kind = kind });

        Assert.Equal(Seed.Speakers.Where(s => s.Kind == kind.ToString()).Select(s => s.Name).Order(StringComparer.Ordinal), found.Keys);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1000)]
    public Task A_page_size_out_of_range_is_refused(int pageSize) =>
        db.RejectsAsInvalidAsync(new ListSpeakers { PageSize = pageSize }, "PageSize", "between 1 and 100");

    [Theory]
    [InlineData("garbage!")]
    [InlineData("RG9uYWxk")]
    [InlineData("RG9uYWxkIFRydW1wfG9uZQ")]
    public Task A_tampered_cursor_is_refused_with_a_clear_message(string cursor) =>
        db.RejectsAsInvalidAsync(new ListSpeakers { After = cursor }, "After", "cursor is not valid; start again from the first page");

    [Fact]
    public Task An_over_long_search_is_refused() =>
        db.RejectsAsInvalidAsync(new ListSpeakers { Search = new string('s', Speaker.NameMaxLength + 1) }, "Search", "at most 200 characters");

    [Fact]
    public Task An_unknown_kind_is_refused() =>
        db.RejectsAsInvalidAsync(new ListSpeakers { Kind = (SpeakerKind)42 }, "Kind", "Unknown kind of speaker");

    private async Task<SortedDictionary<string, int>> NamesAndCountsAsync(ListSpeakers query)
    {
        var page = await db.SendAs(Roles.Viewer, query with { PageSize = Cursor.MaxPageSize });
        Assert.Null(page.NextCursor);
        return new SortedDictionary<string, int>(page.Items.ToDictionary(s => s.Name, s => s.StatementCount), StringComparer.Ordinal);
    }
}
