using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Search;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Speakers;
using ClaimTracker.Application.Statements;
using ClaimTracker.Application.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Application.Tests.Statements;

/// <summary>
/// Statement search as a journalist uses it: stemmed words over the quote, the speaker's names and aliases, topics
/// and context; best match first or newest first; the matching words marked; a syntax of "phrases", -exclusions and
/// OR; and an index that follows every edit. Invented words keep each test's statements apart from the seeds.
/// </summary>
public sealed class SearchStatementsTests(SeededDatabase db) : IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task Mediate_finds_statements_that_say_mediation_and_marks_the_word()
    {
        var page = await SearchAsync("mediate");

        var ayres = Assert.Single(page, s => s.Quote == Seed.Statement("ayres-one-country-asks-2019-07-22").Quote);
        Assert.DoesNotContain("mediate", ayres.Quote, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(["mediation"], MarkedWords(ayres.Match!.Quote!));
        Assert.Contains(page, s => s.Quote == Seed.Statement("trump-offers-kashmir-mediation-2019-07-22").Quote);
    }

    [Fact]
    public async Task Kashmir_finds_statements_whose_topic_or_context_says_it_though_their_words_do_not()
    {
        var page = await SearchAsync("Kashmir");

        var byTopic = Assert.Single(page, s => s.Quote == Seed.Statement("kumar-no-request-made-2019-07-22").Quote);
        Assert.DoesNotContain("Kashmir", byTopic.Quote, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(byTopic.Match!.Quote!.Marks);
        Assert.Equal(["Kashmir"], MarkedWords(byTopic.Match.Topics!));

        var byContext = Assert.Single(page, s => s.Quote == Seed.Statement("qatar-full-support-2025-05-07").Quote);
        Assert.Contains("Kashmir", MarkedWords(byContext.Match!.Context!), StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_speakers_name_an_alias_or_the_body_they_spoke_for_finds_their_statements()
    {
        var speaker = await db.SendAs(Roles.Analyst, new CreateSpeaker(SpeakerInputs.Valid("Orlanda Vexmire") with { Aliases = "Madam Vexmire; O.V." }));
        var body = await db.SendAs(Roles.Analyst, new CreateSpeaker(SpeakerInputs.Valid("Ministry of Quillery") with { Aliases = "Quillery Office" }));
        var own = await CreateAsync("The budget holds", s => s with { SpeakerId = speaker });
        var forBody = await CreateAsync("The ministry stands by it", s => s with { OnBehalfOfId = body });

        Assert.Equal([own], await IdsAsync("Vexmire"));
        Assert.Equal([own], await IdsAsync("\"madam vexmire\""));
        Assert.Equal([forBody], await IdsAsync("quillery office"));
        var marked = Assert.Single(await SearchAsync("Vexmire"));
        Assert.Equal(["Vexmire", "Vexmire"], MarkedWords(marked.Match!.Speakers!));
    }

    [Fact]
    public async Task Best_match_puts_words_in_the_quote_before_a_topic_and_a_topic_before_the_context()
    {
        var inContext = await CreateAsync("Nothing to see here today", s => s with { Context = "Said while the brimbleton report was read" });
        var inTopic = await CreateAsync("Nothing to report here either", s => s with { Topics = ["Brimbleton"] });
        var inQuote = await CreateAsync("The Brimbleton report is wrong");

        Assert.Equal([inQuote, inTopic, inContext], await IdsAsync("brimbleton", StatementSort.Relevance));
    }

    [Fact]
    public async Task Newest_first_is_an_option_for_a_search()
    {
        var older = await CreateAsync("Plovington was calm", s => s with { SaidOn = new DateOnly(2001, 5, 1) });
        var newer = await CreateAsync("Plovington was calm again, calm and calm", s => s with { SaidOn = new DateOnly(2003, 5, 1) });
        var middle = await CreateAsync("Plovington", s => s with { SaidOn = new DateOnly(2002, 5, 1) });

        Assert.Equal([newer, middle, older], await IdsAsync("plovington", StatementSort.Newest));
        Assert.Equal([older, middle, newer], await IdsAsync("plovington", StatementSort.Oldest));
    }

    [Fact]
    public async Task Marks_cover_exactly_the_matching_words_in_the_quote()
    {
        const string quote = "Qarvish mediation, they said; QARVISH mediators were not mediating!";
        await CreateAsync(quote);

        var hit = Assert.Single(await SearchAsync("qarvish mediate"));

        Assert.Equal(quote, hit.Match!.Quote!.Text);
        Assert.Equal(
            [new TextRange(0, 7), new TextRange(8, 9), new TextRange(30, 7), new TextRange(38, 9), new TextRange(57, 9)],
            hit.Match.Quote.Marks);
    }

    [Fact]
    public async Task A_phrase_in_double_quotes_must_appear_as_written()
    {
        var asPhrase = await CreateAsync("The Torvald accord was signed");
        var apart = await CreateAsync("An accord, said Torvald, was signed");

        Assert.Equal([asPhrase], await IdsAsync("\"torvald accord\""));
        Assert.Equal([asPhrase, apart], await IdsAsync("torvald accord", byId: true));
        // An unbalanced quote runs to the end of the search.
        Assert.Equal([asPhrase], await IdsAsync("\"torvald accord"));
    }

    [Fact]
    public async Task A_minus_excludes_a_word_or_a_phrase_and_OR_accepts_either()
    {
        var dam = await CreateAsync("Grennick dam opened");
        var bridge = await CreateAsync("Grennick bridge opened");
        var tunnel = await CreateAsync("Grennick tunnel closed");

        Assert.Equal([tunnel], await IdsAsync("grennick -opened"));
        Assert.Equal([bridge, tunnel], await IdsAsync("grennick -\"dam opened\"", byId: true));
        Assert.Equal([dam, bridge], await IdsAsync("grennick dam OR bridge", byId: true));
        Assert.Equal([dam, tunnel], await IdsAsync("grennick -bridge", byId: true));
        // Lower-case "or" is a word to find, as in any sentence.
        Assert.Empty(await IdsAsync("grennick dam or bridge"));
    }

    // Control characters (NUL and the like) never reach the search: every request refuses them (FuzzTests).
    public static TheoryData<string> HostileSearches =>
    [
        "\"", "\"\"", "\"\"\"", "\"unbalanced phrase", "(", ")", "((kashmir)", "NEAR(mediate kashmir)", "NEAR(mediate kashmir, 2)",
        "kashmir*", "*", "^kashmir", "^", "Quote:kashmir", "Speakers:trump", "{Quote Context}:kashmir", "StatementSearch:x",
        "rank:1", "rowid:5", "kashmir AND", "AND", "OR", "OR OR", "kashmir OR", "OR kashmir", "NOT", "kashmir NOT mediate", "-",
        "--", "- -", "-\"", "-kashmir -mediate", "\u202Ekashmir\u202C", "🙂 kashmir 🙂", "'; DROP TABLE Statements; --",
        "kashmir\" OR \"pakistan", "+kashmir", "kashmir~", "\\\"", "%", "_", "[kashmir]", "\t\n\r", new string('"', 199),
        string.Concat(Enumerable.Repeat("a OR ", 40)), string.Concat(Enumerable.Repeat("-x ", 66)),
    ];

    [Theory]
    [MemberData(nameof(HostileSearches))]
    public async Task Any_search_text_is_read_as_text_never_as_engine_syntax(string search)
    {
        var before = await db.RowCountsAsync();

        foreach (var sort in new[] { StatementSort.Relevance, StatementSort.Newest })
        {
            var page = await db.SendAs(Roles.Viewer, new ListStatements { Search = search, Sort = sort, PageSize = Cursor.MaxPageSize });
            // Whatever the characters around them, only the words count: the same words typed plainly find at
            // least as much (a bare "a:b" is the phrase "a b", which a plain "a b" also finds).
            var words = SearchQuery.WordsOf(search);
            if (search.Contains('"', StringComparison.Ordinal) || search.Contains('-', StringComparison.Ordinal) || words.Contains("OR"))
            {
                continue;
            }
            if (words.Count == 0)
            {
                Assert.True(string.IsNullOrWhiteSpace(search) || page.Items.Count == 0, $"'{search}' has no words and should find nothing");
                continue;
            }
            var plain = await db.SendAs(Roles.Viewer, new ListStatements { Search = string.Join(' ', words), Sort = sort, PageSize = Cursor.MaxPageSize });
            if (plain.NextCursor is null)
            {
                Assert.Subset(plain.Items.Select(s => s.Id).ToHashSet(), page.Items.Select(s => s.Id).ToHashSet());
            }
        }
        Assert.Equal(before, await db.RowCountsAsync());
    }

    [Fact]
    public async Task Column_names_typed_by_a_user_are_words_not_column_filters()
    {
        // Read as FTS5 syntax, Context:yarrowby would find this statement by its context.
        var id = await CreateAsync("A quote: Yarrowby was here", s => s with { Context = "Yarrowby again" });

        Assert.Equal([id], await IdsAsync("Quote:yarrowby"));
        Assert.Empty(await IdsAsync("Context:yarrowby"));
    }

    [Theory]
    [InlineData("كشمير وساطة بين البلدين", "كشمير")]
    [InlineData("कश्मीर पर मध्यस्थता की पेशकश", "मध्यस्थता")]
    [InlineData("کشمیر پر ثالثی کی پیشکش کی گئی", "ثالثی")]
    public async Task Arabic_Hindi_and_Urdu_words_are_found_and_marked(string quote, string word)
    {
        var id = await CreateAsync(quote);

        var hit = Assert.Single(await SearchAsync(word), s => s.Id == id);
        Assert.Equal([word], MarkedWords(hit.Match!.Quote!));
    }

    [Fact]
    public async Task Renaming_a_speaker_or_adding_an_alias_is_searchable_at_once()
    {
        var speaker = await db.SendAs(Roles.Analyst, new CreateSpeaker(SpeakerInputs.Valid("Pellamy Strock")));
        var said = await CreateAsync("Roads will be built", s => s with { SpeakerId = speaker });
        var version = (await db.SendAs(Roles.Viewer, new GetSpeaker(speaker))).Version;

        await db.SendAs(Roles.Analyst, new EditSpeaker(speaker, version, SpeakerInputs.Valid("Pellamy Stroud") with { Aliases = "The Roadmaker" }));

        Assert.Empty(await IdsAsync("strock"));
        Assert.Equal([said], await IdsAsync("stroud"));
        Assert.Equal([said], await IdsAsync("roadmaker"));
    }

    [Fact]
    public async Task After_a_merge_the_duplicates_statements_are_found_by_the_kept_name_and_the_old_one()
    {
        var keep = await db.SendAs(Roles.Analyst, new CreateSpeaker(SpeakerInputs.Valid("Hesper Vantongeren")));
        var duplicate = await db.SendAs(Roles.Analyst, new CreateSpeaker(SpeakerInputs.Valid("Hespa Vantongren")));
        var said = await CreateAsync("Taxes go down", s => s with { SpeakerId = duplicate });

        await db.SendAs(Roles.Analyst, new MergeSpeakers(keep, (await db.SendAs(Roles.Viewer, new GetSpeaker(keep))).Version, duplicate));

        Assert.Equal([said], await IdsAsync("vantongeren"));
        // The duplicate's name became an alias of the kept speaker.
        Assert.Equal([said], await IdsAsync("vantongren"));
    }

    [Fact]
    public async Task Editing_words_and_topics_changes_what_finds_a_statement()
    {
        var id = await CreateAsync("Sprindle harvest doubled", s => s with { Topics = ["Orchardry"] });
        Assert.Equal([id], await IdsAsync("orchardry"));

        var input = await db.ValidStatementAsync("Wheat harvest doubled") with { Topics = ["Granaries"] };
        await db.SendAs(Roles.Analyst, new EditStatement(id, (await db.GetStatementAsync(id)).Version, input));

        Assert.Empty(await IdsAsync("sprindle"));
        Assert.Empty(await IdsAsync("orchardry"));
        Assert.Equal([id], await IdsAsync("granaries harvest"));
    }

    [Fact]
    public async Task Renaming_a_topic_in_the_database_updates_the_index_of_its_statements()
    {
        var id = await CreateAsync("Ferries ran late", s => s with { Topics = ["Wharfage"] });

        await db.Query(d => d.Database.ExecuteSqlRawAsync("UPDATE \"Topics\" SET \"Name\" = 'Quayage' WHERE \"Name\" = 'Wharfage'"));

        Assert.Empty(await IdsAsync("wharfage"));
        Assert.Equal([id], await IdsAsync("quayage"));
    }

    [Fact]
    public async Task Both_strategies_find_the_same_statements()
    {
        var ids = new List<int>();
        foreach (var quote in new[] { "Zindler one", "Zindler two", "Zindler three", "Not this one" })
        {
            ids.Add(await CreateAsync(quote));
        }
        var query = SearchQuery.Parse("zindler -two");

        await using var scope = db.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<IClaimTrackerDb>();
        var search = scope.ServiceProvider.GetRequiredService<IStatementTextSearch>();
        var collected = await search.Matching(context, context.Statements, query, SearchStrategy.CollectMatches).Select(s => s.Id).OrderBy(i => i).ToListAsync();
        var checkedEach = await search.Matching(context, context.Statements, query, SearchStrategy.CheckEachRow).Select(s => s.Id).OrderBy(i => i).ToListAsync();

        Assert.Equal([ids[0], ids[2]], collected);
        Assert.Equal(collected, checkedEach);
    }

    [Fact]
    public async Task Walking_the_best_match_pages_returns_each_match_once_best_first()
    {
        var ids = new HashSet<int>();
        for (var i = 0; i < 7; i++)
        {
            ids.Add(await CreateAsync(string.Join(' ', Enumerable.Repeat("Wembleforth", i + 1)) + " stated " + i));
        }

        var seen = new List<int>();
        string? after = null;
        do
        {
            var page = await db.SendAs(Roles.Viewer, new ListStatements { Search = "wembleforth", Sort = StatementSort.Relevance, PageSize = 3, After = after });
            seen.AddRange(page.Items.Select(s => s.Id));
            after = page.NextCursor;
        }
        while (after is not null);

        Assert.Equal(ids.Order(), seen.Order());
        // More occurrences in a quote of similar length rank higher: the last created says it seven times.
        Assert.Equal(ids.Max(), seen[0]);
    }

    [Fact]
    public Task A_tampered_best_match_cursor_is_refused() =>
        db.RejectsAsInvalidAsync(new ListStatements { Search = "kashmir", Sort = StatementSort.Relevance, After = Cursor.Encode("NaN", 5) },
            "After", "cursor is not valid");

    private async Task<int> CreateAsync(string quote, Func<StatementInput, StatementInput>? change = null)
    {
        var input = await db.ValidStatementAsync(quote);
        return await db.SendAs(Roles.Analyst, new CreateStatement(change is null ? input : change(input)));
    }

    private async Task<IReadOnlyList<StatementSummary>> SearchAsync(string search, StatementSort sort = StatementSort.Relevance)
    {
        var page = await db.SendAs(Roles.Viewer, new ListStatements { Search = search, Sort = sort, PageSize = Cursor.MaxPageSize });
        Assert.Null(page.NextCursor);
        return page.Items;
    }

    private async Task<List<int>> IdsAsync(string search, StatementSort sort = StatementSort.Relevance, bool byId = false)
    {
        var ids = (await SearchAsync(search, sort)).Select(s => s.Id).ToList();
        return byId ? [.. ids.Order()] : ids;
    }

    private static List<string> MarkedWords(MarkedText text) =>
        text.Marks.Select(m => text.Text.Substring(m.Start, m.Length)).ToList();
}
