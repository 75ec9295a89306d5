using System.Globalization;
using ClaimTracker.Application.Common;
using ClaimTracker.Application.Common.Auditing;
using ClaimTracker.Domain.Auditing;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.Application.History;

/// <summary>
/// Turns audit rows into what a member reads: a sentence per record, values in words, ids as names, dates for
/// people, bookkeeping (ids, offsets, stamps) left out, and changes that changed nothing dropped.
/// </summary>
internal static class HistoryWords
{
    public const string Evidence = "Evidence";

    // Never shown: keys, bookkeeping and values the sentence already says.
    private static readonly HashSet<string> Hidden = new(StringComparer.Ordinal)
    {
        "Id", "Version", "CreatedAtUtc", "CreatedBy", "UpdatedAtUtc", "UpdatedBy", "OwnerId", "OwnerName", "ReviewId",
        "ParentId", "LinkId", "StatementsId", "TopicsId", "Start", "End", "Prefix", "Suffix", "Exact",
        "PublishedAtUtc", "PublishedBy", "CorrectedAtUtc", "AtUtc", "By", "Event",
    };

    private static readonly Dictionary<string, string> FieldNames = new(StringComparer.Ordinal)
    {
        ["Quote"] = "Quote",
        ["QuoteKind"] = "Kind of quote",
        ["SpeakerId"] = "Speaker",
        ["SpeakerRole"] = "Role",
        ["OnBehalfOfId"] = "On behalf of",
        ["SaidOn"] = "Said on",
        ["SaidOnPrecision"] = "How exact the date is",
        ["Venue"] = "Venue",
        ["SourceId"] = "Source",
        ["Context"] = "Context",
        ["Rating"] = "Verdict",
        ["Status"] = "Status",
        ["Rationale"] = "Rationale",
        ["Title"] = "Title",
        ["Url"] = "Link",
        ["Stance"] = "Stance",
        ["StatementId"] = "Statement",
        ["Relation"] = "Relation",
        ["Note"] = "Note",
        ["Body"] = "Text",
        ["Resolved"] = "Resolved",
        ["TagId"] = "Tag",
        ["Kind"] = "Kind",
    };

    // Enum values whose words are not simply their parts: everything else "MostlyFalse" reads "Mostly false".
    private static readonly Dictionary<string, string> ValueWords = new(StringComparer.Ordinal)
    {
        ["Day"] = "exact day",
        ["Month"] = "month known",
        ["Year"] = "year known",
        ["Approximate"] = "approximate",
    };

    /// <summary>The ids of evidence rows that one action removed and added again with the same values.</summary>
    public static HashSet<long> ReAdded(IEnumerable<(long Id, Guid OperationId, AuditChange Change, Dictionary<string, string?> Values)> rows)
    {
        var hidden = new HashSet<long>();
        foreach (var operation in rows.GroupBy(r => r.OperationId))
        {
            var removed = operation.Where(r => r.Change == AuditChange.Deleted).ToList();
            foreach (var added in operation.Where(r => r.Change == AuditChange.Added))
            {
                var twin = removed.FirstOrDefault(r => SameContent(r.Values, added.Values));
                if (twin.Id != 0)
                {
                    removed.Remove(twin);
                    hidden.Add(twin.Id);
                    hidden.Add(added.Id);
                }
            }
        }
        return hidden;
    }

    private static bool SameContent(Dictionary<string, string?> a, Dictionary<string, string?> b)
    {
        var keys = a.Keys.Union(b.Keys).Where(k => !Hidden.Contains(k));
        return keys.All(k => a.GetValueOrDefault(k) == b.GetValueOrDefault(k));
    }

    /// <summary>The entry as a member reads it, or null when nothing a member would notice changed.</summary>
    public static HistoryEntry? Describe(AuditRow row, int statementId, Names names)
    {
        var values = row.Change == AuditChange.Deleted ? row.Before : row.After;
        string? Value(string field) => values.GetValueOrDefault(field);
        var fields = row.Change == AuditChange.Modified ? Fields(row, names) : [];
        if (row.Change == AuditChange.Modified && fields.Count == 0)
        {
            // Only bookkeeping moved (a note following an edited quote, a new version stamp).
            return null;
        }

        var what = row.Entity switch
        {
            "Statement" => Verb(row.Change, "added", "changed", "removed") + " the statement",
            "Review" => row.Change == AuditChange.Added
                ? $"started a verdict: {Words(Value("Rating"))}"
                : Verb(row.Change, "added", "changed", "removed") + " the verdict",
            "ReviewRevision" => Value("Event") == "Corrected"
                ? $"logged a correction to {Words(Value("Rating"))}: “{Value("Note")}”"
                : $"published the verdict {Words(Value("Rating"))}",
            Evidence => $"{Verb(row.Change, "added", "changed", "removed")} evidence “{Value("Title") ?? names.Evidence(row.EntityId)}”"
                + (row.Change == AuditChange.Modified ? "" : $" ({Words(Value("Stance"))?.ToLowerInvariant()})"),
            "StatementTopics" => $"{Verb(row.Change, "added", "changed", "removed")} the topic “{names.Topic(Value("TopicsId"))}”",
            "StatementLink" => LinkSentence(row, statementId, names),
            "Annotation" => NoteSentence(row, names),
            _ => $"{Verb(row.Change, "added", "changed", "removed")} {Words(row.Entity)?.ToLowerInvariant()}",
        };

        return new HistoryEntry
        {
            Id = row.Id,
            OperationId = row.OperationId,
            AtUtc = row.AtUtc,
            UserName = row.UserName,
            Action = Action(row.Request),
            What = what,
            Entity = row.Entity,
            Change = row.Change,
            Fields = fields,
        };
    }

