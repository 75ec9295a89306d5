using System.Text.RegularExpressions;
using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Search;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Speakers;
using ClaimTracker.Application.Statements;
using ClaimTracker.Application.Tests.Support;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Application.Tests.Statements;

/// <summary>
/// The seeded database with search thresholds small enough for a handful of statements to cross them: four matches
/// (three for a phrase) make a search common, and best match of a common search ranks five of its matches. A phrase's
/// matches are estimated from one statement at each end of its rarer word's list.
/// </summary>
public sealed class CommonSearchDatabase : TestDatabase
{
    public static readonly SearchTuning Tuning = new() { CommonMatches = 4, CommonPhraseMatches = 3, PhraseShareSampled = 1, RankedCandidates = 5 };

    protected override bool Seeded => true;

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton(Tuning);
}

/// <summary>
/// The search's plan follows how common its words are (walk the list and check each row, or collect the matches and
/// sort them; rank a bounded set, or every match). The plan must never change what a journalist sees in a date-ordered
/// list: every search here runs through the app with small thresholds (common plan) and through a second instance
/// of the app over the same file with the real ones (collect plan), and both lists must be equal, page after page.
/// </summary>
public sealed class SearchStrategyTests(CommonSearchDatabase db) : IClassFixture<CommonSearchDatabase>
{
    [Fact]
    public async Task Every_kind_of_search_lists_the_same_statements_whichever_plan_its_frequency_picks()
    {
        var harbourmaster = await db.SendAs(Roles.Analyst, new CreateSpeaker(SpeakerInputs.Valid("Marisol Quandtry") with { Aliases = "The Harbourmaster" }));
        var plan = await CreateAsync("Quorlath harbour plan", 2010);
        var fees = await CreateAsync("Quorlath harbour fees rose", 2011, s => s with { Context = "Said at the Brenmoor quay" });
        var byAlias = await CreateAsync("Quorlath will grow", 2012, s => s with { SpeakerId = harbourmaster });
        var arabic = await CreateAsync("Quorlath وساطة بين البلدين", 2013);
        var hindi = await CreateAsync("Quorlath पर मध्यस्थता की पेशकश", 2014);
        var urdu = await CreateAsync("Quorlath پر ثالثی کی پیشکش کی گئی", 2015);
        var opened = await CreateAsync("Quorlath bridge opened", 2016, s => s with { Topics = ["Spanwork"] });
        var closed = await CreateAsync("Quorlath bridge closed", 2016);
        var failed = await CreateAsync("The Quorlath harbour plan failed", 2009);
        await CreateAsync("A harbour plan somewhere else", 2017);

        // What a journalist expects, newest first (the two of 2016 by id, the later one first).
        var expected = new Dictionary<string, int[]>
        {
            ["quorlath"] = [closed, opened, urdu, hindi, arabic, byAlias, fees, plan, failed],
            ["\"quorlath harbour\""] = [fees, plan, failed],
            ["\"harbour plan\" quorlath"] = [plan, failed],
            ["quorlath -bridge"] = [urdu, hindi, arabic, byAlias, fees, plan, failed],
            ["quorlath -\"harbour plan\""] = [closed, opened, urdu, hindi, arabic, byAlias, fees],
            ["quorlath bridge OR fees"] = [closed, opened, fees],
            ["quorlath harbourmaster"] = [byAlias],
            ["quorlath brenmoor"] = [fees],
            ["quorlath spanwork"] = [opened],
            ["quorlath وساطة"] = [arabic],
            ["quorlath मध्यस्थता"] = [hindi],
            ["quorlath ثالثی"] = [urdu],
        };

        await using var collecting = TestDatabase.ServicesFor(db.ConnectionString);
        foreach (var (search, ids) in expected)
        {
            var newest = await WalkAsync(db.Services, search, StatementSort.Newest);
            Assert.True(ids.SequenceEqual(newest), $"'{search}', newest first: [{string.Join(", ", newest)}]");
            Assert.Equal(newest, await WalkAsync(collecting, search, StatementSort.Newest));

            var oldest = await WalkAsync(db.Services, search, StatementSort.Oldest);
            Assert.Equal(Enumerable.Reverse(ids), oldest);
            Assert.Equal(oldest, await WalkAsync(collecting, search, StatementSort.Oldest));

            // Best match finds the same statements by either plan (when the bound holds them all).
            if (ids.Length <= CommonSearchDatabase.Tuning.RankedCandidates)
            {
                Assert.Equal(ids.Order(), (await WalkAsync(db.Services, search, StatementSort.Relevance)).Order());
            }
        }

        // The words are marked by either plan.
        var marked = Assert.Single((await FirstPageAsync(db.Services, "quorlath ثالثی", StatementSort.Newest)).Items);
        Assert.Equal(["Quorlath", "ثالثی"], marked.Match!.Quote!.Marks.Select(m => marked.Match.Quote.Text.Substring(m.Start, m.Length)));
    }

