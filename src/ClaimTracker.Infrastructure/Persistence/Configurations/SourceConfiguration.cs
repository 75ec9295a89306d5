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
        b.Property(s => s.ArticleText).HasMaxLength(Source.ArticleTextMaxLength);
    }
}

internal sealed class ArticleAnchorConfiguration : IEntityTypeConfiguration<ArticleAnchor>
{
    public void Configure(EntityTypeBuilder<ArticleAnchor> b)
    {
        b.Property(a => a.Exact).HasMaxLength(Domain.Statements.Statement.QuoteMaxLength).IsRequired();
        b.Property(a => a.Prefix).HasMaxLength(64).IsRequired();
        b.Property(a => a.Suffix).HasMaxLength(64).IsRequired();
        b.HasIndex(a => a.StatementId).IsUnique();
        b.HasIndex(a => new { a.SourceId, a.Start, a.End });
        b.HasOne(a => a.Statement).WithMany().HasForeignKey(a => a.StatementId).OnDelete(DeleteBehavior.Cascade);
        // No cascade from the source as well: SQL Server refuses two cascade paths to one table.
        b.HasOne<Source>().WithMany().HasForeignKey(a => a.SourceId).OnDelete(DeleteBehavior.NoAction);
    }
}
