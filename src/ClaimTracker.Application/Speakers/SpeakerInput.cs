using ClaimTracker.Application.Common;
using ClaimTracker.Application.Sources;
using ClaimTracker.Domain.Common;
using ClaimTracker.Domain.Speakers;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Speakers;

/// <summary>A speaker's name is theirs alone, compared folded (<see cref="NameKey"/>): "ERDOĞAN" is "Erdogan".</summary>
internal static class SpeakerNames
{
    /// <summary>The other speaker already named so, if any (the one being edited excepted).</summary>
    public static Task<string?> TakenByAsync(IClaimTrackerDb db, string name, int? except, CancellationToken ct)
    {
        var key = NameKey.Of(name);
        return db.Speakers.Where(s => s.NameKey == key && s.Id != except).Select(s => s.Name).FirstOrDefaultAsync(ct);
    }

    public static IRuleBuilderOptionsConditions<T, SpeakerInput> NameIsFree<T>(this IRuleBuilder<T, SpeakerInput> rule, IClaimTrackerDb db, Func<T, int?> except) =>
        rule.CustomAsync(async (input, context, ct) =>
        {
            if (input is not null && NameKey.Of(input.Name).Length > 0
                && await TakenByAsync(db, input.Name, except(context.InstanceToValidate), ct) is { } taken)
            {
                context.AddFailure($"{context.PropertyPath}.{nameof(SpeakerInput.Name)}",
                    $"A speaker named “{taken}” already exists. Open that speaker instead, or tell the two apart in the name (for example with a country); a duplicate can be merged from the speaker's edit page.");
            }
        });
}

/// <summary>What an analyst fills in for a speaker; shared by create and edit.</summary>
public sealed record SpeakerInput
{
    public const int MaxRoles = 30;

    public string Name { get; init; } = "";
    public SpeakerKind Kind { get; init; }
    public string? Country { get; init; }
    public string? Affiliation { get; init; }
    public string? Aliases { get; init; }
    /// <summary>A web page that identifies the speaker (Wikidata, an encyclopaedia); see <see cref="Speaker.ReferenceUrl"/>.</summary>
    public string? ReferenceUrl { get; init; }
    public IReadOnlyList<SpeakerRoleInput> Roles { get; init; } = [];

    public void ApplyTo(Speaker speaker)
    {
        speaker.Name = Name.Trim();
        speaker.Kind = Kind;
        speaker.Country = Text.OrNull(Country);
        speaker.Affiliation = Text.OrNull(Affiliation);
        speaker.Aliases = Text.OrNull(Aliases);
        speaker.ReferenceUrl = Text.OrNull(ReferenceUrl);
        speaker.Roles.Clear();
        speaker.Roles.AddRange(Roles.Select(r => new SpeakerRole { Title = r.Title.Trim(), From = r.From, To = r.To }));
    }
}

public sealed record SpeakerRoleInput(string Title, DateOnly? From, DateOnly? To);

public sealed class SpeakerInputValidator : AbstractValidator<SpeakerInput>
{
    public SpeakerInputValidator()
    {
        RuleFor(s => s.Name).Must(n => NameKey.Of(n).Length > 0).WithMessage("Enter the speaker's name.")
            .MaximumLength(Speaker.NameMaxLength).WithMessage($"The name can be at most {Speaker.NameMaxLength} characters.")
            .Must(n => NameKey.Of(n).Length <= Speaker.NameMaxLength * NameKey.Expansion)
            .WithMessage("The name is too long once its letters are written out in full; shorten it.");
        RuleFor(s => s.Kind).IsInEnum().WithMessage("Choose whether the speaker is a person or a body.");
        RuleFor(s => s.Country).MaximumLength(Speaker.TextMaxLength).WithMessage($"The country can be at most {Speaker.TextMaxLength} characters.");
        RuleFor(s => s.Affiliation).MaximumLength(Speaker.TextMaxLength).WithMessage($"The affiliation can be at most {Speaker.TextMaxLength} characters.");
        RuleFor(s => s.Aliases).MaximumLength(Speaker.AliasesMaxLength).WithMessage($"Aliases can be at most {Speaker.AliasesMaxLength} characters.")
            .Must(a => (Speaker.KeysOf(a)?.Length ?? 0) <= Speaker.AliasKeysMaxLength)
            .WithMessage("The aliases are too long once their letters are written out in full; shorten them.");
        // The same web-link rule as a source's link: it is published as sameAs and shown as a link to click.
        RuleFor(s => s.ReferenceUrl)
            .MaximumLength(Speaker.ReferenceUrlMaxLength).WithMessage($"The reference page's address can be at most {Speaker.ReferenceUrlMaxLength} characters.")
            .Must(SourceInputValidator.BeAWebLink).When(s => !string.IsNullOrWhiteSpace(s.ReferenceUrl))
            .WithMessage("The reference page must be a full web address starting with http:// or https://.");
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
