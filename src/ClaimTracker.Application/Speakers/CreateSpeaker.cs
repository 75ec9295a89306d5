using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Auditing;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Domain.Speakers;
using FluentValidation;
using MediatR;

namespace ClaimTracker.Application.Speakers;

/// <summary>Adds a person or body whose words the desk tracks. Returns its id.</summary>
[AllowedRoles(RoleSet.Writers)]
[Audited("added a speaker")]
public sealed record CreateSpeaker(SpeakerInput Speaker) : ICommand<int>;

public sealed class CreateSpeakerValidator : AbstractValidator<CreateSpeaker>
{
    public CreateSpeakerValidator(SpeakerInputValidator input, IClaimTrackerDb db)
    {
        RuleFor(c => c.Speaker).NotNull().SetValidator(input);
        RuleFor(c => c.Speaker).NameIsFree(db, _ => null);
    }
}

internal sealed class CreateSpeakerHandler(IClaimTrackerDb db) : IRequestHandler<CreateSpeaker, int>
{
    public async Task<int> Handle(CreateSpeaker request, CancellationToken cancellationToken)
    {
        var speaker = new Speaker();
        request.Speaker.ApplyTo(speaker);
        db.Speakers.Add(speaker);
        // Saved here, inside the command's transaction, to learn the new id the caller gets back.
        await db.SaveChangesAsync(cancellationToken);
        return speaker.Id;
    }
}
