using ClaimTracker.Application.Common;
using ClaimTracker.Domain.Speakers;
using FluentValidation;

namespace ClaimTracker.Application.Speakers;

/// <summary>What an analyst fills in for a speaker; shared by create and edit.</summary>
public sealed record SpeakerInput
{
    public const int MaxRoles = 30;

    public string Name { get; init; } = "";
    public SpeakerKind Kind { get; init; }
    public string? Country { get; init; }
    public string? Affiliation { get; init; }
    public string? Aliases { get; init; }
    public IReadOnlyList<SpeakerRoleInput> Roles { get; init; } = [];

    public void ApplyTo(Speaker speaker)
    {
        speaker.Name = Name.Trim();
        speaker.Kind = Kind;
        speaker.Country = Text.OrNull(Country);
        speaker.Affiliation = Text.OrNull(Affiliation);
        speaker.Aliases = Text.OrNull(Aliases);
        speaker.Roles.Clear();
        speaker.Roles.AddRange(Roles.Select(r => new SpeakerRole { Title = r.Title.Trim(), From = r.From, To = r.To }));
    }
}

public sealed record SpeakerRoleInput(string Title, DateOnly? From, DateOnly? To);

public sealed class SpeakerInputValidator : AbstractValidator<SpeakerInput>
{
    public SpeakerInputValidator()
    {
        RuleFor(s => s.Name).NotEmpty().WithMessage("Enter the speaker's name.")
            .MaximumLength(Speaker.NameMaxLength).WithMessage($"The name can be at most {Speaker.NameMaxLength} characters.");
        RuleFor(s => s.Kind).IsInEnum().WithMessage("Choose whether the speaker is a person or a body.");
        RuleFor(s => s.Country).MaximumLength(Speaker.TextMaxLength).WithMessage($"The country can be at most {Speaker.TextMaxLength} characters.");
        RuleFor(s => s.Affiliation).MaximumLength(Speaker.TextMaxLength).WithMessage($"The affiliation can be at most {Speaker.TextMaxLength} characters.");
        RuleFor(s => s.Aliases).MaximumLength(Speaker.TextMaxLength * 2).WithMessage($"Aliases can be at most {Speaker.TextMaxLength * 2} characters.");
        RuleFor(s => s.Roles).Must(r => r.Count <= SpeakerInput.MaxRoles).WithMessage($"A speaker can have at most {SpeakerInput.MaxRoles} roles.");
        RuleForEach(s => s.Roles).ChildRules(role =>
        {
            role.RuleFor(r => r.Title).NotEmpty().WithMessage("Each role needs a title.")
                .MaximumLength(Speaker.TextMaxLength).WithMessage($"A role title can be at most {Speaker.TextMaxLength} characters.");
            role.RuleFor(r => r.To).GreaterThan(r => r.From).When(r => r.From is not null && r.To is not null)
                .WithMessage("A role must end after it starts.");
            role.RuleFor(r => r.From).Must(d => d >= Dates.Earliest).When(r => r.From is not null)
                .WithMessage($"Role dates must be on or after {Dates.Earliest:yyyy-MM-dd}.");
        });
    }
}
