using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Auditing;
using ClaimTracker.Application.Common.Changes;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Domain.Annotations;
using ClaimTracker.Domain.Sources;
using ClaimTracker.Domain.Statements;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Statements;

/// <summary>
/// Records a new statement. Returns its id. From article intake it also carries where the words are in the source's
/// article text, kept as a W3C TextQuote + TextPosition selector.
/// </summary>
[AllowedRoles(RoleSet.Writers)]
[Audited("added the statement")]
public sealed record CreateStatement(StatementInput Statement, ArticleSpan? InArticle = null) : ICommand<int>, ITouchesStatements<int>
{
    public IEnumerable<int> TouchedStatementIds(int response) => [response];
}

/// <summary>Character offsets (end exclusive) into the source's cleaned article text.</summary>
public sealed record ArticleSpan(int Start, int End);

public sealed class CreateStatementValidator : AbstractValidator<CreateStatement>
{
    public CreateStatementValidator(StatementInputValidator input, IClaimTrackerDb db)
    {
        RuleFor(c => c.Statement).NotNull().SetValidator(input);
        RuleFor(c => c.InArticle)
            .MustAsync(async (c, span, ct) => span is null || await db.Sources.AnyAsync(s => s.Id == c.Statement.SourceId
                && s.ArticleText != null && span.Start >= 0 && span.Start < span.End && span.End <= s.ArticleText.Length, ct))
            .WithMessage("Those words are not in the source's article text; open the article again.")
            .MustAsync(async (c, span, ct) => span is null || !await db.ArticleAnchors.AnyAsync(a => a.SourceId == c.Statement.SourceId
                && a.Start == span.Start && a.End == span.End, ct))
            .WithMessage("These words of the article are already a statement.")
            .When(c => c.Statement is not null);
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
        if (request.InArticle is { } span)
        {
            var text = await db.Sources.Where(s => s.Id == statement.SourceId).Select(s => s.ArticleText).SingleAsync(cancellationToken);
            var (exact, prefix, suffix) = TextAnchor.Describe(text!, new TextSpan(span.Start, span.End));
            db.ArticleAnchors.Add(new ArticleAnchor
            {
                StatementId = statement.Id,
                SourceId = statement.SourceId,
                Exact = exact,
                Prefix = prefix,
                Suffix = suffix,
                Start = span.Start,
                End = span.End,
            });
        }
        return statement.Id;
    }
}
