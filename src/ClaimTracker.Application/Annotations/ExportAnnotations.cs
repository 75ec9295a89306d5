using System.Globalization;
using System.Text.Json.Nodes;
using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Domain.Annotations;
using MediatR;

namespace ClaimTracker.Application.Annotations;

/// <summary>
/// A statement's annotations in the W3C Web Annotation model (JSON-LD): each note with a TextualBody and a target
/// holding a TextQuoteSelector and a TextPositionSelector. Ids are built from <see cref="BaseUri"/>.
/// </summary>
[AllowedRoles(RoleSet.Readers)]
public sealed record ExportAnnotations(int StatementId, Uri BaseUri) : IQuery<JsonObject>;

internal sealed class ExportAnnotationsHandler(IMediator mediator) : IRequestHandler<ExportAnnotations, JsonObject>
{
    // The model's published context and the motivations it defines.
    private const string Context = "http://www.w3.org/ns/anno.jsonld";

    public async Task<JsonObject> Handle(ExportAnnotations request, CancellationToken cancellationToken)
    {
        var annotations = await mediator.Send(new ListAnnotations(request.StatementId), cancellationToken);
        var source = new Uri(request.BaseUri, $"statements/{request.StatementId}").ToString();
        var items = new JsonArray();
        foreach (var thread in annotations.Threads)
        {
            items.Add(Annotation(request.BaseUri, source, thread));
            foreach (var reply in thread.Replies)
            {
                items.Add(new JsonObject
                {
                    ["id"] = new Uri(request.BaseUri, $"annotations/{reply.Id}").ToString(),
                    ["type"] = "Annotation",
                    ["motivation"] = "replying",
                    ["created"] = Created(reply.CreatedAtUtc),
                    ["creator"] = reply.OwnerName,
                    ["body"] = TextBody(reply.Body, "replying"),
                    ["target"] = new Uri(request.BaseUri, $"annotations/{thread.Id}").ToString(),
                });
            }
        }
        return new JsonObject
        {
            ["@context"] = Context,
            ["id"] = new Uri(request.BaseUri, $"api/statements/{request.StatementId}/annotations").ToString(),
            ["type"] = "AnnotationCollection",
            ["total"] = items.Count,
            ["first"] = new JsonObject { ["type"] = "AnnotationPage", ["items"] = items },
        };
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
