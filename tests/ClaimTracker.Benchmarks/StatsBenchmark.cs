using System.Diagnostics;
using System.Globalization;
using ClaimTracker.Application;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Reviews;
using ClaimTracker.Application.Statements;
using ClaimTracker.Application.Stats;
using ClaimTracker.Application.Stats.ReadModel;
using ClaimTracker.Domain.Common;
using ClaimTracker.Domain.Reviews;
using ClaimTracker.Domain.Statements;
using ClaimTracker.Infrastructure;
using ClaimTracker.Infrastructure.Identity;
using ClaimTracker.Infrastructure.Persistence;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// The statistics read model at scale (docs/adr/0014), section <c>stats</c>: for each chart and dashboard query, the
/// use case through the pipeline, the best hand-written SQL over the records (with covering indexes this section
/// adds) and over the read-model tables, on the same file; the writer's extra cost per command with and without the
/// read model; and the time to rebuild it.
/// </summary>
internal static class StatsBenchmark
{
    // Covering indexes for the hand-written SQL over the records, so the baseline is the best the records allow.
    private static readonly string[] CoveringIndexes =
    [
        """CREATE INDEX IF NOT EXISTS "bench_Reviews_Statement" ON "Reviews" ("StatementId", "Status", "Rating")""",
        """CREATE INDEX IF NOT EXISTS "bench_Reviews_Published" ON "Reviews" ("Status", "PublishedAtUtc", "Rating", "PublishedBy")""",
        """CREATE INDEX IF NOT EXISTS "bench_Reviews_Created" ON "Reviews" ("CreatedAtUtc", "CreatedBy")""",
        """CREATE INDEX IF NOT EXISTS "bench_Links_To" ON "StatementLinks" ("ToStatementId", "Relation", "FromStatementId")""",
        """CREATE INDEX IF NOT EXISTS "bench_Links_Created" ON "StatementLinks" ("CreatedAtUtc", "CreatedBy")""",
        """CREATE INDEX IF NOT EXISTS "bench_Statements_Speaker" ON "Statements" ("SpeakerId", "SaidOn", "OnBehalfOfId", "Id")""",
        """CREATE INDEX IF NOT EXISTS "bench_Statements_Created" ON "Statements" ("CreatedAtUtc", "CreatedBy", "Id")""",
        """CREATE INDEX IF NOT EXISTS "bench_Statements_Updated" ON "Statements" ("UpdatedAtUtc", "UpdatedBy")""",
    ];

    private const string Rated = """CASE WHEN r."Status" IS NULL THEN 'unrated' WHEN r."Status" = 'Published' THEN r."Rating" ELSE r."Status" END""";

    private static string Own(string select, string group) => $"""
        SELECT {select} FROM "Statements" s LEFT JOIN "Reviews" r ON r."StatementId" = s."Id" WHERE s."SpeakerId" = 1 GROUP BY {group}
        UNION ALL
        SELECT {select} FROM "Statements" s LEFT JOIN "Reviews" r ON r."StatementId" = s."Id" WHERE s."OnBehalfOfId" = 1 AND s."SpeakerId" <> 1 GROUP BY {group}
        """;

    private static string Flag(string relation, string other) => $"""
        SELECT COUNT(DISTINCT t."Id") FROM "Statements" t JOIN "StatementLinks" l ON l."ToStatementId" = t."Id" AND l."Relation" = '{relation}'
        JOIN "Statements" f ON f."Id" = l."FromStatementId" WHERE (t."SpeakerId" = 1 OR t."OnBehalfOfId" = 1) AND f."SpeakerId" {other} t."SpeakerId"
        """;

    private sealed record Case(string Name, Func<IServiceProvider, Task> Send, string[] RecordsSql, string[] ReadModelSql, double Target);

