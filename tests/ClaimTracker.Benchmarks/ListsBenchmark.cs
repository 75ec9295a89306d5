using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using AutoMapper.QueryableExtensions;
using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Reviews;
using ClaimTracker.Application.Statements;
using ClaimTracker.Application.Topics;
using ClaimTracker.Domain.Reviews;
using ClaimTracker.Infrastructure.Identity;
using MediatR;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Every list query, first page and page 1,000, through the use case (the whole MediatR pipeline) against the best
/// SQL written by hand for the same rows and columns, on the same file; then the plan SQLite chose for each of the
/// use case's statements (EXPLAIN QUERY PLAN), so a scan shows up in the output, not only in the time.
/// </summary>
internal static class ListsBenchmark
{
    private const int PageSize = 25;
    private const int DeepRow = 999 * PageSize; // the last row of page 999: page 1,000 starts after it

    /// <summary>
    /// The columns the list shows, for the keys a hand query picked (one row per key and outside review, list order):
    /// the same columns the use case reads, outside fact-checks included.
    /// </summary>
    private const string Columns = """
        SELECT s."Id", s."Quote", s."QuoteKind", s."SpeakerId", p."Name", s."SpeakerRole", s."SaidOn", s."SaidOnPrecision",
               o."Outlet", r."Rating", r."Status",
               (SELECT COUNT(*) FROM "StatementLinks" l WHERE l."ToStatementId" = s."Id" AND l."Relation" = 'Rebuts'),
               x."PublisherId", xp."Name", x."Label", x."Rating", x."Url", x."ReviewedOn"
        FROM "Statements" s
        JOIN "Speakers" p ON p."Id" = s."SpeakerId"
        JOIN "Sources" o ON o."Id" = s."SourceId"
        LEFT JOIN "Reviews" r ON r."StatementId" = s."Id"
        LEFT JOIN "OutsideReviews" x ON x."StatementId" = s."Id"
        LEFT JOIN "Publishers" xp ON xp."Id" = x."PublisherId"
        """;

    /// <summary>The filler's quotes read "Claim {id} about topic {n} and the economy".</summary>
    /// <param name="Walk">How the best hand query for newest first probes each row walked, when walking is best: the
    /// word itself for a common word, the phrase's rarest word and then the phrase for a phrase of common words.</param>
    private static readonly (string Name, string Search, string Match, string Like, string[]? Walk)[] Searches =
    [
        ("rare word", "73421", "\"73421\"", "%73421%", null),
        ("common word", "economy", "\"economy\"", "%economy%", ["\"economy\""]),
        ("phrase 1 in 60", "\"topic 7 and\"", "\"topic 7 and\"", "%topic 7 and%", ["\"7\"", "\"topic 7 and\""]),
    ];

    /// <summary>
    /// A list: its request, the hand plan's conditions (one per disjoint part), another hand plan to try, and for a
    /// topic the tag rows' own seek (TopicsId, StatementSaidOn, StatementsId) with a condition on the statement.
    /// </summary>
    /// <param name="Alternative">Another way to write the same rows by hand; the faster of the two is the hand figure.</param>
    /// <param name="Tags">The topic and the statement's condition for a hand walk of the topic's tag rows by date.</param>
    private sealed record Case(string Name, Func<ListStatements> Request, string[] Wheres, string[]? Alternative = null, (int Topic, string? Where)? Tags = null);

