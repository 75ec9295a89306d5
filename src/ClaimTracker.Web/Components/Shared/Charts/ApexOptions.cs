using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClaimTracker.Web.Components.Shared.Charts;

// The subset of ApexCharts options the desk uses, typed, serialised camelCase for the library. Anything that
// must be a JavaScript function (click handler, tooltip text) is set by ApexChart.razor.js from plain data here.

public sealed record ApexOptions(
    ApexChartOptions Chart,
    IReadOnlyList<ApexSeries> Series,
    IReadOnlyList<string> Colors,
    ApexLegend Legend,
    ApexDataLabels DataLabels)
{
    /// <summary>Donut slice names; axis charts use <see cref="Xaxis"/>.</summary>
    public IReadOnlyList<string>? Labels { get; init; }
    public ApexXAxis? Xaxis { get; init; }
    public ApexYAxis? Yaxis { get; init; }
    public ApexPlotOptions? PlotOptions { get; init; }
    public ApexStroke? Stroke { get; init; }

    /// <summary>Not an ApexCharts option: tooltip text per series and point, read by our module.</summary>
    public IReadOnlyList<IReadOnlyList<string>>? PointLabels { get; init; }

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}

public sealed record ApexChartOptions(string Type, int Height)
{
    public bool Stacked { get; init; }
    /// <summary>"100%" for share bars.</summary>
    public string? StackType { get; init; }
    public string FontFamily { get; init; } = "inherit";
    public ApexToolbar Toolbar { get; init; } = new(false);
    public ApexAnimations Animations { get; init; } = new(true);
}

public sealed record ApexToolbar(bool Show);

public sealed record ApexAnimations(bool Enabled);

public sealed record ApexSeries(string Name, IReadOnlyList<double> Data);

public sealed record ApexXAxis(IReadOnlyList<string> Categories)
{
    public ApexAxisTitle? Title { get; init; }
}

public sealed record ApexAxisTitle(string Text);

public sealed record ApexYAxis(ApexAxisLabels Labels);

/// <summary>How wide category names may be before the library cuts them.</summary>
public sealed record ApexAxisLabels(int MaxWidth);

public sealed record ApexLegend(bool Show, string Position = "bottom");

public sealed record ApexDataLabels(bool Enabled);

public sealed record ApexStroke(double Width, string Curve = "straight");

public sealed record ApexPlotOptions
{
    public ApexBarOptions? Bar { get; init; }
    public ApexPieOptions? Pie { get; init; }
}

public sealed record ApexBarOptions(bool Horizontal, string BarHeight = "70%", string ColumnWidth = "60%");

public sealed record ApexPieOptions(ApexDonut Donut)
{
    public ApexPieDataLabels? DataLabels { get; init; }
}

/// <summary>Slices narrower than this angle get no percentage on them (the legend, tooltip and table have it).</summary>
public sealed record ApexPieDataLabels(int MinAngleToShowLabel);

public sealed record ApexDonut(string Size, ApexDonutLabels Labels);

public sealed record ApexDonutLabels(bool Show, ApexDonutTotal Total);

public sealed record ApexDonutTotal(bool Show, string Label);

public static class ApexOptionsBuilder
{
    private static readonly string[] Palette = ["#2e90fa", "#f79009", "#12b76a", "#7a5af8", "#f04438", "#0ba5ec", "#667085"];

    public static ApexOptions From(ChartData data, int height)
    {
        var colors = data.Kind == ChartKind.Donut
            ? data.CategoryColors ?? Palette
            : data.Series.Select((s, i) => s.Color ?? Palette[i % Palette.Length]).ToList();
        var series = data.Series.Select(s => new ApexSeries(s.Name, s.Values)).ToList();
        var labels = data.Series.Select(s => (IReadOnlyList<string>)Enumerable.Range(0, s.Values.Count).Select(s.LabelAt).ToList()).ToList();
        var multi = data.Series.Count > 1;

        return data.Kind switch
        {
            ChartKind.Donut => new ApexOptions(new ApexChartOptions("donut", height), series, colors, new ApexLegend(true), new ApexDataLabels(true))
            {
                Labels = data.Categories,
                // About 7% of the ring: two neighbouring slices this wide hold their labels without overlapping.
                PlotOptions = new ApexPlotOptions
                {
                    Pie = new ApexPieOptions(new ApexDonut("62%", new ApexDonutLabels(true, new ApexDonutTotal(true, "Statements"))))
                    {
                        DataLabels = new ApexPieDataLabels(25),
                    },
                },
                PointLabels = labels,
            },
            ChartKind.Line => new ApexOptions(new ApexChartOptions("line", height), series, colors, new ApexLegend(true), new ApexDataLabels(false))
            {
                Xaxis = new ApexXAxis(data.Categories),
                Stroke = new ApexStroke(3),
                PointLabels = labels,
            },
            _ => new ApexOptions(
                new ApexChartOptions("bar", height)
                {
                    Stacked = multi || data.Kind == ChartKind.ShareBars,
                    StackType = data.Kind == ChartKind.ShareBars ? "100%" : null,
                },
                series, colors, new ApexLegend(multi), new ApexDataLabels(!multi))
            {
                Xaxis = new ApexXAxis(data.Categories)
                {
                    Title = data.Kind == ChartKind.ShareBars ? new ApexAxisTitle("% of rated statements") : null,
                },
                Yaxis = data.Kind == ChartKind.StackedColumns ? null : new ApexYAxis(new ApexAxisLabels(240)),
                PlotOptions = new ApexPlotOptions { Bar = new ApexBarOptions(data.Kind != ChartKind.StackedColumns) },
                PointLabels = labels,
            },
        };
    }
}
