using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Auditing;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Domain.Imports;
using FluentValidation;
using MediatR;

namespace ClaimTracker.Application.Imports;

/// <summary>
/// Opens an import batch for files that passed their checks, and returns its id; <see cref="ImportRunner"/> then
/// fills it. This command is the batch's one entry in the audit trail (who imported which files, when), instead of
/// one entry per imported row.
/// </summary>
[AllowedRoles(RoleSet.EditorsAndAdmins)]
[Audited("imported files")]
public sealed record BeginImport(ImportFormat Format, IReadOnlyList<string> FileNames) : ICommand<int>;

public sealed class BeginImportValidator : AbstractValidator<BeginImport>
{
    public BeginImportValidator()
    {
        RuleFor(c => c.Format).IsInEnum().WithMessage("Choose a format: liar, csv, claimreview or factcheck-api.");
        RuleFor(c => c.FileNames).NotEmpty().WithMessage("Choose at least one file.")
            .Must(f => string.Join(", ", f).Length <= ImportBatch.FileNamesMaxLength)
            .WithMessage($"The file names together can be at most {ImportBatch.FileNamesMaxLength} characters; import fewer files at once.");
    }
}

internal sealed class BeginImportHandler(IClaimTrackerDb db, ICurrentUser user, IClock clock) : IRequestHandler<BeginImport, int>
{
    public async Task<int> Handle(BeginImport request, CancellationToken cancellationToken)
    {
        var batch = new ImportBatch
        {
            Format = request.Format,
            FileNames = string.Join(", ", request.FileNames.Select(Path.GetFileName)),
            Status = ImportStatus.Running,
            StartedByName = user.UserName,
            StartedAtUtc = clock.UtcNow,
        };
        db.ImportBatches.Add(batch);
        // Saved here, inside the command's transaction, to learn the new id.
        await db.SaveChangesAsync(cancellationToken);
        return batch.Id;
    }
}
