using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Desk;
using ClaimTracker.Application.Sources;
using ClaimTracker.Domain.Common;
using ClaimTracker.Domain.Sources;
using ClaimTracker.Web.Components.Pages.Sources;
using ClaimTracker.Web.Tests.Support;
using static ClaimTracker.Web.Tests.Support.Samples;

namespace ClaimTracker.Web.Tests.Sources;

public sealed class SourceListTests : ComponentTest
{
    [Fact]
    public void Lists_sources_with_date_outlet_headline_kind_and_statement_count()
    {
        Dispatcher.On((ListSources _) => PageOf(
            SourceItem(),
            SourceItem(31) with { Outlet = "MEA", Headline = "Official spokesperson's response", PublishedOn = null, Kind = SourceKind.PressStatement, StatementCount = 1 },
            SourceItem(32) with { PublishedOn = new DateOnly(2019, 7, 1), PublishedPrecision = DatePrecision.Month }));

        var cut = Render<SourceList>();

        var rows = cut.FindAll("[data-testid=source-row]");
        Assert.Equal(["22 Jul 2019", "Reuters", "Trump offers to mediate on Kashmir", "News article", "2"], Read.Texts(rows[0].QuerySelectorAll("td")).Take(5));
        Assert.Equal(["", "MEA", "Official spokesperson's response", "Press statement", "1"], Read.Texts(rows[1].QuerySelectorAll("td")).Take(5));
        Assert.Equal("Jul 2019", Read.Text(rows[2].QuerySelector("td")!));
    }

    [Fact]
    public void Searching_asks_for_sources_by_outlet_or_headline()
    {
        Dispatcher.On((ListSources _) => PageOf(SourceItem()));
        var cut = Render<SourceList>();

        cut.Find("[aria-label='Search sources']").Change("reuters");
        cut.Find("form").Submit();

        Assert.Equal(new ListSources { Search = "reuters" }, Dispatcher.Last<ListSources>());
    }

    [Theory]
    [InlineData(true, 1)]
    [InlineData(false, 0)]
    public void Add_and_edit_are_offered_as_the_desk_and_each_row_allow(bool may, int offered)
    {
        Dispatcher.On((GetDeskPermissions _) => new DeskCan(false, false, may));
        Dispatcher.On((ListSources _) => PageOf(SourceItem() with { Can = new SourceCan(may) }));

        var cut = Render<SourceList>();

        Assert.Equal(offered, cut.FindAll("a[href='sources/new']").Count);
        Assert.Equal(offered, cut.FindAll("a[href='sources/30/edit']").Count);
    }
}
