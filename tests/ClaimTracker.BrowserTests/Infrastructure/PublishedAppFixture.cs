using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Microsoft.Playwright;

namespace ClaimTracker.BrowserTests.Infrastructure;

/// <summary>
/// The app as a server runs it: <c>dotnet publish -c Release</c> once, then the published ClaimTracker.Web.dll in the
/// Production environment over HTTPS (a certificate made here for 127.0.0.1) and plain HTTP on loopback ports, with
/// its own SQLite file, the seeds, and a first admin made by the create-admin command. Nothing runs in Development,
/// so no demo account exists and the static assets come from the publish output.
/// </summary>
public sealed class PublishedAppFixture : IAsyncLifetime
{
    public const string AdminEmail = "desk-admin@desk.example";
    public const string AdminPassword = "a long production passphrase";
    public const string PublicBaseUrl = "https://claims.example.org/";
    public const string SignInHelp = "Ask Maria Lindqvist on the desk for an account.";

    private static readonly TimeSpan PublishTimeout = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);

    private readonly string _root = Path.Combine(Path.GetTempPath(), $"claimtracker-published-{Guid.NewGuid():N}");
    private readonly StringBuilder _serverOutput = new();
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Process? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>e.g. https://127.0.0.1:41234 (no trailing slash).</summary>
    public string HttpsUrl { get; private set; } = "";

    public string HttpUrl { get; private set; } = "";

    /// <summary>
    /// Where the app is published; CLAIMTRACKER_PUBLISHED_APP names an existing publish folder to use instead (for a
    /// developer repeating these tests; CI never sets it, so it always tests what it just built).
    /// </summary>
    private string PublishDirectory => ReusedPublish ?? Path.Combine(_root, "app");

    private static string? ReusedPublish => Environment.GetEnvironmentVariable("CLAIMTRACKER_PUBLISHED_APP") is { Length: > 0 } folder ? folder : null;

    private string DatabasePath => Path.Combine(_root, "claimtracker.db");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_root);
        var project = Path.Combine(RepositoryRoot(), "src", "ClaimTracker.Web", "ClaimTracker.Web.csproj");
        if (ReusedPublish is null)
        {
            await RunToEndAsync("dotnet", ["publish", project, "-c", "Release", "-o", PublishDirectory, "-nologo", "-v", "quiet"], new Dictionary<string, string>(), PublishTimeout);
        }

        var certificate = Path.Combine(_root, "loopback.pfx");
        var certificatePassword = Guid.NewGuid().ToString("N");
        await File.WriteAllBytesAsync(certificate, LoopbackCertificate(certificatePassword));
        var (httpsPort, httpPort) = (FreePort(), FreePort());
        HttpsUrl = $"https://127.0.0.1:{httpsPort}";
        HttpUrl = $"http://127.0.0.1:{httpPort}";
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["DOTNET_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_URLS"] = $"{HttpsUrl};{HttpUrl}",
            ["Kestrel__Certificates__Default__Path"] = certificate,
            ["Kestrel__Certificates__Default__Password"] = certificatePassword,
            ["Database__Provider"] = "Sqlite",
            ["ConnectionStrings__Sqlite"] = $"Data Source={DatabasePath}",
            ["Desk__PublicBaseUrl"] = PublicBaseUrl,
            ["Accounts__SignInHelp"] = SignInHelp,
            ["Logging__LogLevel__Default"] = "Warning",
        };

        await RunToEndAsync("dotnet", [Path.Combine(PublishDirectory, "ClaimTracker.Web.dll"), "create-admin", AdminEmail],
            new Dictionary<string, string>(environment) { ["CLAIMTRACKER_ADMIN_PASSWORD"] = AdminPassword }, StartTimeout);

        // The host's start-up line is logged at Information; the rest stays at Warning.
        environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        _server = Start("dotnet", [Path.Combine(PublishDirectory, "ClaimTracker.Web.dll")], environment, _serverOutput,
            line => line.Contains("Application started", StringComparison.Ordinal) && _started.TrySetResult());
        await WaitUntilServingAsync();

        _playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFixture.ChromiumPath,
            Headless = true,
            Args = BrowserFixture.ChromiumArgs,
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }
        _playwright?.Dispose();
        if (_server is { HasExited: false })
        {
            _server.Kill(entireProcessTree: true);
            await _server.WaitForExitAsync();
        }
        _server?.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    /// <summary>A fresh browser context on the HTTPS address, trusting the fixture's own certificate.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var browser = _browser ?? throw new InvalidOperationException("The fixture has not started.");
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = HttpsUrl,
            IgnoreHTTPSErrors = true,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(BrowserFixture.TimeoutMs);
        context.SetDefaultNavigationTimeout(BrowserFixture.TimeoutMs);
        return await context.NewPageAsync();
    }

    /// <summary>What the server printed, for a failing test's message.</summary>
    public string ServerOutput
    {
        get
        {
            lock (_serverOutput)
            {
                return _serverOutput.ToString();
            }
        }
    }

    /// <summary>Waits for the host's "Application started" line, or fails with the server's output if it stops first.</summary>
    private async Task WaitUntilServingAsync()
    {
        var server = _server ?? throw new InvalidOperationException("The server was not started.");
        var exited = server.WaitForExitAsync();
        var finished = await Task.WhenAny(_started.Task, exited).WaitAsync(StartTimeout);
        if (finished == exited)
        {
            throw new InvalidOperationException($"The published app stopped (exit code {server.ExitCode}):\n{ServerOutput}");
        }
    }

    private Process Start(string file, string[] arguments, IReadOnlyDictionary<string, string> environment, StringBuilder output,
        Func<string, bool>? onLine = null)
    {
        var info = new ProcessStartInfo(file)
        {
            // The content root is the working folder, as on a server: from anywhere else the static assets are missing.
            WorkingDirectory = Directory.Exists(PublishDirectory) ? PublishDirectory : _root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }
        // The test host runs under MSBuild's variables when started by dotnet test; a nested publish must not inherit them.
        foreach (var name in info.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            info.Environment.Remove(name);
        }
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }
        var process = new Process { StartInfo = info };
        void Append(object? sender, DataReceivedEventArgs e)
        {
            if (e.Data is not null)
            {
                lock (output)
                {
                    output.AppendLine(e.Data);
                }
                onLine?.Invoke(e.Data);
            }
        }
        process.OutputDataReceived += Append;
        process.ErrorDataReceived += Append;
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private async Task RunToEndAsync(string file, string[] arguments, IReadOnlyDictionary<string, string> environment, TimeSpan timeout)
    {
        var output = new StringBuilder();
        using var process = Start(file, arguments, environment, output);
        using var cancel = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancel.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{file} {string.Join(' ', arguments)}' exited with {process.ExitCode}:\n{output}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>A self-signed certificate for 127.0.0.1 and localhost, valid for a day, as a password-protected PFX.</summary>
    private static byte[] LoopbackCertificate(string password)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        return certificate.Export(X509ContentType.Pfx, password);
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ClaimTracker.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException($"No ClaimTracker.sln above {AppContext.BaseDirectory}.");
    }
}

/// <summary>Runs on its own, after the other browser tests: its publish step would otherwise starve them of CPU.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PublishedAppCollection : ICollectionFixture<PublishedAppFixture>
{
    public const string Name = "Published app";
}
