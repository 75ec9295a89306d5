using ClaimTracker.Domain.Common;
using ClaimTracker.Domain.Statements;

namespace ClaimTracker.Domain.Speakers;

/// <summary>A person or a body (government, ministry, party, group) whose words are tracked.</summary>
public class Speaker : Entity, IVersioned
{
    public const int NameMaxLength = 200;
    public const int TextMaxLength = 200;

    public string Name { get; set; } = "";
    public SpeakerKind Kind { get; set; }
    public string? Country { get; set; }
    public string? Affiliation { get; set; }

    /// <summary>Other spellings analysts may search for, separated by semicolons.</summary>
    public string? Aliases { get; set; }

    public Guid Version { get; set; }

    public List<SpeakerRole> Roles { get; set; } = [];
    public List<Statement> Statements { get; set; } = [];
}

/// <summary>A title a speaker held over a span of time ("President of the United States", 2017-01-20 to 2021-01-20).</summary>
public class SpeakerRole
{
    public int Id { get; set; }
    public int SpeakerId { get; set; }
    public string Title { get; set; } = "";
    public DateOnly? From { get; set; }
    /// <summary>Exclusive: the day a role ends is the successor's first day.</summary>
    public DateOnly? To { get; set; }
}
