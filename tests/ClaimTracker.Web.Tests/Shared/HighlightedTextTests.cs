using ClaimTracker.Application.Common.Search;
using ClaimTracker.Web.Components.Shared.Search;
using ClaimTracker.Web.Tests.Support;

namespace ClaimTracker.Web.Tests.Shared;

public sealed class HighlightedTextTests : ComponentTest
{
    private IRenderedComponent<HighlightedText> RenderText(string text, params TextRange[] marks) =>
        Render<HighlightedText>(p => p.Add(x => x.Text, new MarkedText(text, marks)));

    [Fact]
    public void Marks_exactly_the_matching_stretches_and_keeps_the_rest_as_text()
    {
        var cut = RenderText("Trump offered mediation on Kashmir", new TextRange(14, 9), new TextRange(27, 7));

        Assert.Equal(["mediation", "Kashmir"], cut.FindAll("mark").Select(m => m.TextContent));
        Assert.Equal("Trump offered mediation on Kashmir", string.Concat(cut.Nodes.Select(n => n.TextContent)));
    }

    [Fact]
    public void Markup_in_the_text_stays_text_inside_and_outside_the_marks()
    {
        const string text = "<img src=x onerror=alert(1)> said <script>alert(2)</script>";

        var cut = RenderText(text, new TextRange(0, 28), new TextRange(34, 25));

        Assert.Empty(cut.FindAll("img"));
        Assert.Empty(cut.FindAll("script"));
        Assert.Equal(["<img src=x onerror=alert(1)>", "<script>alert(2)</script>"], cut.FindAll("mark").Select(m => m.TextContent));
        Assert.Contains("&lt;script&gt;", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Ranges_outside_the_text_or_overlapping_an_earlier_one_are_ignored()
    {
        var cut = RenderText("Kashmir talks", new TextRange(0, 7), new TextRange(3, 6), new TextRange(8, 50), new TextRange(-1, 2));

        Assert.Equal(["Kashmir"], cut.FindAll("mark").Select(m => m.TextContent));
        Assert.EndsWith(" talks", cut.Markup, StringComparison.Ordinal);
    }
}
