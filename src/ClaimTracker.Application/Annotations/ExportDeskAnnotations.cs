using System.Globalization;
using System.Text.Json.Nodes;
using AutoMapper;
using AutoMapper.QueryableExtensions;
using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Search;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Statements;
using ClaimTracker.Domain.Annotations;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Annotations;

/// <summary>
/// The desk's notes on the statements a <see cref="StatementFilter"/> matches, as one W3C Web Annotation
/// <c>AnnotationCollection</c> split into <c>AnnotationPage</c>s the way the Web Annotation Protocol pages a container:
/// without <see cref="After"/> the answer is the collection (with <c>total</c>) and its first page embedded; with it,
/// the page that follows. A page holds every note and reply on up to <see cref="PageSize"/> annotated statements
/// (statement id order), and names the next page's address in <c>next</c>. Ids are built from <see cref="BaseUri"/>.
/// </summary>
[AllowedRoles(RoleSet.Readers)]
public sealed record ExportDeskAnnotations : StatementFilter, IQuery<JsonObject>
{
    public const int MaxPageSize = 100;

    /// <summary>Every statement's notes (no filter).</summary>
    public ExportDeskAnnotations(Uri baseUri) => BaseUri = baseUri;

    public ExportDeskAnnotations(StatementFilter filter, Uri baseUri) : base(filter.FilterOnly()) => BaseUri = baseUri;

    public Uri BaseUri { get; init; }

    /// <summary>Annotated statements per page.</summary>
    public int PageSize { get; init; } = Cursor.DefaultPageSize;

    /// <summary>The page's position: the id of the last statement on the page before.</summary>
    public string? After { get; init; }

    /// <summary>The page's number, for its address (1 for the first).</summary>
    public int PageNumber { get; init; } = 1;

    public const string Path = "api/annotations";
}

public sealed class ExportDeskAnnotationsValidator : AbstractValidator<ExportDeskAnnotations>
{
    public ExportDeskAnnotationsValidator()
    {
        Include(new StatementFilterValidator());
        RuleFor(q => q.PageSize).InclusiveBetween(1, ExportDeskAnnotations.MaxPageSize)
            .WithMessage($"Page size must be between 1 and {ExportDeskAnnotations.MaxPageSize}.");
        RuleFor(q => q.After).Must(c => Cursor.IsValid(c, Cursor.IsId))
            .WithMessage("The page cursor is not valid; start again from the first page.");
    }
}

internal sealed class ExportDeskAnnotationsHandler(IClaimTrackerDb db, IStatementTextSearch textSearch, IConfigurationProvider mapping)
    : IRequestHandler<ExportDeskAnnotations, JsonObject>
{
    public async Task<JsonObject> Handle(ExportDeskAnnotations request, CancellationToken cancellationToken)
    {
        var statements = request.Apply(db.Statements.AsNoTracking(), db.Reviews.AsNoTracking());
        var search = SearchQuery.Parse(request.Search);
        if (!search.IsEmpty)
        {
            statements = await new StatementListSearch(db, textSearch).MatchingAsync(statements, search, cancellationToken);
        }
        var annotated = statements.Where(s => db.Annotations.Any(a => a.StatementId == s.Id));
        if (Cursor.Decode(request.After, 1) is [var afterText])
        {
            var afterId = int.Parse(afterText, CultureInfo.InvariantCulture);
            annotated = annotated.Where(s => s.Id > afterId);
        }
        var rows = await annotated.OrderBy(s => s.Id).Select(s => new QuotedStatement(s.Id, s.Quote))
            .Take(request.PageSize + 1).ToListAsync(cancellationToken);
        var page = Page.From(rows, request.PageSize, last => Cursor.Encode(last.Id));

        var ids = page.Items.Select(s => s.Id).ToList();
        var notes = db.Annotations.AsNoTracking().Where(a => ids.Contains(a.StatementId));
        var heads = notes.Where(a => a.ParentId == null);
        var statementOf = await heads.ToDictionaryAsync(a => a.Id, a => a.StatementId, cancellationToken);
        var threads = await heads.OrderBy(a => a.StatementId).ThenBy(a => a.Start).ThenBy(a => a.Id)
            .ProjectTo<AnnotationThread>(mapping)
            .ToListAsync(cancellationToken);
        var replies = (await notes.Where(a => a.ParentId != null).OrderBy(a => a.Id)
            .ProjectTo<AnnotationReply>(mapping).ToListAsync(cancellationToken)).ToLookup(r => r.ParentId);

        var items = new JsonArray();
        var byStatement = threads.ToLookup(t => statementOf[t.Id]);
        foreach (var statement in page.Items)
        {
            foreach (var thread in byStatement[statement.Id])
            {
                // Each span found again in the quote as it reads now, as the statement's own export does.
                var span = thread.Exact is null ? null : TextAnchor.Locate(statement.Quote, thread.Exact, thread.Prefix, thread.Suffix, thread.Start);
                WebAnnotationJson.AddThread(items, request.BaseUri, statement.Id,
                    thread with { Start = span?.Start, End = span?.End, Replies = [.. replies[thread.Id]] });
            }
        }

        // The collection is the same whatever the page size; its pages are not.
        var collectionId = new Uri(request.BaseUri, request.ToUrl(ExportDeskAnnotations.Path)).ToString();
        var pageObject = new JsonObject();
        if (request.After is not null)
        {
            // A later page is a document of its own.
            pageObject["@context"] = WebAnnotationJson.Context;
        }
        foreach (var (name, value) in new Dictionary<string, JsonNode?>
        {
            ["id"] = Address(request, request.PageNumber, request.After),
            ["type"] = "AnnotationPage",
            ["partOf"] = collectionId,
            ["items"] = items,
        })
        {
            pageObject[name] = value;
        }
        if (page.NextCursor is { } next)
        {
            pageObject["next"] = Address(request, request.PageNumber + 1, next);
        }
        if (request.After is not null)
        {
            return pageObject;
        }

        var total = await db.Annotations.CountAsync(a => statements.Any(s => s.Id == a.StatementId), cancellationToken);
        return new JsonObject
        {
            ["@context"] = WebAnnotationJson.Context,
            ["id"] = collectionId,
            ["type"] = "AnnotationCollection",
            ["label"] = "ClaimTracker desk annotations",
            ["total"] = total,
            ["first"] = pageObject,
        };
    }

    /// <summary>The absolute address of a page, filters and page size included.</summary>
    private static string Address(ExportDeskAnnotations request, int page, string? after) =>
        new Uri(request.BaseUri, request.ToUrl(ExportDeskAnnotations.Path, page, after, request.PageSize)).ToString();

    private sealed record QuotedStatement(int Id, string Quote);
}
