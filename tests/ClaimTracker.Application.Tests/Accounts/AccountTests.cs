using ClaimTracker.Application.Accounts;
using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Tests.Accounts;

/// <summary>
/// The admin's account commands over Identity. The test database starts with no accounts, so every admin here is
/// created through CreateAccount; the admin sending the commands (id-Admin) has no account of their own.
/// </summary>
public sealed class AccountTests(EmptyDatabase db) : IClassFixture<EmptyDatabase>
{
    [Fact]
    public async Task A_new_member_is_listed_with_their_name_and_role()
    {
        var email = $"new-analyst-{Guid.NewGuid():N}@desk.test";

        var id = await db.SendAs(Roles.Admin, new CreateAccount($"  {email}  ", "  A. Analyst  ", Workflow.StrongPassword, [Roles.Analyst, Roles.Analyst]));

        var account = await FindAsync(email);
        Assert.Equal((id, email, "A. Analyst", false), (account.Id, account.Email, account.DisplayName, account.IsLocked));
        Assert.Equal([Roles.Analyst], account.Roles);
    }

    [Fact]
    public async Task A_second_account_with_the_same_email_is_refused_and_nothing_is_written()
    {
        var email = $"taken-{Guid.NewGuid():N}@desk.test";
        await db.CreateMemberAsync(Roles.Viewer, email);

        var rejection = await db.RejectsWithoutWritingAsync<RequestValidationException>(() =>
            db.SendAs(Roles.Admin, new CreateAccount(email.ToUpperInvariant(), null, Workflow.StrongPassword, [Roles.Editor])));

        Assertions.AssertNames(rejection, "Email", "already taken");
        Assert.Equal([Roles.Viewer], (await FindAsync(email)).Roles);
    }

    [Theory]
    [InlineData("short password", "InitialPassword", "at least 12 characters")]
    [InlineData("invalid e-mail", "Email", "valid e-mail address")]
    [InlineData("unknown role", "NewRoles[0]", "'Owner' is not a role")]
    public async Task A_new_account_with_bad_details_is_refused_and_nothing_is_written(string problem, string field, string message)
    {
        var valid = new CreateAccount($"member-{Guid.NewGuid():N}@desk.test", null, Workflow.StrongPassword, [Roles.Viewer]);
        var request = problem switch
        {
            "short password" => valid with { InitialPassword = "too short" },
            "invalid e-mail" => valid with { Email = "not an address" },
            "unknown role" => valid with { NewRoles = ["Owner"] },
            _ => throw new ArgumentOutOfRangeException(nameof(problem)),
        };

        var rejection = await db.RejectsWithoutWritingAsync<RequestValidationException>(() => db.SendAs(Roles.Admin, request));

        Assertions.AssertNames(rejection, field, message);
    }

    [Fact]
    public async Task Roles_are_replaced_and_the_members_sessions_must_sign_in_again()
    {
        var id = await db.CreateMemberAsync(Roles.Viewer);
        var stamp = await SecurityStampAsync(id);

        await db.SendAs(Roles.Admin, new SetAccountRoles(id, [Roles.Analyst, Roles.Editor]));

        Assert.Equal([Roles.Analyst, Roles.Editor], (await FindByIdAsync(id)).Roles);
        Assert.NotEqual(stamp, await SecurityStampAsync(id));
    }

    [Fact]
    public async Task The_last_admin_who_can_sign_in_cannot_lose_the_role_or_be_locked()
    {
        var admin = await OnlyAdminAsync();

        var demotion = await db.RejectsWithoutWritingAsync<RequestValidationException>(() =>
            db.SendAs(Roles.Admin, new SetAccountRoles(admin, [Roles.Editor])));
        var locking = await db.RejectsWithoutWritingAsync<RequestValidationException>(() =>
            db.SendAs(Roles.Admin, new LockAccount(admin)));

        Assertions.AssertNames(demotion, "UserId", "last admin who can sign in");
        Assertions.AssertNames(locking, "UserId", "last admin who can sign in");
        var account = await FindByIdAsync(admin);
        Assert.Equal([Roles.Admin], account.Roles);
        Assert.False(account.IsLocked);

        // Keeping the role while changing the others is fine.
        await db.SendAs(Roles.Admin, new SetAccountRoles(admin, [Roles.Admin, Roles.Editor]));
        Assert.Equal([Roles.Admin, Roles.Editor], (await FindByIdAsync(admin)).Roles);
    }

    [Fact]
    public async Task With_a_second_admin_who_can_sign_in_an_admin_may_be_demoted()
    {
        var first = await OnlyAdminAsync();
        var second = await db.CreateMemberAsync(Roles.Admin);

        await db.SendAs(Roles.Admin, new SetAccountRoles(first, [Roles.Viewer]));

        Assert.Equal([Roles.Viewer], (await FindByIdAsync(first)).Roles);
        await db.RejectsWithoutWritingAsync<RequestValidationException>(() => db.SendAs(Roles.Admin, new LockAccount(second)));
    }

