using System.Globalization;
using System.Text.RegularExpressions;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.BrowserTests.Infrastructure;
using ClaimTracker.Domain.Common;
using ClaimTracker.Web.Commands;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ClaimTracker.BrowserTests.Exports;

/// <summary>Downloading the list on screen as CSV, and the same export from the command line.</summary>
public sealed class DownloadCsvTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    private static readonly string[] Quotes = ["Early words in June", "Words in July, \"quoted\"", "=Later words in August", "Words in September"];

    private static (DateOnly, DatePrecision) DateOf(int i) => (new DateOnly(2019, 6 + i, 10), DatePrecision.Day);

    [Fact]
    public async Task Download_csv_holds_exactly_the_filtered_statements()
    {
        var (topicId, _, ids) = await ExportData.CreateAsync(Fixture, Quotes, DateOf);
        var page = await NewSignedInPageAsync(Roles.Viewer);
        // The topic from a link (as a chart or the statement page gives it), the dates through the form.
        await GotoAsync(page, $"/statements?topic={topicId}");
        await Expect(page.GetByTestId("statement-row")).ToHaveCountAsync(Quotes.Length);

        await page.Locator("#from").FillAsync("2019-07-01");
        await page.Locator("#to").FillAsync("2019-08-31");
        await page.GetByTestId("apply-filters").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($@"topic={topicId}&from=2019-07-01&to=2019-08-31"));
        await Expect(page.GetByTestId("statement-row")).ToHaveCountAsync(2);
        await Expect(page.GetByTestId("download-csv")).ToHaveAttributeAsync("href", $"api/statements.csv?topic={topicId}&from=2019-07-01&to=2019-08-31");
        await ScreenshotAsync(page, "statement-list-download-csv");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("download-csv").ClickAsync());

        Assert.Matches(@"^statements-\d{4}-\d{2}-\d{2}\.csv$", download.SuggestedFilename);
        var rows = ExportData.Parse(await File.ReadAllBytesAsync((await download.PathAsync())!));
        Assert.Equal([ids[2], ids[1]], rows.Select(r => int.Parse(r["id"], CultureInfo.InvariantCulture)));
        Assert.Equal([Quotes[2], Quotes[1]], rows.Select(r => ExportData.Unguard(r["words"])));
        Assert.Equal(["2019-08-10", "2019-07-10"], rows.Select(r => r["said_on"]));
    }

    [Fact]
    public async Task Export_command_writes_the_csv_for_speaker_and_dates()
    {
        var (_, topic, ids) = await ExportData.CreateAsync(Fixture, Quotes, DateOf);
        var file = Path.Combine(Path.GetTempPath(), $"claimtracker-export-{Guid.NewGuid():N}.csv");
        try
        {
            var code = await RunAsync(["--format", "csv", file, "--speaker", "alyssa ayres", "--from", "2019-07-01", "--to", "2019-08-31"]);

            Assert.Equal(0, code);
            var rows = ExportData.Parse(await File.ReadAllBytesAsync(file));
            Assert.All(rows, r => Assert.Equal("Alyssa Ayres", r["speaker"]));
            // Said in July or August 2019, to the day or to the month ("2019-07").
            Assert.All(rows, r => Assert.InRange(r["said_on"][..7], "2019-07", "2019-08"));
            var mine = rows.Where(r => r["topics"] == topic).Select(r => int.Parse(r["id"], CultureInfo.InvariantCulture)).ToList();
            Assert.Equal([ids[2], ids[1]], mine);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Export_command_with_bad_options_says_all_that_is_wrong_and_writes_no_file()
    {
        var file = Path.Combine(Path.GetTempPath(), $"claimtracker-export-{Guid.NewGuid():N}.csv");
        var errors = new StringWriter();
        var before = Console.Error;
        int code;
        Console.SetError(errors);
        try
        {
            code = await RunAsync(["--format", "csv", file, "--speaker", "Nobody We Know", "--from", "2019-13-01"]);
        }
        finally
        {
            Console.SetError(before);
        }

        Assert.Equal(1, code);
        Assert.False(File.Exists(file));
        Assert.False(File.Exists(file + ".partial"));
        Assert.Contains("--speaker: No speaker is named 'Nobody We Know'.", errors.ToString(), StringComparison.Ordinal);
        Assert.Contains("--from: ", errors.ToString(), StringComparison.Ordinal);
        Assert.Equal(2, await RunAsync(["--format", "xlsx", file]));
        Assert.Equal(2, await RunAsync([file]));
    }

    private async Task<int> RunAsync(string[] arguments)
    {
        await using var scope = Fixture.Services.CreateAsyncScope();
        return await new ExportCommand().RunAsync(scope.ServiceProvider, arguments, CancellationToken.None);
    }
}
