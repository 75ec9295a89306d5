using ClaimTracker.Infrastructure.Identity;
using ClaimTracker.Infrastructure.Seeding;

namespace ClaimTracker.Web.Setup;

public static class StartupTasks
{
    /// <summary>Migrates, seeds an empty database, creates roles; demo accounts only in Development.</summary>
    public static async Task InitialiseDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await services.GetRequiredService<DatabaseInitialiser>()
            .InitialiseAsync(Path.Combine(AppContext.BaseDirectory, "seeds"));

        var identity = services.GetRequiredService<IdentityInitialiser>();
        await identity.EnsureRolesAsync();
        if (app.Environment.IsDevelopment())
        {
            var password = app.Configuration["DemoAccounts:Password"];
            if (!string.IsNullOrWhiteSpace(password))
            {
                await identity.EnsureDemoAccountsAsync(password);
                app.Logger.LogWarning("Development demo accounts share the password from DemoAccounts:Password: {Password}", password);
            }
        }
    }
}
