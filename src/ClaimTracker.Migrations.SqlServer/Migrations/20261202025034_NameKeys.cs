using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClaimTracker.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class NameKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "NameKey",
                table: "Topics",
                type: "nvarchar(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AliasKeys",
                table: "Speakers",
                type: "nvarchar(1202)",
                maxLength: 1202,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NameKey",
                table: "Speakers",
                type: "nvarchar(600)",
                maxLength: 600,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NameKey",
                table: "AnnotationTags",
                type: "nvarchar(150)",
                maxLength: 150,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Topics_NameKey",
                table: "Topics",
                column: "NameKey",
                unique: true,
                filter: "[NameKey] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Speakers_NameKey",
                table: "Speakers",
                column: "NameKey",
                unique: true,
                filter: "[NameKey] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_AnnotationTags_NameKey",
                table: "AnnotationTags",
                column: "NameKey",
                unique: true,
                filter: "[NameKey] IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Topics_NameKey",
                table: "Topics");

            migrationBuilder.DropIndex(
                name: "IX_Speakers_NameKey",
                table: "Speakers");

            migrationBuilder.DropIndex(
                name: "IX_AnnotationTags_NameKey",
                table: "AnnotationTags");

            migrationBuilder.DropColumn(
                name: "NameKey",
                table: "Topics");

            migrationBuilder.DropColumn(
                name: "AliasKeys",
                table: "Speakers");

            migrationBuilder.DropColumn(
                name: "NameKey",
                table: "Speakers");

            migrationBuilder.DropColumn(
                name: "NameKey",
                table: "AnnotationTags");
        }
    }
}
