using ClaimTracker.Application.Common;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Infrastructure.Search;

/// <summary>Names shared by the FTS5 migration and the query, so the two cannot drift apart.</summary>
public static class SqliteFullText
{
    public const string Table = "StatementSearch";
    public const string InsertTrigger = "Statements_search_insert";
    public const string DeleteTrigger = "Statements_search_delete";
    public const string UpdateTrigger = "Statements_search_update";
}

/// <summary>SQLite: an FTS5 index over quotes, every word prefix-matched and all words required.</summary>
public sealed class SqliteStatementTextSearch : IStatementTextSearch
{
    public IQueryable<int> MatchingStatementIds(IClaimTrackerDb db, string text)
    {
        var terms = SearchTerms.From(text);
        if (terms.Count == 0)
        {
            return db.Statements.Where(_ => false).Select(s => s.Id);
        }
        // Each term is quoted: whatever the user typed, FTS5 sees words, never operators.
        var match = string.Join(' ', terms.Select(t => "\"" + t + "\"*"));
        return db.Database.SqlQuery<int>($"SELECT rowid AS \"Value\" FROM StatementSearch WHERE StatementSearch MATCH {match}");
    }
}

/// <summary>SQL Server: the full-text index on Statements.Quote (created in the SqlServer migrations).</summary>
public sealed class SqlServerStatementTextSearch : IStatementTextSearch
{
    public IQueryable<int> MatchingStatementIds(IClaimTrackerDb db, string text)
    {
        var terms = SearchTerms.From(text);
        if (terms.Count == 0)
        {
            return db.Statements.Where(_ => false).Select(s => s.Id);
        }
        var condition = string.Join(" AND ", terms.Select(t => "\"" + t + "*\""));
        return db.Statements.Where(s => EF.Functions.Contains(s.Quote, condition)).Select(s => s.Id);
    }
}
