using ClaimTracker.Domain.Imports;
using ClaimTracker.Domain.Sources;
using ClaimTracker.Domain.Speakers;
using ClaimTracker.Domain.Statements;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClaimTracker.Infrastructure.Persistence.Configurations;

internal sealed class ImportBatchConfiguration : IEntityTypeConfiguration<ImportBatch>
{
    public void Configure(EntityTypeBuilder<ImportBatch> b)
    {
        b.Property(i => i.FileNames).HasMaxLength(ImportBatch.FileNamesMaxLength).IsRequired();
        b.Property(i => i.StartedByName).HasMaxLength(256);
        b.Property(i => i.ReachedLine).HasMaxLength(ImportRejection.FileNameMaxLength + 40);
        b.Property(i => i.Message).HasMaxLength(ImportBatch.MessageMaxLength);
        b.Property(i => i.CreatedBy).HasMaxLength(256);
        b.Property(i => i.UpdatedBy).HasMaxLength(256);
        b.HasMany(i => i.Rejections).WithOne().HasForeignKey(r => r.ImportBatchId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(i => i.StartedAtUtc);
    }
}

internal sealed class ImportRejectionConfiguration : IEntityTypeConfiguration<ImportRejection>
{
    public void Configure(EntityTypeBuilder<ImportRejection> b)
    {
        b.Property(r => r.FileName).HasMaxLength(ImportRejection.FileNameMaxLength).IsRequired();
        b.Property(r => r.Reason).HasMaxLength(ImportRejection.ReasonMaxLength).IsRequired();
        b.Property(r => r.Excerpt).HasMaxLength(ImportRejection.ExcerptMaxLength).IsRequired();
        b.HasIndex(r => new { r.ImportBatchId, r.Id });
    }
}

internal sealed class ImportRevertConfiguration : IEntityTypeConfiguration<ImportRevert>
{
    public void Configure(EntityTypeBuilder<ImportRevert> b)
    {
        b.Property(r => r.Previous).IsRequired();
        b.HasOne<ImportBatch>().WithMany().HasForeignKey(r => r.ImportBatchId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(r => new { r.ImportBatchId, r.StatementId });
    }
}

/// <summary>
/// The import columns on the desk's records. Plain indexed columns, no foreign key to ImportBatches: on SQLite
/// adding a foreign key rebuilds the table (and drops the search triggers), and a record must outlive the report
/// of the batch that brought it.
/// </summary>
internal static class ImportColumns
{
    public const int KeyLength = 64;
    public const int FingerprintLength = 32;

    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<Statement>(b =>
        {
            b.Property(s => s.ImportKey).HasMaxLength(KeyLength).IsUnicode(false);
            b.Property(s => s.ImportFingerprint).HasMaxLength(FingerprintLength).IsUnicode(false);
            b.HasIndex(s => s.ImportKey);
            b.HasIndex(s => s.ImportBatchId);
        });
        builder.Entity<Speaker>().HasIndex(s => s.ImportBatchId);
        builder.Entity<Source>().HasIndex(s => s.ImportBatchId);
        builder.Entity<Topic>().HasIndex(t => t.ImportBatchId);
    }
}
