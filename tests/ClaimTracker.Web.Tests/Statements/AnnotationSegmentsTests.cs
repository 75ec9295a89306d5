using ClaimTracker.Application.Annotations;
using ClaimTracker.Web.Components.Pages.Statements;

namespace ClaimTracker.Web.Tests.Statements;

public sealed class AnnotationSegmentsTests
{
    private const string Quote = "he asked me to be a mediator";

    private static AnnotationThread Span(int id, int? start, int? end) => new() { Id = id, Start = start, End = end };

    private static List<(string Text, int[] Covering)> Split(params AnnotationThread[] threads) =>
        AnnotationSegments.Split(Quote, threads).Select(s => (s.Text, s.Covering.Select(t => t.Id).ToArray())).ToList();

    [Fact]
    public void A_quote_without_notes_is_one_plain_segment()
    {
        var segments = Split();

        var only = Assert.Single(segments);
        Assert.Equal(Quote, only.Text);
        Assert.Empty(only.Covering);
    }

    [Fact]
    public void One_span_cuts_the_quote_into_before_the_span_and_after()
    {
        var segments = Split(Span(1, 3, 11));

        Assert.Equal(["he ", "asked me", " to be a mediator"], segments.Select(s => s.Text));
        Assert.Equal([[], [1], []], segments.Select(s => s.Covering));
    }

    [Fact]
    public void Overlapping_spans_share_the_words_they_both_cover()
    {
        // "asked me to" and "me to be a mediator" overlap on "me to".
        var segments = Split(Span(1, 3, 14), Span(2, 9, 28));

        Assert.Equal(["he ", "asked ", "me to", " be a mediator"], segments.Select(s => s.Text));
        Assert.Equal([[], [1], [1, 2], [2]], segments.Select(s => s.Covering));
        Assert.Equal(Quote, string.Concat(segments.Select(s => s.Text)));
    }

    [Fact]
    public void A_span_inside_another_is_nested_and_both_cover_it()
    {
        var segments = Split(Span(1, 0, 28), Span(2, 20, 28));

        Assert.Equal(["he asked me to be a ", "mediator"], segments.Select(s => s.Text));
        Assert.Equal([[1], [1, 2]], segments.Select(s => s.Covering));
    }

    [Fact]
    public void Spans_that_no_longer_fit_the_quote_are_left_out()
    {
        var segments = Split(Span(1, null, null), Span(2, 20, 40), Span(3, 0, 2));

        Assert.Equal(["he", " asked me to be a mediator"], segments.Select(s => s.Text));
        Assert.Equal([[3], []], segments.Select(s => s.Covering));
    }
}
