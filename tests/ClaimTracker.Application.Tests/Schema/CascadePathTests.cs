using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using SqlServerMigrations = ClaimTracker.Migrations.SqlServer;

namespace ClaimTracker.Application.Tests.Schema;

/// <summary>
/// SQL Server refuses a foreign key when a table could be reached from another by two cascading paths, or when
/// cascades form a cycle ("may cause cycles or multiple cascade paths"). SQLite accepts both, and no SQL Server
/// runs here, so the SQL Server model is walked instead.
/// </summary>
public sealed class CascadePathTests
{
    [Fact]
    public void The_SQL_Server_schema_has_no_multiple_cascade_paths_or_cycles()
    {
        var edges = SqlServerCascades();

        // The walk must see the cascades that do exist, or it proves nothing.
        Assert.Contains(edges, e => e.Principal == "Statements" && e.Dependent == "Reviews");
        Assert.Contains(edges, e => e.Principal == "Reviews" && e.Dependent == "Evidence");
        Assert.Empty(CascadeCheck.Problems(edges));
    }

    [Fact]
    public void The_check_finds_two_cascade_paths_between_the_same_tables()
    {
        var problems = CascadeCheck.Problems([new("A", "B", "FK_B_A"), new("B", "C", "FK_C_B"), new("A", "C", "FK_C_A")]);

        Assert.Equal(["A reaches C by two cascade paths: A -FK_B_A-> B -FK_C_B-> C and A -FK_C_A-> C"], problems);
    }

    [Fact]
    public void The_check_finds_two_cascading_keys_from_one_table_to_another()
    {
        var problems = CascadeCheck.Problems([new("Speakers", "Statements", "FK_Speaker"), new("Speakers", "Statements", "FK_OnBehalfOf")]);

        Assert.Single(problems);
        Assert.StartsWith("Speakers reaches Statements by two cascade paths", problems[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("A", "A")]
    [InlineData("A", "B")]
    public void The_check_finds_a_cascade_cycle(string first, string second)
    {
        var problems = CascadeCheck.Problems([new(first, second, "FK_1"), new(second, first, "FK_2")]);

        Assert.Contains(problems, p => p.Contains("cycle", StringComparison.Ordinal));
    }

    private static List<CascadeEdge> SqlServerCascades()
    {
        using var context = new SqlServerMigrations.DesignTimeFactory().CreateDbContext([]);
        var model = context.GetService<IDesignTimeModel>().Model.GetRelationalModel();
        return model.Tables
            .SelectMany(t => t.ForeignKeyConstraints)
            .Where(fk => fk.OnDeleteAction is ReferentialAction.Cascade or ReferentialAction.SetNull or ReferentialAction.SetDefault)
            .Select(fk => new CascadeEdge(fk.PrincipalTable.Name, fk.Table.Name, fk.Name))
            .ToList();
    }
}

/// <summary>A foreign key whose delete rule acts on the dependent table (CASCADE, SET NULL or SET DEFAULT).</summary>
public sealed record CascadeEdge(string Principal, string Dependent, string Name);

public static class CascadeCheck
{
    /// <summary>Every pair of tables joined by more than one cascade path, and every cascade cycle.</summary>
    public static List<string> Problems(IReadOnlyList<CascadeEdge> edges)
    {
        var problems = new List<string>();
        foreach (var start in edges.Select(e => e.Principal).Distinct().Order(StringComparer.Ordinal))
        {
            var firstPathTo = new Dictionary<string, string>(StringComparer.Ordinal);
            Walk(start, start, [start]);

            void Walk(string table, string path, HashSet<string> onPath)
            {
                foreach (var edge in edges.Where(e => e.Principal == table).OrderBy(e => e.Name, StringComparer.Ordinal))
                {
                    var next = $"{path} -{edge.Name}-> {edge.Dependent}";
                    if (onPath.Contains(edge.Dependent))
                    {
                        problems.Add($"cascade cycle: {next}");
                        continue;
                    }
                    if (firstPathTo.TryGetValue(edge.Dependent, out var earlier))
                    {
                        problems.Add($"{start} reaches {edge.Dependent} by two cascade paths: {earlier} and {next}");
                        continue;
                    }
                    firstPathTo[edge.Dependent] = next;
                    Walk(edge.Dependent, next, [.. onPath, edge.Dependent]);
                }
            }
        }
        return problems.Distinct().ToList();
    }
}
