namespace ClaimTracker.Migrations.SqlServer.Migrations
{
    /// <summary>
    /// The statement's date on its tag rows, filled once and then kept by triggers whoever writes: EF adding a topic,
    /// the import's bulk insert, a date edit, raw SQL. A topic's list seeks (TopicsId, StatementSaidOn, StatementsId)
    /// in date order instead of walking every statement (docs/adr/0026). Each trigger is its own batch (EXEC), as
    /// CREATE TRIGGER must be, also inside the idempotent script's IF blocks.
    /// </summary>
    internal static class TopicTagDatesSql
    {
        public static readonly string[] Up =
        [
            // Compiled when run (EXEC), after the column exists: in the idempotent script it shares a batch with the ALTER.
            """
            EXEC(N'UPDATE t SET t.StatementSaidOn = s.SaidOn
            FROM dbo.StatementTopics AS t JOIN dbo.Statements AS s ON s.Id = t.StatementsId;');
            """,
            """
            EXEC(N'CREATE TRIGGER dbo.StatementTopics_SaidOn ON dbo.StatementTopics AFTER INSERT, UPDATE AS
            BEGIN
                SET NOCOUNT ON;
                UPDATE t SET t.StatementSaidOn = s.SaidOn
                FROM dbo.StatementTopics AS t
                JOIN inserted AS i ON i.StatementsId = t.StatementsId AND i.TopicsId = t.TopicsId
                JOIN dbo.Statements AS s ON s.Id = t.StatementsId
                WHERE t.StatementSaidOn IS NULL OR t.StatementSaidOn <> s.SaidOn;
            END');
            """,
            """
            EXEC(N'CREATE TRIGGER dbo.Statements_TopicTagDates ON dbo.Statements AFTER UPDATE AS
            BEGIN
                SET NOCOUNT ON;
                IF UPDATE(SaidOn)
                    UPDATE t SET t.StatementSaidOn = i.SaidOn
                    FROM dbo.StatementTopics AS t JOIN inserted AS i ON i.Id = t.StatementsId
                    WHERE t.StatementSaidOn IS NULL OR t.StatementSaidOn <> i.SaidOn;
            END');
            """,
        ];

        public static readonly string[] Down =
        [
            "DROP TRIGGER IF EXISTS dbo.Statements_TopicTagDates;",
            "DROP TRIGGER IF EXISTS dbo.StatementTopics_SaidOn;",
        ];
    }
}
