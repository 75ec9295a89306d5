using System.Diagnostics;
using System.Globalization;
using ClaimTracker.Application;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Statements;
using ClaimTracker.Application.Stats;
using ClaimTracker.Infrastructure;
using ClaimTracker.Infrastructure.Identity;
using ClaimTracker.Infrastructure.Persistence;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

// Usage: dotnet run -c Release --project tests/ClaimTracker.Benchmarks -- [statements] [forOneSpeaker] [runs] [file]
// Defaults: 1,000,000 statements, 100,000 of them by one speaker, 7 timed runs per query, a temp file (kept when given).
// A fifth argument "search" times only the search section; "stats" only the statistics read model's section;
// "lists" only the list queries against hand SQL, with plans; "overhead" only the fixed cost per request. "import" as the only argument times the import
// pipeline alone (see ImportBenchmark).
if (args is ["import"])
{
    return await ImportBenchmark.RunAsync();
}
var total = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
var big = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000;
var runs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 7;
var file = args.Length > 3 ? Path.GetFullPath(args[3]) : Path.Combine(Path.GetTempPath(), $"claimtracker-bench-{total}.db");

var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
{
    ["ConnectionStrings:Sqlite"] = $"Data Source={file}",
    ["Database:Provider"] = "Sqlite",
}).Build();
var services = new ServiceCollection();
services.AddLogging();
services.Configure<IdentityOptions>(IdentityStore.Configure);
services.AddClaimTrackerApplication();
services.AddClaimTrackerInfrastructure(configuration, Path.GetTempPath());
await using var provider = services.BuildServiceProvider();

var fill = !File.Exists(file);
await using (var scope = provider.CreateAsyncScope())
{
    await scope.ServiceProvider.GetRequiredService<ClaimTrackerDbContext>().Database.MigrateAsync();
}
if (fill)
{
    var watch = Stopwatch.StartNew();
    await Filler.FillAsync($"Data Source={file}", total, big);
    Console.WriteLine($"Filled {file}: {total:N0} statements ({big:N0} for speaker 1) in {watch.Elapsed.TotalSeconds:F1} s");
}
else
{
    // A reused file may just have gained indexes from a new migration: give the planner their statistics.
    await using var connection = new SqliteConnection($"Data Source={file}");
    await connection.OpenAsync();
    await using var analyze = connection.CreateCommand();
    analyze.CommandText = "ANALYZE;";
    await analyze.ExecuteNonQueryAsync();
    Console.WriteLine($"Reusing {file}");
}

async Task<T> Send<T>(IRequest<T> request)
{
    await using var scope = provider.CreateAsyncScope();
    scope.ServiceProvider.GetRequiredService<CurrentUser>().Set("bench", "bench@claimtracker.test", [Roles.Viewer]);
    return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
}

async Task Time<T>(string name, Func<IRequest<T>> request)
{
    await Send(request()); // warm-up: query compilation, page cache
    var times = new List<double>();
    for (var i = 0; i < runs; i++)
    {
        var watch = Stopwatch.StartNew();
        await Send(request());
        times.Add(watch.Elapsed.TotalMilliseconds);
    }
    times.Sort();
    Console.WriteLine($"{name,-46} median {times[times.Count / 2],8:F1} ms   max {times[^1],8:F1} ms");
}

