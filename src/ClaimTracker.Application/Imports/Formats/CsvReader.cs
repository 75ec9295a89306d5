using System.Globalization;
using System.Runtime.CompilerServices;
using ClaimTracker.Application.Common;
using ClaimTracker.Domain.Common;
using ClaimTracker.Domain.Imports;
using CsvHelper;

namespace ClaimTracker.Application.Imports.Formats;

/// <summary>The fields a CSV column can feed, with the header names recognised without a mapping.</summary>
public static class CsvColumns
{
    public const string Id = "id";
    public const string Quote = "quote";
    public const string Speaker = "speaker";
    public const string Date = "date";
    public const string Role = "role";
    public const string Venue = "venue";
    public const string Context = "context";
    public const string Topics = "topics";
    public const string Outlet = "outlet";
    public const string Headline = "headline";
    public const string Url = "url";
    public const string Rating = "rating";
    public const string Publisher = "publisher";
    public const string ReviewUrl = "reviewUrl";

    /// <summary>Every field, in the order the mapping form lists them; the first three are required.</summary>
    public static readonly IReadOnlyList<string> All = [Quote, Speaker, Date, Id, Role, Venue, Context, Topics, Outlet, Headline, Url, Rating, Publisher, ReviewUrl];

    public static readonly IReadOnlyList<string> Required = [Quote, Speaker, Date];

    private static readonly Dictionary<string, string[]> Synonyms = new(StringComparer.OrdinalIgnoreCase)
    {
        [Id] = ["id", "key", "claim id"],
        [Quote] = ["quote", "statement", "claim", "text", "words"],
        [Speaker] = ["speaker", "claimant", "author", "who", "said by"],
        [Date] = ["date", "said on", "saidon", "claim date", "claimdate", "when"],
        [Role] = ["role", "job title", "title"],
        [Venue] = ["venue", "where", "occasion"],
        [Context] = ["context", "note", "notes"],
        [Topics] = ["topics", "topic", "subjects", "tags"],
        [Outlet] = ["outlet", "source outlet"],
        [Headline] = ["headline", "source headline", "source title"],
        [Url] = ["url", "source url", "link", "source"],
        [Rating] = ["rating", "verdict", "label", "textual rating", "textualrating"],
        [Publisher] = ["publisher", "fact-checker", "fact checker", "rated by"],
        [ReviewUrl] = ["review url", "reviewurl", "fact-check url", "fact check url"],
    };

    /// <summary>The mapping a header suggests: each field to the first header named like it.</summary>
    public static Dictionary<string, string> Suggest(IReadOnlyList<string> headers)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var field in All)
        {
            var normalised = headers.FirstOrDefault(h => Synonyms[field].Contains(Normal(h), StringComparer.OrdinalIgnoreCase));
            if (normalised is not null && !map.ContainsValue(normalised))
            {
                map[field] = normalised;
            }
        }
        return map;
    }

    private static string Normal(string header) => header.Trim().Replace('_', ' ');

    /// <summary>Whether <paramref name="field"/> is one of <see cref="All"/> (mapping files are typed by hand).</summary>
    public static string? Known(string field) => All.FirstOrDefault(f => string.Equals(f, field.Trim(), StringComparison.OrdinalIgnoreCase));
}

/// <summary>
/// Any CSV or TSV with a header row (the delimiter is sniffed from the header: tab, semicolon or comma), UTF-8 with
/// or without a byte-order mark, quoted fields may hold delimiters, quotes and line breaks. Columns are mapped to
/// fields by <see cref="ImportOptions.ColumnMap"/>, or by their header names when no mapping is given.
/// </summary>
public sealed class CsvReader : IImportReader
{
    public ImportFormat Format => ImportFormat.Csv;

    /// <summary>The header row and the delimiter, for the mapping form.</summary>
    public static async Task<(IReadOnlyList<string> Headers, char Delimiter)> ReadHeaderAsync(ImportFile file, CancellationToken ct)
    {
        await using var csv = Open(file.Path);
        return (await HeaderAsync(file, csv, ct), csv.Separator);
    }

    private static async Task<IReadOnlyList<string>> HeaderAsync(ImportFile file, CsvHelper.CsvReader csv, CancellationToken ct)
    {
        try
        {
            await csv.ReadHeaderAsync(ct);
        }
        catch (CsvFormatException e)
        {
            throw new ImportFileException(file.Name, $"The header row cannot be read as CSV: {e.Message}");
        }
        var header = csv.Headers.Select(h => h.Trim().TrimStart('\uFEFF')).ToList();
        if (header.Count == 0 || header.All(h => h.Length == 0))
        {
            throw new ImportFileException(file.Name, "The file has no header row.");
        }
        return header;
    }

