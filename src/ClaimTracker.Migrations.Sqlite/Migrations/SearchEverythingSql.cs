namespace ClaimTracker.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// Hand-written SQL of migration SearchEverything, kept apart from the generated file so the migration can be
    /// regenerated without losing it. Written out in full (no shared constants) so it never changes after release.
    /// <para>
    /// An FTS5 table with its own copy of each statement's searchable text: the quote, the speaker's and the
    /// on-behalf-of speaker's names and aliases, the topics and the context. A view says what that text is; triggers
    /// on every table it reads from replace the affected rows, so a rename, a merge, a new alias or topic, or an edit
    /// is searchable in the same transaction, whoever writes (use cases, seeds, imports, SQL). A later migration that
    /// rebuilds one of these tables drops its triggers and must create them again (the two insert triggers with
    /// migration DeferredSearchIndex's condition); the index-sync tests catch it.
    /// </para>
    /// </summary>
    internal static class SearchEverythingSql
    {
        private const string Columns = "\"Quote\", \"Speakers\", \"Topics\", \"Context\"";

        /// <summary>Deletes then re-inserts the index rows of the statements whose ids <paramref name="ids"/> selects.</summary>
        private static string Refresh(string ids) => $"""
                DELETE FROM "StatementSearch" WHERE rowid IN ({ids});
                INSERT INTO "StatementSearch"(rowid, {Columns})
                    SELECT "Id", {Columns} FROM "StatementSearchDocuments" WHERE "Id" IN ({ids});
            """;

        public static readonly string[] Up =
        [
            """DROP TRIGGER IF EXISTS "Statements_search_update";""",
            """DROP TRIGGER IF EXISTS "Statements_search_delete";""",
            """DROP TRIGGER IF EXISTS "Statements_search_insert";""",
            """DROP TABLE IF EXISTS "StatementSearch";""",
            // porter: English stemming (mediate, mediation, mediating). Categories add combining marks (M*) to the
            // default word characters, so Devanagari vowel signs and viramas do not split Hindi words apart.
            """
            CREATE VIRTUAL TABLE "StatementSearch" USING fts5(
                "Quote", "Speakers", "Topics", "Context",
                tokenize = 'porter unicode61 remove_diacritics 2 categories ''L* N* Co M*''');
            """,
            """
            CREATE VIEW "StatementSearchDocuments" AS
            SELECT s."Id" AS "Id",
                   s."Quote" AS "Quote",
                   concat_ws(' ; ', sp."Name", sp."Aliases", ob."Name", ob."Aliases") AS "Speakers",
                   (SELECT group_concat(t."Name", ' ; ') FROM "StatementTopics" AS st
                        JOIN "Topics" AS t ON t."Id" = st."TopicsId" WHERE st."StatementsId" = s."Id") AS "Topics",
                   s."Context" AS "Context"
            FROM "Statements" AS s
            JOIN "Speakers" AS sp ON sp."Id" = s."SpeakerId"
            LEFT JOIN "Speakers" AS ob ON ob."Id" = s."OnBehalfOfId";
            """,
            $"""
            CREATE TRIGGER "StatementSearch_statement_insert" AFTER INSERT ON "Statements" BEGIN
            {Refresh("new.\"Id\"")}
            END;
            """,
            $"""
            CREATE TRIGGER "StatementSearch_statement_update" AFTER UPDATE OF "Quote", "Context", "SpeakerId", "OnBehalfOfId" ON "Statements" BEGIN
            {Refresh("new.\"Id\"")}
            END;
            """,
            """
            CREATE TRIGGER "StatementSearch_statement_delete" AFTER DELETE ON "Statements" BEGIN
                DELETE FROM "StatementSearch" WHERE rowid = old."Id";
            END;
            """,
            $"""
            CREATE TRIGGER "StatementSearch_speaker_update" AFTER UPDATE OF "Name", "Aliases" ON "Speakers" BEGIN
            {Refresh("SELECT \"Id\" FROM \"Statements\" WHERE \"SpeakerId\" = new.\"Id\" UNION SELECT \"Id\" FROM \"Statements\" WHERE \"OnBehalfOfId\" = new.\"Id\"")}
            END;
            """,
            $"""
            CREATE TRIGGER "StatementSearch_topic_update" AFTER UPDATE OF "Name" ON "Topics" BEGIN
            {Refresh("SELECT \"StatementsId\" FROM \"StatementTopics\" WHERE \"TopicsId\" = new.\"Id\"")}
            END;
            """,
            $"""
            CREATE TRIGGER "StatementSearch_topic_added" AFTER INSERT ON "StatementTopics" BEGIN
            {Refresh("new.\"StatementsId\"")}
            END;
            """,
            $"""
            CREATE TRIGGER "StatementSearch_topic_removed" AFTER DELETE ON "StatementTopics" BEGIN
            {Refresh("old.\"StatementsId\"")}
            END;
            """,
            $"""INSERT INTO "StatementSearch"(rowid, {Columns}) SELECT "Id", {Columns} FROM "StatementSearchDocuments";""",
        ];

        public static readonly string[] Down =
        [
            """DROP TRIGGER IF EXISTS "StatementSearch_topic_removed";""",
            """DROP TRIGGER IF EXISTS "StatementSearch_topic_added";""",
            """DROP TRIGGER IF EXISTS "StatementSearch_topic_update";""",
            """DROP TRIGGER IF EXISTS "StatementSearch_speaker_update";""",
            """DROP TRIGGER IF EXISTS "StatementSearch_statement_delete";""",
            """DROP TRIGGER IF EXISTS "StatementSearch_statement_update";""",
            """DROP TRIGGER IF EXISTS "StatementSearch_statement_insert";""",
            """DROP VIEW IF EXISTS "StatementSearchDocuments";""",
            """DROP TABLE IF EXISTS "StatementSearch";""",
            // Back to the quote-only index of migration StatementFullTextSearch.
            """
            CREATE VIRTUAL TABLE "StatementSearch" USING fts5(
                "Quote", content='Statements', content_rowid='Id', tokenize='unicode61 remove_diacritics 2');
            """,
            """
            CREATE TRIGGER "Statements_search_insert" AFTER INSERT ON "Statements" BEGIN
                INSERT INTO "StatementSearch"(rowid, "Quote") VALUES (new."Id", new."Quote");
            END;
            """,
            """
            CREATE TRIGGER "Statements_search_delete" AFTER DELETE ON "Statements" BEGIN
                INSERT INTO "StatementSearch"("StatementSearch", rowid, "Quote") VALUES ('delete', old."Id", old."Quote");
            END;
            """,
            """
            CREATE TRIGGER "Statements_search_update" AFTER UPDATE OF "Quote" ON "Statements" BEGIN
                INSERT INTO "StatementSearch"("StatementSearch", rowid, "Quote") VALUES ('delete', old."Id", old."Quote");
                INSERT INTO "StatementSearch"(rowid, "Quote") VALUES (new."Id", new."Quote");
            END;
            """,
            """INSERT INTO "StatementSearch"("StatementSearch") VALUES ('rebuild');""",
        ];
    }
}
