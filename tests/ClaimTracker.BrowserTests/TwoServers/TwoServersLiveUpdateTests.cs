using System.Net;
using System.Text.RegularExpressions;
using ClaimTracker.Application.Common.Security;
using ClaimTracker.Application.Sources;
using ClaimTracker.Application.Speakers;
using ClaimTracker.Application.Statements;
using ClaimTracker.BrowserTests.Infrastructure;
using ClaimTracker.Domain.Common;
using ClaimTracker.Domain.Statements;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ClaimTracker.BrowserTests.TwoServers;

/// <summary>
/// Two web servers behind one desk: a save on one server shows on a page served by the other, through Redis, and
/// still (by polling the database) while Redis is down. In the browser collection so it never competes with the other
/// browser tests for the two cores.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TwoServersLiveUpdateTests(TwoServersFixture servers, ITestOutputHelper output)
    : IClassFixture<TwoServersFixture>, IAsyncLifetime
{
    private static readonly TimeSpan RedisNoticed = TimeSpan.FromSeconds(30);
    private readonly List<IPage> _pages = [];

    [Fact]
    public async Task A_save_on_one_server_shows_on_the_other_through_Redis_and_by_polling_while_Redis_is_down()
    {
        var marker = "twoservers" + Guid.NewGuid().ToString("N")[..10];
        var statement = await CreateStatementAsync($"Both capitals will talk again next month ({marker})");

        var watcher = await OpenAsync(servers.B, Roles.Viewer, $"/statements/{statement}");
        await watcher.EvaluateAsync("() => { window.liveTestSameDocument = true; }");
        var author = await OpenAsync(servers.A, Roles.Analyst, $"/statements/{statement}/edit");

        // 1. Redis up: the change crosses from server A to a page on server B at once.
        await SaveQuoteAsync(author, statement, $"Both capitals will talk again in spring ({marker})");
        await Expect(watcher.GetByTestId("quote")).ToHaveTextAsync($"Both capitals will talk again in spring ({marker})");
        await Expect(watcher.GetByTestId("live-notice")).ToContainTextAsync("analyst@claimtracker.test");
        await ScreenshotAsync(watcher, "two-servers-1-through-redis");
        Assert.Equal(HttpStatusCode.OK, await ReadinessAsync(servers.B));

        // 2. Redis gone: the save still succeeds, and server B's page catches up by polling.
        await servers.Redis.StopAsync();
        await servers.A.WaitUntilPollingIsAsync(true, RedisNoticed);
        await servers.B.WaitUntilPollingIsAsync(true, RedisNoticed);
        await GotoAsync(author, $"/statements/{statement}/edit");
        await SaveQuoteAsync(author, statement, $"Both capitals will talk again in summer ({marker})");
        // Polling interval, plus the page's quiet period and a render, with room for a busy machine.
        await Expect(watcher.GetByTestId("quote")).ToHaveTextAsync(
            $"Both capitals will talk again in summer ({marker})",
            new() { Timeout = (float)(TwoServersFixture.PollIntervalSeconds * 1000 * 4 + 4000) });
        Assert.True(servers.B.DeskChanges.IsPolling, "Server B heard the change some other way than polling.");
        // A server without Redis still saves, but tells the operator it is not fully ready.
        Assert.Equal(HttpStatusCode.ServiceUnavailable, await ReadinessAsync(servers.B));
        await ScreenshotAsync(watcher, "two-servers-2-redis-down-polling");

        // 3. Redis back: both servers reconnect by themselves, and changes travel through Redis again.
        await servers.Redis.StartAsync();
        await servers.A.WaitUntilPollingIsAsync(false, RedisNoticed);
        await servers.B.WaitUntilPollingIsAsync(false, RedisNoticed);
        await GotoAsync(author, $"/statements/{statement}/edit");
        await SaveQuoteAsync(author, statement, $"Both capitals will talk again in autumn ({marker})");
        await Expect(watcher.GetByTestId("quote")).ToHaveTextAsync($"Both capitals will talk again in autumn ({marker})");

        // Every save is in the database, and the watching page never reloaded.
        Assert.Equal(HttpStatusCode.OK, await ReadinessAsync(servers.B));
        var saved = await servers.B.SendAsAsync(Roles.Viewer, new GetStatement(statement));
        Assert.Equal($"Both capitals will talk again in autumn ({marker})", saved.Quote);
        Assert.True(await watcher.EvaluateAsync<bool>("() => window.liveTestSameDocument === true"), "The watching page reloaded.");
        await ScreenshotAsync(watcher, "two-servers-3-redis-back");
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var page in _pages)
        {
            await page.Context.CloseAsync();
        }
    }

    private static async Task<HttpStatusCode> ReadinessAsync(ServerInstance server)
    {
        using var client = new HttpClient { BaseAddress = new Uri(server.BaseUrl + "/") };
        return (await client.GetAsync("health/ready")).StatusCode;
    }

    private async Task<IPage> OpenAsync(ServerInstance server, string role, string path)
    {
        var page = await servers.NewSignedInPageAsync(server, role);
        _pages.Add(page);
        await GotoAsync(page, path);
        return page;
    }

    private static async Task GotoAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await BrowserFixture.WaitForCircuitAsync(page);
    }

    private static async Task SaveQuoteAsync(IPage author, int statement, string quote)
    {
        await author.GetByLabel("Words as reported").FillAsync(quote);
        await author.GetByTestId("save").ClickAsync();
        // The form leaves for the statement page only once the save committed.
        await Expect(author).ToHaveURLAsync(new Regex($"/statements/{statement}$"));
        await Expect(author.GetByTestId("quote")).ToHaveTextAsync(quote);
    }

    private async Task ScreenshotAsync(IPage page, string name)
    {
        var path = await BrowserFixture.ScreenshotAsync(page, name);
        output.WriteLine($"Screenshot: {path}");
    }

    private async Task<int> CreateStatementAsync(string quote)
    {
        var speakers = await servers.A.SendAsAsync(Roles.Analyst, new ListSpeakers { Search = "Alyssa Ayres" });
        var sources = await servers.A.SendAsAsync(Roles.Analyst, new ListSources { Search = "About-Face" });
        return await servers.A.SendAsAsync(Roles.Analyst, new CreateStatement(new StatementInput
        {
            Quote = quote,
            QuoteKind = QuoteKind.DirectQuote,
            SpeakerId = speakers.Items.Single().Id,
            SaidOn = new DateOnly(2019, 7, 23),
            SaidOnPrecision = DatePrecision.Day,
            SourceId = sources.Items.Single().Id,
            Topics = ["Two servers"],
        }));
    }
}
