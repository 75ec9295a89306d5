using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClaimTracker.Migrations.SqlServer.Migrations
{
    /// <summary>
    /// A full-text catalog and index on Statements.Quote for CONTAINS searches. Full-text DDL cannot run inside a
    /// transaction, hence suppressTransaction. Needs the Full-Text Search feature installed on the server
    /// (it is on Azure SQL and on the standard SQL Server images); see docs/adr/0003-full-text-search.md.
    /// </summary>
    public partial class StatementFullTextSearch : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                "IF NOT EXISTS (SELECT 1 FROM sys.fulltext_catalogs WHERE name = N'ClaimTrackerCatalog') CREATE FULLTEXT CATALOG ClaimTrackerCatalog;",
                suppressTransaction: true);
            migrationBuilder.Sql(
                "IF NOT EXISTS (SELECT 1 FROM sys.fulltext_indexes WHERE object_id = OBJECT_ID(N'dbo.Statements')) " +
                "CREATE FULLTEXT INDEX ON dbo.Statements (Quote LANGUAGE 1033) KEY INDEX PK_Statements ON ClaimTrackerCatalog WITH CHANGE_TRACKING AUTO;",
                suppressTransaction: true);
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                "IF EXISTS (SELECT 1 FROM sys.fulltext_indexes WHERE object_id = OBJECT_ID(N'dbo.Statements')) DROP FULLTEXT INDEX ON dbo.Statements;",
                suppressTransaction: true);
            migrationBuilder.Sql(
                "IF EXISTS (SELECT 1 FROM sys.fulltext_catalogs WHERE name = N'ClaimTrackerCatalog') DROP FULLTEXT CATALOG ClaimTrackerCatalog;",
                suppressTransaction: true);
        }
    }
}
