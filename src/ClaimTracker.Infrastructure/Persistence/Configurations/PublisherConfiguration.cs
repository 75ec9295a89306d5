using ClaimTracker.Domain.Common;
using ClaimTracker.Domain.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClaimTracker.Infrastructure.Persistence.Configurations;

internal sealed class PublisherConfiguration : IEntityTypeConfiguration<Publisher>
{
    /// <summary>PolitiFact's row, seeded by the migration so every database maps its labels from the start.</summary>
    internal const int PolitiFactId = 1;

    private static readonly DateTime SeededAt = new(2026, 12, 2, 0, 0, 0, DateTimeKind.Utc);

    public void Configure(EntityTypeBuilder<Publisher> b)
    {
        b.Property(p => p.Name).HasMaxLength(Publisher.NameMaxLength).IsRequired();
        b.Property(p => p.NameKey).HasMaxLength(Publisher.NameMaxLength * NameKey.Expansion).IsRequired();
        b.HasIndex(p => p.NameKey).IsUnique();
        b.Property(p => p.Site).HasMaxLength(Publisher.SiteMaxLength);
        b.Property(p => p.CreatedBy).HasMaxLength(256);
        b.Property(p => p.UpdatedBy).HasMaxLength(256);
        b.HasMany(p => p.Labels).WithOne().HasForeignKey(l => l.PublisherId).OnDelete(DeleteBehavior.Cascade);

        b.HasData(new
        {
            Id = PolitiFactId,
            Name = RatingLabel.PolitiFactName,
            NameKey = NameKey.Of(RatingLabel.PolitiFactName),
            Site = RatingLabel.PolitiFactSite,
            CreatedAtUtc = SeededAt,
        });
    }
}

internal sealed class RatingLabelConfiguration : IEntityTypeConfiguration<RatingLabel>
{
    public void Configure(EntityTypeBuilder<RatingLabel> b)
    {
        b.Property(l => l.Label).HasMaxLength(RatingLabel.LabelMaxLength).IsRequired();
        b.Property(l => l.LabelKey).HasMaxLength(RatingLabel.LabelMaxLength * NameKey.Expansion).IsRequired();
        b.HasIndex(l => new { l.PublisherId, l.LabelKey }).IsUnique();
        b.HasData(RatingLabel.PolitiFactDefaults.Select((d, i) => new
        {
            Id = i + 1,
            PublisherId = PublisherConfiguration.PolitiFactId,
            d.Label,
            LabelKey = RatingLabel.KeyOf(d.Label),
            d.Rating,
        }));
    }
}

internal sealed class OutsideReviewConfiguration : IEntityTypeConfiguration<OutsideReview>
{
    public void Configure(EntityTypeBuilder<OutsideReview> b)
    {
        b.Property(o => o.Label).HasMaxLength(OutsideReview.LabelMaxLength).IsRequired();
        b.Property(o => o.Url).HasMaxLength(OutsideReview.UrlMaxLength);
        b.Property(o => o.Title).HasMaxLength(OutsideReview.TitleMaxLength);
        b.Property(o => o.LanguageCode).HasMaxLength(OutsideReview.LanguageCodeMaxLength);
        b.Property(o => o.CreatedBy).HasMaxLength(256);
        b.Property(o => o.UpdatedBy).HasMaxLength(256);
        // Outside reviews go with their statement; a publisher that still has reviews cannot be deleted.
        b.HasOne(o => o.Statement).WithMany(s => s.OutsideReviews).HasForeignKey(o => o.StatementId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(o => o.Publisher).WithMany().HasForeignKey(o => o.PublisherId).OnDelete(DeleteBehavior.Restrict);
        // The statement page lists a statement's reviews; charts filter by publisher and rating; a mapping
        // change re-rates one publisher's reviews with one label.
        b.HasIndex(o => new { o.StatementId, o.PublisherId });
        b.HasIndex(o => new { o.PublisherId, o.Label });
        b.HasIndex(o => o.ImportBatchId);
    }
}
