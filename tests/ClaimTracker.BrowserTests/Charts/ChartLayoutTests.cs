using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Reviews;
using ClaimTracker.BrowserTests.Infrastructure;
using ClaimTracker.Domain.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ClaimTracker.BrowserTests.Charts;

/// <summary>What a new analyst saw go wrong on the dashboard, the compare page and the home page, measured in Chromium.</summary>
public sealed class ChartLayoutTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    private static readonly LocatorWaitForOptions Attached = new() { State = WaitForSelectorState.Attached };

    /// <summary>Whether two boxes share any area (touching edges do not count).</summary>
    private static bool Overlap(LocatorBoundingBoxResult a, LocatorBoundingBoxResult b) =>
        a.X < b.X + b.Width - 0.5 && b.X < a.X + a.Width - 0.5 && a.Y < b.Y + b.Height - 0.5 && b.Y < a.Y + a.Height - 0.5;

    private static bool Inside(LocatorBoundingBoxResult inner, LocatorBoundingBoxResult outer) =>
        inner.X >= outer.X - 0.5 && inner.Y >= outer.Y - 0.5
        && inner.X + inner.Width <= outer.X + outer.Width + 0.5 && inner.Y + inner.Height <= outer.Y + outer.Height + 0.5;

    [Fact]
    public async Task The_dashboard_donut_labels_do_not_overlap_the_week_buttons_sit_in_their_card_and_addresses_stay_whole()
    {
        var page = await NewSignedInPageAsync(Roles.Analyst);

        await GotoAsync(page, "/dashboard");
        var donut = page.GetByTestId("chart-review-status");
        await donut.Locator("svg .apexcharts-pie-area").First.WaitForAsync(Attached);
        await page.GetByTestId("activity").First.WaitForAsync();
        await ScreenshotAsync(page, "layout-dashboard");

        // The labels are drawn after the slices and redrawn when a live update re-renders the chart (other tests
        // change the desk meanwhile), so they are read in one pass in the page, once the big "Not reviewed" slice
        // shows its percentage.
        var shown = await page.WaitForFunctionAsync("""
            () => {
                const boxes = [...document.querySelectorAll('[data-testid="chart-review-status"] svg .apexcharts-datalabels text, [data-testid="chart-review-status"] svg text.apexcharts-pie-label')]
                    .filter(t => getComputedStyle(t).visibility !== 'hidden')
                    .map(t => t.getBoundingClientRect()).filter(r => r.width > 0)
                    .map(r => [r.x, r.y, r.width, r.height]);
                return boxes.length > 0 ? boxes : null;
            }
            """);
        var labels = (await shown.JsonValueAsync<float[][]>())
            .Select(b => new LocatorBoundingBoxResult { X = b[0], Y = b[1], Width = b[2], Height = b[3] }).ToList();
        Assert.NotEmpty(labels); // the big "Not reviewed" slice keeps its percentage
        Assert.All(labels.SelectMany((a, i) => labels.Skip(i + 1).Select(b => (a, b))), pair => Assert.False(Overlap(pair.a, pair.b)));

        var card = (await page.GetByTestId("chart-published").BoundingBoxAsync())!;
        var buttons = (await page.GetByTestId("week-choices").BoundingBoxAsync())!;
        Assert.True(Inside(buttons, card), $"The week buttons ({buttons.X},{buttons.Y} {buttons.Width}x{buttons.Height}) are outside their card ({card.X},{card.Y} {card.Width}x{card.Height}).");

        // Every member name (an e-mail address) is on one line.
        var lines = await page.GetByTestId("activity-who").EvaluateAllAsync<int[]>(
            "els => els.map(el => { const r = document.createRange(); r.selectNodeContents(el); return r.getClientRects().length; })");
        Assert.NotEmpty(lines);
        Assert.All(lines, count => Assert.Equal(1, count));
        Assert.Contains("analyst@claimtracker.test", await page.GetByTestId("activity-who").AllInnerTextsAsync());
    }

    [Fact]
    public async Task Comparing_five_speakers_shows_the_whole_legend_and_every_speakers_counts()
    {
        var ids = await Fixture.ReadAsync(db => db.Speakers.OrderByDescending(s => s.Statements.Count).ThenBy(s => s.Id).Select(s => s.Id).Take(5).ToListAsync());
        var page = await NewSignedInPageAsync(Roles.Analyst);

        await GotoAsync(page, $"/speakers/compare?ids={string.Join(",", ids)}");
        var timeline = page.GetByTestId("chart-compare-timeline");
        await timeline.Locator("svg .apexcharts-series").First.WaitForAsync(Attached);
        await page.GetByTestId("chart-compare-verdicts").Locator("svg").First.WaitForAsync(Attached);
        await ScreenshotAsync(page, "layout-compare-five");

        var legend = timeline.Locator(".apexcharts-legend");
        await Expect(legend.Locator(".apexcharts-legend-series")).ToHaveCountAsync(5);
        var figure = (await timeline.BoundingBoxAsync())!;
        foreach (var entry in await legend.Locator(".apexcharts-legend-series").AllAsync())
        {
            Assert.True(await entry.IsVisibleAsync());
            Assert.True(Inside((await entry.BoundingBoxAsync())!, figure), "A legend entry lies outside the chart's card.");
        }
        // Nothing hidden behind a scroll or clipped by the chart's height.
        Assert.True(await legend.EvaluateAsync<bool>("el => el.scrollHeight <= el.clientHeight + 1 && el.getBoundingClientRect().bottom <= el.closest('.canvas').getBoundingClientRect().bottom + 1"));
        Assert.Equal(2, await page.GetByTestId("chart-compare-verdicts").Locator("svg .apexcharts-yaxis-label").First.Locator("tspan").CountAsync());
    }

    [Fact]
    public async Task After_sign_in_the_home_page_points_a_member_to_their_queue()
    {
        var mine = await Fixture.CreateStatementAsync($"A draft waiting on the home page {UniqueWord("queue")}");
        await Fixture.SendAsAsync(Roles.Analyst, new DraftReview(mine, null, new ReviewInput
        {
            Rating = Rating.Unverified,
            Rationale = "Still checking the record.",
            Evidence = [new EvidenceInput("Ministry statement", "https://example.org/statement", null, EvidenceStance.Context)],
        }));
        var expected = await Fixture.ReadAsync(db => db.Reviews.CountAsync(r => r.Status == ReviewStatus.InReview));

        var page = await NewSignedInPageAsync(Roles.Analyst);

        var panel = page.GetByTestId("my-queue");
        await Expect(panel).ToBeVisibleAsync();
        var drafts = panel.GetByTestId("my-queue-MyDrafts");
        Assert.True(int.Parse((await drafts.Locator(".count").InnerTextAsync()).Trim(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
        await Expect(panel.GetByTestId("my-queue-AwaitingReview").Locator(".count")).ToHaveTextAsync(expected.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await ScreenshotAsync(page, "layout-home-queue");

        await drafts.ClickAsync();

        await page.WaitForURLAsync(url => url.Contains("queues?queue=MyDrafts", StringComparison.Ordinal));
        await Expect(page.GetByTestId("queue")).ToContainTextAsync("A draft waiting on the home page");
    }
}
