using System.Text.RegularExpressions;
using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Statements;
using ClaimTracker.Application.Tests.Support;
using ClaimTracker.Domain.Reviews;
using ClaimTracker.Domain.Statements;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Tests.Statements;

/// <summary>Search, filters and keyset paging over the seeded statements; expectations come from the seed JSON.</summary>
public sealed partial class ListStatementsTests(SeededDatabase db) : IClassFixture<SeededDatabase>
{
    private const string OfferKey = "trump-offers-kashmir-mediation-2019-07-22";
    private const string ModiClaimKey = "trump-modi-asked-mediation-2019-07-22";

    [Fact]
    public async Task Searching_mediate_Kashmir_finds_the_presidents_offer_to_mediate_over_Kashmir()
    {
        var found = await QuotesAsync(new ListStatements { Search = "mediate Kashmir" });

        Assert.Contains(Seed.Statement(OfferKey).Quote, found);
        // Stemmed, and Kashmir may be the topic: more than the quotes with both words (SearchStatementsTests).
        Assert.Superset(Seed.QuotesWhere(s => HasWordsStartingWith(s.Quote, "mediate", "kashmir")).ToHashSet(), found.ToHashSet());
    }

    [Fact]
    public async Task Searching_Modi_asked_mediate_finds_the_presidents_claim_that_Modi_asked_him_to_mediate()
    {
        var page = await db.SendAs(Roles.Viewer, new ListStatements { Search = "Narendra Modi asked mediate" });

        var claim = Assert.Single(page.Items);
        Assert.Equal(Seed.Statement(ModiClaimKey).Quote, claim.Quote);
        Assert.Equal("Donald Trump", claim.SpeakerName);
        Assert.Equal(Rating.False, claim.Verdict);
        Assert.Equal(ReviewStatus.Published, claim.ReviewStatus);
        Assert.Equal(Seed.Links.Count(l => l.To == ModiClaimKey && l.Relation == "Rebuts"), claim.RebuttalCount);
    }

    [Fact]
    public async Task Search_of_punctuation_only_finds_nothing()
    {
        var page = await db.SendAs(Roles.Viewer, new ListStatements { Search = "?!…" });

        Assert.Empty(page.Items);
    }

    [Theory]
    [InlineData("donald-trump")]
    [InlineData("raveesh-kumar")]
    [InlineData("us-state-department")]
    public async Task Filtering_by_speaker_includes_what_was_said_on_their_behalf(string speakerKey)
    {
        var speakerId = await db.SpeakerIdAsync(speakerKey);

        var found = await QuotesAsync(new ListStatements { SpeakerId = speakerId });

        Assert.Equal(Seed.QuotesWhere(s => s.Speaker == speakerKey || s.OnBehalfOf == speakerKey), found);
    }

    [Theory]
    [InlineData("Kashmir")]
    [InlineData("Afghanistan Peace Talks")]
    [InlineData("Middle East")]
    public async Task Filtering_by_topic_finds_the_statements_tagged_with_it(string topic)
    {
        var topicId = await db.TopicIdAsync(topic);

        var found = await QuotesAsync(new ListStatements { TopicId = topicId });

        Assert.Equal(Seed.QuotesWhere(s => s.Topics.Contains(topic)), found);
    }

    public static TheoryData<Rating> AllRatings => [.. Enum.GetValues<Rating>()];

    [Theory]
    [MemberData(nameof(AllRatings))]
    public async Task Filtering_by_verdict_finds_the_statements_whose_published_verdict_is_so(Rating verdict)
    {
        var found = await QuotesAsync(new ListStatements { Verdicts = VerdictSet.Of([verdict]) });

        // A draft or a verdict in review is not the desk's verdict yet (the same rule as the charts).
        Assert.Equal(Seed.QuotesWhere(s => s.ReviewStatus == "Published" && s.Rating == verdict.ToString()), found);
    }

    [Fact]
    public async Task Filtering_unrated_finds_the_statements_without_a_review()
    {
        var found = await QuotesAsync(new ListStatements { Verdicts = VerdictSet.Of([null]) });

        Assert.Equal(Seed.QuotesWhere(s => s.Rating is null), found);
    }

