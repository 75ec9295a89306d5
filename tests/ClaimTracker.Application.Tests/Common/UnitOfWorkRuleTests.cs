using System.Text.RegularExpressions;
using ClaimTracker.Application.Tests.Support;

namespace ClaimTracker.Application.Tests.Common;

/// <summary>
/// Saving belongs to the unit of work: a use case saves on its own only to learn a generated id, and says so on the
/// line before. Read from the sources, so a new handler that saves without a reason fails here. The few files that
/// save for another reason are named below, each with its reason; nothing else passes by its comment's wording.
/// </summary>
public sealed partial class UnitOfWorkRuleTests
{
    /// <summary>Files allowed to save outside the rule, by path under src/ClaimTracker.Application, and why.</summary>
    private static readonly Dictionary<string, string> SavesForAnotherReason = new(StringComparer.Ordinal)
    {
        ["Imports/ImportRunner.cs"] =
            "The import's bulk path runs outside the request pipeline: one transaction and one save per chunk, so a " +
            "cancelled or failed import keeps every committed chunk whole (BeginImport is the batch's audited command).",
        ["Imports/UndoImport.cs"] =
            "Restored values are saved before the batch's bulk deletes, so a restored statement that points at a " +
            "record the batch created keeps it; the save orders the writes inside the command's own transaction.",
    };

    [GeneratedRegex(@"\bSaveChanges(Async)?\s*\(", RegexOptions.CultureInvariant)]
    private static partial Regex SaveCall();

    [Fact]
    public void Handlers_save_only_to_learn_a_generated_id_and_say_so()
    {
        var application = Path.Combine(RepoRoot.Path, "src", "ClaimTracker.Application");
        var behaviours = Path.Combine(application, "Common", "Behaviours");
        var files = Directory.EnumerateFiles(application, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.StartsWith(behaviours, StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();

        var unexplained = new List<string>();
        var allowedSeen = new HashSet<string>(StringComparer.Ordinal);
        var explained = 0;
        foreach (var file in files)
        {
            var relative = Path.GetRelativePath(application, file).Replace(Path.DirectorySeparatorChar, '/');
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i].TrimStart();
                // Calls only: comments, and the interface's declaration of the method, are not saves.
                if (!SaveCall().IsMatch(line) || line.StartsWith("//", StringComparison.Ordinal) || line.StartsWith("Task<int>", StringComparison.Ordinal))
                {
                    continue;
                }
                if (SavesForAnotherReason.ContainsKey(relative))
                {
                    allowedSeen.Add(relative);
                }
                else if (i > 0 && lines[i - 1].TrimStart().StartsWith("//", StringComparison.Ordinal)
                    && lines[i - 1].Contains("to learn the new id", StringComparison.Ordinal))
                {
                    explained++;
                }
                else
                {
                    unexplained.Add($"{relative}:{i + 1}");
                }
            }
        }

        Assert.Empty(unexplained);
        // The scan saw the creating use cases (they return their new id), so it reads the right files.
        Assert.True(explained > 0, "No save found at all: the scan is not reading the handlers.");
        // An entry whose file no longer saves is stale: the list names only what still needs it.
        Assert.Equal(SavesForAnotherReason.Keys.Order(StringComparer.Ordinal), allowedSeen.Order(StringComparer.Ordinal));
    }
}
