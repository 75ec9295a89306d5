using System.Diagnostics;
using System.Diagnostics.Tracing;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Playwright;

// Usage: dotnet run -c Release --project tests/ClaimTracker.PageTimings -- FILE [visits] [minutes] [sections] [transport]
// FILE: a SQLite file, e.g. the benchmark's 1M file (the app migrates it and adds the demo accounts); a file that does
// not exist yet is created with the seed records. visits: timed visits per page and clicks per action (default 7);
// minutes: hard stop for the whole run (default 20); sections: a comma-separated choice of pages, clicks, memory,
// tabs (default the first three), plus paged to move each page measured for memory to its second page first;
// transport: http (default) or https, where the browser speaks HTTP/2 to the app as it does in production over TLS
// (one connection per browser, the circuit's WebSocket on it), with a certificate made for the run.
if (args.Length < 1)
{
    await Console.Error.WriteLineAsync("Usage: ClaimTracker.PageTimings FILE [visits] [minutes]");
    return 2;
}
var database = Path.GetFullPath(args[0]);
var seed = !File.Exists(database);
var visits = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 7;
var minutes = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20;
var sections = (args.Length > 3 ? args[3] : "pages,clicks,memory").Split(',', StringSplitOptions.TrimEntries);
var https = args.Length > 4 && args[4] == "https";
var paged = sections.Contains("paged");
if (sections.Contains("memory") && sections.Contains("tabs"))
{
    // The first section's closed pages stay in the server a while (disconnected circuits are kept for a reconnect),
    // and their release during the second would be counted as the second's pages costing less.
    await Console.Error.WriteLineAsync("Measure memory and tabs in separate runs: each needs a server with no closed pages in it.");
    return 2;
}
using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(minutes));

var webDll = WebDll();
const string Password = "page-timings-demo-password";
const string Analyst = "analyst@claimtracker.test";

await using var app = await App.StartAsync(webDll, database, Password, seed, https, stop.Token);
Console.WriteLine($"App {webDll} on {app.BaseUrl} (pid {app.Pid}) over {database}; load {Load()}");

using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new()
{
    ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } c ? c : "/usr/bin/chromium",
    Headless = true,
    Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"],
});

// Sign in once; every later context starts with that cookie.
var signIn = await browser.NewContextAsync(new() { BaseURL = app.BaseUrl, IgnoreHTTPSErrors = https });
var first = await signIn.NewPageAsync();
first.SetDefaultTimeout(120_000);
await first.GotoAsync("/Account/Login");
await first.Locator("[id='Input.Email']").FillAsync(Analyst);
await first.Locator("[id='Input.Password']").FillAsync(Password);
await first.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
await first.GetByTestId("signed-in-as").WaitForAsync();
// The protocol the browser used for the page (h2 over https, http/1.1 over http).
Console.WriteLine($"Browser to app: {await first.EvaluateAsync<string>("() => performance.getEntriesByType('navigation')[0].nextHopProtocol")}");
var state = await signIn.StorageStateAsync();
await signIn.CloseAsync();

async Task<IPage> NewPageAsync()
{
    var context = await browser.NewContextAsync(ContextOptions());
    var page = await context.NewPageAsync();
    page.SetDefaultTimeout(120_000);
    return page;
}

BrowserNewContextOptions ContextOptions() => new() { BaseURL = app.BaseUrl, StorageState = state, ReducedMotion = ReducedMotion.Reduce, IgnoreHTTPSErrors = https };

static Task Ready(IPage page) => page.Locator("#circuit-ready").WaitForAsync(new() { State = WaitForSelectorState.Attached });

// 1. Time to interactive with data: navigation start until the circuit runs and the page's data is on screen.
if (sections.Contains("pages"))
{
    Console.WriteLine();
    Console.WriteLine($"Time to interactive with data, {visits} visits each, ms (p50 / p95):");
    var pages = new (string Path, string Shows)[]
    {
        ("/statements", "statement-row"),
        ("/statements?speaker=2", "statement-row"),
        ("/statements/1", "statement"),
        ("/speakers/1", "speaker-statement"),
        ("/dashboard", "activity"),
        ("/speakers/compare?ids=1,2,3", "chart-compare-verdicts"),
        ("/sources", "source-row"),
        ("/speakers", "speaker-row"),
    };
    foreach (var (path, shows) in pages)
    {
        stop.Token.ThrowIfCancellationRequested();
        var times = new List<double>();
        for (var i = 0; i < visits; i++)
        {
            var page = await NewPageAsync();
            var watch = Stopwatch.StartNew();
            await page.GotoAsync(path);
            await Ready(page);
            await page.GetByTestId(shows).First.WaitForAsync();
            times.Add(watch.Elapsed.TotalMilliseconds);
            await page.Context.CloseAsync();
        }
        Console.WriteLine($"  {path,-32} {Percentiles(times)}");
    }
}

