using ClaimTracker.Application.Common;
using ClaimTracker.Application.Stats.ReadModel;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Domain.Reviews;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Stats;

/// <summary>
/// Verdicts published per week (weeks start on Monday, UTC) over the last <see cref="Weeks"/> weeks, this week
/// included, by verdict.
/// </summary>
[AllowedRoles(RoleSet.Readers)]
public sealed record GetPublishedPerWeek(int Weeks = 12) : IQuery<PublishedPerWeek>
{
    public const int MaxWeeks = 104;
}

public sealed record WeekCount(DateOnly WeekStart, IReadOnlyList<VerdictCount> Counts)
{
    public int Total => Counts.Sum(c => c.Count);
}

/// <summary><see cref="LastPublishedAtUtc"/> is filled in only when the window is empty, to say how long ago it was.</summary>
public sealed record PublishedPerWeek(IReadOnlyList<WeekCount> Weeks, DateTime? LastPublishedAtUtc)
{
    public int Total => Weeks.Sum(w => w.Total);
}

public sealed class GetPublishedPerWeekValidator : AbstractValidator<GetPublishedPerWeek>
{
    public GetPublishedPerWeekValidator()
    {
        RuleFor(q => q.Weeks).InclusiveBetween(1, GetPublishedPerWeek.MaxWeeks)
            .WithMessage($"Show between 1 and {GetPublishedPerWeek.MaxWeeks} weeks.");
    }
}

internal sealed class GetPublishedPerWeekHandler(IClaimTrackerDb db, IClock clock) : IRequestHandler<GetPublishedPerWeek, PublishedPerWeek>
{
    public async Task<PublishedPerWeek> Handle(GetPublishedPerWeek request, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.UtcNow);
        var thisWeek = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var firstWeek = thisWeek.AddDays(-7 * (request.Weeks - 1));

        // The read model's publications per day and rating (at most 7 x weeks x verdicts rows); days fold into weeks
        // here, because week numbering differs between database engines.
        var rows = await db.DeskDayStats.AsNoTracking()
            .Where(r => r.Kind == (int)WorkKind.VerdictsPublished && r.Day >= firstWeek)
            .GroupBy(r => new { r.Day, r.Rating })
            .Select(g => new { g.Key.Day, g.Key.Rating, Count = g.Sum(r => r.Count) })
            .ToListAsync(cancellationToken);

        var weeks = Enumerable.Range(0, request.Weeks).Select(i =>
        {
            var start = firstWeek.AddDays(7 * i);
            var inWeek = rows.Where(r => r.Day >= start && r.Day < start.AddDays(7))
                .Select(r => new VerdictCount((Rating)r.Rating, r.Count));
            return new WeekCount(start, Verdicts.Complete(inWeek).Where(c => c.Verdict is not null).ToList());
        }).ToList();

        DateTime? last = null;
        if (rows.Count == 0)
        {
            last = await db.Reviews.AsNoTracking().Where(r => r.Status == ReviewStatus.Published)
                .MaxAsync(r => r.PublishedAtUtc, cancellationToken);
        }
        return new PublishedPerWeek(weeks, last);
    }
}
