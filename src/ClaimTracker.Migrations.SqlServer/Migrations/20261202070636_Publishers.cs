using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace ClaimTracker.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Publishers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Publishers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    NameKey = table.Column<string>(type: "nvarchar(600)", maxLength: 600, nullable: false),
                    Site = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Publishers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutsideReviews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    StatementId = table.Column<int>(type: "int", nullable: false),
                    PublisherId = table.Column<int>(type: "int", nullable: false),
                    Label = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Rating = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    Url = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    Title = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    ReviewedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LanguageCode = table.Column<string>(type: "nvarchar(35)", maxLength: 35, nullable: true),
                    ImportBatchId = table.Column<int>(type: "int", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutsideReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OutsideReviews_Publishers_PublisherId",
                        column: x => x.PublisherId,
                        principalTable: "Publishers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OutsideReviews_Statements_StatementId",
                        column: x => x.StatementId,
                        principalTable: "Statements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RatingLabels",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PublisherId = table.Column<int>(type: "int", nullable: false),
                    Label = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    LabelKey = table.Column<string>(type: "nvarchar(600)", maxLength: 600, nullable: false),
                    Rating = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RatingLabels", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RatingLabels_Publishers_PublisherId",
                        column: x => x.PublisherId,
                        principalTable: "Publishers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "Publishers",
                columns: new[] { "Id", "CreatedAtUtc", "CreatedBy", "Name", "NameKey", "Site", "UpdatedAtUtc", "UpdatedBy" },
                values: new object[] { 1, new DateTime(2026, 12, 2, 0, 0, 0, 0, DateTimeKind.Utc), null, "PolitiFact", "politifact", "https://www.politifact.com/", null, null });

            migrationBuilder.InsertData(
                table: "RatingLabels",
                columns: new[] { "Id", "Label", "LabelKey", "PublisherId", "Rating" },
                values: new object[,]
                {
                    { 1, "true", "true", 1, "True" },
                    { 2, "mostly-true", "mostly-true", 1, "MostlyTrue" },
                    { 3, "half-true", "half-true", 1, "HalfTrue" },
                    { 4, "barely-true", "barely-true", 1, "MostlyFalse" },
                    { 5, "false", "false", 1, "False" },
                    { 6, "pants-fire", "pants-fire", 1, "False" },
                    { 7, "mostly-false", "mostly-false", 1, "MostlyFalse" },
                    { 8, "pants-on-fire", "pants-on-fire", 1, "False" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_OutsideReviews_ImportBatchId",
                table: "OutsideReviews",
                column: "ImportBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_OutsideReviews_PublisherId_Label",
                table: "OutsideReviews",
                columns: new[] { "PublisherId", "Label" });

            migrationBuilder.CreateIndex(
                name: "IX_OutsideReviews_StatementId_PublisherId",
                table: "OutsideReviews",
                columns: new[] { "StatementId", "PublisherId" });

            migrationBuilder.CreateIndex(
                name: "IX_Publishers_NameKey",
                table: "Publishers",
                column: "NameKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RatingLabels_PublisherId_LabelKey",
                table: "RatingLabels",
                columns: new[] { "PublisherId", "LabelKey" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OutsideReviews");

            migrationBuilder.DropTable(
                name: "RatingLabels");

            migrationBuilder.DropTable(
                name: "Publishers");
        }
    }
}