var onlySearch = args.Length > 4 && args[4] == "search";
var onlyStats = args.Length > 4 && args[4] == "stats";
if (args.Length > 4 && args[4] == "overhead")
{
    // The fixed cost per request alone, layer by layer (a minute instead of the lists' five).
    await using var connection = new SqliteConnection($"Data Source={file}");
    await connection.OpenAsync();
    await ListsBenchmark.OverheadAsync(provider, connection, runs, speaker: 2);
    await connection.CloseAsync();
    SqliteConnection.ClearAllPools();
    return 0;
}
if (args.Length > 4 && args[4] == "lists")
{
    // Lists only: every list query and search against hand SQL, with plans (ListsBenchmark).
    await ListsBenchmark.RunAsync(provider, $"Data Source={file}", runs, bigSpeaker: 1, smallSpeaker: 2);
    SqliteConnection.ClearAllPools();
    return 0;
}
if (!onlySearch)
{
    // First: a freshly filled file has no statistics until this section rebuilds them (and times it).
    await StatsBenchmark.RunAsync(file, runs);
}
if (!onlySearch && !onlyStats)
{
    Console.WriteLine($"Each query through the full pipeline, {runs} runs after one warm-up:");
    await Time("GetSpeakerVerdicts (big speaker)", () => new GetSpeakerVerdicts(1));
    await Time("GetSpeakerTimeline (big speaker)", () => new GetSpeakerTimeline(1));
    await Time("GetSpeakerLinks (big speaker)", () => new GetSpeakerLinks(1));
    await Time("GetSpeakerTopics (big speaker)", () => new GetSpeakerTopics(1));
    await Time("GetSpeakerRebutters (big speaker)", () => new GetSpeakerRebutters(1));
    await Time("ListStatements page 1 (big speaker)", () => new ListStatements { SpeakerId = 1 });
    await Time("ListStatements page 1 (big speaker, unrated)", () => new ListStatements { SpeakerId = 1, Verdicts = VerdictSet.Of([null]) });
    await Time("GetSpeakerVerdicts (small speaker)", () => new GetSpeakerVerdicts(2));
    await Time("CompareSpeakers (big + 2 small)", () => new CompareSpeakers([1, 2, 3]));
    await Time("GetReviewStatusCounts (whole desk)", () => new GetReviewStatusCounts());
    await Time("GetPublishedPerWeek (12 weeks)", () => new GetPublishedPerWeek(12));
    await Time("GetAnalystWork (30 days)", () => new GetAnalystWork(30));
    await Time("GetActiveTopics (30 days)", () => new GetActiveTopics(30));
    await Time("ListRecentActivity", () => new ListRecentActivity(12));
}

if (!onlyStats)
{
    await SearchBenchmark.RunAsync(provider, $"Data Source={file}", runs);
}

SqliteConnection.ClearAllPools();
return 0;

/// <summary>
/// Fast bulk load: raw SQL, one transaction per table, one prepared command whose parameters change per row.
/// Speaker 1 gets <c>big</c> statements; the rest are spread over 999 other speakers. About a third are rated,
/// one in ten is rebutted by another speaker, one in fifty repeats an earlier one; each has one to three topics;
/// one in four has outside fact-checks.
/// </summary>
internal static class Filler
{
    private const int Speakers = 1000;
    private const int Topics = 60;
    private const int OutsidePublishers = 12;
    internal const int SmallTopic = Topics + 1;
    internal const int MidTopic = Topics + 2;
    private static readonly string[] Ratings = ["True", "MostlyTrue", "HalfTrue", "MostlyFalse", "False", "Unverified", "Misleading"];
    private static readonly string[] Statuses = ["Draft", "InReview", "Published"];
    private static readonly string[] Users = ["ana@desk.test", "ben@desk.test", "chloe@desk.test", "dev@desk.test"];

