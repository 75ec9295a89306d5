using System.Collections.Concurrent;

namespace ClaimTracker.Application.Common.Changes;

/// <summary>
/// Something on the desk changed: a command committed. Pages that show derived numbers (charts, lists) listen and
/// reload. <see cref="StatementIds"/> lists the statements the command touched when it says so; empty means
/// "could be anything", and a listener should reload.
/// </summary>
public sealed record DeskChange(
    Guid Id,
    string RequestType,
    string? UserName,
    DateTime AtUtc,
    IReadOnlyList<int> StatementIds)
{
    /// <summary>What the member did, as the command declares it ("edited the statement"): what live notices show.</summary>
    public string? Action { get; init; }

    /// <summary>True when the change may concern one of these statements (or when it does not say which it touched).</summary>
    public bool MayConcern(IReadOnlyCollection<int> statementIds) =>
        StatementIds.Count == 0 || StatementIds.Any(statementIds.Contains);
}

/// <summary>
/// The desk's live-update channel. Publishers hand over a change after it committed; subscribers get every change
/// published after they subscribed, on a thread of the publisher's choosing (a Blazor component marshals with
/// InvokeAsync). Asynchronous and serialisable by design, so an implementation can fan out across several web
/// servers (a message bus, database polling) without changing callers. See docs/adr/0006-live-updates.md.
/// </summary>
public interface IDeskChanges
{
    ValueTask PublishAsync(DeskChange change, CancellationToken cancellationToken = default);

    /// <summary>
    /// Starts listening; dispose the result to stop. Handlers may run on the publisher's call, so they should only
    /// schedule work (as <c>DeskChangeListener</c> does), not do it; a handler that throws is ignored.
    /// </summary>
    IDisposable Subscribe(Func<DeskChange, Task> handler);
}

/// <summary>
/// A command that can say which statements it touched, so listeners showing other statements can skip a reload.
/// The response is passed because a create command learns its id only when it ran.
/// </summary>
public interface ITouchesStatements<in TResponse>
{
    IEnumerable<int> TouchedStatementIds(TResponse response);
}

/// <summary>One process, in memory: every circuit of this server hears every change. Registered as a singleton.</summary>
public sealed class InMemoryDeskChanges : IDeskChanges
{
    private readonly ConcurrentDictionary<Guid, Func<DeskChange, Task>> _subscribers = new();

    public int SubscriberCount => _subscribers.Count;

    public async ValueTask PublishAsync(DeskChange change, CancellationToken cancellationToken = default)
    {
        foreach (var handler in _subscribers.Values)
        {
            try
            {
                await handler(change);
            }
#pragma warning disable CA1031 // One broken listener (a closed tab) must not stop the others or the publisher.
            catch (Exception)
#pragma warning restore CA1031
            {
            }
        }
    }

    public IDisposable Subscribe(Func<DeskChange, Task> handler)
    {
        var id = Guid.NewGuid();
        _subscribers[id] = handler;
        return new Subscription(() => _subscribers.TryRemove(id, out _));
    }

    private sealed class Subscription(Action unsubscribe) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                unsubscribe();
            }
        }
    }
}
