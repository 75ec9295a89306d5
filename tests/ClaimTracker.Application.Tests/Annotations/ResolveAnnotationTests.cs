using ClaimTracker.Application.Annotations;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Tests.Support;

namespace ClaimTracker.Application.Tests.Annotations;

public sealed class ResolveAnnotationTests(SeededDatabase db) : IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task A_note_is_resolved_and_reopened_by_anyone_who_may_annotate()
    {
        var (statement, note) = await db.AnnotatedStatementAsync(Roles.Editor);

        await db.SendAsMember(Members.OtherAnalyst, Roles.Analyst, new ResolveAnnotation(note, true));
        var resolved = await db.AnnotationAsync(statement, note);
        await db.SendAs(Roles.Analyst, new ResolveAnnotation(note, false));
        var reopened = await db.AnnotationAsync(statement, note);

        Assert.True(resolved.Resolved);
        Assert.False(reopened.Resolved);
        Assert.Equal("Who is nobody?", reopened.Body);
    }
}
