using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClaimTracker.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class StatsReadModel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "StatsDeskDays",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Member = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Rating = table.Column<int>(type: "INTEGER", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatsDeskDays", x => new { x.Day, x.Kind, x.Member, x.Rating });
                });

            migrationBuilder.CreateTable(
                name: "StatsSpeakerLinks",
                columns: table => new
                {
                    SpeakerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatsSpeakerLinks", x => new { x.SpeakerId, x.Month, x.Category });
                });

            migrationBuilder.CreateTable(
                name: "StatsSpeakerRebutters",
                columns: table => new
                {
                    SpeakerId = table.Column<int>(type: "INTEGER", nullable: false),
                    RebutterId = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatsSpeakerRebutters", x => new { x.SpeakerId, x.RebutterId, x.Month });
                });

            migrationBuilder.CreateTable(
                name: "StatsSpeakerTopics",
                columns: table => new
                {
                    SpeakerId = table.Column<int>(type: "INTEGER", nullable: false),
                    TopicId = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatsSpeakerTopics", x => new { x.SpeakerId, x.TopicId, x.Month });
                });

            migrationBuilder.CreateTable(
                name: "StatsSpeakerVerdicts",
                columns: table => new
                {
                    SpeakerId = table.Column<int>(type: "INTEGER", nullable: false),
                    PublisherId = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    Bucket = table.Column<int>(type: "INTEGER", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatsSpeakerVerdicts", x => new { x.SpeakerId, x.PublisherId, x.Month, x.Bucket });
                });

            migrationBuilder.CreateTable(
                name: "StatsTopicDays",
                columns: table => new
                {
                    TopicId = table.Column<int>(type: "INTEGER", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatsTopicDays", x => new { x.Day, x.TopicId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_StatsTopicDays_TopicId_Day_Count",
                table: "StatsTopicDays",
                columns: new[] { "TopicId", "Day", "Count" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "StatsDeskDays");

            migrationBuilder.DropTable(
                name: "StatsSpeakerLinks");

            migrationBuilder.DropTable(
                name: "StatsSpeakerRebutters");

            migrationBuilder.DropTable(
                name: "StatsSpeakerTopics");

            migrationBuilder.DropTable(
                name: "StatsSpeakerVerdicts");

            migrationBuilder.DropTable(
                name: "StatsTopicDays");
        }
    }
}
