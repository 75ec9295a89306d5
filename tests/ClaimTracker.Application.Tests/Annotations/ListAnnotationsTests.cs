using ClaimTracker.Application.Annotations;
using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Tests.Support;
using ClaimTracker.Domain.Annotations;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Tests.Annotations;

/// <summary>Threads are found again in the quote as it reads now, after the statement was edited.</summary>
public sealed class ListAnnotationsTests(SeededDatabase db) : IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task Threads_come_in_the_order_of_their_spans_in_the_quote()
    {
        var id = await db.CreateStatementAsync("First words, middle words, last words");
        var last = await db.AnnotateWordsAsync(id, "last words");
        var first = await db.AnnotateWordsAsync(id, "First words");
        var middle = await db.AnnotateWordsAsync(id, "middle words");

        var listed = await db.SendAs(Roles.Viewer, new ListAnnotations(id));

        Assert.Equal("First words, middle words, last words", listed.Quote);
        Assert.Equal([first, middle, last], listed.Threads.Select(t => t.Id));
    }

    [Fact]
    public async Task After_words_move_in_an_edited_quote_the_span_is_found_at_its_new_place()
    {
        var id = await db.CreateStatementAsync("We asked for talks and they refused");
        var note = await db.AnnotateWordsAsync(id, "they refused");

        await db.EditQuoteAsync(id, "Last spring we asked, more than once, for talks and they refused");

        var listed = await db.SendAs(Roles.Viewer, new ListAnnotations(id));
        var thread = Assert.Single(listed.Threads, t => t.Id == note);
        Assert.False(thread.IsOrphaned);
        Assert.Equal("they refused", listed.Quote[thread.Start!.Value..thread.End!.Value]);
        Assert.Equal(listed.Quote.IndexOf("they refused", StringComparison.Ordinal), thread.Start);
    }

    [Fact]
    public async Task Of_repeated_words_the_occurrence_with_the_same_surroundings_is_found()
    {
        var quote = "They said no to trade and no to talks";
        var id = await db.CreateStatementAsync(quote);
        var second = quote.LastIndexOf("no", StringComparison.Ordinal);
        var note = await db.SendAs(Roles.Analyst, new AnnotateQuote(id, second, second + 2, AnnotationKind.Highlight, null));

        await db.EditQuoteAsync(id, "Last week they said no to trade and no to talks");

        var listed = await db.SendAs(Roles.Viewer, new ListAnnotations(id));
        var thread = Assert.Single(listed.Threads, t => t.Id == note);
        Assert.Equal(listed.Quote.LastIndexOf("no to talks", StringComparison.Ordinal), thread.Start);
    }

    [Fact]
    public async Task When_the_words_are_removed_the_thread_is_kept_as_orphaned()
    {
        var id = await db.CreateStatementAsync("The dam will be finished in May, the minister said");
        var orphan = await db.AnnotateWordsAsync(id, "finished in May", body: "May of which year?");
        var kept = await db.AnnotateWordsAsync(id, "the minister said");
        var reply = await db.SendAs(Roles.Editor, new ReplyToAnnotation(orphan, "Nobody knows."));

        await db.EditQuoteAsync(id, "The dam will be ready soon, the minister said");

        var listed = await db.SendAs(Roles.Viewer, new ListAnnotations(id));
        var lost = Assert.Single(listed.Threads, t => t.Id == orphan);
        Assert.True(lost.IsOrphaned);
        Assert.Null(lost.Start);
        Assert.Equal(("finished in May", "May of which year?"), (lost.Exact, lost.Body));
        Assert.Equal([reply], lost.Replies.Select(r => r.Id));
        var found = Assert.Single(listed.Threads, t => t.Id == kept);
        Assert.False(found.IsOrphaned);
        Assert.Equal("the minister said", listed.Quote[found.Start!.Value..found.End!.Value]);
    }

    [Fact]
    public async Task Two_hundred_notes_on_a_repeating_quote_follow_a_shift_by_one_letter_and_are_stored_at_their_new_place()
    {
        var repeated = string.Concat(Enumerable.Repeat("ab", 2000));
        var shifted = "b" + string.Concat(Enumerable.Repeat("ab", 1999)) + "a";
        var id = await db.CreateStatementAsync(repeated);
        var notes = new Dictionary<int, int>();
        for (var i = 0; i < 200; i++)
        {
            notes[await db.SendAs(Roles.Analyst, new AnnotateQuote(id, i * 20, i * 20 + 2, AnnotationKind.Highlight, null))] = i * 20;
        }

        await db.EditQuoteAsync(id, shifted);

        var listed = await db.SendAs(Roles.Viewer, new ListAnnotations(id));
        Assert.Equal(200, listed.Threads.Count);
        Assert.All(listed.Threads, t =>
        {
            Assert.False(t.IsOrphaned);
            Assert.Equal("ab", shifted[t.Start!.Value..t.End!.Value]);
            Assert.InRange(t.Start.Value, notes[t.Id] - 1, notes[t.Id] + 1);
        });
        Assert.Equal(200, listed.Threads.Select(t => t.Start).Distinct().Count());

        // Found once, when the quote was saved: what is stored now describes the new quote, so readers take the
        // stored offsets as they are.
        var stored = await db.Query(c => c.Annotations.Where(a => a.StatementId == id).ToListAsync());
        Assert.All(stored, a =>
        {
            var thread = listed.Threads.Single(t => t.Id == a.Id);
            Assert.Equal((thread.Start, thread.End), (a.Start, a.End));
            Assert.Equal(TextAnchor.Describe(shifted, new TextSpan(a.Start!.Value, a.End!.Value)), (a.Exact!, a.Prefix!, a.Suffix!));
        });
    }

    [Fact]
    public async Task A_note_whose_words_are_gone_keeps_its_stored_words_and_offsets_after_the_edit()
    {
        var id = await db.CreateStatementAsync("The bridge opens in June, the mayor said");
        var note = await db.AnnotateWordsAsync(id, "opens in June");

        await db.EditQuoteAsync(id, "The bridge is delayed, the mayor said");

        var stored = await db.Query(c => c.Annotations.SingleAsync(a => a.Id == note));
        Assert.Equal(("opens in June", 11, 24), (stored.Exact, stored.Start, stored.End));
        Assert.True(Assert.Single((await db.SendAs(Roles.Viewer, new ListAnnotations(id))).Threads, t => t.Id == note).IsOrphaned);
    }

    [Fact]
    public async Task Notes_of_an_unknown_statement_are_not_found()
    {
        await Assert.ThrowsAsync<NotFoundException>(() => db.SendAs(Roles.Viewer, new ListAnnotations(int.MaxValue)));
    }
}