    public static async Task RunAsync(string file, int runs)
    {
        var connectionString = $"Data Source={file}";
        await using var with = Provider(connectionString, maintainStats: true);
        await using var without = Provider(connectionString, maintainStats: false);
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();

        Console.WriteLine();
        Console.WriteLine("Statistics read model (section 'stats'):");
        var watch = Stopwatch.StartNew();
        foreach (var index in CoveringIndexes)
        {
            await ExecAsync(connection, index);
        }
        await ExecAsync(connection, "ANALYZE;");
        Console.WriteLine($"Covering indexes for the hand-written SQL over the records: {watch.Elapsed.TotalSeconds:F1} s");
        // A file that already has its statistics (an earlier run) is not rebuilt here: the rebuild is timed at the end.
        if (await CountRowsAsync(connection, """SELECT COUNT(*) FROM (SELECT 1 FROM "StatsSpeakerVerdicts" LIMIT 1)""") == 0)
        {
            await RebuildAsync(with, "Rebuild at the start");
        }

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7)).AddDays(-7 * 11);
        var since30 = today.AddDays(-30);
        string Stamp(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        Case[] cases =
        [
            new("Speaker verdicts (big speaker)", p => Send(p, new GetSpeakerVerdicts(1)),
                [Own($"{Rated}, COUNT(*)", Rated)],
                ["""SELECT "Bucket", SUM("Count") FROM "StatsSpeakerVerdicts" WHERE "SpeakerId" = 1 AND "PublisherId" = 0 GROUP BY "Bucket" """], 50),
            new("Speaker timeline (big speaker)", p => Send(p, new GetSpeakerTimeline(1)),
                [Own($"""substr(s."SaidOn", 1, 7), {Rated}, COUNT(*)""", $"""substr(s."SaidOn", 1, 7), {Rated}""")],
                ["""SELECT "Month", "Bucket", SUM("Count") FROM "StatsSpeakerVerdicts" WHERE "SpeakerId" = 1 AND "PublisherId" = 0 GROUP BY "Month", "Bucket" """], 50),
            new("Speaker links (big speaker)", p => Send(p, new GetSpeakerLinks(1)),
                [Flag("Rebuts", "<>"), Flag("Confirms", "<>"), Flag("Contradicts", "<>"), Flag("Contradicts", "="),
                 """SELECT COUNT(DISTINCT l."FromStatementId") FROM "Statements" s JOIN "StatementLinks" l ON l."FromStatementId" = s."Id" AND l."Relation" = 'Repeats' WHERE s."SpeakerId" = 1 OR s."OnBehalfOfId" = 1""",
                 """SELECT COUNT(*) FROM "Statements" WHERE "SpeakerId" = 1 OR "OnBehalfOfId" = 1"""],
                ["""SELECT "Category", SUM("Count") FROM "StatsSpeakerLinks" WHERE "SpeakerId" = 1 GROUP BY "Category" """,
                 """SELECT SUM("Count") FROM "StatsSpeakerVerdicts" WHERE "SpeakerId" = 1 AND "PublisherId" = 0"""], 50),
            new("Speaker topics (big speaker)", p => Send(p, new GetSpeakerTopics(1)),
                ["""
                 SELECT t, SUM(c) FROM (
                   SELECT st."TopicsId" t, COUNT(*) c FROM "Statements" s JOIN "StatementTopics" st ON st."StatementsId" = s."Id" WHERE s."SpeakerId" = 1 GROUP BY 1
                   UNION ALL
                   SELECT st."TopicsId", COUNT(*) FROM "Statements" s JOIN "StatementTopics" st ON st."StatementsId" = s."Id" WHERE s."OnBehalfOfId" = 1 AND s."SpeakerId" <> 1 GROUP BY 1)
                 GROUP BY t ORDER BY 2 DESC LIMIT 8
                 """],
                ["""SELECT "TopicId", SUM("Count") c FROM "StatsSpeakerTopics" WHERE "SpeakerId" = 1 GROUP BY "TopicId" ORDER BY c DESC LIMIT 8"""], 50),
            new("Speaker rebutters (big speaker)", p => Send(p, new GetSpeakerRebutters(1)),
                ["""
                 SELECT f."SpeakerId", COUNT(*) c FROM "Statements" t JOIN "StatementLinks" l ON l."ToStatementId" = t."Id" AND l."Relation" = 'Rebuts'
                 JOIN "Statements" f ON f."Id" = l."FromStatementId" WHERE (t."SpeakerId" = 1 OR t."OnBehalfOfId" = 1) AND f."SpeakerId" <> t."SpeakerId"
                 GROUP BY f."SpeakerId" ORDER BY c DESC LIMIT 8
                 """],
                ["""SELECT "RebutterId", SUM("Count") c FROM "StatsSpeakerRebutters" WHERE "SpeakerId" = 1 GROUP BY "RebutterId" ORDER BY c DESC LIMIT 8"""], 50),
            new("Compare speakers (big + 2 small)", p => Send(p, new CompareSpeakers([1, 2, 3])),
                [Own($"""substr(s."SaidOn", 1, 7), {Rated}, COUNT(*)""", $"""substr(s."SaidOn", 1, 7), {Rated}""")],
                ["""SELECT "SpeakerId", "Month", "Bucket", "Count" FROM "StatsSpeakerVerdicts" WHERE "SpeakerId" IN (1, 2, 3) AND "PublisherId" = 0"""], 20),
            new("Dashboard: review status counts", p => Send(p, new GetReviewStatusCounts()),
                ["""SELECT COUNT(*) FROM "Statements" """, """SELECT "Status", COUNT(*) FROM "Reviews" GROUP BY "Status" """],
                ["""SELECT "Bucket", SUM("Count") FROM "StatsSpeakerVerdicts" WHERE "SpeakerId" = 0 AND "PublisherId" = 0 GROUP BY "Bucket" """], 20),
            new("Dashboard: published per week (12)", p => Send(p, new GetPublishedPerWeek(12)),
                [$"""SELECT substr("PublishedAtUtc", 1, 10), "Rating", COUNT(*) FROM "Reviews" WHERE "Status" = 'Published' AND "PublishedAtUtc" >= '{Stamp(monday)}' GROUP BY 1, 2"""],
                [$"""SELECT "Day", "Rating", SUM("Count") FROM "StatsDeskDays" WHERE "Kind" = 4 AND "Day" >= '{Stamp(monday)}' GROUP BY "Day", "Rating" """], 20),
            new("Dashboard: analyst work (30 days)", p => Send(p, new GetAnalystWork(30)),
                [$"""SELECT "CreatedBy", COUNT(*) FROM "Statements" WHERE "CreatedAtUtc" >= '{Stamp(since30)}' GROUP BY 1""",
                 $"""SELECT "UpdatedBy", COUNT(*) FROM "Statements" WHERE "UpdatedAtUtc" >= '{Stamp(since30)}' GROUP BY 1""",
                 $"""SELECT "CreatedBy", COUNT(*) FROM "StatementLinks" WHERE "CreatedAtUtc" >= '{Stamp(since30)}' GROUP BY 1""",
                 $"""SELECT "CreatedBy", COUNT(*) FROM "Reviews" WHERE "CreatedAtUtc" >= '{Stamp(since30)}' GROUP BY 1""",
                 $"""SELECT "PublishedBy", COUNT(*) FROM "Reviews" WHERE "Status" = 'Published' AND "PublishedAtUtc" >= '{Stamp(since30)}' GROUP BY 1"""],
                [$"""SELECT "Member", "Kind", SUM("Count") FROM "StatsDeskDays" WHERE "Day" >= '{Stamp(since30)}' GROUP BY "Member", "Kind" """], 20),
            new("Dashboard: active topics (30 days)", p => Send(p, new GetActiveTopics(30)),
                [$"""SELECT st."TopicsId", COUNT(*) c FROM "Statements" s JOIN "StatementTopics" st ON st."StatementsId" = s."Id" WHERE s."CreatedAtUtc" >= '{Stamp(since30)}' GROUP BY 1 ORDER BY c DESC LIMIT 8"""],
                [$"""SELECT "TopicId", SUM("Count") c FROM "StatsTopicDays" WHERE "Day" >= '{Stamp(since30)}' GROUP BY "TopicId" ORDER BY c DESC LIMIT 8"""], 20),
        ];

        Console.WriteLine($"Each query, median of {runs} runs after warm-ups, ms wall (ms of this process's CPU), load {ListsBenchmark.Load()};");
        Console.WriteLine("ratio = use case / hand SQL over the read model:");
        Console.WriteLine($"{"query",-38} {"use case",16} {"SQL records",12} {"SQL read model",16} {"ratio",7} {"target",8}");
        var speakerCharts = (Wall: 0.0, Cpu: 0.0);
        var speakerChartsSql = 0.0;
        foreach (var c in cases)
        {
            var useCase = await MedianAsync(runs, () => c.Send(with));
            var records = await MedianAsync(runs, async () =>
            {
                foreach (var sql in c.RecordsSql)
                {
                    await ReadAllAsync(connection, sql);
                }
            });
            var readModel = await MedianAsync(runs, async () =>
            {
                foreach (var sql in c.ReadModelSql)
                {
                    await ReadAllAsync(connection, sql);
                }
            });
            var speaker = c.Name.StartsWith("Speaker", StringComparison.Ordinal);
            if (speaker)
            {
                speakerCharts = (speakerCharts.Wall + useCase.Wall, speakerCharts.Cpu + useCase.Cpu);
                speakerChartsSql += readModel.Wall;
            }
            Console.WriteLine($"{c.Name,-38} {ListsBenchmark.Show(useCase),16} {records.Wall,12:F2} {ListsBenchmark.Show(readModel),16} {useCase.Wall / readModel.Wall,6:F1}x {(speaker ? "" : $"<{c.Target} ms"),8}");
        }
        Console.WriteLine($"{"Five speaker charts together",-38} {ListsBenchmark.Show(speakerCharts),16} {"",12} {speakerChartsSql,16:F2} {speakerCharts.Wall / speakerChartsSql,6:F1}x {"<50 ms",8}");

        await WritesAsync(with, without, runs);
        await RebuildAsync(with, "Rebuild after the write runs");
    }

    /// <summary>
    /// Each command through the pipeline on the same file, once with the read model maintained and once without
    /// (a provider whose context has no statistics interceptor); the difference is what the read model costs a writer.
    /// </summary>
    private static async Task WritesAsync(IServiceProvider with, IServiceProvider without, int runs)
    {
        var count = Math.Max(runs, 15);
        Console.WriteLine();
        Console.WriteLine($"Writer's cost per command, median of {count}, ms wall (ms CPU), load {ListsBenchmark.Load()} (statement by the big speaker):");
        Console.WriteLine($"{"command",-22} {"with read model",16} {"without",16} {"extra",16} {"target",8}");
        foreach (var (name, prepare, run) in new (string, Func<IServiceProvider, Task<int>>, Func<IServiceProvider, int, Task>)[]
        {
            ("create statement", _ => Task.FromResult(0), async (p, _) => await AsEditor(p, new CreateStatement(Input()))),
            ("publish review", async p =>
            {
                var id = await AsEditor(p, new CreateStatement(Input()));
                await AsEditor(p, new DraftReview(id, null, Verdict()));
                await AsEditor(p, new SubmitReview(id, await ReviewVersion(p, id)));
                return id;
            }, async (p, id) => await AsEditor(p, new PublishReview(id, await ReviewVersion(p, id)), SecondEditor)),
            ("draft review", p => AsEditor(p, new CreateStatement(Input())), async (p, id) => await AsEditor(p, new DraftReview(id, null, Verdict()))),
            ("link statements", p => AsEditor(p, new CreateStatement(Input())), async (p, id) => await AsEditor(p, new LinkStatements(id, 1 + (id % 1000), LinkRelation.Rebuts, null) { ConfirmedEarlierResponse = true })),
        })
        {
            // With and without alternate, so a change in the machine's load hits both alike.
            var samples = new Dictionary<IServiceProvider, (List<double> Wall, List<double> Cpu)> { [with] = ([], []), [without] = ([], []) };
            using var process = Process.GetCurrentProcess();
            for (var i = -WriteWarmUps; i < count; i++)
            {
                foreach (var provider in new[] { with, without })
                {
                    var id = await prepare(provider);
                    process.Refresh();
                    var cpu = process.TotalProcessorTime;
                    var watch = Stopwatch.StartNew();
                    await run(provider, id);
                    var wall = watch.Elapsed.TotalMilliseconds;
                    process.Refresh();
                    if (i >= 0)
                    {
                        samples[provider].Wall.Add(wall);
                        samples[provider].Cpu.Add((process.TotalProcessorTime - cpu).TotalMilliseconds);
                    }
                }
            }
            var times = samples.ToDictionary(p => p.Key, p => (Wall: Median(p.Value.Wall), Cpu: Median(p.Value.Cpu)));
            Console.WriteLine($"{name,-22} {ListsBenchmark.Show(times[with]),16} {ListsBenchmark.Show(times[without]),16} {ListsBenchmark.Show((times[with].Wall - times[without].Wall, times[with].Cpu - times[without].Cpu)),16} {"<5 ms",8}");
        }
    }

    private const int WriteWarmUps = 3;

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }

    private static StatementInput Input() => new()
    {
        Quote = "A benchmark claim about the economy",
        QuoteKind = QuoteKind.DirectQuote,
        SpeakerId = 1,
        SaidOn = new DateOnly(2020, 6, 1),
        SaidOnPrecision = DatePrecision.Day,
        SourceId = 1,
        // No topics: the filler writes topics without name keys, which the use case's topic lookup relies on.
        Topics = [],
    };

    private static ReviewInput Verdict() => new() { Rating = Rating.False, Rationale = "Checked against the record." };

    private static async Task<Guid> ReviewVersion(IServiceProvider provider, int statementId)
    {
        await using var scope = provider.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ClaimTrackerDbContext>().Reviews
            .Where(r => r.StatementId == statementId).Select(r => r.Version).SingleAsync();
    }

    /// <summary>Four eyes: the member who drafted a verdict cannot publish it.</summary>
    private const string SecondEditor = "second-editor@desk.test";

    private static async Task<T> AsEditor<T>(IServiceProvider provider, IRequest<T> request, string editor = "editor@desk.test")
    {
        await using var scope = provider.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set("bench-" + editor, editor, [Roles.Editor]);
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    private static async Task RebuildAsync(IServiceProvider provider, string what)
    {
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClaimTrackerDbContext>();
        var watch = Stopwatch.StartNew();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var result = await StatsRebuilder.RebuildAsync(db, CancellationToken.None);
        await transaction.CommitAsync();
        Console.WriteLine($"{what}: {result.Rows:N0} rows in {watch.Elapsed.TotalSeconds:F1} s");
    }

    private static ServiceProvider Provider(string connectionString, bool maintainStats)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Sqlite"] = connectionString,
            ["Database:Provider"] = "Sqlite",
            ["Database:MaintainStats"] = maintainStats ? "true" : "false",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.Configure<IdentityOptions>(IdentityStore.Configure);
        services.AddClaimTrackerApplication();
        services.AddClaimTrackerInfrastructure(configuration, Path.GetTempPath());
        return services.BuildServiceProvider();
    }

    private static async Task Send<T>(IServiceProvider provider, IRequest<T> request)
    {
        await using var scope = provider.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set("bench", "bench@claimtracker.test", [Roles.Viewer]);
        await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    private static Task<(double Wall, double Cpu)> MedianAsync(int runs, Func<Task> action) =>
        ListsBenchmark.MedianAsync(runs, async () =>
        {
            await action();
            return 0;
        });

    private static async Task ReadAllAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
        }
    }

    private static async Task<long> CountRowsAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task ExecAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync();
    }
}
