using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

namespace ClaimTracker.LoadHarness;

public sealed record LoadSettings(int Circuits, TimeSpan Duration, TimeSpan Think);

/// <summary>
/// One bounded run: Redis and two app servers on loopback over one SQLite file; N Chromium pages (one circuit each,
/// half on each server), each editing its own statement and reading it back, with a pause between operations, until
/// the time is up. Then every acknowledged save is looked up in the database and in the audit trail.
/// </summary>
public static class LoadRun
{
    private const string Password = "claimtracker-demo-2026";
    private const string Analyst = "analyst@claimtracker.test";

    public static async Task<LoadReport> RunAsync(LoadSettings settings)
    {
        var webDll = WebDll();
        var database = Path.Combine(Path.GetTempPath(), $"claimtracker-load-{Guid.NewGuid():N}.db");
        Console.WriteLine($"{settings.Circuits} circuits for {settings.Duration.TotalSeconds:0} s, pause {settings.Think.TotalMilliseconds:0} ms; app {webDll}");
        try
        {
            await using var redis = await ChildProcess.StartRedisAsync();
            await using var a = await ChildProcess.StartAppAsync(webDll, database, redis.Port);
            var statements = await CloneStatementsAsync(database, settings.Circuits);
            await using var b = await ChildProcess.StartAppAsync(webDll, database, redis.Port);
            var servers = new[] { a, b };

            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
                Headless = true,
                // Pages share a few renderer processes, so hundreds of circuits fit in the machine's memory.
                Args =
                [
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--renderer-process-limit=6", "--disable-site-isolation-trials", "--disable-features=site-per-process",
                ],
            });

