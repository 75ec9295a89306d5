using ClaimTracker.Application.Common;
using ClaimTracker.Application.Imports;
using ClaimTracker.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace ClaimTracker.Application.Tests.Schema;

/// <summary>
/// The import's multi-row INSERTs as SQL Server would receive them (docs/adr/0022). No engine runs here, so the T-SQL
/// is parsed with ScriptDom: a syntax error would otherwise reach a desk only at its first import on SQL Server.
/// </summary>
public sealed class SqlServerBulkWriteTests
{
    public static TheoryData<string, int> Tables => new()
    {
        { "Statements", 1 },
        { "Statements", 16 },
        { "StatementTopics", 16 },
        { "OutsideReviews", 7 },
    };

    [Theory]
    [MemberData(nameof(Tables))]
    public async Task A_bulk_insert_is_valid_T_SQL_and_reads_new_statement_ids_back_past_the_triggers(string table, int rows)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "SqlServer",
            ["ConnectionStrings:SqlServer"] = "Server=tcp:127.0.0.1,9;Database=ClaimTracker;User Id=x;Password=x;Encrypt=False",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddClaimTrackerApplication();
        services.AddClaimTrackerInfrastructure(configuration, Path.GetTempPath());
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IClaimTrackerDb>();
        var entity = db.Statements.EntityType.Model.GetEntityTypes().Single(e => e.GetTableName() == table);

        var sql = new ImportBulkInsert(db, entity, table == "Statements" ? "ImportKey" : null).Sql(rows);

        new TSql160Parser(true).Parse(new StringReader(sql), out var errors);
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Select(e => $"{e.Message} in: {sql}")));
        Assert.Equal(rows, sql.Split("), (").Length);
        if (table == "Statements")
        {
            // A bare OUTPUT is refused on a table with triggers; OUTPUT INTO a table variable is not.
            Assert.Contains("OUTPUT INSERTED.\"Id\", INSERTED.\"ImportKey\" INTO @inserted", sql, StringComparison.Ordinal);
        }
    }
}
