using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Domain.Reviews;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Publishers;

/// <summary>
/// A publisher's label mapping as the desk reads and edits it: every mapped label, and every label its recorded
/// reviews use that has no mapping yet (so the charts leave those reviews out until someone maps it).
/// </summary>
[AllowedRoles(RoleSet.Readers)]
public sealed record GetPublisherLabels(int PublisherId) : IQuery<PublisherLabels>;

public sealed record PublisherLabels(int Id, string Name, string? Site, IReadOnlyList<LabelMapping> Labels, bool CanEdit);

/// <summary>One label: as the publisher writes it, our rating (null: unmapped) and how many recorded reviews use it.</summary>
public sealed record LabelMapping(string Label, Rating? Rating, int ReviewCount)
{
    public bool IsMapped => Rating is not null;
}

internal sealed class GetPublisherLabelsHandler(IClaimTrackerDb db, IPermissions permissions) : IRequestHandler<GetPublisherLabels, PublisherLabels>
{
    public async Task<PublisherLabels> Handle(GetPublisherLabels request, CancellationToken cancellationToken)
    {
        var publisher = await db.Publishers.AsNoTracking()
            .Where(p => p.Id == request.PublisherId)
            .Select(p => new { p.Id, p.Name, p.Site })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Publisher", request.PublisherId);
        var mapped = await db.RatingLabels.AsNoTracking()
            .Where(l => l.PublisherId == request.PublisherId)
            .Select(l => new { l.Label, l.LabelKey, l.Rating })
            .ToListAsync(cancellationToken);
        // Labels as the reviews spell them; folded here because the key is a .NET fold (NameKey), not SQL.
        var used = await db.OutsideReviews.AsNoTracking()
            .Where(o => o.PublisherId == request.PublisherId)
            .GroupBy(o => o.Label)
            .Select(g => new { Label = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var usedByKey = used.GroupBy(u => RatingLabel.KeyOf(u.Label))
            .ToDictionary(g => g.Key, g => (Label: g.OrderByDescending(u => u.Count).First().Label, Count: g.Sum(u => u.Count)));

        var labels = mapped
            .Select(m => new LabelMapping(m.Label, m.Rating, usedByKey.TryGetValue(m.LabelKey, out var u) ? u.Count : 0))
            .Concat(usedByKey.Where(u => mapped.All(m => m.LabelKey != u.Key))
                .Select(u => new LabelMapping(u.Value.Label, null, u.Value.Count)))
            // Unmapped first: they are what needs the desk's attention.
            .OrderBy(l => l.IsMapped)
            .ThenBy(l => l.Rating)
            .ThenBy(l => l.Label, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
        return new PublisherLabels(publisher.Id, publisher.Name, publisher.Site, labels, permissions.May<MapPublisherLabel>());
    }
}
