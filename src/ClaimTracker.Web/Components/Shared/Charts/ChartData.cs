namespace ClaimTracker.Web.Components.Shared.Charts;

public enum ChartKind
{
    /// <summary>One series, one slice per category.</summary>
    Donut = 0,
    /// <summary>Vertical bars, series stacked.</summary>
    StackedColumns = 1,
    /// <summary>Horizontal bars, series stacked (a single series is a plain ranking).</summary>
    StackedBars = 2,
    /// <summary>Horizontal bars stacked to 100%: values are shares, <see cref="ChartSeries.Labels"/> carry the counts.</summary>
    ShareBars = 3,
    Line = 4,
}

/// <summary>
/// One series: a value per category, what to show for each (defaults to the value), where each point links to
/// (the filtered statement list), and an optional colour.
/// </summary>
public sealed record ChartSeries(string Name, IReadOnlyList<double> Values)
{
    public IReadOnlyList<string>? Labels { get; init; }
    public IReadOnlyList<string?>? Links { get; init; }
    public string? Color { get; init; }

    public string LabelAt(int i) => Labels?[i] ?? Values[i].ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);

    public string? LinkAt(int i) => Links is { } links && i < links.Count ? links[i] : null;
}

/// <summary>What a chart shows, independent of the charting library; the same numbers fill the data table.</summary>
public sealed record ChartData(ChartKind Kind, IReadOnlyList<string> Categories, IReadOnlyList<ChartSeries> Series)
{
    /// <summary>For a donut: a colour per slice.</summary>
    public IReadOnlyList<string>? CategoryColors { get; init; }

    /// <summary>Heading of the first table column ("Verdict", "Year").</summary>
    public string CategoryHeading { get; init; } = "";

    public bool IsEmpty => Series.Count == 0 || Series.All(s => s.Values.All(v => v == 0));

    /// <summary>A donut with its empty slices dropped, so every drawn segment is a real one.</summary>
    public ChartData WithoutEmptyCategories()
    {
        var keep = Enumerable.Range(0, Categories.Count).Where(i => Series.Any(s => s.Values[i] != 0)).ToList();
        return this with
        {
            Categories = keep.Select(i => Categories[i]).ToList(),
            CategoryColors = CategoryColors is null ? null : keep.Select(i => CategoryColors[i]).ToList(),
            Series = Series.Select(s => s with
            {
                Values = keep.Select(i => s.Values[i]).ToList(),
                Labels = s.Labels is null ? null : keep.Select(i => s.Labels[i]).ToList(),
                Links = s.Links is null ? null : keep.Select(i => s.LinkAt(i)).ToList(),
            }).ToList(),
        };
    }
}
