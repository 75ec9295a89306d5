using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using ClaimTracker.Application.Common.Search;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace ClaimTracker.Infrastructure.Search;

/// <summary>A candidate of a common search: its id and each index column as FTS5's highlight() marked it.</summary>
internal sealed record ScoringCandidate(int Id, IReadOnlyList<string?> MarkedColumns);

/// <summary>
/// FTS5's bm25 (same formula, column weights and constants) computed here for a bounded set of candidates. In SQL,
/// bm25 first counts every match of each phrase over the whole index, once per query: 100 to 300 ms for a word found in
/// every one of a million statements, however few rows it then scores. Here a phrase's hits in a candidate come from
/// the marks highlight() already places, each row's length from the index's own size table, and each phrase's
/// rarity from a count that stops at <see cref="SearchTuning.TermMatchesCounted"/> (ADR 3).
/// </summary>
internal static class CandidateScoring
{
    // FTS5's constants (fts5_aux.c).
    private const double K1 = 1.2;
    private const double B = 0.75;

    private static readonly double[] Weights = SqliteFullText.Bm25Weights.Split(',')
        .Select(w => double.Parse(w, NumberStyles.Float, CultureInfo.InvariantCulture)).ToArray();

    /// <summary>
    /// The candidates' scores on bm25's scale (negative, lower is better). <paramref name="phrases"/> are the query's
    /// phrases in the order FTS5 numbers them (the order of the MATCH text); excluded ones may be left out, since they
    /// never occur in a match.
    /// </summary>
    public static async Task<List<SearchRank>> ScoreAsync(
        DbContext context, IReadOnlyList<SearchTerm> phrases, IReadOnlyList<ScoringCandidate> candidates, int termMatchesCounted,
        CancellationToken cancellationToken)
    {
        if (candidates.Count == 0)
        {
            return [];
        }
        // Each marked stretch is one or more overlapping phrase instances; the phrases in it are found by comparing
        // tokens as the index stores them (SQLite's own tokenizer, so stemming and folding are the index's).
        var fragments = candidates.SelectMany(c => c.MarkedColumns).SelectMany(Fragments).Distinct(StringComparer.Ordinal);
        var phraseTexts = phrases.Select(p => string.Join(' ', p.Words)).ToList();
        var tokens = IndexTokens.Of(fragments.Concat(phraseTexts));
        var phraseTokens = phraseTexts.Select(t => tokens[t]).ToList();

        var hits = new double[candidates.Count][];
        for (var row = 0; row < candidates.Count; row++)
        {
            var frequency = hits[row] = new double[phrases.Count];
            var columns = candidates[row].MarkedColumns;
            for (var column = 0; column < columns.Count; column++)
            {
                foreach (var fragment in Fragments(columns[column]))
                {
                    for (var phrase = 0; phrase < phraseTokens.Count; phrase++)
                    {
                        frequency[phrase] += Weights[column] * Occurrences(phraseTokens[phrase], tokens[fragment]);
                    }
                }
            }
        }

        var connection = context.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await context.Database.OpenConnectionAsync(cancellationToken);
        }
        try
        {
            var transaction = context.Database.CurrentTransaction?.GetDbTransaction();
            var (rows, tokenTotal, firstId, lastId) = await TotalsAsync(connection, transaction, cancellationToken);
            var averageLength = tokenTotal / (double)rows;
            var lengths = await LengthsAsync(connection, transaction, candidates.Select(c => c.Id), cancellationToken);

            // bm25's IDF per phrase; a phrase no candidate contains adds nothing, so it is not counted.
            var idf = new double[phrases.Count];
            var known = new Dictionary<string, double>(StringComparer.Ordinal);
            for (var phrase = 0; phrase < phrases.Count; phrase++)
            {
                if (!hits.Any(h => h[phrase] > 0))
                {
                    continue;
                }
                if (!known.TryGetValue(phraseTexts[phrase], out var value))
                {
                    var matches = await MatchesAsync(connection, transaction, phrases[phrase], termMatchesCounted, rows, firstId, lastId, cancellationToken);
                    value = Math.Log((rows - matches + 0.5) / (matches + 0.5));
                    known[phraseTexts[phrase]] = value = value <= 0.0 ? 1e-6 : value;
                }
                idf[phrase] = value;
            }

            var scores = new List<SearchRank>(candidates.Count);
            for (var row = 0; row < candidates.Count; row++)
            {
                double length = lengths.GetValueOrDefault(candidates[row].Id);
                var score = 0.0;
                for (var phrase = 0; phrase < phrases.Count; phrase++)
                {
                    var f = hits[row][phrase];
                    // Written in the order fts5_aux.c writes it, so the doubles come out the same.
                    score += idf[phrase] * (f * (K1 + 1.0) / (f + (K1 * (1 - B + (B * length / averageLength)))));
                }
                scores.Add(new SearchRank { Id = candidates[row].Id, Rank = -1.0 * score });
            }
            return scores;
        }
        finally
        {
            if (opened)
            {
                await context.Database.CloseConnectionAsync();
            }
        }
    }

    /// <summary>The marked stretches of a highlight() result.</summary>
    private static IEnumerable<string> Fragments(string? marked)
    {
        if (marked is null)
        {
            yield break;
        }
        var start = marked.IndexOf(SqliteFullText.MarkOpen, StringComparison.Ordinal);
        while (start >= 0)
        {
            var end = marked.IndexOf(SqliteFullText.MarkClose, start + 1);
            if (end < 0)
            {
                yield break;
            }
            yield return marked[(start + 1)..end];
            start = marked.IndexOf(SqliteFullText.MarkOpen, end + 1);
        }
    }

    private static int Occurrences(string[] phrase, string[] tokens)
    {
        if (phrase.Length == 0)
        {
            return 0;
        }
        var count = 0;
        for (var at = 0; at + phrase.Length <= tokens.Length; at++)
        {
            if (tokens.AsSpan(at, phrase.Length).SequenceEqual(phrase))
            {
                count++;
            }
        }
        return count;
    }

    /// <summary>
    /// The index's row count and token total (its "averages" record, id 1 of the _data table: varints) and the first
    /// and last rowid. These are what FTS5 reads for bm25 (xRowCount, xColumnTotalSize).
    /// </summary>
    private static async Task<(long Rows, long Tokens, long FirstId, long LastId)> TotalsAsync(
        DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, $"""
            SELECT (SELECT "block" FROM "{SqliteFullText.Table}_data" WHERE "id" = 1),
                   (SELECT min("id") FROM "{SqliteFullText.Table}_docsize"),
                   (SELECT max("id") FROM "{SqliteFullText.Table}_docsize")
            """);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var block = (byte[])reader.GetValue(0);
        var at = 0;
        var rows = Varint(block, ref at);
        var tokens = 0L;
        while (at < block.Length)
        {
            tokens += Varint(block, ref at);
        }
        return (Math.Max(rows, 1), tokens, reader.GetInt64(1), reader.GetInt64(2));
    }

    /// <summary>Each candidate's length in tokens over all columns (bm25's D), from the index's _docsize table.</summary>
    private static async Task<Dictionary<int, long>> LengthsAsync(
        DbConnection connection, DbTransaction? transaction, IEnumerable<int> ids, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction,
            $"""SELECT "id", "sz" FROM "{SqliteFullText.Table}_docsize" WHERE "id" IN (SELECT "value" FROM json_each($ids))""");
        command.Parameters.Add(new SqliteParameter("$ids", JsonSerializer.Serialize(ids)));
        var lengths = new Dictionary<int, long>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var sizes = (byte[])reader.GetValue(1);
            var at = 0;
            var length = 0L;
            while (at < sizes.Length)
            {
                length += Varint(sizes, ref at);
            }
            lengths[reader.GetInt32(0)] = length;
        }
        return lengths;
    }

    /// <summary>
    /// How many rows contain the phrase: counted exactly up to <paramref name="limit"/>; beyond, estimated from how
    /// densely its oldest <paramref name="limit"/> matches lie among the rowids. A phrase that common has an IDF near
    /// bm25's floor either way. Oldest, because FTS5 reads a doclist forward: 2,000 matches of a phrase of common words
    /// in 1 statement in 60 cost 2 ms forward and 5.7 ms backward at a million.
    /// </summary>
    private static async Task<double> MatchesAsync(
        DbConnection connection, DbTransaction? transaction, SearchTerm phrase, int limit, long rows, long firstId, long lastId,
        CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, $"""
            SELECT count(*), max("rowid") FROM (
                SELECT "rowid" FROM "{SqliteFullText.Table}" WHERE "{SqliteFullText.Table}" MATCH $phrase ORDER BY "rowid" LIMIT $limit)
            """);
        command.Parameters.Add(new SqliteParameter("$phrase", SqliteStatementTextSearch.Phrase(phrase)));
        command.Parameters.Add(new SqliteParameter("$limit", limit));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var count = reader.GetInt64(0);
        if (count < limit)
        {
            return count;
        }
        var newestCounted = reader.GetInt64(1);
        var estimate = count * (double)(lastId - firstId + 1) / (newestCounted - firstId + 1);
        return Math.Min(Math.Round(estimate), rows);
    }

    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    /// <summary>SQLite's varint, as FTS5 writes its size records: 7 bits a byte, high bit set on all but the last; a ninth byte gives 8.</summary>
    private static long Varint(byte[] data, ref int at)
    {
        ulong value = 0;
        for (var i = 0; i < 8; i++)
        {
            var b = data[at++];
            value = (value << 7) | (uint)(b & 0x7F);
            if ((b & 0x80) == 0)
            {
                return (long)value;
            }
        }
        value = (value << 8) | data[at++];
        return (long)value;
    }
}

