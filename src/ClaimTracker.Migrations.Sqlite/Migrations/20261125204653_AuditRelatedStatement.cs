using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClaimTracker.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AuditRelatedStatement : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "RelatedStatementId",
                table: "AuditEntries",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_RelatedStatementId",
                table: "AuditEntries",
                column: "RelatedStatementId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_RelatedStatementId",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "RelatedStatementId",
                table: "AuditEntries");
        }
    }
}
