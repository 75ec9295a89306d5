using ClaimTracker.Domain.Common;

namespace ClaimTracker.Domain.Reviews;

/// <summary>
/// An organisation whose fact-checks the desk records beside its own (PolitiFact, AFP, a partner desk). Our own
/// desk is not a row here: it is named in configuration (<c>Desk:Organisation</c>) and its verdicts are <see cref="Review"/>s.
/// </summary>
public class Publisher : Entity
{
    public const int NameMaxLength = 200;
    public const int SiteMaxLength = 2000;

    private string _name = "";

    public string Name
    {
        get => _name;
        set
        {
            _name = value;
            NameKey = Common.NameKey.Of(value);
        }
    }

    /// <summary>The folded name (<see cref="Common.NameKey"/>): unique, so "Politifact" and "PolitiFact" are one publisher.</summary>
    public string NameKey { get; private set; } = "";

    /// <summary>The publisher's web site, when known.</summary>
    public string? Site { get; set; }

    /// <summary>How this publisher's rating labels map onto our scale.</summary>
    public List<RatingLabel> Labels { get; set; } = [];

    /// <summary>Our rating for a label as the publisher wrote it, or null when the desk has not mapped it yet.</summary>
    public Rating? RatingFor(string label)
    {
        var key = RatingLabel.KeyOf(label);
        return Labels.FirstOrDefault(l => l.LabelKey == key)?.Rating;
    }
}
