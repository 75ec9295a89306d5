using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ClaimTracker.BrowserTests.TwoServers;

/// <summary>
/// A throw-away Debian redis-server on a free loopback port, without persistence. It can be stopped and started again
/// on the same port, the way an operator's Redis goes away and comes back.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    public const string DefaultPath = "/usr/bin/redis-server";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(20);
    private Process? _process;

    public RedisServer()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
    }

    public int Port { get; }

    /// <summary>A StackExchange.Redis configuration string for this server.</summary>
    public string Configuration => $"127.0.0.1:{Port},connectTimeout=2000";

    public static string Executable => Environment.GetEnvironmentVariable("REDIS_SERVER_PATH") is { Length: > 0 } configured
        ? configured
        : DefaultPath;

    /// <summary>Starts the server and returns once it says it accepts connections.</summary>
    public async Task StartAsync()
    {
        if (!File.Exists(Executable))
        {
            throw new InvalidOperationException(
                $"redis-server was not found at '{Executable}'. Install the Debian package (apt-get install -y redis-server) " +
                "or set REDIS_SERVER_PATH.");
        }
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process
        {
            StartInfo = new ProcessStartInfo(Executable)
            {
                ArgumentList = { "--port", Port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--daemonize", "no" },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            },
            EnableRaisingEvents = true,
        };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data?.Contains("Ready to accept connections", StringComparison.Ordinal) == true)
            {
                ready.TrySetResult();
            }
        };
        process.Exited += (_, _) => ready.TrySetException(new InvalidOperationException($"redis-server on port {Port} exited at start-up."));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
        await ready.Task.WaitAsync(StartTimeout);
    }

    /// <summary>Ends the server at once, as a crash or a lost network would: clients see their connections drop.</summary>
    public async Task StopAsync()
    {
        if (_process is not { } process)
        {
            return;
        }
        _process = null;
        if (!process.HasExited)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
        process.Dispose();
    }

    public async ValueTask DisposeAsync() => await StopAsync();
}