    public static async Task RunAsync(IServiceProvider provider, string connectionString, int runs, int bigSpeaker, int smallSpeaker)
    {
        var cases = new Case[]
        {
            new("unfiltered", () => new ListStatements(), ["1 = 1"]),
            new("big speaker (100k)", () => new ListStatements { SpeakerId = bigSpeaker },
                [$"s.\"SpeakerId\" = {bigSpeaker}", $"s.\"OnBehalfOfId\" = {bigSpeaker} AND s.\"SpeakerId\" <> {bigSpeaker}"]),
            new("small speaker", () => new ListStatements { SpeakerId = smallSpeaker },
                [$"s.\"SpeakerId\" = {smallSpeaker}", $"s.\"OnBehalfOfId\" = {smallSpeaker} AND s.\"SpeakerId\" <> {smallSpeaker}"]),
            new("topic", () => new ListStatements { TopicId = 7 },
                ["EXISTS (SELECT 1 FROM \"StatementTopics\" t WHERE t.\"StatementsId\" = s.\"Id\" AND t.\"TopicsId\" = 7)"],
                ["s.\"Id\" IN (SELECT t.\"StatementsId\" FROM \"StatementTopics\" t WHERE t.\"TopicsId\" = 7)"], (7, null)),
            new("small topic (1 in 5,000)", () => new ListStatements { TopicId = Filler.SmallTopic },
                [$"EXISTS (SELECT 1 FROM \"StatementTopics\" t WHERE t.\"StatementsId\" = s.\"Id\" AND t.\"TopicsId\" = {Filler.SmallTopic})"],
                [$"s.\"Id\" IN (SELECT t.\"StatementsId\" FROM \"StatementTopics\" t WHERE t.\"TopicsId\" = {Filler.SmallTopic})"], (Filler.SmallTopic, null)),
            new("mid-size topic (1 in 200)", () => new ListStatements { TopicId = Filler.MidTopic },
                [$"EXISTS (SELECT 1 FROM \"StatementTopics\" t WHERE t.\"StatementsId\" = s.\"Id\" AND t.\"TopicsId\" = {Filler.MidTopic})"],
                [$"s.\"Id\" IN (SELECT t.\"StatementsId\" FROM \"StatementTopics\" t WHERE t.\"TopicsId\" = {Filler.MidTopic})"], (Filler.MidTopic, null)),
            new("mid-size topic and big speaker", () => new ListStatements { TopicId = Filler.MidTopic, SpeakerId = bigSpeaker },
                [$"s.\"SpeakerId\" = {bigSpeaker} AND EXISTS (SELECT 1 FROM \"StatementTopics\" t WHERE t.\"StatementsId\" = s.\"Id\" AND t.\"TopicsId\" = {Filler.MidTopic})",
                 $"s.\"OnBehalfOfId\" = {bigSpeaker} AND s.\"SpeakerId\" <> {bigSpeaker} AND EXISTS (SELECT 1 FROM \"StatementTopics\" t WHERE t.\"StatementsId\" = s.\"Id\" AND t.\"TopicsId\" = {Filler.MidTopic})"],
                Tags: (Filler.MidTopic, $"(s.\"SpeakerId\" = {bigSpeaker} OR (s.\"OnBehalfOfId\" = {bigSpeaker} AND s.\"SpeakerId\" <> {bigSpeaker}))")),
            new("common word in the mid-size topic", () => new ListStatements { TopicId = Filler.MidTopic, Search = "economy", Sort = StatementSort.Newest },
                [$"EXISTS (SELECT 1 FROM \"StatementTopics\" t WHERE t.\"StatementsId\" = s.\"Id\" AND t.\"TopicsId\" = {Filler.MidTopic}) AND EXISTS (SELECT 1 FROM \"StatementSearch\" f WHERE f.rowid = s.\"Id\" AND f.\"StatementSearch\" MATCH '\"economy\"')"],
                Tags: (Filler.MidTopic, "EXISTS (SELECT 1 FROM \"StatementSearch\" f WHERE f.rowid = t.\"StatementsId\" AND f.\"StatementSearch\" MATCH '\"economy\"')")),
            new("verdict False (published)", () => new ListStatements { Verdicts = VerdictSet.Of([Rating.False]) },
                ["EXISTS (SELECT 1 FROM \"Reviews\" v WHERE v.\"StatementId\" = s.\"Id\" AND v.\"Status\" = 'Published' AND v.\"Rating\" = 'False')"]),
            new("status Draft", () => new ListStatements { Status = ReviewStatus.Draft },
                ["EXISTS (SELECT 1 FROM \"Reviews\" v WHERE v.\"StatementId\" = s.\"Id\" AND v.\"Status\" = 'Draft')"]),
        };

        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        Console.WriteLine();
        Console.WriteLine($"Lists, {PageSize} a page, median of {runs} runs after {WarmUps} warm-ups, ms wall (ms of this process's CPU); load {Load()}:");
        await OverheadAsync(provider, connection, runs, smallSpeaker);
        Console.WriteLine();
        Console.WriteLine($"{"list",-40} {"use case",16} {"hand SQL",16} {"ratio",7}");
        // The SQL is captured after every timing: listening to EF's diagnostics slows every later query a little.
        var plans = new List<(string Name, Func<Task<List<string>>> Sql)>();
        var measured = new Dictionary<string, ((double Wall, double Cpu) UseCase, (double Wall, double Cpu) Hand)>();
        foreach (var c in cases)
        {
            foreach (var deep in new[] { false, true })
            {
                var (after, keyDay, keyId) = deep ? await DeepCursorAsync(connection, c.Wheres) : (null, null, 0);
                var name = $"{c.Name}, {(deep ? "page 1,000" : "page 1")}";
                if (deep && after is null)
                {
                    Console.WriteLine($"{name,-40} (fewer than {DeepRow:N0} rows: no page 1,000)");
                    continue;
                }
                var request = () => c.Request() with { After = after, PageSize = PageSize };
                var useCase = await MedianAsync(runs, () => SendAsync(provider, request()));
                var hand = await MedianAsync(runs, () => HandAsync(connection, c.Wheres, keyDay, keyId));
                if (c.Alternative is { } alternative)
                {
                    var other = await MedianAsync(runs, () => HandAsync(connection, alternative, keyDay, keyId));
                    hand = other.Wall < hand.Wall ? other : hand;
                }
                if (c.Tags is { } tags)
                {
                    var other = await MedianAsync(runs, () => HandTagsAsync(connection, tags.Topic, tags.Where, keyDay, keyId));
                    hand = other.Wall < hand.Wall ? other : hand;
                }
                Console.WriteLine($"{name,-40} {Show(useCase),16} {Show(hand),16} {useCase.Wall / hand.Wall,6:F1}x");
                measured[name] = (useCase, hand);
                plans.Add((name, () => CapturedSqlAsync(provider, request())));
            }
        }

        await PublishedReviewsAsync(provider, connection, runs, plans);

        var topics = await MedianAsync(runs, async () => (await SendRawAsync(provider, new ListTopics())).Items.Count);
        var topicsHand = await MedianAsync(runs, () => CountAsync(connection,
            """SELECT t."Id", t."Name", (SELECT SUM(x."Count") FROM "StatsTopicDays" x WHERE x."TopicId" = t."Id") FROM "Topics" t ORDER BY t."Name", t."Id" LIMIT 101"""));
        var topicsTags = await MedianAsync(runs, () => CountAsync(connection,
            """SELECT t."Id", t."Name", (SELECT COUNT(*) FROM "StatementTopics" x WHERE x."TopicsId" = t."Id") FROM "Topics" t ORDER BY t."Name", t."Id" LIMIT 101"""));
        Console.WriteLine($"{"ListTopics (all, with counts)",-40} {Show(topics),16} {Show(topicsHand),16} {topics.Wall / topicsHand.Wall,6:F1}x");
        Console.WriteLine($"{"  hand SQL counting the tags instead",-40} {"",16} {Show(topicsTags),16}");
        plans.Add(("ListTopics", () => CapturedSqlAsync(provider, new ListTopics())));

        foreach (var (name, search, match, _, walk) in Searches)
        {
            foreach (var sort in new[] { StatementSort.Relevance, StatementSort.Newest })
            {
                var request = new ListStatements { Search = search, Sort = sort, PageSize = PageSize };
                var useCase = await MedianAsync(runs, () => SendAsync(provider, request));
                var byMatch = $"SELECT rowid FROM \"StatementSearch\" WHERE \"StatementSearch\" MATCH '{match}'";
                (double Wall, double Cpu) hand;
                if (sort == StatementSort.Relevance)
                {
                    hand = await MedianAsync(runs, () => CountAsync(connection,
                        $"{Columns} WHERE s.\"Id\" IN ({byMatch} ORDER BY bm25(\"StatementSearch\", 10.0, 4.0, 3.0, 1.5) LIMIT {PageSize + 1})"));
                }
                else if (walk is not null)
                {
                    // Common: walk the date index and probe each row (a page after a few dozen rows for a word in
                    // every statement, about 1,600 for a phrase in one in sixty, probed for its rarest word first).
                    var probes = string.Join(" AND ", walk.Select(m =>
                        $"EXISTS (SELECT 1 FROM \"StatementSearch\" f WHERE f.rowid = x.\"Id\" AND f.\"StatementSearch\" MATCH '{m}')"));
                    hand = await MedianAsync(runs, () => CountAsync(connection,
                        $"{Columns} WHERE s.\"Id\" IN (SELECT x.\"Id\" FROM \"Statements\" x INDEXED BY \"IX_Statements_SaidOn_Id\" WHERE {probes} ORDER BY x.\"SaidOn\" DESC, x.\"Id\" DESC LIMIT {PageSize + 1}) ORDER BY s.\"SaidOn\" DESC, s.\"Id\" DESC"));
                }
                else
                {
                    // Rare: collect every match and sort (walking would probe all million rows).
                    hand = await MedianAsync(runs, () => CountAsync(connection,
                        $"{Columns} WHERE s.\"Id\" IN (SELECT x.\"Id\" FROM \"Statements\" x WHERE x.\"Id\" IN ({byMatch}) ORDER BY x.\"SaidOn\" DESC, x.\"Id\" DESC LIMIT {PageSize + 1}) ORDER BY s.\"SaidOn\" DESC, s.\"Id\" DESC"));
                }
                var label = $"search {name}, {(sort == StatementSort.Relevance ? "best match" : "newest")}";
                Console.WriteLine($"{label,-40} {Show(useCase),16} {Show(hand),16} {useCase.Wall / hand.Wall,6:F1}x");
                measured[label] = (useCase, hand);
                plans.Add((label, () => CapturedSqlAsync(provider, request)));
            }
        }
        var rare = Searches[0];
        var likeScan = await MedianAsync(runs, () => CountAsync(connection,
            $"{Columns} WHERE s.\"Quote\" LIKE '{rare.Like}' ORDER BY s.\"SaidOn\" DESC, s.\"Id\" DESC LIMIT {PageSize + 1}"));
        var rareNewest = await MedianAsync(runs, () => SendAsync(provider, new ListStatements { Search = rare.Search, Sort = StatementSort.Newest }));
        Console.WriteLine($"{"LIKE scan, rare word, newest",-40} {Show(likeScan),16} {"",16} {likeScan.Wall / rareNewest.Wall,6:F0}x slower than the use case");

        // The ratio to hand SQL splits in two: the use case's own statements run by hand against the best hand SQL
        // says whether the plans are as good; the use case against its own statements is the fixed cost of the
        // pipeline, EF and the mapping, which no plan can remove.
        Console.WriteLine();
        Console.WriteLine($"The use case's own statements (captured, values written in) run by hand on the same connection, median of {runs}:");
        Console.WriteLine($"{"list",-40} {"statements",10} {"their SQL",16} {"/ hand SQL",10} {"use case / its SQL",19}");
        var captured = new List<(string Name, List<string> Statements)>();
        foreach (var (name, statements) in plans)
        {
            captured.Add((name, await statements()));
        }
        foreach (var (name, statements) in captured)
        {
            if (!measured.TryGetValue(name, out var figures))
            {
                continue;
            }
            var own = await MedianAsync(runs, async () =>
            {
                var rows = 0;
                foreach (var sql in statements)
                {
                    rows += await CountAsync(connection, sql);
                }
                return rows;
            });
            Console.WriteLine($"{name,-40} {statements.Count,10} {Show(own),16} {own.Wall / figures.Hand.Wall,9:F1}x {figures.UseCase.Wall / own.Wall,18:F1}x");
        }

        Console.WriteLine();
        Console.WriteLine("Plans SQLite chose for the use case's statements:");
        foreach (var (name, statements) in captured)
        {
            Console.WriteLine($"-- {name}");
            foreach (var sql in statements)
            {
                foreach (var line in await PlanAsync(connection, sql))
                {
                    Console.WriteLine("   " + line);
                }
                Console.WriteLine("   --");
            }
        }
    }

