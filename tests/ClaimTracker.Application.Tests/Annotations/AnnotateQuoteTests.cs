using ClaimTracker.Application.Annotations;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Statements;
using ClaimTracker.Application.Tests.Support;
using ClaimTracker.Domain.Annotations;
using ClaimTracker.Domain.Statements;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Tests.Annotations;

public sealed class AnnotateQuoteTests(SeededDatabase db) : IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task The_span_is_kept_as_its_exact_words_with_the_text_around_them()
    {
        var id = await db.CreateStatementAsync("Nobody ever asked me to mediate anything");

        var annotation = await db.SendAs(Roles.Analyst, new AnnotateQuote(id, 12, 20, AnnotationKind.Question, "  Asked when?  "));

        var thread = await db.AnnotationAsync(id, annotation);
        Assert.Equal(("asked me", "Nobody ever ", " to mediate anything"), (thread.Exact, thread.Prefix, thread.Suffix));
        Assert.Equal((12, 20, false), (thread.Start, thread.End, thread.IsOrphaned));
        Assert.Equal((AnnotationKind.Question, "Asked when?", "id-Analyst", false), (thread.Kind, thread.Body, thread.OwnerId, thread.Resolved));
    }

    [Fact]
    public async Task On_a_long_quote_only_a_little_text_either_side_is_kept()
    {
        var quote = string.Concat(Enumerable.Repeat("many words ", 10)) + "THE CLAIM" + string.Concat(Enumerable.Repeat(" more words", 10));
        var id = await db.CreateStatementAsync(quote);

        var thread = await db.AnnotationAsync(id, await db.AnnotateWordsAsync(id, "THE CLAIM"));

        Assert.Equal(Annotation.ContextLength, thread.Prefix!.Length);
        Assert.Equal(Annotation.ContextLength, thread.Suffix!.Length);
        Assert.EndsWith("many words ", thread.Prefix, StringComparison.Ordinal);
        Assert.StartsWith(" more words", thread.Suffix, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("an empty span", 5, 5, "End", "Select at least one word")]
    [InlineData("a span ending past the quote", 20, 200, "Start", "Select words inside the quote")]
    [InlineData("a span starting before the quote", -1, 4, "Start", "Select words inside the quote")]
    [InlineData("a reversed span", 10, 4, "End", "Select at least one word")]
    public async Task A_span_that_is_empty_or_outside_the_quote_is_refused(string problem, int start, int end, string field, string message)
    {
        var id = await db.CreateStatementAsync($"A short quote for {problem}");

        await db.RejectsAsInvalidAsync(new AnnotateQuote(id, start, end, AnnotationKind.Highlight, null), field, message);
    }

    [Fact]
    public async Task A_comment_needs_words_and_a_contradiction_needs_its_statement()
    {
        var id = await db.CreateStatementAsync("We never sent troops");

        await db.RejectsAsInvalidAsync(new AnnotateQuote(id, 0, 2, AnnotationKind.Comment, " "), "Body", "Write the comment");
        await db.RejectsAsInvalidAsync(new AnnotateQuote(id, 0, 2, AnnotationKind.Contradiction, "Says otherwise"), "LinkTo", "Choose the statement");
        await db.RejectsAsInvalidAsync(
            new AnnotateQuote(id, 0, 2, AnnotationKind.Contradiction, null) { LinkTo = new AnnotationLinkInput(id, LinkRelation.Contradicts) },
            "LinkTo.StatementId", "cannot be linked to itself");
        await db.RejectsAsInvalidAsync(
            new AnnotateQuote(id, 0, 2, AnnotationKind.Contradiction, null) { LinkTo = new AnnotationLinkInput(int.MaxValue, LinkRelation.Contradicts) },
            "LinkTo.StatementId", "Choose an existing statement");
    }

    [Fact]
    public async Task A_contradiction_links_the_statements_and_the_link_shows_from_both()
    {
        var earlier = await db.CreateStatementAsync("We will never talk to them");
        var later = await db.CreateStatementAsync("We have always talked to them");

        var annotation = await db.AnnotateWordsAsync(later, "always talked", AnnotationKind.Contradiction, "Says the opposite of last year",
            linkTo: new AnnotationLinkInput(earlier, LinkRelation.Contradicts));

        var outgoing = Assert.Single((await db.GetStatementAsync(later)).Links);
        Assert.Equal((LinkDirection.Outgoing, earlier, LinkRelation.Contradicts, "Says the opposite of last year"),
            (outgoing.Direction, outgoing.StatementId, outgoing.Relation, outgoing.Note));
        var incoming = Assert.Single((await db.GetStatementAsync(earlier)).Links);
        Assert.Equal((LinkDirection.Incoming, later, outgoing.LinkId), (incoming.Direction, incoming.StatementId, incoming.LinkId));
        var thread = await db.AnnotationAsync(later, annotation);
        Assert.Equal((outgoing.LinkId, earlier, LinkRelation.Contradicts), (thread.LinkId, thread.LinkedStatementId, thread.LinkRelation));
    }

    [Fact]
    public async Task A_second_contradiction_with_the_same_statement_reuses_the_link()
    {
        var earlier = await db.CreateStatementAsync("Prices will fall next year");
        var later = await db.CreateStatementAsync("Prices rose, as I always said they would");
        var existing = await db.SendAs(Roles.Analyst, new LinkStatements(later, earlier, LinkRelation.Contradicts, "Made by hand"));
        var links = await db.Query(d => d.StatementLinks.CountAsync());

        var first = await db.AnnotateWordsAsync(later, "Prices rose", AnnotationKind.Contradiction, null,
            linkTo: new AnnotationLinkInput(earlier, LinkRelation.Contradicts));
        var second = await db.AnnotateWordsAsync(later, "always said", AnnotationKind.Contradiction, null, Roles.Editor,
            new AnnotationLinkInput(earlier, LinkRelation.Contradicts));

        Assert.Equal(links, await db.Query(d => d.StatementLinks.CountAsync()));
        Assert.Equal(existing, (await db.AnnotationAsync(later, first)).LinkId);
        Assert.Equal(existing, (await db.AnnotationAsync(later, second)).LinkId);
        Assert.Equal("Made by hand", Assert.Single((await db.GetStatementAsync(earlier)).Links).Note);
    }

    [Fact]
    public async Task A_tag_is_created_once_and_reused_by_name()
    {
        var id = await db.CreateStatementAsync("Three million jobs in two years");

        var first = await db.SendAs(Roles.Analyst, new AnnotateQuote(id, 0, 13, AnnotationKind.Tag, null) { TagName = "Numbers", TagColor = "#aabbcc" });
        var second = await db.SendAs(Roles.Analyst, new AnnotateQuote(id, 22, 31, AnnotationKind.Tag, null) { TagName = " Numbers ", TagColor = "#000000" });

        Assert.Equal(("Numbers", "#aabbcc"), ((await db.AnnotationAsync(id, first)).TagName, (await db.AnnotationAsync(id, first)).TagColor));
        Assert.Equal(("Numbers", "#aabbcc"), ((await db.AnnotationAsync(id, second)).TagName, (await db.AnnotationAsync(id, second)).TagColor));
        Assert.Equal(1, await db.Query(d => d.AnnotationTags.CountAsync(t => t.Name == "Numbers")));
    }
}
