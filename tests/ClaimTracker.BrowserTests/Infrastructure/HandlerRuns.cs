using System.Collections.Concurrent;
using MediatR;

namespace ClaimTracker.BrowserTests.Infrastructure;

/// <summary>
/// How many times each use case entered the pipeline, by request type, for tests that check a page visit runs each
/// query once. Counted outermost, so a request answered without running the use case is not counted.
/// </summary>
public sealed class HandlerRuns
{
    private readonly ConcurrentDictionary<string, int> _runs = new();
    private int _inFlight;

    public int InFlight => Volatile.Read(ref _inFlight);

    public void Reset() => _runs.Clear();

    public IReadOnlyDictionary<string, int> Snapshot() => new Dictionary<string, int>(_runs);

    internal void Started(string requestType)
    {
        Interlocked.Increment(ref _inFlight);
        _runs.AddOrUpdate(requestType, 1, (_, n) => n + 1);
    }

    internal void Ended() => Interlocked.Decrement(ref _inFlight);
}

/// <summary>Registered first, so it wraps the whole pipeline.</summary>
public sealed class CountingBehaviour<TRequest, TResponse>(HandlerRuns runs) : IPipelineBehavior<TRequest, TResponse>
    where TRequest : IRequest<TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        runs.Started(typeof(TRequest).Name);
        try
        {
            return await next();
        }
        finally
        {
            runs.Ended();
        }
    }
}