    [Fact]
    public async Task A_common_search_within_a_topic_lists_the_same_statements_by_either_plan_with_its_words_marked()
    {
        // Within a topic, a common search walks the topic's tag rows by date and checks each statement for the words.
        var ferry = await CreateAsync("Quenmire ferry fares rose", 2011, s => s with { Topics = ["Tollwater"] });
        var bridge = await CreateAsync("Quenmire bridge tolls doubled", 2013, s => s with { Topics = ["Tollwater"] });
        var both = await CreateAsync("Quenmire ferry and bridge both closed", 2013, s => s with { Topics = ["Tollwater"] });
        var late = await CreateAsync("Quenmire ferry ran late", 2015, s => s with { Topics = ["Tollwater"] });
        await CreateAsync("Tollwater fees were cut", 2014, s => s with { Topics = ["Tollwater"] });
        await CreateAsync("Quenmire ferry outside the topic", 2016);
        var topic = await db.TopicIdAsync("Tollwater");

        var expected = new Dictionary<string, int[]>
        {
            ["quenmire"] = [late, both, bridge, ferry],
            ["quenmire -bridge"] = [late, ferry],
            ["\"quenmire ferry\""] = [late, both, ferry],
            ["quenmire ferry OR tolls"] = [late, both, bridge, ferry],
        };
        await using var collecting = TestDatabase.ServicesFor(db.ConnectionString);
        foreach (var (search, ids) in expected)
        {
            var newest = await WalkAsync(db.Services, search, StatementSort.Newest, topic);
            Assert.True(ids.SequenceEqual(newest), $"'{search}' in the topic, newest first: [{string.Join(", ", newest)}]");
            Assert.Equal(newest, await WalkAsync(collecting, search, StatementSort.Newest, topic));
            Assert.Equal(Enumerable.Reverse(ids), await WalkAsync(db.Services, search, StatementSort.Oldest, topic));
        }

        var first = await FirstPageAsync(db.Services, "quenmire", StatementSort.Newest, topicId: topic);
        Assert.All(first.Items, s => Assert.Equal("Quenmire", s.Match!.Quote!.Text.Substring(s.Match.Quote.Marks[0].Start, s.Match.Quote.Marks[0].Length)));
    }

    [Fact]
    public async Task Best_match_of_a_common_search_ranks_its_most_recent_matches_and_says_how_many()
    {
        var other = await db.SendAs(Roles.Analyst, new CreateSpeaker(SpeakerInputs.Valid("Tobiah Wrenfield")));
        // The oldest entries say the word most often, but a common search ranks only the five entered last.
        var loudest = await CreateAsync("Dravenhold Dravenhold Dravenhold Dravenhold Dravenhold", 2001, s => s with { SpeakerId = other });
        var early = await CreateAsync("Dravenhold once and Dravenhold twice", 2002, s => s with { SpeakerId = other });
        var recent = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            recent.Add(await CreateAsync($"A long account of the Dravenhold matter, part {i}, read aloud at length", 2003 + i));
        }
        var best = await CreateAsync("Dravenhold, Dravenhold, Dravenhold", 2000);
        recent.Add(best);

        var first = await FirstPageAsync(db.Services, "dravenhold", StatementSort.Relevance);
        Assert.Equal(CommonSearchDatabase.Tuning.RankedCandidates, first.RankedAmong);
        Assert.Equal(best, first.Items[0].Id);
        Assert.Equal(recent.Order(), (await WalkAsync(db.Services, "dravenhold", StatementSort.Relevance)).Order());

        // The filters apply before the bound: the other speaker's two matches are ranked, best first.
        var filtered = await db.SendAs(Roles.Viewer, new ListStatements { Search = "dravenhold", Sort = StatementSort.Relevance, SpeakerId = other });
        Assert.Equal([loudest, early], filtered.Items.Select(s => s.Id));

