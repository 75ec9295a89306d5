using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Reviews;
using ClaimTracker.Application.Statements;
using ClaimTracker.Application.Tests.Support;
using ClaimTracker.Domain.Reviews;
using ClaimTracker.Domain.Statements;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Tests.Statements;

/// <summary>
/// The one statement filter: read from a URL, applied to the seeded statements, and written back to the same URL.
/// Expectations come from the database as stored, not from the filter's own code.
/// </summary>
public sealed class StatementFilterTests(SeededDatabase db) : IClassFixture<SeededDatabase>
{
    private const string EveryFilter =
        "statements?q=mediate%20Kashmir&speaker=10&topic=3&verdict=MostlyFalse,False,unrated&status=Published&link=Contradicts" +
        "&linkscope=OwnWords&kind=ReportedSpeech&from=2019-07-01&to=2019-07-31&publishedFrom=2026-01-05&publishedTo=2026-01-11" +
        "&member=editor%40claimtracker.test&work=published&workFrom=2026-01-01&sort=Oldest&page=3&after=abc&pageSize=10";

    [Fact]
    public void Every_filter_in_a_url_is_read_into_the_query()
    {
        var (query, page) = StatementFilter.Parse(EveryFilter[EveryFilter.IndexOf('?')..]);

        Assert.Equal("mediate Kashmir", query.Search);
        Assert.Equal(10, query.SpeakerId);
        Assert.Equal(3, query.TopicId);
        Assert.Equal([Rating.MostlyFalse, Rating.False, null], query.Verdicts.All);
        Assert.Equal(ReviewStatus.Published, query.Status);
        Assert.Equal(LinkRelation.Contradicts, query.LinkKind);
        Assert.Equal(LinkScope.OwnWords, query.LinkScope);
        Assert.Equal(QuoteKind.ReportedSpeech, query.Kind);
        Assert.Equal(new DateOnly(2019, 7, 1), query.From);
        Assert.Equal(new DateOnly(2019, 7, 31), query.To);
        Assert.Equal(new DateOnly(2026, 1, 5), query.PublishedFrom);
        Assert.Equal(new DateOnly(2026, 1, 11), query.PublishedTo);
        Assert.Equal("editor@claimtracker.test", query.Member);
        Assert.Equal(MemberWork.Published, query.Work);
        Assert.Equal(new DateOnly(2026, 1, 1), query.WorkFrom);
        Assert.Equal(StatementSort.Oldest, query.Sort);
        Assert.Equal("abc", query.After);
        Assert.Equal(10, query.PageSize);
        Assert.Equal(3, page);
    }

    [Fact]
    public void A_filter_written_to_a_url_reads_back_the_same()
    {
        var (query, page) = StatementFilter.Parse(EveryFilter[EveryFilter.IndexOf('?')..]);

        var url = query.ToUrl(page: page, after: query.After, pageSize: query.PageSize);

        Assert.Equal(EveryFilter, url);
        Assert.Equal(query, StatementFilter.Parse(url[url.IndexOf('?')..]).Query);
    }

    [Fact]
    public void No_filter_is_the_bare_list_on_its_first_page()
    {
        var (query, page) = StatementFilter.Parse("");

        Assert.Equal(new ListStatements(), query);
        Assert.Equal(1, page);
        Assert.Equal("statements", query.ToUrl());
    }

