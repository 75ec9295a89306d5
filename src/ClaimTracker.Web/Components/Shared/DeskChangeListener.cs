using ClaimTracker.Application.Common.Changes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ClaimTracker.Web.Components.Shared;

/// <summary>
/// Lets a component reload when the desk changes: listens to <see cref="IDeskChanges"/>, waits until changes stop
/// arriving for a moment (a burst of edits causes one reload), then runs the reload on the component's
/// dispatcher through <c>InvokeAsync</c>. Dispose it with the component. Time comes from a <see cref="TimeProvider"/>,
/// so tests move it forward instead of sleeping.
/// </summary>
public sealed partial class DeskChangeListener : IDisposable
{
    public static readonly TimeSpan DefaultQuietPeriod = TimeSpan.FromMilliseconds(600);

    private readonly IDisposable _subscription;
    private readonly ITimer _timer;
    private readonly Func<Func<Task>, Task> _invokeAsync;
    private readonly Func<Task> _reload;
    private readonly ILogger _logger;

    public DeskChangeListener(
        IDeskChanges changes, Func<Func<Task>, Task> invokeAsync, Func<Task> reload,
        Func<DeskChange, bool>? concerns = null, TimeSpan? quietPeriod = null, TimeProvider? time = null, ILogger? logger = null)
    {
        _invokeAsync = invokeAsync;
        _reload = reload;
        _logger = logger ?? NullLogger.Instance;
        var wait = quietPeriod ?? DefaultQuietPeriod;
        _timer = (time ?? TimeProvider.System).CreateTimer(_ => _ = ReloadAsync(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _subscription = changes.Subscribe(change =>
        {
            if (concerns?.Invoke(change) ?? true)
            {
                _timer.Change(wait, Timeout.InfiniteTimeSpan);
            }
            return Task.CompletedTask;
        });
    }

    private async Task ReloadAsync()
    {
        try
        {
            await _invokeAsync(_reload);
        }
        catch (ObjectDisposedException)
        {
            // The circuit closed before the timer fired: there is no page left to update.
            LogCircuitGone(_logger);
        }
#pragma warning disable CA1031 // A reload runs off the component's lifecycle: nobody else would see its failure.
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogReloadFailed(_logger, e);
        }
    }

    public void Dispose()
    {
        _subscription.Dispose();
        _timer.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "A live reload was skipped: the page's circuit has closed")]
    private static partial void LogCircuitGone(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A live reload after a colleague's change failed")]
    private static partial void LogReloadFailed(ILogger logger, Exception exception);
}
