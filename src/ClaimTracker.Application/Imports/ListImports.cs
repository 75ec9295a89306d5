using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Domain.Imports;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Imports;

/// <summary>The latest import batches, newest first, with their counts.</summary>
[AllowedRoles(RoleSet.Readers)]
public sealed record ListImports(int Take = 50) : IQuery<IReadOnlyList<ImportBatchItem>>;

public sealed record ImportBatchItem(
    int Id, ImportFormat Format, string FileNames, ImportStatus Status, string? StartedByName, DateTime StartedAtUtc,
    DateTime? FinishedAtUtc, int Created, int Updated, int Unchanged, int Rejected, int RowsDone, string? ReachedLine, string? Message)
{
    public string Summary => $"{Created} created, {Updated} updated, {Unchanged} unchanged, {Rejected} rejected";
}

public sealed class ListImportsValidator : AbstractValidator<ListImports>
{
    public const int MaxTake = 200;

    public ListImportsValidator() =>
        RuleFor(q => q.Take).InclusiveBetween(1, MaxTake).WithMessage($"List between 1 and {MaxTake} imports.");
}

internal sealed class ListImportsHandler(IClaimTrackerDb db) : IRequestHandler<ListImports, IReadOnlyList<ImportBatchItem>>
{
    public async Task<IReadOnlyList<ImportBatchItem>> Handle(ListImports request, CancellationToken cancellationToken) =>
        await db.ImportBatches.AsNoTracking()
            .OrderByDescending(b => b.Id)
            .Take(request.Take)
            .Select(ImportProjections.Item)
            .ToListAsync(cancellationToken);
}

internal static class ImportProjections
{
    public static readonly System.Linq.Expressions.Expression<Func<ImportBatch, ImportBatchItem>> Item = b => new ImportBatchItem(
        b.Id, b.Format, b.FileNames, b.Status, b.StartedByName, b.StartedAtUtc, b.FinishedAtUtc,
        b.Created, b.Updated, b.Unchanged, b.Rejected, b.RowsDone, b.ReachedLine, b.Message);
}

/// <summary>One batch's report: its counts and the rows it left out, with line and reason.</summary>
[AllowedRoles(RoleSet.Readers)]
public sealed record GetImport(int ImportBatchId) : IQuery<ImportReport>;

public sealed record ImportReport(ImportBatchItem Batch, IReadOnlyList<ImportRejectionItem> Rejections);

public sealed record ImportRejectionItem(string FileName, int LineNumber, string Reason, string Excerpt);

internal sealed class GetImportHandler(IClaimTrackerDb db) : IRequestHandler<GetImport, ImportReport>
{
    /// <summary>All rejections come back: they are bounded by the file, and the report offers them as one download.</summary>
    public async Task<ImportReport> Handle(GetImport request, CancellationToken cancellationToken)
    {
        var batch = await db.ImportBatches.AsNoTracking().Where(b => b.Id == request.ImportBatchId).Select(ImportProjections.Item)
            .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("Import", request.ImportBatchId);
        var rejections = await db.ImportRejections.AsNoTracking().Where(r => r.ImportBatchId == request.ImportBatchId)
            .OrderBy(r => r.Id).Select(r => new ImportRejectionItem(r.FileName, r.LineNumber, r.Reason, r.Excerpt))
            .ToListAsync(cancellationToken);
        return new ImportReport(batch, rejections);
    }
}
