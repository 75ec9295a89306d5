using ClaimTracker.Domain.Common;
using ClaimTracker.Domain.Statements;

namespace ClaimTracker.Application.Intake;

/// <summary>A speaker the desk already has, as the extractor matches names against it.</summary>
public sealed record DeskSpeaker(int Id, string Name, bool IsPerson, IReadOnlyList<string> Aliases);

/// <summary>
/// One statement the extractor proposes: the words (parts of a quote split by an attribution are joined with " … "),
/// where they are in the cleaned article text, who said them and when. Offsets are in UTF-16 characters, end exclusive.
/// </summary>
public sealed record Candidate
{
    public int Start { get; init; }
    public int End { get; init; }
    public string Words { get; init; } = "";
    public QuoteKind Kind { get; init; }

    /// <summary>The speaker's name as the desk knows it when matched, else as the article spells it; null when unknown.</summary>
    public string? SpeakerName { get; init; }
    public int? SpeakerId { get; init; }
    public bool IsNewSpeaker => SpeakerId is null && SpeakerName is not null;
    public bool SpeakerIsPerson { get; init; } = true;
    public string? Role { get; init; }
    public string? OnBehalfOfName { get; init; }
    public int? OnBehalfOfId { get; init; }
    public DateOnly? SaidOn { get; init; }
    public DatePrecision SaidOnPrecision { get; init; } = DatePrecision.Approximate;

    /// <summary>The paragraph (0-based, blank lines skipped) the words start in.</summary>
    public int Paragraph { get; init; }
}
