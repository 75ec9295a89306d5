using ClaimTracker.Domain.Sources;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClaimTracker.Infrastructure.Persistence.Configurations;

internal sealed class SourceConfiguration : IEntityTypeConfiguration<Source>
{
    public void Configure(EntityTypeBuilder<Source> b)
    {
        b.Property(s => s.Outlet).HasMaxLength(Source.OutletMaxLength).IsRequired();
        b.Property(s => s.Headline).HasMaxLength(Source.HeadlineMaxLength).IsRequired();
        b.Property(s => s.Authors).HasMaxLength(Source.AuthorsMaxLength);
        b.Property(s => s.Url).HasMaxLength(Source.UrlMaxLength);
        b.Property(s => s.Note).HasMaxLength(Source.NoteMaxLength);
        b.Property(s => s.CreatedBy).HasMaxLength(256);
        b.Property(s => s.UpdatedBy).HasMaxLength(256);
        b.Property(s => s.Version).IsConcurrencyToken();
    }
}
