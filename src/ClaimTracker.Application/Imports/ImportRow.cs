using ClaimTracker.Domain.Common;
using ClaimTracker.Domain.Speakers;

namespace ClaimTracker.Application.Imports;

/// <summary>
/// One record read from an import file, in the desk's terms but not yet matched to records: names, not ids. The
/// readers only read; every rule about what a statement may hold is the pipeline's (the hand-entry validators).
/// </summary>
public sealed record ImportRow
{
    public required string FileName { get; init; }

    /// <summary>The line the row starts on (CSV, TSV), or the item's position in a JSON or HTML file.</summary>
    public required int Line { get; init; }

    /// <summary>The raw text of the row (or a summary of a JSON item), for the rejection report.</summary>
    public string Excerpt { get; init; } = "";

    /// <summary>Why the reader could not make a statement of it; the row is rejected with this reason.</summary>
    public string? Problem { get; init; }

    /// <summary>The row's own id in its source (a LIAR id, an id column), the first choice for its stable key.</summary>
    public string? ExternalId { get; init; }

    public string Quote { get; init; } = "";
    public string SpeakerName { get; init; } = "";
    public string? SpeakerRole { get; init; }
    public string? SpeakerAffiliation { get; init; }

    /// <summary>What kind of speaker the file says it is, where it says (ClaimReview's Person or Organization).</summary>
    public SpeakerKind? SpeakerKind { get; init; }

    /// <summary>A page that identifies the speaker (ClaimReview's <c>sameAs</c>), for a speaker the import creates.</summary>
    public string? SpeakerReferenceUrl { get; init; }
    public DateOnly? SaidOn { get; init; }
    public DatePrecision SaidOnPrecision { get; init; }
    public string? Venue { get; init; }
    public string? Context { get; init; }
    public IReadOnlyList<string> Topics { get; init; } = [];
    public ImportedSource? Source { get; init; }
    public IReadOnlyList<ImportedReview> Reviews { get; init; } = [];
}

/// <summary>Where the statement was reported; matched on its URL, else on outlet and headline.</summary>
public sealed record ImportedSource(string Outlet, string Headline, string? Url, DateOnly? PublishedOn);

/// <summary>A verdict by another organisation, as it was given.</summary>
public sealed record ImportedReview(string Publisher, string? PublisherSite, string Label, string? Url, string? Title, DateOnly? ReviewedOn, string? LanguageCode);

/// <summary>What the desk chooses when it starts an import.</summary>
public sealed record ImportOptions
{
    /// <summary>CSV only: which column holds which field (field name -> header), see <see cref="Formats.CsvColumns"/>.</summary>
    public IReadOnlyDictionary<string, string>? ColumnMap { get; init; }
}

/// <summary>A file to import: where it is on the server, and the name the desk knows it by.</summary>
public sealed record ImportFile(string Path, string Name);

/// <summary>The file itself cannot be imported (wrong format, binary, empty, too big, broken text, wrong header).</summary>
public sealed class ImportFileException(string fileName, string message) : Exception($"{fileName}: {message}")
{
    public string FileName { get; } = fileName;
    public string Reason { get; } = message;
}
