using ClaimTracker.Application.Common.Search;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Statements;
using ClaimTracker.Infrastructure.Identity;
using ClaimTracker.Infrastructure.Search;
using MediatR;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Statement search at scale: the first page through the use case (best match and newest first) against the best
/// SQL written by hand for the same page on the same connection (FTS5 alone: the plan the words' frequency calls
/// for, without the pipeline, the filters' shape or the highlights), and against a LIKE scan. The filler's quotes read
/// "Claim {id} about topic {n} and the economy", its speakers "Speaker 0001" to "Speaker 1000" (speaker 1 said a
/// tenth of all), its topics "Topic 01" to "Topic 60": an id is a rare word, "topic 7 and" a phrase in one
/// statement in sixty, "economy" and "claim" words in every one.
/// </summary>
internal static class SearchBenchmark
{
    private const int PageSize = 25;

    /// <summary>The list's columns for the keys a hand query picked, in the order it picked them.</summary>
    private const string Columns = """
        SELECT s."Id", s."Quote", s."QuoteKind", s."SpeakerId", p."Name", s."SpeakerRole", s."SaidOn", s."SaidOnPrecision",
               o."Outlet", r."Rating", r."Status",
               (SELECT COUNT(*) FROM "StatementLinks" l WHERE l."ToStatementId" = s."Id" AND l."Relation" = 'Rebuts')
        FROM "Statements" s
        JOIN "Speakers" p ON p."Id" = s."SpeakerId"
        JOIN "Sources" o ON o."Id" = s."SourceId"
        LEFT JOIN "Reviews" r ON r."StatementId" = s."Id"
        """;

    /// <summary>
    /// Name, the search as typed, the FTS5 query it means, a LIKE condition for the same rows, and for a common search
    /// (20,000 matches or more; 5,000 with a phrase) what the best hand query probes each row walked for: the search
    /// itself, or first its phrase's rarest word when the phrase is made of common words (null when rare). A probe
    /// written "IN ..." is a word in fewer than 20,000 statements, read once as a set that each row is looked up in.
    /// </summary>
    private static readonly (string Name, string Search, string Match, string Like, string[]? Walk)[] Cases =
    [
        ("rare word (1 statement)", "73421", "\"73421\"", "s.\"Quote\" LIKE '%73421%'", null),
        ("common word (every statement)", "economy", "\"economy\"", "s.\"Quote\" LIKE '%economy%'", ["\"economy\""]),
        ("two common words", "claim economy", "(\"claim\") AND (\"economy\")", "s.\"Quote\" LIKE '%claim%' AND s.\"Quote\" LIKE '%economy%'", ["(\"claim\") AND (\"economy\")"]),
        ("phrase of common words (1 in 60)", "\"topic 7 and\"", "\"topic 7 and\"", "s.\"Quote\" LIKE '%topic 7 and%'", ["IN \"7\"", "\"topic 7 and\""]),
        ("common phrase (every statement)", "\"the economy\"", "\"the economy\"", "s.\"Quote\" LIKE '%the economy%'", ["\"the economy\""]),
        ("common word -rare word", "economy -73421", "(\"economy\") NOT \"73421\"", "s.\"Quote\" LIKE '%economy%' AND s.\"Quote\" NOT LIKE '%73421%'", ["(\"economy\") NOT \"73421\""]),
        ("rare OR rare", "73421 OR 512000", "(\"73421\" OR \"512000\")", "(s.\"Quote\" LIKE '%73421%' OR s.\"Quote\" LIKE '%512000%')", null),
        ("name, 1 in 1,000 (\"speaker 0002\")", "\"speaker 0002\"", "\"speaker 0002\"", "p.\"Name\" LIKE '%speaker 0002%'", null),
        ("name, 1 in 10 (\"speaker 0001\")", "\"speaker 0001\"", "\"speaker 0001\"", "p.\"Name\" LIKE '%speaker 0001%'", ["\"0001\"", "\"speaker 0001\""]),
    ];

    /// <summary>One check of a walked row: an FTS5 probe by rowid, or a lookup in the word's statements read once.</summary>
    private static string Probe(string match) => match.StartsWith("IN ", StringComparison.Ordinal)
        ? $"+x.\"Id\" IN (SELECT rowid FROM \"StatementSearch\" WHERE \"StatementSearch\" MATCH '{match[3..]}')"
        : $"EXISTS (SELECT 1 FROM \"StatementSearch\" f WHERE f.rowid = x.\"Id\" AND f.\"StatementSearch\" MATCH '{match}')";

