using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClaimTracker.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Imports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ImportBatchId",
                table: "Topics",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ImportBatchId",
                table: "Statements",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ImportFingerprint",
                table: "Statements",
                type: "TEXT",
                unicode: false,
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ImportKey",
                table: "Statements",
                type: "TEXT",
                unicode: false,
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ImportBatchId",
                table: "Speakers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ImportBatchId",
                table: "Sources",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ImportBatches",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Format = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    FileNames = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    StartedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    StartedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FinishedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Created = table.Column<int>(type: "INTEGER", nullable: false),
                    Updated = table.Column<int>(type: "INTEGER", nullable: false),
                    Unchanged = table.Column<int>(type: "INTEGER", nullable: false),
                    Rejected = table.Column<int>(type: "INTEGER", nullable: false),
                    RowsDone = table.Column<int>(type: "INTEGER", nullable: false),
                    ReachedLine = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Message = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportBatches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ImportRejections",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ImportBatchId = table.Column<int>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    LineNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Excerpt = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportRejections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ImportRejections_ImportBatches_ImportBatchId",
                        column: x => x.ImportBatchId,
                        principalTable: "ImportBatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ImportReverts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ImportBatchId = table.Column<int>(type: "INTEGER", nullable: false),
                    StatementId = table.Column<int>(type: "INTEGER", nullable: false),
                    Previous = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportReverts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ImportReverts_ImportBatches_ImportBatchId",
                        column: x => x.ImportBatchId,
                        principalTable: "ImportBatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Topics_ImportBatchId",
                table: "Topics",
                column: "ImportBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_Statements_ImportBatchId",
                table: "Statements",
                column: "ImportBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_Statements_ImportKey",
                table: "Statements",
                column: "ImportKey");

            migrationBuilder.CreateIndex(
                name: "IX_Speakers_ImportBatchId",
                table: "Speakers",
                column: "ImportBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_Sources_ImportBatchId",
                table: "Sources",
                column: "ImportBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_ImportBatches_StartedAtUtc",
                table: "ImportBatches",
                column: "StartedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_ImportRejections_ImportBatchId_Id",
                table: "ImportRejections",
                columns: new[] { "ImportBatchId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ImportReverts_ImportBatchId_StatementId",
                table: "ImportReverts",
                columns: new[] { "ImportBatchId", "StatementId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ImportRejections");

            migrationBuilder.DropTable(
                name: "ImportReverts");

            migrationBuilder.DropTable(
                name: "ImportBatches");

            migrationBuilder.DropIndex(
                name: "IX_Topics_ImportBatchId",
                table: "Topics");

            migrationBuilder.DropIndex(
                name: "IX_Statements_ImportBatchId",
                table: "Statements");

            migrationBuilder.DropIndex(
                name: "IX_Statements_ImportKey",
                table: "Statements");

            migrationBuilder.DropIndex(
                name: "IX_Speakers_ImportBatchId",
                table: "Speakers");

            migrationBuilder.DropIndex(
                name: "IX_Sources_ImportBatchId",
                table: "Sources");

            migrationBuilder.DropColumn(
                name: "ImportBatchId",
                table: "Topics");

            migrationBuilder.DropColumn(
                name: "ImportBatchId",
                table: "Statements");

            migrationBuilder.DropColumn(
                name: "ImportFingerprint",
                table: "Statements");

            migrationBuilder.DropColumn(
                name: "ImportKey",
                table: "Statements");

            migrationBuilder.DropColumn(
                name: "ImportBatchId",
                table: "Speakers");

            migrationBuilder.DropColumn(
                name: "ImportBatchId",
                table: "Sources");
        }
    }
}
