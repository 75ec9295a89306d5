using ClaimTracker.Application.Reviews;
using ClaimTracker.Application.Statements;
using ClaimTracker.Domain.Reviews;
using ClaimTracker.Web.Components.Pages.Queues;
using ClaimTracker.Web.Tests.Support;
using static ClaimTracker.Web.Tests.Support.Samples;

namespace ClaimTracker.Web.Tests.Queues;

public sealed class ReviewQueuesTests : ComponentTest
{
    private IRenderedComponent<ReviewQueues> RenderAt(string url)
    {
        GoTo(url);
        return Render<ReviewQueues>();
    }

    [Theory]
    [InlineData("queues?queue=MyDrafts", ReviewQueue.MyDrafts)]
    [InlineData("queues?queue=awaitingreview", ReviewQueue.AwaitingReview)]
    [InlineData("queues?queue=RebuttedAfterPublication", ReviewQueue.RebuttedAfterPublication)]
    [InlineData("queues", ReviewQueue.Unreviewed)]
    [InlineData("queues?queue=nonsense", ReviewQueue.Unreviewed)]
    [InlineData("queues?queue=7", ReviewQueue.Unreviewed)]
    public void Asks_for_the_queue_named_in_the_url_and_marks_its_tab(string url, ReviewQueue queue)
    {
        Dispatcher.On((ListReviewQueue _) => PageOf(Summary()));

        var cut = RenderAt(url);

        Assert.Equal(new ListReviewQueue(queue), Dispatcher.Last<ListReviewQueue>());
        var active = Assert.Single(cut.FindAll(".nav-link.active"));
        Assert.Equal($"queue-{queue}", active.GetAttribute("data-testid"));
        Assert.Equal(
            Enum.GetValues<ReviewQueue>().Select(q => (string?)(q == queue ? "true" : "false")).ToList(),
            cut.FindAll("[role=tab]").Select(t => t.GetAttribute("aria-selected")).ToList());
    }

    [Fact]
    public void Offers_a_tab_for_every_queue()
    {
        Dispatcher.On((ListReviewQueue _) => PageOf<StatementSummary>());

        var cut = RenderAt("queues");

        var tabs = cut.FindAll("[role=tab]");
        Assert.Equal(["Without a verdict", "Waiting for review", "My drafts", "Rebutted after publication"], Read.Texts(tabs));
        Assert.Equal(
            ["queues?queue=Unreviewed", "queues?queue=AwaitingReview", "queues?queue=MyDrafts", "queues?queue=RebuttedAfterPublication"],
            tabs.Select(t => t.GetAttribute("href")).ToList());
    }

    [Fact]
    public void Explains_the_queue_on_screen()
    {
        Dispatcher.On((ListReviewQueue _) => PageOf<StatementSummary>());

        var cut = RenderAt("queues?queue=MyDrafts");

        Assert.Equal("Your drafts that you have not sent for review yet.", Read.Text(cut.Find("p.text-muted")));
    }

    [Fact]
    public void Lists_the_statements_in_the_queue()
    {
        Dispatcher.On((ListReviewQueue _) => PageOf(Summary(5) with { Verdict = Rating.False, ReviewStatus = ReviewStatus.Draft }));

        var cut = RenderAt("queues?queue=MyDrafts");

        var item = Assert.Single(cut.FindAll("[data-testid=queue-item]"));
        Assert.Equal("22 Jul 2019", Read.Text(item.QuerySelector(".date")!));
        Assert.Equal("speakers/10", item.QuerySelector("a.who")!.GetAttribute("href"));
        Assert.Equal("Donald Trump", Read.Text(item.QuerySelector("a.who")!));
        Assert.Equal("statements/5", item.QuerySelector("a.quote")!.GetAttribute("href"));
        Assert.Equal("“I was with Prime Minister Modi two weeks ago and he asked me to be a mediator.”", Read.Text(item.QuerySelector("a.quote")!));
        Assert.Equal("False (Draft)", Read.Text(item.QuerySelector("[data-testid=verdict]")!));
        Assert.Empty(cut.FindAll("[data-testid=queue-empty]"));
    }

    [Fact]
    public void An_empty_queue_says_so()
    {
        Dispatcher.On((ListReviewQueue _) => PageOf<StatementSummary>());

        var cut = RenderAt("queues?queue=AwaitingReview");

        Assert.Equal("Nothing here.", Read.Text(cut.Find("[data-testid=queue-empty]")));
        Assert.Empty(cut.FindAll("[data-testid=queue-item]"));
    }

    [Fact]
    public void Next_asks_for_the_next_page_of_the_same_queue()
    {
        Dispatcher.On((ListReviewQueue q) => q.After is null ? PageWithMore("cursor-1", Summary(5)) : PageOf(Summary(4)));
        var cut = RenderAt("queues?queue=MyDrafts");

        cut.Find("[data-testid=next-page]").Click();

        Assert.Equal(new ListReviewQueue(ReviewQueue.MyDrafts) { After = "cursor-1" }, Dispatcher.Last<ListReviewQueue>());
        Assert.Equal("statements/4", cut.Find("[data-testid=queue-item] a.quote").GetAttribute("href"));
    }

    [Fact]
    public void Following_a_tab_loads_that_queue_from_the_first_page()
    {
        Dispatcher.On((ListReviewQueue q) => q.After is null ? PageWithMore("cursor-1", Summary(5)) : PageOf(Summary(4)));
        var cut = RenderAt("queues?queue=MyDrafts");
        cut.Find("[data-testid=next-page]").Click();

        Navigation.NavigateTo("queues?queue=AwaitingReview");

        Assert.Equal(new ListReviewQueue(ReviewQueue.AwaitingReview), Dispatcher.Last<ListReviewQueue>());
        Assert.Equal("queue-AwaitingReview", cut.Find(".nav-link.active").GetAttribute("data-testid"));
        Assert.Equal("Page 1", cut.Find(".page-no").TextContent);
    }
}
