using System.Text.Json;
using ClaimTracker.Application.Stats;
using ClaimTracker.Domain.Reviews;
using ClaimTracker.Web.Components.Shared.Charts;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.JSInterop;

namespace ClaimTracker.Web.Tests.Charts;

public sealed class ApexChartTests : BunitContext
{
    private readonly BunitJSModuleInterop _module;

    public ApexChartTests()
    {
        // Strict mode (bUnit's default): any JS call not set up here fails the test.
        JSInterop.Mode = JSRuntimeMode.Strict;
        _module = JSInterop.SetupModule(ApexChart.ModulePath);
        _module.SetupVoid("create", _ => true).SetVoidResult();
        _module.SetupVoid("update", _ => true).SetVoidResult();
        _module.SetupVoid("destroy", _ => true).SetVoidResult();
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    /// <summary>Donald Trump's seeded record: 18 unrated, one each of False, Unverified and Misleading.</summary>
    private static readonly VerdictDistribution President = new(Verdicts.Complete(
    [
        new VerdictCount(null, 18), new VerdictCount(Rating.False, 1), new VerdictCount(Rating.Unverified, 1), new VerdictCount(Rating.Misleading, 1),
    ]));

    private IRenderedComponent<ApexChart> RenderDonut(VerdictDistribution d) => Render<ApexChart>(p => p
        .Add(c => c.Title, "Verdicts")
        .Add(c => c.Data, StatsCharts.SpeakerVerdicts(d, 7))
        .Add(c => c.Height, 300));

    private static JsonElement OptionsOf(JSRuntimeInvocation invocation) => Assert.IsType<JsonElement>(invocation.Arguments[1]);

    [Fact]
    public void A_donut_imports_the_module_once_and_draws_one_slice_per_non_empty_verdict()
    {
        var chart = RenderDonut(President);

        var create = Assert.Single(_module.Invocations, i => i.Identifier == "create");
        Assert.Single(JSInterop.Invocations, i => i.Identifier == "import");
        Assert.IsType<ElementReference>(create.Arguments[0]);
        Assert.IsType<DotNetObjectReference<ApexChart>>(create.Arguments[2]);

        var options = OptionsOf(create);
        Assert.Equal("donut", options.GetProperty("chart").GetProperty("type").GetString());
        Assert.Equal(300, options.GetProperty("chart").GetProperty("height").GetInt32());
        Assert.Equal(["False", "Unverified", "Misleading", "Unrated"],
            options.GetProperty("labels").EnumerateArray().Select(e => e.GetString()));
        var series = Assert.Single(options.GetProperty("series").EnumerateArray());
        Assert.Equal([1.0, 1, 1, 18], series.GetProperty("data").EnumerateArray().Select(e => e.GetDouble()));
        Assert.Equal(["#d92d20", "#667085", "#7a5af8", "#d0d5dd"], options.GetProperty("colors").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["1 (5%)", "1 (5%)", "1 (5%)", "18 (86%)"],
            options.GetProperty("pointLabels")[0].EnumerateArray().Select(e => e.GetString()));
        // Nulls are left out rather than sent: the library would take a null axis as a setting.
        Assert.False(options.TryGetProperty("xaxis", out _));
        Assert.Empty(chart.FindAll("[data-testid=chart-table]"));
    }

    [Fact]
    public void New_numbers_update_the_drawn_chart_in_place_and_the_same_numbers_change_nothing()
    {
        var chart = RenderDonut(President);

        chart.Render(p => p.Add(c => c.Data, StatsCharts.SpeakerVerdicts(President with { }, 7)));
        Assert.DoesNotContain(_module.Invocations, i => i.Identifier == "update");

        var oneMoreFalse = new VerdictDistribution(Verdicts.Complete(President.Counts.Select(c => c.Verdict == Rating.False ? c with { Count = 2 } : c)));
        chart.Render(p => p.Add(c => c.Data, StatsCharts.SpeakerVerdicts(oneMoreFalse, 7)));

        var update = Assert.Single(_module.Invocations, i => i.Identifier == "update");
        Assert.Equal([2.0, 1, 1, 18], OptionsOf(update).GetProperty("series")[0].GetProperty("data").EnumerateArray().Select(e => e.GetDouble()));
        Assert.Single(_module.Invocations, i => i.Identifier == "create");
        Assert.Single(JSInterop.Invocations, i => i.Identifier == "import");
    }

    [Fact]
    public void The_table_toggle_shows_every_bucket_with_links_to_the_filtered_list_and_back()
    {
        var chart = RenderDonut(President);

        chart.Find("[data-testid=chart-toggle]").Click();

        var rows = chart.FindAll("[data-testid=chart-table] tbody tr");
        Assert.Equal(9, rows.Count); // seven ratings, in progress and unrated, zeros included
        var unrated = rows.Single(r => r.QuerySelector("th")!.TextContent == "Unrated");
        Assert.Equal("18 (86%)", unrated.QuerySelector("td")!.TextContent.Trim());
        Assert.Equal("statements?speaker=7&verdict=unrated", unrated.QuerySelector("a")!.GetAttribute("href"));
        var trueRow = rows.Single(r => r.QuerySelector("th")!.TextContent == "True");
        Assert.Null(trueRow.QuerySelector("a")); // nothing to open behind a zero
        Assert.Equal("Show chart", chart.Find("[data-testid=chart-toggle]").TextContent);
        Assert.True(chart.Find(".canvas").HasAttribute("hidden"));

        chart.Find("[data-testid=chart-toggle]").Click();

        Assert.Empty(chart.FindAll("[data-testid=chart-table]"));
        Assert.False(chart.Find(".canvas").HasAttribute("hidden"));
        // Toggling never redraws or destroys the chart.
        Assert.Single(_module.Invocations, i => i.Identifier == "create");
        Assert.DoesNotContain(_module.Invocations, i => i.Identifier is "destroy" or "update");
    }

    [Fact]
    public void Clicking_a_segment_opens_the_statements_behind_it()
    {
        var chart = RenderDonut(President);

        // The module reports the drawn slice: index 3 is "Unrated" (empty slices are not drawn).
        chart.Instance.OnSegmentSelected(0, 3);

        Assert.EndsWith("statements?speaker=7&verdict=unrated", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stacked_timeline_sends_one_series_per_verdict_with_the_years_as_categories()
    {
        var timeline = new VerdictTimeline(TimeBucket.Year,
        [
            new TimelinePoint(new DateOnly(2018, 1, 1), new DateOnly(2018, 12, 31), Verdicts.Complete([new VerdictCount(null, 5)])),
            new TimelinePoint(new DateOnly(2019, 1, 1), new DateOnly(2019, 12, 31), Verdicts.Complete([new VerdictCount(null, 7), new VerdictCount(Rating.False, 1)])),
        ]);

        var chart = Render<ApexChart>(p => p.Add(c => c.Title, "Over time").Add(c => c.Data, StatsCharts.SpeakerTimeline(timeline, 7)));

        var options = OptionsOf(Assert.Single(_module.Invocations, i => i.Identifier == "create"));
        Assert.Equal("bar", options.GetProperty("chart").GetProperty("type").GetString());
        Assert.True(options.GetProperty("chart").GetProperty("stacked").GetBoolean());
        Assert.False(options.GetProperty("plotOptions").GetProperty("bar").GetProperty("horizontal").GetBoolean());
        Assert.Equal(["2018", "2019"], options.GetProperty("xaxis").GetProperty("categories").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["False", "Unrated"], options.GetProperty("series").EnumerateArray().Select(e => e.GetProperty("name").GetString()));
        Assert.Equal([0.0, 1], options.GetProperty("series")[0].GetProperty("data").EnumerateArray().Select(e => e.GetDouble()));

        chart.Find("[data-testid=chart-toggle]").Click();
        var link = chart.Find("[data-testid=chart-table] tbody tr:nth-child(2) td:nth-child(2) a");
        Assert.Equal("statements?speaker=7&verdict=False&from=2019-01-01&to=2019-12-31", link.GetAttribute("href"));
    }

    [Fact]
    public void Nothing_to_show_says_so_and_loads_no_script()
    {
        var empty = new VerdictDistribution(Verdicts.Complete([]));

        var chart = Render<ApexChart>(p => p
            .Add(c => c.Title, "Verdicts")
            .Add(c => c.Data, StatsCharts.SpeakerVerdicts(empty, 7))
            .Add(c => c.EmptyText, "No statements recorded yet."));

        Assert.Equal("No statements recorded yet.", chart.Find("[data-testid=chart-empty]").TextContent);
        Assert.Empty(JSInterop.Invocations);
        Assert.Empty(chart.FindAll("[data-testid=chart-toggle]"));
    }

    [Fact]
    public async Task Disposing_destroys_the_chart_and_releases_the_module()
    {
        var chart = RenderDonut(President);

        await DisposeComponentsAsync();

        var destroy = Assert.Single(_module.Invocations, i => i.Identifier == "destroy");
        Assert.IsType<ElementReference>(destroy.Arguments[0]);
        _ = chart;
    }

    [Fact]
    public void Prerendered_without_script_the_numbers_come_as_a_table_with_links()
    {
        SetRendererInfo(new RendererInfo("Static", isInteractive: false));

        var chart = RenderDonut(President);

        // Inside <noscript>: a browser without script shows it; with script the chart takes its place, no flash.
        Assert.Contains("<noscript", chart.Markup, StringComparison.Ordinal);
        Assert.Contains("href=\"statements?speaker=7&amp;verdict=unrated\"", chart.Markup, StringComparison.Ordinal);
        Assert.Contains("18 (86%)", chart.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain(_module.Invocations, i => i.Identifier == "create");
    }

    [Fact]
    public void Markup_in_names_reaches_the_module_as_plain_data_and_the_tables_as_text()
    {
        const string Payload = "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">";
        var topics = StatsCharts.Topics([new TopicCount(3, Payload, 4), new TopicCount(4, "<style>body{display:none}</style>", 2)], 7);

        var chart = Render<ApexChart>(p => p.Add(c => c.Title, "Top topics").Add(c => c.Data, topics));

        // The options carry the names as JSON strings; the module's formatters escape them where the library writes HTML.
        var options = OptionsOf(Assert.Single(_module.Invocations, i => i.Identifier == "create"));
        Assert.Equal(Payload, options.GetProperty("xaxis").GetProperty("categories")[0].GetString());
        chart.Find("[data-testid=chart-toggle]").Click();
        Assert.Empty(chart.FindAll("[data-testid=chart-table] meta, [data-testid=chart-table] style"));
        Assert.Equal(Payload, chart.Find("[data-testid=chart-table] tbody th").TextContent);

        // Without script the same table sits in <noscript>, encoded.
        SetRendererInfo(new RendererInfo("Static", isInteractive: false));
        var prerendered = Render<ApexChart>(p => p.Add(c => c.Title, "Top topics").Add(c => c.Data, topics));
        Assert.DoesNotContain("<meta", prerendered.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("<style>", prerendered.Markup, StringComparison.Ordinal);
        Assert.Contains("&lt;meta http-equiv=", prerendered.Markup, StringComparison.Ordinal);
    }
}
