namespace ClaimTracker.Application.Publishers;

/// <summary>
/// Our desk as a publisher ("Desk:Organisation" in configuration): the name and site credited as the author of our
/// published fact-checks (ClaimReview) and shown beside outside reviews. Our own verdicts are <c>Review</c>s, never
/// a <c>Publisher</c> row, so this is configuration, not data.
/// </summary>
public sealed class DeskOrganisation
{
    public const string Section = "Desk:Organisation";
    public const string DefaultName = "ClaimTracker desk";

    public string Name { get; set; } = DefaultName;

    /// <summary>The organisation's home page. Blank: the app's public address (Desk:PublicBaseUrl) stands for it.</summary>
    public string? Url { get; set; }

    /// <summary>The name, or the default when configuration left it blank.</summary>
    public string DisplayName => string.IsNullOrWhiteSpace(Name) ? DefaultName : Name.Trim();
}
