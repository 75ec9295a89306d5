using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClaimTracker.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ArticleIntake : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ArticleText",
                table: "Sources",
                type: "TEXT",
                maxLength: 200000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ArticleAnchors",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StatementId = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceId = table.Column<int>(type: "INTEGER", nullable: false),
                    Exact = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Prefix = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Suffix = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Start = table.Column<int>(type: "INTEGER", nullable: false),
                    End = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticleAnchors", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ArticleAnchors_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_ArticleAnchors_Statements_StatementId",
                        column: x => x.StatementId,
                        principalTable: "Statements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ArticleAnchors_SourceId_Start_End",
                table: "ArticleAnchors",
                columns: new[] { "SourceId", "Start", "End" });

            migrationBuilder.CreateIndex(
                name: "IX_ArticleAnchors_StatementId",
                table: "ArticleAnchors",
                column: "StatementId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ArticleAnchors");

            migrationBuilder.DropColumn(
                name: "ArticleText",
                table: "Sources");
        }
    }
}
