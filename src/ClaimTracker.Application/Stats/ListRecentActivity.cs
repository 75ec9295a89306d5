using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Domain.Reviews;
using ClaimTracker.Domain.Statements;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Stats;

public enum ActivityKind
{
    StatementAdded = 0,
    StatementEdited = 1,
    LinkAdded = 2,
    VerdictPublished = 3,
    VerdictCorrected = 4,
}

/// <summary>The latest things that happened on the desk, newest first, across statements, links and verdicts.</summary>
[AllowedRoles(RoleSet.Readers)]
public sealed record ListRecentActivity(int Take = 12) : IQuery<IReadOnlyList<ActivityItem>>;

/// <summary>
/// <see cref="StatementId"/> is the statement concerned (for a link, the responding one); <see cref="Relation"/>
/// is set for links. For a publication <see cref="Verdict"/> is the rating as published then, for a correction the
/// rating it set, with <see cref="PreviousVerdict"/> the rating before it; later corrections never rewrite an
/// earlier entry.
/// </summary>
public sealed record ActivityItem(
    ActivityKind Kind, DateTime AtUtc, string? UserName, int StatementId, string Quote, LinkRelation? Relation, Rating? Verdict)
{
    public Rating? PreviousVerdict { get; init; }
}

public sealed class ListRecentActivityValidator : AbstractValidator<ListRecentActivity>
{
    public ListRecentActivityValidator()
    {
        RuleFor(q => q.Take).InclusiveBetween(1, 50).WithMessage("Show between 1 and 50 entries.");
    }
}

internal sealed class ListRecentActivityHandler(IClaimTrackerDb db) : IRequestHandler<ListRecentActivity, IReadOnlyList<ActivityItem>>
{
    public async Task<IReadOnlyList<ActivityItem>> Handle(ListRecentActivity request, CancellationToken cancellationToken)
    {
        var take = request.Take;
        // Each part takes its own newest rows first (an index-ordered scan), then the union is ordered once. Only
        // plain columns go through the UNION: enums are stored as text, and a NULL in one part would make the
        // engine read the other parts' names as numbers. Link kind and
        // the rating of a publication or correction are joined on afterwards.
        var added = db.Statements.OrderByDescending(s => s.CreatedAtUtc).Take(take)
            .Select(s => new Row { Kind = (int)ActivityKind.StatementAdded, At = s.CreatedAtUtc, User = s.CreatedBy, StatementId = s.Id, LinkId = 0, RevisionId = 0 });
        var edited = db.Statements.Where(s => s.UpdatedAtUtc != null).OrderByDescending(s => s.UpdatedAtUtc).Take(take)
            .Select(s => new Row { Kind = (int)ActivityKind.StatementEdited, At = s.UpdatedAtUtc!.Value, User = s.UpdatedBy, StatementId = s.Id, LinkId = 0, RevisionId = 0 });
        var links = db.StatementLinks.OrderByDescending(l => l.CreatedAtUtc).Take(take)
            .Select(l => new Row { Kind = (int)ActivityKind.LinkAdded, At = l.CreatedAtUtc, User = l.CreatedBy, StatementId = l.FromStatementId, LinkId = l.Id, RevisionId = 0 });
        // Publications and corrections from the review's public log: each entry keeps the rating it set then.
        var verdicts = (
                from v in db.ReviewRevisions
                join r in db.Reviews on v.ReviewId equals r.Id
                orderby v.AtUtc descending
                select new Row
                {
                    Kind = v.Event == ReviewEvent.Corrected ? (int)ActivityKind.VerdictCorrected : (int)ActivityKind.VerdictPublished,
                    At = v.AtUtc,
                    User = v.By,
                    StatementId = r.StatementId,
                    LinkId = 0,
                    RevisionId = v.Id,
                })
            .Take(take);

        var newest = added.Concat(edited).Concat(links).Concat(verdicts)
            .OrderByDescending(r => r.At).ThenByDescending(r => r.StatementId).ThenByDescending(r => r.Kind)
            .Take(take);
        var rows = await (
                from r in newest
                join s in db.Statements on r.StatementId equals s.Id
                join l in db.StatementLinks on r.LinkId equals l.Id into matched
                from l in matched.DefaultIfEmpty()
                join v in db.ReviewRevisions on r.RevisionId equals v.Id into revisions
                from v in revisions.DefaultIfEmpty()
                orderby r.At descending, r.StatementId descending, r.Kind descending
                select new
                {
                    r.Kind,
                    r.At,
                    r.User,
                    r.StatementId,
                    s.Quote,
                    Relation = (LinkRelation?)l!.Relation,
                    Verdict = (Rating?)v!.Rating,
                    Previous = db.ReviewRevisions
                        .Where(p => v != null && p.ReviewId == v.ReviewId && p.Id < v.Id)
                        .OrderByDescending(p => p.Id)
                        .Select(p => (Rating?)p.Rating)
                        .FirstOrDefault(),
                })
            .AsNoTracking()
            .ToListAsync(cancellationToken);

        return rows.Select(r => new ActivityItem(
            (ActivityKind)r.Kind, r.At, r.User, r.StatementId, r.Quote,
            r.Kind == (int)ActivityKind.LinkAdded ? r.Relation : null,
            r.Kind is (int)ActivityKind.VerdictPublished or (int)ActivityKind.VerdictCorrected ? r.Verdict : null)
        {
            PreviousVerdict = r.Kind == (int)ActivityKind.VerdictCorrected ? r.Previous : null,
        }).ToList();
    }

    private sealed class Row
    {
        public int Kind { get; init; }
        public DateTime At { get; init; }
        public string? User { get; init; }
        public int StatementId { get; init; }
        /// <summary>0 unless the row is a link.</summary>
        public int LinkId { get; init; }
        /// <summary>0 unless the row is a publication or correction.</summary>
        public int RevisionId { get; init; }
    }
}