            // Warm both servers (first render compiles a lot), then take the memory baseline.
            var contexts = new List<IBrowserContext>();
            foreach (var server in servers)
            {
                var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = $"http://127.0.0.1:{server.Port}" });
                // Opening hundreds of circuits on two cores queues them; give each page time rather than count it as failed.
                context.SetDefaultTimeout(settings.Circuits > 100 ? 180_000 : 60_000);
                await SignInAsync(await context.NewPageAsync());
                contexts.Add(context);
            }
            var baseline = servers.Select(s => s.ResidentBytes()).ToArray();

            var users = new List<User>();
            var openFailures = new Results();
            using (var opening = new SemaphoreSlim(4))
            {
                await Task.WhenAll(Enumerable.Range(0, settings.Circuits).Select(async i =>
                {
                    await opening.WaitAsync();
                    try
                    {
                        var page = await contexts[i % 2].NewPageAsync();
                        await GotoEditorAsync(page, statements[i]);
                        lock (users)
                        {
                            users.Add(new User(i, statements[i], page));
                        }
                    }
                    catch (Exception e) when (e is PlaywrightException or TimeoutException)
                    {
                        // A circuit that could not start in time is reported, and the run goes on with the rest.
                        openFailures.Error(e);
                    }
                    finally
                    {
                        opening.Release();
                    }
                }));
            }
            var loaded = servers.Select(s => s.ResidentBytes()).ToArray();
            var circuitsSeen = await ActiveCircuitsAsync(servers);
            Console.WriteLine($"{users.Count} pages open; circuits reported by the servers: {circuitsSeen}");

            var results = new Results();
            foreach (var (what, count) in openFailures.Errors)
            {
                results.Errors[$"opening a page: {what}"] = count;
            }
            var clock = Stopwatch.StartNew();
            using var stop = new CancellationTokenSource(settings.Duration);
            await Task.WhenAll(users.Select(u => DriveAsync(u, settings.Think, results, stop.Token)));
            var elapsed = clock.Elapsed;
            var end = servers.Select(s => s.ResidentBytes()).ToArray();

            foreach (var context in contexts)
            {
                await context.CloseAsync();
            }
            var lost = await CountLostWritesAsync(database, results.Acknowledged.ToList());
            return new LoadReport(settings, users.Count, circuitsSeen, elapsed, results, baseline, loaded, end, lost);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { database, database + "-wal", database + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    private sealed record User(int Index, int StatementId, IPage Page);

    public sealed class Results
    {
        public ConcurrentBag<double> SaveMs { get; } = [];
        public ConcurrentBag<double> ReadMs { get; } = [];
        public ConcurrentBag<(int StatementId, string Marker)> Acknowledged { get; } = [];
        public ConcurrentDictionary<string, int> Errors { get; } = new();

        public void Error(Exception e)
        {
            var key = e.GetType().Name + ": " + e.Message.Split('\n')[0][..Math.Min(90, e.Message.Split('\n')[0].Length)];
            Errors.AddOrUpdate(key, 1, (_, n) => n + 1);
        }
    }

    /// <summary>Save a new wording, see the statement page show it (a UI round trip), open the editor again (a read).</summary>
    private static async Task DriveAsync(User user, TimeSpan think, Results results, CancellationToken stop)
    {
        var page = user.Page;
        var jitter = new Random(user.Index);
        for (var revision = 1; !stop.IsCancellationRequested; revision++)
        {
            try
            {
                var marker = $"load{user.Index}r{revision}";
                var quote = $"Load run statement {user.Index}, revision {revision} ({marker})";
                var save = Stopwatch.StartNew();
                await page.GetByLabel("Words as reported").FillAsync(quote);
                await page.GetByTestId("save").ClickAsync();
                await page.WaitForURLAsync(new Regex($"/statements/{user.StatementId}$"));
                await Assertions.Expect(page.GetByTestId("quote")).ToHaveTextAsync(quote, new() { Timeout = 60_000 });
                results.SaveMs.Add(save.Elapsed.TotalMilliseconds);
                results.Acknowledged.Add((user.StatementId, marker));
                await PauseAsync(think, jitter, stop);

                var read = Stopwatch.StartNew();
                await page.Locator($"a[href='statements/{user.StatementId}/edit']").ClickAsync();
                await page.GetByLabel("Words as reported").WaitForAsync();
                results.ReadMs.Add(read.Elapsed.TotalMilliseconds);
                await PauseAsync(think, jitter, stop);
            }
            catch (Exception e) when (e is PlaywrightException or TimeoutException)
            {
                if (stop.IsCancellationRequested)
                {
                    return;
                }
                results.Error(e);
                await GotoEditorAsync(page, user.StatementId);
            }
        }
    }

    private static async Task PauseAsync(TimeSpan think, Random jitter, CancellationToken stop)
    {
        try
        {
            await Task.Delay(think * (0.5 + jitter.NextDouble()), stop);
        }
        catch (TaskCanceledException)
        {
            // Time is up; the loop ends.
        }
    }

    private static async Task SignInAsync(IPage page)
    {
        await page.GotoAsync("/Account/Login");
        await page.Locator("[id='Input.Email']").FillAsync(Analyst);
        await page.Locator("[id='Input.Password']").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await page.GetByTestId("signed-in-as").WaitForAsync();
        await page.CloseAsync();
    }

    private static async Task GotoEditorAsync(IPage page, int statementId)
    {
        await page.GotoAsync($"/statements/{statementId}/edit");
        await page.Locator("#circuit-ready").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.GetByLabel("Words as reported").WaitForAsync();
    }

    /// <summary>One statement per page, copied from a seeded one, so saves never conflict and each has one owner.</summary>
    private static async Task<int[]> CloneStatementsAsync(string database, int count)
    {
        await using var connection = new SqliteConnection($"Data Source={database}");
        await connection.OpenAsync();
        var columns = new List<string>();
        await using (var info = connection.CreateCommand())
        {
            info.CommandText = "SELECT name FROM pragma_table_info('Statements') WHERE name NOT IN ('Id', 'Quote')";
            await using var reader = await info.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                columns.Add('"' + reader.GetString(0) + '"');
            }
        }
        var list = string.Join(", ", columns);
        var ids = new int[count];
        await using var transaction = await connection.BeginTransactionAsync();
        for (var i = 0; i < count; i++)
        {
            await using var insert = connection.CreateCommand();
            insert.Transaction = (SqliteTransaction)transaction;
            insert.CommandText = $"""
                INSERT INTO "Statements" ("Quote", {list}) SELECT $quote, {list} FROM "Statements" ORDER BY "Id" LIMIT 1;
                SELECT last_insert_rowid();
                """;
            insert.Parameters.AddWithValue("$quote", $"Load run statement {i}, as copied");
            ids[i] = Convert.ToInt32(await insert.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        }
        await transaction.CommitAsync();
        return ids;
    }

    /// <summary>
    /// An acknowledged save is lost when its audit record is missing (audit and change commit in one transaction)
    /// or when the statement does not hold the wording of its owner's last acknowledged save.
    /// </summary>
    private static async Task<int> CountLostWritesAsync(string database, List<(int StatementId, string Marker)> acknowledged)
    {
        await using var connection = new SqliteConnection($"Data Source={database}");
        await connection.OpenAsync();
        var lost = 0;
        foreach (var (statementId, marker) in acknowledged)
        {
            await using var audit = connection.CreateCommand();
            audit.CommandText = """SELECT COUNT(*) FROM "AuditEntries" WHERE "StatementId" = $id AND "Entity" = 'Statement' AND "After" LIKE $marker""";
            audit.Parameters.AddWithValue("$id", statementId);
            audit.Parameters.AddWithValue("$marker", $"%({marker})%");
            if (Convert.ToInt32(await audit.ExecuteScalarAsync(), CultureInfo.InvariantCulture) != 1)
            {
                lost++;
            }
        }
        foreach (var last in acknowledged.GroupBy(a => a.StatementId)
            .Select(g => g.OrderBy(a => int.Parse(a.Marker[(a.Marker.LastIndexOf('r') + 1)..], CultureInfo.InvariantCulture)).Last()))
        {
            await using var current = connection.CreateCommand();
            current.CommandText = """SELECT "Quote" FROM "Statements" WHERE "Id" = $id""";
            current.Parameters.AddWithValue("$id", last.StatementId);
            if (await current.ExecuteScalarAsync() is not string quote || !quote.EndsWith($"({last.Marker})", StringComparison.Ordinal))
            {
                lost++;
            }
        }
        return lost;
    }

    private static async Task<string> ActiveCircuitsAsync(IEnumerable<ChildProcess> servers)
    {
        var parts = new List<string>();
        foreach (var server in servers)
        {
            using var client = new HttpClient();
            var text = await client.GetStringAsync($"http://127.0.0.1:{server.Port}/metrics");
            var line = text.Split('\n').FirstOrDefault(l => l.StartsWith("aspnetcore_components_circuit_active", StringComparison.Ordinal) && !l.StartsWith('#'));
            parts.Add(line is null ? "none reported" : line[(line.LastIndexOf('}') + 1)..].Trim());
        }
        return string.Join(" + ", parts);
    }

    private static string WebDll()
    {
        var here = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = here.Parent!.Name;
        for (var folder = here; folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ClaimTracker.sln")))
            {
                return Path.Combine(folder.FullName, "src", "ClaimTracker.Web", "bin", configuration, "net10.0", "ClaimTracker.Web.dll");
            }
        }
        throw new InvalidOperationException("Run the harness from its build output inside the repository.");
    }
}

