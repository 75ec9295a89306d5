using ClaimTracker.Application.Publishers;
using ClaimTracker.Web.Components.Pages.Publishers;
using ClaimTracker.Web.Tests.Support;
using static ClaimTracker.Web.Tests.Support.Samples;

namespace ClaimTracker.Web.Tests.Publishers;

public sealed class PublisherListTests : ComponentTest
{
    [Fact]
    public void Lists_the_publishers_with_links_to_their_mappings_and_what_is_not_counted_yet()
    {
        Dispatcher.On((ListPublishers _) => PageOf(
            new PublisherSummary(3, "Fact Desk", "https://factdesk.example/", 2, 7, 2),
            new PublisherSummary(1, "PolitiFact", null, 8, 40, 0)));

        var cut = Render<PublisherList>();

        Assert.Equal(["Fact Desk", "PolitiFact"], Read.Texts(cut.FindAll("[data-testid=publisher-link]")));
        Assert.Equal("publishers/3", cut.Find("[data-testid=publisher-link]").GetAttribute("href"));
        Assert.Equal(["Fact Desk https://factdesk.example/ 2 7 2", "PolitiFact 8 40 0"], Read.Texts(cut.FindAll("[data-testid=publisher-row]")));
        Assert.Contains("attention", cut.FindAll("[data-testid=publisher-row] td.num")[2].ClassList);
    }

    [Fact]
    public void Says_when_there_is_no_publisher_yet()
    {
        Dispatcher.On((ListPublishers _) => PageOf<PublisherSummary>());

        var cut = Render<PublisherList>();

        Assert.Contains("No outside publisher yet", cut.Find("[data-testid=no-publishers]").TextContent, StringComparison.Ordinal);
    }
}
