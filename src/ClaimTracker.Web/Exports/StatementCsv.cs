using System.Globalization;
using System.Text;
using ClaimTracker.Application.Common;
using ClaimTracker.Application.Statements;
using ClaimTracker.Domain.Common;
using ClaimTracker.Web.Components.Shared;

namespace ClaimTracker.Web.Exports;

/// <summary>
/// The statement list as CSV, for <c>GET /api/statements.csv</c> and <c>export --format csv</c>: UTF-8 with a byte
/// order mark (so spreadsheets read accents and right-to-left text), a header row, then one row per statement, written
/// page by page as <see cref="ExportStatements"/> returns them, so memory does not grow with the list.
/// </summary>
public static class StatementCsv
{
    public const string ContentType = "text/csv; charset=utf-8; header=present";

    /// <summary>UTF-8 that writes the byte order mark first.</summary>
    public static readonly Encoding Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    /// <summary>The columns, in order (the README lists them with their meaning).</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "id", "words", "kind", "speaker", "role", "on_behalf_of", "said_on", "date_precision", "venue",
        "source_outlet", "source_headline", "source_url", "our_verdict", "other_verdicts", "topics", "links",
    ];

    /// <summary>Separates several values inside one cell (topics, links, verdicts).</summary>
    public const string ListSeparator = "; ";

    /// <summary>
    /// Writes the header and every page, asking for the next page only after the last one is written. The first page
    /// is fetched by the caller, so a refused request (bad filter, not signed in) fails before anything is written.
    /// </summary>
    public static async Task<int> WriteAsync(
        TextWriter writer, Page<StatementRecord> first, ExportStatements request,
        Func<ExportStatements, CancellationToken, Task<Page<StatementRecord>>> nextPage, CancellationToken cancellationToken)
    {
        await writer.WriteAsync(CsvCell.Line(Columns));
        var written = 0;
        var page = first;
        while (true)
        {
            foreach (var record in page.Items)
            {
                await writer.WriteAsync(CsvCell.Line(Cells(record)));
                written++;
            }
            await writer.FlushAsync(cancellationToken);
            if (page.NextCursor is not { } next)
            {
                return written;
            }
            page = await nextPage(request with { After = next }, cancellationToken);
        }
    }

    /// <summary>One statement's cells, in <see cref="Columns"/> order.</summary>
    public static IEnumerable<string?> Cells(StatementRecord s) =>
    [
        s.Id.ToString(CultureInfo.InvariantCulture),
        s.Quote,
        Labels.Of(s.QuoteKind),
        s.SpeakerName,
        s.SpeakerRole,
        s.OnBehalfOfName,
        Date(s.SaidOn, s.SaidOnPrecision),
        Precision(s.SaidOnPrecision),
        s.Venue,
        s.SourceOutlet,
        s.SourceHeadline,
        s.SourceUrl,
        s.Verdict is { } verdict ? Labels.Of(verdict) : null,
        string.Join(ListSeparator, s.OtherVerdicts.Select(OtherVerdict)),
        string.Join(ListSeparator, s.Topics),
        string.Join(ListSeparator, s.Links.Select(l => $"{Labels.Of(l.Relation, l.Direction).ToLowerInvariant()} {l.StatementId}")),
    ];

    /// <summary>"PolitiFact: Pants on Fire (False)": the publisher, their label as written, our rating for it.</summary>
    public static string OtherVerdict(StatementRecordReview review) =>
        $"{review.Publisher}: {review.Label} ({(review.Rating is { } rating ? Labels.Of(rating) : "not mapped")})";

    /// <summary>The date only as precisely as it is known, in ISO form: 2019-07-22, 2019-07 (month), 2019 (year).</summary>
    public static string Date(DateOnly date, DatePrecision precision) => precision switch
    {
        DatePrecision.Month => date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        DatePrecision.Year => date.ToString("yyyy", CultureInfo.InvariantCulture),
        _ => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    /// <summary>day, month, year or approximate (a day inferred from the text, e.g. "on Monday").</summary>
    public static string Precision(DatePrecision precision) => precision.ToString().ToLowerInvariant();

    /// <summary>A file name that says what and when: statements-2026-12-02.csv.</summary>
    public static string FileName(DateTime utcNow) =>
        $"statements-{utcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.csv";
}
