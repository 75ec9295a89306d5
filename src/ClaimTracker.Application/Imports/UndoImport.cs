using System.Text.Json;
using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Auditing;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Stats.ReadModel;
using ClaimTracker.Domain.Imports;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Imports;

/// <summary>
/// Undoes a whole import batch: deletes the statements it created (with their topics links), the speakers, sources
/// and topics it created that nothing else uses now, and puts back the values of statements it updated, and removes the outside reviews it recorded (publishers stay). Refused,
/// with the reason, while a statement it created has since been worked on by hand (a verdict, a link, a note) or a
/// batch is still running. Bulk deletes, so the audit trail gets one entry: the batch marked undone.
/// </summary>
[AllowedRoles(RoleSet.EditorsAndAdmins)]
[Audited("undid an import")]
public sealed record UndoImport(int ImportBatchId) : ICommand<UndoImportResult>;

public sealed record UndoImportResult(int StatementsRemoved, int StatementsRestored, int SpeakersRemoved, int SourcesRemoved, int TopicsRemoved);

internal sealed class UndoImportHandler(IClaimTrackerDb db) : IRequestHandler<UndoImport, UndoImportResult>
{
    public async Task<UndoImportResult> Handle(UndoImport request, CancellationToken cancellationToken)
    {
        var id = request.ImportBatchId;
        var batch = await db.ImportBatches.SingleOrDefaultAsync(b => b.Id == id, cancellationToken)
            ?? throw new NotFoundException("Import", id);
        if (batch.Status == ImportStatus.Running)
        {
            throw RequestValidationException.For(nameof(UndoImport.ImportBatchId), "The import is still running; cancel it or wait for it to finish, then undo it.");
        }
        if (batch.Status == ImportStatus.Undone)
        {
            throw RequestValidationException.For(nameof(UndoImport.ImportBatchId), "This import has already been undone.");
        }

        var created = db.Statements.Where(s => s.ImportBatchId == id);
        var worked = await created
            .Where(s => s.Review != null || s.OutgoingLinks.Any() || s.IncomingLinks.Any() || db.Annotations.Any(a => a.StatementId == s.Id))
            .OrderBy(s => s.Id).Select(s => s.Id).Take(6).ToListAsync(cancellationToken);
        if (worked.Count > 0)
        {
            throw RequestValidationException.For(nameof(UndoImport.ImportBatchId),
                $"Statements from this import have since been worked on by hand (a verdict, a link or a note): {string.Join(", ", worked.Take(5).Select(s => $"#{s}"))}{(worked.Count > 5 ? " and more" : "")}. Remove that work first, or keep the import.");
        }

        // Updated statements get their previous values back, newest change last so the oldest values win.
        var reverts = await db.ImportReverts.Where(r => r.ImportBatchId == id).OrderByDescending(r => r.Id).ToListAsync(cancellationToken);
        var restored = 0;
        var previousValues = reverts.Select(r => (r.StatementId, Values: JsonSerializer.Deserialize<ImportedValues>(r.Previous)!)).ToList();
        // A speaker merged away or a source removed since cannot be pointed at again: refused, with the statements.
        var speakerIds = previousValues.Select(p => p.Values.SpeakerId).Distinct().ToList();
        var sourceIds = previousValues.Select(p => p.Values.SourceId).Distinct().ToList();
        var knownSpeakers = await db.Speakers.Where(p => speakerIds.Contains(p.Id)).Select(p => p.Id).ToListAsync(cancellationToken);
        var knownSources = await db.Sources.Where(p => sourceIds.Contains(p.Id)).Select(p => p.Id).ToListAsync(cancellationToken);
        var revertedIds = previousValues.Select(p => p.StatementId).Distinct().ToList();
        var stillThere = await db.Statements.Where(s => revertedIds.Contains(s.Id)).Select(s => s.Id).ToListAsync(cancellationToken);
        var lost = previousValues.Where(p => stillThere.Contains(p.StatementId) && (!knownSpeakers.Contains(p.Values.SpeakerId) || !knownSources.Contains(p.Values.SourceId)))
            .Select(p => p.StatementId).Distinct().Order().ToList();
        if (lost.Count > 0)
        {
            throw RequestValidationException.For(nameof(UndoImport.ImportBatchId),
                $"The earlier speaker or source of {string.Join(", ", lost.Take(5).Select(s => $"#{s}"))}{(lost.Count > 5 ? " and more" : "")} has since been merged or removed, so its earlier values cannot be put back. Edit those statements by hand, or keep the import.");
        }
        foreach (var (statementId, previous) in previousValues)
        {
            var statement = await db.Statements.Include(s => s.Topics).SingleOrDefaultAsync(s => s.Id == statementId, cancellationToken);
            if (statement is null)
            {
                continue;
            }
            statement.Quote = previous.Quote;
            statement.SpeakerRole = previous.SpeakerRole;
            statement.SpeakerId = previous.SpeakerId;
            statement.SaidOn = previous.SaidOn;
            statement.SaidOnPrecision = previous.SaidOnPrecision;
            statement.Venue = previous.Venue;
            statement.SourceId = previous.SourceId;
            statement.Context = previous.Context;
            statement.ImportFingerprint = previous.ImportFingerprint;
            statement.Topics.Clear();
            statement.Topics.AddRange(await db.Topics.Where(t => previous.TopicIds.Contains(t.Id)).ToListAsync(cancellationToken));
            restored++;
        }
        // The restored values are saved before the deletes: a restored statement may point at a record this batch
        // created, which must then stay. This save's own statistics move with it (the save interceptor); it is on
        // the unit-of-work rule test's allow-list for this reason.
        await db.SaveChangesAsync(cancellationToken);

        // The deletes below bypass the change tracker, so the statistics read model is moved around them: what the
        // batch's statements and the statements that lose one of its outside reviews contribute now, then after.
        var touched = await created.Select(s => s.Id)
            .Union(db.OutsideReviews.Where(o => o.ImportBatchId == id).Select(o => o.StatementId))
            .ToListAsync(cancellationToken);
        var stats = await StatsProjection.ForStatementsAsync(db, touched, cancellationToken);
        // Reviews this batch added to statements it did not create; those on its own statements go with them.
        await db.OutsideReviews.Where(o => o.ImportBatchId == id).ExecuteDeleteAsync(cancellationToken);
        var statements = await created.ExecuteDeleteAsync(cancellationToken);
        await stats.CompleteAsync(db, cancellationToken);
        var speakers = await db.Speakers.Where(p => p.ImportBatchId == id && !p.Statements.Any()
            && !db.Statements.Any(s => s.OnBehalfOfId == p.Id)).ExecuteDeleteAsync(cancellationToken);
        var sources = await db.Sources.Where(p => p.ImportBatchId == id && !p.Statements.Any()).ExecuteDeleteAsync(cancellationToken);
        var topics = await db.Topics.Where(t => t.ImportBatchId == id && !t.Statements.Any()).ExecuteDeleteAsync(cancellationToken);

        batch.Status = ImportStatus.Undone;
        batch.Message = $"Undone: {statements} statements removed, {restored} restored, {speakers} speakers, {sources} sources and {topics} topics removed.";
        return new UndoImportResult(statements, restored, speakers, sources, topics);
    }
}
