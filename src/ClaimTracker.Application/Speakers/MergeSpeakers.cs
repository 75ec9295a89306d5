using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Auditing;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Domain.Common;
using ClaimTracker.Domain.Speakers;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Speakers;

/// <summary>
/// Folds a duplicate speaker ("Raveesh Kumar" entered twice, spelled two ways) into the one kept: every statement,
/// every statement made on its behalf and every dated role moves over, the duplicate's name becomes an alias,
/// and the duplicate is removed. Links between statements are untouched because they join statements, not speakers.
/// </summary>
[AllowedRoles(RoleSet.Writers)]
[Audited("merged two speakers")]
public sealed record MergeSpeakers(int KeepId, Guid KeepVersion, int DuplicateId) : ICommand<Unit>;

public sealed class MergeSpeakersValidator : AbstractValidator<MergeSpeakers>
{
    public MergeSpeakersValidator()
    {
        RuleFor(c => c.DuplicateId).NotEqual(c => c.KeepId).WithMessage("Choose two different speakers to merge.");
    }
}

internal sealed class MergeSpeakersHandler(IClaimTrackerDb db, IClock clock) : IRequestHandler<MergeSpeakers, Unit>
{
    public async Task<Unit> Handle(MergeSpeakers request, CancellationToken cancellationToken)
    {
        var keep = await db.Speakers.Include(s => s.Roles).SingleOrDefaultAsync(s => s.Id == request.KeepId, cancellationToken)
            ?? throw new NotFoundException("Speaker", request.KeepId);
        var duplicate = await db.Speakers.Include(s => s.Roles).SingleOrDefaultAsync(s => s.Id == request.DuplicateId, cancellationToken)
            ?? throw new NotFoundException("Speaker", request.DuplicateId);
        Concurrency.Expect(db, keep, request.KeepVersion, "The speaker");

        // Tracked updates rather than bulk SQL, so the audit trail records each statement that moved.
        foreach (var statement in await db.Statements.Where(s => s.SpeakerId == duplicate.Id).ToListAsync(cancellationToken))
        {
            statement.SpeakerId = keep.Id;
            // The duplicate speaking for the kept one is now the speaker speaking for themselves, which no statement may say.
            if (statement.OnBehalfOfId == keep.Id)
            {
                statement.OnBehalfOfId = null;
            }
        }
        foreach (var statement in await db.Statements.Where(s => s.OnBehalfOfId == duplicate.Id).ToListAsync(cancellationToken))
        {
            statement.OnBehalfOfId = keep.Id == statement.SpeakerId ? null : keep.Id;
        }
        foreach (var role in MergeRules.RolesToMove(keep.Roles, duplicate.Roles))
        {
            keep.Roles.Add(new SpeakerRole { Title = role.Title, From = role.From, To = role.To });
        }
        keep.Aliases = MergeRules.Aliases(keep.Name, keep.Aliases, duplicate.Name, duplicate.Aliases);
        keep.Country ??= duplicate.Country;
        keep.Affiliation ??= duplicate.Affiliation;
        keep.ReferenceUrl ??= duplicate.ReferenceUrl;

        // The duplicate's address keeps leading to the kept speaker, also for speakers merged into the duplicate before.
        foreach (var earlier in await db.SpeakerMerges.Where(m => m.KeptSpeakerId == duplicate.Id).ToListAsync(cancellationToken))
        {
            earlier.KeptSpeakerId = keep.Id;
        }
        db.SpeakerMerges.Add(new SpeakerMerge { Id = duplicate.Id, MergedName = duplicate.Name, KeptSpeakerId = keep.Id, MergedAtUtc = clock.UtcNow });

        // One save by the unit of work: with the moves detected first, EF writes them before the duplicate's delete.
        db.ChangeTracker.DetectChanges();
        db.Speakers.Remove(duplicate);
        return Unit.Value;
    }
}

/// <summary>What a merge moves, worked out once for the merge and for its preview (<see cref="PreviewSpeakerMerge"/>).</summary>
internal static class MergeRules
{
    public static IEnumerable<SpeakerRole> RolesToMove(IReadOnlyCollection<SpeakerRole> kept, IEnumerable<SpeakerRole> duplicate) =>
        duplicate.Where(r => !kept.Any(k => k.Title == r.Title && k.From == r.From && k.To == r.To));

    /// <summary>The kept speaker's aliases after the merge: theirs, the duplicate's, and the duplicate's name, each once.</summary>
    public static string? Aliases(string keepName, string? keepAliases, string duplicateName, string? duplicateAliases)
    {
        var names = Speaker.SplitAliases(keepAliases).Concat(Speaker.SplitAliases(duplicateAliases)).Append(duplicateName)
            .Where(n => !NameKey.Same(n, keepName))
            .Distinct(NameKey.Comparer)
            .ToList();
        var joined = string.Join("; ", names);
        return joined.Length == 0 ? null : joined.Length <= Speaker.AliasesMaxLength ? joined : joined[..Speaker.AliasesMaxLength];
    }
}
