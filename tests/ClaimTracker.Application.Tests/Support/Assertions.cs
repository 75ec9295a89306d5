using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using MediatR;

namespace ClaimTracker.Application.Tests.Support;

public static class Assertions
{
    /// <summary>
    /// Sends <paramref name="request"/> as an analyst and asserts it is rejected as invalid, with a message on
    /// <paramref name="field"/> containing <paramref name="fragment"/>, and that nothing was written.
    /// </summary>
    public static async Task RejectsAsInvalidAsync<T>(this TestDatabase db, IRequest<T> request, string field, string fragment)
    {
        var rejection = await db.RejectsWithoutWritingAsync<RequestValidationException>(() => db.SendAs(Roles.Analyst, request));
        AssertNames(rejection, field, fragment);
    }

    public static void AssertNames(RequestValidationException rejection, string field, string fragment)
    {
        Assert.True(rejection.Errors.TryGetValue(field, out var messages),
            $"Expected a message on '{field}'; got: {rejection.Message} (fields: {string.Join(", ", rejection.Errors.Keys)})");
        Assert.Contains(messages, m => m.Contains(fragment, StringComparison.OrdinalIgnoreCase));
    }
}
