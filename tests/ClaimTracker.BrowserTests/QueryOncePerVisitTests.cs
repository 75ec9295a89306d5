using ClaimTracker.Application.Common.Security;
using ClaimTracker.BrowserTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ClaimTracker.BrowserTests;

/// <summary>
/// Opening a page runs each of its queries once: the answers of the server's prerendering travel in the page, and the
/// circuit that takes over uses them instead of asking the database again (PrerenderedQueries).
/// </summary>
public sealed class QueryOncePerVisitTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public async Task Every_main_page_runs_each_of_its_queries_once_per_visit()
    {
        var speakers = await Fixture.ReadAsync(db => db.Speakers.OrderByDescending(s => s.Statements.Count).ThenBy(s => s.Id).Select(s => s.Id).Take(3).ToListAsync());
        var statement = await Fixture.ReadAsync(db => db.Statements.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync());
        var pages = new (string Path, string Shows)[]
        {
            ($"/speakers/compare?ids={string.Join(",", speakers)}", "chart-compare-verdicts"),
            ("/statements", "statement-row"),
            ($"/statements/{statement}", "statement"),
            ($"/speakers/{speakers[0]}", "speaker-statement"),
            ("/dashboard", "activity"),
            ("/sources", "source-row"),
            ("/speakers", "speaker-row"),
        };
        var page = await NewSignedInPageAsync(Roles.Analyst);

        foreach (var (path, shows) in pages)
        {
            await WaitUntilIdleAsync();
            Fixture.HandlerRuns.Reset();

            // A full page load: the server prerenders, then the circuit starts and renders the page again.
            await page.GotoAsync(path);
            await BrowserFixture.WaitForCircuitAsync(page);
            await Expect(page.GetByTestId(shows).First).ToBeVisibleAsync();
            await WaitUntilIdleAsync();

            var runs = Fixture.HandlerRuns.Snapshot();
            Output.WriteLine($"{path}: {string.Join(", ", runs.Select(r => $"{r.Key} x{r.Value}"))}");
            Assert.NotEmpty(runs);
            Assert.All(runs, r => Assert.True(r.Value == 1, $"{path} ran {r.Key} {r.Value} times in one visit."));
            if (path == "/statements")
            {
                await ScreenshotAsync(page, "query-once-statement-list");
            }
        }
    }

    /// <summary>Waits until no use case is running (the circuit's first render has sent what it sends).</summary>
    private async Task WaitUntilIdleAsync()
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(BrowserFixture.TimeoutMs);
        while (Fixture.HandlerRuns.InFlight > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "Use cases were still running after the timeout.");
            await Task.Delay(20);
        }
    }
}
