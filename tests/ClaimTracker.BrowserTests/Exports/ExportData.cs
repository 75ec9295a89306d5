using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Sources;
using ClaimTracker.Application.Speakers;
using ClaimTracker.Application.Statements;
using ClaimTracker.BrowserTests.Infrastructure;
using ClaimTracker.Domain.Common;
using ClaimTracker.Domain.Statements;
using ClaimTracker.Web.Exports;
using CsvHelper;
using Microsoft.EntityFrameworkCore;

namespace ClaimTracker.BrowserTests.Exports;

/// <summary>Statements made for an export test under a topic of their own, and the CSV read back with a real parser.</summary>
internal static class ExportData
{
    /// <summary>Words a spreadsheet would run as formulas, CSV's own special characters, line breaks and right-to-left text.</summary>
    public static readonly string[] NastyWords =
    [
        "=1+2",
        "+SUM(1,2) is what he said",
        "-2+3 \"minus\" first",
        "@everyone, listen",
        "'Quoted' from the start",
        "He said \"no\", then left,\nand came back\r\nlater",
        "قال إن \"الوساطة\"، مرفوضة",
        "שלום, עולם =1",
        "Plain words",
    ];

    /// <summary>Creates one statement per quote (Alyssa Ayres, reported by the About-Face article) under a new topic; returns the topic's id.</summary>
    public static async Task<(int TopicId, string Topic, List<int> Ids)> CreateAsync(
        BrowserFixture fixture, IReadOnlyList<string> quotes, Func<int, (DateOnly Day, DatePrecision Precision)>? date = null)
    {
        var topic = "Export " + Guid.NewGuid().ToString("N")[..10];
        var speaker = (await fixture.SendAsAsync(Roles.Analyst, new ListSpeakers { Search = "Alyssa Ayres" })).Items.Single().Id;
        var source = (await fixture.SendAsAsync(Roles.Analyst, new ListSources { Search = "About-Face" })).Items.Single().Id;
        var ids = new List<int>();
        for (var i = 0; i < quotes.Count; i++)
        {
            var (day, precision) = date?.Invoke(i) ?? (new DateOnly(2019, 7, 23), DatePrecision.Day);
            ids.Add(await fixture.SendAsAsync(Roles.Analyst, new CreateStatement(new StatementInput
            {
                Quote = quotes[i],
                QuoteKind = QuoteKind.DirectQuote,
                SpeakerId = speaker,
                SaidOn = day,
                SaidOnPrecision = precision,
                SourceId = source,
                Topics = [topic],
            })));
        }
        var topicId = await fixture.ReadAsync(db => db.Topics.Where(t => t.Name == topic).Select(t => t.Id).SingleAsync());
        return (topicId, topic, ids);
    }

    /// <summary>The words as the desk stored them, by statement id.</summary>
    public static Task<Dictionary<int, string>> StoredQuotesAsync(BrowserFixture fixture, IEnumerable<int> ids)
    {
        var wanted = ids.ToList();
        return fixture.ReadAsync(db => db.Statements.Where(s => wanted.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Quote));
    }

    /// <summary>Reads a CSV file as a spreadsheet program would hand it to code: header row, then one record per row.</summary>
    public static List<Dictionary<string, string>> Parse(byte[] bytes)
    {
        Assert.True(bytes is [0xEF, 0xBB, 0xBF, ..], "The file starts with the UTF-8 byte order mark.");
        // Malformed quoting throws rather than being patched up, so a quoting mistake of ours fails the test.
        using var csv = CsvReader.Create(bytes, CsvReaderOptions.Default with { MalformedData = CsvMalformedDataHandling.Throw });
        Assert.Equal(StatementCsv.Columns, csv.Headers);
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            rows.Add(StatementCsv.Columns.ToDictionary(c => c, c => csv.GetString(c)));
        }
        return rows;
    }

    /// <summary>The README's rule, applied by hand: a cell that starts with a single quote loses that one character.</summary>
    public static string Unguard(string cell) => cell.StartsWith('\'') ? cell[1..] : cell;
}
