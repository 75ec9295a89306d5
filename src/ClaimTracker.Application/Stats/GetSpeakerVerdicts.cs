using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Domain.Reviews;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Stats;

/// <summary>How a speaker's statements were rated, unrated ones included: the donut on the speaker page.</summary>
[AllowedRoles(RoleSet.Readers)]
public sealed record GetSpeakerVerdicts(int SpeakerId) : IQuery<VerdictDistribution>;

/// <summary>Every verdict bucket in scale order, zeros included; unrated last.</summary>
public sealed record VerdictDistribution(IReadOnlyList<VerdictCount> Counts)
{
    public int Total => Counts.Sum(c => c.Count);
    public int Rated => Counts.Where(c => c.Verdict is not null).Sum(c => c.Count);
}

internal sealed class GetSpeakerVerdictsHandler(IClaimTrackerDb db) : IRequestHandler<GetSpeakerVerdicts, VerdictDistribution>
{
    public async Task<VerdictDistribution> Handle(GetSpeakerVerdicts request, CancellationToken cancellationToken)
    {
        // One GROUP BY over a LEFT JOIN to reviews: a statement without a review groups under NULL, "unrated".
        var rows = await SpeakerStatements.Of(db.Statements.AsNoTracking(), request.SpeakerId)
            .GroupBy(s => (Rating?)s.Review!.Rating)
            .Select(g => new VerdictCount(g.Key, g.Count()))
            .ToListAsync(cancellationToken);
        return new VerdictDistribution(Verdicts.Complete(rows));
    }
}
