using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Speakers;

/// <summary>
/// Where a speaker that no longer exists went: the speaker it was merged into, or "not found" when no speaker ever
/// had this id. A page for a merged speaker uses it to send the reader on.
/// </summary>
[AllowedRoles(RoleSet.Readers)]
public sealed record FindMergedSpeaker(int Id) : IQuery<MergedSpeaker>;

/// <param name="MergedName">The name the merged speaker had.</param>
/// <param name="KeptSpeakerId">The speaker it lives on in.</param>
public sealed record MergedSpeaker(int Id, string MergedName, int KeptSpeakerId, string KeptName);

internal sealed class FindMergedSpeakerHandler(IClaimTrackerDb db) : IRequestHandler<FindMergedSpeaker, MergedSpeaker>
{
    public async Task<MergedSpeaker> Handle(FindMergedSpeaker request, CancellationToken cancellationToken) =>
        await db.SpeakerMerges.AsNoTracking()
            .Where(m => m.Id == request.Id)
            .Join(db.Speakers, m => m.KeptSpeakerId, s => s.Id, (m, s) => new MergedSpeaker(m.Id, m.MergedName, s.Id, s.Name))
            .SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("Speaker", request.Id);
}
