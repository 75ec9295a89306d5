using ClaimTracker.Application.Common;
using ClaimTracker.Domain.Annotations;
using ClaimTracker.Domain.Auditing;
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
    public DbSet<Review> Reviews => Set<Review>();
    public DbSet<Evidence> Evidence => Set<Evidence>();
    public DbSet<ReviewRevision> ReviewRevisions => Set<ReviewRevision>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Annotation> Annotations => Set<Annotation>();
    public DbSet<AnnotationTag> AnnotationTags => Set<AnnotationTag>();
    public DbSet<ArticleAnchor> ArticleAnchors => Set<ArticleAnchor>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ClaimTrackerDbContext).Assembly);

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
