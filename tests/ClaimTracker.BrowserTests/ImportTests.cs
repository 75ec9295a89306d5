using System.Text;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.BrowserTests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ClaimTracker.BrowserTests;

/// <summary>An editor imports a CSV from the Imports page and finds its statements in the list.</summary>
public sealed class ImportTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public async Task An_editor_uploads_a_csv_maps_its_columns_watches_the_progress_and_finds_the_statements()
    {
        var marker = UniqueWord("imported");
        // Headers no synonym matches, so the columns must be mapped by hand.
        var csv = new StringBuilder("Remark,Person,Day said,Link\r\n");
        for (var i = 1; i <= 40; i++)
        {
            csv.Append($"\"Harbour fees rose by {i} percent, \"\"{marker}\"\"\",Donald Trump,2019-07-{(i % 28) + 1:D2},https://news.example/{marker}/{i}\r\n");
        }
        var path = Path.Combine(Path.GetTempPath(), $"{marker}.csv");
        await File.WriteAllTextAsync(path, csv.ToString(), new UTF8Encoding(true));

        var page = await NewSignedInPageAsync(Roles.Editor);
        await GotoAsync(page, "/imports");
        await page.GetByTestId("import-files").SetInputFilesAsync(path);

        var mapping = page.GetByTestId("column-mapping");
        await Expect(mapping).ToBeVisibleAsync();
        await page.GetByTestId("map-quote").SelectOptionAsync("Remark");
        await page.GetByTestId("map-speaker").SelectOptionAsync("Person");
        await page.GetByTestId("map-date").SelectOptionAsync("Day said");
        await page.GetByTestId("map-url").SelectOptionAsync("Link");
        var preview = page.GetByTestId("import-preview");
        await Expect(preview).ToContainTextAsync($"Harbour fees rose by 1 percent, \"{marker}\"");
        await Expect(preview).ToContainTextAsync("Donald Trump");
        await ScreenshotAsync(page, "import-1-mapped");

        await page.GetByTestId("start-import").ClickAsync();
        var progress = page.GetByTestId("import-progress");
        await Expect(page.GetByTestId("import-status")).ToContainTextAsync("Completed: 40 rows", new() { Timeout = 30_000 });
        await Expect(progress.GetByRole(Microsoft.Playwright.AriaRole.Progressbar)).ToHaveAttributeAsync("aria-valuenow", "100");
        await Expect(page.GetByTestId("import-summary")).ToHaveTextAsync("40 created, 0 updated, 0 unchanged, 0 rejected");
        await Expect(page.GetByTestId("import-batch").First).ToContainTextAsync($"{marker}.csv");
        await ScreenshotAsync(page, "import-2-done");

        await GotoAsync(page, $"/statements?q={marker}");
        await Expect(page.GetByTestId("statement-row").First).ToContainTextAsync(marker);
        await Expect(page.GetByTestId("statement-list")).ToContainTextAsync("Harbour fees rose by");
        await ScreenshotAsync(page, "import-3-statements");
        File.Delete(path);
    }
}
