using ClaimTracker.Domain.Speakers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClaimTracker.Infrastructure.Persistence.Configurations;

internal sealed class SpeakerMergeConfiguration : IEntityTypeConfiguration<SpeakerMerge>
{
    public void Configure(EntityTypeBuilder<SpeakerMerge> b)
    {
        // The merged speaker's own id, not a new one.
        b.Property(m => m.Id).ValueGeneratedNever();
        b.Property(m => m.MergedName).HasMaxLength(Speaker.NameMaxLength).IsRequired();
        b.HasOne<Speaker>().WithMany().HasForeignKey(m => m.KeptSpeakerId).OnDelete(DeleteBehavior.Cascade);
    }
}
