using ClaimTracker.Application.Tests.Support;
using ClaimTracker.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using SqliteMigrations = ClaimTracker.Migrations.Sqlite;
using SqlServerMigrations = ClaimTracker.Migrations.SqlServer;

namespace ClaimTracker.Application.Tests.Schema;

/// <summary>
/// The SQL a DBA runs (db/sqlserver) and the SQLite equivalent (db/sqlite) are committed; these tests regenerate
/// them from the migrations and fail when the committed files are stale. No SQL Server engine is needed.
/// </summary>
public sealed class MigrationScriptTests(EmptyDatabase migrated) : IClassFixture<EmptyDatabase>
{
    public const string SqlServerScriptPath = "db/sqlserver/ClaimTracker.idempotent.sql";
    public const string SqliteScriptPath = "db/sqlite/ClaimTracker.sql";
    private const string UpdateVariable = "CLAIMTRACKER_UPDATE_SQL";

    private static readonly Lazy<string> SqlServerScript = new(() =>
        Generate(new SqlServerMigrations.DesignTimeFactory().CreateDbContext([]), MigrationsSqlGenerationOptions.Idempotent));

    private static readonly Lazy<string> SqliteScript = new(() =>
        Generate(new SqliteMigrations.DesignTimeFactory().CreateDbContext([]), MigrationsSqlGenerationOptions.Default));

    [Fact]
    public void The_committed_SQL_Server_script_matches_the_migrations() =>
        AssertMatchesCommittedFile(SqlServerScriptPath, SqlServerScript.Value);

    [Fact]
    public void The_committed_SQLite_script_matches_the_migrations() =>
        AssertMatchesCommittedFile(SqliteScriptPath, SqliteScript.Value);

    [Fact]
    public void The_SQL_Server_script_parses_as_T_SQL_without_errors()
    {
        new TSql160Parser(true).Parse(new StringReader(SqlServerScript.Value), out var errors);

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Select(e => $"line {e.Line}: {e.Message}")));
    }

    [Fact]
    public void The_SQL_Server_script_guards_every_migration_so_it_can_run_twice()
    {
        using var context = new SqlServerMigrations.DesignTimeFactory().CreateDbContext([]);
        var migrations = context.Database.GetMigrations().ToList();

        Assert.NotEmpty(migrations);
        Assert.All(migrations, id => Assert.Contains(
            $"IF NOT EXISTS (\n    SELECT * FROM [__EFMigrationsHistory]\n    WHERE [MigrationId] = N'{id}'\n)", Normalise(SqlServerScript.Value), StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_SQLite_script_builds_the_same_schema_as_migrating()
    {
        var scripted = new SqliteConnectionStringBuilder(migrated.ConnectionString).DataSource + ".scripted";
        try
        {
            await using (var connection = new SqliteConnection($"Data Source={scripted};Pooling=False"))
            {
                await connection.OpenAsync();
                await using var command = connection.CreateCommand();
                command.CommandText = SqliteScript.Value;
                await command.ExecuteNonQueryAsync();
            }

            Assert.Equal(await SchemaAsync(migrated.ConnectionString), await SchemaAsync($"Data Source={scripted};Pooling=False"));
        }
        finally
        {
            File.Delete(scripted);
        }
    }

    private static string Generate(ClaimTrackerDbContext context, MigrationsSqlGenerationOptions options)
    {
        using (context)
        {
            return context.GetService<IMigrator>().GenerateScript(options: options);
        }
    }

    private static async Task<List<string>> SchemaAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        // MigrateAsync also creates EF's run-time lock table, which no script contains.
        command.CommandText = "SELECT type || ' ' || name || ': ' || COALESCE(sql, '') FROM sqlite_master "
            + "WHERE name <> '__EFMigrationsLock' ORDER BY type, name";
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }
        return rows;
    }

    private static void AssertMatchesCommittedFile(string relativePath, string generated)
    {
        var path = Path.Combine(RepoRoot.Path, relativePath);
        var expected = Normalise(generated);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, expected);
        }

        var howToUpdate = $"Regenerate it with `{UpdateVariable}=1 dotnet test tests/ClaimTracker.Application.Tests --filter "
            + $"FullyQualifiedName~{nameof(MigrationScriptTests)}`, review the diff and commit it.";
        Assert.True(File.Exists(path), $"{relativePath} is missing. {howToUpdate}");
        var committed = Normalise(File.ReadAllText(path));
        if (committed != expected)
        {
            var committedLines = committed.Split('\n');
            var expectedLines = expected.Split('\n');
            var line = Enumerable.Range(0, Math.Min(committedLines.Length, expectedLines.Length))
                .FirstOrDefault(i => committedLines[i] != expectedLines[i], Math.Min(committedLines.Length, expectedLines.Length));
            Assert.Fail($"{relativePath} does not match the migrations (first difference at line {line + 1}: "
                + $"committed '{committedLines.ElementAtOrDefault(line)}', generated '{expectedLines.ElementAtOrDefault(line)}'). {howToUpdate}");
        }
    }

    private static string Normalise(string script) => script.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd() + "\n";
}
