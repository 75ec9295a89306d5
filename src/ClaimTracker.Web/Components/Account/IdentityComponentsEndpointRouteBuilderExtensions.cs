using System.Security.Claims;
using ClaimTracker.Infrastructure.Identity;
using ClaimTracker.Web.Components.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Microsoft.AspNetCore.Routing;

internal static class IdentityComponentsEndpointRouteBuilderExtensions
{
    /// <summary>
    /// The one account endpoint outside the Razor pages: sign-out, a POST with an antiforgery token (form binding
    /// checks it). The template's passkey, external-login and personal-data endpoints are gone with their pages.
    /// </summary>
    public static IEndpointConventionBuilder MapAdditionalIdentityEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);

        var accountGroup = endpoints.MapGroup("/Account");

        accountGroup.MapPost("/Logout", async (
            ClaimsPrincipal user,
            [FromServices] SignInManager<ApplicationUser> signInManager,
            [FromServices] ILoggerFactory loggers,
            [FromForm] string? returnUrl) =>
        {
            await signInManager.SignOutAsync();
            loggers.CreateLogger("ClaimTracker.Web.Account").LogInformation("Sign-out: member {MemberId} signed out.", user.FindFirstValue(ClaimTypes.NameIdentifier));
            return TypedResults.LocalRedirect(ReturnUrls.ToLocalPath(returnUrl));
        });

        // Any other post under /Account (the removed passkey, external-login and personal-data endpoints) is not
        // found, rather than "method not allowed" from the pages' GET routes. Literal routes above still win.
        accountGroup.MapPost("/{**path}", () => TypedResults.NotFound()).WithOrder(int.MaxValue);

        return accountGroup;
    }
}
