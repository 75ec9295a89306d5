using ClaimTracker.Application.Annotations;
using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Tests.Support;

namespace ClaimTracker.Application.Tests.Annotations;

public sealed class EditAnnotationTests(SeededDatabase db) : IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task The_author_rewrites_their_note()
    {
        var (statement, note) = await db.AnnotatedStatementAsync();
        var before = await db.AnnotationAsync(statement, note);

        await db.SendAs(Roles.Analyst, new EditAnnotation(note, before.Version, "  Who exactly is nobody?  "));

        var after = await db.AnnotationAsync(statement, note);
        Assert.Equal("Who exactly is nobody?", after.Body);
        Assert.NotEqual(before.Version, after.Version);
    }

    [Fact]
    public async Task Another_analyst_cannot_rewrite_the_note_and_nothing_is_written()
    {
        var (statement, note) = await db.AnnotatedStatementAsync();
        var version = (await db.AnnotationAsync(statement, note)).Version;

        var refusal = await db.RejectsWithoutWritingAsync<ForbiddenException>(() =>
            db.SendAsMember(Members.OtherAnalyst, Roles.Analyst, new EditAnnotation(note, version, "Not my note, but still")));

        Assert.Contains("person who wrote this note, or an editor", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(("Who is nobody?", version), ((await db.AnnotationAsync(statement, note)).Body, (await db.AnnotationAsync(statement, note)).Version));
    }

    [Fact]
    public async Task An_editor_may_rewrite_anyones_note()
    {
        var (statement, note) = await db.AnnotatedStatementAsync();

        await db.SendAs(Roles.Editor, new EditAnnotation(note, (await db.AnnotationAsync(statement, note)).Version, "Edited by the desk editor"));

        var after = await db.AnnotationAsync(statement, note);
        Assert.Equal(("Edited by the desk editor", "id-Analyst"), (after.Body, after.OwnerId));
    }

    [Fact]
    public async Task An_edit_from_a_stale_version_is_a_conflict()
    {
        var (statement, note) = await db.AnnotatedStatementAsync();
        var stale = (await db.AnnotationAsync(statement, note)).Version;
        await db.SendAs(Roles.Analyst, new EditAnnotation(note, stale, "First rewrite"));

        await db.RejectsWithoutWritingAsync<ConcurrencyConflictException>(() =>
            db.SendAs(Roles.Editor, new EditAnnotation(note, stale, "Overwriting rewrite")));

        Assert.Equal("First rewrite", (await db.AnnotationAsync(statement, note)).Body);
    }
}
