using ClaimTracker.Web.Components.Shared;
using ClaimTracker.Web.Tests.Support;

namespace ClaimTracker.Web.Tests.Shared;

public sealed class TextLimitTests : BunitContext
{
    private IRenderedComponent<TextLimit> RenderLimit(string? value) =>
        Render<TextLimit>(p => p.Add(x => x.Value, value).Add(x => x.Max, 4000).Add(x => x.For, "quote").Add(x => x.What, "The quote"));

    [Fact]
    public void Says_nothing_while_the_text_is_well_within_the_limit()
    {
        Assert.Empty(RenderLimit("Short words").FindAll("[data-testid=quote-limit]"));
        Assert.Empty(RenderLimit(null).FindAll("[data-testid=quote-limit]"));
    }

    [Fact]
    public void Counts_near_the_limit()
    {
        Assert.Equal("3,700 of 4,000 characters", Read.Text(RenderLimit(new string('a', 3700)).Find("[data-testid=quote-limit]")));
    }

    [Fact]
    public void At_the_limit_says_that_the_rest_was_not_kept()
    {
        var message = Read.Text(RenderLimit(new string('a', 4000)).Find("[data-testid=quote-limit]"));

        Assert.Equal("The quote can be at most 4,000 characters. The text stops there; anything typed or pasted beyond it was not kept.", message);
    }
}