    private static string LinkSentence(AuditRow row, int statementId, Names names)
    {
        var values = row.Change == AuditChange.Deleted ? row.Before : row.After;
        // A link's row carries both ends (where it starts, and the statement it points at).
        var (from, to) = (row.StatementId, row.RelatedStatementId);
        var relation = Words(values.GetValueOrDefault("Relation") ?? names.LinkRelation(row.EntityId))?.ToLowerInvariant() ?? "is linked to";
        string Side(int? id) => id == statementId ? "this statement" : $"“{names.Quote(id)}”";
        var verb = Verb(row.Change, "linked", "changed the link", "removed the link");
        return $"{verb}: {Side(from)} {relation} {Side(to)}";
    }

    private static string NoteSentence(AuditRow row, Names names)
    {
        var values = row.Change == AuditChange.Deleted ? row.Before : row.After;
        if (values.GetValueOrDefault("ParentId") is not null || (row.Change != AuditChange.Modified && values.GetValueOrDefault("Exact") is null))
        {
            return row.Change == AuditChange.Added ? $"replied to a note: “{values.GetValueOrDefault("Body")}”" : Verb(row.Change, "added", "changed", "deleted") + " a reply";
        }
        var exact = values.GetValueOrDefault("Exact") ?? names.NoteWords(row.EntityId);
        var kind = Words(values.GetValueOrDefault("Kind"))?.ToLowerInvariant() ?? "note";
        return row.Change == AuditChange.Modified
            ? $"changed the note on “{exact}”"
            : $"{Verb(row.Change, "added", "changed", "deleted")} a {kind} on “{exact}”";
    }

    private static List<FieldChange> Fields(AuditRow row, Names names) =>
        row.Before.Keys.Union(row.After.Keys)
            .Where(k => !Hidden.Contains(k) && !(row.Entity == "Review" && k == "StatementId"))
            .Select(k => (Key: k, Before: Value(k, row.Before.GetValueOrDefault(k), names), After: Value(k, row.After.GetValueOrDefault(k), names)))
            .Where(f => f.Before != f.After)
            .Select(f => new FieldChange(FieldName(f.Key), f.Before, f.After))
            .ToList();

    private static string FieldName(string field) =>
        FieldNames.GetValueOrDefault(field) ?? Words(field.EndsWith("Id", StringComparison.Ordinal) ? field[..^2] : field.Replace("AtUtc", "", StringComparison.Ordinal))!;

    /// <summary>A stored value as a member reads it.</summary>
    private static string? Value(string field, string? value, Names names)
    {
        if (value is null)
        {
            return null;
        }
        return field switch
        {
            "SpeakerId" or "OnBehalfOfId" => names.Speaker(value),
            "SourceId" => names.Source(value),
            "StatementId" or "FromStatementId" or "ToStatementId" => $"“{names.Quote(Int(value))}”",
            "TagId" => names.Tag(value),
            "Resolved" => value == "true" ? "yes" : "no",
            _ when DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) =>
                day.ToString("d MMM yyyy", CultureInfo.InvariantCulture),
            _ when value.Length >= 19 && value[10] == 'T'
                && DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at) =>
                at.ToString("d MMM yyyy HH:mm", CultureInfo.InvariantCulture) + " UTC",
            _ when EnumFields.Contains(field) => Words(value),
            _ => value,
        };
    }

    // Values stored as enum names ("MostlyFalse"): shown as words. Free text is shown as written.
    private static readonly HashSet<string> EnumFields = new(StringComparer.Ordinal)
    {
        "Rating", "Status", "QuoteKind", "SaidOnPrecision", "PublishedPrecision", "Stance", "Relation", "Kind", "Event",
    };

    /// <summary>"MostlyFalse" reads "Mostly false".</summary>
    private static string? Words(string? name)
    {
        if (name is null)
        {
            return null;
        }
        if (ValueWords.TryGetValue(name, out var words))
        {
            return words;
        }
        return string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : c.ToString()));
    }

    private static string Verb(AuditChange change, string added, string changed, string removed) => change switch
    {
        AuditChange.Added => added,
        AuditChange.Deleted => removed,
        _ => changed,
    };

    private static int? Int(string? value) => int.TryParse(value, CultureInfo.InvariantCulture, out var id) ? id : null;

    /// <summary>
    /// The action as members read it. Entries written before commands declared their action hold the class name:
    /// that command's declared action stands in for it.
    /// </summary>
    private static string Action(string stored) =>
        LegacyActions.Value.GetValueOrDefault(stored) ?? stored;

    private static readonly Lazy<Dictionary<string, string>> LegacyActions = new(() =>
        typeof(HistoryWords).Assembly.GetTypes()
            .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICommand<>)))
            .Select(t => (t.Name, Action: CommandActions.Of(t)))
            .Where(t => t.Action is not null)
            .ToDictionary(t => t.Name, t => t.Action!, StringComparer.Ordinal));
}

