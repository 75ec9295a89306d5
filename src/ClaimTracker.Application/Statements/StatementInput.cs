using ClaimTracker.Application.Common;
using ClaimTracker.Domain.Common;
using ClaimTracker.Domain.Statements;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Statements;

/// <summary>What an analyst fills in for a statement; shared by <see cref="CreateStatement"/> and <see cref="EditStatement"/>.</summary>
public sealed record StatementInput
{
    public const int MaxTopics = 10;

    public string Quote { get; init; } = "";
    public QuoteKind QuoteKind { get; init; }
    public int SpeakerId { get; init; }
    public string? SpeakerRole { get; init; }
    public int? OnBehalfOfId { get; init; }
    public DateOnly SaidOn { get; init; }
    public DatePrecision SaidOnPrecision { get; init; }
    public string? Venue { get; init; }
    public int SourceId { get; init; }
    public string? Context { get; init; }
    public IReadOnlyList<string> Topics { get; init; } = [];

    public void ApplyTo(Statement statement, IReadOnlyList<Topic> topics)
    {
        statement.Quote = Quote.Trim();
        statement.QuoteKind = QuoteKind;
        statement.SpeakerId = SpeakerId;
        statement.SpeakerRole = Text.OrNull(SpeakerRole);
        statement.OnBehalfOfId = OnBehalfOfId;
        statement.SaidOn = SaidOn;
        statement.SaidOnPrecision = SaidOnPrecision;
        statement.Venue = Text.OrNull(Venue);
        statement.SourceId = SourceId;
        statement.Context = Text.OrNull(Context);
        statement.Topics.Clear();
        statement.Topics.AddRange(topics);
    }
}

/// <summary>
/// Whether the speakers and source a statement names exist. The database answers for a statement typed in a form;
/// an import answers from the records it has resolved for the chunk, so every row runs these same rules without a
/// query per row.
/// </summary>
public interface IStatementReferences
{
    Task<bool> SpeakerExistsAsync(int id, CancellationToken ct);
    Task<bool> SourceExistsAsync(int id, CancellationToken ct);
}

public sealed class DatabaseStatementReferences(IClaimTrackerDb db) : IStatementReferences
{
    public Task<bool> SpeakerExistsAsync(int id, CancellationToken ct) => db.Speakers.AnyAsync(p => p.Id == id, ct);

    public Task<bool> SourceExistsAsync(int id, CancellationToken ct) => db.Sources.AnyAsync(p => p.Id == id, ct);
}

public sealed class StatementInputValidator : AbstractValidator<StatementInput>
{
    public StatementInputValidator(IStatementReferences db, IClock clock)
    {
        RuleFor(s => s.Quote).NotEmpty().WithMessage("Enter the words of the statement.")
            .MaximumLength(Statement.QuoteMaxLength).WithMessage($"The quote can be at most {Statement.QuoteMaxLength} characters.");
        RuleFor(s => s.QuoteKind).IsInEnum().WithMessage("Choose whether this is a direct quote, a paraphrase or reported speech.");
        RuleFor(s => s.SpeakerRole).MaximumLength(Statement.RoleMaxLength)
            .WithMessage($"The role can be at most {Statement.RoleMaxLength} characters.");
        RuleFor(s => s.Venue).MaximumLength(Statement.VenueMaxLength)
            .WithMessage($"The venue can be at most {Statement.VenueMaxLength} characters.");
        RuleFor(s => s.Context).MaximumLength(Statement.ContextMaxLength)
            .WithMessage($"The context note can be at most {Statement.ContextMaxLength} characters.");
        RuleFor(s => s.SaidOnPrecision).IsInEnum().WithMessage("Choose how precise the date is.");
        RuleFor(s => s.SaidOn)
            .NotEqual(DateOnly.MinValue).WithMessage("Enter the date the statement was made.")
            .Must(d => d == DateOnly.MinValue || d >= Dates.Earliest).WithMessage($"The date must be on or after {Dates.Earliest:yyyy-MM-dd}.")
            .Must(d => d <= DateOnly.FromDateTime(clock.UtcNow).AddDays(1)).WithMessage("The date cannot be in the future.");
        RuleFor(s => s.Topics).Must(t => t.Count <= StatementInput.MaxTopics).WithMessage($"A statement can have at most {StatementInput.MaxTopics} topics.");
        RuleForEach(s => s.Topics).Must(t => NameKey.Of(t).Length > 0 && t.Trim().Length <= Topic.NameMaxLength)
            .WithMessage($"Each topic needs a name of at most {Topic.NameMaxLength} characters.")
            .Must(t => NameKey.Of(t).Length <= Topic.NameMaxLength * NameKey.Expansion)
            .WithMessage("A topic name is too long once its letters are written out in full; shorten it.");

        RuleFor(s => s.SpeakerId)
            .MustAsync((id, ct) => db.SpeakerExistsAsync(id, ct))
            .WithMessage("Choose a speaker from the list.");
        RuleFor(s => s.OnBehalfOfId)
            .MustAsync((id, ct) => db.SpeakerExistsAsync(id!.Value, ct))
            .When(s => s.OnBehalfOfId is not null)
            .WithMessage("The body spoken for is not a known speaker.");
        RuleFor(s => s.OnBehalfOfId).NotEqual(s => s.SpeakerId).When(s => s.OnBehalfOfId is not null)
            .WithMessage("A speaker cannot speak on behalf of themselves; leave it empty.");
        RuleFor(s => s.SourceId)
            .MustAsync((id, ct) => db.SourceExistsAsync(id, ct))
            .WithMessage("Choose the source that reported the statement.");
    }
}

/// <summary>Finds topics by name, creating the ones that do not exist yet.</summary>
public static class TopicNames
{
    public static async Task<IReadOnlyList<Topic>> ResolveAsync(IClaimTrackerDb db, IEnumerable<string> names, CancellationToken ct)
    {
        // "Ärger-Österreich" and "ärger-österreich" typed in one list are one topic: the first spelling wins.
        var wanted = names.Select(n => n.Trim()).Where(n => n.Length > 0)
            .DistinctBy(NameKey.Of).ToList();
        if (wanted.Count == 0)
        {
            return [];
        }
        var keys = wanted.Select(NameKey.Of).ToList();
        var existing = await db.Topics.Where(t => keys.Contains(t.NameKey!)).ToListAsync(ct);
        var result = new List<Topic>(existing);
        foreach (var name in wanted.Where(n => !existing.Any(e => e.NameKey == NameKey.Of(n))))
        {
            var topic = new Topic { Name = name };
            db.Topics.Add(topic);
            result.Add(topic);
        }
        return result;
    }
}
