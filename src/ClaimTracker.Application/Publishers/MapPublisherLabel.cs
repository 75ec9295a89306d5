using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Auditing;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Domain.Reviews;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Publishers;

/// <summary>
/// Sets what one of a publisher's labels counts as on our scale (null removes the mapping), and re-rates that
/// publisher's recorded reviews with the label to match. Returns how many reviews were re-rated.
/// </summary>
[AllowedRoles(RoleSet.EditorsAndAdmins)]
[Audited("changed a publisher's rating label mapping")]
public sealed record MapPublisherLabel(int PublisherId, string Label, Rating? Rating) : ICommand<int>;

public sealed class MapPublisherLabelValidator : AbstractValidator<MapPublisherLabel>
{
    public MapPublisherLabelValidator()
    {
        RuleFor(c => c.Label).NotEmpty().WithMessage("Enter the publisher's rating label.")
            .MaximumLength(RatingLabel.LabelMaxLength).WithMessage($"The rating label can be at most {RatingLabel.LabelMaxLength} characters.")
            .Must(l => RatingLabel.KeyOf(l).Length > 0).When(c => !string.IsNullOrWhiteSpace(c.Label))
            .WithMessage("The rating label needs at least one letter or digit.");
        RuleFor(c => c.Rating).IsInEnum().When(c => c.Rating is not null).WithMessage("Choose a rating on our scale.");
    }
}

internal sealed class MapPublisherLabelHandler(IClaimTrackerDb db) : IRequestHandler<MapPublisherLabel, int>
{
    public async Task<int> Handle(MapPublisherLabel request, CancellationToken cancellationToken)
    {
        var publisher = await db.Publishers.Include(p => p.Labels)
            .SingleOrDefaultAsync(p => p.Id == request.PublisherId, cancellationToken)
            ?? throw new NotFoundException("Publisher", request.PublisherId);
        var key = RatingLabel.KeyOf(request.Label);
        var line = publisher.Labels.FirstOrDefault(l => l.LabelKey == key);
        if (request.Rating is not { } rating)
        {
            if (line is not null)
            {
                publisher.Labels.Remove(line);
                db.RatingLabels.Remove(line);
            }
        }
        else if (line is null)
        {
            publisher.Labels.Add(new RatingLabel { Label = request.Label.Trim(), Rating = rating });
        }
        else
        {
            line.Rating = rating;
        }

        // The reviews' labels are folded in .NET, so the spellings that share the key are found first, then one
        // UPDATE re-rates them all. A bulk update, not tracked rows: a mapping may cover thousands of imported
        // reviews, and the audit trail records the mapping change (this command's one entry) rather than each row.
        var spellings = (await db.OutsideReviews.AsNoTracking()
                .Where(o => o.PublisherId == publisher.Id)
                .Select(o => o.Label)
                .Distinct()
                .ToListAsync(cancellationToken))
            .Where(l => RatingLabel.KeyOf(l) == key)
            .ToList();
        if (spellings.Count == 0)
        {
            return 0;
        }
        return await db.OutsideReviews
            .Where(o => o.PublisherId == publisher.Id && spellings.Contains(o.Label))
            .ExecuteUpdateAsync(u => u.SetProperty(o => o.Rating, request.Rating), cancellationToken);
    }
}
