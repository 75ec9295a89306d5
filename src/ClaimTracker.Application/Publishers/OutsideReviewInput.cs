using ClaimTracker.Application.Common;
using ClaimTracker.Application.Sources;
using ClaimTracker.Domain.Reviews;
using FluentValidation;

namespace ClaimTracker.Application.Publishers;

/// <summary>
/// Another organisation's fact-check of a statement, as it published it: who, its own label, where and when. The
/// same shape for a member recording one by hand and for an import recording thousands.
/// </summary>
public sealed record OutsideReviewInput
{
    public string PublisherName { get; init; } = "";

    /// <summary>The publisher's site; used only when the publisher is new (an existing publisher keeps its own).</summary>
    public string? PublisherSite { get; init; }

    /// <summary>The publisher's rating label as given ("Pants on Fire").</summary>
    public string Label { get; init; } = "";

    public string? Url { get; init; }
    public string? Title { get; init; }
    public DateOnly? ReviewedOn { get; init; }
    public string? LanguageCode { get; init; }
}

/// <summary>The rules for an outside review, run by the command's pipeline and by importers on every row alike.</summary>
public sealed class OutsideReviewInputValidator : AbstractValidator<OutsideReviewInput>
{
    public OutsideReviewInputValidator(IClock clock)
    {
        RuleFor(r => r.PublisherName).NotEmpty().WithMessage("Name the organisation that published the fact-check.")
            .MaximumLength(Publisher.NameMaxLength).WithMessage($"The publisher's name can be at most {Publisher.NameMaxLength} characters.");
        RuleFor(r => r.PublisherSite)
            .MaximumLength(Publisher.SiteMaxLength).WithMessage($"The publisher's site can be at most {Publisher.SiteMaxLength} characters.")
            .Must(SourceInputValidator.BeAWebLink).When(r => !string.IsNullOrWhiteSpace(r.PublisherSite))
            .WithMessage("The publisher's site must be a full web address starting with http:// or https://.");
        RuleFor(r => r.Label).NotEmpty().WithMessage("Enter the publisher's rating label as they wrote it.")
            .MaximumLength(OutsideReview.LabelMaxLength).WithMessage($"The rating label can be at most {OutsideReview.LabelMaxLength} characters.")
            .Must(l => RatingLabel.KeyOf(l).Length > 0).When(r => !string.IsNullOrWhiteSpace(r.Label))
            .WithMessage("The rating label needs at least one letter or digit.");
        RuleFor(r => r.Url)
            .MaximumLength(OutsideReview.UrlMaxLength).WithMessage($"The link can be at most {OutsideReview.UrlMaxLength} characters.")
            .Must(SourceInputValidator.BeAWebLink).When(r => !string.IsNullOrWhiteSpace(r.Url))
            .WithMessage("The link to the fact-check must be a full web address starting with http:// or https://.");
        RuleFor(r => r.ReviewedOn)
            .Must(d => d >= Dates.Earliest && d <= DateOnly.FromDateTime(clock.UtcNow).AddDays(1))
            .When(r => r.ReviewedOn is not null)
            .WithMessage("The fact-check's date must be a real date, not in the future.");
        RuleFor(r => r.Title).MaximumLength(OutsideReview.TitleMaxLength)
            .WithMessage($"The title can be at most {OutsideReview.TitleMaxLength} characters.");
        RuleFor(r => r.LanguageCode).MaximumLength(OutsideReview.LanguageCodeMaxLength)
            .WithMessage($"The language code can be at most {OutsideReview.LanguageCodeMaxLength} characters.");
    }
}
