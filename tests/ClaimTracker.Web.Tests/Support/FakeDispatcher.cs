using ClaimTracker.Web.Dispatch;
using MediatR;

namespace ClaimTracker.Web.Tests.Support;

/// <summary>
/// Stands in for the application: answers each request type with what a test registered, and records every request
/// so a test can assert on what the component asked for. A request nobody registered fails the test loudly.
/// </summary>
public sealed class FakeDispatcher : IDispatcher
{
    private readonly Dictionary<Type, Func<object, object?>> _answers = [];
    private readonly List<object> _sent = [];
    private readonly Dictionary<Type, TaskCompletionSource> _held = [];

    /// <summary>Every request sent, oldest first.</summary>
    public IReadOnlyList<object> Sent => _sent;

    /// <summary>
    /// Answers requests of one type, replacing any earlier answer; the lambda's parameter type names the request:
    /// <c>On((GetStatement q) => Samples.Statement(q.Id))</c>. The lambda may throw to refuse a particular request.
    /// </summary>
    public FakeDispatcher On<TRequest, TResponse>(Func<TRequest, TResponse> answer)
        where TRequest : IRequest<TResponse>
    {
        _answers[typeof(TRequest)] = request => answer((TRequest)request);
        return this;
    }

    /// <summary>Refuses every request of one type the way a use case does (validation, not found, conflict).</summary>
    public FakeDispatcher Throw<TRequest>(Exception exception)
    {
        _answers[typeof(TRequest)] = _ => throw exception;
        return this;
    }

    /// <summary>
    /// Makes the next request of one type wait, as a slow use case does, until the returned action is called; it is
    /// then answered as registered at that moment. Lets a test see a component while it waits.
    /// </summary>
    public Action Hold<TRequest>()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _held[typeof(TRequest)] = gate;
        return () => gate.SetResult();
    }

    /// <summary>The requests of one type sent so far, oldest first.</summary>
    public IReadOnlyList<TRequest> SentOf<TRequest>() => _sent.OfType<TRequest>().ToList();

    /// <summary>The last request of one type; fails if none was sent.</summary>
    public TRequest Last<TRequest>() =>
        _sent.OfType<TRequest>().LastOrDefault()
        ?? throw new InvalidOperationException($"No {typeof(TRequest).Name} was sent. Sent: {Describe()}.");

    /// <summary>
    /// Answers at once, as a completed task, so a render has finished when the triggering call returns (unless the
    /// request's type is held: <see cref="Hold{TRequest}"/>).
    /// </summary>
    public Task<TResponse> Send<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default)
    {
        _sent.Add(request);
        if (_held.Remove(request.GetType(), out var gate))
        {
            return AnswerAfterAsync(gate.Task, request);
        }
        return Answer(request);
    }

    private async Task<TResponse> AnswerAfterAsync<TResponse>(Task gate, IRequest<TResponse> request)
    {
        await gate;
        return await Answer(request);
    }

    private Task<TResponse> Answer<TResponse>(IRequest<TResponse> request)
    {
        if (!_answers.TryGetValue(request.GetType(), out var answer))
        {
            throw new InvalidOperationException($"The test registered no answer for {request.GetType().Name}.");
        }
        try
        {
            return Task.FromResult((TResponse)answer(request)!);
        }
        catch (Exception e) when (e is not InvalidCastException)
        {
            return Task.FromException<TResponse>(e);
        }
    }

    private string Describe() => _sent.Count == 0 ? "nothing" : string.Join(", ", _sent.Select(r => r.GetType().Name));
}
