using System.Globalization;
using System.Text.Json.Nodes;
using ClaimTracker.Application.Annotations;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Tests.Support;
using ClaimTracker.Domain.Annotations;
using ClaimTracker.Domain.Statements;

namespace ClaimTracker.Application.Tests.Annotations;

public sealed class ExportAnnotationsTests(SeededDatabase db) : IClassFixture<SeededDatabase>
{
    private static readonly Uri BaseUri = new("https://desk.test/");

    [Fact]
    public async Task The_export_is_a_web_annotation_collection_with_quote_and_position_selectors()
    {
        var (statement, note) = await db.AnnotatedStatementAsync();
        var reply = await db.SendAs(Roles.Editor, new ReplyToAnnotation(note, "The ministry."));

        var export = await db.SendAs(Roles.Viewer, new ExportAnnotations(statement, BaseUri));

        Assert.Equal("http://www.w3.org/ns/anno.jsonld", (string?)export["@context"]);
        Assert.Equal("AnnotationCollection", (string?)export["type"]);
        Assert.Equal(2, (int?)export["total"]);
        var items = export["first"]!["items"]!.AsArray();
        var annotation = Item(items, $"https://desk.test/annotations/{note}");
        Assert.Equal(("Annotation", "questioning", "test-analyst"), ((string?)annotation["type"], (string?)annotation["motivation"], (string?)annotation["creator"]));
        Assert.Equal("Who is nobody?", (string?)annotation["body"]![0]!["value"]);
        var target = annotation["target"]!;
        Assert.Equal($"https://desk.test/statements/{statement}", (string?)target["source"]);
        var selectors = target["selector"]!.AsArray();
        var quote = Assert.Single(selectors, s => (string?)s!["type"] == "TextQuoteSelector")!;
        Assert.Equal(("Nobody", "", " ever asked me to mediate anything"[..Annotation.ContextLength]),
            ((string?)quote["exact"], (string?)quote["prefix"], (string?)quote["suffix"]));
        var position = Assert.Single(selectors, s => (string?)s!["type"] == "TextPositionSelector")!;
        Assert.Equal((0, 6), ((int?)position["start"], (int?)position["end"]));

        // The model requires UTC times written with "Z", so no reader takes them for local time.
        var created = (string)annotation["created"]!;
        Assert.EndsWith("Z", created, StringComparison.Ordinal);
        Assert.Equal((await db.AnnotationAsync(statement, note)).CreatedAtUtc,
            DateTime.Parse(created, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal));

        var answer = Item(items, $"https://desk.test/annotations/{reply}");
        Assert.EndsWith("Z", (string)answer["created"]!, StringComparison.Ordinal);
        Assert.Equal(("replying", $"https://desk.test/annotations/{note}"), ((string?)answer["motivation"], (string?)answer["target"]));
    }

    [Fact]
    public async Task A_contradiction_exports_a_linking_body_to_the_other_statement()
    {
        var earlier = await db.CreateStatementAsync("Trade fell last year");
        var later = await db.CreateStatementAsync("Trade grew every year");
        var note = await db.AnnotateWordsAsync(later, "grew every year", AnnotationKind.Contradiction, null,
            linkTo: new AnnotationLinkInput(earlier, LinkRelation.Contradicts));

        var export = await db.SendAs(Roles.Viewer, new ExportAnnotations(later, BaseUri));

        var annotation = Item(export["first"]!["items"]!.AsArray(), $"https://desk.test/annotations/{note}");
        Assert.Equal("linking", (string?)annotation["motivation"]);
        var link = Assert.Single(annotation["body"]!.AsArray(), b => (string?)b!["purpose"] == "linking")!;
        Assert.Equal(($"https://desk.test/statements/{earlier}", "Contradicts"), ((string?)link["id"], (string?)link["relation"]));
    }

    [Fact]
    public async Task An_orphaned_span_is_exported_by_its_words_without_a_position()
    {
        var id = await db.CreateStatementAsync("Exports grew by ten percent");
        var note = await db.AnnotateWordsAsync(id, "ten percent");
        await db.EditQuoteAsync(id, "Exports grew a little");

        var export = await db.SendAs(Roles.Viewer, new ExportAnnotations(id, BaseUri));

        var selectors = Item(export["first"]!["items"]!.AsArray(), $"https://desk.test/annotations/{note}")["target"]!["selector"]!.AsArray();
        Assert.Equal("ten percent", (string?)Assert.Single(selectors)!["exact"]);
    }

    private static JsonNode Item(JsonArray items, string id) => Assert.Single(items, i => (string?)i!["id"] == id)!;
}
