using AutoMapper;
using AutoMapper.QueryableExtensions;
using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Domain.Common;
using ClaimTracker.Domain.Reviews;
using ClaimTracker.Domain.Statements;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Reviews;

/// <summary>
/// A published fact-check of one statement, for anyone. A statement whose review is not published answers
/// "not found", exactly like one that does not exist, so drafts do not reveal themselves.
/// </summary>
[PublicRequest]
public sealed record GetPublishedReview(int StatementId) : IQuery<PublishedReview>;

public sealed record PublishedReview
{
    public int StatementId { get; init; }
    public string Quote { get; init; } = "";
    public QuoteKind QuoteKind { get; init; }
    public string SpeakerName { get; init; } = "";
    /// <summary>A person rather than a body (ClaimReview's Person or Organization); the live speaker's kind.</summary>
    public bool SpeakerIsPerson { get; init; }
    public string? SpeakerRole { get; init; }
    /// <summary>The speaker's reference page as published (schema.org sameAs); null when they had none then.</summary>
    public string? SpeakerReferenceUrl { get; init; }
    public string? OnBehalfOfName { get; init; }
    public DateOnly SaidOn { get; init; }
    public DatePrecision SaidOnPrecision { get; init; }
    public string? Venue { get; init; }
    public string SourceOutlet { get; init; } = "";
    public string SourceHeadline { get; init; } = "";
    public string? SourceUrl { get; init; }
    public Rating Rating { get; init; }
    public string Rationale { get; init; } = "";
    public DateTime? PublishedAtUtc { get; init; }
    public DateTime? CorrectedAtUtc { get; init; }
    public IReadOnlyList<PublishedEvidence> Evidence { get; init; } = [];

    /// <summary>The public corrections log: every correction with its note, oldest first.</summary>
    public IReadOnlyList<PublishedCorrection> Corrections { get; init; } = [];
}

public sealed record PublishedCorrection
{
    public Rating Rating { get; init; }
    public string? Note { get; init; }
    public DateTime AtUtc { get; init; }
}

/// <summary>Evidence as the public sees it: a cited statement is shown by its words, not by an internal link.</summary>
public sealed record PublishedEvidence
{
    public string Title { get; init; } = "";
    public string? Url { get; init; }
    public string? StatementQuote { get; init; }
    public QuoteKind? StatementQuoteKind { get; init; }
    public string? StatementSpeaker { get; init; }
    public EvidenceStance Stance { get; init; }
}

public sealed class PublishedReviewProfile : Profile
{
    public PublishedReviewProfile()
    {
        CreateMap<Review, PublishedReview>()
            // Only the snapshot: edits to the live statement, speaker or source reach the public through a correction.
            .ForMember(d => d.Quote, o => o.MapFrom(r => r.Snapshot!.Quote))
            .ForMember(d => d.QuoteKind, o => o.MapFrom(r => r.Snapshot!.QuoteKind))
            .ForMember(d => d.SpeakerName, o => o.MapFrom(r => r.Snapshot!.SpeakerName))
            .ForMember(d => d.SpeakerIsPerson, o => o.MapFrom(r => r.Statement.Speaker.Kind == Domain.Speakers.SpeakerKind.Person))
            .ForMember(d => d.SpeakerRole, o => o.MapFrom(r => r.Snapshot!.SpeakerRole))
            .ForMember(d => d.SpeakerReferenceUrl, o => o.MapFrom(r => r.Snapshot!.SpeakerReferenceUrl))
            .ForMember(d => d.OnBehalfOfName, o => o.MapFrom(r => r.Snapshot!.OnBehalfOfName))
            .ForMember(d => d.SaidOn, o => o.MapFrom(r => r.Snapshot!.SaidOn))
            .ForMember(d => d.SaidOnPrecision, o => o.MapFrom(r => r.Snapshot!.SaidOnPrecision))
            .ForMember(d => d.Venue, o => o.MapFrom(r => r.Snapshot!.Venue))
            .ForMember(d => d.SourceOutlet, o => o.MapFrom(r => r.Snapshot!.SourceOutlet))
            .ForMember(d => d.SourceHeadline, o => o.MapFrom(r => r.Snapshot!.SourceHeadline))
            .ForMember(d => d.SourceUrl, o => o.MapFrom(r => r.Snapshot!.SourceUrl))
            .ForMember(d => d.Corrections, o => o.MapFrom(r => r.Revisions
                .Where(v => v.Event == ReviewEvent.Corrected).OrderBy(v => v.AtUtc).ThenBy(v => v.Id)));
        CreateMap<ReviewRevision, PublishedCorrection>();
        CreateMap<Evidence, PublishedEvidence>()
            .ForMember(d => d.StatementQuote, o => o.MapFrom(e => e.CitedQuote))
            .ForMember(d => d.StatementQuoteKind, o => o.MapFrom(e => e.CitedQuoteKind))
            .ForMember(d => d.StatementSpeaker, o => o.MapFrom(e => e.CitedSpeaker));
    }
}

internal sealed class GetPublishedReviewHandler(IClaimTrackerDb db, IConfigurationProvider mapping)
    : IRequestHandler<GetPublishedReview, PublishedReview>
{
    public async Task<PublishedReview> Handle(GetPublishedReview request, CancellationToken cancellationToken) =>
        await db.Reviews.AsNoTracking()
            .Where(r => r.StatementId == request.StatementId && r.Status == ReviewStatus.Published && r.Snapshot != null)
            .ProjectTo<PublishedReview>(mapping)
            .SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("Fact-check", request.StatementId);
}
