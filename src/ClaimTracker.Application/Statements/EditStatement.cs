using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Changes;
using ClaimTracker.Application.Common.Security;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Statements;

/// <summary>
/// Changes a statement. <see cref="Version"/> is the version the editor started from: if someone saved in between,
/// the edit is refused with a conflict instead of silently overwriting their work.
/// </summary>
[AllowedRoles(Roles.Analyst, Roles.Editor)]
public sealed record EditStatement(int Id, Guid Version, StatementInput Statement) : ICommand<Unit>, ITouchesStatements<Unit>
{
    public IEnumerable<int> TouchedStatementIds(Unit response) => [Id];
}

public sealed class EditStatementValidator : AbstractValidator<EditStatement>
{
    public EditStatementValidator(StatementInputValidator input)
    {
        RuleFor(c => c.Statement).NotNull().SetValidator(input);
    }
}

internal sealed class EditStatementHandler(IClaimTrackerDb db) : IRequestHandler<EditStatement, Unit>
{
    public async Task<Unit> Handle(EditStatement request, CancellationToken cancellationToken)
    {
        var statement = await db.Statements.Include(s => s.Topics)
            .SingleOrDefaultAsync(s => s.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException("Statement", request.Id);

        // The token the editor saw is what the save compares against.
        db.Entry(statement).Property(s => s.Version).OriginalValue = request.Version;
        if (statement.Version != request.Version)
        {
            throw new ConcurrencyConflictException("Statement");
        }

        request.Statement.ApplyTo(statement, await TopicNames.ResolveAsync(db, request.Statement.Topics, cancellationToken));
        // Topic changes alone do not touch the row; mark it so the version moves and the next stale edit is caught.
        db.Entry(statement).Property(s => s.UpdatedAtUtc).IsModified = true;
        return Unit.Value;
    }
}
