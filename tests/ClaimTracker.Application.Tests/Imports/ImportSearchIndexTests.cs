using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Imports;
using ClaimTracker.Application.Statements;
using ClaimTracker.Application.Tests.Support;
using ClaimTracker.Domain.Imports;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Tests.Imports;

/// <summary>
/// An import indexes its new statements for search once per chunk instead of once per insert (docs/adr/0022). What a
/// desk would notice if that went wrong: imported statements not found by their words, topics or speaker, or, worse,
/// statements typed in after an import (or after a failed one) never found at all. Invented words keep the tests apart.
/// </summary>
public sealed class ImportSearchIndexTests(EmptyDatabase db) : IClassFixture<EmptyDatabase>
{
    private static string Row(int id, string words, string topics, string speaker) =>
        $"{id}.json\tfalse\t{words}\t{topics}\t{speaker}\tCouncillor\tMaine\tnone\t0\t0\t0\t0\t0\ta hearing\n";

    [Fact]
    public async Task Imported_statements_are_found_by_their_words_topics_and_speaker_in_every_chunk()
    {
        var file = ImportHarness.Write("indexed.tsv",
            Row(9101, "The quillfen ferry doubled its fares.", "quillfen-ports,ferries", "ada-quillfen") +
            Row(9102, "Tolls on the quillfen causeway never rose.", "quillfen-ports", "bram-oxtail") +
            Row(9103, "Our harbours are the cleanest in the region.", "quillfen-ports,harbour-waters", "ada-quillfen"));

        var result = await db.ImportAsync(ImportFormat.Liar, [file], chunkSize: 2);

        Assert.Equal("3 created, 0 updated, 0 unchanged, 0 rejected", result.Summary);
        Assert.Equal(3, (await SearchAsync("quillfen-ports")).Count);
        var ferry = Assert.Single(await SearchAsync("ferry fares"));
        Assert.Equal("The quillfen ferry doubled its fares.", ferry.Quote);
        Assert.Equal(["The quillfen ferry doubled its fares.", "Our harbours are the cleanest in the region."],
            (await SearchAsync("\"ada quillfen\"")).Select(s => s.Quote).Order().Reverse().ToList());
        // Found by the second topic of a statement in the second chunk: every topic is in its index row, once.
        Assert.Equal("Our harbours are the cleanest in the region.", Assert.Single(await SearchAsync("harbour-waters")).Quote);
        Assert.Equal(await db.Query(c => c.Statements.CountAsync()), await IndexRowsAsync());
        Assert.Equal(0, await DeferredRowsAsync());
    }

    [Fact]
    public async Task A_statement_typed_in_after_an_import_is_found_at_once()
    {
        await db.ImportAsync(ImportFormat.Liar, [ImportHarness.Write("before.tsv", Row(9201, "Brindlewick bridges stand firm.", "bridges", "cato-brindle"))]);

        var typed = await CreateAsync("Brindlewick tunnels leak.", "tunnels");

        Assert.Equal(typed, Assert.Single(await SearchAsync("brindlewick tunnels")).Id);
        Assert.Equal(typed, Assert.Single(await SearchAsync("tunnels")).Id);
    }

    [Fact]
    public async Task A_chunk_that_fails_mid_write_leaves_the_earlier_chunks_found_and_the_index_working()
    {
        // A database rule that refuses one row's insert, standing for a crash in the middle of the bulk write.
        await db.Query(c => c.Database.ExecuteSqlRawAsync(
            """CREATE TRIGGER "test_refuse_marrowgate" BEFORE INSERT ON "Statements" WHEN new."Quote" LIKE '%refused marrowgate%' BEGIN SELECT RAISE(ABORT, 'refused'); END;"""));
        try
        {
            var file = ImportHarness.Write("failing.tsv",
                Row(9301, "Marrowgate mills reopened.", "mills", "dora-marrow") +
                Row(9302, "Marrowgate schools expanded.", "schools", "dora-marrow") +
                Row(9303, "This refused marrowgate row stops the chunk.", "mills", "dora-marrow") +
                Row(9304, "Marrowgate rail returned.", "rail", "dora-marrow"));

            var result = await db.ImportAsync(ImportFormat.Liar, [file], chunkSize: 2);

            Assert.Equal(ImportStatus.Failed, result.Status);
            Assert.Equal(["Marrowgate mills reopened.", "Marrowgate schools expanded."],
                (await SearchAsync("marrowgate")).Select(s => s.Quote).Order().ToList());
            Assert.Equal(0, await DeferredRowsAsync());
        }
        finally
        {
            await db.Query(c => c.Database.ExecuteSqlRawAsync("""DROP TRIGGER "test_refuse_marrowgate";"""));
        }

        var typed = await CreateAsync("Marrowgate ferries sailed again.");
        Assert.Equal(typed, Assert.Single(await SearchAsync("marrowgate ferries")).Id);
    }

    /// <summary>A statement typed in by an analyst, by a speaker and from a source the imports brought.</summary>
    private async Task<int> CreateAsync(string quote, params string[] topics)
    {
        var speaker = await db.Query(c => c.Speakers.Select(s => s.Id).FirstAsync());
        var source = await db.Query(c => c.Sources.Select(s => s.Id).FirstAsync());
        return await db.SendAs(Roles.Analyst, new CreateStatement(StatementInputs.Valid(speaker, source, quote, topics)));
    }

    private async Task<IReadOnlyList<StatementSummary>> SearchAsync(string search)
    {
        var page = await db.SendAs(Roles.Viewer, new ListStatements { Search = search, PageSize = Cursor.MaxPageSize });
        return page.Items;
    }

    private Task<int> IndexRowsAsync() =>
        db.Query(c => c.Database.SqlQueryRaw<int>("""SELECT COUNT(*) AS "Value" FROM "StatementSearch" """).SingleAsync());

    private Task<int> DeferredRowsAsync() =>
        db.Query(c => c.Database.SqlQueryRaw<int>("""SELECT COUNT(*) AS "Value" FROM "SearchIndexDeferred" """).SingleAsync());
}
