using System.Text.Json.Nodes;
using ClaimTracker.BrowserTests.Infrastructure;
using ClaimTracker.Web.Commands;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace ClaimTracker.BrowserTests.Exports;

/// <summary>The public ClaimReview feed, the markup on a fact-check page, and the same reviews from the command line.</summary>
public sealed class ClaimReviewFeedTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public async Task An_anonymous_visitor_reads_the_feed_and_finds_each_item_on_its_fact_check_page()
    {
        var page = await NewAnonymousPageAsync();

        var response = await page.Context.APIRequest.GetAsync("/api/claimreviews?pageSize=1");

        Assert.Equal(200, response.Status);
        Assert.StartsWith("application/ld+json", response.Headers["content-type"], StringComparison.Ordinal);
        var feed = JsonNode.Parse(await response.TextAsync())!;
        Assert.Equal("DataFeed", feed["@type"]!.GetValue<string>());
        var item = Assert.Single(feed["dataFeedElement"]!.AsArray())!;
        var next = feed["next"]!.GetValue<string>();
        Assert.Equal($"<{next}>; rel=\"next\"", response.Headers["link"]);
        Assert.Equal(200, (await page.Context.APIRequest.GetAsync(new Uri(next).PathAndQuery)).Status);

        var bad = await page.Context.APIRequest.GetAsync("/api/claimreviews?pageSize=lots");
        Assert.Equal((400, "application/problem+json"), (bad.Status, bad.Headers["content-type"]));
        Assert.Contains("pageSize", await bad.TextAsync(), StringComparison.Ordinal);

        // The item's page, as a search engine's crawler sees it: the same ClaimReview in its ld+json block.
        await GotoAsync(page, new Uri(item["url"]!.GetValue<string>()).AbsolutePath);
        await Microsoft.Playwright.Assertions.Expect(page.GetByTestId("fact-check-page")).ToBeVisibleAsync();
        var embedded = JsonNode.Parse(await page.Locator("script[type='application/ld+json']").TextContentAsync() ?? "")!.AsObject();
        Assert.Equal("https://schema.org", embedded["@context"]!.GetValue<string>());
        embedded.Remove("@context");
        Assert.True(JsonNode.DeepEquals(item, embedded), $"Feed: {item.ToJsonString()}{Environment.NewLine}Page: {embedded.ToJsonString()}");
        await ScreenshotAsync(page, "claimreview-fact-check-page");
    }

    [Fact]
    public async Task The_export_command_writes_the_whole_feed_as_one_claimreview_file()
    {
        var file = Path.Combine(Path.GetTempPath(), $"claimtracker-claimreviews-{Guid.NewGuid():N}.json");
        try
        {
            Assert.Equal(0, await RunAsync(["--format", "claimreview", file]));

            var written = JsonNode.Parse(await File.ReadAllTextAsync(file))!;
            Assert.Equal("DataFeed", written["@type"]!.GetValue<string>());
            Assert.Null(written["next"]);
            var page = await NewAnonymousPageAsync();
            var all = JsonNode.Parse(await (await page.Context.APIRequest.GetAsync("/api/claimreviews?pageSize=100")).TextAsync())!;
            Assert.Equal(
                all["dataFeedElement"]!.AsArray().Select(i => i!["url"]!.GetValue<string>()),
                written["dataFeedElement"]!.AsArray().Select(i => i!["url"]!.GetValue<string>()));

            // The feed is every published fact-check: a filter is refused, and no file is written.
            File.Delete(file);
            Assert.Equal(2, await RunAsync(["--format", "claimreview", file, "--speaker", "1"]));
            Assert.False(File.Exists(file));
        }
        finally
        {
            File.Delete(file);
        }
    }

    private async Task<int> RunAsync(string[] arguments)
    {
        await using var scope = Fixture.Services.CreateAsyncScope();
        return await new ExportCommand().RunAsync(scope.ServiceProvider, arguments, CancellationToken.None);
    }
}
