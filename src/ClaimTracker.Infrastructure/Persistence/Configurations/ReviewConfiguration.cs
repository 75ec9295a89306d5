using ClaimTracker.Domain.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClaimTracker.Infrastructure.Persistence.Configurations;

internal sealed class ReviewConfiguration : IEntityTypeConfiguration<Review>
{
    public void Configure(EntityTypeBuilder<Review> b)
    {
        b.Property(r => r.Rationale).HasMaxLength(Review.RationaleMaxLength).IsRequired();
        b.Property(r => r.PublishedBy).HasMaxLength(256);
        b.Property(r => r.OwnerId).HasMaxLength(450);
        b.Property(r => r.OwnerName).HasMaxLength(256);
        b.Ignore(r => r.IsPublished);
        b.HasMany(r => r.Revisions).WithOne().HasForeignKey(v => v.ReviewId).OnDelete(DeleteBehavior.Cascade);
        b.Property(r => r.CreatedBy).HasMaxLength(256);
        b.Property(r => r.UpdatedBy).HasMaxLength(256);
        b.Property(r => r.Version).IsConcurrencyToken();
        // One review per statement; it goes with its statement.
        b.HasOne(r => r.Statement).WithOne(s => s.Review).HasForeignKey<Review>(r => r.StatementId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(r => new { r.Status, r.Rating });
        // Verdicts published per week, recent activity.
        b.HasIndex(r => r.PublishedAtUtc);
        b.HasMany(r => r.Evidence).WithOne().HasForeignKey(e => e.ReviewId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReviewRevisionConfiguration : IEntityTypeConfiguration<ReviewRevision>
{
    public void Configure(EntityTypeBuilder<ReviewRevision> b)
    {
        b.Property(v => v.Rationale).HasMaxLength(Review.RationaleMaxLength).IsRequired();
        b.Property(v => v.Note).HasMaxLength(ReviewRevision.NoteMaxLength);
        b.Property(v => v.By).HasMaxLength(256);
        b.HasIndex(v => new { v.ReviewId, v.AtUtc });
    }
}

internal sealed class EvidenceConfiguration : IEntityTypeConfiguration<Evidence>
{
    public void Configure(EntityTypeBuilder<Evidence> b)
    {
        b.Property(e => e.Title).HasMaxLength(Evidence.TitleMaxLength).IsRequired();
        b.Property(e => e.Url).HasMaxLength(Evidence.UrlMaxLength);
        // Evidence may cite another statement; Statements -> Reviews -> Evidence already cascades, so this one must not.
        b.HasOne(e => e.Statement).WithMany().HasForeignKey(e => e.StatementId).OnDelete(DeleteBehavior.Restrict);
    }
}
