using ClaimTracker.Application.Annotations;
using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Tests.Support;

namespace ClaimTracker.Application.Tests.Annotations;

public sealed class ReplyToAnnotationTests(SeededDatabase db) : IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task Replies_thread_under_the_note_in_the_order_written()
    {
        var (statement, note) = await db.AnnotatedStatementAsync();

        var first = await db.SendAs(Roles.Editor, new ReplyToAnnotation(note, "  The ministry, presumably.  "));
        var second = await db.SendAs(Roles.Analyst, new ReplyToAnnotation(note, "Checked: it was the ministry."));

        var listed = await db.SendAs(Roles.Viewer, new ListAnnotations(statement));
        var thread = Assert.Single(listed.Threads);
        Assert.Equal(note, thread.Id);
        Assert.Equal(
            [(first, "The ministry, presumably.", "test-editor"), (second, "Checked: it was the ministry.", "test-analyst")],
            thread.Replies.Select(r => (r.Id, r.Body, r.OwnerName)));
    }

    [Fact]
    public async Task A_reply_to_a_reply_joins_the_same_thread()
    {
        var (statement, note) = await db.AnnotatedStatementAsync();
        var reply = await db.SendAs(Roles.Editor, new ReplyToAnnotation(note, "Which ministry?"));

        var answer = await db.SendAs(Roles.Analyst, new ReplyToAnnotation(reply, "Foreign affairs."));

        var thread = Assert.Single((await db.SendAs(Roles.Viewer, new ListAnnotations(statement))).Threads);
        Assert.Equal([(reply, note), (answer, note)], thread.Replies.Select(r => (r.Id, r.ParentId ?? 0)));
    }

    [Fact]
    public async Task An_empty_reply_is_refused()
    {
        var (_, note) = await db.AnnotatedStatementAsync();

        await db.RejectsAsInvalidAsync(new ReplyToAnnotation(note, " "), "Body", "Write the reply");
    }

    [Fact]
    public async Task A_reply_to_an_unknown_note_is_not_found()
    {
        await db.RejectsWithoutWritingAsync<NotFoundException>(() => db.SendAs(Roles.Analyst, new ReplyToAnnotation(int.MaxValue, "Hello?")));
    }
}
