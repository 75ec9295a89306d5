namespace ClaimTracker.Application.Tests.Support;

public static class RepoRoot
{
    /// <summary>The folder holding ClaimTracker.sln, found by walking up from the test binaries.</summary>
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "ClaimTracker.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException($"No ClaimTracker.sln above {AppContext.BaseDirectory}.");
    }
}
