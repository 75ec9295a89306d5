using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Search;
using ClaimTracker.Domain.Statements;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Infrastructure.Search;

/// <summary>Names shared by the SQL Server migration and the queries.</summary>
public static class SqlServerFullText
{
    /// <summary>One row per statement, kept in step by triggers; full-text indexed with the English word breaker.</summary>
    public const string Table = "StatementSearchDocuments";

    public const string StatementTrigger = "StatementSearch_Statements";
    public const string SpeakerTrigger = "StatementSearch_Speakers";
    public const string TopicTrigger = "StatementSearch_Topics";
    public const string StatementTopicTrigger = "StatementSearch_StatementTopics";
}

/// <summary>
/// SQL Server: CONTAINSTABLE over the search documents (quote, names, topics, context, and all of them together in
/// one column so words may match in different fields). No engine runs where this is built: the SQL is checked by
/// ScriptDom in the schema tests and by review; the SQLite implementation carries the feature tests.
/// </summary>
public sealed class SqlServerStatementTextSearch : IStatementTextSearch
{
    // SQL Server's triggers run once per INSERT statement, not per row, and the full-text index is filled by the
    // engine in the background: there is no per-row work to hold back.
    public Task DeferIndexingAsync(IClaimTrackerDb db, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task IndexDeferredAsync(IClaimTrackerDb db, IReadOnlyCollection<int> statementIds, CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task<bool> IsCommonAsync(IClaimTrackerDb db, SearchQuery query, SearchTuning tuning, CancellationToken cancellationToken)
    {
        var condition = ToCondition(query, out _);
        if (condition is null)
        {
            return false;
        }
        return await Keys(db, condition).Take(tuning.CommonMatches).CountAsync(cancellationToken) >= tuning.CommonMatches;
    }

    public IQueryable<Statement> Matching(IClaimTrackerDb db, IQueryable<Statement> statements, SearchQuery query, SearchStrategy strategy)
    {
        var condition = ToCondition(query, out var excludedOnly);
        if (condition is null)
        {
            return statements.Where(_ => false);
        }
        var keys = Keys(db, condition);
        return excludedOnly ? statements.Where(s => !keys.Contains(s.Id)) : statements.Where(s => keys.Contains(s.Id));
    }

    public IQueryable<SearchRank> Ranks(IClaimTrackerDb db, SearchQuery query)
    {
        var condition = ToCondition(query, out var excludedOnly);
        if (condition is null || excludedOnly)
        {
            return db.Statements.Where(_ => false).Select(s => new SearchRank { Id = s.Id, Rank = 0 });
        }
        // RANK grows with relevance; the quote's own rank counts three times more. Negated: lower is better.
        return db.Database.SqlQuery<SearchRank>($"""
            SELECT a.[KEY] AS [Id], -CAST(a.[RANK] + 3 * COALESCE(q.[RANK], 0) AS float) AS [Rank]
            FROM CONTAINSTABLE(dbo.StatementSearchDocuments, Everything, {condition}) AS a
            LEFT JOIN CONTAINSTABLE(dbo.StatementSearchDocuments, Quote, {condition}) AS q ON q.[KEY] = a.[KEY]
            """);
    }

    public async Task<IReadOnlyList<SearchRank>> RanksAmongAsync(
        IClaimTrackerDb db, IQueryable<Statement> statements, SearchQuery query, SearchTuning tuning, CancellationToken cancellationToken) =>
        await RanksAmong(db, statements, query, tuning.RankedCandidates).ToListAsync(cancellationToken);

    /// <summary>The query <see cref="RanksAmongAsync"/> runs: the engine's rank over its top <paramref name="candidates"/>.</summary>
    public IQueryable<SearchRank> RanksAmong(IClaimTrackerDb db, IQueryable<Statement> statements, SearchQuery query, int candidates)
    {
        var condition = ToCondition(query, out var excludedOnly);
        if (condition is null || excludedOnly)
        {
            return db.Statements.Where(_ => false).Select(s => new SearchRank { Id = s.Id, Rank = 0 });
        }
        // top_n_by_rank: the engine keeps only the n best while it ranks, instead of ranking and returning every match.
        // It takes an integer literal; the number is the app's own setting, never user input. The filters apply to
        // those n, so a narrow filter over a very common search may list fewer than match it (ADR 3).
        var top = candidates.ToString(CultureInfo.InvariantCulture);
        var ranks = db.Database.SqlQuery<SearchRank>(FormattableStringFactory.Create($$"""
            SELECT a.[KEY] AS [Id], -CAST(a.[RANK] + 3 * COALESCE(q.[RANK], 0) AS float) AS [Rank]
            FROM CONTAINSTABLE(dbo.StatementSearchDocuments, Everything, {0}, {{top}}) AS a
            LEFT JOIN CONTAINSTABLE(dbo.StatementSearchDocuments, Quote, {0}) AS q ON q.[KEY] = a.[KEY]
            """, condition));
        return ranks.Where(r => statements.Any(s => s.Id == r.Id));
    }

    /// <summary>SQL Server merges a full-text index's fragments in the background itself.</summary>
    public Task CompactAsync(IClaimTrackerDb db, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>SQL Server has no highlight function; the list shows the quote unmarked there.</summary>
    public Task<IReadOnlyDictionary<int, SearchHighlight>> HighlightAsync(
        IClaimTrackerDb db, SearchQuery query, IReadOnlyCollection<int> statementIds, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<int, SearchHighlight>>(new Dictionary<int, SearchHighlight>());

    /// <summary>
    /// The CONTAINS condition: each word as FORMSOF(INFLECTIONAL, …) so "mediate" finds "mediation"; phrases as quoted
    /// strings. Words hold only letters, digits and marks, so nothing the user typed is read as syntax.
    /// </summary>
    public static string? ToCondition(SearchQuery query, out bool excludedOnly)
    {
        excludedOnly = query.Required.Count == 0 && query.Excluded.Count > 0;
        if (query.IsEmpty)
        {
            return null;
        }
        static string Term(SearchTerm term) => term.IsPhrase
            ? "\"" + string.Join(' ', term.Words) + "\""
            : "FORMSOF(INFLECTIONAL, \"" + term.Words[0] + "\")";
        if (excludedOnly)
        {
            return string.Join(" OR ", query.Excluded.Select(Term));
        }
        var text = new StringBuilder();
        text.AppendJoin(" AND ", query.Required.Select(g => "(" + string.Join(" OR ", g.Select(Term)) + ")"));
        foreach (var term in query.Excluded)
        {
            text.Append(" AND NOT ").Append(Term(term));
        }
        return text.ToString();
    }

    private static IQueryable<int> Keys(IClaimTrackerDb db, string condition) =>
        db.Database.SqlQuery<int>($"SELECT [KEY] AS [Value] FROM CONTAINSTABLE(dbo.StatementSearchDocuments, Everything, {condition})");
}
