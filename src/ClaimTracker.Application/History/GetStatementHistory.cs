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
/// What happened to a statement, newest first, in plain words: every change to it, its review, its links (either
/// end), topics and notes, with who, when, the action they took (as the command declares it) and only the values
/// that changed, with names instead of ids and dates for people. Read from the audit trail, page by page.
/// </summary>
[AllowedRoles(RoleSet.Readers)]
public sealed record GetStatementHistory(int StatementId) : IQuery<Page<HistoryEntry>>
{
    public int PageSize { get; init; } = Cursor.DefaultPageSize;
    public string? After { get; init; }
}

/// <summary>One record changed by one action. Entries of one action share <see cref="OperationId"/>.</summary>
public sealed record HistoryEntry
{
    public long Id { get; init; }
    public Guid OperationId { get; init; }
    public DateTime AtUtc { get; init; }
    public string? UserName { get; init; }

    /// <summary>What the member did, as the command declares it: "edited the statement".</summary>
    public string Action { get; init; } = "";

    /// <summary>What happened to this record, in words: "changed the statement", "added the topic “Kashmir”".</summary>
    public string What { get; init; } = "";

    public string Entity { get; init; } = "";
    public AuditChange Change { get; init; }

    /// <summary>For a change: each value that differs, before and after, as a member would say it.</summary>
    public IReadOnlyList<FieldChange> Fields { get; init; } = [];
}

/// <summary>One value before and after, in words ("Verdict: Misleading → Mostly false").</summary>
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

        var ofStatement = db.AuditEntries.AsNoTracking()
            .Where(a => a.StatementId == request.StatementId || a.RelatedStatementId == request.StatementId);
        var query = ofStatement;
        if (Cursor.Decode(request.After, 1) is [var id])
        {
            var afterId = long.Parse(id, CultureInfo.InvariantCulture);
            query = query.Where(a => a.Id < afterId);
        }
        // Ids grow with time, so ordering by id is ordering by when, and makes a stable cursor.
        var rows = (await query.OrderByDescending(a => a.Id)
            .Take(request.PageSize + 1)
            .Select(a => new { a.Id, a.OperationId, a.AtUtc, a.UserName, a.Request, a.Entity, a.EntityId, a.Change, a.StatementId, a.RelatedStatementId, a.Before, a.After })
            .ToListAsync(cancellationToken))
            .Select(a => new AuditRow(a.Id, a.OperationId, a.AtUtc, a.UserName, a.Request, a.Entity, a.EntityId, a.Change,
                a.StatementId, a.RelatedStatementId, Parse(a.Before), Parse(a.After)))
            .ToList();
        var page = Page.From(rows, request.PageSize, last => Cursor.Encode(last.Id));

        // Evidence a correction removed and added again unchanged is no change: its pair may sit on another page,
        // so the evidence rows of this page's operations are read whole.
        var operations = page.Items.Where(r => r.Entity == HistoryWords.Evidence).Select(r => r.OperationId).Distinct().ToList();
        var evidence = operations.Count == 0 ? [] : (await ofStatement
            .Where(a => a.Entity == HistoryWords.Evidence && operations.Contains(a.OperationId))
            .Select(a => new { a.Id, a.OperationId, a.Change, a.Before, a.After })
            .ToListAsync(cancellationToken))
            .Select(a => (a.Id, a.OperationId, a.Change, Values: Parse(a.Change == AuditChange.Deleted ? a.Before : a.After)))
            .ToList();
        var unchanged = HistoryWords.ReAdded(evidence);

        var names = await Names.ReadAsync(db, page.Items, cancellationToken);
        var entries = page.Items
            .Where(r => !unchanged.Contains(r.Id))
            .Select(r => HistoryWords.Describe(r, request.StatementId, names))
            .OfType<HistoryEntry>()
            .ToList();
        return new Page<HistoryEntry>(entries, page.NextCursor);
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

/// <summary>One audit row with its values read back from JSON.</summary>
internal sealed record AuditRow(
    long Id, Guid OperationId, DateTime AtUtc, string? UserName, string Request, string Entity, string EntityId,
    AuditChange Change, int? StatementId, int? RelatedStatementId, Dictionary<string, string?> Before, Dictionary<string, string?> After);