/// <summary>
/// Text as the index stores it: a list of tokens per text, by SQLite's own FTS5 tokenizer configured as the index is
/// (an in-memory FTS5 table and its fts5vocab instance view), so stemming, case and diacritic folding cannot differ.
/// Results are kept: a common search marks the same few words over and over.
/// </summary>
internal static class IndexTokens
{
    private const int Kept = 10_000;
    private static readonly ConcurrentDictionary<string, string[]> Known = new(StringComparer.Ordinal);

    public static Dictionary<string, string[]> Of(IEnumerable<string> texts)
    {
        var result = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var text in texts)
        {
            if (result.ContainsKey(text))
            {
                continue;
            }
            if (Known.TryGetValue(text, out var known))
            {
                result[text] = known;
            }
            else if (!missing.Contains(text))
            {
                missing.Add(text);
            }
        }
        if (missing.Count == 0)
        {
            return result;
        }

        using var connection = new SqliteConnection("Data Source=:memory:;Pooling=False"); // a fresh, empty database each time
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = $"""
                CREATE VIRTUAL TABLE "t" USING fts5("x", tokenize = '{SqliteFullText.Tokenizer.Replace("'", "''", StringComparison.Ordinal)}');
                CREATE VIRTUAL TABLE "v" USING fts5vocab("t", 'instance');
                """;
            create.ExecuteNonQuery();
        }
        using (var transaction = connection.BeginTransaction())
        using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = """INSERT INTO "t"(rowid, "x") VALUES ($id, $text)""";
            var id = insert.Parameters.Add("$id", SqliteType.Integer);
            var text = insert.Parameters.Add("$text", SqliteType.Text);
            for (var i = 0; i < missing.Count; i++)
            {
                id.Value = i;
                text.Value = missing[i];
                insert.ExecuteNonQuery();
            }
            transaction.Commit();
        }
        var found = missing.Select(_ => new List<(int Offset, string Term)>()).ToList();
        using (var read = connection.CreateCommand())
        {
            read.CommandText = """SELECT "doc", "offset", "term" FROM "v" """;
            using var reader = read.ExecuteReader();
            while (reader.Read())
            {
                found[reader.GetInt32(0)].Add((reader.GetInt32(1), reader.GetString(2)));
            }
        }
        if (Known.Count > Kept)
        {
            Known.Clear();
        }
        for (var i = 0; i < missing.Count; i++)
        {
            var tokens = found[i].OrderBy(t => t.Offset).Select(t => t.Term).ToArray();
            result[missing[i]] = Known[missing[i]] = tokens;
        }
        return result;
    }
}