    [Fact]
    public async Task A_locked_admin_does_not_count_as_one_who_can_sign_in()
    {
        var active = await OnlyAdminAsync();
        var lockedOut = await db.CreateMemberAsync(Roles.Admin);
        await db.SendAs(Roles.Admin, new LockAccount(lockedOut));

        await db.RejectsWithoutWritingAsync<RequestValidationException>(() => db.SendAs(Roles.Admin, new SetAccountRoles(active, [Roles.Viewer])));

        await db.SendAs(Roles.Admin, new UnlockAccount(lockedOut));
        await db.SendAs(Roles.Admin, new SetAccountRoles(active, [Roles.Viewer]));
        Assert.Equal([Roles.Viewer], (await FindByIdAsync(active)).Roles);
    }

    [Fact]
    public async Task An_admin_cannot_lock_their_own_account()
    {
        var rejection = await db.RejectsWithoutWritingAsync<RequestValidationException>(() =>
            db.SendAs(Roles.Admin, new LockAccount("id-Admin")));

        Assertions.AssertNames(rejection, "UserId", "cannot lock your own account");
    }

    [Fact]
    public async Task Locking_marks_the_account_locked_and_ends_its_sessions_and_unlocking_clears_it()
    {
        var id = await db.CreateMemberAsync(Roles.Analyst);
        var stamp = await SecurityStampAsync(id);

        await db.SendAs(Roles.Admin, new LockAccount(id));

        Assert.True((await FindByIdAsync(id)).IsLocked);
        Assert.NotEqual(stamp, await SecurityStampAsync(id));

        await db.SendAs(Roles.Admin, new UnlockAccount(id));

        Assert.False((await FindByIdAsync(id)).IsLocked);
        Assert.Equal([Roles.Analyst], (await FindByIdAsync(id)).Roles);
    }

    [Fact]
    public async Task Ending_sessions_renews_the_security_stamp_only()
    {
        var id = await db.CreateMemberAsync(Roles.Editor);
        var stamp = await SecurityStampAsync(id);

        await db.SendAs(Roles.Admin, new EndAccountSessions(id));

        Assert.NotEqual(stamp, await SecurityStampAsync(id));
        var account = await FindByIdAsync(id);
        Assert.Equal([Roles.Editor], account.Roles);
        Assert.False(account.IsLocked);
    }

    [Fact]
    public async Task Commands_on_an_unknown_account_are_not_found()
    {
        await db.RejectsWithoutWritingAsync<NotFoundException>(() => db.SendAs(Roles.Admin, new SetAccountRoles("no-such-id", [Roles.Viewer])));
        await db.RejectsWithoutWritingAsync<NotFoundException>(() => db.SendAs(Roles.Admin, new LockAccount("no-such-id")));
        await db.RejectsWithoutWritingAsync<NotFoundException>(() => db.SendAs(Roles.Admin, new UnlockAccount("no-such-id")));
        await db.RejectsWithoutWritingAsync<NotFoundException>(() => db.SendAs(Roles.Admin, new EndAccountSessions("no-such-id")));
    }

    [Fact]
    public async Task The_list_pages_by_email_and_finds_by_part_of_an_address()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var emails = Enumerable.Range(1, 5).Select(i => $"pager-{tag}-{i}@desk.test").ToList();
        foreach (var email in emails.AsEnumerable().Reverse())
        {
            await db.CreateMemberAsync(Roles.Viewer, email);
        }

        var found = await Pages.WalkAsync(2, after => db.SendAs(Roles.Admin, new ListAccounts { Search = $"PAGER-{tag}", PageSize = 2, After = after }));

        Assert.Equal(emails, found.Select(a => a.Email));
    }

    /// <summary>
    /// A new admin who is then the only one able to sign in: every other admin this class made is locked out (each
    /// lock leaves the new one, so none is refused).
    /// </summary>
    private async Task<string> OnlyAdminAsync()
    {
        var admin = await db.CreateMemberAsync(Roles.Admin);
        foreach (var other in (await AllAccountsAsync()).Where(a => a.Id != admin && a.Roles.Contains(Roles.Admin) && !a.IsLocked))
        {
            await db.SendAs(Roles.Admin, new LockAccount(other.Id));
        }
        return admin;
    }

    private Task<List<AccountSummary>> AllAccountsAsync() =>
        Pages.WalkAsync(Cursor.MaxPageSize, after => db.SendAs(Roles.Admin, new ListAccounts { PageSize = Cursor.MaxPageSize, After = after }));

    private async Task<AccountSummary> FindAsync(string email) =>
        Assert.Single((await db.SendAs(Roles.Admin, new ListAccounts { Search = email })).Items, a => a.Email == email);

    private async Task<AccountSummary> FindByIdAsync(string id) => Assert.Single(await AllAccountsAsync(), a => a.Id == id);

    private Task<string?> SecurityStampAsync(string id) =>
        db.Query(d => d.Users.Where(u => u.Id == id).Select(u => u.SecurityStamp).SingleAsync());
}
