using ClaimTracker.Domain.Common;
using ClaimTracker.Domain.Statements;

namespace ClaimTracker.Domain.Reviews;

/// <summary>
/// A fact-check of a tracked statement by another organisation, recorded as they published it. Read-only for the
/// desk: our workflow (draft, review, publish, correct) applies only to our own <see cref="Review"/>.
/// </summary>
public class OutsideReview : Entity
{
    public const int LabelMaxLength = RatingLabel.LabelMaxLength;
    public const int UrlMaxLength = 2000;
    public const int TitleMaxLength = 500;
    public const int LanguageCodeMaxLength = 35;

    public int StatementId { get; set; }
    public Statement Statement { get; set; } = null!;
    public int PublisherId { get; set; }
    public Publisher Publisher { get; set; } = null!;

    /// <summary>The publisher's own rating label, as given ("Pants on Fire", "Four Pinocchios").</summary>
    public string Label { get; set; } = "";

    /// <summary>The label on our scale through the publisher's mapping; null until the desk maps the label.</summary>
    public Rating? Rating { get; set; }

    public string? Url { get; set; }
    public string? Title { get; set; }
    public DateOnly? ReviewedOn { get; set; }

    /// <summary>BCP 47 language of the fact-check ("en", "pt-BR"), when known.</summary>
    public string? LanguageCode { get; set; }

    /// <summary>The import that brought it, if one did.</summary>
    public int? ImportBatchId { get; set; }
}
