using AngleSharp.Dom;
using ClaimTracker.Web.Components.Shared;

namespace ClaimTracker.Web.Tests.Shared;

public sealed class PagerTests : BunitContext
{
    private readonly List<string?> _requested = [];

    /// <summary>The cursors whose pages the list refuses (as a use case refuses a tampered cursor).</summary>
    private readonly HashSet<string?> _refused = [];

    private IRenderedComponent<Pager> RenderPager(string? nextCursor) =>
        Render<Pager>(p => p.Add(x => x.NextCursor, nextCursor).Add(x => x.OnPage, (PageRequest r) => r.LoadWith(cursor =>
        {
            _requested.Add(cursor);
            return Task.FromResult(!_refused.Contains(cursor));
        })));

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
    public void A_refused_next_page_keeps_the_number_of_the_page_on_screen()
    {
        _refused.Add("cursor-1");
        var cut = RenderPager("cursor-1");

        Next(cut).Click();

        Assert.Equal(["cursor-1"], _requested);
        Assert.Equal("Page 1", cut.Find(".page-no").TextContent);
        Assert.True(Previous(cut).HasAttribute("disabled"));
    }

    [Fact]
    public void A_refused_previous_page_keeps_the_number_and_the_way_back()
    {
        var cut = RenderPager("cursor-1");
        Next(cut).Click();
        cut.Render(p => p.Add(x => x.NextCursor, "cursor-2"));
        Next(cut).Click();
        _refused.Add("cursor-1");

        Previous(cut).Click();

        Assert.Equal("Page 3", cut.Find(".page-no").TextContent);
        _refused.Clear();
        Previous(cut).Click();
        Assert.Equal("Page 2", cut.Find(".page-no").TextContent);
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
