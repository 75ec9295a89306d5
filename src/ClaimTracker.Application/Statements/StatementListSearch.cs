using System.Globalization;
using AutoMapper;
using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Search;
using ClaimTracker.Domain.Statements;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Statements;

/// <summary>
/// The search part of <see cref="ListStatements"/>: picks how to combine the search with the filters by how common
/// the search is, ranks best match first, and marks where each statement matched.
/// </summary>
internal sealed class StatementListSearch(IClaimTrackerDb db, IStatementTextSearch search, SearchTuning? tuning = null)
{
    private readonly SearchTuning _tuning = tuning ?? new SearchTuning();

    /// <summary>The statements of <paramref name="statements"/> that match, found as <paramref name="strategy"/> says (<see cref="IsCommonAsync"/>).</summary>
    public IQueryable<Statement> Matching(IQueryable<Statement> statements, SearchQuery query, SearchStrategy strategy) =>
        search.Matching(db, statements, query, strategy);

    /// <summary>The matching statements, by the strategy the terms' frequency calls for (exports and other whole-list readers).</summary>
    public async Task<IQueryable<Statement>> MatchingAsync(IQueryable<Statement> statements, SearchQuery query, CancellationToken cancellationToken) =>
        Matching(statements, query, await IsCommonAsync(query, cancellationToken) ? SearchStrategy.CheckEachRow : SearchStrategy.CollectMatches);

    /// <summary>
    /// Whether the search matches at least <see cref="SearchTuning.CommonMatches"/> statements (counted up to there and
    /// no further), or about <see cref="SearchTuning.CommonPhraseMatches"/> with a phrase (estimated on SQLite). Such a
    /// search is listed by date by walking the list's index and checking each row, and ranked for best match among
    /// <see cref="SearchTuning.RankedCandidates"/> of its matches: bm25 over every match of a word found in most
    /// statements costs a second or more, and says little about which one is meant.
    /// </summary>
    public Task<bool> IsCommonAsync(SearchQuery query, CancellationToken cancellationToken) =>
        search.IsCommonAsync(db, query, _tuning, cancellationToken);

    /// <summary>
    /// One page, best match first; paged by (score, id) so the next page starts where this one ended. A common search
    /// (<paramref name="common"/>) is ranked among a bounded set of its matches, and the page says how many.
    /// </summary>
    public async Task<Page<StatementSummary>> RankedPageAsync(
        IQueryable<Statement> statements, SearchQuery query, bool common, string? after, int pageSize, IConfigurationProvider mapping,
        CancellationToken cancellationToken)
    {
        (double Rank, int Id)? position = Cursor.Decode(after, 2) is [var rankText, var idText]
            ? (double.Parse(rankText, NumberStyles.Float, CultureInfo.InvariantCulture), int.Parse(idText, CultureInfo.InvariantCulture))
            : null;
        List<SearchRank> hits;
        if (common)
        {
            // A bounded set (a thousand rows at most) read whole and paged here.
            var candidates = await search.RanksAmongAsync(db, statements, query, _tuning, cancellationToken);
            hits = [.. candidates
                .Where(r => position is not { } p || r.Rank > p.Rank || (r.Rank == p.Rank && r.Id > p.Id))
                .OrderBy(r => r.Rank).ThenBy(r => r.Id).Take(pageSize + 1)];
        }
        else
        {
            var ranked = statements.Join(search.Ranks(db, query), s => s.Id, r => r.Id, (s, r) => r);
            if (position is { } start)
            {
                var (afterRank, afterId) = start;
                ranked = ranked.Where(r => r.Rank > afterRank || (r.Rank == afterRank && r.Id > afterId));
            }
            hits = await ranked.OrderBy(r => r.Rank).ThenBy(r => r.Id).Take(pageSize + 1).ToListAsync(cancellationToken);
        }

        var ids = hits.Select(h => h.Id).ToList();
        // The hits already passed the filters: their columns come straight from the table by key.
        var summaries = await db.Statements.AsNoTracking().Where(s => ids.Contains(s.Id))
            .ToSummaries(db, mapping)
            .ToDictionaryAsync(s => s.Id, cancellationToken);
        var rows = hits.Where(h => summaries.ContainsKey(h.Id)).Select(h => summaries[h.Id]).ToList();
        var rankOf = hits.ToDictionary(h => h.Id, h => h.Rank);
        var page = Page.From(await WithHighlightsAsync(rows, query, cancellationToken), pageSize,
            last => Cursor.Encode(rankOf[last.Id].ToString("R", CultureInfo.InvariantCulture), last.Id));
        return common ? page with { RankedAmong = _tuning.RankedCandidates } : page;
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
