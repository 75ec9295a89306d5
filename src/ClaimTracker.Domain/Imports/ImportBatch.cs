using ClaimTracker.Domain.Common;

namespace ClaimTracker.Domain.Imports;

/// <summary>The file formats the desk imports (see README, "Importing").</summary>
public enum ImportFormat
{
    /// <summary>The LIAR data set's TSV: 14 tab-separated columns, no header, quotes are text.</summary>
    Liar = 0,
    /// <summary>Any CSV or TSV with a header row and a column mapping.</summary>
    Csv = 1,
    /// <summary>schema.org ClaimReview JSON-LD, or HTML pages carrying it.</summary>
    ClaimReview = 2,
    /// <summary>Responses of the Fact Check Tools claims:search method.</summary>
    FactCheckApi = 3,
}

public enum ImportStatus
{
    Running = 0,
    Completed = 1,
    Cancelled = 2,
    Failed = 3,
    Undone = 4,
}

/// <summary>
/// One import of one or more files: who started it, how far it got and what it did. Records it created carry its id
/// (<c>ImportBatchId</c>), so the desk sees where a record came from and an editor can undo the whole batch.
/// The counters are written with each committed chunk, so after a crash they say exactly what is in the database.
/// </summary>
public class ImportBatch : Entity
{
    public const int FileNamesMaxLength = 1000;
    public const int MessageMaxLength = 2000;

    public ImportFormat Format { get; set; }
    public string FileNames { get; set; } = "";
    public ImportStatus Status { get; set; }
    public string? StartedByName { get; set; }
    public DateTime StartedAtUtc { get; set; }
    public DateTime? FinishedAtUtc { get; set; }

    public int Created { get; set; }
    public int Updated { get; set; }
    public int Unchanged { get; set; }
    public int Rejected { get; set; }

    /// <summary>Rows read and committed (accepted or rejected) so far: where a cancelled or failed import stopped.</summary>
    public int RowsDone { get; set; }

    /// <summary>The last file and line committed, e.g. "train.tsv line 4000".</summary>
    public string? ReachedLine { get; set; }

    /// <summary>Why it stopped early, or what the desk should know (labels without a mapping).</summary>
    public string? Message { get; set; }

    public List<ImportRejection> Rejections { get; set; } = [];
}

/// <summary>A row the import left out, with where it was and why, so the desk can fix and re-import it.</summary>
public class ImportRejection
{
    public const int FileNameMaxLength = 260;
    public const int ReasonMaxLength = 1000;
    public const int ExcerptMaxLength = 300;

    public long Id { get; set; }
    public int ImportBatchId { get; set; }
    public string FileName { get; set; } = "";
    public int LineNumber { get; set; }
    public string Reason { get; set; } = "";
    public string Excerpt { get; set; } = "";
}

/// <summary>
/// A statement's values before an import changed them, so undoing the batch puts them back. JSON of the imported
/// fields only (the words, date, role, venue, context, topics and the previous import key data).
/// </summary>
public class ImportRevert
{
    public long Id { get; set; }
    public int ImportBatchId { get; set; }
    public int StatementId { get; set; }
    public string Previous { get; set; } = "";
}
