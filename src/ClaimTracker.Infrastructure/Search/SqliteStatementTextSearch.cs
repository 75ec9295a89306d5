using System.Collections.Concurrent;
using System.Text;
using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Search;
using ClaimTracker.Domain.Statements;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;

namespace ClaimTracker.Infrastructure.Search;

/// <summary>Names shared by the FTS5 migration, the model and the queries, so they cannot drift apart.</summary>
public static class SqliteFullText
{
    public const string Table = "StatementSearch";

    /// <summary>While it has a row, the insert triggers leave indexing to the bulk writer (migration DeferredSearchIndex).</summary>
    public const string DeferredTable = "SearchIndexDeferred";

    /// <summary>The index's columns, in order; their position is what bm25, highlight and snippet take.</summary>
    public const int QuoteColumn = 0;
    public const int SpeakersColumn = 1;
    public const int TopicsColumn = 2;
    public const int ContextColumn = 3;

    /// <summary>bm25 weights per column: the words said count most, then who said them, the topics, the context.</summary>
    public const string Bm25Weights = "10.0, 4.0, 3.0, 1.5";

    /// <summary>
    /// The index's tokenizer as migration SearchEverything declares it (that SQL is written out in full and never
    /// changes); the candidates' scoring tokenizes with it, and a test holds the two together.
    /// </summary>
    public const string Tokenizer = "porter unicode61 remove_diacritics 2 categories 'L* N* Co M*'";

    /// <summary>Triggers that keep the index in step (migration SearchEverything), declared so EF avoids RETURNING.</summary>
    public const string StatementTrigger = "StatementSearch_statement_insert";
    public const string SpeakerTrigger = "StatementSearch_speaker_update";
    public const string TopicTrigger = "StatementSearch_topic_update";
    public const string StatementTopicTrigger = "StatementSearch_topic_added";

    public const char MarkOpen = '\u0001';
    public const char MarkClose = '\u0002';
}

/// <summary>One row of the FTS5 table as EF sees it: the statement id (rowid) and the table's hidden column.</summary>
public sealed class StatementSearchRow
{
    public int RowId { get; set; }

    /// <summary>The column named like the table, which MATCH and the auxiliary functions take.</summary>
    public string Index { get; set; } = "";
}

/// <summary>FTS5 operators and functions for LINQ; translated by <see cref="Register"/>, never run in .NET.</summary>
public static class Fts5
{
    public static bool Match(string index, string query) => throw Unsupported();

    public static double Bm25(string index) => throw Unsupported();

    public static string Highlight(string index, int column) => throw Unsupported();

    public static string Snippet(string index, int column) => throw Unsupported();

    private static InvalidOperationException Unsupported() => new("Only for use in LINQ queries translated to SQLite FTS5.");

    internal static void Register(ModelBuilder builder)
    {
        builder.Entity<StatementSearchRow>(b =>
        {
            b.HasNoKey();
            b.ToTable(SqliteFullText.Table, t => t.ExcludeFromMigrations());
            b.Property(r => r.RowId).HasColumnName("rowid");
            b.Property(r => r.Index).HasColumnName(SqliteFullText.Table);
        });
        static SqlExpression Fragment(string sql) => new SqlFragmentExpression(sql);

        // The function form match(query, table) is what SQLite's planner hands to FTS5 like the MATCH operator.
        builder.HasDbFunction(typeof(Fts5).GetMethod(nameof(Match))!).HasTranslation(args =>
            new SqlFunctionExpression("match", [args[1], args[0]], nullable: false, [false, false], typeof(bool), null));
        builder.HasDbFunction(typeof(Fts5).GetMethod(nameof(Bm25))!).HasTranslation(args =>
            new SqlFunctionExpression("bm25", [args[0], Fragment(SqliteFullText.Bm25Weights)], nullable: false, [false, false], typeof(double), null));
        builder.HasDbFunction(typeof(Fts5).GetMethod(nameof(Highlight))!).HasTranslation(args =>
            new SqlFunctionExpression("highlight", [args[0], args[1], Fragment("char(1)"), Fragment("char(2)")],
                nullable: true, [false, false, false, false], typeof(string), null));
        builder.HasDbFunction(typeof(Fts5).GetMethod(nameof(Snippet))!).HasTranslation(args =>
            new SqlFunctionExpression("snippet", [args[0], args[1], Fragment("char(1)"), Fragment("char(2)"), Fragment("'…'"), Fragment("16")],
                nullable: true, [false, false, false, false, false, false], typeof(string), null));
    }
}

