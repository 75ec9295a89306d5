using System.Text.Json;
using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Changes;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace ClaimTracker.Infrastructure.Changes;

/// <summary>
/// Live updates across several web servers (docs/adr/0006-live-updates.md). A committed change is delivered at once
/// to this server's own pages and published on a Redis channel; every other server hears it there and delivers it to
/// its pages. Losing Redis never loses or blocks a save: the save has committed before anything is published, a
/// publish that cannot go out is logged as not broadcast and returns at once, and while Redis is away each server
/// reads the audit trail every few seconds instead (<see cref="AuditChangeFeed"/>). StackExchange.Redis reconnects by
/// itself and restores the subscription; the polling stops after one last catch-up.
/// </summary>
public sealed partial class RedisDeskChanges(
    RedisOptions options, AuditChangeFeed feed, IClock clock, ILogger<RedisDeskChanges> logger)
    : IDeskChanges, IHostedService, IAsyncDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly InMemoryDeskChanges _local = new();
    private readonly Guid _origin = Guid.NewGuid();
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _gate = new();
    private readonly List<DeskChange> _notBroadcast = [];
    private ConnectionMultiplexer? _redis;
    private Task? _polling;
    private long _lastSeenId;
    // Starts true: until the first connection is made, polling is the only way to hear other servers.
    private volatile bool _degraded = true;
    private volatile bool _catchUp;
    private volatile bool _subscribed;

    private RedisChannel Channel => RedisChannel.Literal(options.Channel);

    /// <summary>True while the connection to Redis is up.</summary>
    public bool IsConnected => _redis?.IsConnected == true;

    /// <summary>True while this server follows the others by polling the database (Redis is away).</summary>
    public bool IsPolling => _degraded;

    /// <summary>Raised with <see cref="IsPolling"/>'s new value when Redis goes away or comes back.</summary>
    public event Action<bool>? PollingChanged;

    public async ValueTask PublishAsync(DeskChange change, CancellationToken cancellationToken = default)
    {
        // This server's own pages never wait for Redis.
        await _local.PublishAsync(change, cancellationToken);

        var redis = _redis;
        if (redis is null || !redis.IsConnected)
        {
            RememberNotBroadcast(change, reason: "Redis is not connected");
            return;
        }
        try
        {
            // Fail-fast backlog policy: a connection that just dropped throws here instead of queueing the message.
            await redis.GetSubscriber().PublishAsync(Channel, JsonSerializer.Serialize(new Envelope(_origin, change), Json));
        }
        catch (RedisException e)
        {
            RememberNotBroadcast(change, e.Message);
        }
        catch (TimeoutException e)
        {
            RememberNotBroadcast(change, e.Message);
        }
    }

    public IDisposable Subscribe(Func<DeskChange, Task> handler) => _local.Subscribe(handler);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var config = ConfigurationOptions.Parse(options.Configuration!);
        // Start and keep running without Redis, retry in the background, and never queue commands while it is away.
        config.AbortOnConnectFail = false;
        config.BacklogPolicy = BacklogPolicy.FailFast;
        config.ClientName ??= "claimtracker-" + Environment.MachineName;
        _redis = await ConnectionMultiplexer.ConnectAsync(config);
        _redis.ConnectionFailed += (_, e) =>
        {
            if (!_degraded)
            {
                _degraded = true;
                LogRedisLost(logger, e.FailureType.ToString(), options.PollIntervalSeconds);
                PollingChanged?.Invoke(true);
            }
        };
        _redis.ConnectionRestored += (_, _) => _ = OnRestoredAsync();
        await SubscribeAsync();
        _degraded = !_redis.IsConnected || !_subscribed;
        if (_degraded)
        {
            LogRedisLost(logger, "not reachable at start-up", options.PollIntervalSeconds);
        }
        _polling = PollAsync(_stopping.Token);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        if (_polling is not null)
        {
            await _polling.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _stopping.Dispose();
        if (_redis is not null)
        {
            await _redis.DisposeAsync();
        }
    }

    /// <summary>Round trip to Redis, for the readiness check.</summary>
    public async Task<TimeSpan> PingAsync()
    {
        var redis = _redis ?? throw new InvalidOperationException("The Redis connection has not been started yet.");
        return await redis.GetDatabase().PingAsync();
    }

    private async Task OnRestoredAsync()
    {
        if (!_subscribed)
        {
            // Redis was away at start-up, so the subscription was never made.
            await SubscribeAsync();
        }
        if (_degraded && _subscribed && _redis is { IsConnected: true } redis && redis.GetSubscriber().IsConnected(Channel))
        {
            LogRedisBack(logger);
            // One more poll picks up what other servers saved while we were cut off, then polling stops.
            _catchUp = true;
            _degraded = false;
            PollingChanged?.Invoke(false);
            await RebroadcastAsync();
        }
    }

    private async Task SubscribeAsync()
    {
        try
        {
            // Once subscribed, StackExchange.Redis subscribes again by itself after every reconnect.
            await _redis!.GetSubscriber().SubscribeAsync(Channel, (_, message) => Receive(message));
            _subscribed = true;
        }
        catch (RedisConnectionException e)
        {
            LogSubscribeFailed(logger, e.FailureType.ToString());
        }
    }

    private void Receive(RedisValue message)
    {
        Envelope? envelope;
        try
        {
            envelope = JsonSerializer.Deserialize<Envelope>(message.ToString(), Json);
        }
        catch (JsonException e)
        {
            LogUnreadable(logger, e);
            return;
        }
        // Our own changes were delivered locally when published.
        if (envelope is { Change: { } change } && envelope.Origin != _origin)
        {
            _ = _local.PublishAsync(change).AsTask();
        }
    }

    private void RememberNotBroadcast(DeskChange change, string reason)
    {
        LogNotBroadcast(logger, change.RequestType, change.Id, reason);
        lock (_gate)
        {
            // Kept to announce once Redis is back, for servers that never lost Redis and so never polled.
            if (_notBroadcast.Count < AuditChangeFeed.MaxOperationsPerPoll)
            {
                _notBroadcast.Add(change);
            }
        }
    }

    private async Task RebroadcastAsync()
    {
        List<DeskChange> missed;
        lock (_gate)
        {
            missed = [.. _notBroadcast];
            _notBroadcast.Clear();
        }
        var redis = _redis;
        if (missed.Count == 0 || redis is null)
        {
            return;
        }
        try
        {
            foreach (var change in missed)
            {
                await redis.GetSubscriber().PublishAsync(Channel, JsonSerializer.Serialize(new Envelope(_origin, change), Json));
            }
        }
        catch (RedisException e)
        {
            LogNotBroadcast(logger, "earlier changes", Guid.Empty, e.Message);
        }
    }

    private async Task PollAsync(CancellationToken stopping)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.PollIntervalSeconds));
        do
        {
            try
            {
                await PollOnceAsync(stopping);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A database hiccup must not end polling for good; the next tick tries again.
            catch (Exception e)
#pragma warning restore CA1031
            {
                LogPollFailed(logger, e);
            }
        }
        while (await NextTickAsync(timer, stopping));
    }

    private static async Task<bool> NextTickAsync(PeriodicTimer timer, CancellationToken stopping)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stopping);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private async Task PollOnceAsync(CancellationToken stopping)
    {
        var catchUp = _catchUp;
        if (!_degraded && !catchUp)
        {
            // Keep the starting point fresh, so an outage replays only what happened during it.
            _lastSeenId = await feed.LatestIdAsync(stopping);
            return;
        }
        if (_lastSeenId == 0)
        {
            _lastSeenId = await feed.LatestIdAsync(stopping);
            return;
        }
        if (await feed.LatestIdAsync(stopping) > _lastSeenId)
        {
            var (changes, latest) = await feed.ChangesAfterAsync(_lastSeenId, clock.UtcNow, stopping);
            _lastSeenId = latest;
            foreach (var change in changes)
            {
                await _local.PublishAsync(change, stopping);
            }
        }
        if (catchUp)
        {
            _catchUp = false;
        }
    }

    private sealed record Envelope(Guid Origin, DeskChange Change);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Change {ChangeId} by {Request} was saved but not broadcast to other servers: {Reason}")]
    private static partial void LogNotBroadcast(ILogger logger, string request, Guid changeId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis connection lost ({Failure}); open pages follow other servers by polling the database every {Seconds} s until it is back")]
    private static partial void LogRedisLost(ILogger logger, string failure, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Redis connection restored; live updates go through Redis again")]
    private static partial void LogRedisBack(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not subscribe to the Redis channel ({Failure}); trying again when Redis is back")]
    private static partial void LogSubscribeFailed(ILogger logger, string failure);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A desk change message from Redis could not be read")]
    private static partial void LogUnreadable(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Polling the audit trail for changes failed; trying again at the next interval")]
    private static partial void LogPollFailed(ILogger logger, Exception exception);
}
