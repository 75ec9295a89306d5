using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Auditing;
using ClaimTracker.Application.Common.Security;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Speakers;

/// <summary>Changes a speaker's details and dated roles; refused with a conflict if someone saved in between.</summary>
[AllowedRoles(RoleSet.Writers)]
[Audited("edited a speaker")]
public sealed record EditSpeaker(int Id, Guid Version, SpeakerInput Speaker) : ICommand<Unit>;

public sealed class EditSpeakerValidator : AbstractValidator<EditSpeaker>
{
    public EditSpeakerValidator(SpeakerInputValidator input, IClaimTrackerDb db)
    {
        RuleFor(c => c.Speaker).NotNull().SetValidator(input);
        RuleFor(c => c.Speaker).NameIsFree(db, c => c.Id);
    }
}

internal sealed class EditSpeakerHandler(IClaimTrackerDb db) : IRequestHandler<EditSpeaker, Unit>
{
    public async Task<Unit> Handle(EditSpeaker request, CancellationToken cancellationToken)
    {
        var speaker = await db.Speakers.Include(s => s.Roles)
            .SingleOrDefaultAsync(s => s.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException("Speaker", request.Id);
        Concurrency.Expect(db, speaker, request.Version, "The speaker");

        request.Speaker.ApplyTo(speaker);
        return Unit.Value;
    }
}
