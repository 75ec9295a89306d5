using AngleSharp.Dom;
using ClaimTracker.Application.Accounts;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Web.Components.Pages.Admin;
using ClaimTracker.Web.Tests.Support;
using static ClaimTracker.Web.Tests.Support.Samples;

namespace ClaimTracker.Web.Tests.Admin;

public sealed class AccountListTests : ComponentTest
{
    private static readonly AccountSummary Admin = new()
    {
        Id = "u-admin",
        Email = "admin@example.org",
        DisplayName = "Desk admin",
        Roles = [Roles.Admin],
    };

    private static readonly AccountSummary Analyst = new()
    {
        Id = "u-analyst",
        Email = "analyst@example.org",
        Roles = [Roles.Viewer, Roles.Analyst],
    };

    private static readonly AccountSummary Locked = new()
    {
        Id = "u-locked",
        Email = "former@example.org",
        IsLocked = true,
        Roles = [Roles.Editor],
    };

    private IReadOnlyList<AccountSummary> _accounts = [Admin, Analyst, Locked];

    public AccountListTests()
    {
        SignInAsUser("u-admin", Roles.Admin);
        Dispatcher.On((ListAccounts _) => PageOf([.. _accounts]));
    }

    private static IElement Row(IRenderedComponent<AccountList> cut, string email) =>
        cut.Find($"[data-testid=account-row][data-email='{email}']");

    private static IElement RoleBox(IRenderedComponent<AccountList> cut, string email, string role) =>
        cut.Find($"input[aria-label='{role} for {email}']");

    private static IElement Button(IRenderedComponent<AccountList> cut, string email, string text) =>
        Row(cut, email).QuerySelectorAll("button").Single(b => b.TextContent == text);

    private static IReadOnlyList<string> TickedRoles(IRenderedComponent<AccountList> cut, string email) =>
        Roles.All.Where(role => RoleBox(cut, email, role).HasAttribute("checked")).ToList();

    [Fact]
    public void Lists_each_account_with_its_roles_ticked_and_its_status()
    {
        var cut = Render<AccountList>();

        Assert.Equal(new ListAccounts(), Dispatcher.Last<ListAccounts>());
        Assert.Equal(
            ["admin@example.org", "analyst@example.org", "former@example.org"],
            cut.FindAll("[data-testid=account-row]").Select(r => r.GetAttribute("data-email")).ToList());
        Assert.Equal("Desk admin", Read.Text(Row(cut, "admin@example.org").QuerySelector(".name")!));
        Assert.Equal([Roles.Admin], TickedRoles(cut, "admin@example.org"));
        Assert.Equal([Roles.Viewer, Roles.Analyst], TickedRoles(cut, "analyst@example.org"));
        Assert.Equal([Roles.Editor], TickedRoles(cut, "former@example.org"));
        Assert.Contains("Active", Row(cut, "analyst@example.org").TextContent);
        Assert.Contains("Locked", Row(cut, "former@example.org").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=errors]"));
    }

    [Fact]
    public void An_active_account_offers_lock_and_a_locked_one_unlock()
    {
        var cut = Render<AccountList>();

        Assert.Equal(["Lock", "End sessions"], Read.Texts(Row(cut, "analyst@example.org").QuerySelectorAll("button")));
        Assert.Equal(["Unlock", "End sessions"], Read.Texts(Row(cut, "former@example.org").QuerySelectorAll("button")));
    }

    [Fact]
    public void Ticking_a_role_sends_the_new_set_of_roles_and_confirms_it()
    {
        Dispatcher.On((SetAccountRoles _) => MediatR.Unit.Value);
        var cut = Render<AccountList>();

        _accounts = [Admin, Analyst with { Roles = [Roles.Viewer, Roles.Analyst, Roles.Editor] }, Locked];
        RoleBox(cut, "analyst@example.org", Roles.Editor).Change(true);

        var sent = Dispatcher.Last<SetAccountRoles>();
        Assert.Equal("u-analyst", sent.UserId);
        Assert.Equal([Roles.Viewer, Roles.Analyst, Roles.Editor], sent.NewRoles);
        Assert.Equal("analyst@example.org: Viewer, Analyst, Editor.", Read.Text(cut.Find("[data-testid=notice]")));
        Assert.Equal([Roles.Viewer, Roles.Analyst, Roles.Editor], TickedRoles(cut, "analyst@example.org"));
    }

    [Fact]
    public void Unticking_the_last_role_sends_none()
    {
        Dispatcher.On((SetAccountRoles _) => MediatR.Unit.Value);
        var cut = Render<AccountList>();

        RoleBox(cut, "former@example.org", Roles.Editor).Change(false);

        Assert.Empty(Dispatcher.Last<SetAccountRoles>().NewRoles);
        Assert.Equal("former@example.org: no roles.", Read.Text(cut.Find("[data-testid=notice]")));
    }

    [Fact]
    public void A_refused_role_change_is_explained_and_the_list_is_read_again_so_nothing_stays_ticked()
    {
        const string Message = "This is the last active admin account; removing the Admin role would leave nobody to manage accounts.";
        Dispatcher.Throw<SetAccountRoles>(Invalid(("UserId", Message)));
        var cut = Render<AccountList>();

        RoleBox(cut, "analyst@example.org", Roles.Editor).Change(true);

        Assert.Equal(Message, Read.Text(cut.Find("[data-testid=errors]")));
        Assert.Empty(cut.FindAll("[data-testid=notice]"));
        Assert.Equal(2, Dispatcher.SentOf<ListAccounts>().Count);
        Assert.Equal([Roles.Viewer, Roles.Analyst], TickedRoles(cut, "analyst@example.org"));
    }

