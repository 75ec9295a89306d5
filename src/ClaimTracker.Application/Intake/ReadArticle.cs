using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Domain.Annotations;
using ClaimTracker.Domain.Common;
using ClaimTracker.Domain.Speakers;
using ClaimTracker.Domain.Statements;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Intake;

/// <summary>
/// A source's article text with the statements the extractor proposes in it, matched against the desk's speakers,
/// and which of them were already accepted. Members only: the article text never leaves through a public request.
/// </summary>
[AllowedRoles(RoleSet.Readers)]
public sealed record ReadArticle(int SourceId) : IQuery<ArticleReading>;

public sealed record ArticleReading
{
    public int SourceId { get; init; }
    public string Headline { get; init; } = "";
    public string Outlet { get; init; } = "";
    public DateOnly? PublishedOn { get; init; }
    public string Text { get; init; } = "";
    public IReadOnlyList<ArticleCandidate> Candidates { get; init; } = [];
}

/// <summary>A candidate and, once accepted, the statement it became.</summary>
public sealed record ArticleCandidate(Candidate Candidate, int? StatementId)
{
    /// <summary>Who the accepted statement is by: the analyst may have chosen another speaker than the one proposed.</summary>
    public int? AcceptedSpeakerId { get; init; }
    public string? AcceptedSpeakerName { get; init; }
}

internal sealed class ReadArticleHandler(IClaimTrackerDb db) : IRequestHandler<ReadArticle, ArticleReading>
{
    public async Task<ArticleReading> Handle(ReadArticle request, CancellationToken cancellationToken)
    {
        var source = await db.Sources.AsNoTracking().Where(s => s.Id == request.SourceId)
            .Select(s => new { s.Id, s.Headline, s.Outlet, s.PublishedOn, s.ArticleText })
            .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("Source", request.SourceId);
        var text = source.ArticleText ?? "";
        var desk = await DeskSpeakers.ReadAsync(db, cancellationToken);
        var candidates = ArticleExtractor.Extract(text, source.PublishedOn, desk);
        var anchors = await db.ArticleAnchors.AsNoTracking().Where(a => a.SourceId == source.Id).ToListAsync(cancellationToken);
        // Anchors are found again by their words, so a statement stays accepted if the text was re-pasted with small changes.
        var accepted = anchors
            .Select(a => (a.StatementId, Span: TextAnchor.Locate(text, a.Exact, a.Prefix, a.Suffix, a.Start)))
            .Where(a => a.Span is not null)
            .ToList();
        var acceptedIds = accepted.Select(a => a.StatementId).ToList();
        var speakers = await db.Statements.AsNoTracking().Where(s => acceptedIds.Contains(s.Id))
            .Select(s => new { s.Id, s.SpeakerId, s.Speaker.Name })
            .ToDictionaryAsync(s => s.Id, cancellationToken);
        return new ArticleReading
        {
            SourceId = source.Id,
            Headline = source.Headline,
            Outlet = source.Outlet,
            PublishedOn = source.PublishedOn,
            Text = text,
            Candidates = candidates.Select(c =>
            {
                // Words trimmed within the candidate when it was accepted still make it accepted.
                var id = accepted.FirstOrDefault(a => a.Span!.Value.Start >= c.Start && a.Span.Value.End <= c.End).StatementId;
                return id > 0 && speakers.TryGetValue(id, out var by)
                    ? new ArticleCandidate(c, id) { AcceptedSpeakerId = by.SpeakerId, AcceptedSpeakerName = by.Name }
                    : new ArticleCandidate(c, null);
            }).ToList(),
        };
    }
}

/// <summary>The desk's speakers with their aliases, as the extractor matches names against them.</summary>
public static class DeskSpeakers
{
    public static async Task<IReadOnlyList<DeskSpeaker>> ReadAsync(IClaimTrackerDb db, CancellationToken ct) =>
        (await db.Speakers.AsNoTracking().Select(s => new { s.Id, s.Name, s.Kind, s.Aliases }).ToListAsync(ct))
            .Select(s => new DeskSpeaker(s.Id, s.Name, s.Kind == SpeakerKind.Person, Domain.Speakers.Speaker.SplitAliases(s.Aliases).ToList()))
            .ToList();
}
