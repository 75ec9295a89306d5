using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.History;
using ClaimTracker.Application.Reviews;
using ClaimTracker.Application.Statements;
using ClaimTracker.Application.Tests.Support;
using ClaimTracker.Domain.Auditing;
using ClaimTracker.Domain.Common;
using ClaimTracker.Domain.Reviews;
using ClaimTracker.Domain.Statements;

namespace ClaimTracker.Application.Tests.History;

/// <summary>
/// The audit trail as the History tab reads it: who did what, newest first, every line in plain words, only values
/// that changed, names instead of ids, dates for people; nothing for refused commands.
/// </summary>
public sealed class GetStatementHistoryTests(SeededDatabase db) : IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task Creating_then_editing_lists_both_newest_first_with_only_the_value_that_changed()
    {
        var id = await db.CreateStatementAsync("The river dam is finished");
        var version = (await db.GetStatementAsync(id)).Version;
        await db.SendAs(Roles.Editor, new EditStatement(id, version, await db.ValidStatementAsync("The river dam is half finished")));

        var history = (await HistoryAsync(id)).Where(e => e.Entity == nameof(Statement)).ToList();

        Assert.Equal(
            [("edited the statement", "changed the statement", "test-editor"), ("added the statement", "added the statement", "test-analyst")],
            history.Select(e => (e.Action, e.What, e.UserName)));
        Assert.Equal([new FieldChange("Quote", "The river dam is finished", "The river dam is half finished")], history[0].Fields);
        Assert.Empty(history[1].Fields);
        Assert.True(history[0].AtUtc >= history[1].AtUtc);
    }

    [Fact]
    public async Task Ids_read_as_names_values_as_words_and_dates_for_people()
    {
        var id = await db.CreateStatementAsync("Nobody asked me to mediate");
        var input = await db.ValidStatementAsync("Nobody asked me to mediate");
        var otherSpeaker = await db.SpeakerIdAsync("imran-khan");
        await db.SendAs(Roles.Analyst, new EditStatement(id, (await db.GetStatementAsync(id)).Version, input with
        {
            SpeakerId = otherSpeaker,
            QuoteKind = QuoteKind.ReportedSpeech,
            SaidOn = new DateOnly(2019, 7, 22),
            SaidOnPrecision = DatePrecision.Month,
        }));

        var edit = (await HistoryAsync(id))[0];

        Assert.Equal("edited the statement", edit.Action);
        Assert.Equal(
            [
                new FieldChange("How exact the date is", "exact day", "month known"),
                new FieldChange("Kind of quote", "Direct quote", "Reported speech"),
                new FieldChange("Said on", "1 May 2024", "22 Jul 2019"),
                new FieldChange("Speaker", "Donald Trump", "Imran Khan"),
            ],
            edit.Fields.OrderBy(f => f.Field, StringComparer.Ordinal));
        Assert.DoesNotContain(edit.Fields, f => f.Field.EndsWith("Id", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_topic_added_or_removed_is_named()
    {
        var id = await db.CreateStatementAsync("Talks on water sharing resume", "Indus Waters");
        await db.SendAs(Roles.Analyst, new EditStatement(id, (await db.GetStatementAsync(id)).Version,
            await db.ValidStatementAsync("Talks on water sharing resume", "Trade")));

        var edit = (await HistoryAsync(id)).Where(e => e.Action == "edited the statement").Select(e => e.What).ToList();

        Assert.Contains("added the topic “Trade”", edit);
        Assert.Contains("removed the topic “Indus Waters”", edit);
        Assert.Contains("added the topic “Indus Waters”", (await HistoryAsync(id)).Where(e => e.Action == "added the statement").Select(e => e.What));
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
    public async Task Review_changes_read_in_words_and_unchanged_evidence_is_not_shown_as_removed_and_re_added()
    {
        var id = await db.PublishedStatementAsync("A claim whose review has a history");
        await db.SendAs(Roles.Editor, new CorrectReview(id, await db.ReviewVersionAsync(id), Workflow.Verdict(Rating.MostlyFalse), "Part of it held up."));

        var history = await HistoryAsync(id);

        Assert.Contains(history, e => e.Action == "drafted the verdict" && e.What == "started a verdict: False");
        Assert.Contains(history, e => e.Action == "drafted the verdict" && e.What == "added evidence “Ministry statement” (refutes)");
        Assert.Contains(history, e => e.Action == "published the verdict" && e.Entity == nameof(Review) && e.UserName == "test-editor"
            && e.Fields.Contains(new FieldChange("Status", "In review", "Published")));
        Assert.Contains(history, e => e.Action == "published the verdict" && e.What == "published the verdict False");
        var correction = history.Where(e => e.Action == "corrected the verdict").ToList();
        Assert.Contains(correction, e => e.What == "changed the verdict" && e.Fields.SequenceEqual([new FieldChange("Verdict", "False", "Mostly false")]));
        Assert.Contains(correction, e => e.What == "logged a correction to Mostly false: “Part of it held up.”");
        // The correction kept the same evidence: nothing about it is listed.
        Assert.DoesNotContain(correction, e => e.Entity == nameof(Evidence));
        Assert.All(history.SelectMany(e => e.Fields), f => Assert.DoesNotMatch("^(Id|Version|ReviewId|StatementId)$", f.Field));
    }

    [Fact]
    public async Task Evidence_that_did_change_is_listed_as_removed_and_added()
    {
        var id = await db.PublishedStatementAsync("A claim whose evidence is replaced");
        var replaced = Workflow.Verdict(Rating.MostlyFalse) with
        {
            Evidence = [new EvidenceInput("Satellite images", "https://example.org/images", null, EvidenceStance.Supports)],
        };
        await db.SendAs(Roles.Editor, new CorrectReview(id, await db.ReviewVersionAsync(id), replaced, "New images."));

        var correction = (await HistoryAsync(id)).Where(e => e.Action == "corrected the verdict").Select(e => e.What).ToList();

        Assert.Contains("removed evidence “Ministry statement” (refutes)", correction);
        Assert.Contains("added evidence “Satellite images” (supports)", correction);
    }

    [Fact]
    public async Task Link_changes_appear_in_the_history_of_both_statements_in_words()
    {
        var claim = await db.CreateStatementAsync("The border is closed");
        var denial = await db.CreateStatementAsync("The border is open");
        var link = await db.SendAs(Roles.Analyst, new LinkStatements(denial, claim, LinkRelation.Rebuts, "Trucks crossed today"));
        await db.SendAs(Roles.Editor, new EditStatementLink(link, LinkRelation.Contradicts, "Trucks crossed today"));
        await db.SendAs(Roles.Editor, new RemoveStatementLink(link));

        var history = (await HistoryAsync(denial)).Where(e => e.Entity == nameof(StatementLink)).ToList();

        Assert.Equal(
            [
                ("removed a link between statements", "removed the link: this statement contradicts “The border is closed”"),
                ("changed a link between statements", "changed the link: this statement contradicts “The border is closed”"),
                ("linked two statements", "linked: this statement rebuts “The border is closed”"),
            ],
            history.Select(e => (e.Action, e.What)));
        Assert.Equal([new FieldChange("Relation", "Rebuts", "Contradicts")], history[1].Fields);

        // The rebutted claim lists the same three changes, told from its side.
        var claimHistory = (await HistoryAsync(claim)).Where(e => e.Entity == nameof(StatementLink)).ToList();
        Assert.Equal(history.Select(e => e.Id), claimHistory.Select(e => e.Id));
        Assert.Equal("linked: “The border is open” rebuts this statement", claimHistory[2].What);
    }

    [Fact]
    public async Task Notes_following_an_edited_quote_add_no_lines()
    {
        var id = await db.CreateStatementAsync("We never asked for talks");
        await db.AnnotateWordsAsync(id, "asked for talks", body: "When?");
        await db.EditQuoteAsync(id, "Last year we never asked for talks");

        var history = await HistoryAsync(id);

        Assert.Equal(["changed the statement", "added a comment on “asked for talks”", "added the statement"], history.Select(e => e.What));
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
            paged.Where(e => e.Action == "edited the statement").Select(e => e.Fields.Single(f => f.Field == "Quote").After));
    }

    [Fact]
    public async Task The_history_of_an_unknown_statement_is_not_found()
    {
        await Assert.ThrowsAsync<NotFoundException>(() => db.SendAs(Roles.Viewer, new GetStatementHistory(int.MaxValue)));
    }

    private async Task<List<HistoryEntry>> HistoryAsync(int statementId) =>
        [.. (await db.SendAs(Roles.Viewer, new GetStatementHistory(statementId) { PageSize = Cursor.MaxPageSize })).Items];
}
