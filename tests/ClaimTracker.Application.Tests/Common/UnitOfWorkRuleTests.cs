using ClaimTracker.Application.Tests.Support;

namespace ClaimTracker.Application.Tests.Common;

/// <summary>
/// Saving belongs to the unit of work: a use case saves on its own only to learn a generated id, and says so on the
/// line before. Read from the sources, so a new handler that saves without a reason fails here.
/// </summary>
public sealed class UnitOfWorkRuleTests
{
    [Fact]
    public void Handlers_save_only_to_learn_a_generated_id_and_say_so()
    {
        var application = Path.Combine(RepoRoot.Path, "src", "ClaimTracker.Application");
        var behaviours = Path.Combine(application, "Common", "Behaviours");
        var files = Directory.EnumerateFiles(application, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.StartsWith(behaviours, StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();

        var unexplained = new List<string>();
        var explained = 0;
        foreach (var file in files)
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                if (!lines[i].Contains("SaveChangesAsync(cancellationToken)", StringComparison.Ordinal) || lines[i].TrimStart().StartsWith("Task<int>", StringComparison.Ordinal))
                {
                    continue;
                }
                if (i > 0 && lines[i - 1].TrimStart().StartsWith("//", StringComparison.Ordinal) && lines[i - 1].Contains(" id", StringComparison.Ordinal))
                {
                    explained++;
                }
                else
                {
                    unexplained.Add($"{Path.GetRelativePath(application, file)}:{i + 1}");
                }
            }
        }

        Assert.Empty(unexplained);
        // The scan saw the creating use cases (they return their new id), so it reads the right files.
        Assert.True(explained > 0, "No save found at all: the scan is not reading the handlers.");
    }
}
