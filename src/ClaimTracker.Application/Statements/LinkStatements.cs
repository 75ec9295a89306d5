using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Auditing;
using ClaimTracker.Application.Common.Changes;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Domain.Statements;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Statements;

/// <summary>
/// Links a responding statement to the one it responds to, read "From {Relation} To": India's denial rebuts the
/// president's claim. Returns the link id.
/// </summary>
[AllowedRoles(RoleSet.Writers)]
[Audited("linked two statements")]
public sealed record LinkStatements(int FromStatementId, int ToStatementId, LinkRelation Relation, string? Note) : ICommand<int>, ITouchesStatements<int>
{
    public IEnumerable<int> TouchedStatementIds(int response) => [FromStatementId, ToStatementId];

    /// <summary>The analyst saw that the response is dated before what it answers, and links anyway (<see cref="ResponseOrder"/>).</summary>
    public bool ConfirmedEarlierResponse { get; init; }
}

public sealed class LinkStatementsValidator : AbstractValidator<LinkStatements>
{
    public LinkStatementsValidator(IClaimTrackerDb db)
    {
        RuleFor(c => c.Relation).IsInEnum().WithMessage("Choose how the statements are related.");
        RuleFor(c => c.Note).MaximumLength(StatementLink.NoteMaxLength)
            .WithMessage($"The note can be at most {StatementLink.NoteMaxLength} characters.");
        RuleFor(c => c.ToStatementId).NotEqual(c => c.FromStatementId)
            .WithMessage("A statement cannot be linked to itself.");
        RuleFor(c => c.FromStatementId)
            .MustAsync((id, ct) => db.Statements.AnyAsync(s => s.Id == id, ct))
            .WithMessage("The responding statement does not exist.");
        RuleFor(c => c.ToStatementId)
            .MustAsync((id, ct) => db.Statements.AnyAsync(s => s.Id == id, ct))
            .WithMessage("Choose an existing statement to link to.");
        RuleFor(c => c)
            .MustAsync((c, ct) => db.StatementLinks.AllAsync(
                l => !(l.FromStatementId == c.FromStatementId && l.ToStatementId == c.ToStatementId && l.Relation == c.Relation), ct))
            .WithName("Relation")
            .WithMessage("These statements are already linked that way.");
        RuleFor(c => c).ResponseComesAfter(db, c => (c.FromStatementId, c.ToStatementId), c => c.ConfirmedEarlierResponse);
    }
}

internal sealed class LinkStatementsHandler(IClaimTrackerDb db) : IRequestHandler<LinkStatements, int>
{
    public async Task<int> Handle(LinkStatements request, CancellationToken cancellationToken)
    {
        var link = new StatementLink
        {
            FromStatementId = request.FromStatementId,
            ToStatementId = request.ToStatementId,
            Relation = request.Relation,
            Note = Text.OrNull(request.Note),
        };
        db.StatementLinks.Add(link);
        // Saved here, inside the command's transaction, to learn the new id the caller gets back.
        await db.SaveChangesAsync(cancellationToken);
        return link.Id;
    }
}
