using MediatR;

namespace ClaimTracker.Application.Common;

/// <summary>A request that changes state. The unit-of-work behaviour wraps it in a transaction and saves once.</summary>
public interface ICommand<out TResponse> : IRequest<TResponse>;

/// <summary>A request that only reads. It never reaches SaveChanges.</summary>
public interface IQuery<out TResponse> : IRequest<TResponse>;
