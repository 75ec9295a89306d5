using System.Text;

namespace ClaimTracker.Domain.Reviews;

/// <summary>
/// One line of a publisher's mapping: its label as written ("Pants on Fire") and the rating on our scale the charts
/// count it as. Labels are data the desk edits; defaults exist only for PolitiFact's six (<see cref="PolitiFactDefaults"/>).
/// </summary>
public class RatingLabel
{
    public const int LabelMaxLength = 200;

    private string _label = "";

    public int Id { get; set; }
    public int PublisherId { get; set; }

    public string Label
    {
        get => _label;
        set
        {
            _label = value;
            LabelKey = KeyOf(value);
        }
    }

    /// <summary>The folded label (<see cref="KeyOf"/>), unique per publisher.</summary>
    public string LabelKey { get; private set; } = "";

    public Rating Rating { get; set; }

    /// <summary>
    /// Folds a label so the spellings publishers and datasets use for one label meet: "Pants on Fire!", "pants-fire"
    /// and "PANTS ON FIRE" share a key. Case and accents fold as names do; any run of spaces, hyphens, underscores
    /// or punctuation becomes one hyphen, and it is trimmed from both ends.
    /// </summary>
    public static string KeyOf(string? label)
    {
        var folded = Common.NameKey.Of(label);
        var key = new StringBuilder(folded.Length);
        var pendingHyphen = false;
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
                or System.Globalization.UnicodeCategory.SpacingCombiningMark)
            {
                if (pendingHyphen && key.Length > 0)
                {
                    key.Append('-');
                }
                pendingHyphen = false;
                key.Append(c);
            }
            else
            {
                pendingHyphen = true;
            }
        }
        return key.ToString();
    }

    /// <summary>The publisher seeded in every database, with its six labels.</summary>
    public const string PolitiFactName = "PolitiFact";

    public const string PolitiFactSite = "https://www.politifact.com/";

    /// <summary>
    /// PolitiFact's Truth-O-Meter on our scale, as its datasets spell the labels. "barely-true" is PolitiFact's old
    /// name for Mostly False, and "Pants on Fire" is False with ridicule: our scale has no worse step. The last two
    /// lines are the same labels as PolitiFact's own pages spell them today, so its ClaimReview markup maps too.
    /// </summary>
    public static IReadOnlyList<(string Label, Rating Rating)> PolitiFactDefaults { get; } =
    [
        ("true", Rating.True),
        ("mostly-true", Rating.MostlyTrue),
        ("half-true", Rating.HalfTrue),
        ("barely-true", Rating.MostlyFalse),
        ("false", Rating.False),
        ("pants-fire", Rating.False),
        ("mostly-false", Rating.MostlyFalse),
        ("pants-on-fire", Rating.False),
    ];
}
