namespace ClaimTracker.Web.Commands;

/// <summary>The app's command-line verbs: the first argument picks one, or the app serves when it names none.</summary>
public static class DeskCommands
{
    /// <summary>Every verb; add a new one here.</summary>
    private static readonly IDeskCommand[] All =
    [
        new CreateAdminCommand(),
        new RebuildStatsCommand(),
        new ExportCommand(),
        new ImportCommand(),
        new ExtractCommand(),
    ];

    public static bool IsCommand(string[] args) => args.Length > 0 && All.Any(c => c.Name == args[0]);

    /// <summary>Runs the verb the arguments name, in its own scope. Returns the exit code, or null when they name none.</summary>
    public static async Task<int?> RunCommandAsync(this WebApplication app, string[] args)
    {
        if (args.Length == 0 || All.FirstOrDefault(c => c.Name == args[0]) is not { } command)
        {
            return null;
        }
        using var cancel = new CancellationTokenSource();
        // Ctrl+C stops the verb between its steps rather than killing the process mid-write.
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
        await using var scope = app.Services.CreateAsyncScope();
        return await command.RunAsync(scope.ServiceProvider, args[1..], cancel.Token);
    }
}
