using System.Text;
using ClaimTracker.Domain.Imports;

namespace ClaimTracker.Application.Imports;

/// <summary>
/// The checks every file passes before anything is written: size, emptiness, binary content and UTF-8. They read the
/// file once, in blocks (memory stays flat), and refuse a file too big by its size alone, without reading it.
/// </summary>
public static class ImportFiles
{
    /// <summary>Delimited files are streamed row by row; this bounds how long one import may run.</summary>
    public const long DelimitedMaxBytes = 200L * 1024 * 1024;

    /// <summary>JSON and HTML files are parsed whole (a JSON document has no rows to stream), so they are kept smaller.</summary>
    public const long DocumentMaxBytes = 50L * 1024 * 1024;

    public static long MaxBytes(ImportFormat format) =>
        format is ImportFormat.Liar or ImportFormat.Csv ? DelimitedMaxBytes : DocumentMaxBytes;

    public static string Describe(long bytes) => bytes >= 1024 * 1024 ? $"{bytes / (1024 * 1024)} MB" : $"{bytes / 1024} KB";

    /// <summary>Refuses the file with a reason a member can act on, or returns its size.</summary>
    public static async Task<long> CheckAsync(ImportFile file, ImportFormat format, CancellationToken ct)
    {
        var info = new FileInfo(file.Path);
        if (!info.Exists)
        {
            throw new ImportFileException(file.Name, "The file does not exist.");
        }
        var limit = MaxBytes(format);
        if (info.Length > limit)
        {
            throw new ImportFileException(file.Name,
                $"The file is {Describe(info.Length)}; the limit for {ImportFormats.Name(format)} files is {Describe(limit)}. Split it into smaller files.");
        }
        if (info.Length == 0)
        {
            throw new ImportFileException(file.Name, "The file is empty.");
        }

        // A decoder that throws on broken UTF-8 and keeps a sequence split across two blocks whole.
        var decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetDecoder();
        var buffer = new byte[64 * 1024];
        var chars = new char[buffer.Length + 4];
        var line = 1;
        var meaningful = false;
        await using var stream = new FileStream(file.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan | FileOptions.Asynchronous);
        int read;
        while ((read = await stream.ReadAsync(buffer, ct)) > 0)
        {
            var block = buffer.AsSpan(0, read);
            var nul = block.IndexOf((byte)0);
            if (nul >= 0)
            {
                throw new ImportFileException(file.Name,
                    $"The file holds binary data (a zero byte on line {line + block[..nul].Count((byte)'\n')}), not text. Choose the exported text file.");
            }
            try
            {
                var count = decoder.GetChars(block, chars, flush: false);
                meaningful |= chars.AsSpan(0, count).ContainsAnyExcept(" \t\r\n\uFEFF");
            }
            catch (DecoderFallbackException e)
            {
                var at = Math.Clamp(e.Index, 0, read);
                throw new ImportFileException(file.Name,
                    $"The file is not valid UTF-8 text (broken bytes on line {line + block[..at].Count((byte)'\n')}). Save it as UTF-8 and try again.");
            }
            line += block.Count((byte)'\n');
        }
        try
        {
            decoder.GetChars([], chars, flush: true);
        }
        catch (DecoderFallbackException)
        {
            throw new ImportFileException(file.Name, "The file is not valid UTF-8 text (it ends in the middle of a character). Save it as UTF-8 and try again.");
        }
        if (!meaningful)
        {
            throw new ImportFileException(file.Name, "The file holds no records (only blank lines).");
        }
        return info.Length;
    }

    /// <summary>Text cut to fit a report column, with an ellipsis when cut.</summary>
    public static string Truncate(string? text, int max)
    {
        var value = (text ?? "").Replace("\r", " ").Replace("\n", " ").Replace("\t", " ");
        if (value.Length <= max)
        {
            return value;
        }
        // Never cut an emoji in half: a lone surrogate cannot be stored or shown.
        var cut = char.IsHighSurrogate(value[max - 2]) ? max - 2 : max - 1;
        return value[..cut] + "…";
    }
}

public static class ImportFormats
{
    public static string Name(ImportFormat format) => format switch
    {
        ImportFormat.Liar => "liar",
        ImportFormat.Csv => "csv",
        ImportFormat.ClaimReview => "claimreview",
        ImportFormat.FactCheckApi => "factcheck-api",
        _ => format.ToString(),
    };

    public static ImportFormat? Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "liar" => ImportFormat.Liar,
        "csv" or "tsv" => ImportFormat.Csv,
        "claimreview" => ImportFormat.ClaimReview,
        "factcheck-api" => ImportFormat.FactCheckApi,
        _ => null,
    };
}
