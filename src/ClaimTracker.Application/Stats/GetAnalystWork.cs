using ClaimTracker.Application.Common;
using ClaimTracker.Application.Stats.ReadModel;
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

/// <summary>
/// Who did what on the desk over the last <see cref="Days"/> days (from midnight UTC <see cref="Days"/> days ago, so
/// the window is whole days and the statement list's <c>workFrom</c> date selects the same work), by member and kind.
/// </summary>
[AllowedRoles(RoleSet.Readers)]
public sealed record GetAnalystWork(int Days = 30) : IQuery<DeskWork>;

/// <summary>Members with most work first; <see cref="Since"/> is the first day counted.</summary>
public sealed record DeskWork(DateOnly Since, IReadOnlyList<AnalystWork> Members);

/// <summary>One member's counts for every <see cref="WorkKind"/>, zeros included.</summary>
public sealed record AnalystWork(string UserName, IReadOnlyList<int> Counts)
{
    /// <summary>Shown for work no member account did (records loaded at start-up without a user).</summary>
    public const string Unknown = "(unknown)";

    public int Total => Counts.Sum();

    public bool IsKnownMember => UserName != Unknown;
}

public sealed class GetAnalystWorkValidator : AbstractValidator<GetAnalystWork>
{
    public GetAnalystWorkValidator()
    {
        RuleFor(q => q.Days).InclusiveBetween(1, 366).WithMessage("Show between 1 and 366 days.");
    }
}

internal sealed class GetAnalystWorkHandler(IClaimTrackerDb db, IClock clock) : IRequestHandler<GetAnalystWork, DeskWork>
{
    public async Task<DeskWork> Handle(GetAnalystWork request, CancellationToken cancellationToken)
    {
        var firstDay = DateOnly.FromDateTime(clock.UtcNow).AddDays(-request.Days);

        // The read model's desk days since then, summed per member and kind of work (work no account did is stored
        // under an empty name).
        var rows = await db.DeskDayStats.AsNoTracking()
            .Where(r => r.Day >= firstDay)
            .GroupBy(r => new { r.Member, r.Kind })
            .Select(g => new { User = g.Key.Member, g.Key.Kind, Count = g.Sum(r => r.Count) })
            .ToListAsync(cancellationToken);

        var kinds = Enum.GetValues<WorkKind>();
        var members = rows.GroupBy(r => r.User.Length == 0 ? AnalystWork.Unknown : r.User, StringComparer.Ordinal)
            .Select(g => new AnalystWork(g.Key, kinds.Select(k => g.Where(r => r.Kind == (int)k).Sum(r => r.Count)).ToList()))
            .OrderByDescending(w => w.Total).ThenBy(w => w.UserName, StringComparer.Ordinal)
            .ToList();
        return new DeskWork(firstDay, members);
    }
}