    public static TheoryData<string, string, string> BadValues => new()
    {
        { "?speaker=abc", "speaker", "'abc' is not a speaker id" },
        { "?speaker=99999999999", "speaker", "'99999999999' is not a speaker id" },
        { "?speaker=-4", "speaker", "from 1 to" },
        { "?topic=abc", "topic", "'abc' is not a topic id" },
        { "?pageSize=abc", "pageSize", "'abc' is not a page size" },
        { "?pageSize=1.5", "pageSize", "'1.5' is not a page size" },
        { "?pageSize=99999999999", "pageSize", "from 1 to 100" },
        { "?pageSize=", "pageSize", "'pageSize' is empty" },
        { "?pageSize=5&pageSize=6", "pageSize", "given 2 times" },
        { "?verdict=True,maybe", "verdict", "'maybe' is not one of" },
        { "?verdict=False&verdict=True", "verdict", "separated by commas" },
        { "?status=7", "status", "'7' is not one of: Draft, InReview, Published" },
        { "?kind=Rumour", "kind", "'Rumour' is not one of: DirectQuote, Paraphrase, ReportedSpeech" },
        { "?work=typed", "work", "'typed' is not one of: added, edited, linked, drafted, published" },
        { "?from=22/07/2019", "from", "not a date in the form YYYY-MM-DD" },
        { "?publishedTo=2019-02-30", "publishedTo", "not a date" },
        { "?link=Rebuts,Confirms", "link", "takes one value" },
        { "?speakerId=5", "speakerId", "'speakerId' is not a parameter here" },
        { "?unrated=maybe", "unrated", "is not a parameter here" },
        { "?page=3", "page", "needs the 'after' position" },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public void A_value_of_the_wrong_kind_is_refused_by_name_never_guessed(string queryString, string field, string fragment)
    {
        var refusal = Assert.Throws<RequestValidationException>(() => StatementFilter.Parse(queryString));

        Assertions.AssertNames(refusal, field, fragment);
    }

    [Fact]
    public void Every_bad_value_is_reported_at_once()
    {
        var refusal = Assert.Throws<RequestValidationException>(() => StatementFilter.Parse("?speaker=abc&pageSize=0&verdict=nope"));

        Assert.Equal(["pageSize", "speaker", "verdict"], refusal.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_megabyte_value_is_quoted_only_in_part()
    {
        var refusal = Assert.Throws<RequestValidationException>(() => StatementFilter.Parse("?speaker=" + new string('9', 1_000_000)));

        Assert.True(refusal.Errors["speaker"].Single().Length < 200);
    }

    [Fact]
    public async Task Several_verdicts_list_the_statements_with_any_of_them()
    {
        var query = StatementFilter.Parse("?verdict=False,MostlyFalse,unrated&pageSize=100").Query;

        var found = await IdsAsync(query);

        // A verdict counts once published (the charts' rule); a drafted rating is "in progress", not False.
        var expected = await ExpectedAsync(s => s.Review == null
            || (s.Review.Status == ReviewStatus.Published && (s.Review.Rating == Rating.False || s.Review.Rating == Rating.MostlyFalse)));
        Assert.Equal(expected, found);
        Assert.True(expected.Count > (await ExpectedAsync(s => s.Review != null && s.Review.Status == ReviewStatus.Published && s.Review.Rating == Rating.False)).Count);
    }

    public static TheoryData<QuoteKind> AllKinds => [.. Enum.GetValues<QuoteKind>()];

    [Theory]
    [MemberData(nameof(AllKinds))]
    public async Task The_kind_facet_lists_only_statements_of_that_kind(QuoteKind kind)
    {
        var found = await IdsAsync(new ListStatements { Kind = kind });

        Assert.Equal(await ExpectedAsync(s => s.QuoteKind == kind), found);
    }

    [Fact]
    public async Task A_speakers_statements_include_those_made_on_their_behalf()
    {
        var ministry = await db.SpeakerIdAsync(Seed.Statements.First(s => s.OnBehalfOf is not null).OnBehalfOf!);

        var found = await IdsAsync(StatementFilter.Parse($"?speaker={ministry}").Query);

        Assert.Equal(await ExpectedAsync(s => s.SpeakerId == ministry || s.OnBehalfOfId == ministry), found);
        var onBehalf = await ExpectedAsync(s => s.OnBehalfOfId == ministry && s.SpeakerId != ministry);
        Assert.NotEmpty(onBehalf);
        Assert.Subset(found.ToHashSet(), onBehalf.ToHashSet());
    }

    [Fact]
    public async Task Published_between_lists_verdicts_published_on_those_days_and_no_drafts()
    {
        var published = await db.PublishedStatementAsync("A claim published for the day filter");
        var draft = await db.DraftedStatementAsync(quote: "A claim still in draft for the day filter");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        var found = await IdsAsync(new ListStatements { PublishedFrom = today, PublishedTo = today });
        var before = await IdsAsync(new ListStatements { PublishedTo = today.AddDays(-1) });

        Assert.Contains(published, found);
        Assert.DoesNotContain(draft, found);
        Assert.DoesNotContain(published, before);
        var start = today.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        Assert.Equal(await ExpectedAsync(s => s.Review != null && s.Review.Status == ReviewStatus.Published
            && s.Review.PublishedAtUtc >= start && s.Review.PublishedAtUtc < start.AddDays(1)), found);
    }

    [Fact]
    public async Task A_members_work_lists_what_they_added_drafted_or_published()
    {
        var published = await db.PublishedStatementAsync("A claim the test editor published for the work filter");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        var byEditor = await IdsAsync(StatementFilter.Parse($"?member=test-editor&work=published&workFrom={today:yyyy-MM-dd}").Query);
        var addedByAnalyst = await IdsAsync(StatementFilter.Parse("?member=test-analyst&work=added").Query);
        var draftedByAnalyst = await IdsAsync(StatementFilter.Parse("?member=test-analyst&work=drafted").Query);
        var publishedByAnalyst = await IdsAsync(StatementFilter.Parse("?member=test-analyst&work=published").Query);
        var tomorrow = await IdsAsync(StatementFilter.Parse($"?member=test-editor&work=published&workFrom={today.AddDays(1):yyyy-MM-dd}").Query);

        Assert.Contains(published, byEditor);
        Assert.Contains(published, addedByAnalyst);
        Assert.Contains(published, draftedByAnalyst);
        Assert.DoesNotContain(published, publishedByAnalyst);
        Assert.Empty(tomorrow);
        Assert.Equal(await ExpectedAsync(s => s.CreatedBy == "test-analyst"), addedByAnalyst);
    }

    [Fact]
    public Task Work_without_a_member_is_refused() =>
        db.RejectsAsInvalidAsync(new ListStatements { Work = MemberWork.Added }, "Work", "'work' needs 'member'");

    [Fact]
    public Task Publication_days_out_of_order_are_refused() =>
        db.RejectsAsInvalidAsync(new ListStatements { PublishedFrom = new DateOnly(2026, 2, 1), PublishedTo = new DateOnly(2026, 1, 1) },
            "PublishedTo", "must not be before");

    [Fact]
    public async Task Previous_steps_back_from_a_page_opened_by_its_address()
    {
        var first = await db.SendAs(Roles.Viewer, new ListStatements { PageSize = 3 });
        var second = await db.SendAs(Roles.Viewer, new ListStatements { PageSize = 3, After = first.NextCursor });
        var third = await db.SendAs(Roles.Viewer, new ListStatements { PageSize = 3, After = second.NextCursor });

        Assert.Null(first.PreviousCursor);
        Assert.Null(second.PreviousCursor);
        Assert.Equal(first.NextCursor, third.PreviousCursor);
        var back = await db.SendAs(Roles.Viewer, new ListStatements { PageSize = 3, After = third.PreviousCursor });
        Assert.Equal(second.Items.Select(s => s.Id), back.Items.Select(s => s.Id));
    }

    private async Task<List<int>> IdsAsync(ListStatements query) =>
        (await Pages.WalkAsync(Cursor.MaxPageSize, after => db.SendAs(Roles.Viewer, query with { PageSize = Cursor.MaxPageSize, After = after })))
            .Select(s => s.Id).Order().ToList();

    private Task<List<int>> ExpectedAsync(System.Linq.Expressions.Expression<Func<Statement, bool>> condition) =>
        db.Query(d => d.Statements.AsNoTracking().Where(condition).Select(s => s.Id).OrderBy(id => id).ToListAsync());
}
