using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Auditing;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Domain.Statements;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Statements;

/// <summary>Changes the kind of a link or its note.</summary>
[AllowedRoles(RoleSet.Writers)]
[Audited("changed a link between statements")]
public sealed record EditStatementLink(int LinkId, LinkRelation Relation, string? Note) : ICommand<Unit>;

public sealed class EditStatementLinkValidator : AbstractValidator<EditStatementLink>
{
    public EditStatementLinkValidator()
    {
        RuleFor(c => c.Relation).IsInEnum().WithMessage("Choose how the statements are related.");
        RuleFor(c => c.Note).MaximumLength(StatementLink.NoteMaxLength)
            .WithMessage($"The note can be at most {StatementLink.NoteMaxLength} characters.");
    }
}

internal sealed class EditStatementLinkHandler(IClaimTrackerDb db) : IRequestHandler<EditStatementLink, Unit>
{
    public async Task<Unit> Handle(EditStatementLink request, CancellationToken cancellationToken)
    {
        var link = await db.StatementLinks.SingleOrDefaultAsync(l => l.Id == request.LinkId, cancellationToken)
            ?? throw new NotFoundException("Link", request.LinkId);
        if (link.Relation != request.Relation && await db.StatementLinks.AnyAsync(l =>
                l.FromStatementId == link.FromStatementId && l.ToStatementId == link.ToStatementId && l.Relation == request.Relation,
                cancellationToken))
        {
            throw RequestValidationException.For(nameof(request.Relation), "These statements are already linked that way.");
        }
        link.Relation = request.Relation;
        link.Note = Text.OrNull(request.Note);
        return Unit.Value;
    }
}
