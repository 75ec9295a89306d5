using ClaimTracker.Application.Common;
using ClaimTracker.Domain.Annotations;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.Annotations;

/// <summary>
/// Moves a statement's notes to where their words are in the quote as just edited, once, when the edit is saved.
/// Readers (the statement page, the export, every open viewer that reloads on the change) then find each note at
/// its stored offsets at once instead of searching the quote again on every read.
/// </summary>
internal static class AnnotationAnchors
{
    public static async Task FollowQuoteAsync(IClaimTrackerDb db, int statementId, string quote, CancellationToken ct)
    {
        var notes = await db.Annotations
            .Where(a => a.StatementId == statementId && a.ParentId == null && a.Exact != null)
            .ToListAsync(ct);
        foreach (var note in notes)
        {
            if (TextAnchor.Locate(quote, note.Exact!, note.Prefix, note.Suffix, note.Start) is not { } span
                || (span.Start == note.Start && span.End == note.End))
            {
                // Words gone: the note keeps what it had, so it is shown as orphaned with its words, never lost.
                continue;
            }
            var (_, prefix, suffix) = TextAnchor.Describe(quote, span);
            note.Start = span.Start;
            note.End = span.End;
            note.Prefix = prefix;
            note.Suffix = suffix;
        }
    }
}
