using ClaimTracker.Domain.Reviews;
using ClaimTracker.Domain.Sources;
using ClaimTracker.Domain.Speakers;
using ClaimTracker.Domain.Statements;
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
        // The public list of fact-checks: published ones in (PublishedAtUtc, Id) order, walked from its keyset cursor.
        b.HasIndex(r => new { r.Status, r.PublishedAtUtc, r.Id });
        b.HasMany(r => r.Evidence).WithOne().HasForeignKey(e => e.ReviewId).OnDelete(DeleteBehavior.Cascade);
        // What the public saw, in the review's own row: columns named "Published..." (docs/adr/0007).
        b.OwnsOne(r => r.Snapshot, p =>
        {
            p.Property(x => x.Quote).HasColumnName("PublishedQuote").HasMaxLength(Statement.QuoteMaxLength).IsRequired();
            p.Property(x => x.QuoteKind).HasColumnName("PublishedQuoteKind");
            p.Property(x => x.SpeakerName).HasColumnName("PublishedSpeakerName").HasMaxLength(Speaker.NameMaxLength).IsRequired();
            p.Property(x => x.SpeakerRole).HasColumnName("PublishedSpeakerRole").HasMaxLength(Statement.RoleMaxLength);
            p.Property(x => x.SpeakerReferenceUrl).HasColumnName("PublishedSpeakerReferenceUrl").HasMaxLength(Speaker.ReferenceUrlMaxLength);
            p.Property(x => x.OnBehalfOfName).HasColumnName("PublishedOnBehalfOfName").HasMaxLength(Speaker.NameMaxLength);
            p.Property(x => x.SaidOn).HasColumnName("PublishedSaidOn");
            p.Property(x => x.SaidOnPrecision).HasColumnName("PublishedSaidOnPrecision");
            p.Property(x => x.Venue).HasColumnName("PublishedVenue").HasMaxLength(Statement.VenueMaxLength);
            p.Property(x => x.SourceOutlet).HasColumnName("PublishedSourceOutlet").HasMaxLength(Source.OutletMaxLength).IsRequired();
            p.Property(x => x.SourceHeadline).HasColumnName("PublishedSourceHeadline").HasMaxLength(Source.HeadlineMaxLength).IsRequired();
            p.Property(x => x.SourceUrl).HasColumnName("PublishedSourceUrl").HasMaxLength(Source.UrlMaxLength);
        });
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
        b.Property(e => e.CitedQuote).HasMaxLength(Statement.QuoteMaxLength);
        b.Property(e => e.CitedSpeaker).HasMaxLength(Speaker.NameMaxLength);
        // Evidence may cite another statement; Statements -> Reviews -> Evidence already cascades, so this one must not.
        b.HasOne(e => e.Statement).WithMany().HasForeignKey(e => e.StatementId).OnDelete(DeleteBehavior.Restrict);
    }
}
