using System.Runtime.CompilerServices;
using System.Text;
using ClaimTracker.Domain.Imports;

namespace ClaimTracker.Application.Imports.Formats;

/// <summary>
/// Reads one format into <see cref="ImportRow"/>s, streaming where the format allows. A problem with the file as a
/// whole (wrong format, a header that does not match) is thrown as <see cref="ImportFileException"/> before the
/// first row; a problem with one row comes back as a row with <see cref="ImportRow.Problem"/> set.
/// </summary>
public interface IImportReader
{
    ImportFormat Format { get; }

    IAsyncEnumerable<ImportRow> ReadAsync(ImportFile file, ImportOptions options, CancellationToken ct);
}

public static class ImportReaders
{
    public static IImportReader For(ImportFormat format) => format switch
    {
        ImportFormat.Liar => new LiarReader(),
        ImportFormat.Csv => new CsvReader(),
        ImportFormat.ClaimReview => new ClaimReviewReader(),
        ImportFormat.FactCheckApi => new FactCheckApiReader(),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    /// <summary>UTF-8 with or without a byte-order mark; the file checks have already refused anything else.</summary>
    public static StreamReader OpenText(string path) =>
        new(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan),
            new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024);

    /// <summary>
    /// Every check the file must pass before an import starts: the byte checks, then the format's own (header,
    /// structure), by reading up to <paramref name="previewRows"/> rows, which it returns for the preview.
    /// </summary>
    public static async Task<IReadOnlyList<ImportRow>> CheckAsync(ImportFormat format, ImportFile file, ImportOptions options, int previewRows, CancellationToken ct)
    {
        await ImportFiles.CheckAsync(file, format, ct);
        var rows = new List<ImportRow>();
        await foreach (var row in For(format).ReadAsync(file, options, ct))
        {
            rows.Add(row);
            if (rows.Count >= Math.Max(1, previewRows))
            {
                break;
            }
        }
        if (rows.Count == 0)
        {
            throw new ImportFileException(file.Name, $"The file holds no {ImportFormats.Name(format)} records.");
        }
        return rows;
    }

    internal static async IAsyncEnumerable<(int Line, string Text)> LinesAsync(string path, [EnumeratorCancellation] CancellationToken ct)
    {
        using var reader = OpenText(path);
        var number = 0;
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            number++;
            yield return (number, line);
        }
    }

    internal static IReadOnlyList<string> SplitList(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }
        var separator = text.Contains(';') ? ';' : ',';
        return text.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}
