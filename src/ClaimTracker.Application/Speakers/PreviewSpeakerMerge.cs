using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Domain.Speakers;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Speakers;

/// <summary>
/// What <see cref="MergeSpeakers"/> would do, counted before anyone confirms it: a merge cannot be undone, so the
/// analyst sees exactly what moves and what goes.
/// </summary>
[AllowedRoles(RoleSet.Writers)]
public sealed record PreviewSpeakerMerge(int KeepId, int DuplicateId) : IQuery<SpeakerMergePreview>;

public sealed record SpeakerMergePreview
{
    public int KeepId { get; init; }
    public string KeepName { get; init; } = "";
    /// <summary>The kept speaker's version the preview was made against; the merge is refused if it changed since.</summary>
    public Guid KeepVersion { get; init; }
    public int DuplicateId { get; init; }
    public string DuplicateName { get; init; } = "";
    /// <summary>Statements the duplicate made, which become the kept speaker's.</summary>
    public int Statements { get; init; }
    /// <summary>Statements made on the duplicate's behalf, which become made on the kept speaker's behalf.</summary>
    public int OnBehalfStatements { get; init; }
    /// <summary>Statements between the two (one speaking for the other), which lose their "on behalf of".</summary>
    public int OnBehalfCleared { get; init; }
    /// <summary>Dated roles the kept speaker does not have yet.</summary>
    public IReadOnlyList<SpeakerRoleItem> RolesAdded { get; init; } = [];
    /// <summary>The kept speaker's aliases before and after.</summary>
    public string? AliasesBefore { get; init; }
    public string? AliasesAfter { get; init; }
    /// <summary>Country and affiliation the kept speaker takes over because they have none.</summary>
    public string? CountryTaken { get; init; }
    public string? AffiliationTaken { get; init; }
    /// <summary>The duplicate's reference page, taken over because the kept speaker has none.</summary>
    public string? ReferenceUrlTaken { get; init; }
}

public sealed class PreviewSpeakerMergeValidator : AbstractValidator<PreviewSpeakerMerge>
{
    public PreviewSpeakerMergeValidator()
    {
        RuleFor(c => c.DuplicateId).NotEqual(c => c.KeepId).WithMessage("Choose two different speakers to merge.");
    }
}

internal sealed class PreviewSpeakerMergeHandler(IClaimTrackerDb db) : IRequestHandler<PreviewSpeakerMerge, SpeakerMergePreview>
{
    public async Task<SpeakerMergePreview> Handle(PreviewSpeakerMerge request, CancellationToken cancellationToken)
    {
        var keep = await db.Speakers.AsNoTracking().Include(s => s.Roles).SingleOrDefaultAsync(s => s.Id == request.KeepId, cancellationToken)
            ?? throw new NotFoundException("Speaker", request.KeepId);
        var duplicate = await db.Speakers.AsNoTracking().Include(s => s.Roles).SingleOrDefaultAsync(s => s.Id == request.DuplicateId, cancellationToken)
            ?? throw new NotFoundException("Speaker", request.DuplicateId);
        var (keepId, duplicateId) = (keep.Id, duplicate.Id);

        return new SpeakerMergePreview
        {
            KeepId = keepId,
            KeepName = keep.Name,
            KeepVersion = keep.Version,
            DuplicateId = duplicateId,
            DuplicateName = duplicate.Name,
            Statements = await db.Statements.CountAsync(s => s.SpeakerId == duplicateId, cancellationToken),
            OnBehalfStatements = await db.Statements.CountAsync(s => s.OnBehalfOfId == duplicateId, cancellationToken),
            OnBehalfCleared = await db.Statements.CountAsync(s =>
                (s.SpeakerId == duplicateId && s.OnBehalfOfId == keepId) || (s.SpeakerId == keepId && s.OnBehalfOfId == duplicateId), cancellationToken),
            RolesAdded = MergeRules.RolesToMove(keep.Roles, duplicate.Roles).OrderBy(r => r.From)
                .Select(r => new SpeakerRoleItem(r.Title, r.From, r.To)).ToList(),
            AliasesBefore = keep.Aliases,
            AliasesAfter = MergeRules.Aliases(keep.Name, keep.Aliases, duplicate.Name, duplicate.Aliases),
            CountryTaken = keep.Country is null ? duplicate.Country : null,
            AffiliationTaken = keep.Affiliation is null ? duplicate.Affiliation : null,
            ReferenceUrlTaken = keep.ReferenceUrl is null ? duplicate.ReferenceUrl : null,
        };
    }
}