    [Fact]
    public void Locking_sends_the_account_and_shows_it_locked()
    {
        Dispatcher.On((LockAccount _) => MediatR.Unit.Value);
        var cut = Render<AccountList>();

        _accounts = [Admin, Analyst with { IsLocked = true }, Locked];
        Button(cut, "analyst@example.org", "Lock").Click();

        Assert.Equal(new LockAccount("u-analyst"), Dispatcher.Last<LockAccount>());
        Assert.Equal("analyst@example.org is locked out.", Read.Text(cut.Find("[data-testid=notice]")));
        Assert.Contains("Locked", Row(cut, "analyst@example.org").TextContent);
        Assert.Equal(["Unlock", "End sessions"], Read.Texts(Row(cut, "analyst@example.org").QuerySelectorAll("button")));
    }

    [Fact]
    public void Unlocking_sends_the_account_and_confirms()
    {
        Dispatcher.On((UnlockAccount _) => MediatR.Unit.Value);
        var cut = Render<AccountList>();

        Button(cut, "former@example.org", "Unlock").Click();

        Assert.Equal(new UnlockAccount("u-locked"), Dispatcher.Last<UnlockAccount>());
        Assert.Equal("former@example.org can sign in again.", Read.Text(cut.Find("[data-testid=notice]")));
    }

    [Fact]
    public void Ending_sessions_sends_the_account_and_confirms()
    {
        Dispatcher.On((EndAccountSessions _) => MediatR.Unit.Value);
        var cut = Render<AccountList>();

        Button(cut, "analyst@example.org", "End sessions").Click();

        Assert.Equal(new EndAccountSessions("u-analyst"), Dispatcher.Last<EndAccountSessions>());
        Assert.Equal("analyst@example.org is signed out everywhere.", Read.Text(cut.Find("[data-testid=notice]")));
    }

    [Fact]
    public void A_refused_lock_is_explained_without_a_notice()
    {
        const string Message = "You cannot lock your own account.";
        Dispatcher.Throw<LockAccount>(Invalid(("UserId", Message)));
        var cut = Render<AccountList>();

        Button(cut, "admin@example.org", "Lock").Click();

        Assert.Equal(Message, Read.Text(cut.Find("[data-testid=errors]")));
        Assert.Empty(cut.FindAll("[data-testid=notice]"));
        Assert.Contains("Active", Row(cut, "admin@example.org").TextContent);
    }

    [Fact]
    public void Adding_a_member_sends_the_email_name_password_and_role_then_lists_them()
    {
        Dispatcher.On((CreateAccount _) => "u-new");
        var cut = Render<AccountList>();

        var form = cut.Find("[data-testid=new-account] form");
        form.QuerySelector("input[aria-label='E-mail']")!.Change("new.member@example.org");
        form.QuerySelector("input[aria-label=Name]")!.Change("New Member");
        form.QuerySelector("input[aria-label='First password']")!.Change("correct horse battery");
        form.QuerySelector("select[aria-label=Role]")!.Change(Roles.Analyst);
        _accounts = [.. _accounts, new AccountSummary { Id = "u-new", Email = "new.member@example.org", Roles = [Roles.Analyst] }];
        cut.Find("[data-testid=new-account] form").Submit();

        Assert.Equal("new.member@example.org", Dispatcher.Last<CreateAccount>().Email);
        Assert.Equal("New Member", Dispatcher.Last<CreateAccount>().DisplayName);
        Assert.Equal("correct horse battery", Dispatcher.Last<CreateAccount>().InitialPassword);
        Assert.Equal([Roles.Analyst], Dispatcher.Last<CreateAccount>().NewRoles);
        Assert.Equal("new.member@example.org can now sign in as Analyst.", Read.Text(cut.Find("[data-testid=notice]")));
        Assert.Equal([Roles.Analyst], TickedRoles(cut, "new.member@example.org"));
        Assert.Equal("", cut.Find("input[aria-label='E-mail']").GetAttribute("value") ?? "");
    }

    [Fact]
    public void A_refused_new_member_is_explained_and_what_was_typed_stays()
    {
        const string Message = "The first password needs at least 12 characters.";
        Dispatcher.Throw<CreateAccount>(Invalid(("InitialPassword", Message)));
        var cut = Render<AccountList>();

        cut.Find("input[aria-label='E-mail']").Change("new.member@example.org");
        cut.Find("input[aria-label='First password']").Change("short");
        cut.Find("[data-testid=new-account] form").Submit();

        Assert.Equal(Message, Read.Text(cut.Find("[data-testid=errors]")));
        Assert.Equal("new.member@example.org", cut.Find("input[aria-label='E-mail']").GetAttribute("value"));
        Assert.Equal(Roles.Viewer, Dispatcher.Last<CreateAccount>().NewRoles.Single());
        Assert.Empty(cut.FindAll("[data-testid=notice]"));
    }

    [Fact]
    public void Searching_asks_for_accounts_matching_the_text()
    {
        var cut = Render<AccountList>();

        cut.Find("input[aria-label='Search accounts']").Change("analyst");
        cut.Find("form.search").Submit();

        Assert.Equal(new ListAccounts { Search = "analyst" }, Dispatcher.Last<ListAccounts>());
    }

    [Fact]
    public void A_change_on_a_later_page_reloads_that_page()
    {
        Dispatcher.On((ListAccounts q) => q.After is null ? PageWithMore("page-2", Admin) : PageOf(Analyst));
        Dispatcher.On((EndAccountSessions _) => MediatR.Unit.Value);
        var cut = Render<AccountList>();
        cut.Find("[data-testid=next-page]").Click();

        Button(cut, "analyst@example.org", "End sessions").Click();

        Assert.Equal("page-2", Dispatcher.Last<ListAccounts>().After);
        Assert.Single(cut.FindAll("[data-testid=account-row][data-email='analyst@example.org']"));
    }
}
