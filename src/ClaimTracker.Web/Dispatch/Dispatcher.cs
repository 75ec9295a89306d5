using System.Security.Claims;
using ClaimTracker.Application.Common.Security;
using MediatR;
using Microsoft.AspNetCore.Components.Authorization;

namespace ClaimTracker.Web.Dispatch;

/// <summary>How the UI sends a use case. Each call runs in its own DI scope: its own DbContext, its own user.</summary>
public interface IDispatcher
{
    Task<TResponse> Send<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default);
}

/// <summary>
/// A Blazor circuit lives for as long as the tab is open; a DbContext must not. So every request gets a fresh
/// operation scope, and the user is taken from the circuit's authentication state (never from the HTTP context,
/// which a circuit outlives).
/// </summary>
public sealed class CircuitDispatcher(IServiceScopeFactory scopes, AuthenticationStateProvider authentication, PrerenderedQueries prerendered)
    : IDispatcher
{
    public Task<TResponse> Send<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default) =>
        prerendered.SendAsync(request, async () =>
        {
            var state = await authentication.GetAuthenticationStateAsync();
            return await OperationScope.SendAs(scopes, state.User, request, cancellationToken);
        });
}

public static class OperationScope
{
    /// <summary>Runs one request as the given user in a new scope; the HTTP API and the UI both come through here.</summary>
    public static async Task<TResponse> SendAs<TResponse>(
        IServiceScopeFactory scopes, ClaimsPrincipal user, IRequest<TResponse> request, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var current = scope.ServiceProvider.GetRequiredService<CurrentUser>();
        if (user.Identity?.IsAuthenticated == true)
        {
            current.Set(
                user.FindFirstValue(ClaimTypes.NameIdentifier),
                user.Identity.Name,
                user.FindAll(ClaimTypes.Role).Select(c => c.Value));
        }
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request, cancellationToken);
    }
}
