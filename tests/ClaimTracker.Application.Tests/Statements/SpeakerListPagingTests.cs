using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Statements;
using ClaimTracker.Application.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Tests.Statements;

/// <summary>
/// A speaker's list is read in two parts (their own statements, and those made on their behalf) and merged; a reader
/// must see one list: every statement once, in date order, stable across pages, forwards and back.
/// </summary>
public sealed class SpeakerListPagingTests(EmptyDatabase db) : IClassFixture<EmptyDatabase>, IAsyncLifetime
{
    private int _ministry;
    private int _spokesman;
    private int _other;
    private int _source;
    private readonly List<int> _ministryStatements = [];

    /// <summary>Each test gets its own speakers, so edits in one test cannot change another's list.</summary>
    public async Task InitializeAsync()
    {
        _ministry = await db.CreateSpeakerAsync("Ministry of Paging " + Guid.NewGuid().ToString("N")[..6]);
        _spokesman = await db.CreateSpeakerAsync("Spokesman " + Guid.NewGuid().ToString("N")[..6]);
        _other = await db.CreateSpeakerAsync("Someone else " + Guid.NewGuid().ToString("N")[..6]);
        _source = await db.CreateSourceAsync();
        // Interleaved days, and several statements on one day from both parts, so the merge decides ties by id.
        var days = new[] { 3, 1, 7, 7, 2, 7, 5, 3, 9, 1, 7, 4 };
        for (var i = 0; i < days.Length; i++)
        {
            var own = i % 3 != 1;
            var input = StatementInputs.Valid(own ? _ministry : _spokesman, _source, $"Paging statement {i} said plainly") with
            {
                SaidOn = new DateOnly(2024, 3, days[i]),
                OnBehalfOfId = own ? null : _ministry,
            };
            _ministryStatements.Add(await db.SendAs(Roles.Analyst, new CreateStatement(input)));
        }
        // Not the ministry's: the spokesman on his own account, and another speaker.
        await db.SendAs(Roles.Analyst, new CreateStatement(StatementInputs.Valid(_spokesman, _source, "Spokesman speaking for himself")));
        await db.SendAs(Roles.Analyst, new CreateStatement(StatementInputs.Valid(_other, _source, "Somebody else entirely")));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData(StatementSort.Newest, 1)]
    [InlineData(StatementSort.Newest, 5)]
    [InlineData(StatementSort.Oldest, 2)]
    [InlineData(StatementSort.Oldest, 25)]
    public async Task A_speakers_list_holds_their_own_and_on_behalf_statements_once_each_in_date_order(StatementSort sort, int pageSize)
    {
        var walked = await Pages.WalkAsync(pageSize, after => db.SendAs(Roles.Viewer,
            new ListStatements { SpeakerId = _ministry, Sort = sort, PageSize = pageSize, After = after }));

        Assert.Equal(await ExpectedAsync(sort), walked.Select(s => s.Id));
        Assert.Equal(walked.Count, walked.Select(s => s.Id).Distinct().Count());
    }

    [Fact]
    public async Task Stepping_back_from_any_page_gives_the_page_before_it()
    {
        const int pageSize = 3;
        var pages = new List<Page<StatementSummary>>();
        string? after = null;
        do
        {
            var page = await db.SendAs(Roles.Viewer, new ListStatements { SpeakerId = _ministry, PageSize = pageSize, After = after });
            pages.Add(page);
            after = page.NextCursor;
        }
        while (after is not null);

        Assert.Equal(4, pages.Count);
        for (var i = 1; i < pages.Count; i++)
        {
            // The page's previous cursor opens exactly the page before (null for the first page).
            var back = pages[i].PreviousCursor;
            var previous = await db.SendAs(Roles.Viewer, new ListStatements { SpeakerId = _ministry, PageSize = pageSize, After = back });
            Assert.Equal(pages[i - 1].Items.Select(s => s.Id), previous.Items.Select(s => s.Id));
        }
    }

    [Fact]
    public async Task A_statement_recorded_as_said_on_the_speakers_own_behalf_is_listed_once()
    {
        // The form refuses this, but an older row or a bulk load may hold it: it is the speaker's own, once.
        var id = _ministryStatements[0];
        await db.Query(d => d.Database.ExecuteSqlInterpolatedAsync($"""UPDATE "Statements" SET "OnBehalfOfId" = "SpeakerId" WHERE "Id" = {id}"""));
        try
        {
            var walked = await Pages.WalkAsync(4, after => db.SendAs(Roles.Viewer,
                new ListStatements { SpeakerId = _ministry, PageSize = 4, After = after }));
            Assert.Single(walked, s => s.Id == id);
            Assert.Equal(await ExpectedAsync(StatementSort.Newest), walked.Select(s => s.Id));
        }
        finally
        {
            await db.Query(d => d.Database.ExecuteSqlInterpolatedAsync($"""UPDATE "Statements" SET "OnBehalfOfId" = NULL WHERE "Id" = {id}"""));
        }
    }

    [Fact]
    public async Task Other_filters_apply_to_both_parts()
    {
        var march = new DateOnly(2024, 3, 7);
        var found = await Pages.WalkAsync(2, after => db.SendAs(Roles.Viewer,
            new ListStatements { SpeakerId = _ministry, From = march, To = march, PageSize = 2, After = after }));

        var expected = await db.Query(d => d.Statements.Where(s => _ministryStatements.Contains(s.Id) && s.SaidOn == march)
            .OrderByDescending(s => s.Id).Select(s => s.Id).ToListAsync());
        Assert.Equal(4, expected.Count);
        Assert.Contains(found, s => s.SpeakerId == _spokesman);
        Assert.Equal(expected, found.Select(s => s.Id));
    }

    [Theory]
    [InlineData("كشمير وساطة بين البلدين", "كشمير", StatementSort.Newest)]
    [InlineData("कश्मीर पर मध्यस्थता की पेशकश", "मध्यस्थता", StatementSort.Relevance)]
    [InlineData("کشمیر پر ثالثی کی پیشکش کی گئی", "ثالثی", StatementSort.Oldest)]
    public async Task A_search_within_a_speakers_list_finds_words_said_on_their_behalf_in_any_script(string quote, string word, StatementSort sort)
    {
        var onBehalf = await db.SendAs(Roles.Analyst, new CreateStatement(
            StatementInputs.Valid(_spokesman, _source, quote) with { OnBehalfOfId = _ministry }));
        var ownAccount = await db.SendAs(Roles.Analyst, new CreateStatement(StatementInputs.Valid(_spokesman, _source, quote)));

        var found = await db.SendAs(Roles.Viewer, new ListStatements { SpeakerId = _ministry, Search = word, Sort = sort });

        var hit = Assert.Single(found.Items);
        Assert.Equal(onBehalf, hit.Id);
        Assert.NotNull(hit.Match?.Quote);
        Assert.DoesNotContain(found.Items, s => s.Id == ownAccount);
    }

    private Task<List<int>> ExpectedAsync(StatementSort sort) => db.Query(d =>
    {
        var mine = d.Statements.Where(s => _ministryStatements.Contains(s.Id));
        return (sort == StatementSort.Oldest
            ? mine.OrderBy(s => s.SaidOn).ThenBy(s => s.Id)
            : mine.OrderByDescending(s => s.SaidOn).ThenByDescending(s => s.Id)).Select(s => s.Id).ToListAsync();
    });
}
