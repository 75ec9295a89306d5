using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Auditing;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Domain.Sources;
using FluentValidation;
using MediatR;

namespace ClaimTracker.Application.Sources;

/// <summary>Adds the article, post or release that reported statements. Returns its id.</summary>
[AllowedRoles(RoleSet.Writers)]
[Audited("added a source")]
public sealed record CreateSource(SourceInput Source) : ICommand<int>;

public sealed class CreateSourceValidator : AbstractValidator<CreateSource>
{
    public CreateSourceValidator(SourceInputValidator input)
    {
        RuleFor(c => c.Source).NotNull().SetValidator(input);
    }
}

internal sealed class CreateSourceHandler(IClaimTrackerDb db) : IRequestHandler<CreateSource, int>
{
    public async Task<int> Handle(CreateSource request, CancellationToken cancellationToken)
    {
        var source = new Source();
        request.Source.ApplyTo(source);
        db.Sources.Add(source);
        // Saved here, inside the command's transaction, to learn the new id the caller gets back.
        await db.SaveChangesAsync(cancellationToken);
        return source.Id;
    }
}
