using ClaimTracker.Domain.Common;
using ClaimTracker.Domain.Statements;

namespace ClaimTracker.Domain.Annotations;

public enum AnnotationKind
{
    Comment = 0,
    Question = 1,
    Highlight = 2,
    Tag = 3,
    /// <summary>The span contradicts (or rebuts, confirms…) another statement; the typed link is made with it.</summary>
    Contradiction = 4,
}

/// <summary>
/// A note on a span of a statement's quote. The span is kept the way the W3C Web Annotation model keeps it: the
/// exact words with a little text before and after (TextQuoteSelector) and character offsets (TextPositionSelector),
/// so it can be found again after small edits to the quote. Replies hang off their parent and carry no span.
/// </summary>
public class Annotation : Entity, IVersioned
{
    public const int BodyMaxLength = 4000;
    public const int ContextLength = 32;

    public int StatementId { get; set; }
    public Statement Statement { get; set; } = null!;

    /// <summary>Set on replies: the annotation this one answers.</summary>
    public int? ParentId { get; set; }
    public Annotation? Parent { get; set; }
    public List<Annotation> Replies { get; set; } = [];

    public AnnotationKind Kind { get; set; }
    public string? Body { get; set; }
    public int? TagId { get; set; }
    public AnnotationTag? Tag { get; set; }

    /// <summary>For a contradiction: the link created with it.</summary>
    public int? LinkId { get; set; }
    public StatementLink? Link { get; set; }

    public string? Exact { get; set; }
    public string? Prefix { get; set; }
    public string? Suffix { get; set; }
    public int? Start { get; set; }
    public int? End { get; set; }

    public bool Resolved { get; set; }
    public string? OwnerId { get; set; }
    public string? OwnerName { get; set; }
    public Guid Version { get; set; }
}

/// <summary>A named colour analysts tag spans with ("needs source", "numbers").</summary>
public class AnnotationTag
{
    public const int NameMaxLength = 50;

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

    /// <summary>A CSS hex colour, #rrggbb.</summary>
    public string Color { get; set; } = "#fde68a";
}
