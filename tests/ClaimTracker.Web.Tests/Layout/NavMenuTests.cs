using ClaimTracker.Application.Common.Security;
using ClaimTracker.Web.Components.Layout;
using ClaimTracker.Web.Tests.Support;

namespace ClaimTracker.Web.Tests.Layout;

public sealed class NavMenuTests : ComponentTest
{
    private static readonly string[] MemberSections =
        ["Dashboard", "Statements", "Speakers", "Sources", "Queues", "Fact-checks", "API", "Imports", "Publishers"];

    private IRenderedComponent<NavMenu> RenderAt(string url)
    {
        GoTo(url);
        return Render<NavMenu>();
    }

    private static IReadOnlyList<string> Sections(IRenderedComponent<NavMenu> cut) =>
        cut.FindAll(".navbar-nav a").Select(a => a.TextContent).ToList();

    private static string? Current(IRenderedComponent<NavMenu> cut) =>
        cut.FindAll(".navbar-nav a.active[aria-current=page]").SingleOrDefault()?.TextContent;

    [Theory]
    [InlineData("statements", "Statements")]
    [InlineData("statements/12", "Statements")]
    [InlineData("statements?q=mediate&topic=3", "Statements")]
    [InlineData("speakers/compare?ids=1,2", "Speakers")]
    [InlineData("fact-checks", "Fact-checks")]
    [InlineData("dashboard#activity", "Dashboard")]
    public void The_section_of_the_address_is_marked_current(string url, string section)
    {
        var cut = RenderAt(url);

        Assert.Equal(section, Current(cut));
        Assert.Single(cut.FindAll(".navbar-nav a.active"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("statements-archive")]
    [InlineData("Account/Manage")]
    public void An_address_outside_every_section_marks_none(string url)
    {
        var cut = RenderAt(url);

        Assert.Null(Current(cut));
        Assert.Empty(cut.FindAll(".navbar-nav [aria-current]"));
    }

    [Fact]
    public void Moving_to_another_section_moves_the_mark()
    {
        var cut = RenderAt("statements");

        Navigation.NavigateTo("speakers/4");

        cut.WaitForAssertion(() => Assert.Equal("Speakers", Current(cut)));
    }

    [Fact]
    public void A_member_sees_every_desk_section_and_the_api_reference_opens_apart()
    {
        var cut = RenderAt("dashboard");

        Assert.Equal(MemberSections, Sections(cut));
        var api = cut.Find("[data-testid=api-reference-link]");
        Assert.Equal(("api-reference", "_blank", "noopener"), (api.GetAttribute("href"), api.GetAttribute("target"), api.GetAttribute("rel")));
        Assert.Null(cut.Find(".navbar-nav a[href=statements]").GetAttribute("target"));
    }

    [Fact]
    public void Only_an_admin_sees_accounts()
    {
        SignInAs(Roles.Admin);

        var cut = RenderAt("admin/accounts");

        Assert.Equal([.. MemberSections, "Accounts"], Sections(cut));
        Assert.Equal("Accounts", Current(cut));
    }

    [Fact]
    public void A_reader_not_signed_in_sees_the_public_fact_checks_and_sign_in()
    {
        SignOut();

        var cut = RenderAt("fact-checks");

        Assert.Equal(["Fact-checks"], Sections(cut));
        Assert.Equal("Fact-checks", Current(cut));
        Assert.Equal("Account/Login", cut.Find("a.btn").GetAttribute("href"));
    }
}
