using ClaimTracker.Application.Common;
using ClaimTracker.Domain.Common;
using ClaimTracker.Domain.Sources;
using FluentValidation;

namespace ClaimTracker.Application.Sources;

/// <summary>What an analyst fills in for a source; shared by create and edit.</summary>
public sealed record SourceInput
{
    public string Outlet { get; init; } = "";
    public string Headline { get; init; } = "";
    public string? Authors { get; init; }
    public DateOnly? PublishedOn { get; init; }
    public DatePrecision PublishedPrecision { get; init; }
    public string? Url { get; init; }
    public SourceKind Kind { get; init; }
    public string? Note { get; init; }

    public void ApplyTo(Source source)
    {
        source.Outlet = Outlet.Trim();
        source.Headline = Headline.Trim();
        source.Authors = Text.OrNull(Authors);
        source.PublishedOn = PublishedOn;
        source.PublishedPrecision = PublishedPrecision;
        source.Url = Text.OrNull(Url);
        source.Kind = Kind;
        source.Note = Text.OrNull(Note);
    }
}

public sealed class SourceInputValidator : AbstractValidator<SourceInput>
{
    public SourceInputValidator(IClock clock)
    {
        RuleFor(s => s.Outlet).NotEmpty().WithMessage("Enter the outlet that published it.")
            .MaximumLength(Source.OutletMaxLength).WithMessage($"The outlet can be at most {Source.OutletMaxLength} characters.");
        RuleFor(s => s.Headline).NotEmpty().WithMessage("Enter the headline or title.")
            .MaximumLength(Source.HeadlineMaxLength).WithMessage($"The headline can be at most {Source.HeadlineMaxLength} characters.");
        RuleFor(s => s.Authors).MaximumLength(Source.AuthorsMaxLength).WithMessage($"Authors can be at most {Source.AuthorsMaxLength} characters.");
        RuleFor(s => s.Note).MaximumLength(Source.NoteMaxLength).WithMessage($"The note can be at most {Source.NoteMaxLength} characters.");
        RuleFor(s => s.Kind).IsInEnum().WithMessage("Choose the kind of source.");
        RuleFor(s => s.PublishedPrecision).IsInEnum().WithMessage("Choose how precise the date is.");
        RuleFor(s => s.PublishedOn)
            .Must(d => d >= Dates.Earliest && d <= DateOnly.FromDateTime(clock.UtcNow).AddDays(1))
            .When(s => s.PublishedOn is not null)
            .WithMessage("The publication date must be a real date, not in the future.");
        RuleFor(s => s.Url)
            .MaximumLength(Source.UrlMaxLength).WithMessage($"The link can be at most {Source.UrlMaxLength} characters.")
            .Must(BeAWebLink).When(s => !string.IsNullOrWhiteSpace(s.Url))
            .WithMessage("The link must be a full web address starting with http:// or https://.");
    }

    // Only web links: a javascript: or data: URL in a source would run when someone clicks it.
    internal static bool BeAWebLink(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
