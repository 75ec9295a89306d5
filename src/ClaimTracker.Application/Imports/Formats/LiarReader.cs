using System.Globalization;
using System.Runtime.CompilerServices;
using ClaimTracker.Application.Common;
using ClaimTracker.Domain.Common;
using ClaimTracker.Domain.Imports;

namespace ClaimTracker.Application.Imports.Formats;

/// <summary>
/// The LIAR data set (PolitiFact statements, train/valid/test TSV files): 14 tab-separated columns, no header, and
/// quote characters that are text, not CSV quoting, so lines are split on tabs and nothing else. Columns: id, label,
/// statement, subjects, speaker slug, speaker's job title, state, party, five count columns, context (venue).
/// </summary>
public sealed class LiarReader : IImportReader
{
    public const int Columns = 14;
    public const string Publisher = "PolitiFact";
    public const string PublisherSite = "https://www.politifact.com";

    /// <summary>
    /// LIAR gives no date. Its statements were all made before the data set was published (2017), so they are
    /// recorded on this day with the precision "approximate", and the context says so.
    /// </summary>
    public static readonly DateOnly UndatedOn = new(2017, 1, 1);

    public const string UndatedNote = "Imported from the LIAR data set, which gives no date: the date is a placeholder (the data set was published in 2017).";

    /// <summary>One source for the whole data set: LIAR names no article, only PolitiFact's own record of the statement.</summary>
    public static readonly ImportedSource Source = new(Publisher, "LIAR data set (statements rated by PolitiFact)", null, null);

    public ImportFormat Format => ImportFormat.Liar;

    public async IAsyncEnumerable<ImportRow> ReadAsync(ImportFile file, ImportOptions options, [EnumeratorCancellation] CancellationToken ct)
    {
        var first = true;
        await foreach (var (line, text) in ImportReaders.LinesAsync(file.Path, ct))
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }
            var cells = text.Split('\t');
            if (first)
            {
                first = false;
                if (cells.Length != Columns)
                {
                    throw new ImportFileException(file.Name, cells.Length == 1
                        ? $"Line {line} has no tabs: a LIAR file has {Columns} tab-separated columns. Is this a comma-separated file? Import it as csv."
                        : $"Line {line} has {cells.Length} tab-separated columns; a LIAR file has {Columns} (id, label, statement, subjects, speaker, job title, state, party, five counts, context).");
                }
            }
            yield return Row(file.Name, line, text, cells);
        }
    }

    private static ImportRow Row(string fileName, int line, string text, string[] cells)
    {
        if (cells.Length != Columns)
        {
            return new ImportRow
            {
                FileName = fileName,
                Line = line,
                Excerpt = text,
                Problem = $"The line has {cells.Length} tab-separated columns instead of {Columns}.",
            };
        }
        var slug = cells[4].Trim();
        var label = cells[1].Trim();
        return new ImportRow
        {
            FileName = fileName,
            Line = line,
            Excerpt = text,
            ExternalId = Text.OrNull(cells[0]),
            Quote = cells[2],
            SpeakerName = SpeakerNameOf(slug),
            SpeakerRole = Text.OrNull(cells[5]),
            SpeakerAffiliation = Text.OrNull(cells[7]) is { } party && party != "none" ? CultureInfo.InvariantCulture.TextInfo.ToTitleCase(party) : null,
            SaidOn = UndatedOn,
            SaidOnPrecision = DatePrecision.Approximate,
            Venue = Text.OrNull(cells[13]),
            Context = UndatedNote,
            Topics = cells[3].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(TopicNameOf).ToList(),
            Source = Source,
            Reviews = label.Length == 0 ? [] : [new ImportedReview(Publisher, PublisherSite, label, null, null, null, "en")],
        };
    }

    /// <summary>"donald-trump" -> "Donald Trump": the name a new speaker gets; matching folds slugs anyway.</summary>
    public static string SpeakerNameOf(string slug) =>
        string.Join(' ', slug.Split(['-', '_'], StringSplitOptions.RemoveEmptyEntries).Select(Capitalised));

    /// <summary>"health-care" -> "Health care".</summary>
    private static string TopicNameOf(string slug)
    {
        var words = slug.Replace('-', ' ').Replace('_', ' ').Trim();
        return words.Length == 0 ? words : Capitalised(words);
    }

    private static string Capitalised(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];
}
