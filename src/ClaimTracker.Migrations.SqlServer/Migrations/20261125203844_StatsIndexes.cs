using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClaimTracker.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class StatsIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Statements_CreatedAtUtc",
                table: "Statements",
                column: "CreatedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_StatementLinks_CreatedAtUtc",
                table: "StatementLinks",
                column: "CreatedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Reviews_PublishedAtUtc",
                table: "Reviews",
                column: "PublishedAtUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Statements_CreatedAtUtc",
                table: "Statements");

            migrationBuilder.DropIndex(
                name: "IX_StatementLinks_CreatedAtUtc",
                table: "StatementLinks");

            migrationBuilder.DropIndex(
                name: "IX_Reviews_PublishedAtUtc",
                table: "Reviews");
        }
    }
}
