using ClaimTracker.Domain.Annotations;
using ClaimTracker.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClaimTracker.Infrastructure.Persistence.Configurations;

internal sealed class AnnotationConfiguration : IEntityTypeConfiguration<Annotation>
{
    public void Configure(EntityTypeBuilder<Annotation> b)
    {
        b.Property(a => a.Body).HasMaxLength(Annotation.BodyMaxLength);
        b.Property(a => a.Exact).HasMaxLength(Domain.Statements.Statement.QuoteMaxLength);
        b.Property(a => a.Prefix).HasMaxLength(Annotation.ContextLength);
        b.Property(a => a.Suffix).HasMaxLength(Annotation.ContextLength);
        b.Property(a => a.OwnerId).HasMaxLength(450);
        b.Property(a => a.OwnerName).HasMaxLength(256);
        b.Property(a => a.CreatedBy).HasMaxLength(256);
        b.Property(a => a.UpdatedBy).HasMaxLength(256);
        b.Property(a => a.Version).IsConcurrencyToken();

        b.HasOne(a => a.Statement).WithMany().HasForeignKey(a => a.StatementId).OnDelete(DeleteBehavior.Cascade);
        // Self-reference: SQL Server allows no cascade here; a thread is removed reply first.
        b.HasOne(a => a.Parent).WithMany(a => a.Replies).HasForeignKey(a => a.ParentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(a => a.Tag).WithMany().HasForeignKey(a => a.TagId).OnDelete(DeleteBehavior.SetNull);
        // Removing the link keeps the note; Statements -> StatementLinks does not cascade, so this is one path only.
        b.HasOne(a => a.Link).WithMany().HasForeignKey(a => a.LinkId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(a => new { a.StatementId, a.ParentId });
    }
}

internal sealed class AnnotationTagConfiguration : IEntityTypeConfiguration<AnnotationTag>
{
    public void Configure(EntityTypeBuilder<AnnotationTag> b)
    {
        b.Property(t => t.Name).HasMaxLength(AnnotationTag.NameMaxLength).IsRequired();
        b.Property(t => t.Color).HasMaxLength(7).IsRequired();
        // One tag per folded name; null only until the NameKeys backfill has run.
        b.Property(t => t.NameKey).HasMaxLength(AnnotationTag.NameMaxLength * NameKey.Expansion);
        b.HasIndex(t => t.Name).IsUnique();
        b.HasIndex(t => t.NameKey).IsUnique();
    }
}
