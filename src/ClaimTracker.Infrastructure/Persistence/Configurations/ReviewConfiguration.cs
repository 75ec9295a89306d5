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
