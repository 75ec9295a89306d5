using ClaimTracker.Application.Statements;
using ClaimTracker.Domain.Common;
using ClaimTracker.Domain.Statements;
using ClaimTracker.Web.Components.Shared;

namespace ClaimTracker.Web.Components.Pages.Statements;

/// <summary>The editor's mutable state. It only ever becomes a <see cref="StatementInput"/>; no entity is bound.</summary>
public sealed class StatementForm
{
    /// <summary>Room for every topic a statement may have, at full length, with ", " between them.</summary>
    public const int TopicsMaxLength = StatementInput.MaxTopics * (Topic.NameMaxLength + 2);

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

    /// <summary>Each field: its name, how it reads, and how to copy it from another form.</summary>
    private static readonly (string Name, Func<StatementForm, string?> Value, Action<StatementForm, StatementForm> Copy)[] Fields =
    [
        ("Quote", f => f.Quote, (to, from) => to.Quote = from.Quote),
        ("Kind", f => Labels.Of(f.QuoteKind), (to, from) => to.QuoteKind = from.QuoteKind),
        ("Speaker", f => f.Speaker?.Label, (to, from) => to.Speaker = from.Speaker),
        ("Role", f => f.SpeakerRole, (to, from) => to.SpeakerRole = from.SpeakerRole),
        ("On behalf of", f => f.OnBehalfOf?.Label, (to, from) => to.OnBehalfOf = from.OnBehalfOf),
        ("Date", f => f.SaidOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), (to, from) => to.SaidOn = from.SaidOn),
        ("Date precision", f => Labels.Of(f.SaidOnPrecision), (to, from) => to.SaidOnPrecision = from.SaidOnPrecision),
        ("Venue", f => f.Venue, (to, from) => to.Venue = from.Venue),
        ("Source", f => f.Source?.Label, (to, from) => to.Source = from.Source),
        ("Context", f => f.Context, (to, from) => to.Context = from.Context),
        ("Topics", f => f.Topics, (to, from) => to.Topics = from.Topics),
    ];

    /// <summary>
    /// After an edit conflict: takes the other editor's value for every field this user left as it was, keeps this
    /// user's value where they changed it, and says what the other editor changed.
    /// </summary>
    public IReadOnlyList<Difference> MergeTheirs(StatementForm started, StatementForm theirs)
    {
        var changed = Fields.Where(f => f.Value(started) != f.Value(theirs)).ToList();
        foreach (var field in changed.Where(f => f.Value(this) == f.Value(started)))
        {
            field.Copy(this, theirs);
        }
        return changed.Select(f => new Difference(f.Name, f.Value(theirs) ?? "(empty)")).ToList();
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
