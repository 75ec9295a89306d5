using ClaimTracker.Domain.Common;
using ClaimTracker.Domain.Statements;

namespace ClaimTracker.Domain.Speakers;

/// <summary>A person or a body (government, ministry, party, group) whose words are tracked.</summary>
public class Speaker : Entity, IVersioned
{
    public const int NameMaxLength = 200;
    public const int TextMaxLength = 200;
    public const int AliasesMaxLength = TextMaxLength * 2;
    public const int AliasKeysMaxLength = AliasesMaxLength * Common.NameKey.Expansion + 2;
    /// <summary>As long as any other web link the desk stores (a source's).</summary>
    public const int ReferenceUrlMaxLength = Sources.Source.UrlMaxLength;

    private string _name = "";
    private string? _aliases;

    public string Name
    {
        get => _name;
        set
        {
            _name = value;
            NameKey = Common.NameKey.Of(value);
        }
    }

    /// <summary>
    /// The folded name (<see cref="Common.NameKey"/>): unique among speakers, so one person is entered once. Set apart
    /// only for duplicates found when the keys were first computed (see the NameKeys backfill), until they are merged.
    /// </summary>
    public string? NameKey { get; set; }

    public SpeakerKind Kind { get; set; }
    public string? Country { get; set; }
    public string? Affiliation { get; set; }

    /// <summary>
    /// A web page that identifies the person or body beyond doubt (a Wikidata item, an encyclopaedia article, an
    /// official site): published as the ClaimReview claimant's schema.org sameAs.
    /// </summary>
    public string? ReferenceUrl { get; set; }

    /// <summary>Other spellings analysts may search for, separated by semicolons.</summary>
    public string? Aliases
    {
        get => _aliases;
        set
        {
            _aliases = value;
            AliasKeys = KeysOf(value);
        }
    }

    /// <summary>Each alias folded, between semicolons (";trump;mr. trump;"), so a search matches an alias part or whole.</summary>
    public string? AliasKeys { get; private set; }

    public Guid Version { get; set; }

    /// <summary>The import that created this speaker (null when entered by hand).</summary>
    public int? ImportBatchId { get; set; }

    public List<SpeakerRole> Roles { get; set; } = [];
    public List<Statement> Statements { get; set; } = [];

    /// <summary>The aliases one by one, as typed.</summary>
    public static IEnumerable<string> SplitAliases(string? aliases) =>
        (aliases ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static string? KeysOf(string? aliases)
    {
        var keys = SplitAliases(aliases).Select(Common.NameKey.Of).Where(k => k.Length > 0).Distinct().ToList();
        return keys.Count == 0 ? null : ";" + string.Join(";", keys) + ";";
    }
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
