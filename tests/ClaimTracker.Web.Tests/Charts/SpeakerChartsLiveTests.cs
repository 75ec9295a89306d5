using System.Text.Json;
using ClaimTracker.Application.Common.Changes;
using ClaimTracker.Application.Statements;
using ClaimTracker.Application.Stats;
using ClaimTracker.Domain.Reviews;
using ClaimTracker.Domain.Statements;
using ClaimTracker.Web.Components.Pages.Speakers;
using ClaimTracker.Web.Components.Shared.Charts;
using ClaimTracker.Web.Tests.Support;
using Microsoft.AspNetCore.Components;

namespace ClaimTracker.Web.Tests.Charts;

/// <summary>The speaker's charts follow the desk: a committed change reloads them and updates the drawn chart.</summary>
public sealed class SpeakerChartsLiveTests : ComponentTest
{
    private readonly BunitJSModuleInterop _module;
    private readonly TaskCompletionSource<JSRuntimeInvocation> _firstUpdate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _unrated = 18;

    public SpeakerChartsLiveTests()
    {
        Dispatcher.On((ClaimTracker.Application.Publishers.ListPublishers _) => new ClaimTracker.Application.Common.Page<ClaimTracker.Application.Publishers.PublisherSummary>([], null));
        Dispatcher.On((GetSpeakerVerdicts _) => new VerdictDistribution(Counts()));
        Dispatcher.On((GetSpeakerTimeline _) => new VerdictTimeline(TimeBucket.Month,
            [new TimelinePoint(new DateOnly(2019, 7, 1), new DateOnly(2019, 7, 31), Counts())]));
        Dispatcher.On((GetSpeakerLinks _) => new SpeakerLinkStats(_unrated + 1, [new LinkCategoryCount(LinkRelation.Rebuts, LinkScope.FromOthers, 2)]));
        Dispatcher.On((GetSpeakerTopics _) => (IReadOnlyList<TopicCount>)[new TopicCount(1, "Kashmir", 3)]);
        Dispatcher.On((GetSpeakerRebutters _) => (IReadOnlyList<RebutterCount>)[new RebutterCount(2, "Raveesh Kumar", 2)]);
        _module = JSInterop.SetupModule(ApexChart.ModulePath);
        _module.SetupVoid("create", _ => true).SetVoidResult();
        // The update call follows the render, outside what WaitForAssertion watches: the test awaits this signal.
        _module.SetupVoid("update", invocation =>
        {
            _firstUpdate.TrySetResult(invocation);
            return true;
        }).SetVoidResult();
        _module.SetupVoid("destroy", _ => true).SetVoidResult();
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    private IReadOnlyList<VerdictCount> Counts() => Verdicts.Complete([new VerdictCount(null, _unrated), new VerdictCount(Rating.False, 1)]);

    [Fact]
    public async Task A_new_verdict_elsewhere_redraws_the_donut_with_the_new_numbers()
    {
        var charts = Render<SpeakerCharts>(p => p.Add(c => c.SpeakerId, 7).Add(c => c.SpeakerName, "Donald Trump"));
        Assert.Contains("19 statements", charts.Find("[data-testid=record-summary]").TextContent, StringComparison.Ordinal);
        Assert.Equal(5, _module.Invocations.Count(i => i.Identifier == "create"));

        _unrated = 17;
        await Changes.PublishAsync(new DeskChange(Guid.NewGuid(), "PublishVerdict", "editor@claimtracker.test", DateTime.UtcNow, [42]));

        charts.WaitForAssertion(() => Assert.Equal(2, Dispatcher.SentOf<GetSpeakerVerdicts>().Count), TimeSpan.FromSeconds(10));
        charts.WaitForAssertion(() => Assert.Contains("18 statements", charts.Find("[data-testid=record-summary]").TextContent, StringComparison.Ordinal));
        var update = await _firstUpdate.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var options = (JsonElement)update.Arguments[1]!;
        Assert.Equal("donut", options.GetProperty("chart").GetProperty("type").GetString());
        Assert.Equal([1.0, 17], options.GetProperty("series")[0].GetProperty("data").EnumerateArray().Select(e => e.GetDouble()));
        // The topics and rebutters did not change, so they are not redrawn.
        Assert.Equal(5, _module.Invocations.Count(i => i.Identifier == "create"));
    }

    [Fact]
    public async Task A_burst_of_changes_causes_one_reload_and_leaving_the_page_stops_listening()
    {
        var charts = Render<SpeakerCharts>(p => p.Add(c => c.SpeakerId, 7).Add(c => c.SpeakerName, "Donald Trump"));
        Assert.Single(Dispatcher.SentOf<GetSpeakerVerdicts>());

        for (var i = 0; i < 5; i++)
        {
            await Changes.PublishAsync(new DeskChange(Guid.NewGuid(), "LinkStatements", "analyst@claimtracker.test", DateTime.UtcNow, [i]));
        }
        charts.WaitForAssertion(() => Assert.Equal(2, Dispatcher.SentOf<GetSpeakerVerdicts>().Count), TimeSpan.FromSeconds(10));

        await DisposeComponentsAsync();

        Assert.Equal(0, Changes.SubscriberCount);
        Assert.Contains(_module.Invocations, i => i.Identifier == "destroy");
    }
}
