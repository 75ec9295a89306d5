using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Auditing;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Domain.Sources;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Intake;

/// <summary>
/// Keeps an article's text on a source: pasted text, a .txt file or a saved web page (.html), cleaned to plain
/// paragraphs. Returns the length of the text kept. Pasting the same article again keeps the same text, so offsets
/// of statements already accepted from it stay valid.
/// </summary>
[AllowedRoles(RoleSet.Writers)]
[Audited("kept the article text")]
public sealed record KeepArticleText(int SourceId, string Content) : ICommand<int>;

public sealed class KeepArticleTextValidator : AbstractValidator<KeepArticleText>
{
    public KeepArticleTextValidator()
    {
        RuleFor(c => c.Content).Must(c => !string.IsNullOrWhiteSpace(c) && ArticleText.Clean(c).Length > 0)
            .WithMessage("Paste the article text or choose a .txt or .html file with the article in it.")
            .Must(c => c is null || ArticleText.Clean(c).Length <= Source.ArticleTextMaxLength)
            .WithMessage($"The article can be at most {Source.ArticleTextMaxLength:N0} characters once cleaned.");
    }
}

internal sealed class KeepArticleTextHandler(IClaimTrackerDb db) : IRequestHandler<KeepArticleText, int>
{
    public async Task<int> Handle(KeepArticleText request, CancellationToken cancellationToken)
    {
        var source = await db.Sources.SingleOrDefaultAsync(s => s.Id == request.SourceId, cancellationToken)
            ?? throw new NotFoundException("Source", request.SourceId);
        source.ArticleText = ArticleText.Clean(request.Content);
        return source.ArticleText.Length;
    }
}
