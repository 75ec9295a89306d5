using ClaimTracker.Application.Common;
using ClaimTracker.Application.Stats.ReadModel;
using ClaimTracker.Domain.Annotations;
using ClaimTracker.Domain.Auditing;
using ClaimTracker.Domain.Imports;
using ClaimTracker.Domain.Reviews;
using ClaimTracker.Domain.Sources;
using ClaimTracker.Domain.Speakers;
using ClaimTracker.Domain.Statements;
using ClaimTracker.Infrastructure.Identity;
using ClaimTracker.Infrastructure.Search;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Infrastructure.Persistence;

/// <summary>One context for the desk's records and the Identity tables, so one migration history per engine.</summary>
public class ClaimTrackerDbContext(DbContextOptions<ClaimTrackerDbContext> options)
    : IdentityDbContext<ApplicationUser>(options), IClaimTrackerDb, IDataProtectionKeyContext
{
    /// <summary>The app's data-protection keys (cookies, antiforgery), so a restart or a second server can read them.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Speaker> Speakers => Set<Speaker>();
    public DbSet<SpeakerRole> SpeakerRoles => Set<SpeakerRole>();
    public DbSet<SpeakerMerge> SpeakerMerges => Set<SpeakerMerge>();
    public DbSet<Source> Sources => Set<Source>();
    public DbSet<Statement> Statements => Set<Statement>();
    public DbSet<StatementLink> StatementLinks => Set<StatementLink>();
    public DbSet<Topic> Topics => Set<Topic>();
    public DbSet<Dictionary<string, object>> StatementTopics => Set<Dictionary<string, object>>("StatementTopics");
    public DbSet<Review> Reviews => Set<Review>();
    public DbSet<Evidence> Evidence => Set<Evidence>();
    public DbSet<ReviewRevision> ReviewRevisions => Set<ReviewRevision>();
    public DbSet<Publisher> Publishers => Set<Publisher>();
    public DbSet<RatingLabel> RatingLabels => Set<RatingLabel>();
    public DbSet<OutsideReview> OutsideReviews => Set<OutsideReview>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Annotation> Annotations => Set<Annotation>();
    public DbSet<AnnotationTag> AnnotationTags => Set<AnnotationTag>();
    public DbSet<SpeakerVerdictStat> SpeakerVerdictStats => Set<SpeakerVerdictStat>();
    public DbSet<SpeakerLinkStat> SpeakerLinkStats => Set<SpeakerLinkStat>();
    public DbSet<SpeakerTopicStat> SpeakerTopicStats => Set<SpeakerTopicStat>();
    public DbSet<SpeakerRebutterStat> SpeakerRebutterStats => Set<SpeakerRebutterStat>();
    public DbSet<DeskDayStat> DeskDayStats => Set<DeskDayStat>();
    public DbSet<TopicDayStat> TopicDayStats => Set<TopicDayStat>();

    /// <summary>The statistics change of the save in progress (<see cref="StatsInterceptor"/>).</summary>
    internal StatsProjection? PendingStats { get; set; }

    /// <summary>The transaction the interceptor opened for a save that had none, so the counts commit with it.</summary>
    internal Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction? StatsTransaction { get; set; }
    public DbSet<ImportBatch> ImportBatches => Set<ImportBatch>();
    public DbSet<ImportRejection> ImportRejections => Set<ImportRejection>();
    public DbSet<ImportRevert> ImportReverts => Set<ImportRevert>();
    public DbSet<ArticleAnchor> ArticleAnchors => Set<ArticleAnchor>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ClaimTrackerDbContext).Assembly);
        Configurations.ImportColumns.Configure(builder);

        // The search index is kept in step by triggers on these tables (migration SearchEverything); declaring them
        // stops EF from using RETURNING (SQLite) or OUTPUT (SQL Server), which neither combines with such triggers.
        var sqlite = Database.IsSqlite();
        builder.Entity<Statement>().ToTable(t => t.HasTrigger(sqlite ? SqliteFullText.StatementTrigger : SqlServerFullText.StatementTrigger));
        builder.Entity<Speaker>().ToTable(t => t.HasTrigger(sqlite ? SqliteFullText.SpeakerTrigger : SqlServerFullText.SpeakerTrigger));
        builder.Entity<Topic>().ToTable(t => t.HasTrigger(sqlite ? SqliteFullText.TopicTrigger : SqlServerFullText.TopicTrigger));
        builder.SharedTypeEntity<Dictionary<string, object>>("StatementTopics")
            .ToTable(t => t.HasTrigger(sqlite ? SqliteFullText.StatementTopicTrigger : SqlServerFullText.StatementTopicTrigger));
        if (sqlite)
        {
            Fts5.Register(builder);
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: readable in the database and safe if members are reordered.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
    }
}
