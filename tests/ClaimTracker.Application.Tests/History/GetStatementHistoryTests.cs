using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.History;
using ClaimTracker.Application.Reviews;
using ClaimTracker.Application.Statements;
using ClaimTracker.Application.Tests.Support;
using ClaimTracker.Domain.Auditing;
using ClaimTracker.Domain.Reviews;
using ClaimTracker.Domain.Statements;

namespace ClaimTracker.Application.Tests.History;

/// <summary>The audit trail as the History tab reads it: who changed what, newest first, and nothing for refused commands.</summary>
public sealed class GetStatementHistoryTests(SeededDatabase db) : IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task Creating_then_editing_lists_both_newest_first_with_the_values_before_and_after()
    {
        var id = await db.CreateStatementAsync("The river dam is finished");
        var version = (await db.GetStatementAsync(id)).Version;
        await db.SendAs(Roles.Editor, new EditStatement(id, version, await db.ValidStatementAsync("The river dam is half finished")));

        var history = await HistoryAsync(id);

        var statementEntries = history.Where(e => e.Entity == nameof(Statement)).ToList();
        Assert.Equal(
            [(nameof(EditStatement), AuditChange.Modified, "test-editor"), (nameof(CreateStatement), AuditChange.Added, "test-analyst")],
            statementEntries.Select(e => (e.Request, e.Change, e.UserName)));
        var edit = statementEntries[0];
        Assert.Equal(new FieldChange("Quote", "The river dam is finished", "The river dam is half finished"), Assert.Single(edit.Fields));
        var created = statementEntries[1].Fields;
        Assert.Contains(new FieldChange("Quote", null, "The river dam is finished"), created);
        Assert.Contains(new FieldChange("QuoteKind", null, "DirectQuote"), created);
        Assert.DoesNotContain(created, f => f.Field is "Version" or "CreatedBy" or "CreatedAtUtc");
        Assert.True(statementEntries[0].AtUtc >= statementEntries[1].AtUtc);
        Assert.Equal(history.OrderByDescending(e => e.Id).Select(e => e.Id), history.Select(e => e.Id));
    }

    [Fact]
    public async Task A_refused_command_leaves_no_entry()
    {
        var id = await db.CreateStatementAsync("A statement nobody manages to change");
        var before = await HistoryAsync(id);
        var version = (await db.GetStatementAsync(id)).Version;
        await db.SendAs(Roles.Analyst, new DraftReview(id, null, Workflow.Verdict()));
        var afterDraft = await HistoryAsync(id);

        await Assert.ThrowsAsync<RequestValidationException>(async () =>
            await db.SendAs(Roles.Analyst, new EditStatement(id, version, (await db.ValidStatementAsync()).Break("empty quote"))));
        await Assert.ThrowsAsync<ForbiddenException>(async () =>
            await db.SendAsMember(Members.OtherAnalyst, Roles.Analyst, new DraftReview(id, await db.ReviewVersionAsync(id), Workflow.Verdict(Rating.True))));
        await Assert.ThrowsAsync<ForbiddenException>(async () =>
            await db.SendAs(Roles.Viewer, new EditStatement(id, version, await db.ValidStatementAsync("A viewer's words"))));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(async () =>
            await db.SendAs(Roles.Analyst, new EditStatement(id, Guid.NewGuid(), await db.ValidStatementAsync("Stale words"))));

        Assert.True(afterDraft.Count > before.Count);
        Assert.Equal(afterDraft.Select(e => e.Id), (await HistoryAsync(id)).Select(e => e.Id));
    }

    [Fact]
    public async Task Review_changes_appear_in_the_statements_history()
    {
        var id = await db.PublishedStatementAsync("A claim whose review has a history");
        await db.SendAs(Roles.Editor, new CorrectReview(id, await db.ReviewVersionAsync(id), Workflow.Verdict(Rating.MostlyFalse), "Part of it held up."));

        var history = await HistoryAsync(id);

        Assert.Contains(history, e => e.Request == nameof(DraftReview) && e.Entity == nameof(Review) && e.Change == AuditChange.Added
            && e.Fields.Contains(new FieldChange("Rating", null, "False")));
        Assert.Contains(history, e => e.Request == nameof(DraftReview) && e.Entity == nameof(Evidence) && e.Change == AuditChange.Added);
        Assert.Contains(history, e => e.Request == nameof(PublishReview) && e.Entity == nameof(Review)
            && e.Fields.Contains(new FieldChange("Status", "InReview", "Published")) && e.UserName == "test-editor");
        Assert.Contains(history, e => e.Request == nameof(PublishReview) && e.Entity == nameof(ReviewRevision));
        Assert.Contains(history, e => e.Request == nameof(CorrectReview) && e.Entity == nameof(Review)
            && e.Fields.Contains(new FieldChange("Rating", "False", "MostlyFalse")));
        Assert.Contains(history, e => e.Request == nameof(CorrectReview) && e.Entity == nameof(ReviewRevision)
            && e.Fields.Contains(new FieldChange("Note", null, "Part of it held up.")));
        // The correction replaced the evidence: the old row's removal is in the history too, with what it said.
        Assert.Contains(history, e => e.Request == nameof(CorrectReview) && e.Entity == nameof(Evidence) && e.Change == AuditChange.Deleted
            && e.Fields.Contains(new FieldChange("Title", "Ministry statement", null)));
        Assert.Equal(nameof(CorrectReview), history[0].Request);
    }

    [Fact]
    public async Task Link_changes_appear_in_the_history_of_both_statements()
    {
        var claim = await db.CreateStatementAsync("The border is closed");
        var denial = await db.CreateStatementAsync("The border is open");
        var link = await db.SendAs(Roles.Analyst, new LinkStatements(denial, claim, LinkRelation.Rebuts, "Trucks crossed today"));
        await db.SendAs(Roles.Editor, new EditStatementLink(link, LinkRelation.Contradicts, "Trucks crossed today"));
        await db.SendAs(Roles.Editor, new RemoveStatementLink(link));

        var history = (await HistoryAsync(denial)).Where(e => e.Entity == nameof(StatementLink)).ToList();

        Assert.Equal(
            [(nameof(RemoveStatementLink), AuditChange.Deleted), (nameof(EditStatementLink), AuditChange.Modified), (nameof(LinkStatements), AuditChange.Added)],
            history.Select(e => (e.Request, e.Change)));
        Assert.Contains(new FieldChange("Relation", "Rebuts", "Contradicts"), history[1].Fields);
        Assert.Contains(new FieldChange("Note", null, "Trucks crossed today"), history[2].Fields);

        // The rebutted claim lists the same three changes to the link that pointed at it.
        var claimHistory = (await HistoryAsync(claim)).Where(e => e.Entity == nameof(StatementLink)).ToList();
        Assert.Equal(history.Select(e => e.Id), claimHistory.Select(e => e.Id));
    }

    [Fact]
    public async Task The_history_pages_without_gaps_or_repeats()
    {
        var id = await db.CreateStatementAsync("Version 0 of a much edited claim");
        for (var i = 1; i <= 6; i++)
        {
            await db.EditQuoteAsync(id, $"Version {i} of a much edited claim");
        }
        var all = await db.SendAs(Roles.Viewer, new GetStatementHistory(id) { PageSize = 100 });

        var paged = await Pages.WalkAsync(3, after => db.SendAs(Roles.Viewer, new GetStatementHistory(id) { PageSize = 3, After = after }));

        Assert.Null(all.NextCursor);
        Assert.Equal(all.Items.Select(e => e.Id), paged.Select(e => e.Id));
        Assert.Equal(
            Enumerable.Range(1, 6).Reverse().Select(i => $"Version {i} of a much edited claim"),
            paged.Where(e => e.Request == nameof(EditStatement)).Select(e => e.Fields.Single(f => f.Field == "Quote").After));
    }

    [Fact]
    public async Task The_history_of_an_unknown_statement_is_not_found()
    {
        await Assert.ThrowsAsync<NotFoundException>(() => db.SendAs(Roles.Viewer, new GetStatementHistory(int.MaxValue)));
    }

    private async Task<List<HistoryEntry>> HistoryAsync(int statementId) =>
        [.. (await db.SendAs(Roles.Viewer, new GetStatementHistory(statementId) { PageSize = Cursor.MaxPageSize })).Items];
}
