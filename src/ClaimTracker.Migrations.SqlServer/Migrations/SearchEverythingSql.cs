namespace ClaimTracker.Migrations.SqlServer.Migrations
{
    /// <summary>
    /// Hand-written SQL of migration SearchEverything, kept apart from the generated file so the migration can be
    /// regenerated without losing it. Written out in full so it never changes after release.
    /// <para>
    /// A full-text index covers one table, and the searchable text lives in four (statements, speakers, topics and
    /// the statement-topic join), so a documents table holds each statement's text, filled from a view and kept in
    /// step by triggers on every table the view reads. <c>Everything</c> holds all fields in one column because a
    /// CONTAINS condition over several columns must match within a single column. Triggers and the view are created
    /// through EXEC because they must start a batch and the idempotent script wraps each statement in IF … BEGIN.
    /// Full-text DDL cannot run in a transaction (suppressTransaction).
    /// </para>
    /// </summary>
    internal static class SearchEverythingSql
    {
        /// <summary>Replaces the documents of the statements listed in @ids (a table variable the trigger fills).</summary>
        private const string Refresh = """
                DELETE d FROM dbo.StatementSearchDocuments AS d WHERE d.StatementId IN (SELECT Id FROM @ids);
                INSERT INTO dbo.StatementSearchDocuments (StatementId, Quote, Speakers, Topics, Context, Everything)
                    SELECT v.Id, v.Quote, v.Speakers, v.Topics, v.Context,
                           CONCAT_WS(N'' ; '', v.Quote, v.Speakers, v.Topics, v.Context)
                    FROM dbo.StatementSearchSource AS v WHERE v.Id IN (SELECT Id FROM @ids);
            """;

        private static string Trigger(string name, string table, string events, string ids) => $"""
            EXEC(N'CREATE TRIGGER dbo.{name} ON dbo.{table} AFTER {events} AS
            BEGIN
                SET NOCOUNT ON;
                DECLARE @ids TABLE (Id int PRIMARY KEY);
                INSERT INTO @ids (Id) {ids};
            {Refresh}
            END');
            """;

        public static readonly (string Sql, bool OutsideTransaction)[] Up =
        [
            ("IF EXISTS (SELECT 1 FROM sys.fulltext_indexes WHERE object_id = OBJECT_ID(N'dbo.Statements')) DROP FULLTEXT INDEX ON dbo.Statements;", true),
            ("""
            CREATE TABLE dbo.StatementSearchDocuments (
                StatementId int NOT NULL CONSTRAINT PK_StatementSearchDocuments PRIMARY KEY,
                Quote nvarchar(4000) NOT NULL,
                Speakers nvarchar(max) NULL,
                Topics nvarchar(max) NULL,
                Context nvarchar(2000) NULL,
                Everything nvarchar(max) NOT NULL);
            """, false),
            ("""
            EXEC(N'CREATE VIEW dbo.StatementSearchSource AS
            SELECT s.Id, s.Quote,
                   CONCAT_WS(N'' ; '', sp.Name, sp.Aliases, ob.Name, ob.Aliases) AS Speakers,
                   (SELECT STRING_AGG(t.Name, N'' ; '') FROM dbo.StatementTopics AS st
                        JOIN dbo.Topics AS t ON t.Id = st.TopicsId WHERE st.StatementsId = s.Id) AS Topics,
                   s.Context
            FROM dbo.Statements AS s
            JOIN dbo.Speakers AS sp ON sp.Id = s.SpeakerId
            LEFT JOIN dbo.Speakers AS ob ON ob.Id = s.OnBehalfOfId');
            """, false),
            (Trigger("StatementSearch_Statements", "Statements", "INSERT, UPDATE, DELETE",
                "SELECT Id FROM inserted UNION SELECT Id FROM deleted"), false),
            (Trigger("StatementSearch_Speakers", "Speakers", "UPDATE",
                "SELECT s.Id FROM dbo.Statements AS s JOIN inserted AS i ON i.Id = s.SpeakerId UNION "
                + "SELECT s.Id FROM dbo.Statements AS s JOIN inserted AS i ON i.Id = s.OnBehalfOfId"), false),
            (Trigger("StatementSearch_Topics", "Topics", "UPDATE",
                "SELECT DISTINCT st.StatementsId FROM dbo.StatementTopics AS st JOIN inserted AS i ON i.Id = st.TopicsId"), false),
            (Trigger("StatementSearch_StatementTopics", "StatementTopics", "INSERT, DELETE",
                "SELECT StatementsId FROM inserted UNION SELECT StatementsId FROM deleted"), false),
            ("""
            INSERT INTO dbo.StatementSearchDocuments (StatementId, Quote, Speakers, Topics, Context, Everything)
                SELECT v.Id, v.Quote, v.Speakers, v.Topics, v.Context, CONCAT_WS(N' ; ', v.Quote, v.Speakers, v.Topics, v.Context)
                FROM dbo.StatementSearchSource AS v;
            """, false),
            ("IF NOT EXISTS (SELECT 1 FROM sys.fulltext_catalogs WHERE name = N'ClaimTrackerCatalog') CREATE FULLTEXT CATALOG ClaimTrackerCatalog;", true),
            ("IF NOT EXISTS (SELECT 1 FROM sys.fulltext_indexes WHERE object_id = OBJECT_ID(N'dbo.StatementSearchDocuments')) "
                + "CREATE FULLTEXT INDEX ON dbo.StatementSearchDocuments (Quote LANGUAGE 1033, Speakers LANGUAGE 1033, Topics LANGUAGE 1033, "
                + "Context LANGUAGE 1033, Everything LANGUAGE 1033) KEY INDEX PK_StatementSearchDocuments ON ClaimTrackerCatalog "
                + "WITH CHANGE_TRACKING AUTO;", true),
        ];

        public static readonly (string Sql, bool OutsideTransaction)[] Down =
        [
            ("IF EXISTS (SELECT 1 FROM sys.fulltext_indexes WHERE object_id = OBJECT_ID(N'dbo.StatementSearchDocuments')) DROP FULLTEXT INDEX ON dbo.StatementSearchDocuments;", true),
            ("DROP TRIGGER IF EXISTS dbo.StatementSearch_StatementTopics;", false),
            ("DROP TRIGGER IF EXISTS dbo.StatementSearch_Topics;", false),
            ("DROP TRIGGER IF EXISTS dbo.StatementSearch_Speakers;", false),
            ("DROP TRIGGER IF EXISTS dbo.StatementSearch_Statements;", false),
            ("DROP VIEW IF EXISTS dbo.StatementSearchSource;", false),
            ("DROP TABLE IF EXISTS dbo.StatementSearchDocuments;", false),
            ("IF NOT EXISTS (SELECT 1 FROM sys.fulltext_indexes WHERE object_id = OBJECT_ID(N'dbo.Statements')) "
                + "CREATE FULLTEXT INDEX ON dbo.Statements (Quote LANGUAGE 1033) KEY INDEX PK_Statements ON ClaimTrackerCatalog WITH CHANGE_TRACKING AUTO;", true),
        ];
    }
}
