using ClaimTracker.Domain.Annotations;
using ClaimTracker.Domain.Auditing;
using ClaimTracker.Domain.Imports;
using ClaimTracker.Domain.Reviews;
using ClaimTracker.Domain.Sources;
using ClaimTracker.Domain.Speakers;
using ClaimTracker.Domain.Statements;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace ClaimTracker.Application.Common;

/// <summary>
/// The database as the use cases see it. Handlers query it with LINQ; the unit-of-work behaviour owns
/// SaveChanges and the transaction, so a handler never commits on its own.
/// </summary>
public interface IClaimTrackerDb
{
    DbSet<Speaker> Speakers { get; }
    DbSet<SpeakerRole> SpeakerRoles { get; }
    DbSet<SpeakerMerge> SpeakerMerges { get; }
    DbSet<Source> Sources { get; }
    DbSet<Statement> Statements { get; }
    DbSet<StatementLink> StatementLinks { get; }
    DbSet<Topic> Topics { get; }
    /// <summary>The statement-topic tag rows ("StatementsId", "TopicsId"): a topic's statements without touching Statements.</summary>
    DbSet<Dictionary<string, object>> StatementTopics { get; }
    DbSet<Review> Reviews { get; }
    DbSet<Evidence> Evidence { get; }
    DbSet<ReviewRevision> ReviewRevisions { get; }
    DbSet<Publisher> Publishers { get; }
    DbSet<RatingLabel> RatingLabels { get; }
    DbSet<OutsideReview> OutsideReviews { get; }
    DbSet<AuditEntry> AuditEntries { get; }
    DbSet<Domain.Annotations.Annotation> Annotations { get; }
    DbSet<AnnotationTag> AnnotationTags { get; }
    DbSet<ImportBatch> ImportBatches { get; }
    DbSet<ImportRejection> ImportRejections { get; }
    DbSet<ImportRevert> ImportReverts { get; }

    // The statistics read model (Stats/ReadModel): written only by its projection and rebuild, read by the charts.
    DbSet<Stats.ReadModel.SpeakerVerdictStat> SpeakerVerdictStats { get; }
    DbSet<Stats.ReadModel.SpeakerLinkStat> SpeakerLinkStats { get; }
    DbSet<Stats.ReadModel.SpeakerTopicStat> SpeakerTopicStats { get; }
    DbSet<Stats.ReadModel.SpeakerRebutterStat> SpeakerRebutterStats { get; }
    DbSet<Stats.ReadModel.DeskDayStat> DeskDayStats { get; }
    DbSet<Stats.ReadModel.TopicDayStat> TopicDayStats { get; }
    DbSet<ArticleAnchor> ArticleAnchors { get; }

    DatabaseFacade Database { get; }
    EntityEntry<TEntity> Entry<TEntity>(TEntity entity) where TEntity : class;
    ChangeTracker ChangeTracker { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);

    /// <summary>Raised as every save starts and after it succeeded; the audit behaviour listens for one command.</summary>
    event EventHandler<SavingChangesEventArgs>? SavingChanges;

    event EventHandler<SavedChangesEventArgs>? SavedChanges;
}
