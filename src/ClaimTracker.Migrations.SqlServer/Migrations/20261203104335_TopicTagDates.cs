using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClaimTracker.Migrations.SqlServer.Migrations
{
    /// <summary>
    /// The statement's date on its tag rows, with the index a topic's list seeks; triggers keep the copy: see
    /// <see cref="TopicTagDatesSql"/> and docs/adr/0026.
    /// </summary>
    public partial class TopicTagDates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_StatementTopics_TopicsId",
                table: "StatementTopics");

            migrationBuilder.AddColumn<DateOnly>(
                name: "StatementSaidOn",
                table: "StatementTopics",
                type: "date",
                nullable: true);

            foreach (var sql in TopicTagDatesSql.Up)
            {
                migrationBuilder.Sql(sql);
            }

            migrationBuilder.CreateIndex(
                name: "IX_StatementTopics_TopicsId_StatementSaidOn_StatementsId",
                table: "StatementTopics",
                columns: new[] { "TopicsId", "StatementSaidOn", "StatementsId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in TopicTagDatesSql.Down)
            {
                migrationBuilder.Sql(sql);
            }

            migrationBuilder.DropIndex(
                name: "IX_StatementTopics_TopicsId_StatementSaidOn_StatementsId",
                table: "StatementTopics");

            migrationBuilder.DropColumn(
                name: "StatementSaidOn",
                table: "StatementTopics");

            migrationBuilder.CreateIndex(
                name: "IX_StatementTopics_TopicsId",
                table: "StatementTopics",
                column: "TopicsId");
        }
    }
}
