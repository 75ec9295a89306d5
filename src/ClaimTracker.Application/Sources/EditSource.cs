using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Auditing;
using ClaimTracker.Application.Common.Security;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Sources;

/// <summary>Corrects a source's details; refused with a conflict if someone saved in between.</summary>
[AllowedRoles(RoleSet.Writers)]
[Audited("edited a source")]
public sealed record EditSource(int Id, Guid Version, SourceInput Source) : ICommand<Unit>;

public sealed class EditSourceValidator : AbstractValidator<EditSource>
{
    public EditSourceValidator(SourceInputValidator input)
    {
        RuleFor(c => c.Source).NotNull().SetValidator(input);
    }
}

internal sealed class EditSourceHandler(IClaimTrackerDb db) : IRequestHandler<EditSource, Unit>
{
    public async Task<Unit> Handle(EditSource request, CancellationToken cancellationToken)
    {
        var source = await db.Sources.SingleOrDefaultAsync(s => s.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException("Source", request.Id);
        Concurrency.Expect(db, source, request.Version, "The source");
        request.Source.ApplyTo(source);
        return Unit.Value;
    }
}
