using ClaimTracker.Infrastructure.Search;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClaimTracker.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// An FTS5 index over Statements.Quote, kept in step by triggers. Hand-written: EF has no model for FTS5.
    /// A later migration that rebuilds the Statements table drops these triggers with it and must recreate them;
    /// the search feature tests fail if that is forgotten.
    /// </summary>
    public partial class StatementFullTextSearch : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql($"""
                CREATE VIRTUAL TABLE "{SqliteFullText.Table}" USING fts5(
                    "Quote", content='Statements', content_rowid='Id', tokenize='unicode61 remove_diacritics 2');
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER "{SqliteFullText.InsertTrigger}" AFTER INSERT ON "Statements" BEGIN
                    INSERT INTO "{SqliteFullText.Table}"(rowid, "Quote") VALUES (new."Id", new."Quote");
                END;
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER "{SqliteFullText.DeleteTrigger}" AFTER DELETE ON "Statements" BEGIN
                    INSERT INTO "{SqliteFullText.Table}"("{SqliteFullText.Table}", rowid, "Quote") VALUES ('delete', old."Id", old."Quote");
                END;
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER "{SqliteFullText.UpdateTrigger}" AFTER UPDATE OF "Quote" ON "Statements" BEGIN
                    INSERT INTO "{SqliteFullText.Table}"("{SqliteFullText.Table}", rowid, "Quote") VALUES ('delete', old."Id", old."Quote");
                    INSERT INTO "{SqliteFullText.Table}"(rowid, "Quote") VALUES (new."Id", new."Quote");
                END;
                """);
            // Index whatever rows already exist.
            migrationBuilder.Sql($"""INSERT INTO "{SqliteFullText.Table}"("{SqliteFullText.Table}") VALUES ('rebuild');""");
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql($"""DROP TRIGGER IF EXISTS "{SqliteFullText.UpdateTrigger}";""");
            migrationBuilder.Sql($"""DROP TRIGGER IF EXISTS "{SqliteFullText.DeleteTrigger}";""");
            migrationBuilder.Sql($"""DROP TRIGGER IF EXISTS "{SqliteFullText.InsertTrigger}";""");
            migrationBuilder.Sql($"""DROP TABLE IF EXISTS "{SqliteFullText.Table}";""");
        }
    }
}
