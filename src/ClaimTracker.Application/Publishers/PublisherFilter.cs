using System.Globalization;

namespace ClaimTracker.Application.Publishers;

/// <summary>
/// Whose verdicts a list or chart counts: ours (the default), every publisher's, or one outside publisher's. The URL
/// and API spell it <c>publisher=ours|all|&lt;publisherId&gt;</c>.
/// </summary>
public readonly record struct PublisherFilter
{
    public const string OursName = "ours";
    public const string AllName = "all";

    private PublisherFilter(int? publisherId, bool all)
    {
        PublisherId = publisherId;
        IsAll = all;
    }

    /// <summary>Our desk's published verdicts only.</summary>
    public static PublisherFilter Ours => default;

    /// <summary>Our verdicts and every outside publisher's.</summary>
    public static PublisherFilter All => new(null, true);

    public static PublisherFilter One(int publisherId) => new(publisherId, false);

    /// <summary>Set for one outside publisher.</summary>
    public int? PublisherId { get; }

    public bool IsAll { get; }

    public bool IsOurs => !IsAll && PublisherId is null;

    /// <summary>"ours", "all" or the id; null when the text is none of them.</summary>
    public static PublisherFilter? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" or OursName => Ours,
        AllName => All,
        var t when int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 => One(id),
        _ => null,
    };

    public override string ToString() => IsAll ? AllName : PublisherId?.ToString(CultureInfo.InvariantCulture) ?? OursName;
}
