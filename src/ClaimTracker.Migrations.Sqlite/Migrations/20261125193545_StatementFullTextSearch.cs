using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClaimTracker.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// An FTS5 index over Statements.Quote, kept in step by triggers. Hand-written: EF has no model for FTS5.
    /// A later migration that rebuilds the Statements table drops these triggers with it and must recreate them;
    /// the search feature tests fail if that is forgotten. Names are written out: migration SearchEverything replaces this index.
    /// </summary>
    public partial class StatementFullTextSearch : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "StatementSearch" USING fts5(
                    "Quote", content='Statements', content_rowid='Id', tokenize='unicode61 remove_diacritics 2');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Statements_search_insert" AFTER INSERT ON "Statements" BEGIN
                    INSERT INTO "StatementSearch"(rowid, "Quote") VALUES (new."Id", new."Quote");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Statements_search_delete" AFTER DELETE ON "Statements" BEGIN
                    INSERT INTO "StatementSearch"("StatementSearch", rowid, "Quote") VALUES ('delete', old."Id", old."Quote");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Statements_search_update" AFTER UPDATE OF "Quote" ON "Statements" BEGIN
                    INSERT INTO "StatementSearch"("StatementSearch", rowid, "Quote") VALUES ('delete', old."Id", old."Quote");
                    INSERT INTO "StatementSearch"(rowid, "Quote") VALUES (new."Id", new."Quote");
                END;
                """);
            // Index whatever rows already exist.
            migrationBuilder.Sql("""INSERT INTO "StatementSearch"("StatementSearch") VALUES ('rebuild');""");
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Statements_search_update";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Statements_search_delete";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Statements_search_insert";""");
            migrationBuilder.Sql("""DROP TABLE IF EXISTS "StatementSearch";""");
        }
    }
}
