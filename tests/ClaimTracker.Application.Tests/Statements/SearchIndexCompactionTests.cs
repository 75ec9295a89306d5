using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Imports;
using ClaimTracker.Application.Tests.Imports;
using ClaimTracker.Domain.Imports;
using ClaimTracker.Application.Statements;
using ClaimTracker.Application.Stats;
using ClaimTracker.Application.Tests.Support;
using ClaimTracker.Infrastructure.Search;
using Microsoft.Data.Sqlite;

namespace ClaimTracker.Application.Tests.Statements;

/// <summary>
/// rebuild-stats, run after a bulk load, also merges the search index's pieces into one (ADR 3): the index must come
/// out smaller and whole, and every search must find what it found before.
/// </summary>
public sealed class SearchIndexCompactionTests(SeededDatabase db) : IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task Rebuilding_the_statistics_compacts_the_search_index_and_every_search_still_finds_the_same()
    {
        // One transaction per statement, as the desk writes: each adds its own piece to the index.
        for (var i = 0; i < 12; i++)
        {
            await db.CreateStatementAsync($"Brannoch pier tolls, part {i}, said again");
        }
        string[] searches = ["brannoch", "\"pier tolls\"", "brannoch -\"part 3\"", "tolls OR kashmir", "mediation"];
        var before = new Dictionary<string, List<int>>();
        foreach (var search in searches)
        {
            before[search] = await ListAsync(search);
        }
        var piecesBefore = await ScalarAsync($"SELECT count(*) FROM \"{SqliteFullText.Table}_data\"");

        await db.SendAs(Roles.Admin, new RebuildStats());

        Assert.True(await ScalarAsync($"SELECT count(*) FROM \"{SqliteFullText.Table}_data\"") < piecesBefore);
        // FTS5's own check that the index and its text agree (it raises an error when they do not).
        await ScalarAsync($"INSERT INTO \"{SqliteFullText.Table}\"(\"{SqliteFullText.Table}\") VALUES ('integrity-check'); SELECT 0");
        foreach (var search in searches)
        {
            Assert.Equal(before[search], await ListAsync(search));
        }
        Assert.Equal(12, before["brannoch"].Count);
    }

    [Fact]
    public async Task A_large_import_ends_with_the_search_index_compacted_and_a_small_one_leaves_it_to_FTS5()
    {
        static string Rows(string word) => "quote\tspeaker\tdate\tvenue\n" + string.Concat(Enumerable.Range(1, 6)
            .Select(i => $"{word} ferry fares rose {i} times\tDonald J. Trump\t2018-02-0{i}\ta rally\n"));

        // Below the threshold: one transaction per row leaves pieces that a compaction by hand still merges.
        await db.ImportAsync(ImportFormat.Csv, [ImportHarness.Write("small.tsv", Rows("Cathrow"))], chunkSize: 1, compactSearchAfter: 100);
        Assert.True(await CompactedByHandShrinksAsync());

        // At the threshold: the import compacts, so compacting again changes nothing.
        await db.ImportAsync(ImportFormat.Csv, [ImportHarness.Write("large.tsv", Rows("Dunmorrow"))], chunkSize: 1, compactSearchAfter: 6);
        Assert.False(await CompactedByHandShrinksAsync());
        Assert.Equal(6, (await ListAsync("dunmorrow ferry")).Count);
        Assert.Equal(6, (await ListAsync("cathrow")).Count);
    }

    /// <summary>Whether FTS5's 'optimize' run now makes the index smaller (so it was in several pieces).</summary>
    private async Task<bool> CompactedByHandShrinksAsync()
    {
        var before = await ScalarAsync($"SELECT count(*) FROM \"{SqliteFullText.Table}_data\"");
        var after = await ScalarAsync($"INSERT INTO \"{SqliteFullText.Table}\"(\"{SqliteFullText.Table}\") VALUES ('optimize'); SELECT count(*) FROM \"{SqliteFullText.Table}_data\"");
        return after < before;
    }

    private async Task<List<int>> ListAsync(string search) =>
        (await db.SendAs(Roles.Viewer, new ListStatements { Search = search, Sort = StatementSort.Newest, PageSize = 100 })).Items.Select(s => s.Id).ToList();

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection(db.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
