using ClaimTracker.Application.Common.Changes;

namespace ClaimTracker.Web.Components.Shared;

/// <summary>
/// Lets a component reload when the desk changes: listens to <see cref="IDeskChanges"/>, waits until changes stop
/// arriving for a moment (a burst of edits causes one reload), then runs the reload on the component's
/// dispatcher through <c>InvokeAsync</c>. Dispose it with the component.
/// </summary>
public sealed class DeskChangeListener : IDisposable
{
    public static readonly TimeSpan DefaultQuietPeriod = TimeSpan.FromMilliseconds(600);

    private readonly IDisposable _subscription;
    private readonly Timer _timer;
    private readonly Func<Func<Task>, Task> _invokeAsync;
    private readonly Func<Task> _reload;

    public DeskChangeListener(
        IDeskChanges changes, Func<Func<Task>, Task> invokeAsync, Func<Task> reload,
        Func<DeskChange, bool>? concerns = null, TimeSpan? quietPeriod = null)
    {
        _invokeAsync = invokeAsync;
        _reload = reload;
        var wait = quietPeriod ?? DefaultQuietPeriod;
        _timer = new Timer(_ => _ = ReloadAsync(), null, Timeout.Infinite, Timeout.Infinite);
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
#pragma warning disable CA1031 // The circuit may be gone by the time the timer fires; nothing is left to update.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    public void Dispose()
    {
        _subscription.Dispose();
        _timer.Dispose();
    }
}
