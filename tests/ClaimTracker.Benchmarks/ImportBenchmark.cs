using System.Diagnostics;
using System.Globalization;
using System.Text;
using ClaimTracker.Application;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Imports;
using ClaimTracker.Application.Imports.Formats;
using ClaimTracker.Domain.Imports;
using ClaimTracker.Infrastructure;
using ClaimTracker.Infrastructure.Persistence;
using MediatR;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// <c>-- import</c>: the whole LIAR data set's shape (12,836 rows in three TSV files, about 3,300 speakers and 140
/// subjects) generated here from made-up words, imported through the real pipeline (file checks, hand-entry
/// validation per row, chunked transactions) into a fresh migrated SQLite file; then the best hand-written baseline,
/// prepared raw ADO.NET inserts of the same rows with no validation, into another fresh file. Prints both and the ratio.
/// </summary>
internal static class ImportBenchmark
{
    private static readonly (string Name, int Rows)[] Files = [("train.tsv", 10_269), ("valid.tsv", 1_284), ("test.tsv", 1_283)];
    private static readonly string[] Labels = ["true", "mostly-true", "half-true", "barely-true", "false", "pants-fire"];
    private static readonly string[] Parties = ["republican", "democrat", "none", "independent"];
    private static readonly string[] Words =
        ["harbour", "budget", "taxes", "jobs", "bridge", "school", "wages", "river", "county", "percent", "million", "voters",
         "senate", "crime", "energy", "health", "farms", "roads", "rates", "exports", "\"record\"", "never", "doubled", "since"];

