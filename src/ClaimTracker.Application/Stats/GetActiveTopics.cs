using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Stats;

/// <summary>The topics the desk worked on most: statements added to the desk in the last <see cref="Days"/> days, per topic.</summary>
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
        var since = clock.UtcNow.AddDays(-request.Days);
        return await TopicRanking.Rank(db.Statements.AsNoTracking().Where(s => s.CreatedAtUtc >= since), db.Topics, request.Top)
            .ToListAsync(cancellationToken);
    }
}
