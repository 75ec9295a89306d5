using AngleSharp.Dom;
using ClaimTracker.Web.Components.Shared;

namespace ClaimTracker.Web.Tests.Shared;

public sealed class PagerTests : BunitContext
{
    private readonly List<string?> _requested = [];

    private IRenderedComponent<Pager> RenderPager(string? nextCursor) =>
        Render<Pager>(p => p.Add(x => x.NextCursor, nextCursor).Add(x => x.OnPage, (string? cursor) => _requested.Add(cursor)));

    private static IElement Previous(IRenderedComponent<Pager> cut) => cut.FindAll("button").Single(b => b.TextContent == "Previous");

    private static IElement Next(IRenderedComponent<Pager> cut) => cut.Find("[data-testid=next-page]");

    [Fact]
    public void The_first_page_offers_next_but_not_previous()
    {
        var cut = RenderPager("cursor-1");

        Assert.Equal("Page 1", cut.Find(".page-no").TextContent);
        Assert.True(Previous(cut).HasAttribute("disabled"));
        Assert.False(Next(cut).HasAttribute("disabled"));
    }

    [Fact]
    public void The_last_page_offers_no_next()
    {
        var cut = RenderPager(null);

        Assert.True(Next(cut).HasAttribute("disabled"));
    }

    [Fact]
    public void Next_asks_for_the_page_after_the_cursor_and_previous_walks_back_to_the_first()
    {
        var cut = RenderPager("cursor-1");

        Next(cut).Click();
        cut.Render(p => p.Add(x => x.NextCursor, "cursor-2"));
        Next(cut).Click();
        cut.Render(p => p.Add(x => x.NextCursor, null));
        Assert.Equal("Page 3", cut.Find(".page-no").TextContent);

        Previous(cut).Click();
        Previous(cut).Click();

        Assert.Equal(["cursor-1", "cursor-2", "cursor-1", null], _requested);
        Assert.Equal("Page 1", cut.Find(".page-no").TextContent);
        Assert.True(Previous(cut).HasAttribute("disabled"));
    }

    [Fact]
    public void Reset_goes_back_to_page_one()
    {
        var cut = RenderPager("cursor-1");
        Next(cut).Click();

        cut.Instance.Reset();
        cut.Render(p => p.Add(x => x.NextCursor, "cursor-1"));

        Assert.Equal("Page 1", cut.Find(".page-no").TextContent);
        Assert.True(Previous(cut).HasAttribute("disabled"));
    }
}
