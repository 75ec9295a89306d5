using ClaimTracker.Application.Common;
using ClaimTracker.Application.Stats.ReadModel;
using ClaimTracker.Application.Common.Security;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Stats;

/// <summary>
/// The topics the desk worked on most: statements added to the desk in the last <see cref="Days"/> days (whole UTC
/// days from midnight, like <see cref="GetAnalystWork"/>), per topic.
/// </summary>
[AllowedRoles(RoleSet.Readers)]
public sealed record GetActiveTopics(int Days = 30, int Top = 8) : IQuery<IReadOnlyList<TopicCount>>;

public sealed class GetActiveTopicsValidator : AbstractValidator<GetActiveTopics>
{
    public GetActiveTopicsValidator()
    {
        RuleFor(q => q.Days).InclusiveBetween(1, 366).WithMessage("Show between 1 and 366 days.");
        RuleFor(q => q.Top).InclusiveBetween(1, 50).WithMessage("Show between 1 and 50 topics.");
    }
}

internal sealed class GetActiveTopicsHandler(IClaimTrackerDb db, IClock clock) : IRequestHandler<GetActiveTopics, IReadOnlyList<TopicCount>>
{
    public async Task<IReadOnlyList<TopicCount>> Handle(GetActiveTopics request, CancellationToken cancellationToken)
    {
        var firstDay = DateOnly.FromDateTime(clock.UtcNow).AddDays(-request.Days);
        var counts = db.TopicDayStats.AsNoTracking().Where(r => r.Day >= firstDay)
            .GroupBy(r => r.TopicId).Select(g => new { TopicId = g.Key, Count = g.Sum(r => r.Count) });
        return await (from c in counts
                      join t in db.Topics on c.TopicId equals t.Id
                      orderby c.Count descending, t.Name
                      select new TopicCount(t.Id, t.Name, c.Count))
            .Take(request.Top)
            .ToListAsync(cancellationToken);
    }
}
