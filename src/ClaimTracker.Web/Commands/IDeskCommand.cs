namespace ClaimTracker.Web.Commands;

/// <summary>
/// A command-line verb of the app (<c>dotnet ClaimTracker.Web.dll VERB ...</c>): it runs with the app's configuration
/// and database, after migration, instead of serving. One file per verb under Commands/, registered in
/// <see cref="DeskCommands"/>.
/// </summary>
public interface IDeskCommand
{
    /// <summary>The verb, e.g. <c>create-admin</c>.</summary>
    string Name { get; }

    /// <summary>One line: the verb with its arguments.</summary>
    string Usage { get; }

    /// <summary>Runs the verb; <paramref name="arguments"/> excludes the verb itself. Returns the process exit code.</summary>
    Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, CancellationToken cancellation);
}
