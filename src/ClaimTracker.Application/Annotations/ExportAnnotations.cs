using System.Text.Json.Nodes;
using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
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
    public async Task<JsonObject> Handle(ExportAnnotations request, CancellationToken cancellationToken)
    {
        var annotations = await mediator.Send(new ListAnnotations(request.StatementId), cancellationToken);
        var items = new JsonArray();
        foreach (var thread in annotations.Threads)
        {
            WebAnnotationJson.AddThread(items, request.BaseUri, request.StatementId, thread);
        }
        return new JsonObject
        {
            ["@context"] = WebAnnotationJson.Context,
            ["id"] = new Uri(request.BaseUri, $"api/statements/{request.StatementId}/annotations").ToString(),
            ["type"] = "AnnotationCollection",
            ["total"] = items.Count,
            ["first"] = new JsonObject { ["type"] = "AnnotationPage", ["items"] = items },
        };
    }
}