// 2. Click to DOM on the statement list: the time from the click until the changed rows are on screen.
if (sections.Contains("clicks"))
{
    Console.WriteLine();
    Console.WriteLine($"Click to DOM on /statements, {visits} clicks each, ms (p50 / p95):");
    var page = await NewPageAsync();
    await page.GotoAsync("/statements");
    await Ready(page);
    await page.GetByTestId("statement-row").First.WaitForAsync();
    var rows = page.GetByTestId("statement-row");

    async Task<double> ClickAsync(Func<Task> click, Func<Task> changed)
    {
        var watch = Stopwatch.StartNew();
        await click();
        await changed();
        return watch.Elapsed.TotalMilliseconds;
    }

    var paging = new List<double>();
    for (var i = 0; i < visits; i++)
    {
        var next = i + 2;
        paging.Add(await ClickAsync(() => page.GetByTestId("next-page").ClickAsync(),
            () => page.GetByTestId("page-no").Filter(new() { HasText = $"Page {next}" }).WaitForAsync()));
    }
    Console.WriteLine($"  {"next page",-32} {Percentiles(paging)}");

    var filtering = new List<double>();
    var kinds = page.GetByTestId("kind-facet").Locator("a");
    for (var i = 0; i < visits; i++)
    {
        // Alternate "Direct quote" and "All": each click changes the list.
        var link = kinds.Nth(i % 2 == 0 ? 1 : 0);
        filtering.Add(await ClickAsync(() => link.ClickAsync(),
            () => page.WaitForFunctionAsync("i => document.querySelectorAll('[data-testid=kind-facet] a')[i].getAttribute('aria-current') === 'true'", i % 2 == 0 ? 1 : 0)));
    }
    Console.WriteLine($"  {"filter (kind facet)",-32} {Percentiles(filtering)}");

    foreach (var (name, words) in new[] { ("search, rare word", "73421"), ("search, common word", "economy"), ("search, phrase", "\"topic 7 and\"") })
    {
        var searches = new List<double>();
        // The words are the benchmark filler's; a file without them (the seeds) has no mark to wait for.
        await page.Locator("#search").FillAsync(words);
        await page.GetByTestId("apply-filters").ClickAsync();
        try
        {
            await rows.First.Locator("mark").First.WaitForAsync(new() { Timeout = 30_000 });
        }
        catch (TimeoutException)
        {
            Console.WriteLine($"  {name,-32} (no match in this file)");
            continue;
        }
        for (var i = 0; i < visits; i++)
        {
            // A new search each time (the words, then a cleared box), so every click asks the server.
            // The box holds the words now: odd clicks search again, even clicks clear.
            var expectMarks = i % 2 == 1;
            await page.Locator("#search").FillAsync(expectMarks ? words : "");
            searches.Add(await ClickAsync(() => page.GetByTestId("apply-filters").ClickAsync(), () => expectMarks
                ? rows.First.Locator("mark").First.WaitForAsync()
                : page.WaitForFunctionAsync("() => !location.search.includes('q=') && document.querySelectorAll('[data-testid=statement-row] mark').length === 0")));
        }
        Console.WriteLine($"  {name,-32} {Percentiles(searches)}");
    }
    await page.Context.CloseAsync();
}

// 3. Server memory per open circuit: the managed heap after a forced full collection, and the resident size.
// "memory" opens each page in a browser of its own (a reader per page: its own connection too); "tabs" opens them
// as tabs of one browser, which share its connection over HTTP/2, so what each adds is the circuit's own.
foreach (var (section, title) in new[] { ("memory", "each in its own browser"), ("tabs", "as tabs of one browser") })
{
    if (sections.Contains(section))
    {
        await MeasureOpenPagesAsync(title, section == "tabs");
    }
}
return 0;

