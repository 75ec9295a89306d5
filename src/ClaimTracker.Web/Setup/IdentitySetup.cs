using ClaimTracker.Infrastructure.Identity;
using ClaimTracker.Web.Components.Account;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;

namespace ClaimTracker.Web.Setup;

public static class IdentitySetup
{
    /// <summary>Cookie sign-in over the Identity store that Infrastructure registers.</summary>
    public static IServiceCollection AddClaimTrackerIdentity(this IServiceCollection services, IHostEnvironment environment)
    {
        services.AddCascadingAuthenticationState();
        services.AddScoped<IdentityRedirectManager>();
        services.AddScoped<DeskSignIn>();
        services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        services.AddAuthorization();

        // The account store and its password and lockout rules live in Infrastructure; sign-in is the web app's.
        new IdentityBuilder(typeof(ApplicationUser), typeof(IdentityRole), services).AddSignInManager();

        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.HttpOnly = true;
            // Lax, so a link to a statement shared in chat or mail opens signed in; forms carry antiforgery tokens.
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            // Plain HTTP only on a developer's machine; everywhere else the cookie never travels unencrypted.
            cookie.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
        });
        // The antiforgery cookie follows the sign-in cookie: never over plain HTTP outside a developer's machine.
        services.AddAntiforgery(o =>
        {
            o.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        });
        // A role change or a lock reaches open sessions within a minute, not the default 30.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        return services;
    }
}
