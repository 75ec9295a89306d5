using System.Globalization;
using AutoMapper;
using AutoMapper.QueryableExtensions;
using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Domain.Common;
using ClaimTracker.Domain.Reviews;
using ClaimTracker.Domain.Statements;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Reviews;

/// <summary>
/// The public side of the desk: published fact-checks only, newest first. Open to anonymous visitors, so it shows
/// nothing a draft, a note or an unpublished rating could leak through.
/// </summary>
[PublicRequest]
public sealed record ListPublishedReviews : IQuery<Page<PublishedReviewSummary>>
{
    public int PageSize { get; init; } = Cursor.DefaultPageSize;
    public string? After { get; init; }
}

public sealed record PublishedReviewSummary
{
    public int ReviewId { get; init; }
    public int StatementId { get; init; }
    public string Quote { get; init; } = "";
    public QuoteKind QuoteKind { get; init; }
    public string SpeakerName { get; init; } = "";
    public string? SpeakerRole { get; init; }
    public DateOnly SaidOn { get; init; }
    public DatePrecision SaidOnPrecision { get; init; }
    public Rating Rating { get; init; }
    public DateTime PublishedAtUtc { get; init; }
}

public sealed class PublishedReviewSummaryProfile : Profile
{
    public PublishedReviewSummaryProfile()
    {
        CreateMap<Review, PublishedReviewSummary>()
            .ForMember(d => d.ReviewId, o => o.MapFrom(r => r.Id))
            // Only the snapshot taken at publication or the last correction (docs/adr/0007).
            .ForMember(d => d.Quote, o => o.MapFrom(r => r.Snapshot!.Quote))
            .ForMember(d => d.QuoteKind, o => o.MapFrom(r => r.Snapshot!.QuoteKind))
            .ForMember(d => d.SpeakerName, o => o.MapFrom(r => r.Snapshot!.SpeakerName))
            .ForMember(d => d.SpeakerRole, o => o.MapFrom(r => r.Snapshot!.SpeakerRole))
            .ForMember(d => d.SaidOn, o => o.MapFrom(r => r.Snapshot!.SaidOn))
            .ForMember(d => d.SaidOnPrecision, o => o.MapFrom(r => r.Snapshot!.SaidOnPrecision))
            .ForMember(d => d.PublishedAtUtc, o => o.MapFrom(r => r.PublishedAtUtc ?? default));
    }
}

public sealed class ListPublishedReviewsValidator : AbstractValidator<ListPublishedReviews>
{
    public ListPublishedReviewsValidator()
    {
        RuleFor(q => q.PageSize).InclusiveBetween(1, Cursor.MaxPageSize).WithMessage($"Page size must be between 1 and {Cursor.MaxPageSize}.");
        RuleFor(q => q.After).Must(c => Cursor.IsValid(c, Cursor.IsLong, Cursor.IsId)).WithMessage("The page cursor is not valid; start again from the first page.");
    }
}

internal sealed class ListPublishedReviewsHandler(IClaimTrackerDb db, IConfigurationProvider mapping)
    : IRequestHandler<ListPublishedReviews, Page<PublishedReviewSummary>>
{
    public async Task<Page<PublishedReviewSummary>> Handle(ListPublishedReviews request, CancellationToken cancellationToken)
    {
        var query = db.Reviews.AsNoTracking().Where(r => r.Status == ReviewStatus.Published && r.PublishedAtUtc != null && r.Snapshot != null);
        if (Cursor.Decode(request.After, 2) is [var ticks, var id])
        {
            var at = new DateTime(long.Parse(ticks, CultureInfo.InvariantCulture), DateTimeKind.Utc);
            var afterId = int.Parse(id, CultureInfo.InvariantCulture);
            // A leading range on the time alone, so any engine seeks into the (Status, PublishedAtUtc, Id) index at
            // the cursor and page 1,000 costs what page 1 costs; the rest sorts out one instant's rows (docs/adr/0024).
            query = query.Where(r => r.PublishedAtUtc <= at && (r.PublishedAtUtc < at || r.Id < afterId));
        }
        var rows = await query.OrderByDescending(r => r.PublishedAtUtc).ThenByDescending(r => r.Id)
            .Take(request.PageSize + 1)
            .ProjectTo<PublishedReviewSummary>(mapping)
            .ToListAsync(cancellationToken);
        return Page.From(rows, request.PageSize,
            last => Cursor.Encode(last.PublishedAtUtc.Ticks.ToString(CultureInfo.InvariantCulture), last.ReviewId));
    }
}
