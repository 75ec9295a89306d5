using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClaimTracker.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ListPerformance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Statements_OnBehalfOfId",
                table: "Statements");

            migrationBuilder.CreateIndex(
                name: "IX_Statements_OnBehalfOfId_SaidOn_Id",
                table: "Statements",
                columns: new[] { "OnBehalfOfId", "SaidOn", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Statements_OnBehalfOfId_SaidOn_Id",
                table: "Statements");

            migrationBuilder.CreateIndex(
                name: "IX_Statements_OnBehalfOfId",
                table: "Statements",
                column: "OnBehalfOfId");
        }
    }
}
