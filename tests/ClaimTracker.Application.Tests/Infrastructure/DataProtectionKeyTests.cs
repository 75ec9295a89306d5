using ClaimTracker.Application.Tests.Support;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Application.Tests.Infrastructure;

/// <summary>
/// Sign-in cookies and antiforgery tokens are protected with keys kept in the database, so a restarted app (or a
/// second server) still accepts what the first one issued.
/// </summary>
public sealed class DataProtectionKeyTests(EmptyDatabase db) : IClassFixture<EmptyDatabase>
{
    [Fact]
    public async Task A_cookie_protected_before_a_restart_is_still_readable_after_it()
    {
        var protectedText = db.Services.GetRequiredService<IDataProtectionProvider>()
            .CreateProtector("sign-in").Protect("analyst@claimtracker.test");

        Assert.True(await db.Query(c => c.DataProtectionKeys.AnyAsync()), "No key was stored in the database.");

        // A second app over the same database, as after a restart: its own key ring, read from the table.
        await using var restarted = TestDatabase.ServicesFor(db.ConnectionString);
        var unprotected = restarted.GetRequiredService<IDataProtectionProvider>().CreateProtector("sign-in").Unprotect(protectedText);

        Assert.Equal("analyst@claimtracker.test", unprotected);
    }
}
