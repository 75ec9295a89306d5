using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Search;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Speakers;
using ClaimTracker.Application.Statements;
using ClaimTracker.Application.Tests.Support;
using ClaimTracker.Infrastructure.Search;
using MediatR;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Application.Tests.Statements;

/// <summary>
/// The seeded database where two matches make a search common, while a thousand candidates hold every match: best
/// match then goes through the candidates' scoring outside SQL for every search here.
/// </summary>
public sealed class ScoredSearchDatabase : TestDatabase
{
    public static readonly SearchTuning Tuning = new() { CommonMatches = 2, CommonPhraseMatches = 2, RankedCandidates = 1_000 };

    protected override bool Seeded => true;

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton(Tuning);
}

/// <summary>
/// Best match of a common search is scored outside SQL (CandidateScoring) with bm25's formula. A journalist must see
/// the order SQLite's own bm25 gives: same statements, same order, for words found by stem, in several columns, in
/// phrases, with OR and exclusions, in other scripts.
/// </summary>
public sealed class CandidateScoringTests(ScoredSearchDatabase db) : IClassFixture<ScoredSearchDatabase>
{
    [Fact]
    public async Task Best_match_of_a_common_search_lists_in_the_order_of_SQLite_bm25()
    {
        var envoy = await db.SendAs(Roles.Analyst, new CreateSpeaker(SpeakerInputs.Valid("Orlaith Velmontane") with { Aliases = "The Velmontane Mediator" }));
        await CreateAsync("Velmontane offers mediation over the Quillmarsh border");
        await CreateAsync("Mediation, mediation and more mediating: Velmontane repeats it", s => s with { Context = "A long speech at the Quillmarsh summit about many other things as well" });
        await CreateAsync("We will not discuss Quillmarsh", s => s with { SpeakerId = envoy });
        await CreateAsync("Quillmarsh harbour plan is dead", s => s with { Topics = ["Mediation"] });
        await CreateAsync("The Quillmarsh harbour plan and the harbour plan again, a harbour plan mediated by none");
        await CreateAsync("Troops near Quillmarsh; mediation refused", s => s with { Context = "Velmontane spoke of troops" });
        await CreateAsync("Quillmarsh وساطة بين البلدين وساطة");
        await CreateAsync("Quillmarsh وساطة");
        await CreateAsync("Quillmarsh पर मध्यस्थता की पेशकश");
        await CreateAsync("Quillmarsh मध्यस्थता, मध्यस्थता");
        await CreateAsync("Quillmarsh quillmarsh QUILLMARSH a short one");

        string[] searches =
        [
            "quillmarsh",
            "mediate",
            "quillmarsh mediation",
            "mediation velmontane",
            "\"harbour plan\"",
            "\"harbour plan\" OR mediation quillmarsh",
            "quillmarsh -troops",
            "quillmarsh -\"harbour plan\" mediation OR velmontane",
            "quillmarsh وساطة",
            "quillmarsh मध्यस्थता",
        ];
        foreach (var search in searches)
        {
            var bm25 = await Bm25OrderAsync(search);
            Assert.True(bm25.Count >= ScoredSearchDatabase.Tuning.CommonMatches, $"'{search}' is meant to be common here");
            var listed = await WalkAsync(db.Services, search);
            Assert.True(bm25.SequenceEqual(listed), $"'{search}': bm25 [{string.Join(", ", bm25)}], listed [{string.Join(", ", listed)}]");
        }

        // Counted only up to one match, each phrase's rarity is estimated: the same statements are still listed.
        await using var estimating = TestDatabase.ServicesFor(db.ConnectionString, ScoredSearchDatabase.Tuning with { TermMatchesCounted = 1 });
        foreach (var search in searches)
        {
            Assert.Equal((await Bm25OrderAsync(search)).Order(), (await WalkAsync(estimating, search)).Order());
        }
    }

    [Fact]
    public async Task The_scoring_tokenizes_as_the_index_was_created()
    {
        await using var connection = new SqliteConnection(db.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT sql FROM sqlite_master WHERE name = '{SqliteFullText.Table}'";
        var created = (string)(await command.ExecuteScalarAsync())!;
        Assert.Contains($"tokenize = '{SqliteFullText.Tokenizer.Replace("'", "''", StringComparison.Ordinal)}'", created, StringComparison.Ordinal);
    }

    /// <summary>Every match, in SQLite's bm25 order with the app's column weights (ties by id, as the list breaks them).</summary>
    private async Task<List<int>> Bm25OrderAsync(string search)
    {
        var match = SqliteStatementTextSearch.ToMatch(SearchQuery.Parse(search), out _);
        await using var connection = new SqliteConnection(db.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT rowid FROM "{SqliteFullText.Table}" WHERE "{SqliteFullText.Table}" MATCH $match
            ORDER BY bm25("{SqliteFullText.Table}", {SqliteFullText.Bm25Weights}), rowid
            """;
        command.Parameters.AddWithValue("$match", match);
        var ids = new List<int>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetInt32(0));
        }
        return ids;
    }

    private async Task CreateAsync(string quote, Func<StatementInput, StatementInput>? change = null)
    {
        var input = await db.ValidStatementAsync(quote) with { SaidOn = new DateOnly(2015, 3, 1) };
        await db.SendAs(Roles.Analyst, new CreateStatement(change is null ? input : change(input)));
    }

    /// <summary>Every page, three at a time, following the cursors as the list's Next button does; checks the bound is said.</summary>
    private static async Task<List<int>> WalkAsync(IServiceProvider services, string search)
    {
        var ids = new List<int>();
        string? after = null;
        do
        {
            await using var scope = services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentUser>().Set("id-viewer", "test-viewer", [Roles.Viewer]);
            Page<StatementSummary> page = await scope.ServiceProvider.GetRequiredService<IMediator>()
                .Send(new ListStatements { Search = search, Sort = StatementSort.Relevance, PageSize = 3, After = after });
            Assert.Equal(ScoredSearchDatabase.Tuning.RankedCandidates, page.RankedAmong);
            ids.AddRange(page.Items.Select(s => s.Id));
            after = page.NextCursor;
        }
        while (after is not null && ids.Count < 100);
        return ids;
    }
}
