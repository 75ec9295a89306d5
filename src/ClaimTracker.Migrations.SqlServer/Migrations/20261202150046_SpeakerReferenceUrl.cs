using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClaimTracker.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class SpeakerReferenceUrl : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ReferenceUrl",
                table: "Speakers",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PublishedSpeakerReferenceUrl",
                table: "Reviews",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ReferenceUrl",
                table: "Speakers");

            migrationBuilder.DropColumn(
                name: "PublishedSpeakerReferenceUrl",
                table: "Reviews");
        }
    }
}
