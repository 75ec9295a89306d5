using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClaimTracker.Migrations.SqlServer.Migrations
{
    /// <summary>
    /// Search over quote, speaker names and aliases, topics and context: a documents table kept by triggers and a
    /// full-text index with the English word breaker. Hand-written SQL only: see <see cref="SearchEverythingSql"/>
    /// and docs/adr/0003-full-text-search.md.
    /// </summary>
    public partial class SearchEverything : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var (sql, outsideTransaction) in SearchEverythingSql.Up)
            {
                migrationBuilder.Sql(sql, suppressTransaction: outsideTransaction);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var (sql, outsideTransaction) in SearchEverythingSql.Down)
            {
                migrationBuilder.Sql(sql, suppressTransaction: outsideTransaction);
            }
        }
    }
}
