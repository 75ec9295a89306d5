using ClaimTracker.Domain.Common;
using ClaimTracker.Domain.Statements;

namespace ClaimTracker.Domain.Sources;

public enum SourceKind
{
    NewsArticle = 0,
    SocialMediaPost = 1,
    PressStatement = 2,
    Interview = 3,
    Letter = 4,
    Memoir = 5,
    Broadcast = 6,
}

/// <summary>Where a statement was reported: an article, a post, a press release.</summary>
public class Source : Entity, IVersioned
{
    public const int OutletMaxLength = 200;
    public const int HeadlineMaxLength = 500;
    public const int AuthorsMaxLength = 500;
    public const int UrlMaxLength = 2000;
    public const int NoteMaxLength = 2000;
    public const int ArticleTextMaxLength = 200_000;

    public string Outlet { get; set; } = "";
    public string Headline { get; set; } = "";
    public string? Authors { get; set; }
    public DateOnly? PublishedOn { get; set; }
    public DatePrecision PublishedPrecision { get; set; }
    public string? Url { get; set; }
    public SourceKind Kind { get; set; }
    public string? Note { get; set; }
    public Guid Version { get; set; }

    /// <summary>The import that created this source (null when entered by hand).</summary>
    public int? ImportBatchId { get; set; }
    /// <summary>
    /// The desk's own copy of the article, cleaned to plain paragraphs: read by members only (never on public pages
    /// or the public API), and the text statement selectors point into.
    /// </summary>
    public string? ArticleText { get; set; }

    public List<Statement> Statements { get; set; } = [];
}
