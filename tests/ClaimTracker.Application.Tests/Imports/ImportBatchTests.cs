using System.Text;
using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Imports;
using ClaimTracker.Application.Statements;
using ClaimTracker.Application.Tests.Support;
using ClaimTracker.Domain.Imports;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Tests.Imports;

/// <summary>Batches as a whole: bad files refused before anything is written, cancel between chunks, undo.</summary>
public sealed class ImportBatchTests(SeededDatabase db) : IClassFixture<SeededDatabase>
{
    private static string LiarRows(int from, int count, string speaker = "batch-speaker") => string.Concat(Enumerable.Range(from, count).Select(i =>
        $"{i}.json\tfalse\tStatement number {i} about the harbour.\tharbours\t{speaker}\tHarbour master\tMaine\tnone\t0\t0\t0\t0\t0\ta meeting\n"));

    public static TheoryData<string, string> BadFiles => new()
    {
        { "empty", "The file is empty" },
        { "blank lines", "holds no records" },
        { "binary", "binary data" },
        { "broken UTF-8", "not valid UTF-8 text (broken bytes on line 2)" },
        { "comma-separated as liar", "Import it as csv" },
        { "csv header without the mapped column", "The header has no column “Words”" },
        { "csv header without a quote column", "no column is mapped to quote" },
        { "claimreview that is not JSON", "not valid JSON" },
        { "factcheck-api given a ClaimReview", "not a Fact Check Tools response" },
        { "claimreview given a Fact Check response", "No schema.org ClaimReview found" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_bad_file_is_refused_with_a_clear_message_and_nothing_is_written(string problem, string message)
    {
        var (format, file, options) = problem switch
        {
            "empty" => (ImportFormat.Liar, ImportHarness.Write("empty.tsv", ""), null),
            "blank lines" => (ImportFormat.Csv, ImportHarness.Write("blank.csv", "\n\n  \n"), null),
            "binary" => (ImportFormat.Csv, ImportHarness.WriteBytes("image.csv", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]), null),
            "broken UTF-8" => (ImportFormat.Csv, ImportHarness.WriteBytes("latin1.csv", [.. "quote,speaker,date\n"u8, .. "Caf"u8, 0xE9, .. ",Ana,2020\n"u8]), null),
            "comma-separated as liar" => (ImportFormat.Liar, ImportHarness.Write("claims.csv", "quote,speaker,date\nA,B,2020\n"), null),
            "csv header without the mapped column" => (ImportFormat.Csv, ImportHarness.Write("claims.csv", "quote,speaker,date\nA,B,2020\n"),
                new ImportOptions { ColumnMap = new Dictionary<string, string> { ["quote"] = "Words", ["speaker"] = "speaker", ["date"] = "date" } }),
            "csv header without a quote column" => (ImportFormat.Csv, ImportHarness.Write("claims.csv", "name,when\nB,2020\n"), null),
            "claimreview that is not JSON" => (ImportFormat.ClaimReview, ImportHarness.Write("x.json", "{ \"@type\": \"ClaimReview\", "), null),
            "factcheck-api given a ClaimReview" => (ImportFormat.FactCheckApi, ImportHarness.Write("x.json", "{\"@type\":\"ClaimReview\",\"claimReviewed\":\"x\"}"), null),
            "claimreview given a Fact Check response" => (ImportFormat.ClaimReview, ImportHarness.Write("x.json", "{\"claims\":[{\"text\":\"x\"}]}"), null),
            _ => throw new ArgumentOutOfRangeException(nameof(problem)),
        };

        var refused = await db.RejectsWithoutWritingAsync<ImportFileException>(() => db.ImportAsync(format, [file], options));
        Assert.Contains(message, refused.Message);
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_by_its_size_without_being_read()
    {
        var file = ImportHarness.Write("huge.tsv", "");
        await using (var stream = File.OpenWrite(file.Path))
        {
            stream.SetLength(1024L * 1024 * 1024); // 1 GB, sparse: nothing is written, nothing need be read.
        }
        var refused = await db.RejectsWithoutWritingAsync<ImportFileException>(() => db.ImportAsync(ImportFormat.Liar, [file]));
        Assert.Contains("The file is 1024 MB; the limit for liar files is 200 MB", refused.Message);
    }

    [Fact]
    public async Task Cancelling_mid_way_keeps_whole_chunks_and_says_how_far_it_got()
    {
        var before = await db.Query(d => d.Statements.CountAsync());
        using var cancel = new CancellationTokenSource();
        var progress = new CancelOnFirstReport(cancel);

        var result = await db.ImportAsync(ImportFormat.Liar, [ImportHarness.Write("cancel.tsv", LiarRows(5000, 7, "cancel-speaker"))],
            chunkSize: 3, progress: progress, ct: cancel.Token);

        Assert.Equal(ImportStatus.Cancelled, result.Status);
        Assert.Equal(3, result.RowsDone);
        Assert.Equal(before + 3, await db.Query(d => d.Statements.CountAsync()));
        var batch = Assert.Single(await db.SendAs(Roles.Viewer, new ListImports()), b => b.Id == result.BatchId);
        Assert.Equal(ImportStatus.Cancelled, batch.Status);
        Assert.Equal("cancel.tsv line 3", batch.ReachedLine);
        Assert.Contains("Cancelled after 3 rows", batch.Message);
    }

    private sealed class CancelOnFirstReport(CancellationTokenSource cancel) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => cancel.Cancel();
    }

    [Fact]
    public async Task Undo_removes_what_the_batch_created_and_restores_what_it_updated()
    {
        var first = await db.ImportAsync(ImportFormat.Liar, ImportHarness.Write("undo-a.tsv", LiarRows(6000, 2, "first-speaker")));
        var venueBefore = await db.Query(d => d.Statements.Where(s => s.Quote == "Statement number 6000 about the harbour.").Select(s => s.Venue).SingleAsync());
        var before = await db.RowCountsAsync();

        var second = await db.ImportAsync(ImportFormat.Liar, ImportHarness.Write("undo-b.tsv",
            LiarRows(6000, 1, "first-speaker").Replace("a meeting", "a ferry launch") + LiarRows(6100, 3, "undo-speaker")));
        Assert.Equal("3 created, 1 updated, 0 unchanged, 0 rejected", second.Summary);

        var undone = await db.SendAs(Roles.Editor, new UndoImport(second.BatchId));

        Assert.Equal(new UndoImportResult(3, 1, 1, 0, 0), undone);
        Assert.Equal(venueBefore, await db.Query(d => d.Statements.Where(s => s.Quote == "Statement number 6000 about the harbour.").Select(s => s.Venue).SingleAsync()));
        var after = await db.RowCountsAsync();
        foreach (var table in new[] { "Statements", "Speakers", "Sources", "Topics", "StatementTopics", "OutsideReviews" })
        {
            Assert.Equal(before[table], after[table]);
        }
        var batch = Assert.Single(await db.SendAs(Roles.Viewer, new ListImports()), b => b.Id == second.BatchId);
        Assert.Equal(ImportStatus.Undone, batch.Status);
        Assert.NotEqual(ImportStatus.Undone, (await db.SendAs(Roles.Viewer, new GetImport(first.BatchId))).Batch.Status);
    }

    [Fact]
    public async Task Undo_is_refused_once_a_created_statement_has_a_verdict_and_only_editors_and_admins_may_undo()
    {
        var result = await db.ImportAsync(ImportFormat.Liar, ImportHarness.Write("worked.tsv", LiarRows(7000, 2, "worked-speaker")));
        var id = await db.Query(d => d.Statements.Where(s => s.ImportBatchId == result.BatchId).Select(s => s.Id).FirstAsync());
        var other = await db.CreateStatementAsync("A statement typed by hand for the link");
        await db.SendAs(Roles.Analyst, new LinkStatements(other, id, ClaimTracker.Domain.Statements.LinkRelation.Rebuts, null));

        await Assert.ThrowsAsync<ForbiddenException>(() => db.SendAs(Roles.Analyst, new UndoImport(result.BatchId)));
        var refused = await db.RejectsWithoutWritingAsync<RequestValidationException>(() => db.SendAs(Roles.Admin, new UndoImport(result.BatchId)));
        Assertions.AssertNames(refused, nameof(UndoImport.ImportBatchId), $"#{id}");
    }

    [Fact]
    public async Task Bulk_written_statements_are_stored_as_a_typed_one_is_and_can_be_edited()
    {
        var result = await db.ImportAsync(ImportFormat.Liar, ImportHarness.Write("stored.tsv", LiarRows(8000, 1, "stored-speaker")));
        var imported = await db.Query(d => d.Statements.Where(s => s.ImportBatchId == result.BatchId).Select(s => new { s.Id, s.Version }).SingleAsync());
        var typed = await db.CreateStatementAsync("A statement typed by hand to compare storage with");

        // Every column holds the same kind of value (text, integer, null) as in a statement saved through EF.
        Assert.Equal(await StorageTypesAsync("Statements", typed), await StorageTypesAsync("Statements", imported.Id));
        var typedReview = await db.SendAs(Roles.Analyst, new ClaimTracker.Application.Publishers.RecordOutsideReview(typed,
            new ClaimTracker.Application.Publishers.OutsideReviewInput { PublisherName = "PolitiFact", Label = "false", Url = "https://checks.example/typed", LanguageCode = "en" }));
        var importedReview = await db.Query(d => d.OutsideReviews.Where(o => o.StatementId == imported.Id).Select(o => o.Id).SingleAsync());
        Assert.Equal(await StorageTypesAsync("OutsideReviews", typedReview, "Url"),
            await StorageTypesAsync("OutsideReviews", importedReview, "Url"));

        // The concurrency token written in bulk is the one the edit form sends back.
        var input = await db.Query(d => d.Statements.Where(s => s.Id == imported.Id).Select(s => new { s.SpeakerId, s.SourceId }).SingleAsync());
        await db.SendAs(Roles.Analyst, new EditStatement(imported.Id, imported.Version,
            StatementInputs.Valid(input.SpeakerId, input.SourceId, "Statement number 8000, corrected by hand.", ["harbours"])));
        Assert.Equal("Statement number 8000, corrected by hand.", await db.Query(d => d.Statements.Where(s => s.Id == imported.Id).Select(s => s.Quote).SingleAsync()));
        // The search index and the statistics saw the bulk insert as they see a typed statement.
        Assert.Contains(imported.Id, await db.Query(d => d.Statements.Where(s => s.Quote.Contains("corrected by hand")).Select(s => s.Id).ToListAsync()));
        await ClaimTracker.Application.Tests.Stats.ReadModel.ReadModelCheck.AssertMatchesRecordsAsync(db, "after a bulk-written import and an edit");
    }

    [Fact]
    public async Task Undo_is_refused_when_an_updated_statement_s_earlier_speaker_has_been_merged_away()
    {
        var first = await db.ImportAsync(ImportFormat.Liar, ImportHarness.Write("merge-a.tsv", LiarRows(9000, 1, "merged-away-speaker")));
        var gone = await db.Query(d => d.Statements.Where(s => s.ImportBatchId == first.BatchId).Select(s => s.SpeakerId).SingleAsync());
        var second = await db.ImportAsync(ImportFormat.Liar, ImportHarness.Write("merge-b.tsv", LiarRows(9000, 1, "later-speaker")));
        Assert.Equal("0 created, 1 updated, 0 unchanged, 0 rejected", second.Summary);
        var statement = await db.Query(d => d.Statements.Where(s => s.Quote == "Statement number 9000 about the harbour.").Select(s => s.Id).SingleAsync());
        var keep = await db.CreateSpeakerAsync("Kept Speaker For Merge");
        var keepVersion = await db.Query(d => d.Speakers.Where(p => p.Id == keep).Select(p => p.Version).SingleAsync());
        await db.SendAs(Roles.Analyst, new ClaimTracker.Application.Speakers.MergeSpeakers(keep, keepVersion, gone));

        var refused = await db.RejectsWithoutWritingAsync<RequestValidationException>(() => db.SendAs(Roles.Editor, new UndoImport(second.BatchId)));
        Assertions.AssertNames(refused, nameof(UndoImport.ImportBatchId), $"#{statement}");
        Assertions.AssertNames(refused, nameof(UndoImport.ImportBatchId), "merged or removed");
    }

    /// <summary>SQLite's storage class of each column of one row, by column name (some columns left out).</summary>
    private async Task<Dictionary<string, string>> StorageTypesAsync(string table, int id, params string[] except)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection(db.ConnectionString);
        await connection.OpenAsync();
        var columns = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = $"SELECT name FROM pragma_table_info('{table}')";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                columns.Add(reader.GetString(0));
            }
        }
        columns.RemoveAll(c => except.Contains(c) || c.StartsWith("Import", StringComparison.Ordinal));
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {string.Join(", ", columns.Select(c => $"typeof(\"{c}\")"))} FROM \"{table}\" WHERE \"Id\" = {id}";
        await using var row = await command.ExecuteReaderAsync();
        Assert.True(await row.ReadAsync());
        return columns.Select((c, i) => (c, row.GetString(i))).ToDictionary(x => x.c, x => x.Item2);
    }
}