public sealed record LoadReport(
    LoadSettings Settings, int Pages, string CircuitsSeen, TimeSpan Elapsed, LoadRun.Results Results,
    long[] BaselineBytes, long[] LoadedBytes, long[] EndBytes, int LostWrites)
{
    public override string ToString()
    {
        var saves = Results.SaveMs.Order().ToList();
        var reads = Results.ReadMs.Order().ToList();
        var both = saves.Concat(reads).Order().ToList();
        var perCircuit = (LoadedBytes.Sum() - BaselineBytes.Sum()) / (double)Math.Max(1, Pages);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"pages (circuits): {Pages}; active circuits per /metrics: {CircuitsSeen}; ran {Elapsed.TotalSeconds:0.0} s");
        text.AppendLine(CultureInfo.InvariantCulture, $"operations: {both.Count} ({saves.Count} saves, {reads.Count} reads), {both.Count / Elapsed.TotalSeconds:0.0} ops/s");
        text.AppendLine(CultureInfo.InvariantCulture, $"save round trip (click to page showing it) ms: p50 {P(saves, 50):0} p95 {P(saves, 95):0}");
        text.AppendLine(CultureInfo.InvariantCulture, $"read round trip (click to editor shown) ms: p50 {P(reads, 50):0} p95 {P(reads, 95):0}");
        text.AppendLine(CultureInfo.InvariantCulture, $"server memory (RSS, MB) baseline/with pages/end: A {Mb(BaselineBytes[0])}/{Mb(LoadedBytes[0])}/{Mb(EndBytes[0])}, B {Mb(BaselineBytes[1])}/{Mb(LoadedBytes[1])}/{Mb(EndBytes[1])}; about {perCircuit / 1024 / 1024:0.00} MB per circuit");
        text.AppendLine(CultureInfo.InvariantCulture, $"errors: {Results.Errors.Values.Sum()}{string.Concat(Results.Errors.Select(e => $"\n  {e.Value} x {e.Key}"))}");
        text.Append(CultureInfo.InvariantCulture, $"lost writes: {LostWrites} of {Results.Acknowledged.Count} acknowledged saves");
        return text.ToString();
    }

    private static double P(List<double> sorted, int percentile) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1)];

    private static string Mb(long bytes) => (bytes / 1024.0 / 1024.0).ToString("0", CultureInfo.InvariantCulture);
}
