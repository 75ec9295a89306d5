using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClaimTracker.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PublishedSnapshot : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PublishedOnBehalfOfName",
                table: "Reviews",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PublishedQuote",
                table: "Reviews",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PublishedQuoteKind",
                table: "Reviews",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PublishedSaidOn",
                table: "Reviews",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PublishedSaidOnPrecision",
                table: "Reviews",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PublishedSourceHeadline",
                table: "Reviews",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PublishedSourceOutlet",
                table: "Reviews",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PublishedSourceUrl",
                table: "Reviews",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PublishedSpeakerName",
                table: "Reviews",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PublishedSpeakerRole",
                table: "Reviews",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PublishedVenue",
                table: "Reviews",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CitedQuote",
                table: "Evidence",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CitedQuoteKind",
                table: "Evidence",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CitedSpeaker",
                table: "Evidence",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SpeakerMerges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    MergedName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    KeptSpeakerId = table.Column<int>(type: "INTEGER", nullable: false),
                    MergedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SpeakerMerges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SpeakerMerges_Speakers_KeptSpeakerId",
                        column: x => x.KeptSpeakerId,
                        principalTable: "Speakers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SpeakerMerges_KeptSpeakerId",
                table: "SpeakerMerges",
                column: "KeptSpeakerId");

            // ---- Hand-written (not generated): backfill the snapshot of reviews published before this migration,
            // from the statement, speaker and source as they read now (docs/adr/0007). Keep when regenerating. ----
            migrationBuilder.Sql(@"UPDATE ""Reviews"" SET
    (""PublishedQuote"", ""PublishedQuoteKind"", ""PublishedSpeakerName"", ""PublishedSpeakerRole"", ""PublishedOnBehalfOfName"",
     ""PublishedSaidOn"", ""PublishedSaidOnPrecision"", ""PublishedVenue"", ""PublishedSourceOutlet"", ""PublishedSourceHeadline"", ""PublishedSourceUrl"") =
    (SELECT s.""Quote"", s.""QuoteKind"", p.""Name"",
            COALESCE(s.""SpeakerRole"", (SELECT r.""Title"" FROM ""SpeakerRoles"" r
                WHERE r.""SpeakerId"" = s.""SpeakerId"" AND (r.""From"" IS NULL OR r.""From"" <= s.""SaidOn"") AND (r.""To"" IS NULL OR s.""SaidOn"" < r.""To"")
                ORDER BY r.""From"" DESC LIMIT 1)),
            b.""Name"", s.""SaidOn"", s.""SaidOnPrecision"", s.""Venue"", o.""Outlet"", o.""Headline"", o.""Url""
     FROM ""Statements"" s
     JOIN ""Speakers"" p ON p.""Id"" = s.""SpeakerId""
     JOIN ""Sources"" o ON o.""Id"" = s.""SourceId""
     LEFT JOIN ""Speakers"" b ON b.""Id"" = s.""OnBehalfOfId""
     WHERE s.""Id"" = ""Reviews"".""StatementId"")
WHERE ""Status"" = 'Published';");
            migrationBuilder.Sql(@"UPDATE ""Evidence"" SET
    (""CitedQuote"", ""CitedQuoteKind"", ""CitedSpeaker"") =
    (SELECT s.""Quote"", s.""QuoteKind"", p.""Name"" FROM ""Statements"" s JOIN ""Speakers"" p ON p.""Id"" = s.""SpeakerId""
     WHERE s.""Id"" = ""Evidence"".""StatementId"")
WHERE ""StatementId"" IS NOT NULL
  AND ""ReviewId"" IN (SELECT ""Id"" FROM ""Reviews"" WHERE ""Status"" = 'Published');");
            // ---- End of hand-written part. ----
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SpeakerMerges");

            migrationBuilder.DropColumn(
                name: "PublishedOnBehalfOfName",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "PublishedQuote",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "PublishedQuoteKind",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "PublishedSaidOn",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "PublishedSaidOnPrecision",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "PublishedSourceHeadline",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "PublishedSourceOutlet",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "PublishedSourceUrl",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "PublishedSpeakerName",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "PublishedSpeakerRole",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "PublishedVenue",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "CitedQuote",
                table: "Evidence");

            migrationBuilder.DropColumn(
                name: "CitedQuoteKind",
                table: "Evidence");

            migrationBuilder.DropColumn(
                name: "CitedSpeaker",
                table: "Evidence");
        }
    }
}
