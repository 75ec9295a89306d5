using ClaimTracker.Application.Annotations;

namespace ClaimTracker.Web.Components.Pages.Statements;

/// <summary>Where the reader's selection sits in the quote, as the browser module reports it (character offsets).</summary>
public sealed record QuoteSelection(int Start, int End);

/// <summary>A run of the quote with the annotations that cover it (none for plain text).</summary>
public sealed record QuoteSegment(string Text, IReadOnlyList<AnnotationThread> Covering);

public static class AnnotationSegments
{
    /// <summary>Cuts the quote at every span boundary, so overlapping notes still show as nested highlights.</summary>
    public static IReadOnlyList<QuoteSegment> Split(string quote, IEnumerable<AnnotationThread> threads)
    {
        var anchored = threads.Where(t => t.Start is not null && t.End is not null && t.End <= quote.Length).ToList();
        var cuts = anchored.SelectMany(t => new[] { t.Start!.Value, t.End!.Value })
            .Append(0).Append(quote.Length)
            .Where(c => c >= 0 && c <= quote.Length)
            .Distinct().Order().ToList();
        var segments = new List<QuoteSegment>();
        for (var i = 0; i < cuts.Count - 1; i++)
        {
            var (from, to) = (cuts[i], cuts[i + 1]);
            segments.Add(new QuoteSegment(quote[from..to], anchored.Where(t => t.Start <= from && to <= t.End).ToList()));
        }
        return segments;
    }
}
