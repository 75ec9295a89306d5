using System.Globalization;
using AutoMapper;
using AutoMapper.QueryableExtensions;
using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Search;
using ClaimTracker.Domain.Statements;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Statements;

/// <summary>
/// The search part of <see cref="ListStatements"/>: picks how to combine the search with the filters by how common
/// the search is, ranks best match first, and marks where each statement matched.
/// </summary>
internal sealed class StatementListSearch(IClaimTrackerDb db, IStatementTextSearch search)
{
    /// <summary>
    /// Below this many matches, collecting them all from the index and sorting is cheapest (a few ms at 20,000);
    /// above it, walking the list's own order and checking each row finds a page after a few hundred rows.
    /// </summary>
    public const int CommonMatches = 20_000;

    /// <summary>The statements of <paramref name="statements"/> that match, found as <paramref name="strategy"/> says (<see cref="IsCommonAsync"/>).</summary>
    public IQueryable<Statement> Matching(IQueryable<Statement> statements, SearchQuery query, SearchStrategy strategy) =>
        search.Matching(db, statements, query, strategy);

    /// <summary>The matching statements, by the strategy the terms' frequency calls for (exports and other whole-list readers).</summary>
    public async Task<IQueryable<Statement>> MatchingAsync(IQueryable<Statement> statements, SearchQuery query, CancellationToken cancellationToken) =>
        Matching(statements, query, await IsCommonAsync(query, cancellationToken) ? SearchStrategy.CheckEachRow : SearchStrategy.CollectMatches);

    /// <summary>
    /// Whether the search matches so many statements that it is listed newest first even when best match was asked:
    /// bm25 counts a term's matches anew for every probe of the index, so scoring even a few hundred rows of a word
    /// found in most statements takes seconds, and such a word says little about which statement is meant.
    /// </summary>
    public async Task<bool> IsCommonAsync(SearchQuery query, CancellationToken cancellationToken) =>
        await search.CountUpToAsync(db, query, CommonMatches, cancellationToken) >= CommonMatches;

    /// <summary>One page, best match first; paged by (score, id) so the next page starts where this one ended.</summary>
    public async Task<Page<StatementSummary>> RankedPageAsync(
        IQueryable<Statement> statements, SearchQuery query, string? after, int pageSize, IConfigurationProvider mapping,
        CancellationToken cancellationToken)
    {
        var ranked = statements.Join(search.Ranks(db, query), s => s.Id, r => r.Id, (s, r) => r);
        if (Cursor.Decode(after, 2) is [var rankText, var idText])
        {
            var afterRank = double.Parse(rankText, NumberStyles.Float, CultureInfo.InvariantCulture);
            var afterId = int.Parse(idText, CultureInfo.InvariantCulture);
            ranked = ranked.Where(r => r.Rank > afterRank || (r.Rank == afterRank && r.Id > afterId));
        }
        var hits = await ranked.OrderBy(r => r.Rank).ThenBy(r => r.Id).Take(pageSize + 1).ToListAsync(cancellationToken);

        var ids = hits.Select(h => h.Id).ToList();
        // The hits already passed the filters: their columns come straight from the table by key.
        var summaries = await db.Statements.AsNoTracking().Where(s => ids.Contains(s.Id))
            .ProjectTo<StatementSummary>(mapping)
            .ToDictionaryAsync(s => s.Id, cancellationToken);
        var rows = hits.Where(h => summaries.ContainsKey(h.Id)).Select(h => summaries[h.Id]).ToList();
        var rankOf = hits.ToDictionary(h => h.Id, h => h.Rank);
        var page = Page.From(await WithHighlightsAsync(rows, query, cancellationToken), pageSize,
            last => Cursor.Encode(rankOf[last.Id].ToString("R", CultureInfo.InvariantCulture), last.Id));
        return page;
    }

    /// <summary>The same rows, each with where it matched.</summary>
    public async Task<List<StatementSummary>> WithHighlightsAsync(List<StatementSummary> rows, SearchQuery query, CancellationToken cancellationToken)
    {
        var highlights = await search.HighlightAsync(db, query, rows.Select(r => r.Id).ToList(), cancellationToken);
        return rows.Select(r => highlights.TryGetValue(r.Id, out var match) ? r with { Match = match } : r).ToList();
    }

    /// <summary>A ranked cursor: the score as .NET writes a double to read it back exactly, then the id.</summary>
    public static bool IsRank(string part) =>
        double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var rank) && double.IsFinite(rank);
}
