using ClaimTracker.Application.Publishers;
using ClaimTracker.Application.Speakers;
using ClaimTracker.Application.Statements;
using ClaimTracker.Application.Stats;
using ClaimTracker.Domain.Reviews;
using ClaimTracker.Web.Components.Pages.Speakers;
using ClaimTracker.Web.Components.Shared.Charts;
using ClaimTracker.Web.Tests.Support;
using Microsoft.AspNetCore.Components;
using static ClaimTracker.Web.Tests.Support.Samples;

namespace ClaimTracker.Web.Tests.Charts;

/// <summary>The speaker charts' publisher switch: ours, all, or one publisher, kept in the page's address.</summary>
public sealed class SpeakerChartsPublisherTests : ComponentTest
{
    private readonly BunitJSModuleInterop _module;

    public SpeakerChartsPublisherTests()
    {
        Dispatcher.On((ListPublishers _) => PageOf(
            new PublisherSummary(3, "Fact Desk", null, 2, 7, 0),
            new PublisherSummary(1, "PolitiFact", "https://politifact.example/", 8, 40, 0)));
        Dispatcher.On((GetSpeakerVerdicts q) => new VerdictDistribution(Verdicts.Complete(q.Publisher.IsOurs
            ? [new VerdictCount(null, 3)]
            : [new VerdictCount(Rating.False, 2), new VerdictCount(null, 1)])));
        Dispatcher.On((GetSpeakerTimeline _) => new VerdictTimeline(TimeBucket.Month, []));
        Dispatcher.On((GetSpeakerLinks _) => new SpeakerLinkStats(3, []));
        Dispatcher.On((GetSpeakerTopics _) => (IReadOnlyList<TopicCount>)[]);
        Dispatcher.On((GetSpeakerRebutters _) => (IReadOnlyList<RebutterCount>)[]);
        _module = JSInterop.SetupModule(ApexChart.ModulePath);
        _module.SetupVoid("create", _ => true).SetVoidResult();
        _module.SetupVoid("update", _ => true).SetVoidResult();
        _module.SetupVoid("destroy", _ => true).SetVoidResult();
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    private IRenderedComponent<SpeakerCharts> RenderCharts(PublisherFilter publisher) =>
        Render<SpeakerCharts>(p => p.Add(c => c.SpeakerId, TrumpId).Add(c => c.SpeakerName, "Donald Trump").Add(c => c.Publisher, publisher));

    [Fact]
    public void Offers_ours_all_and_each_publisher_with_ours_chosen_by_default()
    {
        var cut = RenderCharts(PublisherFilter.Ours);

        Assert.Equal(["ours: Our desk", "all: All publishers (ours and others')", "3: Fact Desk", "1: PolitiFact"],
            cut.FindAll("[data-testid=chart-publisher] option").Select(o => $"{o.GetAttribute("value")}: {o.TextContent}").ToList());
        Assert.Equal("ours", cut.Find("[data-testid=chart-publisher] option[selected]").GetAttribute("value"));
        Assert.True(Dispatcher.Last<GetSpeakerVerdicts>().Publisher.IsOurs);
        Assert.True(Dispatcher.Last<GetSpeakerTimeline>().Publisher.IsOurs);
        Assert.Empty(cut.FindAll("[data-testid=publisher-scope]"));
    }

    [Fact]
    public void Choosing_a_publisher_puts_it_in_the_address_and_choosing_ours_takes_it_out()
    {
        GoTo("speakers/10");
        var cut = RenderCharts(PublisherFilter.Ours);

        cut.Find("[data-testid=chart-publisher]").Change("3");
        Assert.Equal("speakers/10?publisher=3", CurrentUrl);

        cut.Find("[data-testid=chart-publisher]").Change("all");
        Assert.Equal("speakers/10?publisher=all", CurrentUrl);

        cut.Find("[data-testid=chart-publisher]").Change("ours");
        Assert.Equal("speakers/10", CurrentUrl);
    }

    [Fact]
    public void One_publisher_s_charts_count_its_verdicts_and_their_segments_open_the_list_for_that_publisher()
    {
        var cut = RenderCharts(PublisherFilter.One(3));

        Assert.Equal(PublisherFilter.One(3), Dispatcher.Last<GetSpeakerVerdicts>().Publisher);
        Assert.Equal(PublisherFilter.One(3), Dispatcher.Last<GetSpeakerTimeline>().Publisher);
        Assert.Equal("3", cut.Find("[data-testid=chart-publisher] option[selected]").GetAttribute("value"));
        Assert.Contains("Fact Desk's verdicts", Read.Text(cut.Find("[data-testid=publisher-scope]")), StringComparison.Ordinal);
        Assert.Contains("3 statements · 2 rated", Read.Text(cut.Find("[data-testid=record-summary]")), StringComparison.Ordinal);
        cut.Find("[data-testid=chart-verdicts] [data-testid=chart-toggle]").Click();
        var links = cut.FindAll("[data-testid=chart-verdicts] [data-testid=chart-table] a").Select(a => a.GetAttribute("href") ?? "").ToList();
        Assert.NotEmpty(links);
        Assert.All(links, l => Assert.Contains("publisher=3", l, StringComparison.Ordinal));
    }

    [Fact]
    public void A_new_publisher_from_the_page_reloads_the_verdict_charts()
    {
        var cut = RenderCharts(PublisherFilter.Ours);
        Assert.Single(Dispatcher.SentOf<GetSpeakerVerdicts>());

        cut.Render(p => p.Add(c => c.Publisher, PublisherFilter.All));

        Assert.Equal(2, Dispatcher.SentOf<GetSpeakerVerdicts>().Count);
        Assert.True(Dispatcher.Last<GetSpeakerVerdicts>().Publisher.IsAll);
        Assert.Contains("every publisher's verdicts", Read.Text(cut.Find("[data-testid=publisher-scope]")), StringComparison.Ordinal);
        // The publisher list is read once, not on every switch.
        Assert.Single(Dispatcher.SentOf<ListPublishers>());
    }
}
