using ClaimTracker.Application.Common;
using ClaimTracker.Domain.Reviews;
using ClaimTracker.Domain.Statements;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Publishers;

/// <summary>What recording an outside review did: a new record, an existing one brought up to date, or nothing.</summary>
public enum RecordOutcome
{
    Created = 0,
    Updated = 1,
    Unchanged = 2,
}

public sealed record RecordedOutsideReview(OutsideReview Review, RecordOutcome Outcome);

/// <summary>
/// The one rule for recording another organisation's fact-check, shared by the <see cref="RecordOutsideReview"/>
/// command and by importers: find the publisher by its folded name (creating it when unknown), map its label through
/// the publisher's <see cref="RatingLabel"/> table, and add the review, or update the one already recorded for the
/// same statement, publisher and URL, so a re-import changes nothing. It adds to the context and never saves: the
/// caller's unit of work (or an importer's chunk) does. One instance per unit of work caches publishers with their
/// labels, so a bulk caller pays one lookup per publisher, not per row. Input must have passed
/// <see cref="OutsideReviewInputValidator"/>.
/// </summary>
public sealed class OutsideReviews(IClaimTrackerDb db)
{
    private readonly Dictionary<string, Publisher> _publishers = new(StringComparer.Ordinal);

    /// <summary>One-off use: records a review of a saved statement with a fresh cache.</summary>
    public static Task<RecordedOutsideReview> Record(IClaimTrackerDb db, int statementId, OutsideReviewInput input,
        int? importBatchId = null, CancellationToken cancellationToken = default) =>
        new OutsideReviews(db).RecordAsync(statementId, input, importBatchId, cancellationToken);

    /// <summary>Records a review of a saved statement.</summary>
    public async Task<RecordedOutsideReview> RecordAsync(int statementId, OutsideReviewInput input, int? importBatchId = null,
        CancellationToken cancellationToken = default)
    {
        var publisher = await PublisherAsync(input.PublisherName, input.PublisherSite, cancellationToken);
        var url = Text.OrNull(input.Url);
        var existing = publisher.Id == 0 ? null : await db.OutsideReviews
            .FirstOrDefaultAsync(o => o.StatementId == statementId && o.PublisherId == publisher.Id && o.Url == url, cancellationToken);
        if (existing is not null)
        {
            return new RecordedOutsideReview(existing, Apply(existing, publisher, input) ? RecordOutcome.Updated : RecordOutcome.Unchanged);
        }
        var review = New(publisher, input, importBatchId);
        review.StatementId = statementId;
        db.OutsideReviews.Add(review);
        return new RecordedOutsideReview(review, RecordOutcome.Created);
    }

    /// <summary>Records a review of a statement added in the same unit of work (not saved yet, so it has no id).</summary>
    public async Task<RecordedOutsideReview> RecordAsync(Statement statement, OutsideReviewInput input, int? importBatchId = null,
        CancellationToken cancellationToken = default)
    {
        if (statement.Id != 0)
        {
            return await RecordAsync(statement.Id, input, importBatchId, cancellationToken);
        }
        var publisher = await PublisherAsync(input.PublisherName, input.PublisherSite, cancellationToken);
        var url = Text.OrNull(input.Url);
        if (statement.OutsideReviews.FirstOrDefault(o => o.Publisher == publisher && o.Url == url) is { } pending)
        {
            return new RecordedOutsideReview(pending, Apply(pending, publisher, input) ? RecordOutcome.Updated : RecordOutcome.Unchanged);
        }
        var review = New(publisher, input, importBatchId);
        review.Statement = statement;
        statement.OutsideReviews.Add(review);
        db.OutsideReviews.Add(review);
        return new RecordedOutsideReview(review, RecordOutcome.Created);
    }

    /// <summary>
    /// The same as <see cref="RecordAsync(Statement, OutsideReviewInput, int?, CancellationToken)"/> for a statement the
    /// import writes in bulk: the review joins the statement and nothing is added to the context; the caller writes it.
    /// </summary>
    public static RecordedOutsideReview RecordUntracked(Statement statement, Publisher publisher, OutsideReviewInput input, int? importBatchId)
    {
        var url = Text.OrNull(input.Url);
        if (statement.OutsideReviews.FirstOrDefault(o => o.Publisher == publisher && o.Url == url) is { } pending)
        {
            return new RecordedOutsideReview(pending, Apply(pending, publisher, input) ? RecordOutcome.Updated : RecordOutcome.Unchanged);
        }
        var review = New(publisher, input, importBatchId);
        statement.OutsideReviews.Add(review);
        return new RecordedOutsideReview(review, RecordOutcome.Created);
    }

    /// <summary>The publisher with this name (folded: case, accents and spacing do not matter), created with <paramref name="site"/> when unknown.</summary>
    public async Task<Publisher> PublisherAsync(string name, string? site, CancellationToken cancellationToken = default)
    {
        var key = Domain.Common.NameKey.Of(name);
        if (_publishers.TryGetValue(key, out var cached))
        {
            return cached;
        }
        var publisher = db.Publishers.Local.FirstOrDefault(p => p.NameKey == key)
            ?? await db.Publishers.Include(p => p.Labels).FirstOrDefaultAsync(p => p.NameKey == key, cancellationToken);
        if (publisher is null)
        {
            publisher = new Publisher { Name = name.Trim(), Site = Text.OrNull(site) };
            db.Publishers.Add(publisher);
        }
        else if (!db.Entry(publisher).Collection(p => p.Labels).IsLoaded && publisher.Id != 0)
        {
            await db.Entry(publisher).Collection(p => p.Labels).LoadAsync(cancellationToken);
        }
        _publishers[key] = publisher;
        return publisher;
    }

    private static OutsideReview New(Publisher publisher, OutsideReviewInput input, int? importBatchId)
    {
        var review = new OutsideReview { Publisher = publisher, ImportBatchId = importBatchId };
        Apply(review, publisher, input);
        return review;
    }

    /// <summary>Copies the input onto the review; true when anything changed.</summary>
    private static bool Apply(OutsideReview review, Publisher publisher, OutsideReviewInput input)
    {
        var label = input.Label.Trim();
        var rating = publisher.RatingFor(label);
        var url = Text.OrNull(input.Url);
        var title = Text.OrNull(input.Title);
        var language = Text.OrNull(input.LanguageCode);
        if (review.Label == label && review.Rating == rating && review.Url == url && review.Title == title
            && review.ReviewedOn == input.ReviewedOn && review.LanguageCode == language)
        {
            return false;
        }
        review.Label = label;
        review.Rating = rating;
        review.Url = url;
        review.Title = title;
        review.ReviewedOn = input.ReviewedOn;
        review.LanguageCode = language;
        return true;
    }
}
