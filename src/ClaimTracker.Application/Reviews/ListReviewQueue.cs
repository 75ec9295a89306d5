using System.Globalization;
using AutoMapper;
using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Statements;
using ClaimTracker.Domain.Reviews;
using ClaimTracker.Domain.Statements;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Reviews;

/// <summary>The desk's work queues.</summary>
public enum ReviewQueue
{
    /// <summary>Statements nobody has started a review of.</summary>
    Unreviewed = 0,
    /// <summary>Drafts sent to the editors.</summary>
    AwaitingReview = 1,
    /// <summary>The current user's own drafts, not yet sent.</summary>
    MyDrafts = 2,
    /// <summary>Published reviews whose statement was rebutted after publication: the verdict may need a correction.</summary>
    RebuttedAfterPublication = 3,
}

/// <summary>What is in each work queue: the one rule, for the queue pages and the counts on the home page.</summary>
public static class WorkQueues
{
    public static IQueryable<Statement> Of(IQueryable<Statement> statements, ReviewQueue queue, string? userId) => queue switch
    {
        ReviewQueue.Unreviewed => statements.Where(s => s.Review == null),
        ReviewQueue.AwaitingReview => statements.Where(s => s.Review != null && s.Review.Status == ReviewStatus.InReview),
        ReviewQueue.MyDrafts => statements.Where(s => s.Review != null && s.Review.Status == ReviewStatus.Draft && s.Review.OwnerId == userId),
        _ => statements.Where(s => s.Review != null && s.Review.Status == ReviewStatus.Published && s.IncomingLinks.Any(l =>
            l.Relation == LinkRelation.Rebuts && l.CreatedAtUtc > (s.Review.CorrectedAtUtc ?? s.Review.PublishedAtUtc))),
    };
}

/// <summary>One work queue, newest statement first, page by page; rows read like the statement list.</summary>
[AllowedRoles(RoleSet.Readers)]
public sealed record ListReviewQueue(ReviewQueue Queue) : IQuery<Page<StatementSummary>>
{
    public int PageSize { get; init; } = Cursor.DefaultPageSize;
    public string? After { get; init; }
}

public sealed class ListReviewQueueValidator : AbstractValidator<ListReviewQueue>
{
    public ListReviewQueueValidator()
    {
        RuleFor(q => q.Queue).IsInEnum().WithMessage("Unknown queue.");
        RuleFor(q => q.PageSize).InclusiveBetween(1, Cursor.MaxPageSize).WithMessage($"Page size must be between 1 and {Cursor.MaxPageSize}.");
        RuleFor(q => q.After).Must(c => Cursor.IsValid(c, Cursor.IsId)).WithMessage("The page cursor is not valid; start again from the first page.");
    }
}

internal sealed class ListReviewQueueHandler(IClaimTrackerDb db, ICurrentUser user, IConfigurationProvider mapping)
    : IRequestHandler<ListReviewQueue, Page<StatementSummary>>
{
    public async Task<Page<StatementSummary>> Handle(ListReviewQueue request, CancellationToken cancellationToken)
    {
        var query = WorkQueues.Of(db.Statements.AsNoTracking(), request.Queue, user.UserId);
        if (Cursor.Decode(request.After, 1) is [var id])
        {
            var afterId = int.Parse(id, CultureInfo.InvariantCulture);
            query = query.Where(s => s.Id < afterId);
        }
        var rows = await query.OrderByDescending(s => s.Id)
            .Take(request.PageSize + 1)
            .ToSummaries(db, mapping)
            .ToListAsync(cancellationToken);
        return Page.From(rows, request.PageSize, last => Cursor.Encode(last.Id));
    }
}
