using Microsoft.Extensions.Configuration;
using System.Security.Claims;
using Bunit.TestDoubles;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Common.Changes;
using ClaimTracker.Application.Desk;
using ClaimTracker.Web.Dispatch;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ClaimTracker.Web.Tests.Support;

/// <summary>
/// The base of every component test: a bUnit context whose dispatcher is a <see cref="FakeDispatcher"/>, with a
/// signed-in user (a Viewer unless the test says otherwise) and bUnit's navigation manager for URLs.
/// </summary>
public abstract class ComponentTest : BunitContext
{
    private readonly BunitAuthorizationContext _authorization;

    protected ComponentTest()
    {
        Services.AddSingleton<IDispatcher>(Dispatcher);
        Services.AddSingleton<IDeskChanges>(Changes);
        Services.AddSingleton<TimeProvider>(Time);
        // The fact-check page credits our desk in its ClaimReview markup, with absolute links from the public address.
        Services.AddSingleton(new ClaimTracker.Application.Publishers.DeskOrganisation { Name = "Test Desk" });
        Services.AddSingleton(new ClaimTracker.Web.Setup.PublicBaseUrl(
            new Microsoft.Extensions.Configuration.ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?> { [ClaimTracker.Web.Setup.PublicBaseUrl.Setting] = "https://desk.test/" }).Build(),
            new Microsoft.Extensions.Hosting.Internal.HostingEnvironment { EnvironmentName = "Production" }));
        _authorization = AddAuthorization();
        SignInAs(Roles.Viewer);
        // A viewer's desk: nothing to add. A test of the "Add ..." buttons answers otherwise.
        Dispatcher.On((GetDeskPermissions _) => DeskCan.Nothing);
        // A statement typed by hand has no article passage; the intake tests answer otherwise.
        Dispatcher.On((ClaimTracker.Application.Intake.GetArticlePassage _) => new ClaimTracker.Application.Intake.ArticlePassage());
    }

    protected FakeDispatcher Dispatcher { get; } = new();

    /// <summary>The live-update feed, in memory: a test publishes to it as another user\'s save would.</summary>
    protected InMemoryDeskChanges Changes { get; } = new();

    /// <summary>The clock components wait on: a test moves it forward instead of sleeping.</summary>
    protected FakeTimeProvider Time { get; } = new();

    protected NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    /// <summary>Where the browser is, relative to the app's base: "statements?q=mediate".</summary>
    protected string CurrentUrl => Navigation.ToBaseRelativePath(Navigation.Uri);

    protected void SignInAs(params string[] roles)
    {
        _authorization.SetAuthorized("tester@example.org");
        _authorization.SetRoles(roles);
    }

    /// <summary>A reader of the public pages, not signed in.</summary>
    protected void SignOut() => _authorization.SetNotAuthorized();

    /// <summary>
    /// Signs in a user the app can tell apart from others: ownership (of a draft, of a note) is matched on the
    /// <see cref="ClaimTypes.NameIdentifier"/> claim, which this sets to <paramref name="userId"/>.
    /// </summary>
    protected void SignInAsUser(string userId, params string[] roles)
    {
        SignInAs(roles);
        _authorization.SetClaims(new Claim(ClaimTypes.NameIdentifier, userId));
    }

    /// <summary>Puts the browser at a URL before a page renders, so the page reads its query string from it.</summary>
    protected void GoTo(string url) => Navigation.NavigateTo(url);
}
