using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Common;
using ClaimTracker.Application.Sources;
using ClaimTracker.Domain.Reviews;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Reviews;

/// <summary>A rating with its reasons and evidence; shared by drafting and correcting.</summary>
public sealed record ReviewInput
{
    public Rating Rating { get; init; } = Rating.Unverified;
    public string Rationale { get; init; } = "";
    public IReadOnlyList<EvidenceInput> Evidence { get; init; } = [];

    public Verdict ToVerdict() => new(Rating, Rationale.Trim(), Evidence.Select(e => new Evidence
    {
        Title = e.Title.Trim(),
        Url = Text.OrNull(e.Url),
        StatementId = e.StatementId,
        Stance = e.Stance,
    }).ToList());
}

/// <summary>One piece of evidence: a web page or another tracked statement, and the stance it takes.</summary>
public sealed record EvidenceInput(string Title, string? Url, int? StatementId, EvidenceStance Stance);

public sealed class ReviewInputValidator : AbstractValidator<ReviewInput>
{
    public ReviewInputValidator(IClaimTrackerDb db)
    {
        RuleFor(r => r.Rating).IsInEnum().WithMessage("Choose a rating.");
        RuleFor(r => r.Rationale).NotEmpty().WithMessage("Explain the rating: readers need the reasons, not just the label.")
            .MaximumLength(Review.RationaleMaxLength).WithMessage($"The rationale can be at most {Review.RationaleMaxLength} characters.");
        RuleFor(r => r.Evidence).Must(e => e.Count <= Review.MaxEvidence)
            .WithMessage($"A review can cite at most {Review.MaxEvidence} pieces of evidence.");
        RuleForEach(r => r.Evidence).ChildRules(e =>
        {
            e.RuleFor(x => x.Title).NotEmpty().WithMessage("Each piece of evidence needs a title.")
                .MaximumLength(Evidence.TitleMaxLength).WithMessage($"An evidence title can be at most {Evidence.TitleMaxLength} characters.");
            e.RuleFor(x => x.Stance).IsInEnum().WithMessage("Say whether the evidence supports or refutes the claim.");
            e.RuleFor(x => x.Url).MaximumLength(Evidence.UrlMaxLength).WithMessage($"An evidence link can be at most {Evidence.UrlMaxLength} characters.")
                .Must(SourceInputValidator.BeAWebLink).When(x => !string.IsNullOrWhiteSpace(x.Url))
                .WithMessage("An evidence link must be a full web address starting with http:// or https://.");
            e.RuleFor(x => x).Must(x => x.StatementId is not null || !string.IsNullOrWhiteSpace(x.Url))
                .WithName("Evidence").WithMessage("Each piece of evidence needs a link or a tracked statement.");
            e.RuleFor(x => x.StatementId)
                .MustAsync((id, ct) => db.Statements.AnyAsync(s => s.Id == id, ct)).When(x => x.StatementId is not null)
                .WithMessage("The cited statement does not exist.");
        });
    }
}

/// <summary>
/// The desk's review settings ("Reviews" in configuration). Four eyes is on unless a desk turns it off:
/// <c>Reviews:RequireSecondEditor=false</c> lets an editor publish their own draft straight from Draft.
/// </summary>
public sealed class ReviewOptions
{
    public bool RequireSecondEditor { get; set; } = true;
}

/// <summary>What review handlers share: loading a review for a change, who is acting, and what a publication shows.</summary>
internal static class ReviewRules
{
    public static async Task<Review> LoadAsync(IClaimTrackerDb db, int statementId, Guid version, CancellationToken ct)
    {
        var review = await db.Reviews.Include(r => r.Evidence).Include(r => r.Revisions)
            .SingleOrDefaultAsync(r => r.StatementId == statementId, ct)
            ?? throw new NotFoundException("Review of statement", statementId);
        Concurrency.Expect(db, review, version, "The review");
        return review;
    }

    public static ReviewActor Actor(ICurrentUser user, ReviewOptions options) =>
        new(user.UserId, user.UserName, user.IsInRole(Roles.Editor), options.RequireSecondEditor);

    /// <summary>The reviewed statement and every statement its evidence cites, as they read now, for a snapshot.</summary>
    public static async Task<PublicRecord> PublicRecordAsync(IClaimTrackerDb db, int statementId, IEnumerable<Evidence> evidence, CancellationToken ct)
    {
        var ids = evidence.Where(e => e.StatementId is not null).Select(e => e.StatementId!.Value)
            .Append(statementId).Distinct().ToList();
        var statements = await db.Statements.AsNoTracking()
            .Include(s => s.Speaker).ThenInclude(p => p.Roles)
            .Include(s => s.OnBehalfOf)
            .Include(s => s.Source)
            .Where(s => ids.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, ct);
        return new PublicRecord(statements[statementId].ToPublished(),
            e => e.StatementId is { } id && statements.TryGetValue(id, out var cited) ? cited.ToPublished() : null);
    }
}
