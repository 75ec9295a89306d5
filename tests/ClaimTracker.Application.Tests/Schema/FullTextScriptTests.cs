using System.Text.RegularExpressions;
using ClaimTracker.Application.Tests.Support;

namespace ClaimTracker.Application.Tests.Schema;

/// <summary>
/// The statement search needs a full-text catalogue and index on SQL Server. EF has no model for them, so they are
/// hand-written in a migration; this checks that the script a DBA runs creates them, and only when they are missing,
/// so the script can run again on a server that has them.
/// </summary>
public sealed partial class FullTextScriptTests
{
    private static readonly string Script = File.ReadAllText(Path.Combine(RepoRoot.Path, MigrationScriptTests.SqlServerScriptPath));

    [Fact]
    public void The_script_creates_the_catalogue_and_the_statement_index_when_missing()
    {
        Assert.Matches(@"IF NOT EXISTS \(SELECT 1 FROM sys\.fulltext_catalogs WHERE name = N'ClaimTrackerCatalog'\)\s*CREATE FULLTEXT CATALOG ClaimTrackerCatalog", Script);
        Assert.Matches(@"IF NOT EXISTS \(SELECT 1 FROM sys\.fulltext_indexes WHERE object_id = OBJECT_ID\(N'dbo\.Statements'\)\)\s*CREATE FULLTEXT INDEX ON dbo\.Statements \(Quote\b", Script);
    }

    [Fact]
    public void Every_full_text_object_the_script_creates_is_guarded()
    {
        var creations = CreateFullText().Matches(Script);

        Assert.NotEmpty(creations);
        Assert.All(creations, creation =>
        {
            // Beyond the migration's own guard, the batch asks the full-text catalogue views whether it exists.
            var batchStart = Math.Max(0, Script.LastIndexOf("\nGO", creation.Index, StringComparison.Ordinal));
            Assert.Contains("sys.fulltext_", Script[batchStart..creation.Index], StringComparison.Ordinal);
        });
    }

    [GeneratedRegex(@"CREATE FULLTEXT (CATALOG|INDEX)")]
    private static partial Regex CreateFullText();
}
