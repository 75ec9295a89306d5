using System.Globalization;
using ClaimTracker.Application.Common;

namespace ClaimTracker.Application.Publishers;

/// <summary>
/// Whose verdicts a list or chart counts: ours (the default), every publisher's, or one outside publisher's. The URL
/// and API spell it <c>publisher=ours|all|&lt;publisherId&gt;</c>.
/// </summary>
public readonly record struct PublisherFilter
{
    public const string OursName = "ours";
    public const string AllName = "all";

    /// <summary>The query parameter's name, in page URLs and the API alike.</summary>
    public const string ParameterName = "publisher";

    /// <summary>The one message for a value that is none of them, wherever the parameter is read.</summary>
    public const string Problem = $"'{ParameterName}' takes '{OursName}', '{AllName}' or a publisher id.";

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

    /// <summary>
    /// Reads the <c>publisher</c> parameter, noting <see cref="Problem"/> against it when the value is not one of
    /// ours, all or an id (then answering <see cref="Ours"/>; the caller's <c>ThrowIfInvalid</c> refuses the query).
    /// </summary>
    public static PublisherFilter Read(QueryParameters parameters)
    {
        if (Parse(parameters.Text(ParameterName)) is { } publisher)
        {
            return publisher;
        }
        parameters.Fail(ParameterName, Problem);
        return Ours;
    }

    public override string ToString() => IsAll ? AllName : PublisherId?.ToString(CultureInfo.InvariantCulture) ?? OursName;
}