async Task MeasureOpenPagesAsync(string title, bool asTabs)
{
    Console.WriteLine();
    Console.WriteLine($"Server memory with N open /statements pages, {title}{(paged ? ", each moved to its second page" : "")}, after a forced collection:");
    Console.WriteLine("  (live: the heap less the free space the collection left between objects, which is the GC's, not a page's)");
    var baseline = await app.MeasureAsync();
    Console.WriteLine($"  {"0 pages",-10} heap {Mb(baseline.Heap)} MB, live {Mb(baseline.Live)} MB, RSS {Mb(baseline.Rss)} MB");
    var tabs = asTabs ? await browser.NewContextAsync(ContextOptions()) : null;
    var open = new List<IPage>();
    var previous = (Count: 0, Memory: baseline);
    foreach (var target in new[] { 10, 50 })
    {
        while (open.Count < target)
        {
            stop.Token.ThrowIfCancellationRequested();
            var page = tabs is null ? await NewPageAsync() : await tabs.NewPageAsync();
            page.SetDefaultTimeout(120_000);
            await page.GotoAsync("/statements");
            await Ready(page);
            await page.GetByTestId("statement-row").First.WaitForAsync();
            if (paged)
            {
                // A list someone has used: the page has rendered twice with rows, so it keeps two full buffers.
                await page.GetByTestId("next-page").ClickAsync();
                await page.Locator("[data-testid=page-no]", new() { HasText = "Page 2" }).WaitForAsync();
                await page.Locator("[data-testid=statement-list][aria-busy=false]").WaitForAsync();
            }
            open.Add(page);
        }
        var now = await app.MeasureAsync();
        Console.WriteLine($"  {target + " pages",-10} heap {Mb(now.Heap)} MB, live {Mb(now.Live)} MB, RSS {Mb(now.Rss)} MB; per circuit: heap {Kb(now.Heap - baseline.Heap, target)} KB, live {Kb(now.Live - baseline.Live, target)} KB, RSS {Kb(now.Rss - baseline.Rss, target)} KB");
        if (previous.Count > 0)
        {
            // The first pages also fill the app's one-time caches; the pages added after them show what one more costs.
            var added = target - previous.Count;
            Console.WriteLine($"  {"",-10} each of the last {added}: heap {Kb(now.Heap - previous.Memory.Heap, added)} KB, live {Kb(now.Live - previous.Memory.Live, added)} KB, RSS {Kb(now.Rss - previous.Memory.Rss, added)} KB");
        }
        previous = (target, now);
        // To see what the circuits hold: PAGETIMINGS_INSPECT="a shell command" runs with {pid} replaced by the app's pid
        // and {pages} by the number open, at 10 and at 50 pages, e.g. "dotnet-dump collect -p {pid} -o /tmp/app-{pages}.dmp";
        // the difference of two heap statistics is what 40 more pages hold.
        if (Environment.GetEnvironmentVariable("PAGETIMINGS_INSPECT") is { Length: > 0 } inspect)
        {
            var command = inspect.Replace("{pid}", app.Pid.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{pages}", target.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            using var inspector = Process.Start("bash", ["-c", command])!;
            await inspector.WaitForExitAsync(stop.Token);
        }
    }
    foreach (var page in open)
    {
        await page.Context.CloseAsync();
    }
    if (tabs is not null)
    {
        await tabs.CloseAsync();
    }
}

static string Kb(long bytes, int pages) => (bytes / pages / 1024.0).ToString("F0", CultureInfo.InvariantCulture);

// The app built with the same configuration as this harness (ProjectReference builds it first).
static string WebDll()
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

static string Percentiles(List<double> times)
{
    times.Sort();
    var p95 = times[Math.Min(times.Count - 1, (int)Math.Ceiling(times.Count * 0.95) - 1)];
    return $"{times[times.Count / 2],8:F0} / {p95,8:F0}";
}

static string Mb(long bytes) => (bytes / 1024.0 / 1024.0).ToString("F1", CultureInfo.InvariantCulture);

static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

/// <summary>The app as a child process on a loopback port, killed when the run ends.</summary>
internal sealed class App : IAsyncDisposable
{
    private readonly Process _process;

    private App(Process process, string baseUrl, string? certificatePath)
    {
        _process = process;
        BaseUrl = baseUrl;
        _certificatePath = certificatePath;
    }

    /// <summary>The run's own certificate file (https), deleted with the app.</summary>
    private readonly string? _certificatePath;

    public string BaseUrl { get; }

    public int Pid => _process.Id;

    public static async Task<App> StartAsync(string webDll, string database, string password, bool seed, bool https, CancellationToken cancellationToken)
    {
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(webDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(webDll);
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        var baseUrl = $"{(https ? "https" : "http")}://127.0.0.1:{port}";
        info.Environment["ASPNETCORE_URLS"] = baseUrl;
        string? certificatePath = null;
        if (https)
        {
            var (path, secret) = Certificate();
            certificatePath = path;
            info.Environment["ASPNETCORE_Kestrel__Certificates__Default__Path"] = path;
            info.Environment["ASPNETCORE_Kestrel__Certificates__Default__Password"] = secret;
        }
        info.Environment["Database__Provider"] = "Sqlite";
        info.Environment["ConnectionStrings__Sqlite"] = $"Data Source={database}";
        info.Environment["DemoAccounts__Password"] = password;
        info.Environment["Seeding__Enabled"] = seed ? "true" : "false";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { Length: > 0 })
            {
                Console.Error.WriteLine($"[app] {e.Data}");
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var app = new App(process, baseUrl, certificatePath);
        using var client = app.Client(TimeSpan.FromSeconds(5));
        while (!process.HasExited)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                if ((await client.GetAsync("health/ready", cancellationToken)).IsSuccessStatusCode)
                {
                    return app;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(500, cancellationToken);
        }
        throw new InvalidOperationException("The app exited before it was ready.");
    }

    /// <summary>A client of the app; over https it accepts the run's own certificate.</summary>
    private HttpClient Client(TimeSpan timeout) => new(new HttpClientHandler
    {
        ServerCertificateCustomValidationCallback = BaseUrl.StartsWith("https:", StringComparison.Ordinal)
            ? HttpClientHandler.DangerousAcceptAnyServerCertificateValidator
            : null,
    })
    { BaseAddress = new Uri(BaseUrl + "/"), Timeout = timeout };

    /// <summary>A self-signed certificate for 127.0.0.1, written as a PFX file for Kestrel; its path and password.</summary>
    private static (string Path, string Password) Certificate()
    {
        using var key = System.Security.Cryptography.RSA.Create(2048);
        var request = new System.Security.Cryptography.X509Certificates.CertificateRequest(
            "CN=127.0.0.1", key, System.Security.Cryptography.HashAlgorithmName.SHA256, System.Security.Cryptography.RSASignaturePadding.Pkcs1);
        var names = new System.Security.Cryptography.X509Certificates.SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        var password = Guid.NewGuid().ToString("N");
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"claimtracker-pagetimings-{Guid.NewGuid():N}.pfx");
        File.WriteAllBytes(path, certificate.Export(System.Security.Cryptography.X509Certificates.X509ContentType.Pfx, password));
        return (path, password);
    }

    /// <summary>
    /// Forces a full, blocking collection in the app (an EventPipe session asking for a GC heap snapshot induces
    /// one, as dotnet-gcdump does), then reads the heap sizes the runtime reports after its last collection from
    /// /metrics (with the free space it left between objects), and the resident size from /proc.
    /// </summary>
    public async Task<(long Heap, long Live, long Rss)> MeasureAsync()
    {
        var client = new DiagnosticsClient(_process.Id);
        const long gcKeyword = 0x1;
        const long gcHeapCollectKeyword = 0x800000;
        using (var session = client.StartEventPipeSession(
            [new EventPipeProvider("Microsoft-Windows-DotNETRuntime", EventLevel.Informational, gcKeyword | gcHeapCollectKeyword)], requestRundown: false))
        {
            // The collection is done once the runtime has written its events; give the session a moment to flush.
            using var drain = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await session.EventStream.CopyToAsync(Stream.Null, drain.Token);
            }
            catch (OperationCanceledException)
            {
                // Stopped on purpose.
            }
            session.Stop();
        }
        using var http = Client(TimeSpan.FromSeconds(10));
        var metrics = await http.GetStringAsync("metrics");
        long Sum(string metric) => metrics.Split('\n')
            .Where(l => l.StartsWith(metric + "{", StringComparison.Ordinal) || l.StartsWith(metric + " ", StringComparison.Ordinal))
            .Sum(l => (long)double.Parse(l[(l.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture));
        var heap = Sum("dotnet_gc_last_collection_heap_size_bytes");
        // The runtime's own figure for the free space between live objects after that collection, per generation.
        var free = Sum("dotnet_gc_last_collection_heap_fragmentation_size_bytes");
        var rssLine = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        var rss = long.Parse(rssLine.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        return (heap, heap - free, rss);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        if (_certificatePath is not null)
        {
            File.Delete(_certificatePath);
        }
    }
}