        // With the real threshold the same search is rare: every match is ranked and the page says nothing.
        await using var collecting = TestDatabase.ServicesFor(db.ConnectionString);
        var all = await FirstPageAsync(collecting, "dravenhold", StatementSort.Relevance);
        Assert.Null(all.RankedAmong);
        Assert.Equal(loudest, all.Items[0].Id);
        Assert.Equal(7, (await WalkAsync(collecting, "dravenhold", StatementSort.Relevance)).Count);

        // A rare search is ranked whole under the small thresholds too.
        Assert.Null((await FirstPageAsync(db.Services, "dravenhold twice", StatementSort.Relevance)).RankedAmong);
    }

    [Fact]
    public async Task A_phrase_with_a_rarer_word_is_common_sooner_and_its_walk_checks_that_word_first()
    {
        // "Velmora" is in three statements, under the four that make a word common; "tariff" and "talks" are in six.
        var velmora = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            velmora.Add(await CreateAsync($"Velmora tariff talks, round {i}", 2001 + i));
        }
        for (var i = 0; i < 3; i++)
        {
            await CreateAsync($"Talks on a tariff for grain, round {i}", 2004 + i);
        }

        await using var scope = db.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<IClaimTrackerDb>();
        var search = scope.ServiceProvider.GetRequiredService<IStatementTextSearch>();
        var plans = new StatementListSearch(context, search, CommonSearchDatabase.Tuning);
        // Three matches make a phrase with a rarer word common; a phrase of common words needs four, as a word does.
        var rarer = SearchQuery.Parse("\"velmora tariff\"");
        Assert.True(await plans.IsCommonAsync(rarer, CancellationToken.None));
        Assert.False(await plans.IsCommonAsync(SearchQuery.Parse("\"tariff talks\""), CancellationToken.None));

        // The walk checks each row for the rarest word before the phrase: the check written first runs first.
        var walk = search.Matching(context, context.Statements, rarer, SearchStrategy.CheckEachRow);
        var sql = walk.ToQueryString();
        int Probe(string fts5Query)
        {
            var parameter = Regex.Match(sql, $@"\.param set (@\w+) '{Regex.Escape(fts5Query)}'").Groups[1].Value;
            return parameter.Length == 0 ? -1 : sql.IndexOf($"match({parameter},", StringComparison.Ordinal);
        }
        var rarest = Probe("(\"velmora\")");
        Assert.True(rarest >= 0 && Probe("(\"velmora tariff\")") > rarest, sql);
        // The word's statements, counted in full, are read once as a set; the date index still leads the walk, from
        // which a page is read in order: led by the set, SQLite would read all its statements and sort them.
        var page = await db.PlanAsync(walk.OrderByDescending(s => s.SaidOn).ThenByDescending(s => s.Id).Select(s => s.Id).Take(3).ToQueryString());
        Assert.Contains(page, step => step.Contains("LIST SUBQUERY", StringComparison.Ordinal));
        Assert.Contains(page, step => step.StartsWith("SCAN s USING", StringComparison.Ordinal) && step.Contains("IX_Statements_SaidOn_Id", StringComparison.Ordinal));
        Assert.DoesNotContain(page, step => step.Contains("TEMP B-TREE", StringComparison.Ordinal));

        // Either way the list shows what the phrase matches, newest first.
        Assert.Equal(velmora.AsEnumerable().Reverse(), await WalkAsync(db.Services, "\"velmora tariff\"", StatementSort.Newest));
        Assert.Equal(velmora.AsEnumerable().Reverse(), await WalkAsync(db.Services, "\"tariff talks\"", StatementSort.Newest));
    }

    [Fact]
    public async Task A_phrase_is_common_only_when_it_is_as_frequent_among_its_rarer_words_newest_statements_as_among_their_oldest()
    {
        // "Brisklow", "accord", "treaty" and "summit" are each in the same twelve statements, entered oldest first.
        // "Brisklow accord" is in the first eight only, "brisklow treaty" in all but the sixth and seventh, "brisklow
        // summit" in the last six only.
        for (var i = 0; i < 12; i++)
        {
            var phrases = new List<string>();
            if (i < 8)
            {
                phrases.Add("Brisklow accord");
            }
            if (i is not (5 or 6))
            {
                phrases.Add("Brisklow treaty");
            }
            if (i >= 6)
            {
                phrases.Add("Brisklow summit");
            }
            await CreateAsync($"Summit, treaty, accord: Brisklow. On the {string.Join(" and the ", phrases)}, part {i}", 1990 + i);
        }

        await using var scope = db.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<IClaimTrackerDb>();
        var search = scope.ServiceProvider.GetRequiredService<IStatementTextSearch>();
        // Six matches make a phrase with a rarer word common; three statements at each end of that word's list are read.
        var plans = new StatementListSearch(context, search, new SearchTuning { CommonMatches = 20, CommonPhraseMatches = 6, PhraseShareSampled = 3 });
        Task<bool> IsCommon(string text) => plans.IsCommonAsync(SearchQuery.Parse(text), CancellationToken.None);

        // Eight matches, but none among the newest: walking the list newest first would read all of it for a page.
        Assert.False(await IsCommon("\"brisklow accord\""));
        Assert.True(await IsCommon("\"brisklow treaty\""));
        // Six, none among the oldest: an oldest-first walk would read all of it. Collecting costs at most the word's list.
        Assert.False(await IsCommon("\"brisklow summit\""));
        // Together with a plain word, the phrase's share is what the whole search matches.
        Assert.True(await IsCommon("\"brisklow treaty\" part"));
        Assert.False(await IsCommon("\"brisklow treaty\" -accord"));

        // The plan never changes the list: each phrase lists what it matches, newest first.
        Assert.Equal(8, (await WalkAsync(db.Services, "\"brisklow accord\"", StatementSort.Newest)).Count);
        Assert.Equal(10, (await WalkAsync(db.Services, "\"brisklow treaty\"", StatementSort.Newest)).Count);
        Assert.Equal(6, (await WalkAsync(db.Services, "\"brisklow summit\"", StatementSort.Newest)).Count);
    }

    [Fact]
    public async Task A_walk_checks_first_for_the_word_whose_newest_statements_reach_furthest_back_when_both_reach_the_count_limit()
    {
        // "Pledge" and "zentara" are both in more statements than the limit of four they are counted to: four
        // statements say "pledge Zentara", then eight newer ones say "pledge" alone.
        var phrase = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            phrase.Add(await CreateAsync($"The pledge Zentara made, number {i}", 1980 + i));
        }
        for (var i = 0; i < 8; i++)
        {
            await CreateAsync($"A pledge on grain, number {i}", 1984 + i);
        }

        await using var scope = db.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<IClaimTrackerDb>();
        var search = scope.ServiceProvider.GetRequiredService<IStatementTextSearch>();
        var query = SearchQuery.Parse("\"pledge zentara\"");
        Assert.True(await new StatementListSearch(context, search, CommonSearchDatabase.Tuning).IsCommonAsync(query, CancellationToken.None));

        // Newest first, a walk checking for "pledge" first would pass the eight newest statements to the phrase's
        // probe; "zentara" passes only the phrase's own.
        var sql = search.Matching(context, context.Statements, query, SearchStrategy.CheckEachRow).ToQueryString();
        Assert.Contains("'(\"zentara\")'", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("'(\"pledge\")'", sql, StringComparison.Ordinal);
        Assert.Equal(phrase.AsEnumerable().Reverse(), await WalkAsync(db.Services, "\"pledge zentara\"", StatementSort.Newest));
    }

    private async Task<int> CreateAsync(string quote, int year, Func<StatementInput, StatementInput>? change = null)
    {
        var input = await db.ValidStatementAsync(quote) with { SaidOn = new DateOnly(year, 3, 1) };
        return await db.SendAs(Roles.Analyst, new CreateStatement(change is null ? input : change(input)));
    }

    private static async Task<Page<StatementSummary>> FirstPageAsync(
        IServiceProvider services, string search, StatementSort sort, string? after = null, int? topicId = null)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set("id-viewer", "test-viewer", [Roles.Viewer]);
        return await scope.ServiceProvider.GetRequiredService<IMediator>()
            .Send(new ListStatements { Search = search, Sort = sort, PageSize = 2, After = after, TopicId = topicId });
    }

    /// <summary>Every page, two statements at a time, following the cursors as the list's Next button does.</summary>
    private static async Task<List<int>> WalkAsync(IServiceProvider services, string search, StatementSort sort, int? topicId = null)
    {
        var ids = new List<int>();
        string? after = null;
        do
        {
            var page = await FirstPageAsync(services, search, sort, after, topicId);
            ids.AddRange(page.Items.Select(s => s.Id));
            after = page.NextCursor;
        }
        while (after is not null && ids.Count < 50);
        return ids;
    }
}
