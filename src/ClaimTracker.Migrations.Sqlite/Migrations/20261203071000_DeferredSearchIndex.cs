using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClaimTracker.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// Lets a bulk write hold back the search index's insert triggers inside its own transaction and index its new
    /// statements in one statement at the end: see <see cref="DeferredSearchIndexSql"/> and docs/adr/0022.
    /// </summary>
    public partial class DeferredSearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in DeferredSearchIndexSql.Up)
            {
                migrationBuilder.Sql(sql);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in DeferredSearchIndexSql.Down)
            {
                migrationBuilder.Sql(sql);
            }
        }
    }
}
