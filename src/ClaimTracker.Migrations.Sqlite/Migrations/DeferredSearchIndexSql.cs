namespace ClaimTracker.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// Hand-written SQL of migration DeferredSearchIndex, written out in full so it never changes after release.
    /// <para>
    /// The two triggers that fire once per inserted row (a new statement; a topic added to one) rewrite the
    /// statement's index row each time: a statement imported with three topics was indexed four times, and those
    /// trigger runs were most of an import's time. While the table <c>SearchIndexDeferred</c> has a row, they do
    /// nothing. Only a bulk writer inserts that row, inside its own transaction (so no other connection ever sees it),
    /// and before it commits it deletes the row again and indexes its new statements in one INSERT ... SELECT from the
    /// same view the triggers read. A rollback takes the row away with everything else. Updates, deletes, renames and
    /// merges keep their triggers unconditionally.
    /// </para>
    /// </summary>
    internal static class DeferredSearchIndexSql
    {
        public static readonly string[] Up =
        [
            """CREATE TABLE "SearchIndexDeferred" ("Deferred" INTEGER NOT NULL);""",
            """DROP TRIGGER IF EXISTS "StatementSearch_statement_insert";""",
            """
            CREATE TRIGGER "StatementSearch_statement_insert" AFTER INSERT ON "Statements"
            WHEN NOT EXISTS (SELECT 1 FROM "SearchIndexDeferred") BEGIN
                DELETE FROM "StatementSearch" WHERE rowid IN (new."Id");
                INSERT INTO "StatementSearch"(rowid, "Quote", "Speakers", "Topics", "Context")
                    SELECT "Id", "Quote", "Speakers", "Topics", "Context" FROM "StatementSearchDocuments" WHERE "Id" IN (new."Id");
            END;
            """,
            """DROP TRIGGER IF EXISTS "StatementSearch_topic_added";""",
            """
            CREATE TRIGGER "StatementSearch_topic_added" AFTER INSERT ON "StatementTopics"
            WHEN NOT EXISTS (SELECT 1 FROM "SearchIndexDeferred") BEGIN
                DELETE FROM "StatementSearch" WHERE rowid IN (new."StatementsId");
                INSERT INTO "StatementSearch"(rowid, "Quote", "Speakers", "Topics", "Context")
                    SELECT "Id", "Quote", "Speakers", "Topics", "Context" FROM "StatementSearchDocuments" WHERE "Id" IN (new."StatementsId");
            END;
            """,
        ];

        public static readonly string[] Down =
        [
            """DROP TRIGGER IF EXISTS "StatementSearch_topic_added";""",
            """
            CREATE TRIGGER "StatementSearch_topic_added" AFTER INSERT ON "StatementTopics" BEGIN
                DELETE FROM "StatementSearch" WHERE rowid IN (new."StatementsId");
                INSERT INTO "StatementSearch"(rowid, "Quote", "Speakers", "Topics", "Context")
                    SELECT "Id", "Quote", "Speakers", "Topics", "Context" FROM "StatementSearchDocuments" WHERE "Id" IN (new."StatementsId");
            END;
            """,
            """DROP TRIGGER IF EXISTS "StatementSearch_statement_insert";""",
            """
            CREATE TRIGGER "StatementSearch_statement_insert" AFTER INSERT ON "Statements" BEGIN
                DELETE FROM "StatementSearch" WHERE rowid IN (new."Id");
                INSERT INTO "StatementSearch"(rowid, "Quote", "Speakers", "Topics", "Context")
                    SELECT "Id", "Quote", "Speakers", "Topics", "Context" FROM "StatementSearchDocuments" WHERE "Id" IN (new."Id");
            END;
            """,
            """DROP TABLE IF EXISTS "SearchIndexDeferred";""",
        ];
    }
}
