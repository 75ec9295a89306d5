using ClaimTracker.Application.Annotations;
using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Statements;
using ClaimTracker.Application.Tests.Support;
using ClaimTracker.Domain.Annotations;
using ClaimTracker.Domain.Statements;

namespace ClaimTracker.Application.Tests.Annotations;

public sealed class DeleteAnnotationTests(SeededDatabase db) : IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task The_author_deletes_the_note_with_its_replies()
    {
        var (statement, note) = await db.AnnotatedStatementAsync();
        var other = await db.AnnotateWordsAsync(statement, "mediate");
        await db.SendAs(Roles.Editor, new ReplyToAnnotation(note, "A reply that goes with it"));

        await db.SendAs(Roles.Analyst, new DeleteAnnotation(note));

        var left = Assert.Single((await db.SendAs(Roles.Viewer, new ListAnnotations(statement))).Threads);
        Assert.Equal(other, left.Id);
        Assert.Empty(left.Replies);
    }

    [Fact]
    public async Task Another_analyst_cannot_delete_the_note_and_nothing_is_written()
    {
        var (statement, note) = await db.AnnotatedStatementAsync();
        await db.SendAs(Roles.Editor, new ReplyToAnnotation(note, "A reply"));

        var refusal = await db.RejectsWithoutWritingAsync<ForbiddenException>(() =>
            db.SendAsMember(Members.OtherAnalyst, Roles.Analyst, new DeleteAnnotation(note)));

        Assert.Contains("person who wrote this note, or an editor", refusal.Message, StringComparison.Ordinal);
        Assert.Single((await db.AnnotationAsync(statement, note)).Replies);
    }

    [Fact]
    public async Task An_editor_may_delete_anyones_note()
    {
        var (statement, note) = await db.AnnotatedStatementAsync();

        await db.SendAs(Roles.Editor, new DeleteAnnotation(note));

        Assert.Empty((await db.SendAs(Roles.Viewer, new ListAnnotations(statement))).Threads);
    }

    [Fact]
    public async Task Deleting_a_contradiction_keeps_the_link_it_made()
    {
        var earlier = await db.CreateStatementAsync("Our army did not cross the line");
        var later = await db.CreateStatementAsync("Our army crossed the line to defend it");
        var note = await db.AnnotateWordsAsync(later, "crossed the line", AnnotationKind.Contradiction, "Admits the crossing",
            linkTo: new AnnotationLinkInput(earlier, LinkRelation.Contradicts));

        await db.SendAs(Roles.Analyst, new DeleteAnnotation(note));

        Assert.Empty((await db.SendAs(Roles.Viewer, new ListAnnotations(later))).Threads);
        var link = Assert.Single((await db.GetStatementAsync(earlier)).Links);
        Assert.Equal((later, LinkRelation.Contradicts), (link.StatementId, link.Relation));
    }

    [Fact]
    public async Task Removing_the_link_keeps_the_contradiction_note()
    {
        var earlier = await db.CreateStatementAsync("The talks were cancelled");
        var later = await db.CreateStatementAsync("The talks went ahead as planned");
        var note = await db.AnnotateWordsAsync(later, "went ahead", AnnotationKind.Contradiction, "They were not cancelled",
            linkTo: new AnnotationLinkInput(earlier, LinkRelation.Contradicts));
        var link = (await db.AnnotationAsync(later, note)).LinkId!.Value;

        await db.SendAs(Roles.Editor, new RemoveStatementLink(link));

        var thread = await db.AnnotationAsync(later, note);
        Assert.Equal(("They were not cancelled", (int?)null, (int?)null), (thread.Body, thread.LinkId, thread.LinkedStatementId));
        Assert.Empty((await db.GetStatementAsync(earlier)).Links);
    }
}