    public async IAsyncEnumerable<ImportRow> ReadAsync(ImportFile file, ImportOptions options, [EnumeratorCancellation] CancellationToken ct)
    {
        await using var csv = Open(file.Path);
        var headers = await HeaderAsync(file, csv, ct);
        var columns = Resolve(file.Name, headers, options.ColumnMap ?? CsvColumns.Suggest(headers));
        var sourceName = Path.GetFileName(file.Name);
        var record = new string[headers.Count];

        while (true)
        {
            string? malformed = null;
            try
            {
                if (!await csv.ReadAsync(ct))
                {
                    break;
                }
            }
            catch (CsvFormatException e)
            {
                malformed = e.Message;
            }
            if (malformed is not null)
            {
                // The reader cannot find the next record's start again after broken quoting: stop with the reason.
                throw new ImportFileException(file.Name, $"The file stops being readable CSV: {malformed}");
            }
            var line = (int)csv.LineNumber;
            var excerpt = System.Text.Encoding.UTF8.GetString(csv.RawRecord);
            if (csv.FieldCount != headers.Count)
            {
                if (csv.FieldCount <= 1 && excerpt.Trim().Length == 0)
                {
                    continue;
                }
                yield return new ImportRow
                {
                    FileName = file.Name,
                    Line = line,
                    Excerpt = excerpt,
                    Problem = $"The row has {csv.FieldCount} columns; the header has {headers.Count}.",
                };
                continue;
            }
            for (var i = 0; i < record.Length; i++)
            {
                record[i] = csv.GetString(i);
            }
            string? Cell(string field) => columns.TryGetValue(field, out var index) ? Text.OrNull(record[index]) : null;

            var date = ImportDates.Parse(Cell(CsvColumns.Date));
            var url = Cell(CsvColumns.Url);
            var outlet = Cell(CsvColumns.Outlet);
            var headline = Cell(CsvColumns.Headline);
            var rating = Cell(CsvColumns.Rating);
            yield return new ImportRow
            {
                FileName = file.Name,
                Line = line,
                Excerpt = excerpt,
                Problem = Cell(CsvColumns.Date) is { } said && date is null ? $"“{said}” is not a date (write it as 2024-05-01, 2024-05 or 2024)." : null,
                ExternalId = Cell(CsvColumns.Id),
                Quote = Cell(CsvColumns.Quote) ?? "",
                SpeakerName = Cell(CsvColumns.Speaker) ?? "",
                SpeakerRole = Cell(CsvColumns.Role),
                SaidOn = date?.Date,
                SaidOnPrecision = date?.Precision ?? DatePrecision.Day,
                Venue = Cell(CsvColumns.Venue),
                Context = Cell(CsvColumns.Context),
                Topics = ImportReaders.SplitList(Cell(CsvColumns.Topics)),
                Source = new ImportedSource(
                    outlet ?? (url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : "Imported file"),
                    headline ?? (url ?? $"Imported from {sourceName}"),
                    url, null),
                Reviews = rating is null ? [] :
                    [new ImportedReview(Cell(CsvColumns.Publisher) ?? "Unknown publisher", null, rating, Cell(CsvColumns.ReviewUrl), null, null, null)],
            };
        }
    }

    /// <summary>
    /// RFC 4180 quoting (fields may hold separators, quotes and line breaks); the separator is detected from the
    /// first lines (comma, semicolon, tab or bar); a byte-order mark is skipped.
    /// </summary>
    private static CsvHelper.CsvReader Open(string path) => CsvHelper.CsvReader.Create(
        new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan | FileOptions.Asynchronous),
        CsvReaderOptions.Default with
        {
            HasHeader = true,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            // A record longer than this is a quote left open, not a statement: stop instead of reading the file into one field.
            MaxRecordSize = 1024 * 1024,
        },
        false);

    /// <summary>Field -> column index; refuses a mapping that names a column the header does not have.</summary>
    private static Dictionary<string, int> Resolve(string fileName, IReadOnlyList<string> headers, IReadOnlyDictionary<string, string> map)
    {
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (field, header) in map)
        {
            if (string.IsNullOrWhiteSpace(header))
            {
                continue;
            }
            var known = CsvColumns.Known(field)
                ?? throw new ImportFileException(fileName, $"The mapping names “{field}”, which is not a field. Fields: {string.Join(", ", CsvColumns.All)}.");
            var index = headers.ToList().FindIndex(h => string.Equals(h, header.Trim(), StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                throw new ImportFileException(fileName,
                    $"The header has no column “{header}” (mapped to {known}). Its columns are: {string.Join(", ", headers)}.");
            }
            columns[known] = index;
        }
        var missing = CsvColumns.Required.Where(f => !columns.ContainsKey(f)).ToList();
        if (missing.Count > 0)
        {
            throw new ImportFileException(fileName,
                $"The header does not match: no column is mapped to {string.Join(", ", missing)}. Its columns are: {string.Join(", ", headers)}.");
        }
        return columns;
    }
}
