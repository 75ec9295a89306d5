using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClaimTracker.Migrations.SqlServer.Migrations
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
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PublishedQuote",
                table: "Reviews",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PublishedQuoteKind",
                table: "Reviews",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PublishedSaidOn",
                table: "Reviews",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PublishedSaidOnPrecision",
                table: "Reviews",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PublishedSourceHeadline",
                table: "Reviews",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PublishedSourceOutlet",
                table: "Reviews",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PublishedSourceUrl",
                table: "Reviews",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PublishedSpeakerName",
                table: "Reviews",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PublishedSpeakerRole",
                table: "Reviews",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PublishedVenue",
                table: "Reviews",
                type: "nvarchar(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CitedQuote",
                table: "Evidence",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CitedQuoteKind",
                table: "Evidence",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CitedSpeaker",
                table: "Evidence",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SpeakerMerges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false),
                    MergedName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    KeptSpeakerId = table.Column<int>(type: "int", nullable: false),
                    MergedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
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
            migrationBuilder.Sql(@"UPDATE v SET
    v.[PublishedQuote] = s.[Quote], v.[PublishedQuoteKind] = s.[QuoteKind], v.[PublishedSpeakerName] = p.[Name],
    v.[PublishedSpeakerRole] = COALESCE(s.[SpeakerRole], (SELECT TOP (1) r.[Title] FROM [SpeakerRoles] r
        WHERE r.[SpeakerId] = s.[SpeakerId] AND (r.[From] IS NULL OR r.[From] <= s.[SaidOn]) AND (r.[To] IS NULL OR s.[SaidOn] < r.[To])
        ORDER BY r.[From] DESC)),
    v.[PublishedOnBehalfOfName] = b.[Name], v.[PublishedSaidOn] = s.[SaidOn], v.[PublishedSaidOnPrecision] = s.[SaidOnPrecision],
    v.[PublishedVenue] = s.[Venue], v.[PublishedSourceOutlet] = o.[Outlet], v.[PublishedSourceHeadline] = o.[Headline],
    v.[PublishedSourceUrl] = o.[Url]
FROM [Reviews] v
JOIN [Statements] s ON s.[Id] = v.[StatementId]
JOIN [Speakers] p ON p.[Id] = s.[SpeakerId]
JOIN [Sources] o ON o.[Id] = s.[SourceId]
LEFT JOIN [Speakers] b ON b.[Id] = s.[OnBehalfOfId]
WHERE v.[Status] = N'Published';");
            migrationBuilder.Sql(@"UPDATE e SET e.[CitedQuote] = s.[Quote], e.[CitedQuoteKind] = s.[QuoteKind], e.[CitedSpeaker] = p.[Name]
FROM [Evidence] e
JOIN [Reviews] v ON v.[Id] = e.[ReviewId]
JOIN [Statements] s ON s.[Id] = e.[StatementId]
JOIN [Speakers] p ON p.[Id] = s.[SpeakerId]
WHERE v.[Status] = N'Published';");
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
