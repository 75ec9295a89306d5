using ClaimTracker.Application.Reviews;
using ClaimTracker.Application.Statements;
using ClaimTracker.Domain.Reviews;

namespace ClaimTracker.Web.Components.Pages.Statements;

/// <summary>The review editor's mutable state; it only ever becomes a <see cref="ReviewInput"/>.</summary>
public sealed class ReviewForm
{
    public bool IsCorrection { get; init; }
    public Rating Rating { get; set; } = Rating.Unverified;
    public string Rationale { get; set; } = "";
    public string? Note { get; set; }
    public List<EvidenceRow> Evidence { get; set; } = [];

    public sealed class EvidenceRow
    {
        public string Title { get; set; } = "";
        public string? Url { get; set; }
        public int? StatementId { get; set; }
        public EvidenceStance Stance { get; set; } = EvidenceStance.Refutes;
    }

    public static ReviewForm From(ReviewDetails? review, bool correction) => new()
    {
        IsCorrection = correction,
        Rating = review?.Rating ?? Rating.Unverified,
        Rationale = review?.Rationale ?? "",
        Evidence = (review?.Evidence ?? []).Select(e => new EvidenceRow { Title = e.Title, Url = e.Url, StatementId = e.StatementId, Stance = e.Stance }).ToList(),
    };

    public ReviewInput ToInput() => new()
    {
        Rating = Rating,
        Rationale = Rationale,
        Evidence = Evidence.Select(e => new EvidenceInput(e.Title, e.Url, e.StatementId, e.Stance)).ToList(),
    };
}
