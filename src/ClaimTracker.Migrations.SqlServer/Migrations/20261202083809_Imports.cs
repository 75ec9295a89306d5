using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClaimTracker.Migrations.SqlServer.Migrations
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
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ImportBatchId",
                table: "Statements",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ImportFingerprint",
                table: "Statements",
                type: "varchar(32)",
                unicode: false,
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ImportKey",
                table: "Statements",
                type: "varchar(64)",
                unicode: false,
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ImportBatchId",
                table: "Speakers",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ImportBatchId",
                table: "Sources",
                type: "int",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ImportBatches",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Format = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    FileNames = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    StartedByName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    StartedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    FinishedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Created = table.Column<int>(type: "int", nullable: false),
                    Updated = table.Column<int>(type: "int", nullable: false),
                    Unchanged = table.Column<int>(type: "int", nullable: false),
                    Rejected = table.Column<int>(type: "int", nullable: false),
                    RowsDone = table.Column<int>(type: "int", nullable: false),
                    ReachedLine = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    Message = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportBatches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ImportRejections",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ImportBatchId = table.Column<int>(type: "int", nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(260)", maxLength: 260, nullable: false),
                    LineNumber = table.Column<int>(type: "int", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Excerpt = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ImportBatchId = table.Column<int>(type: "int", nullable: false),
                    StatementId = table.Column<int>(type: "int", nullable: false),
                    Previous = table.Column<string>(type: "nvarchar(max)", nullable: false)
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