    public static TheoryData<ReviewStatus> AllStatuses => [.. Enum.GetValues<ReviewStatus>()];

    [Theory]
    [MemberData(nameof(AllStatuses))]
    public async Task Filtering_by_review_stage_finds_the_statements_at_that_stage(ReviewStatus status)
    {
        var found = await QuotesAsync(new ListStatements { Status = status });

        Assert.NotEmpty(found);
        Assert.Equal(Seed.QuotesWhere(s => s.ReviewStatus == status.ToString()), found);
    }

    public static TheoryData<LinkRelation> AllRelations => [.. Enum.GetValues<LinkRelation>()];

    [Theory]
    [MemberData(nameof(AllRelations))]
    public async Task Filtering_by_link_kind_finds_both_ends_of_such_links(LinkRelation kind)
    {
        var ends = Seed.Links.Where(l => l.Relation == kind.ToString()).SelectMany(l => new[] { l.From, l.To }).ToHashSet();

        var found = await QuotesAsync(new ListStatements { LinkKind = kind });

        Assert.Equal(Seed.QuotesWhere(s => ends.Contains(s.Key)), found);
    }

    [Theory]
    [InlineData("2019-07-22", "2019-10-03")]
    [InlineData("2025-05-07", "2025-05-07")]
    [InlineData("2025-01-01", null)]
    [InlineData(null, "2018-12-31")]
    public async Task Filtering_by_date_range_includes_both_ends(string? from, string? to)
    {
        var fromDay = from is null ? (DateOnly?)null : DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture);
        var toDay = to is null ? (DateOnly?)null : DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture);

        var found = await QuotesAsync(new ListStatements { From = fromDay, To = toDay });

        Assert.NotEmpty(found);
        Assert.Equal(Seed.QuotesWhere(s => (fromDay is null || s.SaidOn >= fromDay) && (toDay is null || s.SaidOn <= toDay)), found);
    }

    [Fact]
    public async Task Filters_combine()
    {
        var query = new ListStatements
        {
            Search = "mediat",
            SpeakerId = await db.SpeakerIdAsync("donald-trump"),
            TopicId = await db.TopicIdAsync("Kashmir"),
            From = new DateOnly(2019, 1, 1),
            To = new DateOnly(2019, 12, 31),
        };

        var found = await QuotesAsync(query);

        Assert.Equal(
            Seed.QuotesWhere(s => HasWordsStartingWith(s.Quote, "mediat") && s.Speaker == "donald-trump" && s.Topics.Contains("Kashmir")
                && s.SaidOn.Year == 2019),
            found);
        Assert.Contains(Seed.Statement(ModiClaimKey).Quote, found);
    }

    [Theory]
    [InlineData(StatementSort.Newest)]
    [InlineData(StatementSort.Oldest)]
    public async Task Walking_every_page_returns_each_statement_once_in_order(StatementSort sort)
    {
        var expected = await db.Query(d =>
        {
            var all = d.Statements.AsNoTracking();
            var ordered = sort == StatementSort.Newest
                ? all.OrderByDescending(s => s.SaidOn).ThenByDescending(s => s.Id)
                : all.OrderBy(s => s.SaidOn).ThenBy(s => s.Id);
            return ordered.Select(s => s.Id).ToListAsync();
        });

        var walked = await Pages.WalkAsync(7, after => db.SendAs(Roles.Viewer, new ListStatements { Sort = sort, PageSize = 7, After = after }));

        Assert.Equal(Seed.Statements.Count, walked.Count);
        Assert.Equal(expected, walked.Select(s => s.Id));
    }

    [Fact]
    public async Task Walking_the_pages_of_a_filter_returns_exactly_the_filtered_statements()
    {
        var topicId = await db.TopicIdAsync("Kashmir");

        var walked = await Pages.WalkAsync(4, after => db.SendAs(Roles.Viewer,
            new ListStatements { TopicId = topicId, Sort = StatementSort.Oldest, PageSize = 4, After = after }));

        Assert.Equal(Seed.QuotesWhere(s => s.Topics.Contains("Kashmir")), walked.Select(s => s.Quote).Order(StringComparer.Ordinal));
        Assert.Equal(walked.OrderBy(s => s.SaidOn).ThenBy(s => s.Id).Select(s => s.Id), walked.Select(s => s.Id));
    }

    [Fact]
    public async Task A_summary_shows_speaker_role_source_and_verdict()
    {
        var seed = Seed.Statement(ModiClaimKey);
        var page = await db.SendAs(Roles.Viewer, new ListStatements { Search = "Narendra Modi asked mediate" });

        var summary = Assert.Single(page.Items);
        Assert.Equal(await db.StatementIdAsync(ModiClaimKey), summary.Id);
        Assert.Equal(seed.SaidOn, summary.SaidOn);
        Assert.Equal("President of the United States", summary.SpeakerRole);
        Assert.Equal(Seed.Source(seed.Source).Outlet, summary.SourceOutlet);
        Assert.Equal(QuoteKind.Paraphrase, summary.QuoteKind);
    }

    public static TheoryData<string> TamperedCursors =>
    [
        "not a cursor!",
        "AAAA",
        Cursor.Encode("2019-07-22"),
        Cursor.Encode("2019-07-22", 5, 6),
        Cursor.Encode("yesterday", 5),
        Cursor.Encode("2019-07-22", "five"),
        Cursor.Encode("2019-13-45", 5),
    ];

    [Theory]
    [MemberData(nameof(TamperedCursors))]
    public Task A_tampered_cursor_is_refused_with_a_clear_message(string cursor) =>
        db.RejectsAsInvalidAsync(new ListStatements { After = cursor }, "After", "cursor is not valid; start again from the first page");

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(Cursor.MaxPageSize + 1)]
    [InlineData(1000)]
    public Task A_page_size_out_of_range_is_refused(int pageSize) =>
        db.RejectsAsInvalidAsync(new ListStatements { PageSize = pageSize }, "PageSize", "between 1 and 100");

    [Fact]
    public Task An_end_date_before_the_start_date_is_refused() =>
        db.RejectsAsInvalidAsync(new ListStatements { From = new DateOnly(2020, 1, 2), To = new DateOnly(2020, 1, 1) },
            "To", "end date must not be before the start date");

    [Fact]
    public Task An_over_long_search_is_refused() =>
        db.RejectsAsInvalidAsync(new ListStatements { Search = new string('k', StatementFilter.SearchMaxLength + 1) },
            "Search", $"at most {StatementFilter.SearchMaxLength} characters");

    [Fact]
    public Task An_unknown_verdict_is_refused() =>
        db.RejectsAsInvalidAsync(new ListStatements { Verdicts = VerdictSet.Of([(Rating)42]) }, "Verdicts", "Unknown verdict");

    [Fact]
    public Task An_unknown_link_kind_is_refused() =>
        db.RejectsAsInvalidAsync(new ListStatements { LinkKind = (LinkRelation)42 }, "LinkKind", "Unknown link kind");

    [Fact]
    public Task An_unknown_sort_order_is_refused() =>
        db.RejectsAsInvalidAsync(new ListStatements { Sort = (StatementSort)42 }, "Sort", "Unknown sort order");

    private async Task<List<string>> QuotesAsync(ListStatements query)
    {
        var page = await db.SendAs(Roles.Viewer, query with { PageSize = Cursor.MaxPageSize });
        Assert.Null(page.NextCursor);
        return page.Items.Select(s => s.Quote).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Whether every term starts some word of the text, ignoring case: what the search promises.</summary>
    private static bool HasWordsStartingWith(string text, params string[] terms)
    {
        var words = Words(text);
        return terms.All(t => words.Any(w => w.StartsWith(t, StringComparison.OrdinalIgnoreCase)));
    }

    private static string[] Words(string text) => NonWord().Split(text).Where(w => w.Length > 0).ToArray();

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NonWord();
}
