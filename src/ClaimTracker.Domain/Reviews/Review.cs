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
/// Once published it changes only through a correction, and every publication and correction is kept. The
/// workflow's steps are methods here; each checks <see cref="ReviewPolicy"/> first and changes nothing when refused.
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

    /// <summary>
    /// The statement as the public saw it when the verdict was last published or corrected. Edits to the statement,
    /// its speaker or its source reach the public page only through a correction (docs/adr/0007).
    /// </summary>
    public PublishedStatement? Snapshot { get; set; }

    public bool IsPublished => Status == ReviewStatus.Published;

    /// <summary>Starts a draft owned by <paramref name="actor"/>.</summary>
    public static Review Draft(int statementId, ReviewActor actor, Verdict verdict)
    {
        var review = new Review { StatementId = statementId, Status = ReviewStatus.Draft, OwnerId = actor.UserId, OwnerName = actor.UserName };
        review.Apply(verdict);
        return review;
    }

    public void EditDraft(ReviewActor actor, Verdict verdict)
    {
        Enforce(ReviewAction.EditDraft, actor);
        Apply(verdict);
    }

    /// <summary>Sends the draft to the editors: Draft to In review.</summary>
    public void Submit(ReviewActor actor)
    {
        Enforce(ReviewAction.Submit, actor);
        Status = ReviewStatus.InReview;
    }

    /// <summary>Publishes the current rating with the statement as it reads now, and keeps a copy of what the public saw, and when.</summary>
    public void Publish(ReviewActor actor, PublicRecord shown, DateTime atUtc)
    {
        Enforce(ReviewAction.Publish, actor);
        Status = ReviewStatus.Published;
        PublishedAtUtc = atUtc;
        PublishedBy = actor.UserName;
        TakeSnapshot(shown);
        Revisions.Add(ReviewRevision.Of(this, ReviewEvent.Published, null, atUtc, actor.UserName));
    }

    /// <summary>
    /// Changes a published review in the open: the note says what changed and why. The statement is republished as
    /// it reads now, so an edited quote, a renamed speaker or a corrected source reaches the public with this note.
    /// </summary>
    public void Correct(ReviewActor actor, Verdict verdict, string note, PublicRecord shown, DateTime atUtc)
    {
        Enforce(ReviewAction.Correct, actor);
        Apply(verdict);
        CorrectedAtUtc = atUtc;
        TakeSnapshot(shown);
        Revisions.Add(ReviewRevision.Of(this, ReviewEvent.Corrected, note, atUtc, actor.UserName));
    }

    private void Enforce(ReviewAction action, ReviewActor actor)
    {
        if (ReviewPolicy.Check(action, Status, OwnerId, actor) is { } violation)
        {
            throw new DeskRuleException(violation);
        }
    }

    private void Apply(Verdict verdict)
    {
        Rating = verdict.Rating;
        Rationale = verdict.Rationale;
        Evidence.Clear();
        Evidence.AddRange(verdict.Evidence);
    }

    private void TakeSnapshot(PublicRecord shown)
    {
        Snapshot = shown.Statement;
        foreach (var evidence in Evidence)
        {
            var cited = shown.Cited(evidence);
            evidence.CitedQuote = cited?.Quote;
            evidence.CitedQuoteKind = cited?.QuoteKind;
            evidence.CitedSpeaker = cited?.SpeakerName;
        }
    }
}

/// <summary>A rating with its reasons and evidence, as a draft or a correction states it.</summary>
public sealed record Verdict(Rating Rating, string Rationale, IReadOnlyList<Evidence> Evidence);

/// <summary>What a publication shows besides the verdict: the statement, and the statement a piece of evidence cites (null for a web link).</summary>
public sealed record PublicRecord(PublishedStatement Statement, Func<Evidence, PublishedStatement?> Cited);

/// <summary>The statement as published with its verdict: words, kind, who said it in which capacity, when, and who reported it.</summary>
public class PublishedStatement
{
    public string Quote { get; set; } = "";
    public QuoteKind QuoteKind { get; set; }
    public string SpeakerName { get; set; } = "";
    public string? SpeakerRole { get; set; }
    /// <summary>The speaker's reference page when published; null in snapshots taken before speakers had one.</summary>
    public string? SpeakerReferenceUrl { get; set; }
    public string? OnBehalfOfName { get; set; }
    public DateOnly SaidOn { get; set; }
    public DatePrecision SaidOnPrecision { get; set; }
    public string? Venue { get; set; }
    public string SourceOutlet { get; set; } = "";
    public string SourceHeadline { get; set; } = "";
    public string? SourceUrl { get; set; }
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

    /// <summary>The cited statement's words, kind and speaker as published (null for a web link or before publication).</summary>
    public string? CitedQuote { get; set; }
    public QuoteKind? CitedQuoteKind { get; set; }
    public string? CitedSpeaker { get; set; }
}
