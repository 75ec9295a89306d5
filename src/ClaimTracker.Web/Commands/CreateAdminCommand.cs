using ClaimTracker.Infrastructure.Identity;

namespace ClaimTracker.Web.Commands;

/// <summary>
/// <c>create-admin EMAIL</c>: makes the first admin on a server, with the password from an environment variable
/// (never an argument, which would land in the shell history).
/// </summary>
public sealed class CreateAdminCommand : IDeskCommand
{
    public const string AdminPasswordVariable = "CLAIMTRACKER_ADMIN_PASSWORD";

    public string Name => "create-admin";

    public string Usage => $"{AdminPasswordVariable}=... dotnet ClaimTracker.Web.dll create-admin EMAIL";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, CancellationToken cancellation)
    {
        var password = Environment.GetEnvironmentVariable(AdminPasswordVariable);
        if (arguments.Count < 1 || string.IsNullOrWhiteSpace(password))
        {
            await Console.Error.WriteLineAsync($"Usage: {Usage}");
            return 2;
        }
        try
        {
            await services.GetRequiredService<IdentityInitialiser>().CreateAdminAsync(arguments[0], password);
        }
        catch (InvalidOperationException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 1;
        }
        await Console.Out.WriteLineAsync($"{arguments[0]} is an admin.");
        return 0;
    }
}
