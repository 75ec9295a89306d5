using ClaimTracker.Domain.Common;
using ClaimTracker.Domain.Statements;

namespace ClaimTracker.Domain.Reviews;

/// <summary>The rating scale, from a desk's point of view. Unverified and Misleading sit beside the truth scale.</summary>
public enum Rating
{
    True = 0,
    MostlyTrue = 1,
    HalfTrue = 2,
    MostlyFalse = 3,
    False = 4,
    Unverified = 5,
    Misleading = 6,
}

public enum ReviewStatus
{
    Draft = 0,
    InReview = 1,
    Published = 2,
}

public enum EvidenceStance
{
    Supports = 0,
    Refutes = 1,
    /// <summary>Neither supports nor refutes, but a reader needs it to judge the claim.</summary>
    Context = 2,
}

/// <summary>
/// A fact-check of one statement: a rating with rationale and evidence, moving Draft, In review, Published.
/// Once published it changes only through a correction, and every publication and correction is kept.
/// </summary>
public class Review : Entity, IVersioned
{
    public const int RationaleMaxLength = 8000;
    public const int MaxEvidence = 30;

    public int StatementId { get; set; }
    public Statement Statement { get; set; } = null!;
    public Rating Rating { get; set; }
    public string Rationale { get; set; } = "";
    public ReviewStatus Status { get; set; }

    /// <summary>The account that drafted it; only they (or an editor) may change the draft.</summary>
    public string? OwnerId { get; set; }
    public string? OwnerName { get; set; }

    public DateTime? PublishedAtUtc { get; set; }
    public string? PublishedBy { get; set; }
    public DateTime? CorrectedAtUtc { get; set; }
    public Guid Version { get; set; }
    public List<Evidence> Evidence { get; set; } = [];
    public List<ReviewRevision> Revisions { get; set; } = [];

    public bool IsPublished => Status == ReviewStatus.Published;

    public bool MayBeChangedBy(string? userId, bool isEditor) => isEditor || (userId is not null && userId == OwnerId);

    /// <summary>Publishes the current rating and keeps a copy of what the public saw, and when.</summary>
    public void Publish(DateTime atUtc, string? by)
    {
        Status = ReviewStatus.Published;
        PublishedAtUtc = atUtc;
        PublishedBy = by;
        Revisions.Add(ReviewRevision.Of(this, ReviewEvent.Published, null, atUtc, by));
    }

    /// <summary>Records a change to a published review in the open: the note says what changed and why.</summary>
    public void RecordCorrection(string note, DateTime atUtc, string? by)
    {
        CorrectedAtUtc = atUtc;
        Revisions.Add(ReviewRevision.Of(this, ReviewEvent.Corrected, note, atUtc, by));
    }
}

public enum ReviewEvent
{
    Published = 0,
    Corrected = 1,
}

/// <summary>What a published review said at one moment: the public corrections log.</summary>
public class ReviewRevision
{
    public const int NoteMaxLength = 2000;

    public int Id { get; set; }
    public int ReviewId { get; set; }
    public ReviewEvent Event { get; set; }
    public Rating Rating { get; set; }
    public string Rationale { get; set; } = "";
    public string? Note { get; set; }
    public DateTime AtUtc { get; set; }
    public string? By { get; set; }

    public static ReviewRevision Of(Review review, ReviewEvent what, string? note, DateTime atUtc, string? by) => new()
    {
        Event = what,
        Rating = review.Rating,
        Rationale = review.Rationale,
        Note = note,
        AtUtc = atUtc,
        By = by,
    };
}

/// <summary>One piece of evidence for a review: a link or another tracked statement, and which way it points.</summary>
public class Evidence
{
    public const int TitleMaxLength = 300;
    public const int UrlMaxLength = 2000;

    public int Id { get; set; }
    public int ReviewId { get; set; }
    public string Title { get; set; } = "";
    public string? Url { get; set; }
    public int? StatementId { get; set; }
    public Statement? Statement { get; set; }
    public EvidenceStance Stance { get; set; }
}
