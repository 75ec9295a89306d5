using System.Globalization;
using System.Text.Json.Nodes;
using ClaimTracker.Domain.Annotations;

namespace ClaimTracker.Application.Annotations;

/// <summary>
/// Notes written in the W3C Web Annotation model (JSON-LD), for one statement's export and the desk's collection
/// alike: each note with a TextualBody and a target holding a TextQuoteSelector and a TextPositionSelector, each reply
/// as an annotation whose target is the note it answers. Ids are built from the desk's public address.
/// </summary>
internal static class WebAnnotationJson
{
    /// <summary>The model's published context and the motivations it defines.</summary>
    public const string Context = "http://www.w3.org/ns/anno.jsonld";

    /// <summary>Adds the note and then its replies to <paramref name="items"/>.</summary>
    public static void AddThread(JsonArray items, Uri baseUri, int statementId, AnnotationThread thread)
    {
        var source = new Uri(baseUri, $"statements/{statementId}").ToString();
        items.Add(Annotation(baseUri, source, thread));
        foreach (var reply in thread.Replies)
        {
            items.Add(new JsonObject
            {
                ["id"] = new Uri(baseUri, $"annotations/{reply.Id}").ToString(),
                ["type"] = "Annotation",
                ["motivation"] = "replying",
                ["created"] = Created(reply.CreatedAtUtc),
                ["creator"] = reply.OwnerName,
                ["body"] = TextBody(reply.Body, "replying"),
                ["target"] = new Uri(baseUri, $"annotations/{thread.Id}").ToString(),
            });
        }
    }

    private static JsonObject Annotation(Uri baseUri, string source, AnnotationThread thread)
    {
        var motivation = thread.Kind switch
        {
            AnnotationKind.Question => "questioning",
            AnnotationKind.Highlight => "highlighting",
            AnnotationKind.Tag => "tagging",
            AnnotationKind.Contradiction => "linking",
            _ => "commenting",
        };
        var bodies = new JsonArray();
        if (thread.Body is not null)
        {
            bodies.Add(TextBody(thread.Body, motivation == "tagging" ? "describing" : motivation));
        }
        if (thread.TagName is not null)
        {
            bodies.Add(TextBody(thread.TagName, "tagging"));
        }
        if (thread.LinkedStatementId is { } linked)
        {
            bodies.Add(new JsonObject
            {
                ["id"] = new Uri(baseUri, $"statements/{linked}").ToString(),
                ["purpose"] = "linking",
                ["relation"] = thread.LinkRelation?.ToString(),
            });
        }
        var selectors = new JsonArray
        {
            new JsonObject { ["type"] = "TextQuoteSelector", ["exact"] = thread.Exact, ["prefix"] = thread.Prefix, ["suffix"] = thread.Suffix },
        };
        if (thread.Start is { } start && thread.End is { } end)
        {
            selectors.Add(new JsonObject { ["type"] = "TextPositionSelector", ["start"] = start, ["end"] = end });
        }
        return new JsonObject
        {
            ["id"] = new Uri(baseUri, $"annotations/{thread.Id}").ToString(),
            ["type"] = "Annotation",
            ["motivation"] = motivation,
            ["created"] = Created(thread.CreatedAtUtc),
            ["creator"] = thread.OwnerName,
            ["body"] = bodies,
            ["target"] = new JsonObject { ["source"] = source, ["selector"] = selectors },
        };
    }

    /// <summary>
    /// The model requires UTC with a "Z"; times read back from the database carry no kind, and "o" would then write
    /// them without one, as if local.
    /// </summary>
    private static string Created(DateTime atUtc) =>
        DateTime.SpecifyKind(atUtc, DateTimeKind.Utc).ToString("o", CultureInfo.InvariantCulture);

    private static JsonObject TextBody(string? value, string purpose) => new()
    {
        ["type"] = "TextualBody",
        ["value"] = value,
        ["format"] = "text/plain",
        ["purpose"] = purpose,
    };
}
