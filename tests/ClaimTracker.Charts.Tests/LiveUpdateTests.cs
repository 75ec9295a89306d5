using System.Text.Json;
using ClaimTracker.Application.Common.Changes;
using ClaimTracker.Application.Stats;
using ClaimTracker.Domain.Reviews;
using ClaimTracker.Domain.Statements;
using ClaimTracker.Web.Components.Pages.Speakers;
using ClaimTracker.Web.Components.Shared.Charts;
using ClaimTracker.Web.Dispatch;
using MediatR;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Charts.Tests;

/// <summary>The speaker's charts follow the desk: a committed change reloads them and updates the drawn chart.</summary>
public sealed class LiveUpdateTests : BunitContext
{
    private sealed class FakeDispatcher : IDispatcher
    {
        public int Unrated { get; set; } = 18;
        public int VerdictQueries { get; private set; }

        public Task<TResponse> Send<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default)
        {
            object response = request switch
            {
                GetSpeakerVerdicts => Count(new VerdictDistribution(Verdicts.Complete([new VerdictCount(null, Unrated), new VerdictCount(Rating.False, 1)]))),
                GetSpeakerTimeline => new VerdictTimeline(TimeBucket.Month,
                    [new TimelinePoint(new DateOnly(2019, 7, 1), new DateOnly(2019, 7, 31), Verdicts.Complete([new VerdictCount(null, Unrated), new VerdictCount(Rating.False, 1)]))]),
                GetSpeakerLinks => new SpeakerLinkStats(Unrated + 1, [new LinkCategoryCount(LinkRelation.Rebuts, Application.Statements.LinkScope.FromOthers, 2)]),
                GetSpeakerTopics => new List<TopicCount> { new(1, "Kashmir", 3) },
                GetSpeakerRebutters => new List<RebutterCount> { new(2, "Raveesh Kumar", 2) },
                _ => throw new InvalidOperationException($"Unexpected request {request.GetType().Name}"),
            };
            return Task.FromResult((TResponse)response);
        }

        private VerdictDistribution Count(VerdictDistribution d)
        {
            VerdictQueries++;
            return d;
        }
    }

    private readonly FakeDispatcher _dispatcher = new();
    private readonly InMemoryDeskChanges _changes = new();
    private readonly BunitJSModuleInterop _module;

    public LiveUpdateTests()
    {
        Services.AddSingleton<IDispatcher>(_dispatcher);
        Services.AddSingleton<IDeskChanges>(_changes);
        _module = JSInterop.SetupModule(ApexChart.ModulePath);
        _module.SetupVoid("create", _ => true).SetVoidResult();
        _module.SetupVoid("update", _ => true).SetVoidResult();
        _module.SetupVoid("destroy", _ => true).SetVoidResult();
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    [Fact]
    public async Task A_new_verdict_elsewhere_redraws_the_donut_with_the_new_numbers()
    {
        var charts = Render<SpeakerCharts>(p => p.Add(c => c.SpeakerId, 7).Add(c => c.SpeakerName, "Donald Trump"));
        Assert.Contains("19 statements", charts.Find("[data-testid=record-summary]").TextContent, StringComparison.Ordinal);
        Assert.Equal(5, _module.Invocations.Count(i => i.Identifier == "create"));

        _dispatcher.Unrated = 17;
        await _changes.PublishAsync(new DeskChange(Guid.NewGuid(), "PublishVerdict", "editor@claimtracker.test", DateTime.UtcNow, [42]));

        charts.WaitForAssertion(() => Assert.Equal(2, _dispatcher.VerdictQueries), TimeSpan.FromSeconds(10));
        charts.WaitForAssertion(() => Assert.Contains("18 statements", charts.Find("[data-testid=record-summary]").TextContent, StringComparison.Ordinal));
        // The update call follows the render, outside what WaitForAssertion watches: poll for it.
        for (var tries = 0; tries < 200 && !_module.Invocations.Any(i => i.Identifier == "update"); tries++)
        {
            await Task.Delay(50);
        }
        var donutUpdate = _module.Invocations.First(i => i.Identifier == "update"
            && ((JsonElement)i.Arguments[1]!).GetProperty("chart").GetProperty("type").GetString() == "donut");
        Assert.Equal([1.0, 17], ((JsonElement)donutUpdate.Arguments[1]!).GetProperty("series")[0].GetProperty("data").EnumerateArray().Select(e => e.GetDouble()));
        // The topics and rebutters did not change, so they are not redrawn.
        Assert.Equal(5, _module.Invocations.Count(i => i.Identifier == "create"));
    }

    [Fact]
    public async Task A_burst_of_changes_causes_one_reload_and_leaving_the_page_stops_listening()
    {
        var charts = Render<SpeakerCharts>(p => p.Add(c => c.SpeakerId, 7).Add(c => c.SpeakerName, "Donald Trump"));
        Assert.Equal(1, _dispatcher.VerdictQueries);

        for (var i = 0; i < 5; i++)
        {
            await _changes.PublishAsync(new DeskChange(Guid.NewGuid(), "LinkStatements", "analyst@claimtracker.test", DateTime.UtcNow, [i]));
        }
        charts.WaitForAssertion(() => Assert.Equal(2, _dispatcher.VerdictQueries), TimeSpan.FromSeconds(10));

        await DisposeComponentsAsync();

        Assert.Equal(0, _changes.SubscriberCount);
        Assert.Contains(_module.Invocations, i => i.Identifier == "destroy");
    }
}
