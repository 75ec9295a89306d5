using ClaimTracker.Domain.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClaimTracker.Infrastructure.Persistence.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.Property(a => a.Request).HasMaxLength(AuditEntry.RequestMaxLength).IsRequired();
        b.Property(a => a.Entity).HasMaxLength(AuditEntry.EntityMaxLength).IsRequired();
        b.Property(a => a.EntityId).HasMaxLength(450).IsRequired();
        b.Property(a => a.UserId).HasMaxLength(450);
        b.Property(a => a.UserName).HasMaxLength(256);
        // No foreign key to Statements on purpose: the history must outlive what it describes.
        b.HasIndex(a => new { a.StatementId, a.AtUtc });
        b.HasIndex(a => a.RelatedStatementId);
        b.HasIndex(a => a.AtUtc);
    }
}
