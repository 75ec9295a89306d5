using System.Linq.Expressions;
using ClaimTracker.Domain.Common;
using ClaimTracker.Domain.Reviews;
using ClaimTracker.Domain.Sources;
using ClaimTracker.Domain.Speakers;

namespace ClaimTracker.Domain.Statements;

/// <summary>Whether the words are the speaker's own, a rewording, or someone's account of what was said.</summary>
public enum QuoteKind
{
    DirectQuote = 0,
    Paraphrase = 1,
    /// <summary>"X said that Y had asked him": the claim reaches us through another speaker.</summary>
    ReportedSpeech = 2,
}

/// <summary>A tracked claim: the words, who said them in which capacity, when and where, and who reported it.</summary>
public class Statement : Entity, IVersioned
{
    public const int QuoteMaxLength = 4000;
    public const int RoleMaxLength = 200;
    public const int VenueMaxLength = 300;
    public const int ContextMaxLength = 2000;

    public string Quote { get; set; } = "";
    public QuoteKind QuoteKind { get; set; }

    public int SpeakerId { get; set; }
    public Speaker Speaker { get; set; } = null!;

    /// <summary>The role the speaker held when speaking, as recorded; kept on the statement because titles change.</summary>
    public string? SpeakerRole { get; set; }

    /// <summary>The body the speaker spoke for, e.g. a spokesman for a ministry.</summary>
    public int? OnBehalfOfId { get; set; }
    public Speaker? OnBehalfOf { get; set; }

    public DateOnly SaidOn { get; set; }
    public DatePrecision SaidOnPrecision { get; set; }
    public string? Venue { get; set; }

    public int SourceId { get; set; }
    public Source Source { get; set; } = null!;

    public string? Context { get; set; }
    public Guid Version { get; set; }

    /// <summary>The import that created this statement (null when entered by hand).</summary>
    public int? ImportBatchId { get; set; }

    /// <summary>
    /// The stable key of an imported statement (a hash of the source's id or URL, else of speaker, date and words),
    /// so importing the same file again finds it instead of adding it twice.
    /// </summary>
    public string? ImportKey { get; set; }

    /// <summary>A hash of the imported row's values: equal means a re-import leaves the statement unchanged.</summary>
    public string? ImportFingerprint { get; set; }

    public List<Topic> Topics { get; set; } = [];
    public Review? Review { get; set; }

    /// <summary>Fact-checks of these words by other organisations, read-only (see <see cref="OutsideReview"/>).</summary>
    public List<OutsideReview> OutsideReviews { get; set; } = [];

    /// <summary>Links where this statement responds to another (e.g. this denial rebuts that claim).</summary>
    public List<StatementLink> OutgoingLinks { get; set; } = [];

    /// <summary>Links where another statement responds to this one.</summary>
    public List<StatementLink> IncomingLinks { get; set; } = [];

    /// <summary>
    /// The role as recorded; if none was, the dated role the speaker held that day. An expression, so queries
    /// translate it to SQL and a published snapshot runs the very same rule in memory.
    /// </summary>
    public static readonly Expression<Func<Statement, string?>> RoleHeld = s => s.SpeakerRole ?? s.Speaker.Roles
        .Where(r => (r.From == null || r.From <= s.SaidOn) && (r.To == null || s.SaidOn < r.To))
        .OrderByDescending(r => r.From)
        .Select(r => r.Title)
        .FirstOrDefault();

    private static readonly Func<Statement, string?> RoleHeldInMemory = RoleHeld.Compile();

    /// <summary>The statement as the public sees it with a verdict; needs the speaker (with roles), the body spoken for and the source loaded.</summary>
    public PublishedStatement ToPublished() => new()
    {
        Quote = Quote,
        QuoteKind = QuoteKind,
        SpeakerName = Speaker.Name,
        SpeakerRole = RoleHeldInMemory(this),
        SpeakerReferenceUrl = Speaker.ReferenceUrl,
        OnBehalfOfName = OnBehalfOf?.Name,
        SaidOn = SaidOn,
        SaidOnPrecision = SaidOnPrecision,
        Venue = Venue,
        SourceOutlet = Source.Outlet,
        SourceHeadline = Source.Headline,
        SourceUrl = Source.Url,
    };
}

public class Topic
{
    public const int NameMaxLength = 100;

    private string _name = "";

    public int Id { get; set; }

    public string Name
    {
        get => _name;
        set
        {
            _name = value;
            NameKey = Common.NameKey.Of(value);
        }
    }

    /// <summary>The folded name (<see cref="Common.NameKey"/>): unique, and what lookups match on.</summary>
    public string? NameKey { get; private set; }

    /// <summary>The import that created this topic (null when entered by hand).</summary>
    public int? ImportBatchId { get; set; }

    public List<Statement> Statements { get; set; } = [];
}
