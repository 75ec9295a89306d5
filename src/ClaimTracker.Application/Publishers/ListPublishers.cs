using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Publishers;

/// <summary>The outside publishers, by name, with how many of their reviews the charts cannot count yet (unmapped labels).</summary>
[AllowedRoles(RoleSet.Readers)]
public sealed record ListPublishers : IQuery<Page<PublisherSummary>>
{
    public string? After { get; init; }
    public int PageSize { get; init; } = Cursor.DefaultPageSize;
}

public sealed record PublisherSummary(int Id, string Name, string? Site, int LabelCount, int ReviewCount, int UnmappedReviewCount);

public sealed class ListPublishersValidator : AbstractValidator<ListPublishers>
{
    public ListPublishersValidator()
    {
        RuleFor(q => q.PageSize).InclusiveBetween(1, Cursor.MaxPageSize).WithMessage($"Ask for 1 to {Cursor.MaxPageSize} publishers at a time.");
        RuleFor(q => q.After).Must(c => Cursor.IsValid(c, Cursor.IsText, Cursor.IsId)).WithMessage("The page cursor is not valid; start again from the first page.");
    }
}

internal sealed class ListPublishersHandler(IClaimTrackerDb db) : IRequestHandler<ListPublishers, Page<PublisherSummary>>
{
    public async Task<Page<PublisherSummary>> Handle(ListPublishers request, CancellationToken cancellationToken)
    {
        var query = db.Publishers.AsNoTracking();
        if (Cursor.Decode(request.After, 2) is [var key, var id])
        {
            var afterId = int.Parse(id, System.Globalization.CultureInfo.InvariantCulture);
            query = query.Where(p => string.Compare(p.NameKey, key) > 0 || (p.NameKey == key && p.Id > afterId));
        }
        var rows = await query.OrderBy(p => p.NameKey).ThenBy(p => p.Id).Take(request.PageSize + 1)
            .Select(p => new
            {
                p.Id,
                p.Name,
                p.NameKey,
                p.Site,
                LabelCount = p.Labels.Count,
                ReviewCount = db.OutsideReviews.Count(o => o.PublisherId == p.Id),
                Unmapped = db.OutsideReviews.Count(o => o.PublisherId == p.Id && o.Rating == null),
            })
            .ToListAsync(cancellationToken);
        var page = Page.From(rows, request.PageSize, r => Cursor.Encode(r.NameKey, r.Id));
        return new Page<PublisherSummary>(
            page.Items.Select(r => new PublisherSummary(r.Id, r.Name, r.Site, r.LabelCount, r.ReviewCount, r.Unmapped)).ToList(),
            page.NextCursor);
    }
}
