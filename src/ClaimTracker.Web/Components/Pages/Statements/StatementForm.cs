using ClaimTracker.Application.Statements;
using ClaimTracker.Domain.Common;
using ClaimTracker.Domain.Statements;
using ClaimTracker.Web.Components.Shared;

namespace ClaimTracker.Web.Components.Pages.Statements;

/// <summary>The editor's mutable state. It only ever becomes a <see cref="StatementInput"/>; no entity is bound.</summary>
public sealed class StatementForm
{
    public string Quote { get; set; } = "";
    public QuoteKind QuoteKind { get; set; }
    public LookupOption? Speaker { get; set; }
    public string? SpeakerRole { get; set; }
    public LookupOption? OnBehalfOf { get; set; }
    public DateOnly? SaidOn { get; set; }
    public DatePrecision SaidOnPrecision { get; set; }
    public string? Venue { get; set; }
    public LookupOption? Source { get; set; }
    public string? Context { get; set; }
    public string? Topics { get; set; }

    public static StatementForm From(StatementDetails s) => new()
    {
        Quote = s.Quote,
        QuoteKind = s.QuoteKind,
        Speaker = new LookupOption(s.SpeakerId, s.SpeakerName),
        SpeakerRole = s.SpeakerRole,
        OnBehalfOf = s.OnBehalfOfId is { } id ? new LookupOption(id, s.OnBehalfOfName ?? "") : null,
        SaidOn = s.SaidOn,
        SaidOnPrecision = s.SaidOnPrecision,
        Venue = s.Venue,
        Source = new LookupOption(s.Source.Id, $"{s.Source.Outlet}: {s.Source.Headline}"),
        Context = s.Context,
        Topics = string.Join(", ", s.Topics),
    };

    /// <summary>A field another editor changed, with its new value as text.</summary>
    public sealed record Difference(string Field, string Theirs);

    public IReadOnlyList<Difference> DifferencesTo(StatementForm other)
    {
        var fields = new (string Name, Func<StatementForm, string?> Value)[]
        {
            ("Quote", f => f.Quote),
            ("Kind", f => Labels.Of(f.QuoteKind)),
            ("Speaker", f => f.Speaker?.Label),
            ("Role", f => f.SpeakerRole),
            ("On behalf of", f => f.OnBehalfOf?.Label),
            ("Date", f => f.SaidOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            ("Date precision", f => Labels.Of(f.SaidOnPrecision)),
            ("Venue", f => f.Venue),
            ("Source", f => f.Source?.Label),
            ("Context", f => f.Context),
            ("Topics", f => f.Topics),
        };
        return fields.Where(f => f.Value(this) != f.Value(other))
            .Select(f => new Difference(f.Name, f.Value(other) ?? "(empty)"))
            .ToList();
    }

    /// <summary>Missing choices become 0 / DateOnly.MinValue so the use case's validator names them.</summary>
    public StatementInput ToInput() => new()
    {
        Quote = Quote,
        QuoteKind = QuoteKind,
        SpeakerId = Speaker?.Id ?? 0,
        SpeakerRole = SpeakerRole,
        OnBehalfOfId = OnBehalfOf?.Id,
        SaidOn = SaidOn ?? DateOnly.MinValue,
        SaidOnPrecision = SaidOnPrecision,
        Venue = Venue,
        SourceId = Source?.Id ?? 0,
        Context = Context,
        Topics = (Topics ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
    };
}
