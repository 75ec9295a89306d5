using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Domain.Reviews;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Stats;

public enum WorkKind
{
    StatementsAdded = 0,
    StatementsEdited = 1,
    LinksAdded = 2,
    ReviewsStarted = 3,
    VerdictsPublished = 4,
}

/// <summary>Who did what on the desk over the last <see cref="Days"/> days, by member and kind of work.</summary>
[AllowedRoles(RoleSet.Readers)]
public sealed record GetAnalystWork(int Days = 30) : IQuery<IReadOnlyList<AnalystWork>>;

/// <summary>One member's counts for every <see cref="WorkKind"/>, zeros included.</summary>
public sealed record AnalystWork(string UserName, IReadOnlyList<int> Counts)
{
    public int Total => Counts.Sum();
}

public sealed class GetAnalystWorkValidator : AbstractValidator<GetAnalystWork>
{
    public GetAnalystWorkValidator()
    {
        RuleFor(q => q.Days).InclusiveBetween(1, 366).WithMessage("Show between 1 and 366 days.");
    }
}

internal sealed class GetAnalystWorkHandler(IClaimTrackerDb db, IClock clock) : IRequestHandler<GetAnalystWork, IReadOnlyList<AnalystWork>>
{
    private const string Unknown = "(unknown)";

    public async Task<IReadOnlyList<AnalystWork>> Handle(GetAnalystWork request, CancellationToken cancellationToken)
    {
        var since = clock.UtcNow.AddDays(-request.Days);

        // Five grouped counts in one round trip (UNION ALL); each row says which kind of work it counts.
        var added = db.Statements.Where(s => s.CreatedAtUtc >= since)
            .GroupBy(s => s.CreatedBy).Select(g => new { Kind = (int)WorkKind.StatementsAdded, User = g.Key, Count = g.Count() });
        var edited = db.Statements.Where(s => s.UpdatedAtUtc >= since)
            .GroupBy(s => s.UpdatedBy).Select(g => new { Kind = (int)WorkKind.StatementsEdited, User = g.Key, Count = g.Count() });
        var links = db.StatementLinks.Where(l => l.CreatedAtUtc >= since)
            .GroupBy(l => l.CreatedBy).Select(g => new { Kind = (int)WorkKind.LinksAdded, User = g.Key, Count = g.Count() });
        var reviews = db.Reviews.Where(r => r.CreatedAtUtc >= since)
            .GroupBy(r => r.CreatedBy).Select(g => new { Kind = (int)WorkKind.ReviewsStarted, User = g.Key, Count = g.Count() });
        var published = db.Reviews.Where(r => r.Status == ReviewStatus.Published && r.PublishedAtUtc >= since)
            .GroupBy(r => r.PublishedBy).Select(g => new { Kind = (int)WorkKind.VerdictsPublished, User = g.Key, Count = g.Count() });

        var rows = await added.Concat(edited).Concat(links).Concat(reviews).Concat(published)
            .AsNoTracking()
            .ToListAsync(cancellationToken);

        var kinds = Enum.GetValues<WorkKind>();
        return rows.GroupBy(r => r.User ?? Unknown, StringComparer.Ordinal)
            .Select(g => new AnalystWork(g.Key, kinds.Select(k => g.Where(r => r.Kind == (int)k).Sum(r => r.Count)).ToList()))
            .OrderByDescending(w => w.Total).ThenBy(w => w.UserName, StringComparer.Ordinal)
            .ToList();
    }
}
