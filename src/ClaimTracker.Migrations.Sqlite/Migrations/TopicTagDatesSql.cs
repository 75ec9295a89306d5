namespace ClaimTracker.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// The statement's date on its tag rows, filled once and then kept by triggers whoever writes: EF adding a topic,
    /// the import's bulk insert, a date edit, raw SQL. A topic's list seeks (TopicsId, StatementSaidOn, StatementsId)
    /// in date order instead of walking every statement (docs/adr/0026).
    /// </summary>
    internal static class TopicTagDatesSql
    {
        private const string Copy = """(SELECT "SaidOn" FROM "Statements" WHERE "Id" = new."StatementsId")""";

        public static readonly string[] Up =
        [
            """UPDATE "StatementTopics" SET "StatementSaidOn" = (SELECT s."SaidOn" FROM "Statements" s WHERE s."Id" = "StatementTopics"."StatementsId");""",
            $"""
            CREATE TRIGGER "StatementTopics_said_on_added" AFTER INSERT ON "StatementTopics"
            WHEN new."StatementSaidOn" IS NOT {Copy} BEGIN
                UPDATE "StatementTopics" SET "StatementSaidOn" = {Copy}
                WHERE "StatementsId" = new."StatementsId" AND "TopicsId" = new."TopicsId";
            END;
            """,
            $"""
            CREATE TRIGGER "StatementTopics_said_on_moved" AFTER UPDATE OF "StatementsId", "StatementSaidOn" ON "StatementTopics"
            WHEN new."StatementSaidOn" IS NOT {Copy} BEGIN
                UPDATE "StatementTopics" SET "StatementSaidOn" = {Copy}
                WHERE "StatementsId" = new."StatementsId" AND "TopicsId" = new."TopicsId";
            END;
            """,
            """
            CREATE TRIGGER "StatementTopics_said_on_changed" AFTER UPDATE OF "SaidOn" ON "Statements"
            WHEN new."SaidOn" IS NOT old."SaidOn" BEGIN
                UPDATE "StatementTopics" SET "StatementSaidOn" = new."SaidOn" WHERE "StatementsId" = new."Id";
            END;
            """,
        ];

        public static readonly string[] Down =
        [
            """DROP TRIGGER IF EXISTS "StatementTopics_said_on_changed";""",
            """DROP TRIGGER IF EXISTS "StatementTopics_said_on_moved";""",
            """DROP TRIGGER IF EXISTS "StatementTopics_said_on_added";""",
        ];
    }
}
