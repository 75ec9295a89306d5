using ClaimTracker.Domain.Common;
using ClaimTracker.Web.Components.Shared;

namespace ClaimTracker.Web.Tests.Shared;

public sealed class DateTextTests : BunitContext
{
    [Fact]
    public void Shows_the_date_as_precisely_as_known_and_keeps_the_full_date_for_machines()
    {
        var cut = Render<DateText>(p => p.Add(x => x.Date, new DateOnly(2019, 7, 22)).Add(x => x.Precision, DatePrecision.Month));

        var time = cut.Find("time");
        Assert.Equal("Jul 2019", time.TextContent);
        Assert.Equal("2019-07-22", time.GetAttribute("datetime"));
        Assert.Equal("Month known", time.GetAttribute("title"));
    }
}