    /// <summary>
    /// The public list of published fact-checks (/fact-checks), newest publication first, page 1 and page 1,000,
    /// against the same columns read by hand with a row-value seek past the cursor.
    /// </summary>
    private static async Task PublishedReviewsAsync(IServiceProvider provider, SqliteConnection connection, int runs,
        List<(string Name, Func<Task<List<string>>> Sql)> plans)
    {
        const string published = """r."Status" = 'Published' AND r."PublishedAtUtc" IS NOT NULL AND r."PublishedQuote" IS NOT NULL""";
        foreach (var deep in new[] { false, true })
        {
            string? after = null;
            var seek = "";
            if (deep)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = $"""
                    SELECT r."PublishedAtUtc", r."Id" FROM "Reviews" r WHERE {published}
                    ORDER BY r."PublishedAtUtc" DESC, r."Id" DESC LIMIT 1 OFFSET {DeepRow - 1}
                    """;
                await using var reader = await command.ExecuteReaderAsync();
                if (!await reader.ReadAsync())
                {
                    Console.WriteLine($"{"fact-checks, page 1,000",-40} (fewer than {DeepRow:N0} published: no page 1,000)");
                    continue;
                }
                var at = reader.GetString(0);
                var id = reader.GetInt32(1);
                var ticks = DateTime.SpecifyKind(DateTime.Parse(at, CultureInfo.InvariantCulture), DateTimeKind.Utc).Ticks;
                after = Cursor.Encode(ticks.ToString(CultureInfo.InvariantCulture), id);
                seek = $""" AND (r."PublishedAtUtc", r."Id") < ('{at}', {id})""";
            }
            var name = $"fact-checks, {(deep ? "page 1,000" : "page 1")}";
            var request = new ListPublishedReviews { PageSize = PageSize, After = after };
            var useCase = await MedianAsync(runs, async () => (await SendRawAsync(provider, request)).Items.Count);
            var hand = await MedianAsync(runs, () => CountAsync(connection, $"""
                SELECT r."Id", r."StatementId", r."PublishedQuote", r."PublishedQuoteKind", r."PublishedSpeakerName", r."PublishedSpeakerRole",
                       r."PublishedSaidOn", r."PublishedSaidOnPrecision", r."Rating", r."PublishedAtUtc"
                FROM "Reviews" r WHERE {published}{seek}
                ORDER BY r."PublishedAtUtc" DESC, r."Id" DESC LIMIT {PageSize + 1}
                """));
            Console.WriteLine($"{name,-40} {Show(useCase),16} {Show(hand),16} {useCase.Wall / hand.Wall,6:F1}x");
            plans.Add((name, () => CapturedSqlAsync(provider, request)));
        }
    }

    /// <summary>The cursor the list gives for page 1,000 (the key of row 24,975), found once with OFFSET, untimed.</summary>
    private static async Task<(string? After, string? Day, int Id)> DeepCursorAsync(SqliteConnection connection, string[] wheres)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT "SaidOn", "Id" FROM ({string.Join(" UNION ALL ", wheres.Select(w => $"SELECT s.\"SaidOn\", s.\"Id\" FROM \"Statements\" s WHERE {w}"))})
            ORDER BY "SaidOn" DESC, "Id" DESC LIMIT 1 OFFSET {DeepRow - 1}
            """;
        await using var reader = await command.ExecuteReaderAsync();
        if (!await reader.ReadAsync())
        {
            return (null, null, 0);
        }
        var day = reader.GetString(0);
        var id = reader.GetInt32(1);
        return (Cursor.Encode(day, id), day, id);
    }

    /// <summary>
    /// The best hand query: per part, the keys from its index with a row-value seek past the cursor, merged and cut
    /// to a page, then the columns for those keys.
    /// </summary>
    private static Task<int> HandAsync(SqliteConnection connection, string[] wheres, string? day, int id)
    {
        var seek = day is null ? "" : $" AND (s.\"SaidOn\", s.\"Id\") < ('{day}', {id})";
        var parts = wheres.Select(w =>
            $"SELECT * FROM (SELECT s.\"SaidOn\", s.\"Id\" FROM \"Statements\" s WHERE {w}{seek} ORDER BY s.\"SaidOn\" DESC, s.\"Id\" DESC LIMIT {PageSize + 1})");
        var keys = $"SELECT \"Id\" FROM ({string.Join(" UNION ALL ", parts)}) ORDER BY \"SaidOn\" DESC, \"Id\" DESC LIMIT {PageSize + 1}";
        return CountAsync(connection, $"""{Columns} WHERE s."Id" IN ({keys}) ORDER BY s."SaidOn" DESC, s."Id" DESC""");
    }

    /// <summary>
    /// A topic's hand query: the page's keys from the tag rows' index in list order (which carries each statement's
    /// date), each checked against <paramref name="where"/> on its statement, then the columns for those keys.
    /// </summary>
    private static Task<int> HandTagsAsync(SqliteConnection connection, int topic, string? where, string? day, int id)
    {
        var seek = day is null ? "" : $" AND (t.\"StatementSaidOn\", t.\"StatementsId\") < ('{day}', {id})";
        var join = where is null ? "" : " JOIN \"Statements\" s ON s.\"Id\" = t.\"StatementsId\"";
        var keys = $"""
            SELECT t."StatementsId" FROM "StatementTopics" t INDEXED BY "IX_StatementTopics_TopicsId_StatementSaidOn_StatementsId"{join}
            WHERE t."TopicsId" = {topic}{(where is null ? "" : " AND " + where)}{seek}
            ORDER BY t."StatementSaidOn" DESC, t."StatementsId" DESC LIMIT {PageSize + 1}
            """;
        return CountAsync(connection, $"""{Columns} WHERE s."Id" IN ({keys}) ORDER BY s."SaidOn" DESC, s."Id" DESC""");
    }

    /// <summary>Runs hand-written SQL and reads every value of every row, as a use case reads its page.</summary>
    internal static async Task<int> CountAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = 0;
        while (await reader.ReadAsync())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                _ = reader.GetValue(i);
            }
            rows++;
        }
        return rows;
    }

    private static async Task<List<string>> PlanAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        var lines = new List<string>();
        try
        {
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                lines.Add(reader.GetString(3));
            }
        }
        catch (SqliteException e)
        {
            lines.Add("(no plan: " + e.Message + ")");
        }
        return lines;
    }

    /// <summary>Runs the request once with a command interceptor and returns its SQL with literal parameter values.</summary>
    internal static async Task<List<string>> CapturedSqlAsync<T>(IServiceProvider provider, IRequest<T> request)
    {
        SqlCapture.Current = [];
        try
        {
            await SendRawAsync(provider, request);
            return SqlCapture.Current;
        }
        finally
        {
            SqlCapture.Current = null;
        }
    }

    private static async Task<int> SendAsync(IServiceProvider provider, ListStatements request) =>
        (await SendRawAsync(provider, request)).Items.Count;

    private static async Task<T> SendRawAsync<T>(IServiceProvider provider, IRequest<T> request)
    {
        await using var scope = provider.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set("bench", "bench@claimtracker.test", [Roles.Viewer]);
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    internal static string Show((double Wall, double Cpu) time) => $"{time.Wall:F2} ({time.Cpu:F2})";

    internal static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    /// <summary>
    /// Where a use case's time goes besides its SQL: for a small speaker's first page (three statements: each part's
    /// keys, then the columns), each layer of the pipeline timed on its own; for the unfiltered first page (one
    /// statement), the page's query through EF alone, then without the outside fact-checks (a collection, which EF
    /// reads as joined rows it orders and groups), then that compiled (EF.CompileAsyncQuery: no lookup of the
    /// expression tree in EF's query cache, no parameter extraction). So the fixed cost per request can be attributed.
    /// </summary>
    internal static async Task OverheadAsync(IServiceProvider provider, SqliteConnection connection, int runs, int speaker)
    {
        var request = new ListStatements { SpeakerId = speaker, PageSize = PageSize };
        var wheres = new[] { $"s.\"SpeakerId\" = {speaker}", $"s.\"OnBehalfOfId\" = {speaker} AND s.\"SpeakerId\" <> {speaker}" };
        Console.WriteLine($"Fixed cost per request (small speaker, page 1; then the unfiltered page 1), ms wall (ms CPU):");
        var steps = new (string Name, Func<Task<int>> Run)[]
        {
            ("scope and mediator only", async () =>
            {
                await using var scope = provider.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<CurrentUser>().Set("bench", "bench@claimtracker.test", [Roles.Viewer]);
                return scope.ServiceProvider.GetRequiredService<IMediator>() is null ? 0 : 1;
            }),
            ("scope, context, one key lookup", async () =>
            {
                await using var scope = provider.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<IClaimTrackerDb>();
                return await db.Topics.AsNoTracking().Where(t => t.Id == 1).Select(t => t.Id).FirstOrDefaultAsync();
            }),
            ("validators alone", async () =>
            {
                await using var scope = provider.CreateAsyncScope();
                var validators = scope.ServiceProvider.GetServices<FluentValidation.IValidator<ListStatements>>();
                return (await ClaimTracker.Application.Common.Behaviours.RequestValidation.FailuresAsync(validators, request, CancellationToken.None)).Count;
            }),
            ("handler alone (no pipeline)", async () =>
            {
                await using var scope = provider.CreateAsyncScope();
                var handler = scope.ServiceProvider.GetRequiredService<IRequestHandler<ListStatements, Page<StatementSummary>>>();
                return (await handler.Handle(request, CancellationToken.None)).Items.Count;
            }),
            ("whole use case (pipeline)", () => SendAsync(provider, request)),
            ("unfiltered: scope and context, no query", async () =>
            {
                await using var scope = provider.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<IClaimTrackerDb>();
                return db.Statements is null ? 0 : 1;
            }),
            ("unfiltered: the page's query alone", async () =>
            {
                await using var scope = provider.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<IClaimTrackerDb>();
                var mapping = scope.ServiceProvider.GetRequiredService<AutoMapper.IConfigurationProvider>();
                return (await db.Statements.AsNoTracking().OrderByDescending(s => s.SaidOn).ThenByDescending(s => s.Id).Take(26)
                    .ProjectTo<StatementSummary>(mapping, new { publishers = db.Publishers.AsNoTracking() }).ToListAsync()).Count;
            }),
            ("unfiltered: the same, without outside reviews", async () =>
            {
                await using var scope = provider.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<IClaimTrackerDb>();
                return (await db.Statements.AsNoTracking().OrderByDescending(s => s.SaidOn).ThenByDescending(s => s.Id).Take(26)
                    .Select(s => new { s.Id, s.Quote, s.QuoteKind, s.SpeakerId, s.Speaker.Name, s.SpeakerRole, s.SaidOn, s.SaidOnPrecision, s.Source.Outlet,
                        Rating = s.Review != null ? s.Review.Rating : (Rating?)null, Status = s.Review != null ? s.Review.Status : (ReviewStatus?)null,
                        Rebuttals = s.IncomingLinks.Count(l => l.Relation == ClaimTracker.Domain.Statements.LinkRelation.Rebuts) }).ToListAsync()).Count;
            }),
            ("unfiltered: compiled, without outside reviews", async () =>
            {
                await using var scope = provider.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<ClaimTracker.Infrastructure.Persistence.ClaimTrackerDbContext>();
                var n = 0;
                await foreach (var _ in Compiled(db, 26))
                {
                    n++;
                }
                return n;
            }),
            ("unfiltered: use case", () => SendAsync(provider, new ListStatements { PageSize = PageSize })),
            ("unfiltered: hand SQL", () => HandAsync(connection, ["1 = 1"], null, 0)),
            ("hand SQL", () => HandAsync(connection, wheres, null, 0)),
        };
        foreach (var (name, run) in steps)
        {
            Console.WriteLine($"  {name,-48} {Show(await MedianAsync(runs, run)),16}");
        }
    }

    private static readonly Func<ClaimTracker.Infrastructure.Persistence.ClaimTrackerDbContext, int, IAsyncEnumerable<object>> Compiled =
        EF.CompileAsyncQuery((ClaimTracker.Infrastructure.Persistence.ClaimTrackerDbContext db, int take) =>
            db.Statements.AsNoTracking().OrderByDescending(s => s.SaidOn).ThenByDescending(s => s.Id).Take(take)
                .Select(s => (object)new
                {
                    s.Id,
                    s.Quote,
                    s.QuoteKind,
                    s.SpeakerId,
                    s.Speaker.Name,
                    s.SpeakerRole,
                    s.SaidOn,
                    s.SaidOnPrecision,
                    s.Source.Outlet,
                    Rating = s.Review != null ? s.Review.Rating : (Rating?)null,
                    Status = s.Review != null ? s.Review.Status : (ReviewStatus?)null,
                    Rebuttals = s.IncomingLinks.Count(l => l.Relation == ClaimTracker.Domain.Statements.LinkRelation.Rebuts)
                }));

    private const int WarmUps = 3;

    internal static async Task<(double Wall, double Cpu)> MedianAsync(int runs, Func<Task<int>> action)
    {
        for (var i = 0; i < WarmUps; i++)
        {
            await action();
        }
        var walls = new List<double>();
        var cpus = new List<double>();
        using var process = Process.GetCurrentProcess();
        for (var i = 0; i < runs; i++)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            await action();
            walls.Add(watch.Elapsed.TotalMilliseconds);
            process.Refresh();
            cpus.Add((process.TotalProcessorTime - cpu).TotalMilliseconds);
        }
        walls.Sort();
        cpus.Sort();
        return (walls[runs / 2], cpus[runs / 2]);
    }
}

/// <summary>
/// Records the SQL EF sends while <see cref="Current"/> is set, with parameters written in as literals; listens to
/// EF's diagnostic events, so the app's registrations stay as they are.
/// </summary>
internal sealed class SqlCapture : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
{
    private static readonly AsyncLocal<List<string>?> Captured = new();
    private static IDisposable? _subscription;

    public static List<string>? Current
    {
        get => Captured.Value;
        set
        {
            _subscription ??= DiagnosticListener.AllListeners.Subscribe(new SqlCapture());
            Captured.Value = value;
        }
    }

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            value.Subscribe(this);
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == RelationalEventId.CommandExecuting.Name && value.Value is CommandEventData data)
        {
            Current?.Add(Inline(data.Command));
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    private static string Inline(DbCommand command)
    {
        var sql = command.CommandText;
        // Longest names first, so @p1 does not replace the start of @p10.
        foreach (var p in command.Parameters.Cast<DbParameter>().OrderByDescending(p => p.ParameterName.Length))
        {
            var value = p.Value switch
            {
                null or DBNull => "NULL",
                string s => "'" + s.Replace("'", "''", StringComparison.Ordinal) + "'",
                bool b => b ? "1" : "0",
                // As EF's SQLite provider writes them: text, so the plan compares like with like.
                DateTime t => "'" + t.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture) + "'",
                DateOnly d => "'" + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "'",
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                var o => "'" + o + "'",
            };
            // Raw SQL's parameters (SqlQueryRaw) are named without the @ their SQL writes.
            var name = p.ParameterName.StartsWith('@') ? p.ParameterName : "@" + p.ParameterName;
            sql = sql.Replace(name, value, StringComparison.Ordinal);
        }
        return sql;
    }
}
