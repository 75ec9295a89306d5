using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Domain.Annotations;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Intake;

/// <summary>
/// The paragraph (or paragraphs) of the source's article that a statement accepted from it sits in, with its words
/// marked. Members only, like the article text. Empty when the statement was typed by hand or its words are no
/// longer in the article.
/// </summary>
[AllowedRoles(RoleSet.Readers)]
public sealed record GetArticlePassage(int StatementId) : IQuery<ArticlePassage>;

/// <summary>The passage split around the statement's words: <c>Before + Words + After</c> is the paragraph.</summary>
public sealed record ArticlePassage
{
    public bool Found { get; init; }
    public int SourceId { get; init; }
    public string Before { get; init; } = "";
    public string Words { get; init; } = "";
    public string After { get; init; } = "";
}

internal sealed class GetArticlePassageHandler(IClaimTrackerDb db) : IRequestHandler<GetArticlePassage, ArticlePassage>
{
    public async Task<ArticlePassage> Handle(GetArticlePassage request, CancellationToken cancellationToken)
    {
        if (!await db.Statements.AnyAsync(s => s.Id == request.StatementId, cancellationToken))
        {
            throw new NotFoundException("Statement", request.StatementId);
        }
        var anchor = await db.ArticleAnchors.AsNoTracking().Where(a => a.StatementId == request.StatementId)
            .Select(a => new { a.SourceId, a.Exact, a.Prefix, a.Suffix, a.Start, Text = db.Sources.Where(s => s.Id == a.SourceId).Select(s => s.ArticleText).FirstOrDefault() })
            .FirstOrDefaultAsync(cancellationToken);
        if (anchor?.Text is not { } text || TextAnchor.Locate(text, anchor.Exact, anchor.Prefix, anchor.Suffix, anchor.Start) is not { } span)
        {
            return new ArticlePassage();
        }
        // Paragraphs are separated by a blank line in the cleaned text; a quotation may run over several.
        var start = span.Start == 0 ? -1 : text.LastIndexOf("\n\n", span.Start - 1, StringComparison.Ordinal);
        start = start < 0 ? 0 : start + 2;
        var end = text.IndexOf("\n\n", span.End, StringComparison.Ordinal);
        end = end < 0 ? text.Length : end;
        return new ArticlePassage
        {
            Found = true,
            SourceId = anchor.SourceId,
            Before = text[start..span.Start],
            Words = text[span.Start..span.End],
            After = text[span.End..end],
        };
    }
}
