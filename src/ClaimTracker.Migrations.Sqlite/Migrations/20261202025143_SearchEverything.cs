using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClaimTracker.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// Search over quote, speaker names and aliases, topics and context, with English stemming. Hand-written SQL only
    /// (EF has no model for FTS5): see <see cref="SearchEverythingSql"/> and docs/adr/0003-full-text-search.md.
    /// </summary>
    public partial class SearchEverything : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in SearchEverythingSql.Up)
            {
                migrationBuilder.Sql(sql);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in SearchEverythingSql.Down)
            {
                migrationBuilder.Sql(sql);
            }
        }
    }
}