    public static async Task<int> RunAsync()
    {
        var directory = Path.Combine(Path.GetTempPath(), "claimtracker-import-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            var files = Generate(directory, "", 1);
            var rows = Files.Sum(f => f.Rows);
            Console.WriteLine($"-- import (synthetic LIAR-shaped files: {rows:N0} rows in {files.Count} TSV files, {files.Sum(f => new FileInfo(f.Path).Length) / 1024:N0} KB)");
            Console.WriteLine($"load average before: {LoadAverage()}");

            // Warm-up on a throwaway database: JIT, EF model building, query compilation.
            var warm = Path.Combine(directory, "warm.tsv");
            await File.WriteAllLinesAsync(warm, File.ReadLines(files[0].Path).Take(1500));
            await PipelineAsync(Path.Combine(directory, "warm.db"), [new ImportFile(warm, "warm.tsv")]);

            var pipeline = await PipelineAsync(Path.Combine(directory, "pipeline.db"), files);
            var (baseline, baselineCpu) = await BaselineAsync(Path.Combine(directory, "baseline.db"), files, deferIndex: true);
            var (triggers, triggersCpu) = await BaselineAsync(Path.Combine(directory, "baseline-triggers.db"), files, deferIndex: false);
            Console.WriteLine($"pipeline (validated, chunks of {ImportRunner.DefaultChunkSize}) {pipeline.Wall.TotalSeconds,6:F2} s wall {pipeline.Cpu.TotalSeconds,6:F2} s CPU  {rows / pipeline.Wall.TotalSeconds,8:N0} rows/s  {pipeline.Statements:N0} statements  ({pipeline.Summary})");
            Console.WriteLine($"baseline (raw ADO.NET inserts)        {baseline.TotalSeconds,6:F2} s wall {baselineCpu.TotalSeconds,6:F2} s CPU  {rows / baseline.TotalSeconds,8:N0} rows/s  (search index written once per chunk)");
            Console.WriteLine($"baseline, index row per insert        {triggers.TotalSeconds,6:F2} s wall {triggersCpu.TotalSeconds,6:F2} s CPU  {rows / triggers.TotalSeconds,8:N0} rows/s  (the triggers as a plain INSERT fires them)");
            Console.WriteLine($"ratio pipeline / baseline             {pipeline.Wall.TotalSeconds / baseline.TotalSeconds,6:F2}x wall {pipeline.Cpu.TotalSeconds / baselineCpu.TotalSeconds,5:F2}x CPU   target: whole data set under 3 s");
            Console.WriteLine($"load average after: {LoadAverage()}");

            // Memory: the same rows four times over (distinct ids, so all of them are new statements). The live heap
            // is read after a full collection at the end of every chunk: flat means it does not grow with the file.
            var one = await PipelineAsync(Path.Combine(directory, "pipeline-x1.db"), files, measureHeap: true);
            var four = Generate(directory, "x4-", 4);
            var big = await PipelineAsync(Path.Combine(directory, "pipeline-x4.db"), four, measureHeap: true);
            Console.WriteLine($"live managed heap after each chunk, at most: {one.PeakHeap / (1024.0 * 1024):F1} MB for {rows:N0} rows, {big.PeakHeap / (1024.0 * 1024):F1} MB for {rows * 4:N0} rows ({big.Wall.TotalSeconds:F2} s wall, {big.Cpu.TotalSeconds:F2} s CPU, {rows * 4 / big.Wall.TotalSeconds:N0} rows/s)");
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>
    /// Lets the finalizer thread catch up before a timed run: building EF models and migrating leave thousands of
    /// dynamic methods whose clean-up takes several collections, and would otherwise land in the next run's CPU time.
    /// </summary>
    private static void Settle()
    {
        for (var i = 0; i < 4; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static List<ImportFile> Generate(string directory, string prefix, int times)
    {
        var random = new Random(20261202);
        var id = 1;
        var result = new List<ImportFile>();
        foreach (var (name, count) in Files)
        {
            var path = Path.Combine(directory, prefix + name);
            using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
            for (var i = 0; i < count * times; i++, id++)
            {
                var speaker = $"speaker-{random.Next(3300):D4}-sample";
                var words = string.Join(' ', Enumerable.Range(0, 12 + random.Next(14)).Select(_ => Words[random.Next(Words.Length)]));
                var subjects = string.Join(',', Enumerable.Range(0, 1 + random.Next(3)).Select(_ => $"subject-{random.Next(140):D3}").Distinct());
                writer.Write(string.Create(CultureInfo.InvariantCulture,
                    $"{id}.json\t{Labels[random.Next(Labels.Length)]}\tSays {words} (row {id}).\t{subjects}\t{speaker}\tJob title {random.Next(400)}\tState {random.Next(50)}\t{Parties[random.Next(Parties.Length)]}\t{random.Next(9)}\t{random.Next(9)}\t{random.Next(9)}\t{random.Next(9)}\t{random.Next(9)}\ta speech number {random.Next(900)}\n"));
            }
            result.Add(new ImportFile(path, prefix + name));
        }
        return result;
    }

    private static ServiceProvider Services(string file)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Sqlite"] = $"Data Source={file}",
            ["Database:Provider"] = "Sqlite",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddClaimTrackerApplication();
        services.AddClaimTrackerInfrastructure(configuration, Path.GetTempPath());
        return services.BuildServiceProvider();
    }

    private sealed record PipelineRun(TimeSpan Wall, TimeSpan Cpu, int Statements, string Summary, long PeakHeap);

    private static async Task<PipelineRun> PipelineAsync(string file, IReadOnlyList<ImportFile> files, bool measureHeap = false)
    {
        await using var provider = Services(file);
        await using (var scope = provider.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ClaimTrackerDbContext>().Database.MigrateAsync();
        }
        var member = new ImportMember("bench", "bench@claimtracker.test", [Roles.Editor]);
        var peak = new PeakHeap(measureHeap);

        Settle();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        foreach (var f in files)
        {
            await ImportReaders.CheckAsync(ImportFormat.Liar, f, new ImportOptions(), 1, CancellationToken.None);
        }
        int batch;
        await using (var scope = provider.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(member.UserId, member.UserName, member.Roles);
            batch = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new BeginImport(ImportFormat.Liar, files.Select(f => f.Name).ToList()));
        }
        var result = await provider.GetRequiredService<ImportRunner>()
            .RunAsync(batch, ImportFormat.Liar, files, new ImportOptions(), member, peak, CancellationToken.None);
        watch.Stop();
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        if (result.Status != ImportStatus.Completed)
        {
            throw new InvalidOperationException($"The import ended {result.Status}: {result.Message}");
        }

        await using var check = provider.CreateAsyncScope();
        var statements = await check.ServiceProvider.GetRequiredService<ClaimTrackerDbContext>().Statements.CountAsync();
        return new PipelineRun(watch.Elapsed, cpu, statements, result.Summary, peak.Max);
    }

    /// <summary>
    /// With <c>measure</c>, a full collection per chunk, so the figure is what stays live, not garbage. Only the memory
    /// runs measure: a forced collection per chunk inside the timed run would add its own cost to the time.
    /// </summary>
    private sealed class PeakHeap(bool measure) : IProgress<ImportProgress>
    {
        public long Max { get; private set; }

        public void Report(ImportProgress value)
        {
            if (measure)
            {
                Max = Math.Max(Max, GC.GetTotalMemory(true));
            }
        }
    }

    /// <summary>
    /// The fastest honest hand-written load of the same rows: one prepared INSERT per table, one transaction per
    /// 1,000 rows, speakers, topics and the source de-duplicated in memory. No validation, no idempotence keys.
    /// With <paramref name="deferIndex"/> it holds back the search-index triggers and indexes each chunk in one
    /// statement, as the pipeline does; without, every insert fires them.
    /// </summary>
    private static async Task<(TimeSpan Wall, TimeSpan Cpu)> BaselineAsync(string file, IReadOnlyList<ImportFile> files, bool deferIndex)
    {
        await using (var provider = Services(file))
        await using (var scope = provider.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ClaimTrackerDbContext>().Database.MigrateAsync();
        }

        Settle();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        await using var connection = new SqliteConnection($"Data Source={file}");
        await connection.OpenAsync();
        var now = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
        var speakers = new Dictionary<string, long>();
        var topics = new Dictionary<string, long>();

        await using var transaction0 = (SqliteTransaction)await connection.BeginTransactionAsync();
        long sourceId;
        await using (var source = connection.CreateCommand())
        {
            source.Transaction = transaction0;
            source.CommandText = $"""INSERT INTO "Sources" ("Outlet","Headline","PublishedPrecision","Kind","Version","CreatedAtUtc") VALUES ('PolitiFact','LIAR','Day','NewsArticle','{Guid.NewGuid()}','{now}'); SELECT last_insert_rowid();""";
            sourceId = (long)(await source.ExecuteScalarAsync())!;
        }
        await transaction0.CommitAsync();

        SqliteTransaction? transaction = null;
        SqliteCommand Prepare(string sql, params string[] names)
        {
            var command = connection.CreateCommand();
            command.CommandText = sql;
            foreach (var n in names)
            {
                command.Parameters.Add(new SqliteParameter { ParameterName = n });
            }
            return command;
        }
        await using var insertSpeaker = Prepare("""INSERT INTO "Speakers" ("Name","NameKey","Kind","Affiliation","Version","CreatedAtUtc") VALUES ($n,$k,'Person',$a,$v,$t); SELECT last_insert_rowid();""", "$n", "$k", "$a", "$v", "$t");
        await using var insertTopic = Prepare("""INSERT INTO "Topics" ("Name","NameKey") VALUES ($n,$k); SELECT last_insert_rowid();""", "$n", "$k");
        await using var insertStatement = Prepare("""INSERT INTO "Statements" ("Quote","QuoteKind","SpeakerId","SpeakerRole","SaidOn","SaidOnPrecision","Venue","SourceId","Context","Version","CreatedAtUtc") VALUES ($q,'DirectQuote',$s,$r,'2017-01-01','Approximate',$ve,$so,NULL,$v,$t); SELECT last_insert_rowid();""", "$q", "$s", "$r", "$ve", "$so", "$v", "$t");
        // With the statement's date, as the pipeline writes it: left out, the tag-date trigger would update each row (ADR 26).
        await using var insertLink = Prepare("""INSERT INTO "StatementTopics" ("StatementsId","TopicsId","StatementSaidOn") VALUES ($s,$t,'2017-01-01')""", "$s", "$t");
        await using var defer = Prepare("""INSERT INTO "SearchIndexDeferred" ("Deferred") VALUES (1)""");
        await using var index = Prepare("""
            DELETE FROM "SearchIndexDeferred";
            INSERT INTO "StatementSearch"(rowid, "Quote", "Speakers", "Topics", "Context")
            SELECT "Id", "Quote", "Speakers", "Topics", "Context" FROM "StatementSearchDocuments" WHERE "Id" BETWEEN $first AND $last
            """, "$first", "$last");
        SqliteCommand[] commands = [insertSpeaker, insertTopic, insertStatement, insertLink, defer, index];
        long firstInChunk = 0, lastInChunk = 0;
        async Task CommitChunkAsync(SqliteTransaction t)
        {
            if (deferIndex)
            {
                index.Parameters["$first"].Value = firstInChunk;
                index.Parameters["$last"].Value = lastInChunk;
                await index.ExecuteNonQueryAsync();
            }
            await t.CommitAsync();
            await t.DisposeAsync();
        }

        var inChunk = 0;
        foreach (var f in files)
        {
            foreach (var line in File.ReadLines(f.Path))
            {
                if (transaction is null)
                {
                    transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
                    foreach (var c in commands)
                    {
                        c.Transaction = transaction;
                    }
                    if (deferIndex)
                    {
                        await defer.ExecuteNonQueryAsync();
                    }
                    firstInChunk = 0;
                }
                var cells = line.Split('\t');
                if (!speakers.TryGetValue(cells[4], out var speakerId))
                {
                    insertSpeaker.Parameters["$n"].Value = cells[4];
                    insertSpeaker.Parameters["$k"].Value = cells[4];
                    insertSpeaker.Parameters["$a"].Value = cells[7];
                    insertSpeaker.Parameters["$v"].Value = Guid.NewGuid().ToString();
                    insertSpeaker.Parameters["$t"].Value = now;
                    speakerId = speakers[cells[4]] = (long)(await insertSpeaker.ExecuteScalarAsync())!;
                }
                insertStatement.Parameters["$q"].Value = cells[2];
                insertStatement.Parameters["$s"].Value = speakerId;
                insertStatement.Parameters["$r"].Value = cells[5];
                insertStatement.Parameters["$ve"].Value = cells[13];
                insertStatement.Parameters["$so"].Value = sourceId;
                insertStatement.Parameters["$v"].Value = Guid.NewGuid().ToString();
                insertStatement.Parameters["$t"].Value = now;
                var statementId = (long)(await insertStatement.ExecuteScalarAsync())!;
                firstInChunk = firstInChunk == 0 ? statementId : firstInChunk;
                lastInChunk = statementId;
                foreach (var subject in cells[3].Split(','))
                {
                    if (!topics.TryGetValue(subject, out var topicId))
                    {
                        insertTopic.Parameters["$n"].Value = subject;
                        insertTopic.Parameters["$k"].Value = subject;
                        topicId = topics[subject] = (long)(await insertTopic.ExecuteScalarAsync())!;
                    }
                    insertLink.Parameters["$s"].Value = statementId;
                    insertLink.Parameters["$t"].Value = topicId;
                    await insertLink.ExecuteNonQueryAsync();
                }
                if (++inChunk == 1000)
                {
                    await CommitChunkAsync(transaction);
                    transaction = null;
                    inChunk = 0;
                }
            }
        }
        if (transaction is not null)
        {
            await CommitChunkAsync(transaction);
        }
        return (watch.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpu);
    }
}
