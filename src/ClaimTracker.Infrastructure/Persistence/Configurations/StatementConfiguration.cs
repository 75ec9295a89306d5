using ClaimTracker.Application.Common;
using ClaimTracker.Domain.Common;
using ClaimTracker.Domain.Statements;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClaimTracker.Infrastructure.Persistence.Configurations;

internal sealed class StatementConfiguration : IEntityTypeConfiguration<Statement>
{
    public void Configure(EntityTypeBuilder<Statement> b)
    {
        b.Property(s => s.Quote).HasMaxLength(Statement.QuoteMaxLength).IsRequired();
        b.Property(s => s.SpeakerRole).HasMaxLength(Statement.RoleMaxLength);
        b.Property(s => s.Venue).HasMaxLength(Statement.VenueMaxLength);
        b.Property(s => s.Context).HasMaxLength(Statement.ContextMaxLength);
        b.Property(s => s.CreatedBy).HasMaxLength(256);
        b.Property(s => s.UpdatedBy).HasMaxLength(256);
        b.Property(s => s.Version).IsConcurrencyToken();

        // Two keys to Speakers from one table: SQL Server refuses two cascade paths, and deleting a speaker who
        // has statements should be refused anyway, not silently take the statements with it.
        b.HasOne(s => s.Speaker).WithMany(p => p.Statements).HasForeignKey(s => s.SpeakerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(s => s.OnBehalfOf).WithMany().HasForeignKey(s => s.OnBehalfOfId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(s => s.Source).WithMany(p => p.Statements).HasForeignKey(s => s.SourceId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(s => s.Topics).WithMany(t => t.Statements).UsingEntity("StatementTopics", j =>
        {
            // The statement's date on its tag rows, kept by triggers: a topic's page is a seek on this index (ADR 26).
            j.Property<DateOnly?>(StatementTopicColumns.SaidOn);
            j.HasIndex(StatementTopicColumns.TopicId, StatementTopicColumns.SaidOn, StatementTopicColumns.StatementId);
        });

        // Keyset paging orders by (SaidOn, Id); the speaker page filters by speaker first.
        b.HasIndex(s => new { s.SaidOn, s.Id });
        b.HasIndex(s => new { s.SpeakerId, s.SaidOn, s.Id });
        // The list's on-behalf-of part walks this in date order, like the speaker's own part (StatementFilter.Parts).
        b.HasIndex(s => new { s.OnBehalfOfId, s.SaidOn, s.Id });
        // The desk dashboard: recent activity and work per member look at what was added lately.
        b.HasIndex(s => s.CreatedAtUtc);
    }
}

internal sealed class TopicConfiguration : IEntityTypeConfiguration<Topic>
{
    public void Configure(EntityTypeBuilder<Topic> b)
    {
        b.Property(t => t.Name).HasMaxLength(Topic.NameMaxLength).IsRequired();
        // One topic per folded name ("Ärger" and "ärger" are one); null only until the NameKeys backfill has run.
        b.Property(t => t.NameKey).HasMaxLength(Topic.NameMaxLength * NameKey.Expansion);
        b.HasIndex(t => t.Name).IsUnique();
        b.HasIndex(t => t.NameKey).IsUnique();
    }
}

internal sealed class StatementLinkConfiguration : IEntityTypeConfiguration<StatementLink>
{
    public void Configure(EntityTypeBuilder<StatementLink> b)
    {
        b.Property(l => l.Note).HasMaxLength(StatementLink.NoteMaxLength);
        b.Property(l => l.CreatedBy).HasMaxLength(256);
        b.Property(l => l.UpdatedBy).HasMaxLength(256);
        // Both ends point at Statements: no cascade on either (multiple cascade paths on SQL Server).
        b.HasOne(l => l.FromStatement).WithMany(s => s.OutgoingLinks).HasForeignKey(l => l.FromStatementId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(l => l.ToStatement).WithMany(s => s.IncomingLinks).HasForeignKey(l => l.ToStatementId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(l => new { l.FromStatementId, l.ToStatementId, l.Relation }).IsUnique();
        b.HasIndex(l => new { l.ToStatementId, l.Relation });
        b.HasIndex(l => l.CreatedAtUtc);
    }
}
