using System.Globalization;
using System.Text.Json;
using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Domain.Auditing;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.History;

/// <summary>
/// What happened to a statement, newest first: every change to it, its review, its links (either end) and topics, with who, when,
/// which action and the values before and after. Read from the audit trail, page by page.
/// </summary>
[AllowedRoles(RoleSet.Readers)]
public sealed record GetStatementHistory(int StatementId) : IQuery<Page<HistoryEntry>>
{
    public int PageSize { get; init; } = Cursor.DefaultPageSize;
    public string? After { get; init; }
}

public sealed record HistoryEntry
{
    public long Id { get; init; }
    public DateTime AtUtc { get; init; }
    public string? UserName { get; init; }
    public string Request { get; init; } = "";
    public string Entity { get; init; } = "";
    public AuditChange Change { get; init; }
    public IReadOnlyList<FieldChange> Fields { get; init; } = [];
}

/// <summary>One property's value before and after, as text.</summary>
public sealed record FieldChange(string Field, string? Before, string? After);

public sealed class GetStatementHistoryValidator : AbstractValidator<GetStatementHistory>
{
    public GetStatementHistoryValidator()
    {
        RuleFor(q => q.PageSize).InclusiveBetween(1, Cursor.MaxPageSize).WithMessage($"Page size must be between 1 and {Cursor.MaxPageSize}.");
        RuleFor(q => q.After).Must(c => Cursor.IsValid(c, Cursor.IsLong)).WithMessage("The page cursor is not valid; start again from the first page.");
    }
}

internal sealed class GetStatementHistoryHandler(IClaimTrackerDb db) : IRequestHandler<GetStatementHistory, Page<HistoryEntry>>
{
    public async Task<Page<HistoryEntry>> Handle(GetStatementHistory request, CancellationToken cancellationToken)
    {
        if (!await db.Statements.AnyAsync(s => s.Id == request.StatementId, cancellationToken)
            && !await db.AuditEntries.AnyAsync(a => a.StatementId == request.StatementId || a.RelatedStatementId == request.StatementId, cancellationToken))
        {
            throw new NotFoundException("Statement", request.StatementId);
        }

        var query = db.AuditEntries.AsNoTracking()
            .Where(a => a.StatementId == request.StatementId || a.RelatedStatementId == request.StatementId);
        if (Cursor.Decode(request.After, 1) is [var id])
        {
            var afterId = long.Parse(id, CultureInfo.InvariantCulture);
            query = query.Where(a => a.Id < afterId);
        }
        // Ids grow with time, so ordering by id is ordering by when, and makes a stable cursor.
        var rows = await query.OrderByDescending(a => a.Id)
            .Take(request.PageSize + 1)
            .Select(a => new { a.Id, a.AtUtc, a.UserName, a.Request, a.Entity, a.Change, a.Before, a.After })
            .ToListAsync(cancellationToken);

        var entries = rows.Select(a => new HistoryEntry
        {
            Id = a.Id,
            AtUtc = a.AtUtc,
            UserName = a.UserName,
            Request = a.Request,
            Entity = a.Entity,
            Change = a.Change,
            Fields = Fields(a.Before, a.After),
        }).ToList();
        return Page.From(entries, request.PageSize, last => Cursor.Encode(last.Id));
    }

    private static List<FieldChange> Fields(string? before, string? after)
    {
        var old = Parse(before);
        var now = Parse(after);
        return old.Keys.Union(now.Keys)
            .Select(k => new FieldChange(k, old.GetValueOrDefault(k), now.GetValueOrDefault(k)))
            .ToList();
    }

    private static Dictionary<string, string?> Parse(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return [];
        }
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateObject().ToDictionary(
            p => p.Name,
            p => p.Value.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.String => p.Value.GetString(),
                _ => p.Value.GetRawText(),
            });
    }
}
