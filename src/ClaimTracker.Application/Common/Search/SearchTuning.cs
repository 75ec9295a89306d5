namespace ClaimTracker.Application.Common.Search;

/// <summary>
/// Where the search changes plan. One instance for the app (registered by AddClaimTrackerApplication); feature tests
/// register smaller numbers so a fixture of a few statements crosses them.
/// </summary>
public sealed record SearchTuning
{
    /// <summary>
    /// From this many matches a search is common: newest first walks the list's own index and checks each row,
    /// and best match ranks only <see cref="RankedCandidates"/> of them. Below it, every match is collected and
    /// sorted (a few ms at 20,000).
    /// </summary>
    public int CommonMatches { get; init; } = 20_000;

    /// <summary>
    /// From this many matches a phrase is common when one of its words is in fewer than <see cref="CommonMatches"/>
    /// statements (on SQLite; a phrase of common words only from <see cref="CommonMatches"/>). FTS5 checks a phrase by
    /// reading all its words' positions: collecting one in sixty of a million statements costs 50 ms, while a walk that
    /// probes each row for the rarer word first (6 µs a row) finds a page in 10 ms. The two cost the same near 6,000
    /// matches at a million (docs/adr/0025).
    /// </summary>
    public int CommonPhraseMatches { get; init; } = 5_000;

    /// <summary>
    /// How many of the oldest and of the newest statements holding a phrase's rarer words are checked for the phrase, to
    /// estimate against <see cref="CommonPhraseMatches"/> how many statements it matches (on SQLite; docs/adr/0025).
    /// </summary>
    public int PhraseShareSampled { get; init; } = 500;

    /// <summary>
    /// How many matches of a common search are scored for best match: the most recently entered ones, in the index's
    /// own order. Scoring every match of a word found in most statements costs a second or more at a million.
    /// </summary>
    public int RankedCandidates { get; init; } = 1_000;

    /// <summary>
    /// How far each phrase of a common search is counted for its rarity (bm25's IDF) when its candidates are scored:
    /// exactly below this, estimated above it from how densely its newest matches lie. A phrase that common has an IDF
    /// near bm25's floor either way, and counting all of it costs what bm25 in SQL costs.
    /// </summary>
    public int TermMatchesCounted { get; init; } = 2_000;
}