/// <summary>
/// SQLite: an FTS5 table over quote, speaker names and aliases, topics and context (English stemming by porter),
/// kept in step by triggers (migration SearchEverything; docs/adr/0003-full-text-search.md).
/// </summary>
public sealed class SqliteStatementTextSearch : IStatementTextSearch
{
    public async Task DeferIndexingAsync(IClaimTrackerDb db, CancellationToken cancellationToken)
    {
        // The row must never outlive the writer's transaction: other connections would stop indexing their inserts.
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Deferring the search index needs a transaction, so that a rollback ends it too.");
        }
        await db.Database.ExecuteSqlRawAsync($"""INSERT INTO "{SqliteFullText.DeferredTable}" ("Deferred") VALUES (1)""", cancellationToken);
    }

    public async Task IndexDeferredAsync(IClaimTrackerDb db, IReadOnlyCollection<int> statementIds, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlRawAsync($"""DELETE FROM "{SqliteFullText.DeferredTable}" """, cancellationToken);
        if (statementIds.Count == 0)
        {
            return;
        }
        // The same view the triggers read, for all the new statements at once; the ids travel as one JSON array.
        var ids = System.Text.Json.JsonSerializer.Serialize(statementIds);
        await db.Database.ExecuteSqlRawAsync(
            $$"""
            INSERT INTO "{{SqliteFullText.Table}}"(rowid, "Quote", "Speakers", "Topics", "Context")
            SELECT "Id", "Quote", "Speakers", "Topics", "Context" FROM "StatementSearchDocuments"
            WHERE "Id" IN (SELECT value FROM json_each({0}))
            """, [ids], cancellationToken);
    }

    public async Task<bool> IsCommonAsync(IClaimTrackerDb db, SearchQuery query, SearchTuning tuning, CancellationToken cancellationToken)
    {
        var match = ToMatch(query, out var excludedOnly);
        if (match is null)
        {
            return false;
        }
        var threshold = tuning.CommonMatches;
        // FTS5 checks a phrase's word positions in every row holding all its words: counting or collecting a phrase of
        // common words costs 20 ms and more at a million. A phrase matches no more rows than its rarest word (counted
        // without positions: a millisecond), alternatives no more than their sum, the search no more than its narrowest
        // group; a bound under the threshold makes the search rare uncounted. When every phrase has a word in fewer
        // than CommonMatches statements, a walk checks each row against that word's statements (read once) first, and
        // the phrase is common sooner: from an estimated CommonPhraseMatches (EstimateAsync).
        if (!excludedOnly && query.Required.Any(g => g.Any(t => t.IsPhrase)))
        {
            var everyPhraseNarrows = true;
            var narrowest = int.MaxValue;
            var rare = Math.Min(tuning.CommonMatches, tuning.CommonPhraseMatches);
            foreach (var group in query.Required.Where(g => g.Any(t => t.IsPhrase)))
            {
                var bound = 0;
                foreach (var term in group)
                {
                    var fewest = int.MaxValue;
                    foreach (var word in term.Words)
                    {
                        fewest = Math.Min(fewest, await WordMatchesAsync(db, word, tuning.CommonMatches, tuning.PhraseShareSampled, cancellationToken));
                        if (fewest < rare)
                        {
                            break;
                        }
                    }
                    everyPhraseNarrows &= !term.IsPhrase || fewest < tuning.CommonMatches;
                    bound += fewest;
                }
                if (bound < rare)
                {
                    return false;
                }
                narrowest = Math.Min(narrowest, bound);
            }
            if (everyPhraseNarrows)
            {
                threshold = Math.Min(threshold, tuning.CommonPhraseMatches);
            }
            if (narrowest < threshold)
            {
                return false;
            }
            if (everyPhraseNarrows && Narrowing(query, out _) is { } narrowing)
            {
                // One phrase alone: the narrowing is its rarest word, just counted. Otherwise count what they narrow to.
                var narrowed = query.Required.Where(g => g.Any(t => t.IsPhrase)).ToList() is [[_]]
                    ? narrowest
                    : await CountUpToAsync(db, narrowing, narrowest, cancellationToken);
                return narrowed >= threshold && await EstimateAsync(db, match, narrowing, narrowed, tuning, cancellationToken) >= threshold;
            }
        }
        return await CountUpToAsync(db, match, threshold, cancellationToken) >= threshold;
    }

    /// <summary>
    /// How many statements a search with a phrase matches, estimated from its share among the oldest and the newest
    /// <see cref="SearchTuning.PhraseShareSampled"/> of the <paramref name="narrowed"/> statements holding
    /// <paramref name="narrowing"/> (its rarer words, which every match has). Counting a phrase up to 5,000 reads every
    /// position of its words (8 ms at a million); the two samples take about 1 ms. The smaller share counts, so a phrase
    /// no longer said (or not yet) is collected rather than walked: a walk that finds few matches reads the whole list,
    /// while collecting costs at most what the narrowing words hold. Exact below two samples' worth.
    /// </summary>
    private static async Task<int> EstimateAsync(
        IClaimTrackerDb db, string match, string narrowing, int narrowed, SearchTuning tuning, CancellationToken cancellationToken)
    {
        var sampled = tuning.PhraseShareSampled;
        if (narrowed < 2 * sampled)
        {
            return await CountUpToAsync(db, match, narrowed, cancellationToken);
        }
        // One statement for both samples (each statement through EF costs about 0.3 ms of its own). FTS5 reads a word
        // list from either end and stops at a rowid bound, so each sample costs its own rows only. A list that shrank
        // below a sample since it was counted gives no bound and a share of 0: the phrase is collected.
        var shares = await db.Database.SqlQueryRaw<PhraseSamples>(
            $$"""
            SELECT
              (SELECT count(*) FROM "{{SqliteFullText.Table}}" WHERE "{{SqliteFullText.Table}}" MATCH {1} AND rowid <=
                (SELECT rowid FROM "{{SqliteFullText.Table}}" WHERE "{{SqliteFullText.Table}}" MATCH {0} ORDER BY rowid LIMIT 1 OFFSET {2})) AS "InOldest",
              (SELECT count(*) FROM "{{SqliteFullText.Table}}" WHERE "{{SqliteFullText.Table}}" MATCH {1} AND rowid >=
                (SELECT rowid FROM "{{SqliteFullText.Table}}" WHERE "{{SqliteFullText.Table}}" MATCH {0} ORDER BY rowid DESC LIMIT 1 OFFSET {2})) AS "InNewest"
            """, narrowing, match, sampled - 1).ToListAsync(cancellationToken);
        var share = shares.Single();
        return (int)((long)narrowed * Math.Min(share.InOldest, share.InNewest) / sampled);
    }

    private sealed class PhraseSamples
    {
        public int InOldest { get; init; }

        public int InNewest { get; init; }
    }

    /// <summary>
    /// How many statements hold a word, counted up to <paramref name="limit"/>; remembered for <see cref="Narrowing"/>
    /// with the id of its <paramref name="tail"/>-th newest statement, which orders two words that both reach the
    /// limit: the one whose newest statements reach further back is the rarer where a newest-first walk starts. The
    /// count reads forward from the oldest, so it cannot tell them apart; the tail costs about 0.05 ms in the same
    /// statement.
    /// </summary>
    private async Task<int> WordMatchesAsync(IClaimTrackerDb db, string word, int limit, int tail, CancellationToken cancellationToken)
    {
        var counted = (await db.Database.SqlQueryRaw<WordCounted>(
            $$"""
            SELECT
              (SELECT count(*) FROM (SELECT 1 FROM "{{SqliteFullText.Table}}" WHERE "{{SqliteFullText.Table}}" MATCH {0} LIMIT {1})) AS "Matches",
              coalesce((SELECT rowid FROM "{{SqliteFullText.Table}}" WHERE "{{SqliteFullText.Table}}" MATCH {0} ORDER BY rowid DESC LIMIT 1 OFFSET {2}), 0) AS "Tail"
            """, Phrase(new SearchTerm([word])), limit, tail - 1).ToListAsync(cancellationToken)).Single();
        if (_wordMatches.Count >= WordsRemembered)
        {
            _wordMatches.Clear();
        }
        _wordMatches[word] = new WordCount(counted.Matches, counted.Matches < limit, counted.Tail);
        return counted.Matches;
    }

    private sealed class WordCounted
    {
        public int Matches { get; init; }

        public long Tail { get; init; }
    }

    private const int WordsRemembered = 10_000;

    /// <summary>
    /// Each word of a phrase search as last counted (<see cref="WordMatchesAsync"/>), so a walk can check a row for
    /// the phrase's rarest word before the phrase. A stale count only changes how and in which order the two checks
    /// run, never the rows found.
    /// </summary>
    private readonly ConcurrentDictionary<string, WordCount> _wordMatches = new(StringComparer.Ordinal);

    /// <summary>
    /// How many statements held a word, whether that is all of them (counted below the limit), and the id of one of
    /// its newest statements (<see cref="WordMatchesAsync"/>).
    /// </summary>
    private readonly record struct WordCount(int Matches, bool All, long Tail)
    {
        /// <summary>Rarer first: counted in full by their number, then those counted to the limit by how far back their newest reach.</summary>
        public (int, long) Rarity => All ? (0, Matches) : (1, Tail);
    }

    private static async Task<int> CountUpToAsync(IClaimTrackerDb db, string match, int limit, CancellationToken cancellationToken) =>
        await Index(db).Where(r => Fts5.Match(r.Index, match)).Take(limit).CountAsync(cancellationToken);

    public IQueryable<Statement> Matching(IClaimTrackerDb db, IQueryable<Statement> statements, SearchQuery query, SearchStrategy strategy)
    {
        var match = ToMatch(query, out var excludedOnly);
        if (match is null)
        {
            return statements.Where(_ => false);
        }
        var index = Index(db);
        if (excludedOnly)
        {
            return statements.Where(s => !index.Any(r => r.RowId == s.Id && Fts5.Match(r.Index, match)));
        }
        if (strategy == SearchStrategy.CollectMatches)
        {
            return statements.Where(s => index.Where(r => Fts5.Match(r.Index, match)).Select(r => r.RowId).Contains(s.Id));
        }
        // A correlated probe: FTS5 seeks the statement's rowid in the term's doclist, so the date index drives. A
        // phrase's probe seeks every one of its words' doclists and reads their positions (about 25 µs a row for three
        // common words); checking first for its rarest word leaves the phrase to the few rows that have it. SQLite
        // checks the two in the order written. Words counted in full (under CommonMatches) are read once into a set
        // (0.7 ms for 16,667 rowids at a million) that each row is looked up in, instead of an FTS5 probe a row
        // (6 µs): 11 ms against 4 ms for a page of a phrase in one statement in sixty. "+ 0" keeps the set from
        // leading: SQLite would otherwise read every statement in it and sort them (0.6 s).
        if (Narrowing(query, out var collect) is { } narrowing)
        {
            statements = collect
                ? statements.Where(s => index.Where(r => Fts5.Match(r.Index, narrowing)).Select(r => r.RowId).Contains(s.Id + 0))
                : statements.Where(s => index.Any(r => r.RowId == s.Id && Fts5.Match(r.Index, narrowing)));
        }
        return statements.Where(s => index.Any(r => r.RowId == s.Id && Fts5.Match(r.Index, match)));
    }

    /// <summary>
    /// An FTS5 query every match of the search also matches, made of the rarest counted word of each term in the groups
    /// that hold a phrase; null when no such group has all its terms counted. <paramref name="collect"/> when each of
    /// its words was counted in full, so that reading all its matches costs no more than the counts.
    /// </summary>
    private string? Narrowing(SearchQuery query, out bool collect)
    {
        collect = true;
        var groups = new List<string>();
        foreach (var group in query.Required.Where(g => g.Any(t => t.IsPhrase)))
        {
            var words = new List<(string Word, WordCount Count)>();
            foreach (var term in group)
            {
                var counted = term.Words.Select(w => (Word: w, Found: _wordMatches.TryGetValue(w, out var n), Count: n)).Where(w => w.Found).ToList();
                if (counted.Count == 0)
                {
                    break;
                }
                var rarest = counted.MinBy(w => w.Count.Rarity);
                words.Add((rarest.Word, rarest.Count));
            }
            if (words.Count == group.Count)
            {
                collect &= words.All(w => w.Count.All);
                groups.Add("(" + string.Join(" OR ", words.Select(w => w.Word).Distinct(StringComparer.Ordinal).Select(w => Phrase(new SearchTerm([w])))) + ")");
            }
        }
        collect &= groups.Count > 0;
        return groups.Count == 0 ? null : string.Join(" AND ", groups);
    }

    public IQueryable<SearchRank> Ranks(IClaimTrackerDb db, SearchQuery query)
    {
        var match = ToMatch(query, out var excludedOnly);
        if (match is null || excludedOnly)
        {
            // Nothing to rank by: "everything but" has no score; callers order such results by date.
            return Index(db).Where(_ => false).Select(r => new SearchRank { Id = r.RowId, Rank = 0 });
        }
        return Index(db).Where(r => Fts5.Match(r.Index, match)).Select(r => new SearchRank { Id = r.RowId, Rank = Fts5.Bm25(r.Index) });
    }

    public async Task<IReadOnlyList<SearchRank>> RanksAmongAsync(
        IClaimTrackerDb db, IQueryable<Statement> statements, SearchQuery query, SearchTuning tuning, CancellationToken cancellationToken)
    {
        var match = ToMatch(query, out var excludedOnly);
        if (match is null || excludedOnly)
        {
            return [];
        }
        // One FTS5 cursor walks the doclist from the highest rowid, keeps the rows the filters accept and stops at the
        // bound. It returns the rows marked, not scored: bm25 here would first count every match of each phrase over
        // the whole index; CandidateScoring computes the same score from the marks.
        var rows = await Index(db)
            .Where(r => Fts5.Match(r.Index, match) && statements.Any(s => s.Id == r.RowId))
            .OrderByDescending(r => r.RowId)
            .Take(tuning.RankedCandidates)
            .Select(r => new
            {
                Id = r.RowId,
                Quote = Fts5.Highlight(r.Index, SqliteFullText.QuoteColumn),
                Speakers = Fts5.Highlight(r.Index, SqliteFullText.SpeakersColumn),
                Topics = Fts5.Highlight(r.Index, SqliteFullText.TopicsColumn),
                Context = Fts5.Highlight(r.Index, SqliteFullText.ContextColumn),
            })
            .ToListAsync(cancellationToken);
        var candidates = rows.Select(r => new ScoringCandidate(r.Id, [r.Quote, r.Speakers, r.Topics, r.Context])).ToList();
        // Excluded phrases come last in the MATCH text and never occur in a match: they add nothing to a score.
        var phrases = query.Required.SelectMany(g => g).ToList();
        return await CandidateScoring.ScoreAsync((DbContext)db, phrases, candidates, tuning.TermMatchesCounted, cancellationToken);
    }

    /// <summary>
    /// FTS5's 'optimize': every segment merged into one (at a million statements filled through the triggers, 3 s; a
    /// phrase search then reads each word's list from one place: 1.5 to 5 times cheaper, README).
    /// </summary>
    public async Task CompactAsync(IClaimTrackerDb db, CancellationToken cancellationToken) =>
        await ((DbContext)db).Database.ExecuteSqlRawAsync(
            $"""INSERT INTO "{SqliteFullText.Table}"("{SqliteFullText.Table}") VALUES ('optimize');""", cancellationToken);

    public async Task<IReadOnlyDictionary<int, SearchHighlight>> HighlightAsync(
        IClaimTrackerDb db, SearchQuery query, IReadOnlyCollection<int> statementIds, CancellationToken cancellationToken)
    {
        var match = ToMatch(query, out var excludedOnly);
        if (match is null || excludedOnly || statementIds.Count == 0)
        {
            return new Dictionary<int, SearchHighlight>();
        }
        var rows = await Index(db)
            .Where(r => Fts5.Match(r.Index, match) && statementIds.Contains(r.RowId))
            .Select(r => new
            {
                Id = r.RowId,
                Quote = Fts5.Highlight(r.Index, SqliteFullText.QuoteColumn),
                Speakers = Fts5.Highlight(r.Index, SqliteFullText.SpeakersColumn),
                Topics = Fts5.Highlight(r.Index, SqliteFullText.TopicsColumn),
                Context = Fts5.Snippet(r.Index, SqliteFullText.ContextColumn),
            })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Id, r => new SearchHighlight
        {
            Quote = Marked(r.Quote),
            Speakers = OnlyIfMarked(r.Speakers),
            Topics = OnlyIfMarked(r.Topics),
            Context = OnlyIfMarked(r.Context),
        });
    }

    /// <summary>
    /// The FTS5 query for a search. Every term is written as a quoted string of its words, so FTS5 sees phrases and
    /// the operators we put between them, never anything the user typed as syntax. Null when nothing is searchable.
    /// </summary>
    public static string? ToMatch(SearchQuery query, out bool excludedOnly)
    {
        excludedOnly = query.Required.Count == 0 && query.Excluded.Count > 0;
        if (query.IsEmpty)
        {
            return null;
        }
        if (excludedOnly)
        {
            return string.Join(" OR ", query.Excluded.Select(Phrase));
        }
        var text = new StringBuilder();
        text.AppendJoin(" AND ", query.Required.Select(g => "(" + string.Join(" OR ", g.Select(Phrase)) + ")"));
        foreach (var term in query.Excluded)
        {
            text.Append(" NOT ").Append(Phrase(term));
        }
        return text.ToString();
    }

    /// <summary>
    /// A term as an FTS5 phrase: its words in one quoted string. Words hold only letters, digits and marks, so a quote
    /// can never appear; doubling it is belt and braces.
    /// </summary>
    internal static string Phrase(SearchTerm term) => "\"" + string.Join(' ', term.Words).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static IQueryable<StatementSearchRow> Index(IClaimTrackerDb db) =>
        ((DbContext)db).Set<StatementSearchRow>().AsNoTracking();

    private static MarkedText? Marked(string? text) => MarkedText.FromMarkers(text, SqliteFullText.MarkOpen, SqliteFullText.MarkClose);

    private static MarkedText? OnlyIfMarked(string? text) => Marked(text) is { HasMarks: true } marked ? marked : null;
}
