using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Search;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Imports;
using ClaimTracker.Application.Statements;
using ClaimTracker.Application.Tests.Support;
using ClaimTracker.Domain.Imports;
using ClaimTracker.Domain.Statements;
using ClaimTracker.Infrastructure.Search;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Application.Tests.Imports;

/// <summary>
/// A large import ends by compacting the search index (ADR 23). When that last step fails, every row is already in:
/// the desk must see a completed import with a note, not a failed one that looks as if nothing happened.
/// </summary>
public sealed class ImportCompactionFailureTests(ImportCompactionFailureTests.Database db) : IClassFixture<ImportCompactionFailureTests.Database>
{
    [Fact]
    public async Task An_import_whose_final_compaction_fails_is_completed_with_its_statements_found_and_a_note_saying_so()
    {
        var rows = string.Concat(Enumerable.Range(1, 4).Select(i =>
            $"{9400 + i}.json\tfalse\tKelderwick ferries ran late {i} times.\tferries\tkel-derwick\tMayor\tMaine\tnone\t0\t0\t0\t0\t0\ta hearing\n"));

        var result = await db.ImportAsync(ImportFormat.Liar, [ImportHarness.Write("compact.tsv", rows)], chunkSize: 2, compactSearchAfter: 4);

        Assert.Equal(ImportStatus.Completed, result.Status);
        Assert.Equal("4 created, 0 updated, 0 unchanged, 0 rejected", result.Summary);
        Assert.Contains("could not be compacted", result.Message);
        var report = await db.SendAs(Roles.Viewer, new GetImport(result.BatchId));
        Assert.Equal(ImportStatus.Completed, report.Batch.Status);
        Assert.Contains("rebuild-stats", report.Batch.Message);
        var found = await db.SendAs(Roles.Viewer, new ListStatements { Search = "kelderwick", PageSize = Cursor.MaxPageSize });
        Assert.Equal(4, found.Items.Count);
    }

    /// <summary>An empty desk whose search index refuses to be compacted, as a full disk or a lock timeout would.</summary>
    public sealed class Database : TestDatabase
    {
        protected override bool Seeded => false;

        protected override void ConfigureServices(IServiceCollection services) =>
            services.AddSingleton<IStatementTextSearch>(new CompactionFails(new SqliteStatementTextSearch()));
    }

    private sealed class CompactionFails(IStatementTextSearch search) : IStatementTextSearch
    {
        public Task CompactAsync(IClaimTrackerDb db, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("database or disk is full");

        public Task<bool> IsCommonAsync(IClaimTrackerDb db, SearchQuery query, SearchTuning tuning, CancellationToken cancellationToken) =>
            search.IsCommonAsync(db, query, tuning, cancellationToken);

        public IQueryable<Statement> Matching(IClaimTrackerDb db, IQueryable<Statement> statements, SearchQuery query, SearchStrategy strategy) =>
            search.Matching(db, statements, query, strategy);

        public IQueryable<SearchRank> Ranks(IClaimTrackerDb db, SearchQuery query) => search.Ranks(db, query);

        public Task<IReadOnlyList<SearchRank>> RanksAmongAsync(
            IClaimTrackerDb db, IQueryable<Statement> statements, SearchQuery query, SearchTuning tuning, CancellationToken cancellationToken) =>
            search.RanksAmongAsync(db, statements, query, tuning, cancellationToken);

        public Task<IReadOnlyDictionary<int, SearchHighlight>> HighlightAsync(
            IClaimTrackerDb db, SearchQuery query, IReadOnlyCollection<int> statementIds, CancellationToken cancellationToken) =>
            search.HighlightAsync(db, query, statementIds, cancellationToken);

        public Task DeferIndexingAsync(IClaimTrackerDb db, CancellationToken cancellationToken) => search.DeferIndexingAsync(db, cancellationToken);

        public Task IndexDeferredAsync(IClaimTrackerDb db, IReadOnlyCollection<int> statementIds, CancellationToken cancellationToken) =>
            search.IndexDeferredAsync(db, statementIds, cancellationToken);
    }
}
