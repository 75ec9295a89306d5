using System.Text.Json.Nodes;
using ClaimTracker.Application.Annotations;
using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Statements;
using ClaimTracker.Application.Tests.Support;

namespace ClaimTracker.Application.Tests.Annotations;

/// <summary>The desk's notes for a statement filter, as one W3C AnnotationCollection paged by annotated statements.</summary>
public sealed class ExportDeskAnnotationsTests(SeededDatabase db) : IClassFixture<SeededDatabase>
{
    private static readonly Uri BaseUri = new("https://desk.test/");

    [Fact]
    public async Task The_collection_counts_every_note_and_its_pages_hold_each_once_with_next_links()
    {
        var word = "notes" + Guid.NewGuid().ToString("N")[..10];
        var first = await db.CreateStatementAsync($"First claim on {word} today");
        var second = await db.CreateStatementAsync($"Second claim on {word} today");
        var third = await db.CreateStatementAsync($"Third claim on {word} today");
        await db.CreateStatementAsync($"Nobody wrote a note on {word}");
        var outside = await db.CreateStatementAsync("A claim the filter leaves out today");
        var notes = new[]
        {
            await db.AnnotateWordsAsync(first, "First"),
            await db.AnnotateWordsAsync(first, "today"),
            await db.AnnotateWordsAsync(second, "Second"),
            await db.AnnotateWordsAsync(third, "Third"),
        };
        var reply = await db.SendAs(Roles.Editor, new ReplyToAnnotation(notes[3], "Which third?"));
        var ignored = await db.AnnotateWordsAsync(outside, "leaves out");
        var filter = StatementFilter.Parse($"?q={word}").Query;

        var collection = await db.SendAs(Roles.Viewer, new ExportDeskAnnotations(filter, BaseUri) { PageSize = 2 });

        Assert.Equal("http://www.w3.org/ns/anno.jsonld", (string?)collection["@context"]);
        Assert.Equal("AnnotationCollection", (string?)collection["type"]);
        Assert.Equal($"https://desk.test/api/annotations?q={word}", (string?)collection["id"]);
        Assert.Equal(5, (int?)collection["total"]);
        var page1 = collection["first"]!;
        Assert.Equal(("AnnotationPage", $"https://desk.test/api/annotations?q={word}"), ((string?)page1["type"], (string?)page1["partOf"]));
        Assert.Equal(Ids(notes[0], notes[1], notes[2]), Ids(page1));
        Assert.Equal($"https://desk.test/api/annotations?q={word}&pageSize=2", (string?)page1["id"]);
        var next = (string)page1["next"]!;
        var address = StatementFilter.Parse(new Uri(next).Query);
        Assert.Equal(2, address.Page);

        var page2 = await db.SendAs(Roles.Viewer, new ExportDeskAnnotations(address.Query, BaseUri)
        {
            PageSize = address.Query.PageSize,
            After = address.Query.After,
            PageNumber = address.Page,
        });

        Assert.Equal("http://www.w3.org/ns/anno.jsonld", (string?)page2["@context"]);
        Assert.Equal(("AnnotationPage", next), ((string?)page2["type"], (string?)page2["id"]));
        Assert.Equal($"https://desk.test/api/annotations?q={word}", (string?)page2["partOf"]);
        Assert.Equal(Ids(notes[3], reply), Ids(page2));
        Assert.Null(page2["next"]);
        Assert.DoesNotContain($"https://desk.test/annotations/{ignored}", Ids(page1).Concat(Ids(page2)));
        var selector = page2["items"]!.AsArray().Single(i => (string?)i!["motivation"] == "commenting")!["target"]!["selector"]!.AsArray();
        Assert.Contains(selector, s => (string?)s!["type"] == "TextPositionSelector" && (int?)s["start"] == 0);
    }

    [Fact]
    public async Task Anonymous_callers_and_bad_cursors_are_refused()
    {
        await Assert.ThrowsAsync<ForbiddenException>(() => db.SendAs(null, new ExportDeskAnnotations(new StatementFilter(), BaseUri)));
        var bad = await Assert.ThrowsAsync<RequestValidationException>(() =>
            db.SendAs(Roles.Viewer, new ExportDeskAnnotations(new StatementFilter(), BaseUri) { After = "xyz", PageSize = 0 }));
        Assert.Equal(["After", "PageSize"], bad.Errors.Keys.Order());
    }

    private static string[] Ids(params int[] ids) => [.. ids.Select(i => $"https://desk.test/annotations/{i}")];

    private static string[] Ids(JsonNode page) => [.. page["items"]!.AsArray().Select(i => (string)i!["id"]!)];
}