    public static async Task RunAsync(IServiceProvider provider, string connectionString, int runs)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        var tuning = provider.GetRequiredService<SearchTuning>();
        var likeRuns = Math.Min(runs, 3);
        Console.WriteLine();
        Console.WriteLine($"Search, first page of {PageSize}, median of {runs} runs after one warm-up (LIKE: {likeRuns}), ms wall (ms of this process's CPU); load {ListsBenchmark.Load()} at the start:");
        Console.WriteLine($"{"search",-36} {"order",-10} {"use case",16} {"hand FTS SQL",16} {"ratio",6} {"LIKE",18} {"LIKE / use case",15}");
        foreach (var (name, search, match, like, walk) in Cases)
        {
            var byMatch = $"SELECT rowid FROM \"StatementSearch\" WHERE \"StatementSearch\" MATCH '{match}'";
            // Best match: every match scored and sorted when rare; the most recently entered ones scored when common.
            var bestHand = walk is not null
                ? $"{Columns} JOIN (SELECT rowid AS id, bm25(\"StatementSearch\", {SqliteFullText.Bm25Weights}) AS score FROM \"StatementSearch\" WHERE \"StatementSearch\" MATCH '{match}' ORDER BY rowid DESC LIMIT {tuning.RankedCandidates}) b ON b.id = s.\"Id\" ORDER BY b.score, b.id LIMIT {PageSize + 1}"
                : $"{Columns} JOIN (SELECT rowid AS id, bm25(\"StatementSearch\", {SqliteFullText.Bm25Weights}) AS score FROM \"StatementSearch\" WHERE \"StatementSearch\" MATCH '{match}' ORDER BY score LIMIT {PageSize + 1}) b ON b.id = s.\"Id\" ORDER BY b.score, b.id";
            // Newest: walk the date index and probe each row when common (the rarest word first); collect and sort when rare.
            var newestHand = walk is not null
                ? $"{Columns} WHERE s.\"Id\" IN (SELECT x.\"Id\" FROM \"Statements\" x INDEXED BY \"IX_Statements_SaidOn_Id\" WHERE {string.Join(" AND ", walk.Select(Probe))} ORDER BY x.\"SaidOn\" DESC, x.\"Id\" DESC LIMIT {PageSize + 1}) ORDER BY s.\"SaidOn\" DESC, s.\"Id\" DESC"
                : $"{Columns} WHERE s.\"Id\" IN (SELECT x.\"Id\" FROM \"Statements\" x WHERE x.\"Id\" IN ({byMatch}) ORDER BY x.\"SaidOn\" DESC, x.\"Id\" DESC LIMIT {PageSize + 1}) ORDER BY s.\"SaidOn\" DESC, s.\"Id\" DESC";
            var likeSql = $"{Columns} WHERE {like} ORDER BY s.\"SaidOn\" DESC, s.\"Id\" DESC LIMIT {PageSize + 1}";

            var scan = await ListsBenchmark.MedianAsync(likeRuns, () => ListsBenchmark.CountAsync(connection, likeSql));
            foreach (var (order, sort, hand) in new[] { ("best", StatementSort.Relevance, bestHand), ("newest", StatementSort.Newest, newestHand) })
            {
                var useCase = await ListsBenchmark.MedianAsync(runs, () => SendAsync(provider, new ListStatements { Search = search, Sort = sort, PageSize = PageSize }));
                var handTime = await ListsBenchmark.MedianAsync(runs, () => ListsBenchmark.CountAsync(connection, hand));
                Console.WriteLine($"{name,-36} {order,-10} {Show(useCase),16} {Show(handTime),16} {useCase.Wall / handTime.Wall,5:F1}x {Show(scan),18} {scan.Wall / useCase.Wall,14:F0}x");
            }
        }
        Console.WriteLine($"load {ListsBenchmark.Load()} at the end");

        // Where a search's time goes: each statement it sent through EF, captured after all the timings (listening
        // slows later queries), run by hand on the same connection. Best match's candidate scoring reads FTS5 outside EF.
        Console.WriteLine();
        Console.WriteLine($"The use case's EF statements run by hand, median of {runs}, ms wall each (the first line of each):");
        foreach (var (name, search, _, _, _) in Cases)
        {
            foreach (var (order, sort) in new[] { ("best", StatementSort.Relevance), ("newest", StatementSort.Newest) })
            {
                var statements = await ListsBenchmark.CapturedSqlAsync(provider, new ListStatements { Search = search, Sort = sort, PageSize = PageSize });
                Console.WriteLine($"{name,-36} {order,-10}");
                foreach (var sql in statements)
                {
                    var time = await ListsBenchmark.MedianAsync(runs, () => ListsBenchmark.CountAsync(connection, sql));
                    var flat = string.Join(' ', sql.Split('\n', StringSplitOptions.TrimEntries));
                    Console.WriteLine($"    {time.Wall,8:F2}  {(Environment.GetEnvironmentVariable("BENCH_FULL_SQL") == "1" ? flat : flat[..Math.Min(150, flat.Length)])}");
                }
            }
        }
    }

    private static async Task<int> SendAsync(IServiceProvider provider, ListStatements request)
    {
        await using var scope = provider.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set("bench", "bench@claimtracker.test", [Roles.Viewer]);
        return (await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request)).Items.Count;
    }

    private static string Show((double Wall, double Cpu) time) => $"{time.Wall:F2} ({time.Cpu:F2})";
}
