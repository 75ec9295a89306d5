using ClaimTracker.Application.Common.Security;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Application.Tests.Support;

/// <summary>Sends requests as a named desk member, for rules that tell two people with the same role apart.</summary>
public static class Members
{
    /// <summary>A second analyst, not the one <see cref="TestDatabase.SendAs{T}"/> signs in as.</summary>
    public const string OtherAnalyst = "id-other-analyst";

    /// <summary>Like <see cref="TestDatabase.SendAs{T}"/>, but as the member <paramref name="userId"/> holding <paramref name="role"/>.</summary>
    public static async Task<T> SendAsMember<T>(this TestDatabase db, string userId, string role, IRequest<T> request)
    {
        await using var scope = db.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(userId, $"test-{userId}", [role]);
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }
}
