using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Reviews;
using ClaimTracker.Application.Statements;
using ClaimTracker.Application.Stats;
using ClaimTracker.Application.Tests.Support;
using ClaimTracker.Domain.Reviews;
using ClaimTracker.Domain.Statements;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Tests.Statements;

/// <summary>
/// A topic combined with other filters is read from the topic's tag rows, each statement checked against the rest,
/// unless a speaker said fewer statements than the topic holds; then the speaker's index leads (docs/adr/0026). A
/// reader must not see which: the same statements, once each, in date order, forwards and back. Invented names keep
/// the data apart from the seed.
/// </summary>
public sealed class TopicLedListTests(CommandCapturingDatabase db) : IClassFixture<CommandCapturingDatabase>, IAsyncLifetime
{
    private int _topic;
    private int _prolific;
    private int _spokesman;
    private int _occasional;
    private int _firstTagged;

    /// <summary>
    /// The topic on 8 statements: 3 of the prolific speaker's 12, 1 made on their behalf (of 2), the occasional
    /// speaker's only one, and 3 by the spokesman on his own account. The prolific speaker's tagged ones have verdicts
    /// (two drafts, one published; one untagged is published too), one is rebutted by the spokesman and one contradicts
    /// another. Several share a day, so ties go by id.
    /// </summary>
    public async Task InitializeAsync()
    {
        // Each test makes its own speakers and topic, so one test's data cannot change another's counts.
        var suffix = Guid.NewGuid().ToString("N")[..6];
        _prolific = await db.CreateSpeakerAsync("Ysolde Karrenwick " + suffix);
        _spokesman = await db.CreateSpeakerAsync("Tamsin Oldacre " + suffix);
        _occasional = await db.CreateSpeakerAsync("Bram Hollisfield " + suffix);
        var source = await db.CreateSourceAsync();
        var topic = "Karrenwick canal " + suffix;
        var days = new[] { 5, 1, 9, 9, 3, 7, 2, 9, 4, 6, 8, 1 };
        var prolific = new List<int>();
        for (var i = 0; i < days.Length; i++)
        {
            var tagged = i is 2 or 3 or 8;
            var id = await CreateAsync(StatementInputs.Valid(_prolific, source, $"Canal statement {i} said plainly", tagged ? [topic] : []), days[i]);
            prolific.Add(id);
            if (tagged)
            {
                await db.SendAs(Roles.Analyst, new DraftReview(id, null, Workflow.Verdict()));
            }
        }
        // One tagged verdict published (the other two stay drafts), and one untagged.
        await db.SendAs(Roles.Analyst, new DraftReview(prolific[4], null, Workflow.Verdict(Rating.False)));
        foreach (var id in new[] { prolific[3], prolific[4] })
        {
            await db.SendAs(Roles.Analyst, new SubmitReview(id, await db.ReviewVersionAsync(id)));
            await db.SendAs(Roles.Editor, new PublishReview(id, await db.ReviewVersionAsync(id)));
        }
        var onBehalf = await CreateAsync(StatementInputs.Valid(_spokesman, source, "Canal statement for the speaker, tagged", topic) with { OnBehalfOfId = _prolific }, 9);
        // The spokesman rebuts a tagged statement; the prolific speaker contradicts their own tagged words.
        await db.SendAs(Roles.Analyst, new LinkStatements(onBehalf, prolific[2], LinkRelation.Rebuts, null) { ConfirmedEarlierResponse = true });
        await db.SendAs(Roles.Analyst, new LinkStatements(prolific[8], prolific[3], LinkRelation.Contradicts, null) { ConfirmedEarlierResponse = true });
        await CreateAsync(StatementInputs.Valid(_spokesman, source, "Canal statement for the speaker, untagged") with { OnBehalfOfId = _prolific }, 3);
        await CreateAsync(StatementInputs.Valid(_occasional, source, "Canal statement by the occasional speaker", topic), 9);
        foreach (var day in new[] { 9, 2, 6 })
        {
            await CreateAsync(StatementInputs.Valid(_spokesman, source, $"Canal statement by the spokesman himself on day {day}", topic), day);
        }
        _topic = await db.TopicIdAsync(topic);
        _firstTagged = prolific[2];
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string, StatementSort> Filters => new()
    {
        { "prolific speaker", StatementSort.Newest },
        { "prolific speaker", StatementSort.Oldest },
        { "occasional speaker", StatementSort.Newest },
        { "draft verdicts", StatementSort.Newest },
        { "prolific speaker in a date range", StatementSort.Oldest },
        { "date range", StatementSort.Newest },
        { "spokesman's direct quotes", StatementSort.Newest },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task A_topic_with_other_filters_lists_what_the_filters_find_in_order_forwards_and_back(string filter, StatementSort sort)
    {
        var (request, expected) = Case(filter);
        var ordered = await db.Query(c =>
        {
            var found = c.Statements.AsNoTracking().Where(s => s.Topics.Any(t => t.Id == _topic)).Where(expected);
            return (sort == StatementSort.Oldest
                ? found.OrderBy(s => s.SaidOn).ThenBy(s => s.Id)
                : found.OrderByDescending(s => s.SaidOn).ThenByDescending(s => s.Id)).Select(s => s.Id).ToListAsync();
        });
        Assert.True(ordered.Count >= 1, $"'{filter}' is meant to find something");

        var pages = new List<Page<StatementSummary>>();
        string? after = null;
        do
        {
            pages.Add(await db.SendAs(Roles.Viewer, request with { TopicId = _topic, Sort = sort, PageSize = 2, After = after }));
            after = pages[^1].NextCursor;
        }
        while (after is not null && pages.Count < 20);

        Assert.Equal(ordered, pages.SelectMany(p => p.Items).Select(s => s.Id));
        if (pages.Count > 1)
        {
            var back = await db.SendAs(Roles.Viewer, request with { TopicId = _topic, Sort = sort, PageSize = 2, After = pages[^1].PreviousCursor });
            Assert.Equal(pages[^2].Items.Select(s => s.Id), back.Items.Select(s => s.Id));
        }
    }

    public static TheoryData<string> EveryFilter =>
    [
        "verdict False", "unrated", "in progress", "False or unrated", "status Published", "status Draft",
        "linked by rebuttal", "rebutted by others", "rebuts something", "contradicts own words", "direct quotes",
        "said in a range", "verdict published in a range", "added by a member", "any work by a member",
    ];

    /// <summary>
    /// Every filter field with the topic: the statements the same filter lists without the topic (ADR 24's plans),
    /// those of them the topic holds, in the same order. The topic's walk checks each statement with the same
    /// filter code, so a field it translated wrongly or not at all shows here.
    /// </summary>
    [Theory]
    [MemberData(nameof(EveryFilter))]
    public async Task Every_filter_with_a_topic_lists_what_it_lists_alone_among_the_topics_statements(string name)
    {
        var member = await db.Query(c => c.Statements.Where(s => s.Id == _firstTagged).Select(s => s.CreatedBy).SingleAsync());
        var day = new DateOnly(2024, 3, 9);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        ListStatements filter = name switch
        {
            "verdict False" => new() { Verdicts = VerdictSet.Of([Rating.False]) },
            "unrated" => new() { Verdicts = VerdictSet.Of([(Rating?)null]) },
            "in progress" => new() { Verdicts = VerdictSet.Of([new VerdictBucket(null, InProgress: true)]) },
            "False or unrated" => new() { Verdicts = VerdictSet.Of([Rating.False, null]) },
            "status Published" => new() { Status = ReviewStatus.Published },
            "status Draft" => new() { Status = ReviewStatus.Draft },
            "linked by rebuttal" => new() { LinkKind = LinkRelation.Rebuts },
            "rebutted by others" => new() { LinkKind = LinkRelation.Rebuts, LinkScope = LinkScope.FromOthers },
            "rebuts something" => new() { LinkKind = LinkRelation.Rebuts, LinkScope = LinkScope.Outgoing },
            "contradicts own words" => new() { LinkKind = LinkRelation.Contradicts, LinkScope = LinkScope.OwnWords },
            "direct quotes" => new() { Kind = QuoteKind.DirectQuote },
            "said in a range" => new() { From = day, To = day },
            "verdict published in a range" => new() { PublishedFrom = today.AddDays(-1), PublishedTo = today.AddDays(1) },
            "added by a member" => new() { Member = member, Work = MemberWork.Added, WorkFrom = today.AddDays(-1) },
            "any work by a member" => new() { Member = member, WorkFrom = today.AddDays(-1) },
            _ => throw new ArgumentOutOfRangeException(nameof(name)),
        };
        var tagged = await db.Query(c => c.Statements.Where(s => s.Topics.Any(t => t.Id == _topic)).Select(s => s.Id).ToListAsync());

        var alone = await Pages.WalkAsync(Cursor.MaxPageSize, after => db.SendAs(Roles.Viewer, filter with { PageSize = Cursor.MaxPageSize, After = after }));
        var withTopic = await Pages.WalkAsync(2, after => db.SendAs(Roles.Viewer, filter with { TopicId = _topic, PageSize = 2, After = after }));

        var expected = alone.Select(s => s.Id).Where(tagged.Contains).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, withTopic.Select(s => s.Id));
    }

    [Fact]
    public async Task The_shorter_walk_leads_the_topics_tag_rows_or_the_speakers_statements()
    {
        db.Commands.Clear();
        var prolific = await db.SendAs(Roles.Viewer, new ListStatements { TopicId = _topic, SpeakerId = _prolific });
        Assert.Equal(4, prolific.Items.Count);
        // 8 tags against 14 statements: the page's keys come from the tag rows' index in list order, each statement
        // checked by key; the speaker's index is not walked.
        var walks = TagWalks();
        Assert.NotEmpty(walks);
        foreach (var sql in walks)
        {
            var plan = await db.PlanAsync(sql);
            Assert.Contains(plan, step => step.Contains("USING COVERING INDEX IX_StatementTopics_TopicsId_StatementSaidOn_StatementsId (TopicsId=?", StringComparison.Ordinal));
            Assert.DoesNotContain(plan, step => step.Contains("IX_Statements_SpeakerId_SaidOn_Id", StringComparison.Ordinal));
        }

        db.Commands.Clear();
        var occasional = await db.SendAs(Roles.Viewer, new ListStatements { TopicId = _topic, SpeakerId = _occasional });
        Assert.Single(occasional.Items);
        // One statement against 8 tags: the speaker's own index leads, and the tag rows are not walked by date.
        Assert.Empty(TagWalks());
        var plans = new List<List<string>>();
        foreach (var sql in db.Commands.Where(c => c.Contains("ORDER BY \"s\".\"SaidOn\"", StringComparison.Ordinal)))
        {
            plans.Add(await db.PlanAsync(sql));
        }
        Assert.Contains(plans, plan => plan.Any(step => step.Contains("IX_Statements_SpeakerId_SaidOn_Id (SpeakerId=?", StringComparison.Ordinal)));
    }

    /// <summary>The captured statements that read tag rows in list order.</summary>
    private List<string> TagWalks() =>
        [.. db.Commands.Where(c => c.Contains("\"StatementSaidOn\" DESC", StringComparison.Ordinal))];

    private (ListStatements Request, System.Linq.Expressions.Expression<Func<Statement, bool>> Expected) Case(string filter)
    {
        var from = new DateOnly(2024, 3, 2);
        var to = new DateOnly(2024, 3, 8);
        return filter switch
        {
            "prolific speaker" => (new ListStatements { SpeakerId = _prolific }, s => s.SpeakerId == _prolific || s.OnBehalfOfId == _prolific),
            "occasional speaker" => (new ListStatements { SpeakerId = _occasional }, s => s.SpeakerId == _occasional || s.OnBehalfOfId == _occasional),
            "draft verdicts" => (new ListStatements { Status = ReviewStatus.Draft }, s => s.Review != null && s.Review.Status == ReviewStatus.Draft),
            "prolific speaker in a date range" => (new ListStatements { SpeakerId = _prolific, From = from, To = to },
                s => (s.SpeakerId == _prolific || s.OnBehalfOfId == _prolific) && s.SaidOn >= from && s.SaidOn <= to),
            "date range" => (new ListStatements { From = from, To = to }, s => s.SaidOn >= from && s.SaidOn <= to),
            "spokesman's direct quotes" => (new ListStatements { SpeakerId = _spokesman, Kind = QuoteKind.DirectQuote },
                s => (s.SpeakerId == _spokesman || s.OnBehalfOfId == _spokesman) && s.QuoteKind == QuoteKind.DirectQuote),
            _ => throw new ArgumentOutOfRangeException(nameof(filter)),
        };
    }

    private async Task<int> CreateAsync(StatementInput input, int day) =>
        await db.SendAs(Roles.Analyst, new CreateStatement(input with { SaidOn = new DateOnly(2024, 3, day) }));
}
