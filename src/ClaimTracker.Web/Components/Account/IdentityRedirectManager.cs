using Microsoft.AspNetCore.Components;

namespace ClaimTracker.Web.Components.Account;

/// <summary>Redirects from the static account pages, only ever to a path in this app (see <see cref="ReturnUrls"/>).</summary>
internal sealed class IdentityRedirectManager(NavigationManager navigationManager)
{
    public const string StatusCookieName = "Identity.StatusMessage";

    private static readonly CookieBuilder StatusCookieBuilder = new()
    {
        SameSite = SameSiteMode.Strict,
        HttpOnly = true,
        IsEssential = true,
        MaxAge = TimeSpan.FromSeconds(5),
    };

    public void RedirectTo(string? uri) => navigationManager.NavigateTo(ReturnUrls.ToLocalPath(uri));

    /// <summary>Back to the page itself with a message that the next render shows once (a short-lived cookie).</summary>
    public void RedirectToCurrentPageWithStatus(string message, HttpContext context)
    {
        context.Response.Cookies.Append(StatusCookieName, message, StatusCookieBuilder.Build(context));
        RedirectTo(new Uri(navigationManager.Uri).AbsolutePath);
    }
}
