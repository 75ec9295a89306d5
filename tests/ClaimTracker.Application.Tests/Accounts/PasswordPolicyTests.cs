using ClaimTracker.Application.Accounts;
using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Tests.Support;
using ClaimTracker.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Application.Tests.Accounts;

/// <summary>
/// One password rule wherever a password is set: an admin creating a member, a member changing their password and
/// the create-admin command all get the same refusal, and nothing is written.
/// </summary>
public sealed class PasswordPolicyTests(EmptyDatabase db) : IClassFixture<EmptyDatabase>
{
    public static TheoryData<string, string> Refused => new()
    {
        { "password1234", "common and leaked" },
        { "Password1234!", "common and leaked" },
        { "qwerty123456", "common and leaked" },
        { "!!monkey2026!!", "common and leaked" },
        { "aaaaaaaaaaaa", "repetitive" },
        { "abababababab", "repetitive" },
        { "abcdabcdabcdabcd", "repetitive" },
        { "abcdefghijklmnop", "sequential" },
        { "345678901234", "sequential" },
        // Twelve UTF-16 units but six characters.
        { "😀🙂😎🤔😇🥳", "at least 12 characters; this one has 6" },
        { "short", "at least 12 characters" },
        { new string('x', 100) + string.Concat(Enumerable.Range(0, 200).Select(i => (char)('a' + i % 26))), "at most 256 characters" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task An_admin_cannot_give_a_new_member_a_weak_password(string password, string message)
    {
        var email = $"member-{Guid.NewGuid():N}@desk.test";

        var rejection = await db.RejectsWithoutWritingAsync<RequestValidationException>(() =>
            db.SendAs(Roles.Admin, new CreateAccount(email, null, password, [Roles.Viewer])));

        Assertions.AssertNames(rejection, "InitialPassword", message);
        Assert.False(rejection.Errors.ContainsKey("Email"));
    }

    [Fact]
    public async Task A_password_with_the_members_own_name_is_refused()
    {
        var rejection = await db.RejectsWithoutWritingAsync<RequestValidationException>(() =>
            db.SendAs(Roles.Admin, new CreateAccount("rosalind.franklin@desk.test", null, "my name is rosalind.franklin", [Roles.Viewer])));

        Assertions.AssertNames(rejection, "InitialPassword", "name from the account's e-mail address");
    }

    [Theory]
    [InlineData("correct horse battery staple")]
    // Twelve characters in a script outside ASCII (each one UTF-16 unit, three UTF-8 bytes).
    [InlineData("水曜日の雨と古い地図の話")]
    // Twelve characters, thirteen UTF-16 units: one emoji among them.
    [InlineData("kite🪁rivers1")]
    public async Task A_long_uncommon_password_is_accepted(string password)
    {
        var email = $"member-{Guid.NewGuid():N}@desk.test";

        var id = await db.SendAs(Roles.Admin, new CreateAccount(email, null, password, [Roles.Viewer]));

        var account = Assert.Single((await db.SendAs(Roles.Admin, new ListAccounts { Search = email })).Items);
        Assert.Equal(id, account.Id);
    }

    [Fact]
    public async Task A_member_cannot_change_to_a_common_password_and_keeps_the_old_one()
    {
        var id = await db.CreateMemberAsync(Roles.Analyst);
        await using var scope = db.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByIdAsync(id) ?? throw new InvalidOperationException("The member was not created.");

        var result = await users.ChangePasswordAsync(user, Workflow.StrongPassword, "iloveyou2026");

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Description.Contains("common and leaked", StringComparison.Ordinal));
        Assert.True(await users.CheckPasswordAsync(await users.FindByIdAsync(id) ?? user, Workflow.StrongPassword));
    }

    [Fact]
    public async Task The_create_admin_command_refuses_a_common_password_and_creates_nobody()
    {
        var email = $"first-admin-{Guid.NewGuid():N}@desk.test";
        await using var scope = db.Services.CreateAsyncScope();
        var initialiser = scope.ServiceProvider.GetRequiredService<IdentityInitialiser>();

        var refusal = await Assert.ThrowsAsync<InvalidOperationException>(() => initialiser.CreateAdminAsync(email, "letmein12345"));

        Assert.Contains("common and leaked", refusal.Message, StringComparison.Ordinal);
        Assert.False(await db.Query(d => d.Users.AnyAsync(u => u.Email == email)));
    }

    [Fact]
    public void The_shipped_list_holds_at_least_the_ten_thousand_most_common_passwords()
    {
        Assert.True(CommonPasswords.Count >= 10_000, $"The list holds {CommonPasswords.Count} passwords.");
        Assert.True(CommonPasswords.Contains("trustno1"));
    }
}