    public static async Task FillAsync(string connectionString, int total, int big)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await Exec(connection, "PRAGMA synchronous = OFF;");
        var now = DateTime.UtcNow;
        var random = new Random(20261125);
        static string Stamp(DateTime t) => t.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);

        await Bulk(connection,
            """INSERT INTO "Speakers" ("Id","Name","Kind","Version","CreatedAtUtc","CreatedBy") VALUES ($id,$name,'Person',$v,$at,'bench')""",
            Speakers, (c, i) =>
            {
                c.Parameters["$id"].Value = i + 1;
                c.Parameters["$name"].Value = $"Speaker {i + 1:D4}";
                c.Parameters["$v"].Value = Guid.NewGuid().ToString().ToUpperInvariant();
                c.Parameters["$at"].Value = Stamp(now);
            }, "$id", "$name", "$v", "$at");
        await Exec(connection, $"""INSERT INTO "Sources" ("Id","Outlet","Headline","PublishedPrecision","Kind","Version","CreatedAtUtc") VALUES (1,'Bench Daily','Bench','Day','NewsArticle','{Guid.NewGuid().ToString().ToUpperInvariant()}','{Stamp(now)}')""");
        await Bulk(connection, """INSERT INTO "Topics" ("Id","Name") VALUES ($id,$name)""", Topics, (c, i) =>
        {
            c.Parameters["$id"].Value = i + 1;
            c.Parameters["$name"].Value = $"Topic {i + 1:D2}";
        }, "$id", "$name");

        var start = new DateOnly(2005, 1, 1);
        var speakerOf = new int[total + 1];
        await Bulk(connection,
            """
            INSERT INTO "Statements" ("Id","Quote","QuoteKind","SpeakerId","OnBehalfOfId","SaidOn","SaidOnPrecision","SourceId","Version","CreatedAtUtc","CreatedBy")
            VALUES ($id,$quote,'DirectQuote',$speaker,$behalf,$said,'Day',1,$v,$at,$by)
            """,
            total, (c, i) =>
            {
                var id = i + 1;
                var speaker = id <= big ? 1 : 2 + (id % (Speakers - 1));
                speakerOf[id] = speaker;
                c.Parameters["$id"].Value = id;
                c.Parameters["$quote"].Value = $"Claim {id} about topic {(id % Topics) + 1} and the economy";
                c.Parameters["$speaker"].Value = speaker;
                c.Parameters["$behalf"].Value = id % 97 == 0 && speaker != 1 ? 1 : DBNull.Value; // a few on behalf of speaker 1
                c.Parameters["$said"].Value = start.AddDays(random.Next(0, 7300)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                c.Parameters["$v"].Value = Guid.NewGuid().ToString().ToUpperInvariant();
                c.Parameters["$at"].Value = Stamp(now.AddMinutes(-random.Next(0, 60 * 24 * 365)));
                c.Parameters["$by"].Value = Users[id % Users.Length];
            }, "$id", "$quote", "$speaker", "$behalf", "$said", "$v", "$at", "$by");

        await Bulk(connection, """INSERT INTO "StatementTopics" ("StatementsId","TopicsId") VALUES ($s,$t)""", total * 2, (c, i) =>
        {
            var id = (i / 2) + 1;
            c.Parameters["$s"].Value = id;
            c.Parameters["$t"].Value = i % 2 == 0 ? (id % Topics) + 1 : ((id * 7) % Topics) + 1 == (id % Topics) + 1 ? ((id + 1) % Topics) + 1 : ((id * 7) % Topics) + 1;
        }, "$s", "$t");
        // One small topic (one statement in 5,000), the case where walking the date index and probing each statement
        // for the tag reads nearly the whole index before a page is full.
        await Exec(connection, $"""INSERT INTO "Topics" ("Id","Name") VALUES ({SmallTopic},'Small topic')""");
        await Bulk(connection, """INSERT INTO "StatementTopics" ("StatementsId","TopicsId") VALUES ($s,$t)""", total / 5000, (c, i) =>
        {
            c.Parameters["$s"].Value = (i + 1) * 5000;
            c.Parameters["$t"].Value = SmallTopic;
        }, "$s", "$t");
        // One mid-size topic (one statement in 200): near where walking and collecting cost the same (ADR 24).
        await Exec(connection, $"""INSERT INTO "Topics" ("Id","Name") VALUES ({MidTopic},'Mid-size topic')""");
        await Bulk(connection, """INSERT INTO "StatementTopics" ("StatementsId","TopicsId") VALUES ($s,$t)""", total / 200, (c, i) =>
        {
            c.Parameters["$s"].Value = (i * 200) + 77;
            c.Parameters["$t"].Value = MidTopic;
        }, "$s", "$t");

        var rated = total / 3;
        await Bulk(connection,
            """
            INSERT INTO "Reviews" ("StatementId","Rating","Rationale","Status","PublishedAtUtc","PublishedBy","Version","CreatedAtUtc","CreatedBy",
                "PublishedQuote","PublishedQuoteKind","PublishedSpeakerName","PublishedSaidOn","PublishedSaidOnPrecision","PublishedSourceOutlet","PublishedSourceHeadline")
            SELECT $s,$r,'Checked.',$status,$pub,$pby,$v,$at,$by,
                -- A published verdict keeps what the public saw (docs/adr/0007): the /fact-checks list reads only that.
                CASE WHEN $status = 'Published' THEN s."Quote" END, CASE WHEN $status = 'Published' THEN s."QuoteKind" END,
                CASE WHEN $status = 'Published' THEN p."Name" END, CASE WHEN $status = 'Published' THEN s."SaidOn" END,
                CASE WHEN $status = 'Published' THEN s."SaidOnPrecision" END,
                CASE WHEN $status = 'Published' THEN 'Bench Daily' END, CASE WHEN $status = 'Published' THEN 'Bench' END
            FROM "Statements" s JOIN "Speakers" p ON p."Id" = s."SpeakerId" WHERE s."Id" = $s
            """,
            rated, (c, i) =>
            {
                var status = Statuses[i % 3];
                c.Parameters["$s"].Value = (i * 3) + 1;
                c.Parameters["$r"].Value = Ratings[random.Next(Ratings.Length)];
                c.Parameters["$status"].Value = status;
                c.Parameters["$pub"].Value = status == "Published" ? Stamp(now.AddHours(-random.Next(0, 24 * 200))) : DBNull.Value;
                c.Parameters["$pby"].Value = status == "Published" ? Users[i % Users.Length] : DBNull.Value;
                c.Parameters["$v"].Value = Guid.NewGuid().ToString().ToUpperInvariant();
                c.Parameters["$at"].Value = Stamp(now.AddMinutes(-random.Next(0, 60 * 24 * 365)));
                c.Parameters["$by"].Value = Users[(i + 1) % Users.Length];
            }, "$s", "$r", "$status", "$pub", "$pby", "$v", "$at", "$by");

        // Outside fact-checks: one statement in four has one to three, from twelve publishers (ids 2 to 13; 1 is the
        // seeded PolitiFact), so the lists read a realistic number of them and a plan that builds them all shows.
        await Bulk(connection,
            """INSERT INTO "Publishers" ("Id","Name","NameKey","CreatedAtUtc","CreatedBy") VALUES ($id,$name,$key,$at,'bench')""",
            OutsidePublishers, (c, i) =>
            {
                c.Parameters["$id"].Value = i + 2;
                c.Parameters["$name"].Value = $"Checker {i + 1:D2}";
                c.Parameters["$key"].Value = $"checker {i + 1:D2}";
                c.Parameters["$at"].Value = Stamp(now);
            }, "$id", "$name", "$key", "$at");
        var outside = new List<(int Statement, int Publisher)>();
        for (var id = 2; id <= total; id += 4)
        {
            var count = 1 + (id / 4 % 3);
            for (var k = 0; k < count; k++)
            {
                outside.Add((id, 2 + ((id + k) % OutsidePublishers)));
            }
        }
        await Bulk(connection,
            """
            INSERT INTO "OutsideReviews" ("StatementId","PublisherId","Label","Rating","Url","ReviewedOn","CreatedAtUtc","CreatedBy")
            VALUES ($s,$p,$label,$r,$url,$on,$at,'bench')
            """,
            outside.Count, (c, i) =>
            {
                var (statement, publisher) = outside[i];
                var rating = Ratings[(statement + publisher) % Ratings.Length];
                c.Parameters["$s"].Value = statement;
                c.Parameters["$p"].Value = publisher;
                c.Parameters["$label"].Value = rating;
                c.Parameters["$r"].Value = i % 10 == 0 ? DBNull.Value : rating; // a tenth not mapped yet
                c.Parameters["$url"].Value = $"https://checker{publisher}.test/{statement}";
                c.Parameters["$on"].Value = start.AddDays(random.Next(0, 7300)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                c.Parameters["$at"].Value = Stamp(now);
            }, "$s", "$p", "$label", "$r", "$url", "$on", "$at");

        // One in ten statements is rebutted by a statement of another speaker; one in fifty repeats the one before.
        var links = new List<(int From, int To, string Relation)>();
        for (var id = 1; id <= total; id += 10)
        {
            var from = random.Next(big + 1, total + 1);
            if (speakerOf[from] != speakerOf[id])
            {
                links.Add((from, id, "Rebuts"));
            }
        }
        for (var id = 51; id <= total; id += 50)
        {
            links.Add((id, id - 1, "Repeats"));
        }
        await Bulk(connection,
            """INSERT OR IGNORE INTO "StatementLinks" ("FromStatementId","ToStatementId","Relation","CreatedAtUtc","CreatedBy") VALUES ($f,$t,$r,$at,$by)""",
            links.Count, (c, i) =>
            {
                c.Parameters["$f"].Value = links[i].From;
                c.Parameters["$t"].Value = links[i].To;
                c.Parameters["$r"].Value = links[i].Relation;
                c.Parameters["$at"].Value = Stamp(now.AddMinutes(-random.Next(0, 60 * 24 * 365)));
                c.Parameters["$by"].Value = Users[i % Users.Length];
            }, "$f", "$t", "$r", "$at", "$by");

        // As rebuild-stats does after a bulk load: the search index's pieces merged into one (ADR 3).
        await Exec(connection, """INSERT INTO "StatementSearch"("StatementSearch") VALUES ('optimize');""");
        await Exec(connection, "ANALYZE;");
    }

    private static async Task Exec(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task Bulk(SqliteConnection connection, string sql, int count, Action<SqliteCommand, int> bind, params string[] parameters)
    {
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }
        command.Prepare();
        for (var i = 0; i < count; i++)
        {
            bind(command, i);
            await command.ExecuteNonQueryAsync();
        }
        await transaction.CommitAsync();
    }
}
