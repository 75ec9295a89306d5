using ClaimTracker.Domain.Statements;

namespace ClaimTracker.Application.Common.Search;

/// <summary>How to combine a search with the rest of a statement query; chosen by how common the search is.</summary>
public enum SearchStrategy
{
    /// <summary>Collect every match from the index, then filter and sort them: right when matches are few.</summary>
    CollectMatches = 0,

    /// <summary>Walk the statements in the list's order and check each against the index: right when matches are many.</summary>
    CheckEachRow = 1,
}

/// <summary>A statement's score for a search: lower is a better match (bm25 is negative, best first).</summary>
public sealed record SearchRank
{
    public int Id { get; init; }
    public double Rank { get; init; }
}

/// <summary>
/// Full-text search over what a statement says and what it is about (quote, speaker and on-behalf-of names and
/// aliases, topics, context), per database engine: SQLite FTS5, SQL Server full-text. Everything returned is a
/// composable query, so filters, ordering and paging stay in one SQL statement.
/// </summary>
public interface IStatementTextSearch
{
    /// <summary>
    /// Whether the search is common for this engine (<see cref="SearchTuning.CommonMatches"/> matches counted no further,
    /// or on SQLite an estimated <see cref="SearchTuning.CommonPhraseMatches"/> for a phrase with a rarer word): such a
    /// search is walked in the list's order and ranked among <see cref="SearchTuning.RankedCandidates"/> of its matches.
    /// </summary>
    Task<bool> IsCommonAsync(IClaimTrackerDb db, SearchQuery query, SearchTuning tuning, CancellationToken cancellationToken);

    /// <summary>The statements of <paramref name="statements"/> that match.</summary>
    IQueryable<Statement> Matching(IClaimTrackerDb db, IQueryable<Statement> statements, SearchQuery query, SearchStrategy strategy);

    /// <summary>Every match with its score.</summary>
    IQueryable<SearchRank> Ranks(IClaimTrackerDb db, SearchQuery query);

    /// <summary>
    /// At most <see cref="SearchTuning.RankedCandidates"/> matches among <paramref name="statements"/>, with their
    /// scores, for a search too common to score every match: SQLite takes the most recently entered matches (the
    /// index's own order) and scores them outside SQL, SQL Server the best by its rank. Same score scale as
    /// <see cref="Ranks"/>.
    /// </summary>
    Task<IReadOnlyList<SearchRank>> RanksAmongAsync(
        IClaimTrackerDb db, IQueryable<Statement> statements, SearchQuery query, SearchTuning tuning, CancellationToken cancellationToken);

    /// <summary>
    /// Merges the index's pieces into one after a bulk write (an import, a restore, a bulk load): a million rows written
    /// a transaction at a time leave each word's matches spread over many pieces, which every search then reads apart.
    /// </summary>
    Task CompactAsync(IClaimTrackerDb db, CancellationToken cancellationToken);

    /// <summary>Where each of the given statements matched, with the matching words marked.</summary>
    Task<IReadOnlyDictionary<int, SearchHighlight>> HighlightAsync(
        IClaimTrackerDb db, SearchQuery query, IReadOnlyCollection<int> statementIds, CancellationToken cancellationToken);

    /// <summary>
    /// For a bulk write of new statements in the current transaction: holds back the index's per-row work on inserts
    /// (a statement, a topic added to it) until <see cref="IndexDeferredAsync"/>, which indexes them in one go.
    /// Edits, renames, merges and deletes stay indexed as they happen. See docs/adr/0022.
    /// </summary>
    Task DeferIndexingAsync(IClaimTrackerDb db, CancellationToken cancellationToken);

    /// <summary>Ends <see cref="DeferIndexingAsync"/> and indexes the statements the bulk write inserted meanwhile.</summary>
    Task IndexDeferredAsync(IClaimTrackerDb db, IReadOnlyCollection<int> statementIds, CancellationToken cancellationToken);
}
