using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Sources;
using ClaimTracker.Application.Speakers;
using ClaimTracker.Application.Statements;
using ClaimTracker.BrowserTests.Infrastructure;
using ClaimTracker.Domain.Common;
using ClaimTracker.Domain.Speakers;
using ClaimTracker.Domain.Statements;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ClaimTracker.BrowserTests.Charts;

/// <summary>
/// Names that are markup must reach every chart as text: ApexCharts writes legends and tooltips as HTML, so a
/// speaker called like a meta refresh, a topic holding an image with a handler and a style element are put on
/// every chart page, and the DOM is searched for anything they could have created, on load and while the reader
/// hovers over every segment and legend entry.
/// </summary>
public sealed class ChartXssTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    private const string MetaRefresh = "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">";
    private const string ImageTopic = "X <img src=x onerror=alert(1)>";
    private const string StyleName = "<style>body{display:none}</style>";

    /// <summary>Anything a payload would have created, counted in the live DOM.</summary>
    private const string PayloadElements = """
        () => document.querySelectorAll('meta[http-equiv], img[src="x"], [onerror]').length
          + [...document.querySelectorAll('style')].filter(s => s.textContent.includes('display:none')).length
        """;

    private static readonly string[] Segments =
    [
        ".apexcharts-pie-area", ".apexcharts-bar-area", ".apexcharts-series path", ".apexcharts-legend-series",
    ];

    [Fact]
    public async Task Markup_in_speaker_and_topic_names_stays_text_on_every_chart_page_on_load_and_on_hover()
    {
        var (speaker, president) = await ArrangeAsync();
        var page = await NewSignedInPageAsync(Roles.Analyst);
        var dialogs = 0;
        page.Dialog += (_, dialog) =>
        {
            dialogs++;
            _ = dialog.DismissAsync();
        };
        var leftTheApp = new List<string>();
        page.FrameNavigated += (_, frame) =>
        {
            if (frame == page.MainFrame && !frame.Url.StartsWith(Fixture.BaseUrl, StringComparison.Ordinal))
            {
                leftTheApp.Add(frame.Url);
            }
        };

        // Every chart that must be drawn on each page (the weekly verdicts may be empty: seeded verdicts are old).
        var pages = new (string Path, string[] Charts, string Text)[]
        {
            ($"/speakers/{speaker}", ["chart-verdicts", "chart-timeline", "chart-links", "chart-topics", "chart-rebutters"], ImageTopic),
            ($"/speakers/compare?ids={speaker},{president}", ["chart-compare-verdicts", "chart-compare-timeline"], MetaRefresh),
            ("/dashboard", ["chart-review-status", "chart-work", "chart-active-topics"], ImageTopic),
        };
        foreach (var (path, charts, text) in pages)
        {
            await GotoAsync(page, path);
            foreach (var chart in charts)
            {
                await page.GetByTestId(chart).Locator("svg").First.WaitForAsync(new() { State = WaitForSelectorState.Attached });
            }
            Assert.Equal(0, await page.EvaluateAsync<int>(PayloadElements));

            foreach (var chart in await page.Locator("figure.chart").AllAsync())
            {
                await HoverEverySegmentAsync(page, chart);
                Assert.Equal(0, await page.EvaluateAsync<int>(PayloadElements));
            }

            // The names are there as text: the test looked where the payloads would land.
            Assert.Contains(text, await page.Locator("main").TextContentAsync() ?? "", StringComparison.Ordinal);
            Assert.StartsWith(Fixture.BaseUrl, page.Url, StringComparison.Ordinal);
            await ScreenshotAsync(page, "chart-xss-" + path.Trim('/').Split('?')[0].Replace('/', '-'));
        }

        // Hovering a topic bar shows its name in the tooltip as it is written, and the compare legend names the speaker.
        await GotoAsync(page, $"/speakers/{speaker}");
        var topics = page.GetByTestId("chart-topics");
        await topics.Locator(".apexcharts-bar-area").First.HoverAsync(new() { Force = true });
        await Expect(topics.Locator(".apexcharts-tooltip")).ToContainTextAsync(ImageTopic);
        var rebutters = page.GetByTestId("chart-rebutters");
        await rebutters.Locator(".apexcharts-bar-area").First.HoverAsync(new() { Force = true });
        await Expect(rebutters.Locator(".apexcharts-tooltip")).ToContainTextAsync(StyleName);
        await GotoAsync(page, $"/speakers/compare?ids={speaker},{president}");
        await Expect(page.GetByTestId("chart-compare-timeline").Locator(".apexcharts-legend")).ToContainTextAsync(MetaRefresh);
        Assert.Equal(0, await page.EvaluateAsync<int>(PayloadElements));

        Assert.Equal(0, dialogs);
        Assert.Empty(leftTheApp);
    }

    [Fact]
    public async Task The_chart_module_escapes_every_text_it_hands_to_the_library_as_html()
    {
        var page = await NewSignedInPageAsync(Roles.Viewer);

        // The module's own formatters, called the way ApexCharts calls them, for a donut and an axis chart.
        var outputs = await page.EvaluateAsync<string[]>("""
            async (payload) => {
              const m = await import('./Components/Shared/Charts/ApexChart.razor.js');
              const donut = m.prepare({ chart: { type: 'donut' }, series: [{ name: payload, data: [1, 2] }], labels: [payload, 'b'],
                                        pointLabels: [[payload, '2']] }, null);
              const bars = m.prepare({ chart: { type: 'bar' }, series: [{ name: payload, data: [1] }], xaxis: { categories: [payload] },
                                       pointLabels: [[payload]] }, null);
              const info = { seriesIndex: 0, dataPointIndex: 0 };
              return [donut, bars].flatMap(o => [
                o.legend.formatter(payload, info), o.tooltip.y.formatter(1, info), o.tooltip.y.title.formatter(payload, info),
              ]).concat([bars.tooltip.x.formatter(payload, info), bars.xaxis.tooltip.formatter(payload, info)]);
            }
            """, MetaRefresh + ImageTopic + StyleName);

        Assert.Equal(8, outputs.Length);
        Assert.All(outputs, o => Assert.DoesNotContain("<", o, StringComparison.Ordinal));
        Assert.All(outputs, o => Assert.Contains("&lt;meta http-equiv=&quot;refresh&quot;", o, StringComparison.Ordinal));
    }

    private static async Task HoverEverySegmentAsync(IPage page, ILocator chart)
    {
        foreach (var selector in Segments)
        {
            var segments = chart.Locator(selector);
            var count = Math.Min(await segments.CountAsync(), 12);
            for (var i = 0; i < count; i++)
            {
                var segment = segments.Nth(i);
                if (await segment.BoundingBoxAsync() is { Width: > 0, Height: > 0 })
                {
                    await segment.HoverAsync(new() { Force = true });
                }
            }
        }
        await page.Mouse.MoveAsync(0, 0);
    }

    /// <summary>
    /// A speaker named as a meta refresh with 24 statements on the image topic (enough to lead the dashboard's
    /// topics), one rebutted by a speaker named as a style element. Returns that speaker and the president.
    /// </summary>
    private async Task<(int Speaker, int President)> ArrangeAsync()
    {
        var speaker = await Fixture.SendAsAsync(Roles.Analyst, new CreateSpeaker(new SpeakerInput { Name = MetaRefresh, Kind = SpeakerKind.Organisation }));
        var rebutter = await Fixture.SendAsAsync(Roles.Analyst, new CreateSpeaker(new SpeakerInput { Name = StyleName, Kind = SpeakerKind.Person }));
        var source = (await Fixture.SendAsAsync(Roles.Analyst, new ListSources { Search = "About-Face" })).Items.Single().Id;
        var statements = new List<int>();
        for (var i = 0; i < 24; i++)
        {
            statements.Add(await Fixture.SendAsAsync(Roles.Analyst, new CreateStatement(new StatementInput
            {
                Quote = $"Chart payload statement number {i + 1}",
                QuoteKind = QuoteKind.DirectQuote,
                SpeakerId = speaker,
                SaidOn = new DateOnly(2019, 7, 1).AddDays(i * 20),
                SaidOnPrecision = DatePrecision.Day,
                SourceId = source,
                Topics = [ImageTopic],
            })));
        }
        var rebuttal = await Fixture.SendAsAsync(Roles.Analyst, new CreateStatement(new StatementInput
        {
            Quote = "That is not what happened.",
            QuoteKind = QuoteKind.DirectQuote,
            SpeakerId = rebutter,
            SaidOn = new DateOnly(2019, 7, 2),
            SaidOnPrecision = DatePrecision.Day,
            SourceId = source,
        }));
        await Fixture.SendAsAsync(Roles.Analyst, new LinkStatements(rebuttal, statements[0], LinkRelation.Rebuts, null));
        var president = await Fixture.ReadAsync(db => db.Speakers.Where(s => s.Name == "Donald Trump").Select(s => s.Id).SingleAsync());
        return (speaker, president);
    }
}
