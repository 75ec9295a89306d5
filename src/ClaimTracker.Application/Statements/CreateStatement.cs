using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Auditing;
using ClaimTracker.Application.Common.Changes;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Domain.Statements;
using FluentValidation;
using MediatR;

namespace ClaimTracker.Application.Statements;

/// <summary>Records a new statement. Returns its id.</summary>
[AllowedRoles(RoleSet.Writers)]
[Audited("added the statement")]
public sealed record CreateStatement(StatementInput Statement) : ICommand<int>, ITouchesStatements<int>
{
    public IEnumerable<int> TouchedStatementIds(int response) => [response];
}

public sealed class CreateStatementValidator : AbstractValidator<CreateStatement>
{
    public CreateStatementValidator(StatementInputValidator input)
    {
        RuleFor(c => c.Statement).NotNull().SetValidator(input);
    }
}

internal sealed class CreateStatementHandler(IClaimTrackerDb db) : IRequestHandler<CreateStatement, int>
{
    public async Task<int> Handle(CreateStatement request, CancellationToken cancellationToken)
    {
        var statement = new Statement();
        request.Statement.ApplyTo(statement, await TopicNames.ResolveAsync(db, request.Statement.Topics, cancellationToken));
        db.Statements.Add(statement);
        // Saved here, inside the command's transaction, to learn the new id.
        await db.SaveChangesAsync(cancellationToken);
        return statement.Id;
    }
}
