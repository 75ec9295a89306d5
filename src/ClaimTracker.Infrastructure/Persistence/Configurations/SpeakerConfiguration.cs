using ClaimTracker.Domain.Common;
using ClaimTracker.Domain.Speakers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClaimTracker.Infrastructure.Persistence.Configurations;

internal sealed class SpeakerConfiguration : IEntityTypeConfiguration<Speaker>
{
    public void Configure(EntityTypeBuilder<Speaker> b)
    {
        b.Property(s => s.Name).HasMaxLength(Speaker.NameMaxLength).IsRequired();
        b.Property(s => s.Country).HasMaxLength(Speaker.TextMaxLength);
        b.Property(s => s.Affiliation).HasMaxLength(Speaker.TextMaxLength);
        b.Property(s => s.Aliases).HasMaxLength(Speaker.TextMaxLength * 2);
        b.Property(s => s.ReferenceUrl).HasMaxLength(Speaker.ReferenceUrlMaxLength);
        b.Property(s => s.CreatedBy).HasMaxLength(256);
        b.Property(s => s.UpdatedBy).HasMaxLength(256);
        b.Property(s => s.Version).IsConcurrencyToken();
        b.HasMany(s => s.Roles).WithOne().HasForeignKey(r => r.SpeakerId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(s => new { s.Name, s.Id });
        // Folded in .NET (NameKey.Of); null only until the NameKeys backfill has run at start-up.
        b.Property(s => s.NameKey).HasMaxLength(Speaker.NameMaxLength * NameKey.Expansion);
        b.HasIndex(s => s.NameKey).IsUnique();
        b.Property(s => s.AliasKeys).HasMaxLength(Speaker.AliasKeysMaxLength);
    }
}

internal sealed class SpeakerRoleConfiguration : IEntityTypeConfiguration<SpeakerRole>
{
    public void Configure(EntityTypeBuilder<SpeakerRole> b)
    {
        b.Property(r => r.Title).HasMaxLength(Speaker.TextMaxLength).IsRequired();
    }
}
