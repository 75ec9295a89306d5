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

/// <summary>A fact-check of one statement: a rating with rationale and evidence, moving Draft, In review, Published.</summary>
public class Review : Entity, IVersioned
{
    public const int RationaleMaxLength = 8000;

    public int StatementId { get; set; }
    public Statement Statement { get; set; } = null!;
    public Rating Rating { get; set; }
    public string Rationale { get; set; } = "";
    public ReviewStatus Status { get; set; }
    public DateTime? PublishedAtUtc { get; set; }
    public string? PublishedBy { get; set; }
    public Guid Version { get; set; }
    public List<Evidence> Evidence { get; set; } = [];
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
