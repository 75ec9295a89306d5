using System.Text.RegularExpressions;
using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Auditing;
using ClaimTracker.Application.Common.Changes;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Statements;
using ClaimTracker.Domain.Annotations;
using ClaimTracker.Domain.Common;
using ClaimTracker.Domain.Statements;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Annotations;

/// <summary>
/// Annotates the words from <see cref="Start"/> to <see cref="End"/> of a statement's quote. A contradiction also
/// links the statement to another one (<see cref="LinkTo"/>), so the link and its reason sit together. Returns the
/// annotation id.
/// </summary>
[AllowedRoles(RoleSet.Writers)]
[Audited("annotated the quote")]
public sealed record AnnotateQuote(int StatementId, int Start, int End, AnnotationKind Kind, string? Body) : ICommand<int>, ITouchesStatements<int>
{
    public IEnumerable<int> TouchedStatementIds(int response) =>
        LinkTo is { } target ? [StatementId, target.StatementId] : [StatementId];

    public string? TagName { get; init; }
    /// <summary>#rrggbb; used when the tag is new.</summary>
    public string? TagColor { get; init; }
    public AnnotationLinkInput? LinkTo { get; init; }
}

/// <summary>The statement a contradiction points at, and how this one relates to it.</summary>
public sealed record AnnotationLinkInput(int StatementId, LinkRelation Relation)
{
    /// <summary>The analyst saw that this statement is dated before the one it answers, and links anyway (<see cref="ResponseOrder"/>).</summary>
    public bool ConfirmedEarlierResponse { get; init; }
}

public sealed partial class AnnotateQuoteValidator : AbstractValidator<AnnotateQuote>
{
    public AnnotateQuoteValidator(IClaimTrackerDb db)
    {
        RuleFor(c => c.Kind).IsInEnum().WithMessage("Choose what kind of note this is.");
        RuleFor(c => c.Body).MaximumLength(Annotation.BodyMaxLength).WithMessage($"A note can be at most {Annotation.BodyMaxLength} characters.");
        RuleFor(c => c.Body).NotEmpty().When(c => c.Kind is AnnotationKind.Comment or AnnotationKind.Question)
            .WithMessage("Write the comment or question.");
        RuleFor(c => c.End).GreaterThan(c => c.Start).WithMessage("Select at least one word of the quote.");
        RuleFor(c => c.Start).GreaterThanOrEqualTo(0).WithMessage("Select words inside the quote.");
        RuleFor(c => c)
            .MustAsync(async (c, ct) => await db.Statements.Where(s => s.Id == c.StatementId).Select(s => s.Quote.Length)
                .SingleOrDefaultAsync(ct) is var length && c.End <= length && length > 0)
            .WithName("Start").WithMessage("Select words inside the quote; the statement may have been edited since the page loaded.");
        RuleFor(c => c.TagName).Must(n => NameKey.Of(n).Length > 0).When(c => c.Kind == AnnotationKind.Tag).WithMessage("Name the tag.")
            .MaximumLength(AnnotationTag.NameMaxLength).WithMessage($"A tag name can be at most {AnnotationTag.NameMaxLength} characters.")
            .Must(n => NameKey.Of(n).Length <= AnnotationTag.NameMaxLength * NameKey.Expansion)
            .WithMessage("The tag name is too long once its letters are written out in full; shorten it.");
        RuleFor(c => c.TagColor).Must(c => c is null || HexColour().IsMatch(c)).WithMessage("A tag colour is written #rrggbb.");
        RuleFor(c => c.LinkTo).NotNull().When(c => c.Kind == AnnotationKind.Contradiction)
            .WithMessage("Choose the statement this span contradicts.");
        RuleFor(c => c.LinkTo!.StatementId).NotEqual(c => c.StatementId).When(c => c.LinkTo is not null)
            .WithMessage("A statement cannot be linked to itself.")
            .MustAsync((id, ct) => db.Statements.AnyAsync(s => s.Id == id, ct)).When(c => c.LinkTo is not null)
            .WithMessage("Choose an existing statement to link to.");
        RuleFor(c => c.LinkTo!.Relation).IsInEnum().When(c => c.LinkTo is not null).WithMessage("Choose how the statements are related.");
        RuleFor(c => c).ResponseComesAfter(db, c => c.LinkTo is { } to ? (c.StatementId, to.StatementId) : null,
            c => c.LinkTo?.ConfirmedEarlierResponse ?? false);
    }

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex HexColour();
}

internal sealed class AnnotateQuoteHandler(IClaimTrackerDb db, ICurrentUser user) : IRequestHandler<AnnotateQuote, int>
{
    public async Task<int> Handle(AnnotateQuote request, CancellationToken cancellationToken)
    {
        var quote = await db.Statements.Where(s => s.Id == request.StatementId).Select(s => s.Quote)
            .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("Statement", request.StatementId);
        var (exact, prefix, suffix) = TextAnchor.Describe(quote, new TextSpan(request.Start, request.End));

        var annotation = new Annotation
        {
            StatementId = request.StatementId,
            Kind = request.Kind,
            Body = Text.OrNull(request.Body),
            Exact = exact,
            Prefix = prefix,
            Suffix = suffix,
            Start = request.Start,
            End = request.End,
            OwnerId = user.UserId,
            OwnerName = user.UserName,
        };
        if (request.TagName is { } tagName && !string.IsNullOrWhiteSpace(tagName))
        {
            // "Numbers" and "numbers", "Ärger" and "ärger", are one tag.
            var name = tagName.Trim();
            var key = NameKey.Of(name);
            annotation.Tag = await db.AnnotationTags.FirstOrDefaultAsync(t => t.NameKey == key, cancellationToken)
                ?? new AnnotationTag { Name = name, Color = request.TagColor ?? "#fde68a" };
        }
        if (request.LinkTo is { } target)
        {
            annotation.Link = await db.StatementLinks.SingleOrDefaultAsync(l =>
                    l.FromStatementId == request.StatementId && l.ToStatementId == target.StatementId && l.Relation == target.Relation,
                    cancellationToken)
                ?? new StatementLink
                {
                    FromStatementId = request.StatementId,
                    ToStatementId = target.StatementId,
                    Relation = target.Relation,
                    Note = Text.OrNull(request.Body) is { } note && note.Length <= StatementLink.NoteMaxLength ? note : $"“{exact}”",
                };
        }
        db.Annotations.Add(annotation);
        // Saved here, inside the command's transaction, to learn the new id the caller gets back.
        await db.SaveChangesAsync(cancellationToken);
        return annotation.Id;
    }
}
