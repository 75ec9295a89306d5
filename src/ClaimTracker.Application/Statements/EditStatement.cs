using ClaimTracker.Application.Annotations;
using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Auditing;
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
[AllowedRoles(RoleSet.Writers)]
[Audited("edited the statement")]
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
        Concurrency.Expect(db, statement, request.Version, "The statement");

        var oldQuote = statement.Quote;
        request.Statement.ApplyTo(statement, await TopicNames.ResolveAsync(db, request.Statement.Topics, cancellationToken));
        if (!string.Equals(oldQuote, statement.Quote, StringComparison.Ordinal))
        {
            await AnnotationAnchors.FollowQuoteAsync(db, statement.Id, statement.Quote, cancellationToken);
        }
        return Unit.Value;
    }
}