/// <summary>The names behind the ids on one page of history, read in one query per kind.</summary>
internal sealed class Names
{
    private const int QuoteLength = 80;

    private Dictionary<int, string> _speakers = [];
    private Dictionary<int, string> _sources = [];
    private Dictionary<int, string> _quotes = [];
    private Dictionary<int, string> _topics = [];
    private Dictionary<int, string> _tags = [];
    private Dictionary<int, string> _links = [];
    private Dictionary<int, string> _notes = [];
    private Dictionary<int, string> _evidence = [];

    public static async Task<Names> ReadAsync(IClaimTrackerDb db, IReadOnlyList<AuditRow> rows, CancellationToken ct)
    {
        List<int> Ids(params string[] fields) => rows
            .SelectMany(r => fields.SelectMany(f => new[] { r.Before.GetValueOrDefault(f), r.After.GetValueOrDefault(f) }))
            .Select(v => int.TryParse(v, CultureInfo.InvariantCulture, out var id) ? id : 0)
            .Where(id => id > 0).Distinct().ToList();
        List<int> Changed(string entity) => rows.Where(r => r.Entity == entity && r.Change == AuditChange.Modified)
            .Select(r => int.TryParse(r.EntityId, CultureInfo.InvariantCulture, out var id) ? id : 0).Where(id => id > 0).Distinct().ToList();

        var names = new Names();
        var linkIds = Changed("StatementLink");
        names._links = await db.StatementLinks.AsNoTracking().Where(l => linkIds.Contains(l.Id))
            .ToDictionaryAsync(l => l.Id, l => l.Relation.ToString(), ct);

        var speakerIds = Ids("SpeakerId", "OnBehalfOfId");
        names._speakers = await db.Speakers.AsNoTracking().Where(s => speakerIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var sourceIds = Ids("SourceId");
        names._sources = await db.Sources.AsNoTracking().Where(s => sourceIds.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, s => s.Outlet + ": " + s.Headline, ct);
        var statementIds = Ids("FromStatementId", "ToStatementId")
            .Concat(rows.Where(r => r.Entity == HistoryWords.Evidence).SelectMany(r => new[] { r.Before.GetValueOrDefault("StatementId"), r.After.GetValueOrDefault("StatementId") })
                .Select(v => int.TryParse(v, CultureInfo.InvariantCulture, out var id) ? id : 0))
            .Concat(rows.Where(r => r.Entity == "StatementLink").SelectMany(r => new[] { r.StatementId ?? 0, r.RelatedStatementId ?? 0 }))
            .Where(id => id > 0).Distinct().ToList();
        names._quotes = await db.Statements.AsNoTracking().Where(s => statementIds.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, s => s.Quote.Length <= QuoteLength ? s.Quote : s.Quote.Substring(0, QuoteLength) + "…", ct);
        var topicIds = Ids("TopicsId");
        names._topics = await db.Topics.AsNoTracking().Where(t => topicIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        var tagIds = Ids("TagId");
        names._tags = await db.AnnotationTags.AsNoTracking().Where(t => tagIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        var noteIds = Changed("Annotation");
        names._notes = await db.Annotations.AsNoTracking().Where(a => noteIds.Contains(a.Id) && a.Exact != null)
            .ToDictionaryAsync(a => a.Id, a => a.Exact!, ct);
        var evidenceIds = Changed(HistoryWords.Evidence);
        names._evidence = await db.Evidence.AsNoTracking().Where(e => evidenceIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Title, ct);
        return names;
    }

    // A record removed since (a merged speaker, a deleted statement) is still named, in words.
    public string Speaker(string id) => Lookup(_speakers, id) ?? "a speaker no longer on the desk";

    public string Source(string id) => Lookup(_sources, id) ?? "a source no longer on the desk";

    public string Topic(string? id) => Lookup(_topics, id) ?? "a removed topic";

    public string Tag(string id) => Lookup(_tags, id) ?? "a removed tag";

    public string Quote(int? id) => id is { } i && _quotes.TryGetValue(i, out var quote) ? quote : "a statement no longer on the desk";

    public string NoteWords(string id) => Lookup(_notes, id) ?? "words no longer in the quote";

    public string Evidence(string id) => Lookup(_evidence, id) ?? "evidence";

    public string? LinkRelation(string id) => Lookup(_links, id);

    private static string? Lookup(Dictionary<int, string> names, string? id) =>
        int.TryParse(id, CultureInfo.InvariantCulture, out var key) && names.TryGetValue(key, out var name) ? name : null;
}
