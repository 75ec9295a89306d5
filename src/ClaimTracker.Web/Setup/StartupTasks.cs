using ClaimTracker.Infrastructure.Identity;
using ClaimTracker.Infrastructure.Seeding;

namespace ClaimTracker.Web.Setup;

public static class StartupTasks
{
    public const string CreateAdminCommand = "create-admin";
    public const string AdminPasswordVariable = "CLAIMTRACKER_ADMIN_PASSWORD";

    /// <summary>
    /// <c>create-admin EMAIL</c>: makes the first admin on a server, with the password from an environment variable
    /// (never an argument, which would land in the shell history). Returns the exit code, or null when the
    /// arguments name no command and the app should serve.
    /// </summary>
    public static async Task<int?> RunCommandAsync(this WebApplication app, string[] args)
    {
        if (args.Length == 0 || args[0] != CreateAdminCommand)
        {
            return null;
        }
        var password = Environment.GetEnvironmentVariable(AdminPasswordVariable);
        if (args.Length < 2 || string.IsNullOrWhiteSpace(password))
        {
            await Console.Error.WriteLineAsync($"Usage: {AdminPasswordVariable}=... dotnet ClaimTracker.Web.dll {CreateAdminCommand} EMAIL");
            return 2;
        }
        await using var scope = app.Services.CreateAsyncScope();
        try
        {
            await scope.ServiceProvider.GetRequiredService<IdentityInitialiser>().CreateAdminAsync(args[1], password);
        }
        catch (InvalidOperationException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 1;
        }
        await Console.Out.WriteLineAsync($"{args[1]} is an admin.");
        return 0;
    }

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
